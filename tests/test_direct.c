/* test_direct.c - a JSONL record read straight to its sheet (direct.c) is the record read through
 * the tree (json_doc.c, sheet.c): random records, tidy and broken, loaded both ways must give the
 * same error, or the same sheet field for field, the same scores, warnings and derivations, and
 * the same YAML written back. */
#include "helpers.h"

typedef struct rng {
    uint64_t s;
    unsigned odd; /* 1 in odd values is of an odd shape */
} rng;

static unsigned pick(rng *r, unsigned n)
{
    r->s = r->s * 6364136223846793005u + 1442695040888963407u;
    return (unsigned)((r->s >> 33) % n);
}

typedef struct text {
    char p[8192];
    size_t n;
} text;

static void put(text *t, const char *s)
{
    size_t k = strlen(s);
    if (t->n + k < sizeof t->p) {
        memcpy(t->p + t->n, s, k);
        t->n += k;
    }
    t->p[t->n] = '\0';
}

#define ONE_OF(r, ...)                                                                             \
    ((const char *[]){                                                                             \
        __VA_ARGS__})[pick(r, sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *))]

/* Space where JSON allows it: mostly one blank, sometimes none or odd ones. */
static void space(rng *r, text *t) { put(t, ONE_OF(r, " ", " ", " ", "", "", "  ", "\t", " \r")); }

/* A value as a stream's writer might give it; now and then (1 in r->odd) one of an odd shape,
 * which may be refused, read through the tree, or read directly all the same. */
#define VALUE(good, strange)                                                                       \
    do {                                                                                           \
        static const char *const g[] = good, *const o[] = strange;                                 \
        v = pick(r, r->odd) ? g[pick(r, sizeof g / sizeof *g)] : o[pick(r, sizeof o / sizeof *o)]; \
    } while (0)
#define L(...)                                                                                     \
    {                                                                                              \
        __VA_ARGS__                                                                                \
    }

