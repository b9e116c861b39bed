/* test_api.c - the public contract: versions, NULLs, ownership, rendering, explanations,
 * allocation failure at every step, and rule sets shared across threads. */
#include "helpers.h"

#include <pthread.h>
#include <stdlib.h>

static const char sheet[] =
    "org: 某单位\nproject: 某项目\nyear: 2023\n"
    "budget: {full_year: 100万元, executed: 95万元}\n"
    "indicators:\n"
    "  - {level1: 产出指标, name: 数量, op: ≥, target: 130, unit: 个, points: 50, actual: 442}\n"
    "  - {level1: 效益指标, name: \"效果, \\\"引号\\\"\", op: =, target: 199, points: 30, actual: "
    "197, "
    "reason: 迁出}\n"
    "  - {level1: 满意度指标, name: 满意度, op: 定性, target: 优良中低差, points: 10, actual: "
    "良}\n";

Test(api, version_agrees)
{
    cr_expect_str_eq(jx_version(), JX_VERSION_STRING);
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", JX_VERSION_MAJOR, JX_VERSION_MINOR, JX_VERSION_PATCH);
    cr_expect_str_eq(v, JX_VERSION_STRING);
}

Test(api, nulls_are_refused_not_crashed)
{
    jx_error err;
    jx_rules *r = (jx_rules *)1;
    jx_doc *d = (jx_doc *)1;
    jx_result *res = (jx_result *)1;
    cr_expect_eq(jx_rules_builtin(&r, NULL, &err), JX_ENOTFOUND);
    cr_expect_null(r);
    cr_expect_eq(jx_doc_load_buffer(&d, NULL, 0, "x", NULL, &err), JX_EUSAGE);
    cr_expect_null(d);
    cr_expect_eq(jx_score(&res, NULL, NULL, NULL), JX_EUSAGE);
    cr_expect_null(res);
    cr_expect_eq(jx_doc_load_file(NULL, "x", NULL, NULL), JX_EUSAGE);
    jx_rules_free(NULL);
    jx_doc_free(NULL);
    jx_result_free(NULL);
    cr_expect_eq(jx_result_count(NULL), 0);
    cr_expect_null(jx_doc_sheet(NULL, 0));
    cr_expect_str_eq(jx_code_name(JX_ESCHEMA), "schema");
}

static int collect(void *ctx, const char *data, size_t len)
{
    char **buf = ctx;
    size_t old = *buf ? strlen(*buf) : 0;
    *buf = realloc(*buf, old + len + 1);
    memcpy(*buf + old, data, len);
    (*buf)[old + len] = '\0';
    return 0;
}

static char *render(jx_result *res, jx_format f)
{
    char *out = NULL;
    cr_assert_eq(jx_result_render(res, f, collect, &out), JX_OK);
    return out;
}

static char *render_in(jx_result *res, jx_format f, jx_lang lang)
{
    char *out = NULL;
    cr_assert_eq(jx_result_render_lang(res, f, lang, collect, &out), JX_OK);
    return out;
}

Test(api, renders)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", sheet, &d, &r);
    /* 50 + 30 × 197/199 = 29.698… → 29.70 + 10 × 0.8 = 8.00 + budget 10 × 0.95 = 9.50 → 97.20 */
    cr_expect_eq(jx_result_total(res), 9720);
    char *json = render(res, JX_FORMAT_JSON);
    cr_expect_not_null(strstr(json, "\"total\": 97.2, \"possible\": 100, \"grade\": \"优秀\""),
                       "%s", json);
    cr_expect_not_null(strstr(json, "\"name\": \"效果, \\\"引号\\\"\""), "%s", json);
    cr_expect_not_null(strstr(json, "\"rate\": 95, \"points\": 10, \"score\": 9.5"), "%s", json);
    cr_expect_not_null(strstr(json, "\"explain\": \"197 < 199 → 30 × 197/199 = 29.70\""), "%s",
                       json);
    free(json);
    char *csv = render(res, JX_FORMAT_CSV);
    cr_expect_not_null(
        strstr(csv, "t.yaml,indicator,1,效益指标,,\"效果, \"\"引号\"\"\",=,199,197,,30,29.7,short,"
                    "某单位,某项目\n"),
        "%s", csv);
    /* every row ends with the sheet's org and project */
    cr_expect_not_null(strstr(csv, "t.yaml,total,,,,总分,,,,,100,97.2,优秀,某单位,某项目\n"), "%s",
                       csv);
    free(csv);
    char *text = render(res, JX_FORMAT_TEXT);
    cr_expect_not_null(strstr(text, "总分 97.20 / 100.00   等级 优秀"), "%s", text);
    cr_expect_not_null(strstr(text, "over-target-without-reason"), "%s", text);
    free(text);
    char *md = render(res, JX_FORMAT_MD);
    cr_expect_not_null(strstr(md, "| # | 一级指标 |"), "%s", md);
    free(md);
    /* the derivation a reader reads: Chinese unless English is asked for */
    char *ex = render(res, JX_FORMAT_EXPLAIN);
    cr_expect_not_null(strstr(ex, "“良”按“优良中低差”等级 = 0.8 → 10 × 0.8 = 8.00"), "%s", ex);
    cr_expect_not_null(strstr(ex, "等级: 97.20 在 [90, 100] 之内 → 优秀"), "%s", ex);
    free(ex);
    ex = render_in(res, JX_FORMAT_EXPLAIN, JX_LANG_EN);
    cr_expect_not_null(strstr(ex, "'良' on the 优良中低差 scale = 0.8 → 10 × 0.8 = 8.00"), "%s",
                       ex);
    cr_expect_not_null(strstr(ex, "grade: 97.20 in [90, 100] → 优秀"), "%s", ex);
    free(ex);
    /* JSON: the machine's status and the reader's text beside it, in the language asked for */
    char *zh = render_in(res, JX_FORMAT_JSON, JX_LANG_ZH);
    cr_expect_not_null(strstr(zh, "\"status\": \"short\", \"status_text\": \"未达成\""), "%s", zh);
    cr_expect_not_null(strstr(zh, "未填写偏差原因"), "%s", zh);
    free(zh);
    char *en = render(res, JX_FORMAT_JSON);
    cr_expect_not_null(strstr(en, "\"status\": \"short\", \"status_text\": \"short\""), "%s", en);
    cr_expect_not_null(strstr(en, "and no reason for the deviation is given"), "%s", en);
    free(en);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

