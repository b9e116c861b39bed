/*
 * test_import.c - the forms as people have them, read from buffers: what the form reader finds
 * (titles, budget block, foot, carried-down levels, fused names, joined tables, stacked forms),
 * the encodings, where errors point, and jx_location. The whole-file checks (xlsx, LibreOffice,
 * Chromium) are tests/forms.sh and tests/export.sh.
 */
#define _DEFAULT_SOURCE /* mkstemps */
#include "helpers.h"

#include <criterion/parameterized.h>
#include <iconv.h>
#include <stdlib.h>
#include <unistd.h>
#include <zip.h>

static jx_doc *import_ok(const char *name, const char *data, size_t len)
{
    jx_doc *d = NULL;
    jx_error err;
    cr_assert_eq(jx_forms_load_buffer(&d, data, len, name, NULL, &err), JX_OK, "%s:%zu:%zu: %s%s%s",
                 err.source, err.line, err.column, err.path, err.path[0] ? ": " : "", err.message);
    return d;
}

static jx_error import_fail(const char *name, const char *data)
{
    jx_doc *d = NULL;
    jx_error err;
    memset(&err, 0, sizeof err);
    cr_assert_neq(jx_forms_load_buffer(&d, data, strlen(data), name, NULL, &err), JX_OK,
                  "expected an import error");
    cr_assert_null(d);
    return err;
}

typedef struct text {
    char buf[8192];
    size_t len;
} text;

static int collect(void *ctx, const char *data, size_t len)
{
    text *t = ctx;
    cr_assert_lt(t->len + len, sizeof t->buf);
    memcpy(t->buf + t->len, data, len);
    t->len += len;
    t->buf[t->len] = '\0';
    return 0;
}

static text yaml_of(const jx_doc *d)
{
    text t = {.len = 0};
    jx_error err;
    cr_assert_eq(jx_doc_write_yaml(d, NULL, collect, &t, &err), JX_OK, "%s", err.message);
    return t;
}

static jx_result *score_first(const jx_doc *d, jx_rules **r)
{
    jx_error err;
    jx_result *res;
    cr_assert_eq(jx_rules_builtin(r, "mof2020", &err), JX_OK);
    cr_assert_eq(jx_score(&res, *r, jx_doc_sheet(d, 0), &err), JX_OK, "%s", err.message);
    return res;
}

/* A form saved from Excel as CSV: titles, a budget block in 万元, merged cells left empty
 * below their first row, an empty row, a foot. */
static const char form_csv[] =
    "项目支出绩效自评表,,,,,,,,\n"
    "（2023年度）,,,,,,,,\n"
    "项目名称：园区标识建设,,,,单位：万元,,,,\n"
    "主管部门,区政府,,实施单位,园区管委会,,,,\n"
    "项目资金（万元）,年初预算数,全年预算数,全年执行数,分值,执行率,得分,,\n"
    "年度资金总额,20,\"1,000.5\",900.45,10,90%,9,,\n"
    "一级指标,二级指标,三级指标（指标名称）,指标性质,年度指标值（A）,实际完成值（B）,分值,得分,"
    "备注\n"
    "产出指标,数量指标,标识套数,≥,6套,3套,20,10,\n"
    ",,验收合格率,≥,95%,97%,20,20,\n"
    ",,,,,,,,\n"
    ",时效指标,完成时间,≤,2023年12月,2023年11月,20,20,\n"
    "效益指标,社会效益指标,任务完成比例,≥,100%,100%,20,20,\n"
    "满意度指标,服务对象满意度指标,满意度,≥,90%,95%,10,10,\n"
    "总分,,,,,,100,89,\n"
    "自评等级,,优秀,,,,,,\n";

