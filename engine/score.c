/*
 * score.c - the scoring core: pure arithmetic on validated rows.
 *
 * No I/O, no allocation, no globals. Every credit is an exact fraction num/den of the row's points
 * in 128-bit integers; the only rounding is jx__round, once per row, in decimal. A trace records
 * how the score came about, so an explanation can be written later without recomputing anything.
 */
#include "expr.h"

#include <string.h>

int64_t jx__round(const jx_rules *r, jx_i128 num, jx_i128 den)
{
    jx_i128 unit = r->decimals == 0 ? 100 : r->decimals == 1 ? 10 : 1;
    den *= unit;
    const jx_i128 fits = (jx_i128)1 << 61; /* 2·num + den < 2^63: the same quotient in 64 bits */
    if (num < fits && den < fits) {
        int64_t n = (int64_t)num, d = (int64_t)den;
        return (r->round_down ? n / d : (2 * n + d) / (2 * d)) * (int64_t)unit;
    }
    jx_i128 q = r->round_down ? num / den : (2 * num + den) / (2 * den);
    return (int64_t)(q * unit);
}

int jx__level_of(const jx_rules *r, const char *level1)
{
    if (!level1 || !level1[0])
        return -1;
    for (size_t i = 0; i < r->nlevels; i++)
        for (size_t j = 0; j < r->levels[i].nmatch; j++)
            if (strstr(level1, r->levels[i].match[j]))
                return (int)i;
    return -1;
}

/* The tier a credit (micro) falls in: from <= credit < to, the top tier including its `to`. */
static int tier_of(const jx_rules *r, int64_t credit)
{
    for (size_t i = 0; i < r->ntiers; i++)
        if (credit >= r->tiers[i].from && (credit < r->tiers[i].to || i == 0))
            return (int)i;
    return (int)r->ntiers - 1;
}

/* Whether a 定性 target names a grade scale rather than a result: the scale's name, or its first
 * two grades run together ("优良中低差", "优良" under mof2020's scale 优良中低差). An actual that
 * repeats such a target is read as a grade, not as the target met. */
static bool names_scale(const jx_rules *r, const char *target)
{
    for (size_t i = 0; i < r->nscales; i++) {
        const jx_scale *sc = &r->scales[i];
        if (strstr(target, sc->name))
            return true;
        if (sc->n < 2)
            continue;
        size_t n0 = strlen(sc->words[0]), n1 = strlen(sc->words[1]);
        for (const char *p = strstr(target, sc->words[0]); p; p = strstr(p + 1, sc->words[0]))
            if (strncmp(p + n0, sc->words[1], n1) == 0)
                return true;
    }
    return false;
}

/* Reads a text actual as a tier word or a grade of a scale; prefers the scale the row names. */
static bool read_words(jx_trace *tr, int64_t *credit, const jx_rules *r, const jx_row *row)
{
    const char *text = row->actual.text;
    if (row->target.kind == JX_V_TEXT && jx__streq(text, row->target.text) &&
        !(row->op == JX_OP_QUAL && names_scale(r, row->target.text))) {
        tr->tier = 0;
        *credit = r->tiers[0].credit;
        return true;
    }
    for (size_t i = 0; i < r->ntiers; i++) {
        if (jx__streq(text, r->tiers[i].name))
            goto tier;
        for (size_t j = 0; j < r->tiers[i].nwords; j++)
            if (jx__streq(text, r->tiers[i].words[j]))
                goto tier;
        continue;
    tier:
        tr->tier = (int)i;
        *credit = r->tiers[i].credit;
        return true;
    }
    int found_scale = -1, found_grade = -1;
    for (size_t i = 0; i < r->nscales; i++) {
        const jx_scale *s = &r->scales[i];
        for (size_t j = 0; j < s->n; j++) {
            if (!jx__streq(text, s->words[j]))
                continue;
            bool named = jx__streq(row->target.text, s->name) || jx__streq(row->unit, s->name);
            if (found_scale < 0 || named) {
                found_scale = (int)i;
                found_grade = (int)j;
            }
        }
    }
    if (found_scale < 0)
        return false;
    tr->scale = found_scale;
    tr->grade = found_grade;
    *credit = r->scales[found_scale].credit[found_grade];
    tr->tier = tier_of(r, *credit);
    return true;
}

