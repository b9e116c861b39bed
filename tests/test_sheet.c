/* test_sheet.c - indicator files: keys and aliases, value forms, and every bad input located. */
#define _DEFAULT_SOURCE
#include "helpers.h"
#include "schema.h"

#include <stdlib.h>
#include <unistd.h>

#include <criterion/parameterized.h>

Test(sheet, chinese_headings_are_aliases)
{
    const char *yaml =
        "单位: 某局\n项目名称: 某项目\n年度: 2023年\n"
        "预算执行情况: {年初预算数: 100万元, 全年预算数: 120万元, 全年执行数: 114万元, "
        "分值: 10}\n"
        "绩效指标:\n"
        "  - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标性质: ≥, "
        "年度指标值: 100, 度量单位: 人次, 分值: 50, 实际完成值: 120}\n"
        "  - {一级指标: 效益指标, 三级指标: 效果, 指标性质: 定性, 指标值: 达成, 分值: 30, "
        "完成值: 达成}\n"
        "  - {一级指标: 满意度指标, 三级指标: 满意度, 指标值: ≥90%, 分值: 10, "
        "完成值: 95%}\n"
        "总分: 99.5\n自评等级: 优秀\n";
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    const jx_sheet *s = jx_doc_sheet(d, 0);
    cr_expect_str_eq(jx_sheet_org(s), "某局");
    cr_expect_str_eq(jx_sheet_project(s), "某项目");
    cr_expect_eq(jx_sheet_year(s), 2023);
    cr_expect_eq(jx_sheet_count(s), 3);
    /* budget: 114/120 = 95% → 10 × 0.95 = 9.50; rows 50 + 30 + 10; total 99.50 */
    jx_budget b;
    jx_result_budget(&b, res);
    cr_expect_eq(b.initial, 100000000);
    cr_expect_eq(b.full_year, 120000000);
    cr_expect_eq(b.rate, 9500);
    cr_expect_eq(b.score, 950);
    cr_expect_eq(jx_result_total(res), 9950);
    cr_expect_str_eq(jx_result_grade(res), "优秀");
    cr_expect_eq(jx_result_warning_count(res), 0);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* jx__match_key looks among names or among aliases by a key's first byte: names must be ASCII and
 * aliases must not start with an ASCII byte, in every table. */
Test(sheet, key_tables_names_ascii_aliases_not)
{
    const struct {
        const jx_key *keys;
        size_t n;
    } tables[] = {{jx__sheet_keys, SK_N},
                  {jx__budget_keys, BK_N},
                  {jx__row_keys, IK_N},
                  {jx__deduct_keys, DK_N}};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (size_t i = 0; i < tables[t].n; i++) {
            const jx_key *k = &tables[t].keys[i];
            for (const char *c = k->name; *c; c++)
                cr_assert_lt((unsigned char)*c, 0x80, "name '%s'", k->name);
            for (size_t j = 0; j < 6 && k->aliases[j]; j++)
                cr_assert_geq((unsigned char)k->aliases[j][0], 0x80, "alias '%s' of '%s'",
                              k->aliases[j], k->name);
        }
}

Test(sheet, several_documents)
{
    const char *yaml = "org: a\nindicators: [{name: x, target: 1, actual: 1, points: 100}]\n"
                       "---\n"
                       "org: b\nindicators: [{name: y, target: 2, actual: 1, points: 100}]\n"
                       "---\n";
    jx_doc *d;
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "m.yaml", NULL, &err), JX_OK);
    cr_expect_eq(jx_doc_count(d), 2);
    cr_expect_str_eq(jx_sheet_org(jx_doc_sheet(d, 1)), "b");
    cr_expect_null(jx_doc_sheet(d, 2));
    jx_doc_free(d);
}

