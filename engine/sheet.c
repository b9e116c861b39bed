/*
 * sheet.c - a sheet's node tree (from any reader) to a validated jx_sheet.
 *
 * Keys are read through the tables of keys.c, aliases included. What can be settled
 * without a rule set is settled here: each row's scoring kind (≥ ≤ = range date 定性), its numbers
 * in a common unit magnitude, its points in hundredths, money in 分. What needs the rules (tier
 * words, grade scales, weight splits) is left to the scorer. Every value keeps its line and column.
 */
#include "schema.h"

#include <stdio.h>
#include <string.h>

typedef struct ctx {
    jx_arena *a;
    jx_error *err;
    size_t max_rows; /* indicator rows in one sheet */
} ctx;

#define fail_at(c, n, code, path, ...)                                                             \
    jx__fail((c)->err, code, (n)->source, (n)->line, (n)->column, path, __VA_ARGS__)

int jx__points_of(const jx_val *v, int64_t *out)
{
    bool plain = v->kind == JX_V_NUM && v->op == JX_OP_NONE && v->mag == 0 &&
                 (v->unit[0] == '\0' || jx__streq(v->unit, "分"));
    if (!plain)
        return JX_PTS_NOT_PLAIN;
    if (v->num < 0)
        return JX_PTS_NEGATIVE;
    if (v->num > 1000 * JX_MICRO)
        return JX_PTS_OVER;
    if (v->num % (JX_MICRO / 100) != 0)
        return JX_PTS_DECIMALS;
    *out = v->num / (JX_MICRO / 100);
    return JX_PTS_OK;
}

/* Points, scores and totals: a plain number of points in hundredths, 0..1000. */
static int read_points(int64_t *out, ctx *c, const jx_node *n, const char *parent, const char *key,
                       const char *what)
{
    jx_val v;
    TRY(jx__get_value_at(&v, c->a, n, parent, key, c->err));
    int why = jx__points_of(&v, out);
    if (why == JX_PTS_OK)
        return JX_OK;
    char path[JX_PATH_MAX]; /* for the message */
    if (key)
        jx__path(path, sizeof path, parent, key, 0);
    else
        snprintf(path, sizeof path, "%s", parent);
    switch (why) {
    case JX_PTS_NOT_PLAIN:
        return fail_at(c, n, JX_EVALUE, path, JX_M(E_POINTS_PLAIN), what, v.text);
    case JX_PTS_NEGATIVE:
        return fail_at(c, n, JX_EVALUE, path, JX_M(E_POINTS_NEGATIVE), what, v.text);
    case JX_PTS_OVER: return fail_at(c, n, JX_EVALUE, path, JX_M(E_POINTS_OVER), what, v.text);
    default: return fail_at(c, n, JX_EVALUE, path, JX_M(E_POINTS_DECIMALS), what, v.text);
    }
}

int jx__money_of(const jx_val *v, int unit_mag, int64_t *out)
{
    if (v->kind != JX_V_NUM || v->op != JX_OP_NONE ||
        !(v->unit[0] == '\0' || jx__streq(v->unit, "元")))
        return JX_MONEY_NOT;
    if (v->num < 0)
        return JX_MONEY_NEGATIVE;
    int mag = !v->unit[0] && v->mag == 0 ? unit_mag : v->mag;
    jx_i128 fen = (jx_i128)v->num; /* micro-units of 10^mag 元 */
    for (int i = 0; i < mag; i++)
        fen *= 10;
    if (fen % (JX_MICRO / 100) != 0)
        return JX_MONEY_FRACTION;
    fen /= JX_MICRO / 100;
    if (fen > (jx_i128)INT64_MAX / 100)
        return JX_MONEY_LARGE;
    *out = (int64_t)fen;
    return JX_MONEY_OK;
}

/* Money to 分, exactly: "333,113,794.75元", "33311.38万元", and bare amounts in the block's unit
 * (万元 unless it says otherwise, as the official form's heading does). */