Test(api, explain_reports_the_needed_size)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", sheet, &d, &r);
    size_t need = 0;
    cr_assert_eq(jx_result_explain(NULL, 0, &need, res, 1), JX_OK);
    cr_assert_gt(need, 10);
    char small[8];
    size_t got = 0;
    cr_expect_eq(jx_result_explain(small, sizeof small, &got, res, 1), JX_OK);
    cr_expect_eq(got, need);
    cr_expect_eq(strlen(small), 7);
    char *full = malloc(need + 1);
    cr_expect_eq(jx_result_explain(full, need + 1, &got, res, 1), JX_OK);
    cr_expect_eq(got, need);
    cr_expect_str_eq(full, "197 < 199 → 30 × 197/199 = 29.70");
    free(full);
    cr_expect_eq(jx_result_explain(small, sizeof small, &got, res, 99), JX_ENOTFOUND);
    cr_expect_eq(got, 0);
    cr_expect_eq(jx_result_explain(NULL, 4, &got, res, 1), JX_EUSAGE);
    cr_expect_eq(jx_result_explain_budget(NULL, 0, &need, res), JX_OK);
    cr_expect_gt(need, 0);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* An allocator that fails the n-th allocation: every load path must fail cleanly, leak nothing. */
typedef struct failing {
    long left, live;
} failing;

static void *fail_realloc(void *ctx, void *p, size_t old, size_t n)
{
    failing *f = ctx;
    (void)old;
    if (n == 0) {
        if (p)
            f->live--;
        free(p);
        return NULL;
    }
    if (f->left-- == 0)
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        f->live++;
    return q;
}

Test(api, allocation_failure_sweep)
{
    int loaded = 0;
    for (long n = 0; n < 200 && !loaded; n++) {
        failing f = {n, 0};
        jx_allocator alc = {fail_realloc, &f};
        jx_load_options o = JX_LOAD_OPTIONS_INIT;
        o.alloc = &alc;
        jx_doc *d = NULL;
        jx_error err;
        int rc = jx_doc_load_buffer(&d, sheet, strlen(sheet), "t.yaml", &o, &err);
        if (rc == JX_OK) {
            loaded = 1;
            jx_doc_free(d);
        } else {
            cr_expect_eq(rc, JX_ENOMEM, "n=%ld: %s", n, err.message);
            cr_expect_null(d);
        }
        cr_expect_eq(f.live, 0, "n=%ld leaks %ld blocks", n, f.live);
    }
    cr_expect(loaded, "never loaded within 200 allocations");
    loaded = 0;
    const char *rules = "extends: linear-reverse\nbudget: {points: 20, score: {bands: [{from: 0.9, "
                        "credit: 1}]}}\nops:\n  ge: {under: {curve: [[0, 0], [1, 1]]}}\n"
                        "  eq: {under: \"if(A == 0, p, p * min(1, B / A))\"}\n";
    for (long n = 0; n < 1000 && !loaded; n++) {
        failing f = {n, 0};
        jx_allocator alc = {fail_realloc, &f};
        jx_load_options o = JX_LOAD_OPTIONS_INIT;
        o.alloc = &alc;
        jx_rules *r = NULL;
        int rc = jx_rules_load_buffer(&r, rules, strlen(rules), "r", &o, NULL);
        if (rc == JX_OK) {
            loaded = 1;
            jx_rules_free(r);
        } else {
            cr_expect_eq(rc, JX_ENOMEM, "n=%ld", n);
        }
        cr_expect_eq(f.live, 0, "n=%ld leaks", n);
    }
    cr_expect(loaded);
}