Test(sheet, weights_split_by_level1)
{
    /* no points anywhere: 产出 50 (written in 产出指标(50分), and 成本指标 falls under 产出) over 3
     * rows = 16.66 + 16.66 + 16.68 (the last takes the remainder), 效益 30, 满意度 10; one
     * points-inferred note */
    const char *yaml = "org: t\nindicators:\n"
                       "  - {level1: 产出指标(50分), name: a, target: ≥1, actual: 1}\n"
                       "  - {level1: 产出指标, name: b, target: ≥1, actual: 1}\n"
                       "  - {level1: 成本指标, name: c, target: ≥1, actual: 1}\n"
                       "  - {level1: 效益指标, name: d, target: ≥1, actual: 1}\n"
                       "  - {level1: 服务对象满意度指标等, name: e, target: ≥1, actual: 1}\n"
                       "budget: {full_year: 1, executed: 1}\n";
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    int64_t want[] = {1666, 1666, 1668, 3000, 1000};
    for (size_t i = 0; i < 5; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        cr_expect_eq(it.points, want[i], "row %zu: %lld", i, (long long)it.points);
    }
    cr_expect_eq(jx_result_total(res), 10000);
    cr_expect_eq(jx_result_warning_count(res), 1);
    jx_warning w;
    jx_result_warning(&w, res, 0);
    cr_expect_str_eq(w.code, "points-inferred");
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* Every bad input: code, line, column and path. */
/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct ecase {
    char yaml[160];
    int code;
    size_t line, column;
    char path[32];
    char needle[48]; /* part of the message */
} ecase;

#define HEAD "org: t\nindicators:\n  - name: a\n"
static ecase load_errors[] = {
    {"org: [x\nindicators: 3\n", JX_ESYNTAX, 2, 11, "", "malformed YAML"},
    {HEAD "    poins: 5\n", JX_ESCHEMA, 4, 5, "indicators[0]", "did you mean 'points'"},
    {HEAD "    指标权中: 5\n", JX_ESCHEMA, 4, 5, "indicators[0]", "did you mean '指标权重'"},
    {"org: t\nindicatorz: []\n", JX_ESCHEMA, 2, 1, "", "did you mean 'indicators'"},
    {"org: t\nindicators: 3\n", JX_ESCHEMA, 2, 13, "indicators", "expected a list"},
    {"org: t\nindicators:\n  - [1, 2]\n", JX_ESCHEMA, 3, 5, "indicators[0]", "expected a mapping"},
    {HEAD "    target: 1:30\n    op: ≥\n", JX_EVALUE, 4, 13, "indicators[0].target",
     "not a number"},
    {HEAD "    target: 2023年2月30日\n    actual: 2023年2月\n", JX_EVALUE, 4, 13,
     "indicators[0].target", "2023年2月 has 28 days"},
    {HEAD "    target: 10\n    actual: 很多\n    points: 1\n    op: ≥\n", JX_OK, 0, 0, "", ""},
    {HEAD "    target: 10个\n    actual: 5元\n", JX_EVALUE, 5, 13, "indicators[0].actual",
     "units cannot convert"},
    {HEAD "    target: 10\n    unit: 个\n    actual: 5元\n", JX_EVALUE, 6, 13,
     "indicators[0].actual", "units cannot convert"},
    {HEAD "    target: 10\n    points: -5\n", JX_EVALUE, 5, 13, "indicators[0].points",
     "must not be negative"},
    {HEAD "    target: 10\n    points: 1.234\n", JX_EVALUE, 5, 13, "indicators[0].points",
     "more than 2 decimal places"},
    {HEAD "    target: 10\n    actual: 5\n    deduct: {points: 2}\n", JX_ESCHEMA, 6, 13,
     "indicators[0].deduct", "needs a reason"},
    {HEAD "    target: 10\n    op: 大概\n", JX_EVALUE, 5, 9, "indicators[0].op",
     "unknown 指标性质"},
    {HEAD "    target: 10\n    target: 11\n", JX_ESCHEMA, 5, 5, "indicators[0]", "duplicate key"},
    {"org: t\nindicators: []\n", JX_ESCHEMA, 2, 13, "indicators", "at least one"},
    {"org: t\n", JX_ESCHEMA, 1, 1, "", "missing key 'indicators'"},
    {"", JX_ESYNTAX, 1, 1, "", "empty file"},
    {"# nothing\n---\n", JX_ESYNTAX, 1, 1, "", "empty file"},
    {"a: &x [1, 2]\nb: *x\n", JX_ELIMIT, 2, 4, "", "aliases"},
    {"org: t\nyear: 二〇二三\nindicators: []\n", JX_EVALUE, 2, 7, "year", "not a year"},
    {"org: t\nbudget: {full_year: 10个, executed: 1}\nindicators: []\n", JX_EVALUE, 2, 21,
     "budget.full_year", "not an amount of money"},
    {"org: t\nbudget: {full_year: 0.001元, executed: 0}\nindicators: []\n", JX_EVALUE, 2, 21,
     "budget.full_year", "fraction of a 分"},
    {"org: t\nbudget: {unit: 个, full_year: 1, executed: 1}\n", JX_EVALUE, 2, 16, "budget.unit",
     "not a unit of money"},
    {"org: t\nbudget: {full_year: 10}\nindicators: []\n", JX_ESCHEMA, 2, 9, "budget",
     "needs executed"},
    {HEAD "    target: 2023年12月\n    actual: 95\n", JX_EVALUE, 5, 13, "indicators[0].actual",
     "not one"},
    {HEAD "    target: 90%-100%\n    actual: 1-2\n", JX_EVALUE, 5, 13, "indicators[0].actual",
     "single number"},
    {HEAD "    op: 区间\n    target: 90\n", JX_EVALUE, 5, 13, "indicators[0].target", "range"},
    {"org: t\nindicators:\n  - target: 1\n", JX_ESCHEMA, 3, 5, "indicators[0]", "needs its name"},
    {HEAD "    actual: 1\n", JX_ESCHEMA, 3, 5, "indicators[0]", "no target"},
};

ParameterizedTestParameters(sheet, load_errors)
{
    return cr_make_param_array(ecase, load_errors, sizeof load_errors / sizeof *load_errors);
}

ParameterizedTest(ecase *c, sheet, load_errors)
{
    if (c->code == JX_OK) { /* loads; the text actual fails at scoring, located */
        jx_error err = score_fail(c->yaml);
        cr_expect_eq(err.code, JX_EVALUE);
        cr_expect_eq(err.line, 5);
        cr_expect_eq(err.column, 13);
        cr_expect_str_eq(err.path, "indicators[0].actual");
        return;
    }
    jx_error err = load_fail(c->yaml);
    expect_located(&err, c->yaml, c->code, "bad.yaml", c->line, c->column, c->path, c->needle);
}

Test(sheet, binary_input)
{
    const char data[] = "org: t\nind\0icators: []\n";
    jx_doc *d;
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&d, data, sizeof data - 1, "bin", NULL, &err), JX_ESYNTAX);
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.column, 4);
    cr_expect_not_null(strstr(err.message, "binary"));
}