Test(import, a_csv_form_with_titles_budget_and_foot)
{
    jx_doc *d = import_ok("form.csv", form_csv, strlen(form_csv));
    cr_assert_eq(jx_doc_count(d), 1);
    const jx_sheet *s = jx_doc_sheet(d, 0);
    cr_assert_str_eq(jx_sheet_project(s), "园区标识建设"); /* after the colon */
    cr_assert_str_eq(jx_sheet_org(s), "园区管委会");       /* 实施单位 before 主管部门 */
    cr_assert_eq(jx_sheet_year(s), 2023);                  /* （2023年度） */
    cr_assert_eq(jx_sheet_count(s), 5, "the empty row is no indicator");
    jx_rules *r;
    jx_result *res = score_first(d, &r);
    jx_item it;
    jx_result_item(&it, res, 1);
    cr_assert_str_eq(it.level1, "产出指标", "carried down from the row above");
    cr_assert_str_eq(it.level2, "数量指标");
    jx_result_item(&it, res, 2);
    cr_assert_str_eq(it.level1, "产出指标");
    cr_assert_str_eq(it.level2, "时效指标");
    cr_assert_eq(it.line, 11);
    jx_budget b;
    jx_result_budget(&b, res);
    cr_assert(b.has_budget);
    cr_assert_eq(b.initial, 20000000, "20万元 = 200,000.00元 = 20,000,000分");
    cr_assert_eq(b.full_year, 1000500000, "1,000.5万元 = 10,005,000.00元");
    cr_assert_eq(b.executed, 900450000, "900.45万元 = 9,004,500.00元");
    /* rate 900.45 / 1000.5 = 90.00%: 10 × 0.9 = 9; rows 10 + 20 + 20 + 20 + 10 (3 of 6 套: 20 ×
     * 0.5) */
    cr_assert_eq(jx_result_total(res), 8900);
    text y = yaml_of(d);
    cr_assert(strstr(y.buf, "\ntotal: 89\ngrade: 优秀\n"), "%s", y.buf);
    cr_assert(strstr(y.buf, "  executed: 900.45万元\n"), "%s", y.buf);
    cr_assert_null(strstr(y.buf, "备注"), "an extra column is not read");
    jx_result_free(res);
    jx_rules_free(r);
    jx_doc_free(d);
}

Test(import, its_yaml_imports_to_the_same_yaml)
{
    jx_doc *d = import_ok("form.csv", form_csv, strlen(form_csv));
    text once = yaml_of(d);
    jx_doc *again = import_ok("form.yaml", once.buf, once.len);
    text twice = yaml_of(again);
    cr_assert_str_eq(once.buf, twice.buf);
    jx_doc_free(again);
    jx_doc_free(d);
}

Test(import, errors_point_at_the_cell)
{
    static const char bad[] = "三级指标,指标性质,年度指标值,分值\n甲,≥,10,5\n乙,大约,10,5\n";
    jx_error err = import_fail("bad.csv", bad);
    cr_assert_str_eq(err.source, "bad.csv");
    cr_assert_eq(err.line, 3);
    cr_assert_eq(err.column, 3, "the 指标性质 cell of 乙");
    cr_assert(strstr(err.message, "大约"), "%s", err.message);
    /* a row with a target and points but no indicator is not passed over; a 小计 row is */
    static const char nameless[] = "一级指标,三级指标,指标性质,年度指标值,分值\n"
                                   "产出指标,甲,≥,10,50\n产出指标小计,,,,50\n效益指标,,≥,5,50\n";
    err = import_fail("nameless.csv", nameless);
    cr_assert_eq(err.line, 4);
    cr_assert_eq(err.column, 7, "the first value of the row: its 指标性质 (效益指标,, is 6)");
    cr_assert(strstr(err.message, "no indicator (三级指标)"), "%s", err.message);
}

/* Seed 001's shape: the level names fused into the indicator, a heading broken over two lines. */
Test(import, pasted_word_table_with_fused_levels)
{
    static const char pasted[] = "表1  绩效指标设定情况\n"
                                 "\t活动\n\t绩效指标\n\t指标\n性质\n\t指标值\n\t度量单位\n\n"
                                 "\t招商\n\t产出指标数量指标数据分析\n\t≥\n\t2\n\t期/年\n\n"
                                 "\t宣传\n\t满意度指标服务对象满意度指标满意度\n\t≥\n\t85\n\t%\n\n"
                                 "二、当年预算执行情况\n";
    jx_doc *d = import_ok("seed.txt", pasted, strlen(pasted));
    jx_rules *r;
    jx_result *res = score_first(d, &r);
    cr_assert_eq(jx_result_count(res), 2);
    jx_item it;
    jx_result_item(&it, res, 0);
    cr_assert_str_eq(it.level1, "产出指标");
    cr_assert_str_eq(it.level2, "数量指标");
    cr_assert_str_eq(it.name, "数据分析");
    cr_assert_str_eq(it.op, "≥");
    cr_assert_eq(it.line, 10);
    jx_result_item(&it, res, 1);
    cr_assert_str_eq(it.level2, "服务对象满意度指标");
    cr_assert_str_eq(it.name, "满意度");
    jx_result_free(res);
    jx_rules_free(r);
    jx_doc_free(d);
}

