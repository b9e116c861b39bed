/* fuzz_doc.c - any bytes as an indicator file (YAML, a JSONL line, CSV rows), as a form to import
 * (CSV, a pasted table, a workbook, and the worksheet XML of a workbook built around them) and as
 * a rule file: load, score under mof2020, render every format in both languages; every error
 * that refuses them is said in both languages, each whole UTF-8.
 * Must never crash, hang or leak. Built with libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus
 * replay the test suite runs, with replay.c. */
#include <jixiao_forms.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

static int discard(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

/* Whether s is whole UTF-8: a message cut short must be cut between characters. */
static int utf8(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int n = *p < 0x80             ? 0
                : (*p & 0xE0) == 0xC0 ? 1
                : (*p & 0xF0) == 0xE0 ? 2
                : (*p & 0xF8) == 0xF0 ? 3
                                      : -1;
        if (n < 0)
            return 0;
        for (p++; n > 0; n--, p++)
            if ((*p & 0xC0) != 0x80)
                return 0;
    }
    return 1;
}

/* A refusal says why in both languages. */
static void said(int rc, const jx_error *err)
{
    if (rc != JX_OK &&
        (!err->message[0] || !err->message_zh[0] || !utf8(err->message) || !utf8(err->message_zh)))
        __builtin_trap();
}

static void score_all(const jx_rules *rules, jx_doc *doc)
{
    for (size_t i = 0; i < jx_doc_count(doc); i++) {
        jx_result *res;
        jx_error err;
        int rc = jx_score(&res, rules, jx_doc_sheet(doc, i), &err);
        said(rc, &err);
        if (rc != JX_OK)
            continue;
        for (int lang = JX_LANG_ZH; lang <= JX_LANG_EN; lang++) { /* every text in both */
            for (int f = JX_FORMAT_TEXT; f < JX_FORMAT_HTML; f++)
                jx_result_render_lang(res, (jx_format)f, (jx_lang)lang, discard, NULL);
            jx_results_render_html_failed((const jx_result *const *)&res, 1, NULL, 0, (jx_lang)lang,
                                          discard, NULL);
        }
        jx_result_free(res);
    }
    jx_doc_write_yaml(doc, NULL, discard, NULL, NULL);
    jx_doc_free(doc);
}

/* A workbook whose one worksheet is the fuzz input, in memory; NULL when libzip fails. */
static char *workbook(const uint8_t *data, size_t size, size_t *len)
{
    static const char wb[] =
        "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char rels[] = "<Relationships><Relationship Id=\"rId1\" "
                               "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static const char strings[] = "<sst><si><t>三级指标</t></si><si><t>指标性质</t></si>"
                                  "<si><t>年度指标值</t></si><si><t>分值</t></si></sst>";
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
    zip_error_fini(&ze);
    if (!z) {
        zip_source_free(src);
        return NULL;
    }
    zip_source_keep(src);
    const struct {
        const char *name;
        const void *p;
        size_t n;
    } parts[] = {{"xl/workbook.xml", wb, sizeof wb - 1},
                 {"xl/_rels/workbook.xml.rels", rels, sizeof rels - 1},
                 {"xl/sharedStrings.xml", strings, sizeof strings - 1},
                 {"xl/worksheets/sheet1.xml", data, size}};
    for (size_t i = 0; i < 4; i++) {
        zip_source_t *s = zip_source_buffer(z, parts[i].p, parts[i].n, 0);
        if (!s || zip_file_add(z, parts[i].name, s, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(s);
    }
    char *out = NULL;
    zip_stat_t st;
    if (zip_close(z) == 0 && zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        out = malloc(st.size ? st.size : 1);
        *len = out ? (size_t)zip_source_read(src, out, st.size) : 0;
        zip_source_close(src);
    } else {
        zip_discard(z);
    }
    zip_source_free(src);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static jx_rules *rules; /* loaded once: a rule set is immutable and reusable */
    jx_doc *doc = NULL;
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        return 0;
    static const char *const names[] = {"fuzz", "fuzz.csv", "fuzz.txt", "fuzz.xlsx"};
    jx_error err;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        int rc = jx_forms_load_buffer(&doc, (const char *)data, size, names[i], NULL, &err);
        said(rc, &err);
        if (rc == JX_OK)
            score_all(rules, doc);
    }
    size_t len = 0;
    char *book = workbook(data, size, &len);
    if (book && jx_forms_load_buffer(&doc, book, len, "fuzz.xlsx", NULL, NULL) == JX_OK)
        score_all(rules, doc);
    free(book);
    /* the same bytes as a JSONL line and as the rows of a long-CSV sheet */
    static const char header[] = "sheet,kind,org,level1,name,op,target,unit,actual,points,score,"
                                 "reason,full_year,executed\n";
    for (int k = JX_INPUT_JSONL; k <= JX_INPUT_CSV; k++) {
        jx_doc *rec = NULL;
        jx_record in = {
            (jx_input)k, (const char *)data, size, header, sizeof header - 1, "fuzz", 7};
        int rc = jx_doc_load_record(&rec, &in, NULL, &err);
        said(rc, &err);
        if (rc == JX_OK) {
            jx_result *res;
            if (jx_score(&res, rules, jx_doc_sheet(rec, 0), NULL) == JX_OK)
                jx_result_free(res);
        }
        jx_doc_free(rec);
    }
    /* the same bytes as a rule file */
    jx_rules *mine = NULL;
    int rc = jx_rules_load_buffer(&mine, (const char *)data, size, "fuzz", NULL, &err);
    said(rc, &err);
    if (rc == JX_OK)
        jx_rules_free(mine);
    return 0;
}