Test(sheet, invalid_utf8)
{
    const char data[] = "org: \xff\xfe\nindicators: []\n";
    jx_doc *d;
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&d, data, sizeof data - 1, "u", NULL, &err), JX_ESYNTAX);
    cr_expect_eq(err.line, 1);
}

Test(sheet, nesting_limit)
{
    char yaml[400] = "org: ";
    for (int i = 0; i < 100; i++)
        strcat(yaml, "[");
    for (int i = 0; i < 100; i++)
        strcat(yaml, "]");
    jx_doc *d;
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "deep", NULL, &err), JX_ELIMIT);
    cr_expect_eq(err.line, 1);
    /* the root mapping and 31 brackets make the 32 levels allowed: the 32nd bracket is refused */
    cr_expect_eq(err.column, 6 + 31);
}

Test(sheet, byte_and_node_limits)
{
    const char *yaml = "org: t\nindicators: [{name: a, target: 1, actual: 1, points: 100}]\n";
    jx_load_options o = JX_LOAD_OPTIONS_INIT;
    o.max_bytes = 20;
    jx_doc *d;
    jx_error err;
    cr_expect_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "b", &o, &err), JX_ELIMIT);
    cr_expect_not_null(strstr(err.message, "limit"));
    o.max_bytes = 0;
    o.max_nodes = 5;
    cr_expect_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "b", &o, &err), JX_ELIMIT);
    cr_expect_not_null(strstr(err.message, "nodes"));
}