static int read_money(int64_t *out, ctx *c, const jx_node *n, const char *path, int unit_mag)
{
    jx_val v;
    TRY(jx__get_value(&v, c->a, n, path, c->err));
    switch (jx__money_of(&v, unit_mag, out)) {
    case JX_MONEY_OK: return JX_OK;
    case JX_MONEY_NOT: return fail_at(c, n, JX_EVALUE, path, JX_M(E_MONEY), v.text);
    case JX_MONEY_NEGATIVE: return fail_at(c, n, JX_EVALUE, path, JX_M(E_MONEY_NEGATIVE), v.text);
    case JX_MONEY_FRACTION: return fail_at(c, n, JX_EVALUE, path, JX_M(E_MONEY_FEN), v.text);
    default: return fail_at(c, n, JX_EVALUE, path, JX_M(E_TOO_LARGE), v.text);
    }
}

static void pos_of(jx_pos *p, const jx_node *n)
{
    p->line = n ? n->line : 0;
    p->column = n ? n->column : 0;
}

bool jx__no_reason(const char *s)
{
    if (!s[0])
        return false;
    static const char *const none[] = {"无", "-", "—", "/", "无偏差", "无。"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++)
        if (strcmp(s, none[i]) == 0)
            return true;
    return false;
}

static int read_budget(jx_sheet *s, ctx *c, const jx_node *n)
{
    const jx_node *v[BK_N];
    TRY(jx__collect(v, jx__budget_keys, BK_N, n, "budget", c->err));
    char p[JX_PATH_MAX];
    s->has_budget = true;
    pos_of(&s->budget_pos, n);
    int unit_mag = 4; /* 万元 */
    if (!jx__is_null(v[BK_UNIT])) {
        jx_val u;
        TRY(jx__get_value(&u, c->a, v[BK_UNIT], "budget.unit", c->err));
        const char *base;
        jx__parse_unit(u.text, &unit_mag, &base, NULL);
        if (u.kind != JX_V_TEXT || !jx__streq(base, "元") || unit_mag < 0)
            return fail_at(c, v[BK_UNIT], JX_EVALUE, "budget.unit", JX_M(E_MONEY_UNIT), u.text);
    }
    int64_t *money[3] = {&s->initial, &s->full_year, &s->executed};
    bool *has[3] = {&s->has_initial, &s->has_full_year, &s->has_executed};
    for (int i = BK_INITIAL; i <= BK_EXECUTED; i++) {
        if (jx__is_null(v[i]))
            continue;
        jx__path(p, sizeof p, "budget", jx__budget_keys[i].name, 0);
        TRY(read_money(money[i - BK_INITIAL], c, v[i], p, unit_mag));
        *has[i - BK_INITIAL] = true;
    }
    if (!s->has_executed)
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, "budget",
                        JX_M(E_BUDGET_EXECUTED));
    if (!s->has_full_year && !s->has_initial)
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, "budget",
                        JX_M(E_BUDGET_BASE_MISSING));
    if (!jx__is_null(v[BK_POINTS])) {
        TRY(read_points(&s->budget_points, c, v[BK_POINTS], "budget.points", NULL, "points"));
        s->budget_has_points = true;
    }
    if (!jx__is_null(v[BK_RATE])) {
        jx_val r;
        TRY(jx__get_value(&r, c->a, v[BK_RATE], "budget.rate", c->err));
        if (r.kind != JX_V_NUM || r.mag != 0 || !(r.unit[0] == '\0' || jx__streq(r.unit, "%")))
            return fail_at(c, v[BK_RATE], JX_EVALUE, "budget.rate", JX_M(E_RATE), r.text);
        s->budget_rate = r.num;
        s->budget_has_rate = true;
        pos_of(&s->budget_rate_pos, v[BK_RATE]);
    }
    if (!jx__is_null(v[BK_SCORE])) {
        TRY(read_points(&s->budget_score, c, v[BK_SCORE], "budget.score", NULL, "score"));
        s->budget_has_score = true;
        pos_of(&s->budget_score_pos, v[BK_SCORE]);
    }
    TRY(jx__get_text(&s->budget_reason, c->a, v[BK_REASON], "budget.reason", c->err));
    if (jx__no_reason(s->budget_reason))
        s->budget_reason = "";
    return JX_OK;
}

