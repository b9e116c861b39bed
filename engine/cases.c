/*
 * cases.c - rule regression cases: a sheet (a path or inline), the rules to use, and what must come
 * out (total, grade, budget score, any rows, the warnings, or an error with its place). Each case
 * is run, compared, and handed to the caller with what failed and the expectation block the current
 * results would write, so `jixiao test --update` can rewrite expectations after a deliberate
 * change.
 */
#include "schema.h"

#include <stdio.h>
#include <string.h>

enum { K_NAME, K_RULES, K_SHEET, K_INDEX, K_EXPECT, K_N };
static const jx_key case_keys[K_N] = {
    {"name", {0}}, {"rules", {0}}, {"sheet", {0}}, {"index", {0}}, {"expect", {0}}};

enum { E_TOTAL, E_GRADE, E_BUDGET, E_ROWS, E_WARNINGS, E_ERROR, E_N };
static const jx_key expect_keys[E_N] = {{"total", {0}}, {"grade", {0}},    {"budget", {0}},
                                        {"rows", {0}},  {"warnings", {0}}, {"error", {0}}};

enum { X_CODE, X_LINE, X_COLUMN, X_MESSAGE, X_N };
static const jx_key error_keys[X_N] = {
    {"code", {0}}, {"line", {0}}, {"column", {0}}, {"message", {0}}};

/* A growing text in the case's arena. */
typedef struct text {
    jx_arena *a;
    char *p;
    size_t len, cap;
} text;