/* The rationals a formula or curve sees: A, B and the range ends in their unit, p from hundredths,
 * and the completion ratio (B/A below the target, A/B above it). */
static void vars_of(jx_q vars[JX_NVARS], const jx_operands *o)
{
    vars[JX_VAR_A] = jx__q(o->a, o->scale);
    vars[JX_VAR_B] = jx__q(o->b, o->scale);
    vars[JX_VAR_P] = jx__q(o->points, 100);
    vars[JX_VAR_LOW] = jx__q(o->lo, o->scale);
    vars[JX_VAR_HIGH] = jx__q(o->hi, o->scale);
    if (o->branch == JX_BR_OVER)
        vars[JX_VAR_RATE] = o->b > 0 ? jx__q(o->a, o->b) : jx__q(1, 1);
    else
        vars[JX_VAR_RATE] = o->a > 0 ? jx__q(o->b, o->a) : jx__q(1, 1);
}

int jx__clause_credit(jx_i128 *num_out, jx_i128 *den_out, const jx_rules *r, const jx_clause *cl,
                      const jx_operands *op, jx_text *why)
{
    /* the keywords work on the integers as they are; rationals only for formulas and curves */
    jx_i128 num = 1, den = 1, a = op->a, b = op->b;
    jx_q vars[JX_NVARS], q;
    switch (cl->kind) {
    case JX_CL_FULL: break;
    case JX_CL_ZERO: num = 0; break;
    case JX_CL_RATIO: /* B / A */
        if (a > 0) {
            num = b;
            den = a;
        }
        break;
    case JX_CL_INVERSE: /* A / B */
        if (b > 0) {
            num = a;
            den = b;
        }
        break;
    case JX_CL_LINEAR: /* (B - R·A) / (A - R·A) */
        num = b * JX_MICRO - cl->param * a;
        den = a * JX_MICRO - cl->param * a;
        if (den < 0) {
            num = -num;
            den = -den;
        }
        if (den == 0)
            num = den = 1;
        break;
    case JX_CL_TIER:
        num = r->tiers[cl->param].credit;
        den = JX_MICRO;
        break;
    case JX_CL_NONNEG: num = b >= 0; break;
    case JX_CL_NONPOS: num = b <= 0; break;
    case JX_CL_EXPR: /* points, as a fraction of p */
        vars_of(vars, op);
        if (jx__expr_eval(&q, cl->data, vars, why))
            return JX_EVALUE;
        if (__builtin_mul_overflow(q.n, 100, &num) ||
            __builtin_mul_overflow(q.d, op->points ? op->points : 1, &den)) {
            *why = JX_TEXT(R_RESULT_LARGE);
            return JX_EVALUE;
        }
        if (op->points == 0)
            num = 0;
        break;
    case JX_CL_CURVE:
    case JX_CL_BANDS:
        vars_of(vars, op);
        if (cl->kind == JX_CL_BANDS)
            q = jx__bands_eval(cl->data, vars[JX_VAR_RATE]);
        else if (jx__curve_eval(&q, cl->data, vars[JX_VAR_RATE])) {
            *why = JX_TEXT(R_CURVE_LARGE);
            return JX_EVALUE;
        }
        num = q.n;
        den = q.d;
        break;
    }
    if (num < 0)
        num = 0;
    if (num > den)
        num = den;
    *num_out = num;
    *den_out = den;
    return JX_OK;
}

/* The credit of a row's clause into the trace. */
static int apply(jx_trace *tr, const jx_rules *r, const jx_clause *cl, const jx_operands *op,
                 jx_text *why)
{
    tr->clause = cl->kind;
    if (cl->kind == JX_CL_TIER)
        tr->tier = (int)cl->param;
    tr->cl = cl;
    return jx__clause_credit(&tr->credit_num, &tr->credit_den, r, cl, op, why);
}

static int64_t date_key(int y, int m, int d)
{
    return (int64_t)y * 10000 + (int64_t)m * 100 + (d ? d : 31);
}

/* The branch of a quantitative row: where the actual b fell against the target a (a range: a..hi).
 */
