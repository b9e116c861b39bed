/*
 * batch.c - scoring in bulk: many sheets in one call, and columns of pre-parsed rows.
 *
 * jx_score_columns is the hot loop for hosts that hold rows already: it shares the row core
 * (jx__quant) with jx_score, so both give the same scores, and adds fast paths that need no 128-bit
 * division: a met target is the full points, and a proportional credit whose products fit 64 bits
 * is rounded with 64-bit integers. No allocation, no I/O, no strings.
 */
#include "internal.h"

int jx_score_batch(jx_result **out, size_t *failed, const jx_rules *rules,
                   const jx_sheet *const *sheets, size_t n, jx_error *err)
{
    if (!out || !rules || (!sheets && n))
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_OUT_RULES_SHEETS));
    for (size_t i = 0; i < n; i++) {
        int rc = jx_score(&out[i], rules, sheets[i], err);
        if (rc) {
            if (failed)
                *failed = i;
            return rc;
        }
    }
    return JX_OK;
}

/* floor(n / d) for 0 <= n < 2^62, 0 < d < 2^62: a double's quotient, corrected to the exact one
 * (a hardware 64-bit division costs several times more). */
static inline int64_t quot(int64_t n, int64_t d)
{
    int64_t q = (int64_t)((double)n / (double)d);
    while (q > 0 && q * d > n) /* the estimate is off by at most a few units */
        q--;
    while ((q + 1) * d <= n)
        q++;
    return q;
}

/* round(points × num / den) in hundredths per the rule set, in 64 bits when it fits. */
static int64_t round_credit(const jx_rules *r, int64_t points, jx_i128 num, jx_i128 den)
{
    if (num == den)
        return points;
    if (num == 0)
        return 0;
    if (r->decimals == 2 && !r->round_down && den < ((int64_t)1 << 40) &&
        num < ((int64_t)1 << 40) && points <= 100000) {
        int64_t d = (int64_t)den; /* 2·p·num + d < 2^62 */
        return quot(2 * points * (int64_t)num + d, 2 * d);
    }
    return jx__round(r, (jx_i128)points * num, den);
}

/* b ≥ over_ratio × a, in 64 bits when the products fit. */
static inline bool over(const jx_rules *r, int64_t a, int64_t b)
{
    if (b < ((int64_t)1 << 40) && a < ((int64_t)1 << 40) && r->over_ratio < ((int64_t)1 << 22))
        return b * JX_MICRO >= r->over_ratio * a;
    return (jx_i128)b * JX_MICRO >= (jx_i128)r->over_ratio * a;
}

/* The clauses the common rows meet, scored inline; -1 for anything else (formulas, curves, ...). */
static inline int64_t simple_credit(const jx_clause *cl, int64_t a, int64_t b, int64_t *num,
                                    int64_t *den)
{
    switch (cl->kind) {
    case JX_CL_FULL: *num = *den = 1; return 0;
    case JX_CL_ZERO:
        *num = 0;
        *den = 1;
        return 0;
    case JX_CL_RATIO:
        *num = b < a ? b : a;
        *den = a;
        return 0;
    case JX_CL_INVERSE:
        *num = b > 0 ? (a < b ? a : b) : 1;
        *den = b > 0 ? b : 1;
        return 0;
    default: return -1;
    }
}

static int64_t date_key(int64_t ymd)
{
    return ymd % 100 ? ymd : ymd + 31; /* day 0: the month's end */
}

/* floor(n / d) for 0 <= n < 2^59, 0 < d < 2^42 with a quotient under 2^20: the double's estimate
 * is then off by at most one either way, corrected without a jump. */
static inline int64_t quot_small(int64_t n, int64_t d)
{
    int64_t q = (int64_t)((double)n / (double)d);
    q -= q * d > n;
    q += (q + 1) * d <= n;
    return q;
}

/* The clause kind of each of ≥ ≤ = on each branch (met, under, over) when all are the keyword
 * clauses a row can be scored by without a call (full, zero, ratio, inverse) and rounding is to
 * hundredths, half up; false otherwise. */
static bool plain_rules(unsigned char code[3][3], const jx_rules *r)
{
    const jx_opclauses *c[3] = {&r->ge, &r->le, &r->eq};
    bool plain = r->decimals == 2 && !r->round_down;
    for (int k = 0; k < 3; k++) {
        const jx_clause *cl[3] = {&c[k]->met, &c[k]->under, &c[k]->over};
        for (int b = 0; b < 3; b++) {
            code[k][b] = (unsigned char)cl[b]->kind;
            plain &= cl[b]->kind == JX_CL_FULL || cl[b]->kind == JX_CL_ZERO ||
                     cl[b]->kind == JX_CL_RATIO || cl[b]->kind == JX_CL_INVERSE;
        }
    }
    return plain;
}

/* A ≥ ≤ = row with a positive target, or a 定性 row, under plain rules: its credit chosen without
 * a jump a random mix of rows would mispredict, then rounded in 64 bits; its status into *st
 * unless st is NULL. False when its numbers are too large for that (the row goes the general
 * way). The same score and status as below. */