/* A cell of the row for the reader of values: its text, its type and its place. */
static int cell_in(jx_cell_in *out, const jx_node *n, const char *path, const char *key,
                   jx_error *err)
{
    memset(out, 0, sizeof *out);
    if (jx__is_null(n))
        return JX_OK;
    if (n->kind != JX_NODE_SCALAR) {
        char p[JX_PATH_MAX];
        jx__path(p, sizeof p, path, key, 0);
        return jx__want(n, JX_NODE_SCALAR, p, err);
    }
    *out = (jx_cell_in){n->text, n->len, n->typed, n->line, n->column};
    return JX_OK;
}

static int read_row(jx_row *r, ctx *c, const jx_node *n, const char *path, int year)
{
    const jx_node *v[IK_N];
    TRY(jx__collect(v, jx__row_keys, IK_N, n, path, c->err));
    pos_of(&r->pos, n);
    const char **texts[] = {&r->group, &r->level1, &r->level2, &r->name,
                            &r->unit,  &r->reason, &r->op_text};
    const int keys[] = {IK_GROUP, IK_LEVEL1, IK_LEVEL2, IK_NAME, IK_UNIT, IK_REASON, IK_OP};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        TRY(jx__get_text_at(texts[i], c->a, v[keys[i]], path, jx__row_keys[keys[i]].name, c->err));
    if (!r->name[0])
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, path,
                        JX_M(E_INDICATOR_NAME));
    if (jx__no_reason(r->reason))
        r->reason = "";
    jx_row_in in = {.source = n->source, .path = path, .year = year};
    TRY(cell_in(&in.op, v[IK_OP], path, "op", c->err));
    TRY(cell_in(&in.target, v[IK_TARGET], path, "target", c->err));
    TRY(cell_in(&in.actual, v[IK_ACTUAL], path, "actual", c->err));
    TRY(jx__read_row(r, c->a, &in, c->err));

    if (!jx__is_null(v[IK_POINTS])) {
        TRY(read_points(&r->points, c, v[IK_POINTS], path, "points", "points"));
        r->has_points = true;
        pos_of(&r->points_pos, v[IK_POINTS]);
    }
    if (!jx__is_null(v[IK_SCORE])) {
        TRY(read_points(&r->score, c, v[IK_SCORE], path, "score", "score"));
        r->has_score = true;
        pos_of(&r->score_pos, v[IK_SCORE]);
    }
    if (!jx__is_null(v[IK_DEDUCT])) {
        char dp[JX_PATH_MAX];
        jx__path(dp, sizeof dp, path, "deduct", 0);
        const jx_node *d[DK_N];
        TRY(jx__collect(d, jx__deduct_keys, DK_N, v[IK_DEDUCT], dp, c->err));
        if (jx__is_null(d[DK_POINTS]))
            return fail_at(c, v[IK_DEDUCT], JX_ESCHEMA, dp, JX_M(E_DEDUCT_POINTS));
        TRY(read_points(&r->deduct, c, d[DK_POINTS], dp, "points", "deduct.points"));
        TRY(jx__get_text_at(&r->deduct_reason, c->a, d[DK_REASON], dp, "reason", c->err));
        if (!r->deduct_reason[0])
            return fail_at(c, v[IK_DEDUCT], JX_ESCHEMA, dp, JX_M(E_DEDUCT_REASON));
        r->has_deduct = true;
        pos_of(&r->deduct_pos, v[IK_DEDUCT]);
    }
    return JX_OK;
}