Test(sheet, a_100mb_file_is_refused_before_reading)
{
    char path[] = "/tmp/jx_big_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(ftruncate(fd, 100L << 20), 0);
    close(fd);
    jx_doc *d;
    jx_error err;
    cr_expect_eq(jx_doc_load_file(&d, path, NULL, &err), JX_ELIMIT);
    cr_expect_not_null(strstr(err.message, "104857600 bytes"), "%s", err.message);
    unlink(path);
}

Test(sheet, missing_file)
{
    jx_doc *d;
    jx_error err;
    cr_expect_eq(jx_doc_load_file(&d, "/nonexistent/x.yaml", NULL, &err), JX_EIO);
    cr_expect_null(d);
    cr_expect_str_eq(err.source, "/nonexistent/x.yaml");
}

Test(sheet, many_indicators)
{
    /* 100,000 rows load and score; the arena keeps this to a few hundred allocations */
    size_t n = 100000, cap = n * 64 + 64, len = 0;
    char *yaml = malloc(cap);
    len += (size_t)snprintf(yaml, cap, "org: t\nindicators:\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(yaml + len, cap - len,
                                "  - {name: r%zu, target: 10, actual: 9, points: 0.01}\n", i);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    /* each row: 0.01 × 9/10 = 0.009 → 0.01 */
    cr_expect_eq(jx_result_count(res), n);
    cr_expect_eq(jx_result_total(res), (int64_t)n);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
    free(yaml);
}

Test(sheet, reason_words_that_mean_none)
{
    /* 50 × 9/10 = 45.00 short on each row: "无" is no 偏差原因, so the first shortfall is flagged
     */
    const char *yaml =
        "org: t\nindicators:\n"
        "  - {name: a, op: ≥, target: 10, actual: 9, points: 50, reason: 无}\n"
        "  - {name: b, op: ≥, target: 10, actual: 9, points: 50, reason: 设备延期到货}\n";
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    cr_assert_eq(jx_result_warning_count(res), 1);
    jx_warning w;
    jx_result_warning(&w, res, 0);
    cr_expect_str_eq(w.code, "shortfall-without-reason");
    cr_expect_str_eq(w.path, "indicators[0]");
    cr_expect_eq(jx_result_total(res), 9000);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

static int into_text(void *ctx, const char *data, size_t len)
{
    char *t = ctx;
    size_t n = strlen(t);
    if (n + len < 4096) {
        memcpy(t + n, data, len);
        t[n + len] = '\0';
    }
    return 0;
}

/* Money is exact to the 分 up to 92,233,720,368,547.75元 (INT64_MAX 分 / 100 is read's limit); the
 * JSON prints it exactly at any size. 9,000,000,000万元 = 90,000,000,000,000元 = 9e15 分, which
 * as micro-units of a 元 (the old way to print it) is 9e19, past INT64_MAX (fuzz_direct found it
 * under UBSan). */
Test(sheet, huge_amounts_print_exactly)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml(
        "mof2020",
        "org: t\nbudget: {full_year: 9000000000万元, executed: 4500000000.01万元, points: 10}\n"
        "indicators: [{name: r, op: '≥', target: 1, actual: 1, points: 90}]\n",
        &d, &r);
    char *json = calloc(1, 4096);
    cr_assert_eq(jx_result_render(res, JX_FORMAT_JSON, into_text, json), JX_OK);
    /* 4,500,000,000.01万元 = 45,000,000,000,100元: the .01万元 is 100元 */
    cr_expect(strstr(json, "\"full_year\": 90000000000000, \"executed\": 45000000000100,"), "%s",
              json);
    cr_expect(strstr(json, "\"rate\": 50,"), "%s", json); /* 50.00% */
    free(json);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}