static void value(rng *r, text *t, const char *key)
{
    const char *v;
    if (!strcmp(key, "target") || !strcmp(key, "actual") || !strcmp(key, "年度指标值"))
        VALUE(L("\"272\"", "\"64.2\"", "\"≥90%\"", "\"95%\"", "\"优良中低差\"", "\"优\"", "\"良\"",
                "\"2023年12月\"", "\"12\"", "\"90%-100%\"", "\"5万元\"", "12", "3.5", "\"0\"",
                "\"100\"", "\"12月底前\"", "\"达成预期指标\"", "\"≤3\""),
              L("\"2023.12\"", "\"5元。\"", "\" 7 \"", "\"1e3\"", "\"\"", "-3", "2023.12", "1e3",
                "null", "true", "\"1,5\"", "\"\\u4f18\"", "\"a\\\"b\"", "{}", "[1]", "\"３\""));
    else if (!strcmp(key, "op") || !strcmp(key, "指标性质"))
        VALUE(L("\"≥\"", "\"≥\"", "\"≤\"", "\"=\"", "\"定性\"", "\"\"", "\"正向\""),
              L("\"大概\"", "null", "\"≧\"", "\" ≥ \"", "1", "\"区间\"", "\"date\""));
    else if (!strcmp(key, "unit") || !strcmp(key, "度量单位"))
        VALUE(L("\"个\"", "\"%\"", "\"万元\"", "\"\"", "\"小时\"", "\"月\""),
              L("null", "\"优良中低差\"", "\"年\"", "3"));
    else if (!strcmp(key, "points") || !strcmp(key, "score") || !strcmp(key, "total") ||
             !strcmp(key, "分值"))
        VALUE(L("7", "7", "\"7\"", "7.5", "10", "0", "7.25"),
              L("\"7.555\"", "-1", "1001", "\"7分\"", "null", "\" 9 \"", "\"九\"", "1e1"));
    else if (!strcmp(key, "year") || !strcmp(key, "年度"))
        VALUE(L("2023", "2023", "\"2023\""),
              L("\"2023年\"", "1800", "2023.5", "null", "\"二〇二三\""));
    else if (!strcmp(key, "full_year") || !strcmp(key, "executed") || !strcmp(key, "initial"))
        VALUE(L("\"590.84万元\"", "\"167万元\"", "100", "\"1,234.5元\"", "\"12亿元\""),
              L("\"1.234万元\"", "\"-5\"", "\"五万\"", "null", "0", "\"0.001元\""));
    else if (!strcmp(key, "rate"))
        VALUE(L("\"95%\"", "95"), L("\"九五\"", "null"));
    else if (!strcmp(key, "level1") || !strcmp(key, "一级指标"))
        VALUE(L("\"产出指标\"", "\"效益指标\"", "\"满意度指标\"", "\"产出指标(60分)\"",
                "\"成本指标\""),
              L("\"\"", "null", "\" 产出指标　\""));
    else if (!strcmp(key, "level2"))
        VALUE(L("\"数量指标\"", "\"时效指标\"", "\"成本指标\"", "\"\""), L("null", "1"));
    else if (!strcmp(key, "name") || !strcmp(key, "三级指标"))
        VALUE(L("\"指标0\"", "\"安全事故\"", "\"响应时间\"", "\"完成率\""),
              L("\"\"", "\"\xe4\xb8\"", "\"a\tb\"", "\"\\n\""));
    else if (!strcmp(key, "reason") || !strcmp(key, "grade"))
        VALUE(L("\"\"", "\"无\"", "\"超额完成\"", "\"优秀\""), L("null", "\" - \"", "0"));
    else if (!strcmp(key, "deduct"))
        VALUE(L("{\"points\": 1, \"reason\": \"迟报\"}"), L("null"));
    else
        VALUE(L("\"单位0\"", "\"项目0\"", "\"\""), L("null", "\"mof2020\"", "\"nosuch\"", "5",
                                                     "\" 单位 \"", "\"\xa0x\xa0\"", "[]", "false"));
    put(t, v);
}

static void member(rng *r, text *t, const char *key, bool first)
{
    if (!first) {
        put(t, ",");
        space(r, t);
    }
    put(t, "\"");
    put(t, key);
    put(t, "\":");
    space(r, t);
    value(r, t, key);
}

static void row(rng *r, text *t)
{
    static const char *const keys[] = {"level1", "level2", "name",   "op",     "target",
                                       "unit",   "points", "actual", "reason", "score"};
    put(t, "{");
    bool first = true;
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        if (pick(r, 10) < 7 || !strcmp(keys[i], "name") || !strcmp(keys[i], "target")) {
            member(r, t, keys[i], first);
            first = false;
        }
    }
    if (pick(r, 20) == 0)
        member(r, t,
               ONE_OF(r, "三级指标", "指标性质", "年度指标值", "分值", "度量单位", "id", "deduct",
                      "namee", "name", "group", "一级指标"),
               first);
    put(t, "}");
}

