/* test_contract.c - what jixiao.h and jixiao_forms.h promise once for every function, checked for
 * every function: a failing call returns its code and fills err with it (err holding junk before);
 * the allocator hook carries every allocation made for the caller who gave it; options of a
 * version the library does not know are refused; accessors treat NULL alike; the core reads no
 * form and says who does. */
#include "helpers.h"

#include <stdlib.h>
#include <unistd.h>

static const char sheet[] = "org: 某单位\nyear: 2023\n"
                            "budget: {full_year: 100万元, executed: 95万元}\n"
                            "indicators:\n"
                            "  - {level1: 产出指标, name: 数量, op: ≥, target: 130, points: 60, "
                            "actual: 120}\n"
                            "  - {level1: 效益指标, name: 效果, op: 定性, target: 优良中低差, "
                            "points: 30, actual: 良}\n";

/* ---- an allocator that counts, and fails from the n-th allocation on ------------------------- */

typedef struct counting {
    long left; /* allocations still granted; < 0: all */
    long live, total;
} counting;

static void *count_realloc(void *ctx, void *p, size_t old, size_t n)
{
    counting *c = ctx;
    (void)old;
    if (n == 0) {
        c->live -= p != NULL;
        free(p);
        return NULL;
    }
    if (c->left == 0)
        return NULL;
    if (c->left > 0)
        c->left--;
    void *q = realloc(p, n);
    if (q && !p) {
        c->live++;
        c->total++;
    }
    return q;
}

/* ---- every failure fills err -------------------------------------------------------------------
 */

static jx_rules *shared_rules(void)
{
    static jx_rules *r;
    if (!r)
        cr_assert_eq(jx_rules_builtin(&r, "mof2020", NULL), JX_OK);
    return r;
}

static const jx_sheet *a_sheet(const char *yaml, jx_doc **d)
{
    cr_assert_eq(jx_doc_load_buffer(d, yaml, strlen(yaml), "s.yaml", NULL, NULL), JX_OK);
    return jx_doc_sheet(*d, 0);
}

