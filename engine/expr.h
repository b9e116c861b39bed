/* expr.h - formulas and curves in rule sets (see expr.c and curve.c). */
#ifndef JX_EXPR_H
#define JX_EXPR_H

#include "internal.h"

/* An exact rational: n / d with d > 0, reduced. */
typedef struct jx_q {
    jx_i128 n, d;
} jx_q;

enum { JX_VAR_A, JX_VAR_B, JX_VAR_P, JX_VAR_RATE, JX_VAR_LOW, JX_VAR_HIGH, JX_NVARS };

/* A compiled formula: a small stack program, evaluated without allocation. */
typedef struct jx_expr {
    const char *text;
    const uint32_t *code;
    size_t ncode;
    const jx_q *consts;
    size_t nconsts;
    unsigned uses; /* bit i: variable i appears */
} jx_expr;

/* Compiles `text`. On a syntax error or an unknown name sets *at to the byte offset of the
 * offending token and *why to a static message, and returns JX_EVALUE. */
int jx__expr_compile(jx_expr **out, jx_arena *a, const char *text, size_t *at, jx_text *why);
/* Evaluates with the variables given; JX_EVALUE on division by zero or overflow (*why set). */
int jx__expr_eval(jx_q *out, const jx_expr *e, const jx_q vars[JX_NVARS], jx_text *why);

jx_q jx__q(jx_i128 n, jx_i128 d);
/* a < b, exactly, whatever their size. */
bool jx__q_lt(jx_q a, jx_q b);
/* a + sign·b, a·b, a/b: 0, or -1 on overflow (or a zero divisor). */
int jx__q_add(jx_q *o, jx_q a, jx_q b, int sign);
int jx__q_mul(jx_q *o, jx_q a, jx_q b);
int jx__q_div(jx_q *o, jx_q a, jx_q b);

/* A piecewise-linear curve from a ratio to a credit: points with strictly increasing x. */
typedef struct jx_curve {
    size_t n;
    const jx_q *x, *y;
    const double *xd; /* the x as doubles, for GSL's segment search */
} jx_curve;

/* The credit at x: the first point's before it, the last point's after it. Exact; -1 on overflow.
 */
int jx__curve_eval(jx_q *out, const jx_curve *c, jx_q x);

/* Bands: the first band (from the highest `from` down) whose `from` x reaches gives its credit. */
typedef struct jx_bands {
    size_t n;
    const jx_q *from, *credit;
} jx_bands;

jx_q jx__bands_eval(const jx_bands *b, jx_q x);

/* What a clause works on: target and actual (and a range's ends) as integers of `scale` per unit
 * (micro-units for rows, 分 for the budget), the points in hundredths, and which side of the target
 * the actual fell (JX_BR_OVER: above, so the completion ratio is A/B). */
typedef struct jx_operands {
    int64_t a, b, lo, hi, points;
    jx_branch branch;
    int64_t scale;
} jx_operands;

/* The credit (num/den, clamped to [0, 1]) a clause gives. JX_EVALUE with *why when a formula or
 * curve cannot be evaluated. */
int jx__clause_credit(jx_i128 *num, jx_i128 *den, const jx_rules *r, const jx_clause *cl,
                      const jx_operands *op, jx_text *why);

#endif