/* A record: mostly the documented shape, with a part broken now and then. */
static void record(rng *r, text *t)
{
    t->n = 0;
    put(t, pick(r, 10) ? "{" : " {");
    bool first = true;
    static const char *const top[] = {"org", "project", "year", "rules", "total", "grade"};
    for (size_t i = 0; i < sizeof top / sizeof *top; i++) {
        if (pick(r, 10) < (i < 3 ? 9u : 1u)) {
            member(r, t, top[i], first);
            first = false;
        }
    }
    if (pick(r, 10) < 7) {
        put(t, first ? "\"budget\": {" : ", \"budget\": {");
        first = false;
        bool bfirst = true;
        static const char *const bk[] = {"full_year", "executed", "points", "initial",
                                         "rate",      "score",    "reason"};
        for (size_t i = 0; i < sizeof bk / sizeof *bk; i++) {
            if (pick(r, 10) < (i < 3 ? 9u : 2u)) {
                member(r, t, bk[i], bfirst);
                bfirst = false;
            }
        }
        put(t, "}");
    }
    if (pick(r, 20) > 0) {
        put(t, first ? "\"indicators\": [" : ", \"indicators\": [");
        first = false;
        unsigned n = pick(r, 6);
        for (unsigned i = 0; i < n; i++) {
            if (i)
                put(t, ", ");
            row(r, t);
        }
        put(t, "]");
    }
    if (pick(r, 25) == 0)
        member(r, t, ONE_OF(r, "单位", "年度", "orgg", "org", "绩效指标", "预算执行情况"), first);
    put(t, pick(r, 10) ? "}" : "} ");
    if (pick(r, 12) == 0 && t->n > 2) { /* cut short, or a byte changed */
        size_t at = pick(r, (unsigned)t->n);
        if (pick(r, 2))
            t->n = at;
        else
            t->p[at] = ONE_OF(r, "\"", "\\", ",", "}", "\x01", "\xff", "9")[0];
        t->p[t->n] = '\0';
    }
}

static bool same(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

#define SAME(f)     cr_assert(x->f == y->f, "%s: " #f " differs", t->p)
#define SAME_STR(f) cr_assert(same(x->f, y->f), "%s: " #f " '%s' / '%s'", t->p, x->f, y->f)

static void same_val(const text *t, const jx_val *x, const jx_val *y)
{
    SAME(kind);
    SAME(op);
    SAME(num);
    SAME(hi);
    SAME(mag);
    SAME(year);
    SAME(month);
    SAME(day);
    SAME(line);
    SAME(column);
    SAME_STR(unit);
    SAME_STR(text);
}

static void same_row(const text *t, const jx_row *x, const jx_row *y)
{
    SAME_STR(level1);
    SAME_STR(level2);
    SAME_STR(name);
    SAME_STR(unit);
    SAME_STR(reason);
    SAME_STR(group);
    SAME_STR(op_text);
    SAME_STR(op_word);
    SAME_STR(level);
    SAME_STR(deduct_reason);
    SAME(op);
    SAME(op_why);
    SAME(conflict);
    SAME(mag_shift);
    SAME(actual_mag);
    SAME(has_level_points);
    SAME(level_points);
    SAME(unit_mag);
    SAME(has_points);
    SAME(has_score);
    SAME(has_deduct);
    SAME(points);
    SAME(score);
    SAME(deduct);
    cr_assert(!memcmp(&x->pos, &y->pos, sizeof x->pos) &&
                  !memcmp(&x->points_pos, &y->points_pos, sizeof x->pos) &&
                  !memcmp(&x->score_pos, &y->score_pos, sizeof x->pos) &&
                  !memcmp(&x->deduct_pos, &y->deduct_pos, sizeof x->pos),
              "%s: a row's positions differ", t->p);
    same_val(t, &x->target, &y->target);
    same_val(t, &x->actual, &y->actual);
}

static void same_sheet(const text *t, const jx_sheet *x, const jx_sheet *y)
{
    SAME_STR(source);
    SAME_STR(org);
    SAME_STR(project);
    SAME_STR(rules);
    SAME_STR(grade);
    SAME_STR(budget_reason);
    SAME(year);
    SAME(nrows);
    SAME(has_budget);
    SAME(budget_has_points);
    SAME(budget_has_rate);
    SAME(budget_has_score);
    SAME(has_initial);
    SAME(has_full_year);
    SAME(has_executed);
    SAME(initial);
    SAME(full_year);
    SAME(executed);
    SAME(budget_points);
    SAME(budget_score);
    SAME(budget_rate);
    SAME(has_total);
    SAME(total);
    const jx_pos *px[] = {&x->budget_pos, &x->budget_rate_pos, &x->budget_score_pos, &x->pos,
                          &x->total_pos,  &x->grade_pos,       &x->rules_pos};
    const jx_pos *py[] = {&y->budget_pos, &y->budget_rate_pos, &y->budget_score_pos, &y->pos,
                          &y->total_pos,  &y->grade_pos,       &y->rules_pos};
    for (size_t i = 0; i < sizeof px / sizeof *px; i++)
        cr_assert(px[i]->line == py[i]->line && px[i]->column == py[i]->column,
                  "%s: sheet position %zu: %u:%u / %u:%u", t->p, i, px[i]->line, px[i]->column,
                  py[i]->line, py[i]->column);
    for (size_t i = 0; i < x->nrows; i++)
        same_row(t, &x->rows[i], &y->rows[i]);
}

static int collect(void *ctx, const char *data, size_t len)
{
    text *t = ctx;
    if (t->n + len < sizeof t->p) {
        memcpy(t->p + t->n, data, len);
        t->n += len;
    }
    t->p[t->n] = '\0';
    return 0;
}

/* Everything a reader of the result sees: scores, derivations, warnings with their places. */
static void shown(text *out, const jx_rules *rules, const jx_doc *d, int *rc, jx_error *err)
{
    out->n = 0;
    out->p[0] = '\0';
    jx_result *res = NULL;
    *rc = jx_score(&res, rules, jx_doc_sheet(d, 0), err);
    if (*rc != JX_OK)
        return;
    jx_result_render(res, JX_FORMAT_JSON, collect, out);
    jx_result_render(res, JX_FORMAT_EXPLAIN, collect, out);
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        char line[1024];
        snprintf(line, sizeof line, "%s %s:%zu:%zu %s %s\n", w.code, w.source, w.line, w.column,
                 w.path, w.message);
        collect(out, line, strlen(line));
    }
    text *yaml = malloc(sizeof *yaml);
    yaml->n = 0;
    jx_doc_write_yaml(d, NULL, collect, yaml, NULL);
    collect(out, yaml->p, yaml->n);
    free(yaml);
    jx_result_free(res);
}