static jx_branch branch_of(jx_op kind, int64_t a, int64_t b, int64_t hi)
{
    if (kind == JX_OP_RANGE)
        return b < a ? JX_BR_UNDER : b > hi ? JX_BR_OVER : JX_BR_MET;
    if (a == 0)
        return JX_BR_ZERO;
    if (b == a)
        return JX_BR_MET;
    if (b < a)
        return kind == JX_OP_LE ? JX_BR_MET : JX_BR_UNDER;
    return kind == JX_OP_GE ? JX_BR_MET : JX_BR_OVER;
}

int jx__quant(jx_trace *tr, const jx_rules *r, jx_op kind, int64_t a, int64_t b, int64_t hi,
              int64_t points, jx_text *why)
{
    const jx_opclauses *c = kind == JX_OP_GE   ? &r->ge
                            : kind == JX_OP_LE ? &r->le
                            : kind == JX_OP_EQ ? &r->eq
                                               : &r->range;
    int64_t lo = a;
    tr->branch = branch_of(kind, a, b, hi);
    if (kind == JX_OP_RANGE && tr->branch == JX_BR_OVER)
        a = hi; /* above a range: measured against its high end */
    tr->a = a;
    tr->b = b;
    const jx_clause *cl = tr->branch == JX_BR_MET     ? &c->met
                          : tr->branch == JX_BR_UNDER ? &c->under
                          : tr->branch == JX_BR_OVER  ? &c->over
                                                      : &c->zero;
    if (a < 0 && cl->kind != JX_CL_FULL && cl->kind != JX_CL_ZERO && cl->kind != JX_CL_TIER &&
        cl->kind != JX_CL_NONNEG && cl->kind != JX_CL_NONPOS && cl->kind != JX_CL_EXPR) {
        *why = JX_TEXT(R_NEGATIVE_TARGET);
        return JX_EVALUE;
    }
    jx_operands op = {a, b, lo, kind == JX_OP_RANGE ? hi : a, points, tr->branch, JX_MICRO};
    return apply(tr, r, cl, &op, why);
}

/* ≥ ≤ = and ranges: a clause of the row's op, then the checks on how far the actual is off. */
static int score_quant(jx_row_score *o, const jx_rules *r, const jx_row *row, int64_t points,
                       jx_text *why)
{
    jx_trace *tr = &o->tr;
    int64_t a = row->target.num, b = row->actual.num;
    if (b < 0) {
        o->warn |= JX_W_NEGATIVE;
        b = 0;
    }
    if (jx__quant(tr, r, row->op, a, b, row->target.hi, points, why))
        return JX_EVALUE;
    a = tr->a;
    o->status = jx__status(tr->branch, tr->credit_num, tr->credit_den, row->op);
    if ((row->op == JX_OP_GE || row->op == JX_OP_EQ) && a > 0 &&
        (jx_i128)b * JX_MICRO >= (jx_i128)r->over_ratio * a) {
        if (o->status == JX_STATUS_MET)
            o->status = JX_STATUS_OVER;
        if (!row->reason[0])
            o->warn |= JX_W_OVER;
    }
    if (b > 0 && b <= r->ratio_actual_max && a >= r->ratio_target_min)
        o->warn |= JX_W_RATIO;
    else if (row->mag_shift)
        o->warn |= JX_W_MAGNITUDE;
    return JX_OK;
}

/* A deadline: met on or before it, the clause `over` when late. */
static int score_date(jx_row_score *o, const jx_rules *r, const jx_row *row, int64_t points,
                      jx_text *why)
{
    jx_trace *tr = &o->tr;
    const jx_val *a = &row->target, *b = &row->actual;
    int ya = a->year, yb = b->year;
    if (!ya || !yb)
        ya = yb = 0;
    bool late = date_key(yb, b->month, b->day) > date_key(ya, a->month, a->day);
    tr->branch = late ? JX_BR_OVER : JX_BR_MET;
    jx_operands op = {0, 0, 0, 0, points, tr->branch, JX_MICRO};
    if (apply(tr, r, late ? &r->date.over : &r->date.met, &op, why))
        return JX_EVALUE;
    bool full = tr->credit_num == tr->credit_den;
    o->status = full ? JX_STATUS_MET : tr->credit_num ? JX_STATUS_SHORT : JX_STATUS_ZERO;
    return JX_OK;
}