typedef struct job {
    const jx_rules *rules;
    const jx_sheet *sheet;
    int64_t total;
} job;

static void *score_many(void *arg)
{
    job *j = arg;
    for (int i = 0; i < 2000; i++) {
        jx_result *res;
        if (jx_score(&res, j->rules, j->sheet, NULL) != JX_OK)
            return NULL;
        j->total = jx_result_total(res);
        jx_result_free(res);
    }
    return arg;
}

Test(api, rules_shared_across_threads)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", sheet, &d, &r);
    jx_result_free(res);
    pthread_t t[4];
    job jobs[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){r, jx_doc_sheet(d, 0), 0};
        cr_assert_eq(pthread_create(&t[i], NULL, score_many, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        cr_expect_not_null(ret);
        cr_expect_eq(jobs[i].total, 9720);
    }
    jx_doc_free(d);
    jx_rules_free(r);
}

/* A result's warnings are written when first read: threads reading one result at once all get
 * the messages a lone reader gets, whole. */
typedef struct reader {
    const jx_result *res;
    char got[16][256];
    size_t n;
} reader;

static void *read_warnings(void *arg)
{
    reader *rd = arg;
    rd->n = jx_result_warning_count(rd->res);
    for (size_t i = rd->n; i-- > 0;) { /* from the end: readers meet on different warnings */
        jx_warning w;
        if (jx_result_warning(&w, rd->res, i) != JX_OK || i >= 16)
            return NULL;
        snprintf(rd->got[i], sizeof rd->got[i], "%s %s %s", w.code, w.path, w.message);
    }
    return arg;
}

Test(api, warnings_read_from_threads_at_once)
{
    static const char *const yaml =
        "org: o\nyear: 2023\ntotal: 90\ngrade: 良好\nindicators:\n"
        "  - {level1: 产出指标, name: a, op: ≥, target: 10, actual: 30, points: 20}\n"
        "  - {level1: 产出指标, name: b, op: ≥, target: 10, actual: 5, points: 20, score: 20}\n"
        "  - {level1: 效益指标, name: c, op: ≤, target: 5, actual: 9, points: 20}\n"
        "  - {level1: 满意度指标, name: d, op: ≥, target: 90%, actual: 0.95, points: 30}\n";
    jx_doc *d;
    jx_rules *r;
    jx_result *alone = score_yaml("mof2020", yaml, &d, &r);
    reader want = {alone, {{0}}, 0};
    cr_assert_not_null(read_warnings(&want));
    cr_assert_geq(want.n, 5, "the sheet is meant to warn: %zu", want.n);
    for (int round = 0; round < 50; round++) {
        jx_result *res;
        cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), NULL), JX_OK);
        pthread_t t[4];
        reader rd[4];
        for (int i = 0; i < 4; i++) {
            rd[i] = (reader){res, {{0}}, 0};
            cr_assert_eq(pthread_create(&t[i], NULL, read_warnings, &rd[i]), 0);
        }
        for (int i = 0; i < 4; i++) {
            void *ret;
            cr_assert_eq(pthread_join(t[i], &ret), 0);
            cr_assert_not_null(ret);
            for (size_t k = 0; k < want.n; k++)
                cr_assert_str_eq(rd[i].got[k], want.got[k]);
        }
        jx_result_free(res);
    }
    jx_result_free(alone);
    jx_doc_free(d);
    jx_rules_free(r);
}

Test(api, rules_for_sheet)
{
    const char *yaml = "org: t\nrules: pre2020\nindicators: [{name: a, op: 定性, target: 达成, "
                       "actual: 部分达成, points: 100}]\n";
    jx_doc *d;
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "dir/t.yaml", NULL, &err), JX_OK);
    cr_assert_eq(jx_rules_for_sheet(&r, jx_doc_sheet(d, 0), NULL, NULL, &err), JX_OK);
    cr_expect_str_eq(jx_rules_name(r), "pre2020");
    jx_rules_free(r);
    jx_doc_free(d);
    yaml = "org: t\nrules: nowhere.yaml\nindicators: [{name: a, target: 1, points: 100}]\n";
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "dir/t.yaml", NULL, &err), JX_OK);
    cr_expect_neq(jx_rules_for_sheet(&r, jx_doc_sheet(d, 0), NULL, NULL, &err), JX_OK);
    cr_expect_str_eq(err.source, "dir/t.yaml");
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.column, 8);
    jx_doc_free(d);
}
