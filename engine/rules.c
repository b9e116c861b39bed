/*
 * rules.c - rule sets: YAML (built-in or the user's) to an immutable jx_rules.
 *
 * Every difference between rule sets is data here: per-op clauses, qualitative tiers and scales,
 * the level-1 weight split, the budget row, warning thresholds, rounding and grade bands.
 * A rule file may `extends:` a built-in or another file; the trees are merged before validation,
 * so an error still points into the file that holds the offending value.
 */
#include "expr.h"
#include "schema.h"

#include <stdio.h>
#include <string.h>

#define JX_EXTENDS_MAX 8

enum {
    R_NAME,
    R_TITLE,
    R_EXTENDS,
    R_TOTAL,
    R_ROUNDING,
    R_OPS,
    R_QUAL,
    R_WEIGHTS,
    R_BUDGET,
    R_WARNINGS,
    R_GRADES,
    R_AUDIT,
    R_N
};
static const jx_key top_keys[R_N] = {
    {"name", {0}},     {"title", {0}},    {"extends", {0}},     {"total_points", {0}},
    {"rounding", {0}}, {"ops", {0}},      {"qualitative", {0}}, {"weights", {0}},
    {"budget", {0}},   {"warnings", {0}}, {"grades", {0}},      {"audit", {0}},
};

const char *const jx__class_names[JX_NCLASSES] = {
    "rounding",
    "deduction-without-reason",
    "unsupported-score",
    "rate-mismatch",
    "sum-mismatch",
    "grade-mismatch",
    "weights-do-not-add-up",
    "over-target-without-reason",
    "shortfall-without-reason",
    "execution-below-90-without-reason",
    "actual-looks-like-ratio",
    "qualitative-score-outside-tier",
    "missing-actual",
    "op-assumed",
    "unit-is-scale",
    "negative-actual",
    "zero-budget",
    "truncation",
    "magnitude-suspect",
    "op-conflict",
    "points-inferred",
};

typedef struct ctx {
    jx_rules *r;
    jx_arena *a;
    jx_error *err;
} ctx;

static int required(const jx_node *n, const jx_node *parent, const char *path, const char *key,
                    jx_error *err)
{
    if (n)
        return JX_OK;
    return jx__fail(err, JX_ESCHEMA, parent->source, parent->line, parent->column, path,
                    JX_M(E_MISSING_KEY), key);
}

static int fraction(int64_t *out, ctx *c, const jx_node *n, const char *path)
{
    return jx__get_number(out, c->a, n, path, NULL, 0, JX_MICRO, 6, c->err);
}

static int points(int64_t *out, ctx *c, const jx_node *n, const char *path)
{
    int64_t micro;
    TRY(jx__get_number(&micro, c->a, n, path, "分", 0, 1000 * JX_MICRO, 2, c->err));
    *out = micro / (JX_MICRO / 100);
    return JX_OK;
}

static int find_tier(const jx_rules *r, const char *name)
{
    for (size_t i = 0; i < r->ntiers; i++)
        if (jx__streq(r->tiers[i].name, name))
            return (int)i;
    return -1;
}

/* Where byte `offset` of a one-line scalar lies in its file (the scalar's own place otherwise). */
static void offset_pos(const jx_node *n, size_t offset, size_t *line, size_t *column)
{
    *line = n->line;
    *column = n->column;
    if (n->style == '|' || n->style == '>' || memchr(n->text, '\n', n->len))
        return;
    size_t cps = 0, len;
    for (size_t i = 0; i < offset && i < n->len; i += len ? len : 1, cps++)
        jx__utf8_next(n->text + i, n->len - i, &len);
    *column += cps + (n->style == '"' || n->style == '\'');
}

static int formula(jx_clause *out, ctx *c, const jx_node *n, const char *path)
{
    jx_expr *e;
    size_t at = 0, line, column;
    jx_text why;
    int rc = jx__expr_compile(&e, c->a, n->text, &at, &why);
    if (rc == JX_ENOMEM)
        return jx__fail(c->err, rc, n->source, 0, 0, path, JX_M(E_NOMEM));
    if (rc) {
        offset_pos(n, at, &line, &column);
        return jx__fail_with(c->err, JX_EVALUE, n->source, line, column, path, why, JX_M(E_FORMULA),
                             n->text);
    }
    out->kind = JX_CL_EXPR;
    out->data = e;
    return JX_OK;
}

/* A decimal of a curve or band as an exact rational in [lo, hi]. */
static int rational(jx_q *out, ctx *c, const jx_node *n, const char *path, int64_t hi)
{
    int64_t micro;
    TRY(jx__get_number(&micro, c->a, n, path, NULL, 0, hi, 6, c->err));
    *out = jx__q(micro, JX_MICRO);
    return JX_OK;
}