/* Seeds 000 and 002: targets in one table, completions in another, joined on the name (without
 * its numbering; repeated names pair up in order), else on 序号. */
Test(import, tables_join_on_name_then_id)
{
    static const char two[] = "序号,三级指标,指标性质,指标值,指标权重\n"
                              "1,开工,≥,2,30\n2,完成时间,≤,12,20\n3,开工,≥,4,30\n4,满意度,≥,90,20\n"
                              "说明\n"
                              "序号,三级指标,计划值,完成值\n"
                              "1,1.开工,2,2\n2,完成时间,12,11\n3,2.开工,4,1\n4,另一个名字,90,95\n";
    jx_doc *d = import_ok("two.csv", two, strlen(two));
    jx_rules *r;
    jx_result *res = score_first(d, &r);
    cr_assert_eq(jx_result_count(res), 4);
    static const char *const actual[] = {"2", "11", "1", "95"};
    for (size_t i = 0; i < 4; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        cr_assert_str_eq(it.actual, actual[i], "row %zu", i);
    }
    jx_result_free(res);
    jx_rules_free(r);
    jx_doc_free(d);
    static const char orphan[] = "序号,三级指标,指标性质,指标值,指标权重\n1,开工,≥,2,100\n"
                                 "序号,三级指标,计划值,完成值\n1,开工,2,2\n2,另一个,1,1\n";
    jx_error err = import_fail("orphan.csv", orphan);
    cr_assert_eq(err.line, 5);
    cr_assert_eq(err.column, 3);
    cr_assert(strstr(err.message, "'另一个' matches no indicator"), "%s", err.message);
}

Test(import, forms_stacked_after_a_foot_are_sheets_of_their_own)
{
    static const char two[] =
        "项目名称,甲\n三级指标,指标性质,年度指标值,分值\n一,≥,1,100\n总分,,,100\n"
        "项目名称,乙\n三级指标,指标性质,年度指标值,分值\n二,≥,1,100\n";
    jx_doc *d = import_ok("two.csv", two, strlen(two));
    cr_assert_eq(jx_doc_count(d), 2);
    cr_assert_str_eq(jx_sheet_project(jx_doc_sheet(d, 0)), "甲");
    cr_assert_str_eq(jx_sheet_project(jx_doc_sheet(d, 1)), "乙");
    jx_doc_free(d);
}

static size_t encode(char *out, size_t size, const char *to, const char *utf8)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    cr_assert_neq(cd, (iconv_t)-1);
    char *in = jx__unconst(utf8), *o = out;
    size_t inleft = strlen(utf8), oleft = size;
    cr_assert_neq(iconv(cd, &in, &inleft, &o, &oleft), (size_t)-1);
    iconv_close(cd);
    return size - oleft;
}

Test(import, gb18030_utf16_and_bom_read_alike)
{
    static const char tsv[] =
        "三级指标\t指标性质\t年度指标值\t实际完成值\t分值\n培训人次\t≥\t200\t210\t100\n";
    jx_doc *plain = import_ok("a.tsv", tsv, strlen(tsv));
    text want = yaml_of(plain);
    char buf[1024];
    size_t n = encode(buf, sizeof buf, "GB18030", tsv);
    cr_assert_neq(memcmp(buf, tsv, n < strlen(tsv) ? n : strlen(tsv)), 0, "really re-encoded");
    jx_doc *gb = import_ok("a.tsv", buf, n);
    cr_assert_str_eq(yaml_of(gb).buf, want.buf);
    n = encode(buf, sizeof buf, "UTF-16", tsv); /* with its BOM, as Excel's "Unicode text" */
    jx_doc *u16 = import_ok("a.txt", buf, n);
    cr_assert_str_eq(yaml_of(u16).buf, want.buf);
    snprintf(buf, sizeof buf, "\xEF\xBB\xBF%s", tsv);
    jx_doc *bom = import_ok("a.tsv", buf, strlen(buf));
    cr_assert_str_eq(yaml_of(bom).buf, want.buf);
    jx_doc_free(plain);
    jx_doc_free(gb);
    jx_doc_free(u16);
    jx_doc_free(bom);
}