/* A value as one field of the long CSV: the JSON value's text, quoted when it must be or now and
 * then when it need not be, empty now and then. */
static void csv_value(rng *r, text *t, const char *key)
{
    text v = {.n = 0};
    value(r, &v, key);
    const char *s = v.p;
    size_t n = v.n;
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
        s++;
        n -= 2;
    }
    if (pick(r, 15) == 0)
        n = 0;
    bool quote = pick(r, 8) == 0 || memchr(s, ',', n) || memchr(s, '"', n) || memchr(s, '\n', n);
    if (quote)
        put(t, "\"");
    for (size_t i = 0; i < n; i++) {
        char c[3] = {s[i], s[i] == '"' && quote ? '"' : '\0', '\0'};
        put(t, c);
    }
    if (quote)
        put(t, "\"");
}

/* The rows of one sheet of the long CSV under a header: mostly what a spreadsheet exports. */
static void csv_record(rng *r, text *header, text *t)
{
    static const char *const cols[] = {"kind",     "org",    "project", "year",   "level1",
                                       "level2",   "name",   "op",      "target", "unit",
                                       "points",   "actual", "reason",  "score",  "full_year",
                                       "executed", "rate",   "initial", "total",  "grade"};
    const char *named[24];
    size_t ncols = 0;
    header->n = 0;
    put(header, "sheet");
    for (size_t i = 0; i < sizeof cols / sizeof *cols; i++) {
        if (pick(r, 10) < 8 || !strcmp(cols[i], "name") || !strcmp(cols[i], "target")) {
            named[ncols++] = cols[i];
            put(header, ",");
            put(header, cols[i]);
        }
    }
    if (pick(r, 15) == 0) {
        named[ncols++] = ONE_OF(r, "单位", "三级指标", "度量单位", "foo", "年度", "分值", "name");
        put(header, ",");
        put(header, named[ncols - 1]);
    }
    t->n = 0;
    t->p[0] = '\0';
    unsigned rows = 1 + pick(r, 5);
    bool budget = pick(r, 10) < 7;
    for (unsigned k = 0; k < rows + budget; k++) {
        bool is_budget = budget && k == rows;
        put(t, "0");
        for (size_t i = 0; i < ncols; i++) {
            put(t, ",");
            const char *c = named[i];
            if (is_budget && !strcmp(c, "unit")) /* the budget's unit: read through the tree */
                put(t, ONE_OF(r, "", "", "", "万元", "元"));
            else if (!strcmp(c, "kind"))
                put(t, is_budget ? "budget" : pick(r, 40) ? ONE_OF(r, "", "indicator") : "bad");
            else if ((is_budget && strcmp(c, "full_year") && strcmp(c, "executed") &&
                      strcmp(c, "rate") && strcmp(c, "initial") && strcmp(c, "points") &&
                      strcmp(c, "score") && strcmp(c, "reason")) ||
                     (!is_budget && (!strcmp(c, "full_year") || !strcmp(c, "executed") ||
                                     !strcmp(c, "rate") || !strcmp(c, "initial"))))
                put(t, pick(r, 200) ? "" : "x"); /* no place in this row */
            else if (k > 0 && (!strcmp(c, "org") || !strcmp(c, "project") || !strcmp(c, "year")))
                put(t, pick(r, 10) ? "" : "2023");
            else
                csv_value(r, t, c);
        }
        put(t, pick(r, 10) ? "\n" : "\r\n");
    }
    if (pick(r, 4) == 0)
        put(t, "\n");                   /* an empty line */
    if (pick(r, 12) == 0 && t->n > 2) { /* cut short, or a byte changed */
        size_t at = pick(r, (unsigned)t->n);
        if (pick(r, 2))
            t->n = at;
        else
            t->p[at] = ONE_OF(r, "\"", ",", "\n", "\xff", "9")[0];
        t->p[t->n] = '\0';
    }
}