static int curve(jx_clause *out, ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    if (n->count < 2 || n->count > 64)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        JX_M(E_CURVE_POINTS));
    jx_curve *cv = jx_arena__alloc(c->a, sizeof *cv);
    jx_q *x = jx_arena__alloc(c->a, n->count * sizeof *x);
    jx_q *y = jx_arena__alloc(c->a, n->count * sizeof *y);
    double *xd = jx_arena__alloc(c->a, n->count * sizeof *xd);
    if (!cv || !x || !y || !xd)
        return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, path, JX_M(E_NOMEM));
    size_t i = 0;
    for (const jx_node *pt = n->first; pt; pt = pt->next, i++) {
        char p[JX_PATH_MAX];
        jx__path(p, sizeof p, path, NULL, (long)i);
        if (pt->kind != JX_NODE_SEQ || pt->count != 2)
            return jx__fail(c->err, JX_ESCHEMA, pt->source, pt->line, pt->column, p,
                            JX_M(E_CURVE_POINT));
        TRY(rational(&x[i], c, pt->first, p, 1000 * JX_MICRO));
        TRY(rational(&y[i], c, pt->first->next, p, JX_MICRO));
        xd[i] = (double)x[i].n / (double)x[i].d;
        if (i > 0 && !jx__q_lt(x[i - 1], x[i]))
            return jx__fail(c->err, JX_EVALUE, pt->source, pt->line, pt->column, p,
                            JX_M(E_CURVE_RATIOS));
        if (i > 0 && jx__q_lt(y[i], y[i - 1]))
            return jx__fail(c->err, JX_EVALUE, pt->source, pt->line, pt->column, p,
                            JX_M(E_CURVE_CREDIT));
    }
    *cv = (jx_curve){n->count, x, y, xd};
    out->kind = JX_CL_CURVE;
    out->data = cv;
    return JX_OK;
}

static int bands(jx_clause *out, ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    if (n->count < 1 || n->count > 64)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_BANDS));
    jx_bands *b = jx_arena__alloc(c->a, sizeof *b);
    jx_q *from = jx_arena__alloc(c->a, n->count * sizeof *from);
    jx_q *credit = jx_arena__alloc(c->a, n->count * sizeof *credit);
    if (!b || !from || !credit)
        return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, path, JX_M(E_NOMEM));
    static const jx_key keys[2] = {{"from", {0}}, {"credit", {0}}};
    size_t i = 0;
    for (const jx_node *it = n->first; it; it = it->next, i++) {
        char p[JX_PATH_MAX], sub[JX_PATH_MAX];
        jx__path(p, sizeof p, path, NULL, (long)i);
        const jx_node *v[2];
        TRY(jx__collect(v, keys, 2, it, p, c->err));
        for (int k = 0; k < 2; k++)
            TRY(required(v[k], it, p, keys[k].name, c->err));
        jx__path(sub, sizeof sub, p, "from", 0);
        TRY(rational(&from[i], c, v[0], sub, 1000 * JX_MICRO));
        jx__path(sub, sizeof sub, p, "credit", 0);
        TRY(rational(&credit[i], c, v[1], sub, JX_MICRO));
        if (i > 0 && !jx__q_lt(from[i], from[i - 1]))
            return jx__fail(c->err, JX_EVALUE, v[0]->source, v[0]->line, v[0]->column, p,
                            JX_M(E_BANDS_ORDER));
    }
    *b = (jx_bands){n->count, from, credit};
    out->kind = JX_CL_BANDS;
    out->data = b;
    return JX_OK;
}

/* A scoring clause: a keyword, a tier name, a formula, or {linear|tier|curve|bands|formula: …}.
 * `ratio` says whether the clause has a completion ratio to feed a curve or bands. */
static int clause(jx_clause *out, ctx *c, const jx_node *n, const char *path, bool ratio)
{
    out->param = 0;
    out->data = NULL;
    if (n->kind == JX_NODE_MAP) {
        if (n->count != 1)
            return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, path,
                            JX_M(E_CLAUSE_ONE_KEY));
        const jx_node *k = n->first, *v = k->next;
        const char *key = k->kind == JX_NODE_SCALAR ? k->text : "?";
        char sub[JX_PATH_MAX];
        jx__path(sub, sizeof sub, path, key, 0);
        if (!ratio && (jx__streq(key, "curve") || jx__streq(key, "bands")))
            return jx__fail(c->err, JX_ESCHEMA, k->source, k->line, k->column, sub,
                            JX_M(E_CLAUSE_RATIO), key);
        if (jx__streq(key, "linear")) {
            TRY(jx__get_number(&out->param, c->a, v, sub, NULL, 0, 1000 * JX_MICRO, 6, c->err));
            if (out->param == JX_MICRO)
                return jx__fail(c->err, JX_EVALUE, v->source, v->line, v->column, sub,
                                JX_M(E_LINEAR_ZERO));
            out->kind = JX_CL_LINEAR;
            return JX_OK;
        }
        if (jx__streq(key, "curve"))
            return curve(out, c, v, sub);
        if (jx__streq(key, "bands"))
            return bands(out, c, v, sub);
        if (jx__streq(key, "formula")) {
            TRY(jx__want(v, JX_NODE_SCALAR, sub, c->err));
            return formula(out, c, v, sub);
        }
        if (!jx__streq(key, "tier"))
            return jx__fail(c->err, JX_ESCHEMA, k->source, k->line, k->column, path,
                            JX_M(E_CLAUSE_KEY), key);
        TRY(jx__want(v, JX_NODE_SCALAR, sub, c->err));
        int t = find_tier(c->r, v->text);
        if (t < 0)
            return jx__fail(c->err, JX_EVALUE, v->source, v->line, v->column, sub, JX_M(E_NO_TIER),
                            v->text);
        out->kind = JX_CL_TIER;
        out->param = t;
        return JX_OK;
    }
    TRY(jx__want(n, JX_NODE_SCALAR, path, c->err));
    static const struct {
        const char *word;
        jx_clause_kind kind;
    } words[] = {{"full", JX_CL_FULL},       {"zero", JX_CL_ZERO},     {"ratio", JX_CL_RATIO},
                 {"inverse", JX_CL_INVERSE}, {"nonneg", JX_CL_NONNEG}, {"nonpos", JX_CL_NONPOS}};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        if (jx__streq(n->text, words[i].word)) {
            out->kind = words[i].kind;
            return JX_OK;
        }
    }
    int t = find_tier(c->r, n->text);
    if (t >= 0) {
        out->kind = JX_CL_TIER;
        out->param = t;
        return JX_OK;
    }
    /* a lone word that is no variable is a misspelt keyword, not a formula */
    bool lone = n->len > 0 &&
                strspn(n->text, "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ") == n->len;
    static const char *const vars[] = {"A", "B", "p", "rate", "low", "high"};
    bool var = false;
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++)
        var |= jx__streq(n->text, vars[i]);
    if (lone && !var)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_CLAUSE),
                        n->text);
    return formula(out, c, n, path);
}