/* YAML as Windows saves it reads as the tables do: with a BOM (Notepad), in GB18030 and in UTF-16
 * with its mark. Each gives the same sheet; bytes that decode as nothing are refused at their
 * place. */
Test(import, yaml_in_every_encoding)
{
    static const char yaml[] = "org: 甲单位\nindicators:\n  - {name: 培训人次, target: ≥200, "
                               "actual: 180, points: 100}\n";
    jx_doc *plain = import_ok("a.yaml", yaml, strlen(yaml));
    text want = yaml_of(plain);
    char buf[1024];
    const char *encodings[] = {"GB18030", "UTF-16", "UTF-16BE", "UTF-8"};
    for (size_t i = 0; i < 4; i++) {
        size_t n = 0;
        if (!strcmp(encodings[i], "UTF-16BE")) { /* UTF-16BE with its mark written first */
            n = encode(buf + 2, sizeof buf - 2, "UTF-16BE", yaml) + 2;
            buf[0] = (char)0xFE;
            buf[1] = (char)0xFF;
        } else if (!strcmp(encodings[i], "UTF-8")) { /* with a BOM */
            n = (size_t)snprintf(buf, sizeof buf, "\xEF\xBB\xBF%s", yaml);
        } else {
            n = encode(buf, sizeof buf, encodings[i], yaml);
        }
        jx_doc *d = import_ok("a.yaml", buf, n);
        cr_expect_str_eq(yaml_of(d).buf, want.buf, "%s", encodings[i]);
        jx_doc_free(d);
    }
    jx_doc_free(plain);
    jx_error err = import_fail("bad.yaml", "org: 甲\nindicators: []\nbad: \xff\xfe\xfd\n");
    cr_expect_eq(err.code, JX_ESYNTAX);
    cr_expect_eq(err.line, 3);
    cr_expect_eq(err.column, 6);
}

Test(import, not_a_form)
{
    jx_error err = import_fail("notes.csv", "日期,金额\n2023-01-01,5\n");
    cr_assert(strstr(err.message, "no 绩效自评表 found"), "%s", err.message);
    err = import_fail("fake.xlsx", "PK\3\4 but not a zip");
    cr_assert(strstr(err.message, "not a readable .xlsx workbook"), "%s", err.message);
    static const char nul[] = "三级指标,分值\n甲\0,1\n";
    jx_doc *d = NULL;
    cr_assert_neq(jx_forms_load_buffer(&d, nul, sizeof nul - 1, "nul.csv", NULL, &err), JX_OK);
    cr_assert_eq(err.line, 2);
    cr_assert_eq(err.column, 4, "in bytes: 甲 is three");
    cr_assert(strstr(err.message, "NUL"), "%s", err.message);
}

Test(import, location)
{
    char buf[128];
    cr_assert_str_eq(jx_location(buf, sizeof buf, "a.yaml", 12, 5), "a.yaml:12:5");
    cr_assert_str_eq(jx_location(buf, sizeof buf, "f.xlsx:自评表!", 7, 2), "f.xlsx:自评表!B7");
    cr_assert_str_eq(jx_location(buf, sizeof buf, "f.xlsx:s!", 1, 26), "f.xlsx:s!Z1");
    cr_assert_str_eq(jx_location(buf, sizeof buf, "f.xlsx:s!", 1, 27), "f.xlsx:s!AA1");
    cr_assert_str_eq(jx_location(buf, sizeof buf, "f.xlsx:s!", 3, 703), "f.xlsx:s!AAA3");
    cr_assert_str_eq(jx_location(buf, sizeof buf, "f.xlsx", 0, 0), "f.xlsx");
}

/* A department's workbook of many projects: every worksheet comes back (the reader once kept 256).
 */
Test(import, a_workbook_of_many_sheets_loses_none)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020",
                                "org: 甲\nindicators:\n  - name: 一\n    op: ≥\n    target: 2\n"
                                "    actual: 1\n    points: 100\n",
                                &d, &r);
    enum { N = 300 };
    const jx_result *many[N];
    for (size_t i = 0; i < N; i++)
        many[i] = res;
    char path[] = "/tmp/jx_many_XXXXXX.xlsx";
    int fd = mkstemps(path, 5);
    cr_assert_geq(fd, 0);
    close(fd);
    jx_error err;
    cr_assert_eq(jx_results_write_xlsx(many, N, path, &err), JX_OK, "%s", err.message);
    jx_doc *back;
    cr_assert_eq(jx_forms_load_file(&back, path, NULL, &err), JX_OK, "%s", err.message);
    cr_assert_eq(jx_doc_count(back), N);
    jx_rules *r2;
    jx_result *again = score_first(back, &r2);
    cr_assert_eq(jx_result_total(again), 5000, "1 of 2: 100 × 1/2");
    jx_item it;
    jx_result_item(&it, again, 0);
    cr_assert(it.has_claim && it.claimed == 5000, "the exported 得分 comes back as the claim");
    remove(path);
    jx_result_free(again);
    jx_rules_free(r2);
    jx_doc_free(back);
    jx_result_free(res);
    jx_rules_free(r);
    jx_doc_free(d);
}

