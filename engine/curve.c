/*
 * curve.c - piecewise-linear scoring curves and banded scoring, exactly.
 *
 * The only file that includes GSL. GSL's binary search finds the curve segment from the knots as
 * doubles; the segment is then confirmed, and the value interpolated, in exact rationals, so a knot
 * that binary floating point cannot hold (0.6, 0.8) never moves a score. gsl_interp_bsearch calls
 * no error handler, and the library never touches GSL's process-wide one.
 */
#include "expr.h"

#include <gsl/gsl_interp.h>

int jx__curve_eval(jx_q *out, const jx_curve *c, jx_q x)
{
    if (!jx__q_lt(c->x[0], x)) {
        *out = c->y[0];
        return 0;
    }
    if (!jx__q_lt(x, c->x[c->n - 1])) {
        *out = c->y[c->n - 1];
        return 0;
    }
    double xd = (double)x.n / (double)x.d;
    size_t i = gsl_interp_bsearch(c->xd, xd, 0, c->n - 1);
    /* the double may sit a hair off a knot: settle x[i] <= x < x[i+1] exactly */
    while (i > 0 && jx__q_lt(x, c->x[i]))
        i--;
    while (i + 2 < c->n && !jx__q_lt(x, c->x[i + 1]))
        i++;
    /* y0 + (y1 - y0) * (x - x0) / (x1 - x0) */
    jx_q dx, span, dy, t;
    if (jx__q_add(&dx, x, c->x[i], -1) || jx__q_add(&span, c->x[i + 1], c->x[i], -1) ||
        jx__q_add(&dy, c->y[i + 1], c->y[i], -1) || jx__q_div(&t, dx, span) ||
        jx__q_mul(&t, t, dy) || jx__q_add(out, c->y[i], t, 1))
        return -1;
    return 0;
}

jx_q jx__bands_eval(const jx_bands *b, jx_q x)
{
    for (size_t i = 0; i < b->n; i++)
        if (!jx__q_lt(x, b->from[i]))
            return b->credit[i];
    return (jx_q){0, 1};
}