enum { C_MET, C_UNDER, C_OVER, C_ZERO, C_LATE, C_N };
static const jx_key clause_keys[C_N] = {
    {"met", {0}}, {"under", {0}}, {"over", {0}}, {"zero_target", {0}}, {"late", {0}}};

static int op_clauses(jx_opclauses *o, ctx *c, const jx_node *n, const char *path, unsigned allow)
{
    const jx_node *v[C_N];
    TRY(jx__collect(v, clause_keys, C_N, n, path, c->err));
    jx_clause *slot[C_N] = {&o->met, &o->under, &o->over, &o->zero, &o->over};
    for (int i = 0; i < C_N; i++) {
        char sub[JX_PATH_MAX];
        jx__path(sub, sizeof sub, path, clause_keys[i].name, 0);
        if (!(allow & (1u << i))) {
            if (v[i])
                return jx__fail(c->err, JX_ESCHEMA, v[i]->source, v[i]->line, v[i]->column, sub,
                                JX_M(E_CLAUSE_OP), clause_keys[i].name);
            continue;
        }
        TRY(required(v[i], n, path, clause_keys[i].name, c->err));
        /* met, zero_target and late have no completion ratio to feed a curve */
        TRY(clause(slot[i], c, v[i], sub, i == C_UNDER || i == C_OVER));
    }
    return JX_OK;
}

static int string_list(const char ***out, size_t *count, ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    const char **list = jx_arena__alloc(c->a, (n->count + 1) * sizeof *list);
    if (!list)
        return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, path, JX_M(E_NOMEM));
    size_t i = 0;
    for (const jx_node *it = n->first; it; it = it->next, i++) {
        char sub[JX_PATH_MAX];
        jx__path(sub, sizeof sub, path, NULL, (long)i);
        TRY(jx__want(it, JX_NODE_SCALAR, sub, c->err));
        TRY(jx__get_text(&list[i], c->a, it, sub, c->err));
    }
    *out = list;
    *count = i;
    return JX_OK;
}

enum { T_NAME, T_FROM, T_TO, T_CREDIT, T_WORDS, T_N };
static const jx_key tier_keys[T_N] = {
    {"name", {0}}, {"from", {0}}, {"to", {0}}, {"credit", {0}}, {"words", {0}}};

static int tiers(ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    if (n->count == 0 || n->count > JX_MAX_TIERS)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_TIERS),
                        JX_MAX_TIERS);
    jx_rules *r = c->r;
    r->ntiers = 0;
    for (const jx_node *it = n->first; it; it = it->next) {
        char p[JX_PATH_MAX], sub[JX_PATH_MAX];
        jx__path(p, sizeof p, path, NULL, (long)r->ntiers);
        const jx_node *v[T_N];
        TRY(jx__collect(v, tier_keys, T_N, it, p, c->err));
        jx_tier *t = &r->tiers[r->ntiers];
        for (int i = 0; i < T_WORDS; i++)
            TRY(required(v[i], it, p, tier_keys[i].name, c->err));
        jx__path(sub, sizeof sub, p, "name", 0);
        TRY(jx__get_text(&t->name, c->a, v[T_NAME], sub, c->err));
        jx__path(sub, sizeof sub, p, "from", 0);
        TRY(fraction(&t->from, c, v[T_FROM], sub));
        jx__path(sub, sizeof sub, p, "to", 0);
        TRY(fraction(&t->to, c, v[T_TO], sub));
        jx__path(sub, sizeof sub, p, "credit", 0);
        TRY(fraction(&t->credit, c, v[T_CREDIT], sub));
        if (t->from >= t->to || t->credit < t->from || t->credit > t->to)
            return jx__fail(c->err, JX_EVALUE, it->source, it->line, it->column, p,
                            JX_M(E_TIER_BOUNDS));
        if (r->ntiers == 0 ? t->to != JX_MICRO : t->to != r->tiers[r->ntiers - 1].from)
            return jx__fail(c->err, JX_EVALUE, v[T_TO]->source, v[T_TO]->line, v[T_TO]->column, p,
                            JX_M(E_TIER_GAP));
        if (v[T_WORDS]) {
            jx__path(sub, sizeof sub, p, "words", 0);
            TRY(string_list(&t->words, &t->nwords, c, v[T_WORDS], sub));
        }
        r->ntiers++;
    }
    const jx_tier *last = &r->tiers[r->ntiers - 1];
    if (last->from != 0)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_TIER_LAST));
    return JX_OK;
}