/* A workbook in memory: one worksheet 自评表 whose rows are `rows` (<row> elements), the shared
 * strings 三级指标, 指标性质, 年度指标值, 分值, 实际完成值, 培训人次, ≥, and two cell styles, the
 * second a percent. */
static char *workbook(const char *rows, size_t *len)
{
    static const char wb[] =
        "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char rels[] = "<Relationships><Relationship Id=\"rId1\" "
                               "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static const char strings[] =
        "<sst><si><t>三级指标</t></si><si><t>指标性质</t></si><si><t>年度指标值</t></si>"
        "<si><t>分值</t></si><si><t>实际完成值</t></si><si><t>培训人次</t></si><si><t>≥</t></si>"
        "</sst>";
    static const char styles[] =
        "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/></cellXfs>"
        "</styleSheet>";
    char sheet[4096];
    snprintf(sheet, sizeof sheet, "<worksheet><sheetData>%s</sheetData></worksheet>", rows);
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    cr_assert_not_null(z);
    zip_source_keep(src);
    const char *names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                           "xl/styles.xml", "xl/worksheets/sheet1.xml"};
    const char *parts[] = {wb, rels, strings, styles, sheet};
    for (size_t i = 0; i < 5; i++)
        cr_assert_geq(
            zip_file_add(z, names[i], zip_source_buffer(z, parts[i], strlen(parts[i]), 0), 0), 0);
    zip_stat_t st;
    cr_assert_eq(zip_close(z), 0);
    cr_assert_eq(zip_source_stat(src, &st), 0);
    cr_assert_eq(zip_source_open(src), 0);
    char *out = malloc(st.size);
    *len = (size_t)zip_source_read(src, out, st.size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    return out;
}

/* The header row, then one indicator: 培训人次 ≥ 100, actual 0.9 (in percent style: 90%), 10. */
#define HEAD_ROW                                                                                   \
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"                \
    "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>4</v></c><c r=\"E1\" "                 \
    "t=\"s\"><v>3</v></c></row>"

/* An intact workbook reads 0.9 in the percent style as 90%: 10 × 90/100 = 9.00. */
Test(import, a_workbook_in_memory_reads)
{
    size_t len;
    char *book = workbook(HEAD_ROW "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" "
                                   "t=\"s\"><v>6</v></c><c r=\"C2\"><v>100</v></c><c r=\"D2\" "
                                   "s=\"1\"><v>0.9</v></c><c r=\"E2\"><v>10</v></c></row>",
                          &len);
    jx_doc *d = import_ok("book.xlsx", book, len);
    jx_rules *r;
    jx_result *res = score_first(d, &r);
    jx_item it;
    jx_result_item(&it, res, 0);
    cr_expect_str_eq(it.actual, "90%");
    cr_expect_eq(it.score, 900);
    jx_result_free(res);
    jx_rules_free(r);
    jx_doc_free(d);
    free(book);
}

/* A damaged cell is an error at its cell, never an empty cell or a number read another way: a
 * shared string past the 7 there are, a cell named "1G" (where C2 would stand), a number whose
 * style is past the 2 there are (a percent style would read 0.9 as 90%). */
typedef struct damage {
    char row[256], at[32], why[48];
} damage;
static damage damages[] = {
    {"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>57</v></c></row>", "自评表!A2",
     "a shared string numbered '57'"},
    {"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>6</v></c>"
     "<c r=\"1G\"><v>1</v></c></row>",
     "自评表!C2", "a cell named '1G'"},
    {"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"D2\" s=\"9\"><v>0.9</v></c></row>",
     "自评表!D2", "a number of style '9'"},
};

ParameterizedTestParameters(import, damaged_cells)
{
    return cr_make_param_array(damage, damages, sizeof damages / sizeof *damages);
}