static inline bool plain_row(int64_t *score, jx_status *st, const jx_rules *r,
                             const unsigned char code[3][3], unsigned kind, int64_t a, int64_t b,
                             int64_t p)
{
    static const jx_op ops[] = {JX_OP_GE, JX_OP_LE, JX_OP_EQ};
    bool qual = kind == JX_ROW_QUAL;
    if (p < 0 || p > 100000 || (qual ? b > JX_MICRO : kind > JX_ROW_EQ || a <= 0))
        return false;
    unsigned k = qual ? 0 : kind;
    int branch = b == a ? 0 : b < a ? (kind == JX_ROW_LE ? 0 : 1) : (kind == JX_ROW_GE ? 0 : 2);
    int cl = code[k][branch];
    int64_t lo = b < a ? b : a;
    int64_t num = cl == JX_CL_FULL    ? 1
                  : cl == JX_CL_ZERO  ? 0
                  : cl == JX_CL_RATIO ? lo
                  : b > 0             ? lo
                                      : 1;
    int64_t den = cl == JX_CL_FULL || cl == JX_CL_ZERO ? 1 : cl == JX_CL_RATIO ? a : b > 0 ? b : 1;
    if (qual) {
        num = b;
        den = JX_MICRO;
    }
    if (num >= ((int64_t)1 << 40) || den >= ((int64_t)1 << 40) || num > den)
        return false;
    *score = quot_small(2 * p * num + den, 2 * den); /* num <= den: at most p + 1 */
    if (!st)                                         /* the caller wants no status */
        return true;
    if (qual) {
        *st = JX_STATUS_QUAL;
        return true;
    }
    static const jx_branch branches[] = {JX_BR_MET, JX_BR_UNDER, JX_BR_OVER};
    *st = jx__status(branches[branch], num, den, ops[kind]);
    if (kind != JX_ROW_LE && *st == JX_STATUS_MET && over(r, a, b))
        *st = JX_STATUS_OVER;
    return true;
}

int jx_score_columns(int64_t *score, uint8_t *status, const jx_rules *r, const jx_columns *rows,
                     jx_error *err)
{
    if (!score || !r || !rows ||
        (rows->count && (!rows->kind || !rows->target || !rows->actual || !rows->points)))
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_SCORE_RULES_COLUMNS));
    static const jx_op ops[] = {JX_OP_GE, JX_OP_LE, JX_OP_EQ, JX_OP_RANGE};
    unsigned char code[3][3];
    bool plain = plain_rules(code, r);
    for (size_t i = 0; i < rows->count; i++) {
        int64_t a = rows->target[i], b = rows->actual[i], p = rows->points[i];
        unsigned kind = rows->kind[i];
        if (b < 0)
            b = 0;
        jx_status st;
        int64_t num, den;
        if (plain && plain_row(&score[i], status ? &st : NULL, r, code, kind, a, b, p)) {
            if (status)
                status[i] = (uint8_t)st;
            continue;
        }
        if (kind <= JX_ROW_EQ && a > 0) {
            /* ≥ ≤ = with a positive target: the branch and a keyword clause, inline */
            jx_branch branch = b == a  ? JX_BR_MET
                               : b < a ? (kind == JX_ROW_LE ? JX_BR_MET : JX_BR_UNDER)
                                       : (kind == JX_ROW_GE ? JX_BR_MET : JX_BR_OVER);
            const jx_opclauses *c = kind == JX_ROW_GE   ? &r->ge
                                    : kind == JX_ROW_LE ? &r->le
                                                        : &r->eq;
            const jx_clause *cl = branch == JX_BR_MET     ? &c->met
                                  : branch == JX_BR_UNDER ? &c->under
                                                          : &c->over;
            if (simple_credit(cl, a, b, &num, &den) != 0)
                goto general;
            score[i] = round_credit(r, p, num, den);
            st = jx__status(branch, num, den, ops[kind]);
            if (kind != JX_ROW_LE && st == JX_STATUS_MET && over(r, a, b))
                st = JX_STATUS_OVER;
        } else if (kind <= JX_ROW_RANGE) {
        general:;
            jx_trace tr;
            tr.tier = -1;
            jx_text why = JX_TEXT(R_RANGE_HIGH);
            int64_t hi = rows->high ? rows->high[i] : a;
            if (kind > JX_ROW_RANGE || (kind == JX_ROW_RANGE && !rows->high) ||
                jx__quant(&tr, r, ops[kind], a, b, hi, p, &why) != JX_OK)
                return jx__fail_with(err, JX_EVALUE, "columns", i + 1, 0, "", why,
                                     JX_M(E_ROW_UNSCORABLE), i);
            score[i] = round_credit(r, p, tr.credit_num, tr.credit_den);
            st = jx__status(tr.branch, tr.credit_num, tr.credit_den, ops[kind]);
            if ((kind == JX_ROW_GE || kind == JX_ROW_EQ) && st == JX_STATUS_MET && tr.a > 0 &&
                (jx_i128)b * JX_MICRO >= (jx_i128)r->over_ratio * tr.a)
                st = JX_STATUS_OVER;
        } else if (kind == JX_ROW_DATE) {
            const jx_clause *cl = date_key(b) > date_key(a) ? &r->date.over : &r->date.met;
            num = cl->kind == JX_CL_FULL   ? 1
                  : cl->kind == JX_CL_TIER ? r->tiers[cl->param].credit
                                           : 0;
            den = cl->kind == JX_CL_TIER ? JX_MICRO : 1;
            score[i] = round_credit(r, p, num, den);
            st = num == den ? JX_STATUS_MET : num ? JX_STATUS_SHORT : JX_STATUS_ZERO;
        } else if (kind == JX_ROW_QUAL) {
            if (b > JX_MICRO)
                return jx__fail(err, JX_EVALUE, "columns", i + 1, 0, "", JX_M(E_ROW_QUAL_CREDIT),
                                i);
            score[i] = round_credit(r, p, b, JX_MICRO);
            st = JX_STATUS_QUAL;
        } else {
            return jx__fail(err, JX_EVALUE, "columns", i + 1, 0, "", JX_M(E_ROW_KIND), i, kind);
        }
        if (status)
            status[i] = (uint8_t)st;
    }
    return JX_OK;
}