static int scales(ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_MAP, path, c->err));
    jx_rules *r = c->r;
    r->scales = jx_arena__alloc(c->a, (n->count + 1) * sizeof *r->scales);
    if (!r->scales)
        return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, path, JX_M(E_NOMEM));
    JX_FOR_PAIRS(n, k, v)
    {
        jx_scale *s = &r->scales[r->nscales];
        char p[JX_PATH_MAX], sub[JX_PATH_MAX];
        TRY(jx__get_text(&s->name, c->a, k, path, c->err));
        jx__path(p, sizeof p, path, s->name, 0);
        TRY(jx__want(v, JX_NODE_MAP, p, c->err));
        s->words = jx_arena__alloc(c->a, (v->count + 1) * sizeof *s->words);
        s->credit = jx_arena__alloc(c->a, (v->count + 1) * sizeof *s->credit);
        if (!s->words || !s->credit)
            return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, p, JX_M(E_NOMEM));
        JX_FOR_PAIRS(v, gk, gv)
        {
            TRY(jx__get_text(&s->words[s->n], c->a, gk, p, c->err));
            jx__path(sub, sizeof sub, p, s->words[s->n], 0);
            TRY(fraction(&s->credit[s->n], c, gv, sub));
            s->n++;
        }
        r->nscales++;
    }
    return JX_OK;
}

enum { L_NAME, L_POINTS, L_MATCH, L_N };
static const jx_key level_keys[L_N] = {{"name", {0}}, {"points", {0}}, {"match", {0}}};

static int levels(ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    jx_rules *r = c->r;
    r->levels = jx_arena__alloc(c->a, (n->count + 1) * sizeof *r->levels);
    if (!r->levels)
        return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, path, JX_M(E_NOMEM));
    for (const jx_node *it = n->first; it; it = it->next) {
        char p[JX_PATH_MAX], sub[JX_PATH_MAX];
        jx__path(p, sizeof p, path, NULL, (long)r->nlevels);
        const jx_node *v[L_N];
        TRY(jx__collect(v, level_keys, L_N, it, p, c->err));
        jx_level *l = &r->levels[r->nlevels];
        TRY(required(v[L_NAME], it, p, "name", c->err));
        TRY(required(v[L_POINTS], it, p, "points", c->err));
        jx__path(sub, sizeof sub, p, "name", 0);
        TRY(jx__get_text(&l->name, c->a, v[L_NAME], sub, c->err));
        jx__path(sub, sizeof sub, p, "points", 0);
        TRY(points(&l->points, c, v[L_POINTS], sub));
        if (v[L_MATCH]) {
            jx__path(sub, sizeof sub, p, "match", 0);
            TRY(string_list(&l->match, &l->nmatch, c, v[L_MATCH], sub));
        } else {
            l->match = jx_arena__alloc(c->a, sizeof *l->match);
            if (!l->match)
                return jx__fail(c->err, JX_ENOMEM, n->source, 0, 0, p, JX_M(E_NOMEM));
            l->match[0] = l->name;
            l->nmatch = 1;
        }
        r->nlevels++;
    }
    return JX_OK;
}

enum { B_POINTS, B_BASE, B_CAP, B_REASON, B_SCORE, B_N };
static const jx_key budget_keys[B_N] = {
    {"points", {0}}, {"base", {0}}, {"cap", {0}}, {"reason_below", {0}}, {"score", {0}}};

static int budget(ctx *c, const jx_node *n, const char *path)
{
    const jx_node *v[B_N];
    TRY(jx__collect(v, budget_keys, B_N, n, path, c->err));
    char sub[JX_PATH_MAX];
    for (int i = 0; i < B_SCORE; i++)
        TRY(required(v[i], n, path, budget_keys[i].name, c->err));
    c->r->budget_score.kind = JX_CL_RATIO; /* p × min(rate, cap) */
    if (v[B_SCORE] && !jx__is_null(v[B_SCORE])) {
        jx__path(sub, sizeof sub, path, "score", 0);
        TRY(clause(&c->r->budget_score, c, v[B_SCORE], sub, true));
    }
    jx__path(sub, sizeof sub, path, "points", 0);
    TRY(points(&c->r->budget_points, c, v[B_POINTS], sub));
    jx__path(sub, sizeof sub, path, "base", 0);
    TRY(jx__want(v[B_BASE], JX_NODE_SCALAR, sub, c->err));
    if (jx__streq(v[B_BASE]->text, "initial"))
        c->r->budget_initial = true;
    else if (!jx__streq(v[B_BASE]->text, "full_year"))
        return jx__fail(c->err, JX_EVALUE, v[B_BASE]->source, v[B_BASE]->line, v[B_BASE]->column,
                        sub, JX_M(E_BUDGET_BASE), v[B_BASE]->text);
    jx__path(sub, sizeof sub, path, "cap", 0);
    TRY(jx__get_number(&c->r->budget_cap, c->a, v[B_CAP], sub, NULL, 1, 10 * JX_MICRO, 6, c->err));
    jx__path(sub, sizeof sub, path, "reason_below", 0);
    return fraction(&c->r->reason_below, c, v[B_REASON], sub);
}