static int read_sheet(jx_sheet *s, ctx *c, const jx_node *root)
{
    const char *source = root->source;
    const jx_node *v[SK_N];
    TRY(jx__collect(v, jx__sheet_keys, SK_N, root, "", c->err));
    s->source = source;
    s->root = root;
    pos_of(&s->pos, root);
    TRY(jx__get_text(&s->org, c->a, v[SK_ORG], "org", c->err));
    TRY(jx__get_text(&s->project, c->a, v[SK_PROJECT], "project", c->err));
    const char *rules;
    TRY(jx__get_text(&rules, c->a, v[SK_RULES], "rules", c->err));
    s->rules = rules[0] ? rules : NULL;
    pos_of(&s->rules_pos, v[SK_RULES]);
    if (!jx__is_null(v[SK_YEAR])) {
        jx_val y;
        TRY(jx__get_value(&y, c->a, v[SK_YEAR], "year", c->err));
        /* 2023, "2023年" or "2023年度" (read as that year's end) */
        size_t n = strlen(y.text);
        bool year_end = y.kind == JX_V_DATE && y.year && y.op == JX_OP_NONE && n > 3 &&
                        (jx__has_suffix(y.text, "年") || jx__has_suffix(y.text, "年度"));
        if (!year_end && (y.kind != JX_V_NUM || y.num % JX_MICRO != 0 || y.num < 1900 * JX_MICRO ||
                          y.num > 2199 * JX_MICRO || y.unit[0] != '\0'))
            return fail_at(c, v[SK_YEAR], JX_EVALUE, "year", JX_M(E_YEAR), y.text);
        s->year = year_end ? y.year : (int)(y.num / JX_MICRO);
    }
    if (!jx__is_null(v[SK_BUDGET]))
        TRY(read_budget(s, c, v[SK_BUDGET]));
    if (!jx__is_null(v[SK_TOTAL])) {
        TRY(read_points(&s->total, c, v[SK_TOTAL], "total", NULL, "total"));
        s->has_total = true;
        pos_of(&s->total_pos, v[SK_TOTAL]);
    }
    TRY(jx__get_text(&s->grade, c->a, v[SK_GRADE], "grade", c->err));
    pos_of(&s->grade_pos, v[SK_GRADE]);

    /* a budget block alone is a fragment: its budget row is scored, with no grade */
    const jx_node *list = v[SK_INDICATORS];
    if (!list && !s->has_budget)
        return jx__fail(c->err, JX_ESCHEMA, root->source, root->line, root->column, "",
                        JX_M(E_NO_INDICATORS));
    if (!list || (jx__is_null(list) && s->has_budget))
        return JX_OK;
    TRY(jx__want(list, JX_NODE_SEQ, "indicators", c->err));
    if (list->count == 0 && !s->has_budget)
        return jx__fail(c->err, JX_ESCHEMA, list->source, list->line, list->column, "indicators",
                        JX_M(E_SHEET_EMPTY));
    if (list->count > c->max_rows)
        return jx__fail(c->err, JX_ELIMIT, list->source, list->line, list->column, "indicators",
                        JX_M(E_INDICATORS_MAX), list->count, c->max_rows);
    s->rows = jx_arena__alloc(c->a, list->count * sizeof *s->rows + 1); /* + 1: never 0 bytes */
    if (!s->rows)
        return jx__fail(c->err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    for (const jx_node *it = list->first; it; it = it->next) {
        char p[JX_PATH_MAX];
        jx__path(p, sizeof p, "indicators", NULL, (long)s->nrows);
        TRY(read_row(&s->rows[s->nrows], c, it, p, s->year));
        s->nrows++;
    }
    return JX_OK;
}

int jx__read_sheet(jx_sheet *s, jx_arena *a, const jx_node *root, size_t max_rows, jx_error *err)
{
    ctx c = {a, err, max_rows};
    return read_sheet(s, &c, root);
}

const char *jx_sheet_org(const jx_sheet *s) { return s ? s->org : ""; }
const char *jx_sheet_project(const jx_sheet *s) { return s ? s->project : ""; }
int jx_sheet_year(const jx_sheet *s) { return s ? s->year : 0; }
const char *jx_sheet_rules(const jx_sheet *s) { return s ? s->rules : NULL; }
size_t jx_sheet_count(const jx_sheet *s) { return s ? s->nrows : 0; }