/* A 定性 actual written as a completion ratio: 0.8, or 80% (capped at 1); -1 when it is not one. */
static int64_t ratio_of(const jx_val *b)
{
    if (b->kind != JX_V_NUM || b->num < 0)
        return -1;
    if (!b->unit[0] && b->mag == 0)
        return b->num <= JX_MICRO ? b->num : -1;
    if (!jx__streq(b->unit, "%"))
        return -1;
    int64_t credit = b->num / (b->mag == -1 ? 1000 : 100); /* 95% -> 0.95, 5‰ -> 0.005 */
    return credit < JX_MICRO ? credit : JX_MICRO;
}

/* An actual in words (a tier, a grade of a scale) or a 定性 number (a completion ratio): the
 * credit in micro-units into *credit, -1 when only the evaluator's score (manual) can say. */
static int score_qual(jx_row_score *o, int64_t *credit, const jx_rules *r, const jx_row *row,
                      bool manual, jx_text *why)
{
    jx_trace *tr = &o->tr;
    if (row->actual.kind == JX_V_TEXT || row->actual.kind == JX_V_NONE) {
        tr->branch = JX_BR_WORDS;
        if (row->actual.kind == JX_V_NONE || read_words(tr, credit, r, row) || manual)
            return JX_OK;
        if (row->op == JX_OP_QUAL)
            *why = JX_TEXT(R_QUAL_ACTUAL);
        else if (row->op == JX_OP_DATE)
            *why = JX_TEXT(R_DATE_ACTUAL);
        else
            *why = JX_TEXT(R_NOT_NUMBER_OR_TIER);
        return JX_EVALUE;
    }
    tr->branch = JX_BR_QUAL;
    int64_t ratio = ratio_of(&row->actual);
    if (ratio < 0) {
        if (manual)
            return JX_OK;
        *why = JX_TEXT(R_QUAL_RATIO);
        return JX_EVALUE;
    }
    *credit = ratio;
    tr->ratio_actual = true;
    tr->tier = tier_of(r, ratio);
    if (!row->actual.unit[0])
        o->warn |= JX_W_RATIO; /* a bare 0.8 where a word was expected */
    return JX_OK;
}

/* The evaluator's score of a 定性 row stands, capped at the points, and is checked against the
 * tier its words name (or, when they name none, the tier it falls in). */
static void manual_score(jx_row_score *o, const jx_rules *r, const jx_row *row, int64_t points)
{
    jx_trace *tr = &o->tr;
    tr->manual = true;
    int64_t given = row->score;
    if (given > points) {
        o->warn |= JX_W_TIER;
        given = points;
    }
    if (tr->tier >= 0) {
        /* exact check on the bounds: from*p <= s < to*p (top tier: s <= p) */
        const jx_tier *k = &r->tiers[tr->tier];
        jx_i128 s = (jx_i128)row->score * JX_MICRO;
        bool in = s >= (jx_i128)k->from * points &&
                  (tr->tier == 0 ? s <= (jx_i128)k->to * points : s < (jx_i128)k->to * points);
        if (!in)
            o->warn |= JX_W_TIER;
    } else {
        tr->tier = tier_of(r, points ? (int64_t)((jx_i128)row->score * JX_MICRO / points) : 0);
    }
    tr->credit_num = given;
    tr->credit_den = points ? points : 1;
    tr->raw = given;
    o->status = JX_STATUS_QUAL;
}

/* Flags that the row itself raises, whatever its actual: an assumed op, a conflict of signs, a
 * 度量单位 that holds a scale's name. */
static unsigned row_flags(const jx_rules *r, const jx_row *row)
{
    unsigned warn = 0;
    if (row->op_why != JX_WHY_WRITTEN)
        warn |= JX_W_ASSUMED;
    if (row->conflict != JX_OP_NONE)
        warn |= JX_W_CONFLICT;
    if (row->op == JX_OP_QUAL && row->unit[0])
        for (size_t i = 0; i < r->nscales; i++)
            if (strncmp(r->scales[i].name, row->unit, strlen(row->unit)) == 0)
                warn |= JX_W_SWAPPED;
    return warn;
}

/* After the credit: the score rounded once, deductions, and the flags on a missing reason or a
 * printed score that differs. */