enum { W_OVER, W_RATIO_ACTUAL, W_RATIO_TARGET, W_N };
static const jx_key warn_keys[W_N] = {
    {"over_target_ratio", {0}}, {"ratio_actual_max", {0}}, {"ratio_target_min", {0}}};

static int warnings(ctx *c, const jx_node *n, const char *path)
{
    const jx_node *v[W_N];
    TRY(jx__collect(v, warn_keys, W_N, n, path, c->err));
    int64_t *dst[W_N] = {&c->r->over_ratio, &c->r->ratio_actual_max, &c->r->ratio_target_min};
    for (int i = 0; i < W_N; i++) {
        if (!v[i])
            continue;
        char sub[JX_PATH_MAX];
        jx__path(sub, sizeof sub, path, warn_keys[i].name, 0);
        TRY(jx__get_number(dst[i], c->a, v[i], sub, NULL, 0, 1000000 * JX_MICRO, 6, c->err));
    }
    return JX_OK;
}

enum { G_MIN, G_LABEL, G_WORDS, G_N };
static const jx_key grade_keys[G_N] = {{"min", {0}}, {"label", {0}}, {"words", {0}}};

static int grades(ctx *c, const jx_node *n, const char *path)
{
    TRY(jx__want(n, JX_NODE_SEQ, path, c->err));
    if (n->count == 0 || n->count > JX_MAX_BANDS)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_GRADES),
                        JX_MAX_BANDS);
    jx_rules *r = c->r;
    for (const jx_node *it = n->first; it; it = it->next) {
        char p[JX_PATH_MAX], sub[JX_PATH_MAX];
        jx__path(p, sizeof p, path, NULL, (long)r->nbands);
        const jx_node *v[G_N];
        TRY(jx__collect(v, grade_keys, G_N, it, p, c->err));
        TRY(required(v[G_MIN], it, p, "min", c->err));
        TRY(required(v[G_LABEL], it, p, "label", c->err));
        jx_band *b = &r->bands[r->nbands];
        jx__path(sub, sizeof sub, p, "min", 0);
        TRY(points(&b->min, c, v[G_MIN], sub));
        jx__path(sub, sizeof sub, p, "label", 0);
        TRY(jx__want(v[G_LABEL], JX_NODE_SCALAR, sub, c->err));
        TRY(jx__get_text(&b->label, c->a, v[G_LABEL], sub, c->err));
        if (v[G_WORDS]) {
            jx__path(sub, sizeof sub, p, "words", 0);
            TRY(string_list(&b->words, &b->nwords, c, v[G_WORDS], sub));
        }
        if (r->nbands > 0 && b->min >= r->bands[r->nbands - 1].min) {
            jx__path(sub, sizeof sub, p, "min", 0);
            return jx__fail(c->err, JX_EVALUE, v[G_MIN]->source, v[G_MIN]->line, v[G_MIN]->column,
                            sub, JX_M(E_GRADES_ORDER));
        }
        r->nbands++;
    }
    if (r->bands[r->nbands - 1].min != 0)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        JX_M(E_GRADES_LAST));
    return JX_OK;
}

enum { RD_DECIMALS, RD_MODE, RD_N };
static const jx_key round_keys[RD_N] = {{"decimals", {0}}, {"mode", {0}}};

static int rounding(ctx *c, const jx_node *n, const char *path)
{
    const jx_node *v[RD_N];
    TRY(jx__collect(v, round_keys, RD_N, n, path, c->err));
    char sub[JX_PATH_MAX];
    if (v[RD_DECIMALS]) {
        int64_t d;
        jx__path(sub, sizeof sub, path, "decimals", 0);
        TRY(jx__get_number(&d, c->a, v[RD_DECIMALS], sub, NULL, 0, 2 * JX_MICRO, 0, c->err));
        c->r->decimals = (int)(d / JX_MICRO);
    }
    if (v[RD_MODE]) {
        jx__path(sub, sizeof sub, path, "mode", 0);
        TRY(jx__want(v[RD_MODE], JX_NODE_SCALAR, sub, c->err));
        if (jx__streq(v[RD_MODE]->text, "down"))
            c->r->round_down = true;
        else if (!jx__streq(v[RD_MODE]->text, "half-up"))
            return jx__fail(c->err, JX_EVALUE, v[RD_MODE]->source, v[RD_MODE]->line,
                            v[RD_MODE]->column, sub, JX_M(E_ROUND_MODE), v[RD_MODE]->text);
    }
    return JX_OK;
}