static void add(text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void add(text *t, const char *fmt, ...)
{
    va_list ap;
    for (int tries = 0; tries < 2; tries++) {
        va_start(ap, fmt);
        int n = vsnprintf(t->p ? t->p + t->len : NULL, t->p ? t->cap - t->len : 0, fmt, ap);
        va_end(ap);
        if (n < 0)
            return;
        if (t->p && (size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = (t->cap + (size_t)n + 1) * 2;
        char *p = jx_arena__alloc(t->a, cap);
        if (!p)
            return;
        if (t->p)
            memcpy(p, t->p, t->len + 1);
        t->p = p;
        t->cap = cap;
    }
}

static const char *str(const text *t) { return t->p ? t->p : ""; }

static int points_of(int64_t *out, jx_arena *a, const jx_node *n, const char *path, jx_error *err)
{
    int64_t micro;
    TRY(jx__get_number(&micro, a, n, path, "分", -1000 * JX_MICRO, 1000 * JX_MICRO, 2, err));
    *out = micro / (JX_MICRO / 100);
    return JX_OK;
}

/* The last line a node's subtree reaches. */
static size_t last_line(const jx_node *n)
{
    size_t l = n->line;
    for (const jx_node *c = n->first; c; c = c->next) {
        size_t k = last_line(c);
        if (k > l)
            l = k;
    }
    return l;
}

typedef struct outcome {
    int failed_code; /* 0, or the code of the error the case met */
    jx_error err;
    jx_result *res;
} outcome;

/* Resolves a name or a path relative to the case file into `buf`. */
static const char *relative(char *buf, size_t size, const char *source, const char *name)
{
    const char *slash = strrchr(source, '/');
    bool path = strchr(name, '/') || strchr(name, '.');
    if (path && name[0] != '/' && slash)
        snprintf(buf, size, "%.*s/%s", (int)(slash - source), source, name);
    else
        snprintf(buf, size, "%s", name);
    return buf;
}

static void run(outcome *o, jx_rules **rules, jx_doc **doc, const char *source,
                const jx_node *v[K_N], const char *override, int64_t index)
{
    char buf[1024];
    const char *rname = override                                 ? override
                        : v[K_RULES] && !jx__is_null(v[K_RULES]) ? v[K_RULES]->text
                                                                 : "mof2020";
    if (jx_rules_load(rules, override ? override : relative(buf, sizeof buf, source, rname), NULL,
                      &o->err) != JX_OK) {
        o->failed_code = o->err.code;
        return;
    }
    const jx_node *sheet = v[K_SHEET];
    int rc =
        sheet->kind == JX_NODE_MAP
            ? jx__doc_from_node(doc, sheet, source, &o->err)
            : jx_doc_load_file(doc, relative(buf, sizeof buf, source, sheet->text), NULL, &o->err);
    const jx_node *at = v[K_INDEX] ? v[K_INDEX] : sheet;
    if (rc == JX_OK && (size_t)index > jx_doc_count(*doc))
        rc = jx__fail(&o->err, JX_ENOTFOUND, source, at->line, at->column, "index",
                      JX_M(E_CASE_SHEETS), jx_doc_count(*doc));
    if (rc == JX_OK)
        rc = jx_score(&o->res, *rules, jx_doc_sheet(*doc, (size_t)index - 1), &o->err);
    if (rc != JX_OK)
        o->failed_code = rc;
}

/* The expectation block the results give, indented under `expect:` at `col`. */
static void actual_block(text *t, const outcome *o, size_t col)
{
    int ind = (int)col - 1;
    char x[48];
    add(t, "%*sexpect:\n", ind, "");
    if (o->failed_code) {
        add(t, "%*s  error: {code: %s, line: %zu, column: %zu}\n", ind, "",
            jx_code_name(o->err.code), o->err.line, o->err.column);
        return;
    }
    const jx_result *r = o->res;
    add(t, "%*s  total: %s\n", ind, "", jx__fmt_points(x, jx_result_total(r)));
    add(t, "%*s  grade: %s\n", ind, "", jx_result_grade(r) ? jx_result_grade(r) : "null");
    jx_budget b;
    jx_result_budget(&b, r);
    if (b.has_budget)
        add(t, "%*s  budget: %s\n", ind, "", jx__fmt_points(x, b.score));
    add(t, "%*s  rows: [", ind, "");
    for (size_t i = 0; i < jx_result_count(r); i++) {
        jx_item it;
        jx_result_item(&it, r, i);
        add(t, "%s%s", i ? ", " : "",
            it.status == JX_STATUS_PENDING ? "null" : jx__fmt_points(x, it.score));
    }
    add(t, "]\n%*s  warnings: [", ind, "");
    for (size_t i = 0; i < jx_result_warning_count(r); i++) {
        jx_warning w;
        jx_result_warning(&w, r, i);
        add(t, "%s%s", i ? ", " : "", w.code);
    }
    add(t, "]\n");
}

static int compare(text *fail, jx_arena *a, const outcome *o, const jx_node *e, jx_lang lang,
                   jx_error *err)
{
    const char *said = jx_error_message(&o->err, lang);
    const jx_node *v[E_N];
    TRY(jx__collect(v, expect_keys, E_N, e, "expect", err));
    char x[48], y[48];
    if (v[E_ERROR]) {
        const jx_node *w[X_N];
        TRY(jx__collect(w, error_keys, X_N, v[E_ERROR], "expect.error", err));
        if (!o->failed_code) {
            add(fail, JX_T(lang, T_WANT_ERROR), jx__fmt_points(x, jx_result_total(o->res)));
            return JX_OK;
        }
        if (w[X_CODE] && !jx__streq(w[X_CODE]->text, jx_code_name(o->err.code)))
            add(fail, JX_T(lang, T_ERR_CODE), w[X_CODE]->text, jx_code_name(o->err.code), said);
        int64_t n;
        if (w[X_LINE]) {
            TRY(jx__get_number(&n, a, w[X_LINE], "expect.error.line", NULL, 0,
                               1000000000LL * JX_MICRO, 0, err));
            if ((size_t)(n / JX_MICRO) != o->err.line)
                add(fail, JX_T(lang, T_ERR_LINE), (long long)(n / JX_MICRO), o->err.line, said);
        }
        if (w[X_COLUMN]) {
            TRY(jx__get_number(&n, a, w[X_COLUMN], "expect.error.column", NULL, 0,
                               1000000000LL * JX_MICRO, 0, err));
            if ((size_t)(n / JX_MICRO) != o->err.column)
                add(fail, JX_T(lang, T_ERR_COLUMN), (long long)(n / JX_MICRO), o->err.column, said);
        }
        /* the words a case expects may be either language's */
        if (w[X_MESSAGE] && !strstr(o->err.message, w[X_MESSAGE]->text) &&
            !strstr(o->err.message_zh, w[X_MESSAGE]->text))
            add(fail, JX_T(lang, T_ERR_MESSAGE), w[X_MESSAGE]->text, said);
        return JX_OK;
    }
    if (o->failed_code) {
        add(fail, JX_T(lang, T_UNEXPECTED), o->err.source, o->err.line, o->err.column, o->err.path,
            o->err.path[0] ? JX_T(lang, T_PATH_SEP) : "", said);
        return JX_OK;
    }
    const jx_result *r = o->res;
    int64_t want;
    if (v[E_TOTAL]) {
        TRY(points_of(&want, a, v[E_TOTAL], "expect.total", err));
        if (want != jx_result_total(r))
            add(fail, JX_T(lang, T_TOTAL), jx__fmt_points(x, want),
                jx__fmt_points(y, jx_result_total(r)));
    }
    if (v[E_GRADE]) {
        const char *g = jx_result_grade(r);
        bool none = jx__is_null(v[E_GRADE]);
        if (none ? g != NULL : !g || !jx__streq(v[E_GRADE]->text, g))
            add(fail, JX_T(lang, T_GRADE), none ? "null" : v[E_GRADE]->text, g ? g : "null");
    }
    if (v[E_BUDGET]) {
        jx_budget b;
        jx_result_budget(&b, r);
        if (jx__is_null(v[E_BUDGET]) ? b.has_budget : !b.has_budget) {
            add(fail, JX_T(lang, T_BUDGET), b.has_budget ? JX_T(lang, T_NONE) : v[E_BUDGET]->text,
                b.has_budget ? jx__fmt_points(x, b.score) : JX_T(lang, T_NONE));
        } else if (b.has_budget) {
            TRY(points_of(&want, a, v[E_BUDGET], "expect.budget", err));
            if (want != b.score) {
                char why[512];
                jx_result_explain_budget_lang(why, sizeof why, NULL, r, lang);
                add(fail, JX_T(lang, T_BUDGET_WHY), jx__fmt_points(x, want),
                    jx__fmt_points(y, b.score), why);
            }
        }
    }
    if (v[E_ROWS]) {
        const jx_node *rows = v[E_ROWS];
        bool list = rows->kind == JX_NODE_SEQ;
        if (!list)
            TRY(jx__want(rows, JX_NODE_MAP, "expect.rows", err));
        if (list && rows->count != jx_result_count(r))
            add(fail, JX_T(lang, T_ROWS), rows->count, jx_result_count(r));
        size_t i = 0;
        for (const jx_node *it = rows->first; it; it = it->next, i++) {
            size_t row = i;
            if (!list) { /* {N: score}, N from 1 */
                int64_t k;
                TRY(jx__get_number(&k, a, it, "expect.rows", NULL, JX_MICRO, 1000000 * JX_MICRO, 0,
                                   err));
                row = (size_t)(k / JX_MICRO) - 1;
                it = it->next;
            }
            bool want_none = jx__is_null(it); /* null: a row with no actual, not scored */
            want = 0;
            if (!want_none)
                TRY(points_of(&want, a, it, "expect.rows", err));
            jx_item item;
            if (jx_result_item(&item, r, row) != JX_OK) {
                add(fail, JX_T(lang, T_ROW_MISSING), row + 1,
                    want_none ? "null" : jx__fmt_points(x, want), jx_result_count(r));
                continue;
            }
            bool none = item.status == JX_STATUS_PENDING;
            if (none != want_none || (!none && item.score != want)) {
                char why[512];
                jx_result_explain_lang(why, sizeof why, NULL, r, row, lang);
                add(fail, JX_T(lang, T_ROW), row + 1, item.name,
                    want_none ? "null" : jx__fmt_points(x, want),
                    none ? "null" : jx__fmt_points(y, item.score), why);
            }
        }
    }
    if (v[E_WARNINGS]) {
        const jx_node *ws = v[E_WARNINGS];
        TRY(jx__want(ws, JX_NODE_SEQ, "expect.warnings", err));
        bool same = ws->count == jx_result_warning_count(r);
        size_t i = 0;
        for (const jx_node *it = ws->first; it && same; it = it->next, i++) {
            jx_warning w;
            jx_result_warning(&w, r, i);
            same = it->kind == JX_NODE_SCALAR && jx__streq(it->text, w.code);
        }
        if (!same) {
            add(fail, "%s", JX_T(lang, T_WARNINGS));
            for (const jx_node *it = ws->first; it; it = it->next)
                add(fail, "%s%s", it == ws->first ? "" : ", ", it->text ? it->text : "?");
            add(fail, "%s", JX_T(lang, T_WARNINGS_GOT));
            for (size_t k = 0; k < jx_result_warning_count(r); k++) {
                jx_warning w;
                jx_result_warning(&w, r, k);
                add(fail, "%s%s", k ? ", " : "", w.code);
            }
            add(fail, "]\n");
        }
    }
    return JX_OK;
}

int jx_cases_run(const char *path, const char *rules, jx_case_fn fn, void *ctx, jx_error *err)
{
    return jx_cases_run_lang(path, rules, JX_LANG_EN, fn, ctx, err);
}

int jx_cases_run_lang(const char *path, const char *rules, jx_lang lang, jx_case_fn fn, void *ctx,
                      jx_error *err)
{
    if (!path || !fn)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_PATH_FN));
    jx_limits lim;
    TRY(jx__options(&lim, NULL, err));
    jx_arena a;
    jx_arena__init(&a, lim.alloc);
    char *buf;
    size_t len, cap;
    TRY(jx__read_file(&buf, &len, &cap, path, &lim, err));
    jx_node **docs;
    size_t ndocs;
    const char *source = jx_arena__strndup(&a, path, strlen(path));
    int rc = source ? jx__yaml_parse(&docs, &ndocs, &a, buf ? buf : "", len, source, &lim, err)
                    : jx__fail(err, JX_ENOMEM, path, 0, 0, "", JX_M(E_NOMEM));
    jx__free_buffer(lim.alloc, buf, cap);
    size_t number = 0;
    for (size_t k = 0; rc == JX_OK && k < ndocs; k++) {
        const jx_node *doc = docs[k];
        if (jx__is_null(doc))
            continue;
        number++;
        const jx_node *v[K_N];
        rc = jx__collect(v, case_keys, K_N, doc, "", err);
        if (rc == JX_OK && (!v[K_SHEET] || !v[K_EXPECT]))
            rc = jx__fail(err, JX_ESCHEMA, source, doc->line, doc->column, "", JX_M(E_CASE_PARTS));
        if (rc == JX_OK && v[K_EXPECT]->kind != JX_NODE_MAP)
            rc = jx__want(v[K_EXPECT], JX_NODE_MAP, "expect", err);
        int64_t index = JX_MICRO;
        if (rc == JX_OK && v[K_INDEX])
            rc = jx__get_number(&index, &a, v[K_INDEX], "index", NULL, JX_MICRO, 1000000 * JX_MICRO,
                                0, err);
        if (rc)
            break;
        jx_arena scratch;
        jx_arena__init(&scratch, NULL);
        text fail = {&scratch, NULL, 0, 0}, actual = {&scratch, NULL, 0, 0};
        outcome o;
        memset(&o, 0, sizeof o);
        jx_rules *r = NULL;
        jx_doc *d = NULL;
        run(&o, &r, &d, source, v, rules, index / JX_MICRO);
        rc = compare(&fail, &scratch, &o, v[K_EXPECT], lang, err);
        /* the key of `expect:` is the node before its value (found: collect matched it) */
        const jx_node *key = v[K_EXPECT];
        for (const jx_node *c = doc->first; c && c->next; c = c->next->next)
            if (c->next == v[K_EXPECT])
                key = c;
        actual_block(&actual, &o, key->column);
        char name[96];
        if (v[K_NAME] && v[K_NAME]->kind == JX_NODE_SCALAR)
            snprintf(name, sizeof name, "%s", v[K_NAME]->text);
        else
            snprintf(name, sizeof name, JX_T(lang, T_CASE), number);
        jx_case c = {name,
                     source,
                     doc->line,
                     fail.len == 0,
                     str(&fail),
                     key->line,
                     last_line(v[K_EXPECT]),
                     key->column,
                     str(&actual)};
        int stop = rc == JX_OK ? fn(ctx, &c) : 0;
        jx_result_free(o.res);
        jx_doc_free(d);
        jx_rules_free(r);
        jx_arena__free(&scratch);
        if (stop)
            break;
    }
    jx_arena__free(&a);
    return rc;
}