ParameterizedTest(damage *dm, import, damaged_cells)
{
    char rows[512];
    snprintf(rows, sizeof rows, "%s%s", HEAD_ROW, dm->row);
    size_t len;
    char *book = workbook(rows, &len);
    jx_doc *d = NULL;
    jx_error err;
    cr_assert_neq(jx_forms_load_buffer(&d, book, len, "book.xlsx", NULL, &err), JX_OK);
    char where[300];
    jx_location(where, sizeof where, err.source, err.line, err.column);
    cr_expect(strstr(where, dm->at) != NULL, "at %s, not %s", dm->at, where);
    cr_expect(strstr(err.message, dm->why) != NULL, "%s", err.message);
    free(book);
}

/* Two columns headed 分值 in a form CSV: which one is the points cannot be known, so it is an error
 * at the second, naming the first (it used to read the first and pass over the second). */
Test(import, a_heading_written_twice)
{
    jx_error err = import_fail("dup.csv", "三级指标,指标性质,年度指标值,分值,实际完成值,分值\n"
                                          "培训人次,≥,100,10,90,20\n");
    cr_expect_eq(err.code, JX_ESCHEMA);
    cr_expect_eq(err.line, 1);
    cr_expect_eq(err.column, 26);
    cr_expect(strstr(err.message, "a second column headed '分值' (the first is at dup.csv:1:17)"),
              "%s", err.message);
}

/* A whole JSONL file is a sheet per line (a blank line is none), a CSV whose header has a `sheet`
 * column a sheet per group of rows: jx_doc_load_buffer reads both, with the file's lines. The
 * sheets score as bulk scores them: 30 + 60 + budget 10 = 100; 20 × 100/120 + 70 × 8/10 + 8 =
 * 16.67 + 56 + 8 = 80.67. */
Test(import, stream_files_are_sheets)
{
    static const char jsonl[] =
        "{\"org\": \"甲\", \"budget\": {\"full_year\": 100, \"executed\": 100}, \"indicators\": "
        "[{\"name\": \"a\", \"op\": \"≤\", \"target\": 100, \"actual\": 95, \"points\": 30}, "
        "{\"name\": \"b\", \"op\": \"≥\", \"target\": 200, \"actual\": 210, \"points\": 60}]}\n"
        "\n"
        "{\"org\": \"乙\", \"budget\": {\"full_year\": 100, \"executed\": 80, \"reason\": \"r\"}, "
        "\"indicators\": [{\"name\": \"c\", \"op\": \"≤\", \"target\": 100, \"actual\": 120, "
        "\"points\": 20, \"reason\": \"r\"}, {\"name\": \"d\", \"op\": \"≥\", \"target\": 10, "
        "\"actual\": 8, \"points\": 70, \"reason\": \"r\"}]}\n";
    static const char csv[] =
        "sheet,kind,org,name,op,target,actual,points,reason,full_year,executed\n"
        "1,,甲,a,≤,100,95,30,,,\n1,,,b,≥,200,210,60,,,\n1,budget,,,,,,,,100,100\n"
        "2,,乙,c,≤,100,120,20,r,,\n2,,,d,≥,10,8,70,r,,\n2,budget,,,,,,,r,100,80\n";
    const char *texts[] = {jsonl, csv}, *names[] = {"s.jsonl", "s.csv"};
    size_t lines[2][2] = {{1, 3}, {2, 5}};
    for (size_t k = 0; k < 2; k++) {
        jx_doc *d = import_ok(names[k], texts[k], strlen(texts[k]));
        cr_assert_eq(jx_doc_count(d), 2, "%s", names[k]);
        jx_rules *r;
        cr_assert_eq(jx_rules_builtin(&r, "mof2020", NULL), JX_OK);
        int64_t totals[] = {10000, 8067};
        for (size_t i = 0; i < 2; i++) {
            jx_result *res;
            cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, i), NULL), JX_OK);
            cr_expect_eq(jx_result_total(res), totals[i], "%s sheet %zu", names[k], i);
            jx_item it;
            jx_result_item(&it, res, 0);
            cr_expect_eq(it.line, lines[k][i], "%s sheet %zu starts on its line", names[k], i);
            jx_result_free(res);
        }
        cr_expect_str_eq(jx_sheet_org(jx_doc_sheet(d, 1)), "乙");
        jx_rules_free(r);
        jx_doc_free(d);
    }
}