static int rules_unknown(jx_error *e)
{
    jx_rules *r;
    return jx_rules_builtin(&r, "nope", e);
}
static int rules_null_out(jx_error *e) { return jx_rules_builtin(NULL, "mof2020", e); }
static int rules_missing(jx_error *e)
{
    jx_rules *r;
    return jx_rules_load_file(&r, "/nonexistent/r.yaml", NULL, e);
}
static int rules_name_unknown(jx_error *e)
{
    jx_rules *r;
    return jx_rules_load(&r, "nope", NULL, e);
}
static int rules_syntax(jx_error *e)
{
    jx_rules *r;
    return jx_rules_load_buffer(&r, "a: [", 4, "r.yaml", NULL, e);
}
static int rules_schema(jx_error *e)
{
    jx_rules *r;
    return jx_rules_load_buffer(&r, "budgte: {}\n", 11, "r.yaml", NULL, e);
}
static int rules_version(jx_error *e)
{
    jx_load_options o = jx_load_options_init();
    o.version = 77;
    jx_rules *r;
    return jx_rules_load_buffer(&r, "name: x\n", 8, "r.yaml", &o, e);
}
static int rules_builtin_version(jx_error *e)
{
    jx_load_options o = {.version = 0};
    jx_rules *r;
    return jx_rules_load(&r, "mof2020", &o, e);
}
static int rules_nomem(jx_error *e)
{
    counting c = {0, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_load_options o = jx_load_options_init();
    o.alloc = &alc;
    jx_rules *r;
    return jx_rules_load(&r, "mof2020", &o, e);
}
static int rules_for_null_sheet(jx_error *e)
{
    jx_rules *r;
    return jx_rules_for_sheet(&r, NULL, NULL, NULL, e);
}
static int rules_for_unknown(jx_error *e)
{
    jx_doc *d;
    jx_rules *r;
    const jx_sheet *s = a_sheet("rules: nope\nindicators: [{name: a, target: 1, actual: 1, "
                                "points: 100}]\n",
                                &d);
    int rc = jx_rules_for_sheet(&r, s, NULL, NULL, e);
    jx_doc_free(d);
    return rc;
}
static int doc_missing(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_file(&d, "/nonexistent/s.yaml", NULL, e);
}
static int doc_null_path(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_file(&d, NULL, NULL, e);
}
static int doc_syntax(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_buffer(&d, "org: [", 6, "s.yaml", NULL, e);
}
static int doc_schema(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_buffer(&d, "org: x\n", 7, "s.yaml", NULL, e);
}
static int doc_value(jx_error *e)
{
    static const char y[] = "indicators: [{name: a, target: 1, actual: 1, points: -3}]\n";
    jx_doc *d;
    return jx_doc_load_buffer(&d, y, sizeof y - 1, "s.yaml", NULL, e);
}
static int doc_limit(jx_error *e)
{
    jx_load_options o = jx_load_options_init();
    o.max_bytes = 10;
    jx_doc *d;
    return jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", &o, e);
}
static int doc_version(jx_error *e)
{
    jx_load_options o = jx_load_options_init();
    o.version = 77;
    jx_doc *d;
    return jx_doc_load_file(&d, "s.yaml", &o, e);
}
static int doc_nomem(jx_error *e)
{
    counting c = {0, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_load_options o = jx_load_options_init();
    o.alloc = &alc;
    jx_doc *d;
    return jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", &o, e);
}
static int doc_form(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_buffer(&d, "PK\3\4....", 8, "form.xlsx", NULL, e);
}
static int record_null(jx_error *e)
{
    jx_doc *d;
    return jx_doc_load_record(&d, NULL, NULL, e);
}
static int record_syntax(jx_error *e)
{
    jx_record rec = {JX_INPUT_JSONL, "{\"org\": ", 8, NULL, 0, "s.jsonl", 5};
    jx_doc *d;
    return jx_doc_load_record(&d, &rec, NULL, e);
}
static int record_csv_no_header(jx_error *e)
{
    jx_record rec = {JX_INPUT_CSV, "a,b\n", 4, NULL, 0, "s.csv", 2};
    jx_doc *d;
    return jx_doc_load_record(&d, &rec, NULL, e);
}
static int write_yaml_null(jx_error *e) { return jx_doc_write_yaml(NULL, NULL, NULL, NULL, e); }
static int score_null(jx_error *e)
{
    jx_result *res;
    return jx_score(&res, NULL, NULL, e);
}
static int score_value(jx_error *e)
{
    jx_doc *d;
    const jx_sheet *s =
        a_sheet("indicators: [{name: a, op: 定性, target: 达成, actual: 很好, points: 100}]\n", &d);
    jx_result *res;
    int rc = jx_score(&res, shared_rules(), s, e);
    jx_doc_free(d);
    return rc;
}
static int audit_null(jx_error *e)
{
    jx_result *res;
    return jx_audit(&res, shared_rules(), NULL, e);
}
static int score_nomem(jx_error *e)
{
    counting c = {-1, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_load_options o = jx_load_options_init();
    o.alloc = &alc;
    jx_rules *r;
    jx_doc *d;
    cr_assert_eq(jx_rules_load(&r, "mof2020", &o, NULL), JX_OK);
    const jx_sheet *s = a_sheet(sheet, &d);
    c.left = 0; /* the result is allocated through the rule set's allocator: it fails */
    jx_result *res;
    int rc = jx_score(&res, r, s, e);
    jx_doc_free(d);
    jx_rules_free(r);
    return rc;
}
static int batch_value(jx_error *e)
{
    jx_doc *d;
    const jx_sheet *s =
        a_sheet("indicators: [{name: a, op: 定性, target: 达成, actual: 很好, points: 100}]\n", &d);
    jx_result *out[1];
    size_t failed;
    int rc = jx_score_batch(out, &failed, shared_rules(), &s, 1, e);
    jx_doc_free(d);
    return rc;
}
static int columns_null(jx_error *e) { return jx_score_columns(NULL, NULL, NULL, NULL, e); }
static int columns_kind(jx_error *e)
{
    uint8_t kind[1] = {99};
    int64_t t[1] = {1}, a[1] = {1}, p[1] = {100}, score[1];
    jx_columns c = {1, kind, t, NULL, a, p};
    return jx_score_columns(score, NULL, shared_rules(), &c, e);
}
static int report_null(jx_error *e) { return jx_report_new(NULL, NULL, e); }
static int report_nomem(jx_error *e)
{
    counting c = {0, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_report *rep;
    return jx_report_new(&rep, &alc, e);
}
static int summary_null(jx_error *e) { return jx_summary_new(NULL, NULL, e); }
static int summary_nomem(jx_error *e)
{
    counting c = {0, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_summary *s;
    return jx_summary_new(&s, &alc, e);
}
static int noop_case(void *ctx, const jx_case *c)
{
    (void)ctx;
    (void)c;
    return 0;
}
static int cases_null(jx_error *e) { return jx_cases_run(NULL, NULL, noop_case, NULL, e); }
static int cases_missing(jx_error *e)
{
    return jx_cases_run("/nonexistent/c.yaml", NULL, noop_case, NULL, e);
}
static int forms_missing(jx_error *e)
{
    jx_doc *d;
    return jx_forms_load_file(&d, "/nonexistent/f.xlsx", NULL, e);
}
static int forms_broken(jx_error *e)
{
    jx_doc *d;
    return jx_forms_load_buffer(&d, "PK\3\4 not a zip", 15, "f.xlsx", NULL, e);
}
static int forms_version(jx_error *e)
{
    jx_load_options o = {.version = 99};
    jx_doc *d;
    return jx_forms_load_buffer(&d, "a\tb\n", 4, "f.tsv", &o, e);
}
static int xlsx_null(jx_error *e) { return jx_results_write_xlsx(NULL, 0, NULL, e); }
static int xlsx_unwritable(jx_error *e)
{
    jx_doc *d;
    const jx_sheet *s = a_sheet(sheet, &d);
    jx_result *res;
    cr_assert_eq(jx_score(&res, shared_rules(), s, NULL), JX_OK);
    int rc = jx_results_write_xlsx((const jx_result *const *)&res, 1, "/nonexistent/o.xlsx", e);
    jx_result_free(res);
    jx_doc_free(d);
    return rc;
}
static int report_xlsx_null(jx_error *e) { return jx_report_write_xlsx(NULL, "r.xlsx", e); }

typedef struct failure {
    const char *what;
    int code;
    int (*call)(jx_error *e);
} failure;

static const failure failures[] = {
    {"jx_rules_builtin: unknown name", JX_ENOTFOUND, rules_unknown},
    {"jx_rules_builtin: NULL out", JX_EUSAGE, rules_null_out},
    {"jx_rules_load_file: no such file", JX_EIO, rules_missing},
    {"jx_rules_load: a name no built-in has", JX_ENOTFOUND, rules_name_unknown},
    {"jx_rules_load_buffer: malformed YAML", JX_ESYNTAX, rules_syntax},
    {"jx_rules_load_buffer: unknown key", JX_ESCHEMA, rules_schema},
    {"jx_rules_load_buffer: options version 77", JX_EUSAGE, rules_version},
    {"jx_rules_load: a built-in, options version 0", JX_EUSAGE, rules_builtin_version},
    {"jx_rules_load: no memory", JX_ENOMEM, rules_nomem},
    {"jx_rules_for_sheet: NULL sheet", JX_EUSAGE, rules_for_null_sheet},
    {"jx_rules_for_sheet: unknown rules:", JX_ENOTFOUND, rules_for_unknown},
    {"jx_doc_load_file: no such file", JX_EIO, doc_missing},
    {"jx_doc_load_file: NULL path", JX_EUSAGE, doc_null_path},
    {"jx_doc_load_buffer: malformed YAML", JX_ESYNTAX, doc_syntax},
    {"jx_doc_load_buffer: no indicators", JX_ESCHEMA, doc_schema},
    {"jx_doc_load_buffer: negative points", JX_EVALUE, doc_value},
    {"jx_doc_load_buffer: over max_bytes", JX_ELIMIT, doc_limit},
    {"jx_doc_load_file: options version 77", JX_EUSAGE, doc_version},
    {"jx_doc_load_buffer: no memory", JX_ENOMEM, doc_nomem},
    {"jx_doc_load_buffer: a workbook", JX_EUSAGE, doc_form},
    {"jx_doc_load_record: NULL record", JX_EUSAGE, record_null},
    {"jx_doc_load_record: a JSON line cut short", JX_ESYNTAX, record_syntax},
    {"jx_doc_load_record: CSV without its header", JX_EUSAGE, record_csv_no_header},
    {"jx_doc_write_yaml: NULL doc", JX_EUSAGE, write_yaml_null},
    {"jx_score: NULL rules and sheet", JX_EUSAGE, score_null},
    {"jx_score: an actual the rules do not read", JX_EVALUE, score_value},
    {"jx_score: no memory through the rules' allocator", JX_ENOMEM, score_nomem},
    {"jx_audit: NULL sheet", JX_EUSAGE, audit_null},
    {"jx_score_batch: a sheet that cannot be scored", JX_EVALUE, batch_value},
    {"jx_score_columns: NULL columns", JX_EUSAGE, columns_null},
    {"jx_score_columns: a kind out of range", JX_EVALUE, columns_kind},
    {"jx_report_new: NULL out", JX_EUSAGE, report_null},
    {"jx_report_new: no memory", JX_ENOMEM, report_nomem},
    {"jx_summary_new: NULL out", JX_EUSAGE, summary_null},
    {"jx_summary_new: no memory", JX_ENOMEM, summary_nomem},
    {"jx_cases_run: NULL path", JX_EUSAGE, cases_null},
    {"jx_cases_run: no such file", JX_EIO, cases_missing},
    {"jx_forms_load_file: no such file", JX_EIO, forms_missing},
    {"jx_forms_load_buffer: a zip signature, no zip", JX_ESYNTAX, forms_broken},
    {"jx_forms_load_buffer: options version 99", JX_EUSAGE, forms_version},
    {"jx_results_write_xlsx: NULL results", JX_EUSAGE, xlsx_null},
    {"jx_results_write_xlsx: a directory that is not there", JX_EIO, xlsx_unwritable},
    {"jx_report_write_xlsx: NULL report", JX_EUSAGE, report_xlsx_null},
};

Test(contract, every_failure_fills_err_with_its_code)
{
    for (size_t i = 0; i < sizeof failures / sizeof *failures; i++) {
        const failure *f = &failures[i];
        jx_error err;
        memset(&err, 0x5A, sizeof err); /* junk: nothing of it may survive */
        int rc = f->call(&err);
        cr_expect_eq(rc, f->code, "%s: returned %d (%s), expected %s", f->what, rc,
                     jx_code_name(rc), jx_code_name(f->code));
        cr_expect_eq(err.code, rc, "%s: err.code %d", f->what, err.code);
        cr_expect(memchr(err.message, '\0', sizeof err.message) && err.message[0], "%s: no message",
                  f->what);
        cr_expect(memchr(err.source, '\0', sizeof err.source) &&
                      memchr(err.path, '\0', sizeof err.path),
                  "%s: source or path not a string", f->what);
        /* and the same call without err: the same code, no crash */
        cr_expect_eq(f->call(NULL), rc, "%s without err", f->what);
    }
}

/* ---- the allocator hook carries every allocation ----------------------------------------------
 */

static int discard(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

Test(contract, the_hook_carries_rules_docs_results_and_their_text)
{
    counting c = {-1, 0, 0};
    jx_allocator alc = {count_realloc, &c};
    jx_load_options o = jx_load_options_init();
    o.alloc = &alc;
    jx_rules *r;
    jx_doc *d;
    cr_assert_eq(jx_rules_load(&r, "mof2020", &o, NULL), JX_OK); /* a built-in's name, too */
    long after_rules = c.total;
    cr_expect_gt(after_rules, 0);
    cr_assert_eq(jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", &o, NULL), JX_OK);
    long after_doc = c.total;
    cr_expect_gt(after_doc, after_rules);
    jx_result *res;
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), NULL), JX_OK);
    long after_score = c.total;
    cr_expect_gt(after_score, after_doc, "the result is allocated through the rules' allocator");
    for (int f = JX_FORMAT_TEXT; f < JX_FORMAT_HTML; f++)
        cr_expect_eq(jx_result_render(res, (jx_format)f, discard, NULL), JX_OK);
    jx_summary *s;
    jx_report *rep;
    cr_assert_eq(jx_summary_new(&s, &alc, NULL), JX_OK);
    cr_assert_eq(jx_report_new(&rep, &alc, NULL), JX_OK);
    long before = c.total;
    cr_expect_eq(jx_summary_add(s, res), JX_OK);
    cr_expect_eq(jx_report_add(rep, res, 1), JX_OK);
    cr_expect_eq(jx_report_render(rep, JX_FORMAT_TEXT, discard, NULL), JX_OK);
    cr_expect_gt(c.total, before);
    jx_summary_free(s);
    jx_report_free(rep);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
    cr_expect_eq(c.live, 0, "%ld blocks still held", c.live);
}

Test(contract, a_failing_hook_fails_the_call_cleanly_at_every_step)
{
    int scored = 0;
    for (long n = 0; n < 400 && !scored; n++) {
        counting c = {-1, 0, 0};
        jx_allocator alc = {count_realloc, &c};
        jx_load_options o = jx_load_options_init();
        o.alloc = &alc;
        jx_rules *r;
        jx_doc *d;
        cr_assert_eq(jx_rules_load(&r, "mof2020", &o, NULL), JX_OK);
        cr_assert_eq(jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", NULL, NULL), JX_OK);
        c.left = n;
        jx_result *res = NULL;
        jx_summary *s = NULL;
        jx_error err;
        int rc = jx_score(&res, r, jx_doc_sheet(d, 0), &err);
        if (rc == JX_OK)
            rc = jx_summary_new(&s, &alc, &err);
        if (rc == JX_OK)
            rc = jx_summary_add(s, res);
        if (rc == JX_OK) {
            scored = 1;
        } else {
            cr_expect_eq(rc, JX_ENOMEM, "n=%ld", n);
        }
        jx_summary_free(s);
        jx_result_free(res);
        jx_doc_free(d);
        jx_rules_free(r);
        cr_expect_eq(c.live, 0, "n=%ld leaks %ld blocks", n, c.live);
    }
    cr_expect(scored);
}

/* ---- options, accessors, names ----------------------------------------------------------------
 */

Test(contract, options_start_from_init)
{
    jx_load_options o = jx_load_options_init();
    jx_load_options m = JX_LOAD_OPTIONS_INIT;
    cr_expect_eq(o.version, JX_LOAD_OPTIONS_VERSION);
    cr_expect_eq(m.version, o.version);
    cr_expect(!o.max_bytes && !o.max_depth && !o.max_nodes && !o.alloc && !o.max_rows);
    o.version = 1; /* a caller of version 1 has no max_rows: it is not read */
    o.max_rows = 1;
    jx_doc *d;
    cr_expect_eq(jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", &o, NULL), JX_OK);
    jx_doc_free(d);
    o.version = 2;
    jx_error err;
    cr_expect_eq(jx_doc_load_buffer(&d, sheet, strlen(sheet), "s.yaml", &o, &err), JX_ELIMIT);
}

Test(contract, accessors_treat_null_alike)
{
    cr_expect_eq(jx_doc_count(NULL), 0);
    cr_expect_null(jx_doc_sheet(NULL, 0));
    cr_expect_str_eq(jx_sheet_org(NULL), "");
    cr_expect_str_eq(jx_sheet_project(NULL), "");
    cr_expect_eq(jx_sheet_year(NULL), 0);
    cr_expect_null(jx_sheet_rules(NULL));
    cr_expect_eq(jx_sheet_count(NULL), 0);
    cr_expect_str_eq(jx_rules_name(NULL), "");
    cr_expect_str_eq(jx_rules_source(NULL), "");
    cr_expect_eq(jx_result_count(NULL), 0);
    cr_expect_eq(jx_result_total(NULL), 0);
    cr_expect_eq(jx_result_possible(NULL), 0);
    cr_expect_null(jx_result_grade(NULL));
    cr_expect_str_eq(jx_result_rules(NULL), "");
    cr_expect_str_eq(jx_result_source(NULL), "");
    cr_expect_null(jx_result_sheet(NULL));
    cr_expect_eq(jx_result_warning_count(NULL), 0);
    cr_expect_eq(jx_report_count(NULL), 0);
    cr_expect_eq(jx_summary_status(NULL, JX_STATUS_MET), 0);
    /* the ones that fill a struct: *out zeroed, JX_EUSAGE */
    jx_item it;
    jx_budget b;
    jx_warning w;
    jx_report_row row;
    jx_totals t;
    memset(&it, 0x5A, sizeof it);
    memset(&b, 0x5A, sizeof b);
    memset(&w, 0x5A, sizeof w);
    memset(&row, 0x5A, sizeof row);
    memset(&t, 0x5A, sizeof t);
    cr_expect_eq(jx_result_item(&it, NULL, 0), JX_EUSAGE);
    cr_expect_eq(jx_result_budget(&b, NULL), JX_EUSAGE);
    cr_expect_eq(jx_result_warning(&w, NULL, 0), JX_EUSAGE);
    cr_expect_eq(jx_report_get(&row, NULL, 0), JX_EUSAGE);
    cr_expect_eq(jx_summary_totals(&t, NULL), JX_EUSAGE);
    cr_expect_eq(it.points, 0);
    cr_expect_eq(b.has_budget, 0);
    cr_expect_eq(w.line, 0);
    cr_expect_eq(row.total, 0);
    cr_expect_eq(t.sheets, 0);
    cr_expect_eq(jx_result_item(NULL, NULL, 0), JX_EUSAGE);
    cr_expect_eq(jx_result_explain(NULL, 0, NULL, NULL, 0), JX_EUSAGE);
    cr_expect_eq(jx_result_explain_budget(NULL, 0, NULL, NULL), JX_EUSAGE);
}

Test(contract, a_sheet_without_budget_has_none_to_give)
{
    static const char y[] = "indicators: [{name: a, target: 1, actual: 1, points: 100}]\n";
    jx_doc *d;
    jx_result *res;
    cr_assert_eq(jx_doc_load_buffer(&d, y, sizeof y - 1, "s.yaml", NULL, NULL), JX_OK);
    cr_assert_eq(jx_score(&res, shared_rules(), jx_doc_sheet(d, 0), NULL), JX_OK);
    jx_budget b;
    cr_expect_eq(jx_result_budget(&b, res), JX_ENOTFOUND);
    cr_expect_eq(b.has_budget, 0);
    size_t need = 9;
    char buf[16];
    cr_expect_eq(jx_result_explain_budget(buf, sizeof buf, &need, res), JX_ENOTFOUND);
    cr_expect_eq(need, 0);
    cr_expect_str_eq(buf, "");
    jx_result_free(res);
    jx_doc_free(d);
}

Test(contract, code_names_are_one_word_each)
{
    static const struct {
        int code;
        const char *name;
    } names[] = {{JX_OK, "ok"},          {JX_ENOMEM, "nomem"},       {JX_EIO, "io"},
                 {JX_ESYNTAX, "syntax"}, {JX_ESCHEMA, "schema"},     {JX_EVALUE, "value"},
                 {JX_ELIMIT, "limit"},   {JX_ENOTFOUND, "notfound"}, {JX_EUSAGE, "usage"},
                 {-99, "unknown"}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        cr_expect_str_eq(jx_code_name(names[i].code), names[i].name);
}

Test(contract, the_core_names_the_library_that_reads_a_form)
{
    static const char *const forms[] = {"f.xlsx", "f.xlsm", "f.tsv", "f.txt", "f.csv"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        jx_doc *d = (jx_doc *)1;
        jx_error err;
        cr_expect_eq(jx_doc_load_buffer(&d, "a,b\n1,2\n", 8, forms[i], NULL, &err), JX_EUSAGE, "%s",
                     forms[i]);
        cr_expect_null(d);
        cr_expect(strstr(err.message, "jx_forms_load_file"), "%s: %s", forms[i], err.message);
    }
    cr_expect_eq(jx_forms_is_form("a,b\n", 4, "f.csv"), 1);
    cr_expect_eq(jx_forms_is_form("sheet,name\n", 11, "f.csv"), 0); /* the long form */
    cr_expect_eq(jx_forms_is_form("org: x\n", 7, "f.yaml"), 0);
}

/* ---- a rule set with many levels ---------------------------------------------------------------
 */

Test(contract, a_rule_set_of_a_hundred_levels_scores)
{
    char rules[8192];
    size_t n = (size_t)snprintf(rules, sizeof rules,
                                "name: many\nextends: mof2020\nweights:\n  levels:\n");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(rules + n, sizeof rules - n, "    - {name: 层级%d指标, points: 1}\n",
                              i);
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_buffer(&r, rules, n, "many.yaml", NULL, &err), JX_OK, "%s",
                 err.message);
    static const char y[] = "indicators:\n"
                            "  - {level1: 层级99指标, name: a, target: 2, actual: 1}\n"
                            "  - {level1: 层级0指标, name: b, target: 2, actual: 2}\n";
    jx_doc *d;
    jx_result *res;
    cr_assert_eq(jx_doc_load_buffer(&d, y, sizeof y - 1, "s.yaml", NULL, NULL), JX_OK);
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK, "%s", err.message);
    /* each row takes its level's 1 point: 1 × 1/2 = 0.50, and 1.00 */
    cr_expect_eq(jx_result_total(res), 150);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}