typedef struct tally {
    size_t direct, tree, failed;
} tally;

/* Loads one record both ways and compares everything. */
static void both_ways(const jx_record *rec, const text *t, const jx_rules *rules, tally *n)
{
    jx_doc *dx = NULL, *dy = NULL;
    jx_error ex, ey;
    memset(&ex, 0, sizeof ex);
    memset(&ey, 0, sizeof ey);
    int rx = jx_doc_load_record(&dx, rec, NULL, &ex);
    int ry = jx__doc_load_tree(&dy, rec, NULL, &ey);
    cr_assert_eq(rx, ry, "%s: %d / %d (%s)", t->p, rx, ry, ey.message);
    if (rx != JX_OK) {
        cr_assert(!memcmp(&ex, &ey, sizeof ex), "%s: errors differ: %s / %s", t->p, ex.message,
                  ey.message);
        n->failed++;
        return;
    }
    const jx_sheet *x = jx_doc_sheet(dx, 0), *y = jx_doc_sheet(dy, 0);
    cr_assert_not_null(y->root, "%s: the tree way kept no tree", t->p);
    if (x->root)
        n->tree++;
    else
        n->direct++;
    cr_assert_eq(jx_doc_count(dx), jx_doc_count(dy));
    same_sheet(t, x, y);
    text *sx = malloc(sizeof *sx), *sy = malloc(sizeof *sy);
    int sx_rc, sy_rc;
    jx_error scx, scy;
    memset(&scx, 0, sizeof scx);
    memset(&scy, 0, sizeof scy);
    shown(sx, rules, dx, &sx_rc, &scx);
    shown(sy, rules, dy, &sy_rc, &scy);
    cr_assert_eq(sx_rc, sy_rc, "%s", t->p);
    cr_assert(!memcmp(&scx, &scy, sizeof scx), "%s: scoring errors differ", t->p);
    cr_assert_str_eq(sx->p, sy->p, "%s", t->p);
    free(sx);
    free(sy);
    jx_doc_free(dx);
    jx_doc_free(dy);
}