static void finish_row(jx_row_score *o, const jx_rules *r, const jx_row *row, bool manual)
{
    jx_trace *tr = &o->tr;
    if (!manual)
        tr->raw = jx__round(r, (jx_i128)o->points * tr->credit_num, tr->credit_den);
    if (row->op == JX_OP_QUAL)
        o->status = JX_STATUS_QUAL;
    if (tr->tier > 0 && row->op == JX_OP_QUAL && !row->reason[0])
        o->warn |= JX_W_SHORT;
    if ((o->status == JX_STATUS_SHORT || o->status == JX_STATUS_ZERO) && !row->reason[0])
        o->warn |= JX_W_SHORT;
    o->score = tr->raw;
    if (row->has_deduct) {
        o->deducted = row->deduct < o->score ? row->deduct : o->score;
        o->score -= o->deducted;
    }
    if (row->has_score && !manual && row->score != o->score)
        o->warn |= JX_W_CLAIM;
}

int jx__score_row(jx_row_score *o, const jx_rules *r, const jx_row *row, int64_t points,
                  jx_text *why, const char **why_field)
{
    memset(o, 0, sizeof *o);
    o->points = points;
    jx_trace *tr = &o->tr;
    tr->tier = tr->scale = tr->grade = -1;
    tr->credit_den = 1;
    *why_field = "actual";
    o->warn = row_flags(r, row);
    bool manual = row->op == JX_OP_QUAL && row->has_score;
    if (row->actual.kind == JX_V_NONE && !manual) {
        o->status = JX_STATUS_PENDING;
        o->warn |= JX_W_PENDING;
        tr->branch = JX_BR_PENDING;
        return JX_OK;
    }
    int64_t credit = -1; /* micro, when read from words or a ratio */
    bool qual =
        row->actual.kind == JX_V_TEXT || row->actual.kind == JX_V_NONE || row->op == JX_OP_QUAL;
    int rc = qual                    ? score_qual(o, &credit, r, row, manual, why)
             : row->op == JX_OP_DATE ? score_date(o, r, row, points, why)
                                     : score_quant(o, r, row, points, why);
    if (rc)
        return rc;
    if (credit >= 0) { /* words or ratio */
        tr->clause = JX_CL_TIER;
        tr->credit_num = credit;
        tr->credit_den = JX_MICRO;
        o->status = row->op == JX_OP_QUAL ? JX_STATUS_QUAL
                    : credit == JX_MICRO  ? JX_STATUS_MET
                    : credit == 0         ? JX_STATUS_ZERO
                                          : JX_STATUS_SHORT;
    }
    if (manual) {
        *why_field = "score";
        manual_score(o, r, row, points);
    }
    finish_row(o, r, row, manual);
    return JX_OK;
}

int jx__score_budget(jx_budget *o, jx_budget_trace *tr, const jx_rules *r, const jx_sheet *s,
                     jx_text *why)
{
    memset(o, 0, sizeof *o);
    memset(tr, 0, sizeof *tr);
    o->has_budget = true;
    o->initial = s->initial;
    o->full_year = s->full_year;
    o->executed = s->executed;
    o->points = s->budget_has_points ? s->budget_points : r->budget_points;
    o->has_initial = s->has_initial;
    o->has_full_year = s->has_full_year;
    tr->initial = r->budget_initial ? s->has_initial : !s->has_full_year;
    tr->base = tr->initial ? s->initial : s->full_year;
    tr->credit_den = 1;
    if (tr->base == 0)
        return JX_OK; /* scores 0 */
    int64_t base = tr->base;
    o->rate = (int64_t)(((jx_i128)s->executed * 20000 + base) / (2 * (jx_i128)base));
    if (r->budget_score.kind == JX_CL_RATIO) { /* p × min(rate, cap) */
        jx_i128 num = (jx_i128)s->executed * JX_MICRO, cap = (jx_i128)r->budget_cap * base;
        tr->capped = num > cap;
        tr->credit_num = tr->capped ? cap : num;
        tr->credit_den = (jx_i128)base * JX_MICRO;
    } else { /* a formula of A (base), B (executed) in 元, p and rate; or a curve of the rate */
        jx_operands op = {base, s->executed, base, base, o->points, JX_BR_MET, 100};
        if (jx__clause_credit(&tr->credit_num, &tr->credit_den, r, &r->budget_score, &op, why))
            return JX_EVALUE;
    }
    o->score = jx__round(r, (jx_i128)o->points * tr->credit_num, tr->credit_den);
    return JX_OK;
}
