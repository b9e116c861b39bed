/*
 * explain.c - the derivation of each row and of the budget row, with the numbers substituted
 * ("197 < 199 → 10 × 197/199 = 9.90"), read from the trace the scoring core recorded: nothing is
 * scored here again.
 */
#include "expr.h"
#include "msg.h"

#include <stdio.h>
#include <string.h>

typedef struct sbuf {
    char *buf;
    size_t size, len;
    jx_lang lang;
} sbuf;

#define T(id) JX_T(s->lang, id)

static void put(sbuf *s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void put(sbuf *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = s->len < s->size ? s->size - s->len : 0;
    int n = vsnprintf(room ? s->buf + s->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        s->len += (size_t)n;
}

/* A number of the row in its (common) unit, e.g. "95%", "333113800元", "3". */
static char *fmt_qty(char *buf, int64_t v, const jx_val *like)
{
    static const char *const prefixes[] = {"", "", "", "千", "万", "十万", "百万", "千万", "亿"};
    char num[32];
    jx__fmt_micro(num, v);
    if (like->mag == -1 && jx__streq(like->unit, "%"))
        snprintf(buf, 64, "%s‰", num);
    else if (like->mag >= 0 && like->mag <= 8)
        snprintf(buf, 64, "%s%s%s", num, prefixes[like->mag], like->unit);
    else
        snprintf(buf, 64, "%s", num);
    return buf;
}

static char *fmt_date(char *buf, const jx_val *v, jx_lang lang)
{
    if (lang == JX_LANG_EN) { /* 2023-12-05; the end of a month as "end of 2023-12" */
        char ym[32];
        if (v->year)
            snprintf(ym, sizeof ym, "%d-%02d", v->year, v->month);
        else
            snprintf(ym, sizeof ym, "month %d", v->month);
        if (v->day)
            snprintf(buf, 64, "%s-%02d", ym, v->day);
        else
            snprintf(buf, 64, "end of %s", ym);
        return buf;
    }
    if (v->year)
        snprintf(buf, 64, "%d年%d月%s", v->year, v->month, v->day ? "" : "底");
    else
        snprintf(buf, 64, "%d月%s", v->month, v->day ? "" : "底");
    if (v->day)
        snprintf(buf + strlen(buf), 32, "%d日", v->day);
    return buf;
}

/* A credit as a decimal: exact to 6 places, else rounded and marked ≈. buf holds 40 bytes. */
static char *fmt_credit(char *buf, jx_i128 num, jx_i128 den)
{
    jx_i128 micro = (2 * num * JX_MICRO + den) / (2 * den);
    bool exact = micro * den == num * JX_MICRO;
    char digits[32];
    snprintf(buf, 40, "%s%s", exact ? "" : "≈", jx__fmt_micro(digits, (int64_t)micro));
    return buf;
}

static void explain_credit(sbuf *s, const jx_result *res, const jx_row *row, const jx_row_score *o)
{
    const jx_rules *r = res->rules_ref;
    const jx_trace *tr = &o->tr;
    char p[32], a[64], b[64], v[32], k[32];
    jx__fmt_hundredths(p, o->points);
    /* points without trailing zeros read better in a formula */
    jx__fmt_points(p, o->points);
    const char *sym = jx__op_symbol(row->op);
    fmt_qty(a, tr->a, &row->target);
    fmt_qty(b, tr->b, &row->target);
    if (row->op == JX_OP_DATE && tr->branch != 4) {
        if (tr->branch == 2)
            put(s, T(X_DATE_LATE), fmt_date(b, &row->actual, s->lang),
                fmt_date(a, &row->target, s->lang));
        else
            put(s, T(X_DATE_MET), fmt_date(b, &row->actual, s->lang),
                fmt_date(a, &row->target, s->lang));
        if (tr->clause == JX_CL_TIER) {
            jx__fmt_micro(k, r->tiers[tr->tier].credit);
            put(s, ": %s = %s → %s × %s", r->tiers[tr->tier].name, k, p, k);
        }
        put(s, " → %s", jx__fmt_hundredths(v, tr->raw));
        return;
    }
    switch (tr->clause) {
    case JX_CL_FULL:
        if (tr->branch == 0 && row->op == JX_OP_RANGE)
            put(s, T(X_IN_RANGE), b, row->target.text);
        else if (tr->branch == 0)
            put(s, T(X_MET), b, sym, a);
        else if (tr->branch == 3)
            put(s, T(X_ZERO_TARGET_FULL), b);
        else if (tr->branch == 2)
            put(s, T(X_OVER_FULL), b, a);
        else
            put(s, T(X_UNDER_FULL), b, a);
        put(s, " → %s", jx__fmt_hundredths(v, tr->raw));
        return;
    case JX_CL_ZERO:
        put(s, T(X_NO_POINTS), b, tr->branch == 1 ? "<" : ">", a, jx__fmt_hundredths(v, tr->raw));
        return;
    case JX_CL_NONNEG:
    case JX_CL_NONPOS: { /* the comparison as it came out: "actual 2次 > 0 → 0.00" */
        bool met = tr->credit_num > 0;
        put(s, T(X_ZERO_TARGET), b,
            tr->clause == JX_CL_NONNEG ? (met ? "≥" : "<") : (met ? "≤" : ">"),
            jx__fmt_hundredths(v, tr->raw));
        return;
    }
    case JX_CL_RATIO:
        put(s, "%s < %s → %s × %s/%s = %s", b, a, p, jx__fmt_micro(k, tr->b),
            jx__fmt_micro(v, tr->a), jx__fmt_hundredths((char[32]){0}, tr->raw));
        return;
    case JX_CL_INVERSE:
        put(s, "%s > %s → %s × %s/%s = %s", b, a, p, jx__fmt_micro(k, tr->a),
            jx__fmt_micro(v, tr->b), jx__fmt_hundredths((char[32]){0}, tr->raw));
        return;
    case JX_CL_LINEAR: {
        char rr[32], an[32], bn[32];
        jx__fmt_micro(rr, tr->cl->param);
        jx__fmt_micro(an, tr->a);
        jx__fmt_micro(bn, tr->b);
        put(s, "%s %s %s → %s × (%s − %s×%s)/(%s − %s×%s) = %s", b, tr->branch == 1 ? "<" : ">", a,
            p, bn, rr, an, an, rr, an, jx__fmt_hundredths(v, tr->raw));
        return;
    }
    case JX_CL_EXPR: {
        char an[32], bn[32];
        const jx_expr *e = tr->cl->data;
        put(s, T(X_EXPR), b,
            tr->branch == 0   ? sym
            : tr->branch == 1 ? "<"
            : tr->branch == 2 ? ">"
                              : T(X_VS),
            a, e->text, jx__fmt_micro(an, tr->a), jx__fmt_micro(bn, tr->b), p);
        put(s, " = %s", jx__fmt_hundredths(v, tr->raw));
        return;
    }
    case JX_CL_CURVE:
    case JX_CL_BANDS: {
        char an[32], bn[32];
        jx__fmt_micro(an, tr->a);
        jx__fmt_micro(bn, tr->b);
        fmt_credit(k, tr->credit_num, tr->credit_den);
        put(s, tr->clause == JX_CL_CURVE ? T(X_CURVE) : T(X_BANDS), b, tr->branch == 1 ? "<" : ">",
            a, tr->branch == 2 ? an : bn, tr->branch == 2 ? bn : an, k, p, k,
            jx__fmt_hundredths(v, tr->raw));
        return;
    }
    case JX_CL_TIER: break;
    }
    /* tiers, grades, words, ratios, manual scores */
    if (tr->manual) {
        const jx_tier *t = &r->tiers[tr->tier];
        char lo[32], hi[32];
        if (row->score > o->points) {
            put(s, T(X_MANUAL_OVER), jx__fmt_hundredths(v, row->score), p,
                jx__fmt_hundredths(lo, tr->raw));
            return;
        }
        put(s, (o->warn & JX_W_TIER) ? T(X_MANUAL_OUT) : T(X_MANUAL_IN),
            jx__fmt_hundredths(v, tr->raw), t->name,
            jx__fmt_hundredths(lo, (int64_t)((jx_i128)t->from * o->points / JX_MICRO)),
            jx__fmt_hundredths(hi, (int64_t)((jx_i128)t->to * o->points / JX_MICRO)),
            tr->tier == 0 ? "]" : ")");
        if (tr->grade >= 0 || tr->branch == 4 || tr->ratio_actual)
            put(s, T(X_NAMED_BY), row->actual.text);
        put(s, " → %s", jx__fmt_hundredths(v, tr->raw));
        return;
    }
    fmt_credit(k, tr->credit_num, tr->credit_den);
    if (tr->ratio_actual)
        put(s, T(X_RATIO_ACTUAL), row->actual.text);
    else if (tr->grade >= 0)
        put(s, T(X_SCALE), row->actual.text, r->scales[tr->scale].name, k);
    else if (tr->branch == 4)
        put(s, T(X_READS_AS), row->actual.text, r->tiers[tr->tier].name, k);
    else if (tr->tier >= 0)
        put(s, T(X_TIER), r->tiers[tr->tier].name, k);
    put(s, "%s × %s = %s", p, k, jx__fmt_hundredths(v, tr->raw));
}

/* The budget row: the rate over its base, then the clause the core applied, its credit read from
 * the trace. */
static void explain_budget(sbuf *s, const jx_result *res)
{
    const jx_budget *bu = &res->budget;
    const jx_budget_trace *tr = &res->budget_tr;
    const jx_rules *r = res->rules_ref;
    char x[48], y[48], z[48], rate[32], score[32];
    if (tr->base == 0) {
        put(s, "%s", tr->initial ? T(X_INITIAL_ZERO) : T(X_FULL_YEAR_ZERO));
        return;
    }
    jx__fmt_points(z, bu->points);
    jx__fmt_hundredths(rate, bu->rate);
    jx__fmt_hundredths(score, bu->score);
    put(s, T(X_RATE), jx__fmt_money(x, bu->executed), jx__fmt_money(y, tr->base), rate);
    const jx_clause *cl = &r->budget_score;
    if (cl->kind == JX_CL_RATIO) {
        char cap[32];
        jx__fmt_micro(cap, r->budget_cap * 100);
        put(s, T(X_BUDGET_CAP), z, rate, cap, score);
        return;
    }
    if (cl->kind == JX_CL_EXPR) {
        put(s, T(X_BUDGET_EXPR), ((const jx_expr *)cl->data)->text, rate, z);
    } else {
        char k[40];
        fmt_credit(k, tr->credit_num, tr->credit_den);
        put(s,
            cl->kind == JX_CL_CURVE   ? T(X_BUDGET_CURVE)
            : cl->kind == JX_CL_BANDS ? T(X_BUDGET_BANDS)
                                      : T(X_BUDGET_CLAUSE),
            k, z, k);
    }
    put(s, " = %s", score);
}

/* Row i: what was assumed, the clause applied with its numbers, deductions, a differing claim. */
static void explain_row(sbuf *s, const jx_result *res, size_t i)
{
    const jx_row *row = &res->sheet->rows[i];
    const jx_row_score *o = &res->rows[i];
    char x[48], y[48], z[48];
    if (o->status == JX_STATUS_PENDING) {
        put(s, "%s", T(X_PENDING));
        return;
    }
    if (o->warn & JX_W_NEGATIVE)
        put(s, T(X_NEGATIVE), row->actual.text);
    const char *const assumed[] = {
        [JX_WHY_DEFAULT] = T(X_WHY_DEFAULT),   [JX_WHY_COST] = T(X_WHY_COST),
        [JX_WHY_ZERO] = T(X_WHY_ZERO),         [JX_WHY_EVENT] = T(X_WHY_EVENT),
        [JX_WHY_RESPONSE] = T(X_WHY_RESPONSE),
    };
    if (row->op_why != JX_WHY_WRITTEN)
        put(s, T(X_ASSUMED), assumed[row->op_why]);
    explain_credit(s, res, row, o);
    if (o->deducted || row->has_deduct)
        put(s, " − %s (%s) = %s", jx__fmt_hundredths(x, o->deducted), row->deduct_reason,
            jx__fmt_hundredths(y, o->score));
    if (o->warn & JX_W_CLAIM)
        put(s, T(X_PRINTED), jx__fmt_hundredths(z, row->score));
}

/* The shape every explanation call shares: check, write into buf, report the length needed. */
static int explain(char *buf, size_t size, size_t *needed, const jx_result *res, size_t i,
                   bool budget, jx_lang lang)
{
    if (needed)
        *needed = 0;
    if (!res || (size && !buf))
        return JX_EUSAGE;
    if (size)
        buf[0] = '\0';
    if (budget ? !res->budget.has_budget : i >= res->nrows)
        return JX_ENOTFOUND;
    sbuf s = {buf, size, 0, lang};
    if (budget)
        explain_budget(&s, res);
    else
        explain_row(&s, res, i);
    if (needed)
        *needed = s.len;
    return JX_OK;
}

int jx_result_explain(char *buf, size_t size, size_t *needed, const jx_result *res, size_t i)
{
    return explain(buf, size, needed, res, i, false, JX_LANG_EN);
}

int jx_result_explain_budget(char *buf, size_t size, size_t *needed, const jx_result *res)
{
    return explain(buf, size, needed, res, 0, true, JX_LANG_EN);
}

int jx_result_explain_lang(char *buf, size_t size, size_t *needed, const jx_result *res, size_t i,
                           jx_lang lang)
{
    return explain(buf, size, needed, res, i, false, lang);
}

int jx_result_explain_budget_lang(char *buf, size_t size, size_t *needed, const jx_result *res,
                                  jx_lang lang)
{
    return explain(buf, size, needed, res, 0, true, lang);
}