enum { O_GE, O_LE, O_EQ, O_RANGE, O_DATE, O_N };
static const jx_key op_keys[O_N] = {
    {"ge", {"≥", ">="}}, {"le", {"≤", "<="}}, {"eq", {"="}}, {"range", {0}}, {"date", {0}}};

enum { Q_TIERS, Q_SCALES, Q_N };
static const jx_key qual_keys[Q_N] = {{"tiers", {0}}, {"scales", {0}}};
static const jx_key weight_keys[1] = {{"levels", {0}}};

/* audit: {severity: {CLASS: info|warning|error, ...}} */
static int audit(ctx *c, const jx_node *n, const char *path)
{
    static const jx_key keys[1] = {{"severity", {0}}};
    const jx_node *v[1];
    TRY(jx__collect(v, keys, 1, n, path, c->err));
    if (!v[0])
        return JX_OK;
    jx_key classes[JX_NCLASSES];
    for (int i = 0; i < JX_NCLASSES; i++)
        classes[i] = (jx_key){jx__class_names[i], {0}};
    const jx_node *sev[JX_NCLASSES];
    TRY(jx__collect(sev, classes, JX_NCLASSES, v[0], "audit.severity", c->err));
    static const char *const levels[] = {"info", "warning", "error"};
    for (int i = 0; i < JX_NCLASSES; i++) {
        if (!sev[i])
            continue;
        char sub[JX_PATH_MAX];
        jx__path(sub, sizeof sub, "audit.severity", jx__class_names[i], 0);
        TRY(jx__want(sev[i], JX_NODE_SCALAR, sub, c->err));
        int level = -1;
        for (int k = 0; k < 3; k++)
            if (jx__streq(sev[i]->text, levels[k]))
                level = k;
        if (level < 0)
            return jx__fail(c->err, JX_EVALUE, sev[i]->source, sev[i]->line, sev[i]->column, sub,
                            JX_M(E_SEVERITY), sev[i]->text);
        c->r->severity[i] = (unsigned char)level;
    }
    return JX_OK;
}

static int build(jx_rules *r, jx_arena *a, const jx_node *root, const char *label, jx_error *err)
{
    ctx c = {r, a, err};
    const jx_node *v[R_N];
    TRY(jx__collect(v, top_keys, R_N, root, "", err));
    static const int need[] = {R_OPS, R_QUAL, R_WEIGHTS, R_BUDGET, R_GRADES};
    for (size_t i = 0; i < sizeof need / sizeof *need; i++)
        TRY(required(v[need[i]], root, "", top_keys[need[i]].name, err));
    TRY(jx__get_text(&r->name, a, v[R_NAME], "name", err));
    if (!r->name[0])
        r->name = label;
    TRY(jx__get_text(&r->title, a, v[R_TITLE], "title", err));
    r->total_points = 10000;
    if (v[R_TOTAL])
        TRY(points(&r->total_points, &c, v[R_TOTAL], "total_points"));
    r->decimals = 2;
    if (v[R_ROUNDING])
        TRY(rounding(&c, v[R_ROUNDING], "rounding"));
    r->over_ratio = 1300000;
    r->ratio_actual_max = JX_MICRO;
    r->ratio_target_min = 2 * JX_MICRO;
    if (v[R_WARNINGS])
        TRY(warnings(&c, v[R_WARNINGS], "warnings"));

    const jx_node *q[Q_N];
    TRY(jx__collect(q, qual_keys, Q_N, v[R_QUAL], "qualitative", err));
    TRY(required(q[Q_TIERS], v[R_QUAL], "qualitative", "tiers", err));
    TRY(tiers(&c, q[Q_TIERS], "qualitative.tiers"));
    if (q[Q_SCALES])
        TRY(scales(&c, q[Q_SCALES], "qualitative.scales"));

    const jx_node *o[O_N];
    TRY(jx__collect(o, op_keys, O_N, v[R_OPS], "ops", err));
    jx_opclauses *dst[O_N] = {&r->ge, &r->le, &r->eq, &r->range, &r->date};
    static const unsigned allow[O_N] = {
        1u << C_MET | 1u << C_UNDER | 1u << C_ZERO,
        1u << C_MET | 1u << C_OVER | 1u << C_ZERO,
        1u << C_MET | 1u << C_UNDER | 1u << C_OVER | 1u << C_ZERO,
        1u << C_MET | 1u << C_UNDER | 1u << C_OVER,
        1u << C_MET | 1u << C_LATE,
    };
    for (int i = 0; i < O_N; i++) {
        char p[JX_PATH_MAX];
        jx__path(p, sizeof p, "ops", op_keys[i].name, 0);
        TRY(required(o[i], v[R_OPS], "ops", op_keys[i].name, err));
        TRY(op_clauses(dst[i], &c, o[i], p, allow[i]));
    }

    const jx_node *w[1];
    TRY(jx__collect(w, weight_keys, 1, v[R_WEIGHTS], "weights", err));
    TRY(required(w[0], v[R_WEIGHTS], "weights", "levels", err));
    TRY(levels(&c, w[0], "weights.levels"));
    TRY(budget(&c, v[R_BUDGET], "budget"));
    TRY(grades(&c, v[R_GRADES], "grades"));
    memset(r->severity, JX_SEVERITY_WARNING, sizeof r->severity);
    return v[R_AUDIT] ? audit(&c, v[R_AUDIT], "audit") : JX_OK;
}