/* The test means something only when records are read both ways and refused, many of each. */
static void enough(const tally *n)
{
    cr_expect_gt(n->direct, 3000, "read directly: %zu", n->direct);
    cr_expect_gt(n->tree, 500, "declined to the tree: %zu", n->tree);
    cr_expect_gt(n->failed, 3000, "refused: %zu", n->failed);
}

Test(direct, jsonl_reads_as_the_tree)
{
    jx_rules *rules;
    jx_error e;
    cr_assert_eq(jx_rules_builtin(&rules, "mof2020", &e), JX_OK);
    rng r = {42, 12};
    text *t = malloc(sizeof *t);
    tally n = {0};
    for (int iter = 0; iter < 30000; iter++) {
        record(&r, t);
        jx_record rec = {JX_INPUT_JSONL, t->p, t->n, NULL, 0, "s.jsonl", 7};
        both_ways(&rec, t, rules, &n);
    }
    enough(&n);
    free(t);
    jx_rules_free(rules);
}

Test(direct, csv_reads_as_the_tree)
{
    jx_rules *rules;
    jx_error e;
    cr_assert_eq(jx_rules_builtin(&rules, "mof2020", &e), JX_OK);
    rng r = {7, 40};
    text *t = malloc(sizeof *t), *h = malloc(sizeof *h), *both = malloc(sizeof *both);
    tally n = {0};
    for (int iter = 0; iter < 30000; iter++) {
        csv_record(&r, h, t);
        both->n = 0;
        put(both, h->p);
        put(both, "\n");
        put(both, t->p); /* what a failure shows */
        jx_record rec = {JX_INPUT_CSV, t->p, t->n, h->p, h->n, "s.csv", 2};
        both_ways(&rec, both, rules, &n);
    }
    enough(&n);
    free(t);
    free(h);
    free(both);
    jx_rules_free(rules);
}

/* The stream the benchmarks write takes the direct way, record after record. */
Test(direct, takes_the_documented_shape)
{
    const char *line =
        "{\"org\": \"单位0\", \"project\": \"项目0\", \"year\": 2023, \"budget\": {\"full_year\": "
        "\"590.84万元\", \"executed\": \"167万元\", \"points\": 10}, \"indicators\": [{\"level1\": "
        "\"产出指标\", \"name\": \"指标0\", \"op\": \"≥\", \"target\": \"272\", \"unit\": \"个\", "
        "\"points\": 45, \"actual\": \"64.2\"}, {\"level1\": \"效益指标\", \"name\": \"指标4\", "
        "\"op\": \"定性\", \"target\": \"优良中低差\", \"unit\": \"\", \"points\": 45, \"actual\": "
        "\"中\"}]}";
    jx_record rec = {JX_INPUT_JSONL, line, strlen(line), NULL, 0, "b.jsonl", 3};
    jx_doc *d;
    jx_error e;
    cr_assert_eq(jx_doc_load_record(&d, &rec, NULL, &e), JX_OK, "%s", e.message);
    const jx_sheet *s = jx_doc_sheet(d, 0);
    cr_assert_null(s->root, "the documented shape went through the tree");
    /* 590.84万元 = 5,908,400.00元; 167万元 = 1,670,000.00元 */
    cr_expect_eq(s->full_year, 590840000);
    cr_expect_eq(s->executed, 167000000);
    cr_expect_eq(s->rows[0].target.num, 272000000);
    cr_expect_eq(s->rows[0].actual.num, 64200000);
    /* "actual": "64.2" starts after 3 + 3 code points of 汉字 in the row: positions are in code
     * points on line 3 */
    cr_expect_eq(s->rows[0].actual.line, 3);
    cr_expect_eq(s->rows[1].op, JX_OP_QUAL);
    jx_doc_free(d);
}