/* The files an `extends:` chain has passed through, innermost first. */
typedef struct chain {
    const char *source;
    const struct chain *up;
} chain;

/* Parses one rule file into a tree, resolving `extends:` into a merged tree. */
static int load_tree(jx_node **out, jx_arena *a, const char *data, size_t len, const char *source,
                     const jx_limits *lim, const chain *up, bool *named, jx_error *err);

/* A cycle: "a.yaml → b.yaml → a.yaml". */
static int cycle(jx_error *err, const jx_node *ext, const chain *up, const char *target)
{
    const char *names[JX_EXTENDS_MAX + 1];
    size_t n = 0;
    for (const chain *c = up; c && n < JX_EXTENDS_MAX; c = c->up)
        names[n++] = c->source;
    char msg[256] = "";
    size_t used = 0;
    while (n > 0 && used < sizeof msg - 64)
        used += (size_t)snprintf(msg + used, sizeof msg - used, "%s → ", names[--n]);
    return jx__fail(err, JX_ELIMIT, ext->source, ext->line, ext->column, "extends",
                    JX_M(E_EXTENDS_CYCLE), msg, target);
}

static int load_base(jx_node **out, jx_arena *a, const jx_node *ext, const jx_limits *lim,
                     const chain *up, jx_error *err)
{
    TRY(jx__want(ext, JX_NODE_SCALAR, "extends", err));
    size_t depth = 0;
    for (const chain *c = up; c; c = c->up)
        depth++;
    if (depth > JX_EXTENDS_MAX)
        return jx__fail(err, JX_ELIMIT, ext->source, ext->line, ext->column, "extends",
                        JX_M(E_EXTENDS_DEPTH), JX_EXTENDS_MAX);
    char path[1024];
    const jx_builtin *builtin = NULL;
    for (size_t i = 0; i < jx__nbuiltins; i++)
        if (jx__streq(jx__builtins[i].name, ext->text))
            builtin = &jx__builtins[i];
    const char *slash = strrchr(ext->source, '/');
    if (builtin) /* a built-in's name */
        snprintf(path, sizeof path, "%s", builtin->name);
    else if (ext->text[0] != '/' && slash) /* a path, relative to the extending file */
        snprintf(path, sizeof path, "%.*s/%s", (int)(slash - ext->source), ext->source, ext->text);
    else
        snprintf(path, sizeof path, "%s", ext->text);
    for (const chain *c = up; c; c = c->up)
        if (jx__streq(c->source, path))
            return cycle(err, ext, up, path);
    if (builtin)
        return load_tree(out, a, builtin->text, builtin->len, builtin->name, lim, up, NULL, err);
    char *buf;
    size_t blen, bcap;
    jx_error sub;
    int rc = jx__read_file(&buf, &blen, &bcap, path, lim, &sub);
    if (rc)
        return jx__fail_with(err, rc == JX_EIO ? JX_ENOTFOUND : rc, ext->source, ext->line,
                             ext->column, "extends", ((jx_text){sub.message, sub.message_zh}),
                             JX_M(E_EXTENDS_MISSING), ext->text, path);
    const char *src = jx_arena__strndup(a, path, strlen(path));
    rc = src ? load_tree(out, a, buf, blen, src, lim, up, NULL, err)
             : jx__fail(err, JX_ENOMEM, ext->source, 0, 0, "", JX_M(E_NOMEM));
    jx__free_buffer(lim->alloc, buf, bcap);
    return rc;
}

static int load_tree(jx_node **out, jx_arena *a, const char *data, size_t len, const char *source,
                     const jx_limits *lim, const chain *up, bool *named, jx_error *err)
{
    const chain here = {source, up};
    jx_node **docs;
    size_t ndocs;
    TRY(jx__yaml_parse(&docs, &ndocs, a, data, len, source, lim, err));
    if (ndocs == 0 || jx__is_null(docs[0]))
        return jx__fail(err, JX_ESYNTAX, source, 1, 1, "", JX_M(E_RULES_EMPTY));
    if (ndocs > 1)
        return jx__fail(err, JX_ESCHEMA, source, 1, 1, "", JX_M(E_RULES_DOCS), ndocs);
    jx_node *root = docs[0];
    TRY(jx__want(root, JX_NODE_MAP, "", err));
    if (named) /* a file that extends another without a name of its own is named by its label */
        JX_FOR_PAIRS(root, k, v) *named |= k->kind == JX_NODE_SCALAR && jx__streq(k->text, "name");
    JX_FOR_PAIRS(root, k, v)
    {
        if (k->kind == JX_NODE_SCALAR && jx__streq(k->text, "extends")) {
            jx_node *base;
            TRY(load_base(&base, a, v, lim, &here, err));
            root = jx__merge(a, base, root);
            if (!root)
                return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            break;
        }
    }
    *out = root;
    return JX_OK;
}

int jx_rules_load_buffer(jx_rules **out, const char *data, size_t len, const char *name,
                         const jx_load_options *opts, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    *out = NULL;
    if (!data || !name)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_DATA_NAME));
    jx_limits lim;
    TRY(jx__options(&lim, opts, err));
    jx_arena a;
    jx_arena__init(&a, lim.alloc);
    jx_rules tmp;
    memset(&tmp, 0, sizeof tmp);
    const char *label = jx_arena__strndup(&a, name, strlen(name));
    jx_node *root = NULL;
    bool named = false;
    int rc = label ? load_tree(&root, &a, data, len, label, &lim, NULL, &named, err)
                   : jx__fail(err, JX_ENOMEM, name, 0, 0, "", JX_M(E_NOMEM));
    if (rc == JX_OK)
        rc = build(&tmp, &a, root, label, err);
    if (rc == JX_OK && !named)
        tmp.name = label;
    if (rc == JX_OK) {
        tmp.text = jx_arena__strndup(&a, data, len);
        if (!tmp.text)
            rc = jx__fail(err, JX_ENOMEM, name, 0, 0, "", JX_M(E_NOMEM));
    }
    jx_rules *r = rc == JX_OK ? jx_arena__alloc(&a, sizeof *r) : NULL;
    if (!r) {
        if (rc == JX_OK)
            rc = jx__fail(err, JX_ENOMEM, name, 0, 0, "", JX_M(E_NOMEM));
        jx_arena__free(&a);
        return rc;
    }
    *r = tmp;
    r->arena = a;
    *out = r;
    return JX_OK;
}

int jx_rules_load_file(jx_rules **out, const char *path, const jx_load_options *opts, jx_error *err)
{
    if (out)
        *out = NULL;
    jx_file f;
    TRY(jx__file_open(&f, out, path, opts, err));
    int rc = jx_rules_load_buffer(out, f.text, f.len, path, opts, err);
    jx__file_done(&f);
    return rc;
}

/* A built-in by name, read under the caller's options (allocator, limits). */
static int builtin(jx_rules **out, const char *name, const jx_load_options *opts, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    *out = NULL;
    for (size_t i = 0; name && i < jx__nbuiltins; i++)
        if (jx__streq(jx__builtins[i].name, name))
            return jx_rules_load_buffer(out, jx__builtins[i].text, jx__builtins[i].len, name, opts,
                                        err);
    char known[160] = "";
    size_t used = 0;
    for (size_t i = 0; i < jx__nbuiltins && used < sizeof known - 40; i++)
        used += (size_t)snprintf(known + used, sizeof known - used, "%s%s", i ? ", " : "",
                                 jx__builtins[i].name);
    return jx__fail(err, JX_ENOTFOUND, "", 0, 0, "", JX_M(E_RULES_UNKNOWN), name ? name : "(null)",
                    known);
}

int jx_rules_builtin(jx_rules **out, const char *name, jx_error *err)
{
    return builtin(out, name, NULL, err);
}

int jx_rules_load(jx_rules **out, const char *name_or_path, const jx_load_options *opts,
                  jx_error *err)
{
    bool name = name_or_path && !strchr(name_or_path, '/') && !strchr(name_or_path, '.');
    for (size_t i = 0; name_or_path && i < jx__nbuiltins; i++)
        name |= jx__streq(jx__builtins[i].name, name_or_path);
    return name ? builtin(out, name_or_path, opts, err) /* a name, not a path: say so if unknown */
                : jx_rules_load_file(out, name_or_path, opts, err);
}

const char *jx_rules_name(const jx_rules *r) { return r ? r->name : ""; }
const char *jx_rules_source(const jx_rules *r) { return r ? r->text : ""; }

void jx_rules_free(jx_rules *r)
{
    if (r) {
        jx_arena a = r->arena;
        jx_arena__free(&a);
    }
}

const char *jx_builtin_name(size_t i) { return i < jx__nbuiltins ? jx__builtins[i].name : NULL; }
const char *jx_builtin_title(size_t i) { return i < jx__nbuiltins ? jx__builtins[i].title : NULL; }

int jx_rules_for_sheet(jx_rules **out, const jx_sheet *sheet, const char *fallback,
                       const jx_load_options *opts, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    *out = NULL;
    if (!sheet)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_SHEET_NULL));
    const char *name = sheet->rules ? sheet->rules : fallback ? fallback : "mof2020";
    char path[1024];
    const char *slash = strrchr(sheet->source, '/');
    bool is_path = strchr(name, '/') || strchr(name, '.');  /* else a built-in's name */
    if (sheet->rules && is_path && name[0] != '/' && slash) /* relative to the sheet */
        snprintf(path, sizeof path, "%.*s/%s", (int)(slash - sheet->source), sheet->source, name);
    else
        snprintf(path, sizeof path, "%s", name);
    jx_error sub;
    int rc = jx_rules_load(out, path, opts, &sub);
    if (rc == JX_OK)
        return JX_OK;
    if (!sheet->rules || sub.line) { /* the fallback's error, or one inside the rule file */
        if (err)
            *err = sub;
        return rc;
    }
    /* the rule file could not be had: said where the sheet names it, in sub's words */
    return jx__fail_with(err, rc, sheet->source, sheet->rules_pos.line, sheet->rules_pos.column,
                         "rules", ((jx_text){sub.message, sub.message_zh}), "%s", "%s", "");
}
