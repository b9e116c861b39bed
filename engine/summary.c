/*
 * summary.c - statistics of many scored sheets: the totals' moments and quantiles, the grades, the
 * statuses of the rows, the classes of the findings. What `jixiao bulk --summary` prints and the
 * report's subtotals are; an embedder gets the same numbers.
 *
 * Totals are exact hundredths, so the moments are kept as exact integer sums (128 bits) and the
 * quantiles from the exact counts of each total: a summary does not depend on the order sheets
 * were added in, and summaries merge exactly (a parallel run's batches, in any grouping). The
 * counts are a sorted array of distinct totals, fed through a small sorted buffer, so an add costs
 * a few moves and memory grows with the distinct totals (at most one per hundredth of a point),
 * never with the sheets.
 */
#include "msg.h"
#include "out.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define RECENT 256 /* totals not yet merged into the distinct counts, kept sorted */

typedef struct grade {
    const char *name; /* "" for sheets with no grade */
    size_t count;
    int64_t top; /* the highest total that got it: grades are bands of totals */
} grade;

struct jx_summary {
    jx_arena arena; /* the grade names */
    const jx_allocator *alc;
    size_t sheets, rows;
    int64_t min, max;
    jx_i128 sum, squares;
    size_t status[JX_STATUS_PENDING + 1];
    size_t findings[JX_NCLASSES];
    grade *grades;
    size_t ngrades, grades_cap;
    int64_t *value; /* distinct totals, ascending, and how many sheets had each */
    size_t *count;
    size_t nvalues, values_cap;
    int64_t recent[RECENT]; /* ascending */
    size_t nrecent;
};

int jx_summary_new(jx_summary **out, const jx_allocator *alloc, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    jx_arena a;
    jx_arena__init(&a, alloc);
    jx_summary *s = jx_arena__adopt(&a, sizeof *s);
    *out = s;
    if (!s) {
        jx_arena__free(&a);
        return jx__fail(err, JX_ENOMEM, "", 0, 0, "", JX_M(E_NOMEM));
    }
    s->alc = s->arena.alc;
    return JX_OK;
}

void jx_summary_free(jx_summary *s)
{
    if (!s)
        return;
    const jx_allocator *alc = s->alc;
    if (s->value) {
        alc->realloc(alc->ctx, s->value, s->values_cap * sizeof *s->value, 0);
        alc->realloc(alc->ctx, s->count, s->values_cap * sizeof *s->count, 0);
    }
    jx_arena a = s->arena;
    jx_arena__free(&a);
}

/* Merges the ascending totals v[0..n) (each counted c[k] times, or once when c is NULL) into the
 * distinct counts. */
static int merge_values(jx_summary *s, const int64_t *v, const size_t *c, size_t n)
{
    if (n == 0)
        return JX_OK;
    const jx_allocator *alc = s->alc;
    size_t cap = s->nvalues + n;
    int64_t *value = alc->realloc(alc->ctx, NULL, 0, cap * sizeof *value);
    size_t *count = value ? alc->realloc(alc->ctx, NULL, 0, cap * sizeof *count) : NULL;
    if (!count) {
        if (value)
            alc->realloc(alc->ctx, value, cap * sizeof *value, 0);
        return JX_ENOMEM;
    }
    size_t i = 0, k = 0, m = 0;
    while (i < s->nvalues || k < n) {
        bool mine = k == n || (i < s->nvalues && s->value[i] <= v[k]);
        int64_t x = mine ? s->value[i] : v[k];
        size_t add = mine ? s->count[i++] : c ? c[k] : 1;
        k += !mine;
        if (m && value[m - 1] == x) {
            count[m - 1] += add;
        } else {
            value[m] = x;
            count[m++] = add;
        }
    }
    if (s->value) {
        alc->realloc(alc->ctx, s->value, s->values_cap * sizeof *s->value, 0);
        alc->realloc(alc->ctx, s->count, s->values_cap * sizeof *s->count, 0);
    }
    s->value = value;
    s->count = count;
    s->nvalues = m;
    s->values_cap = cap;
    return JX_OK;
}

/* A total into the sorted buffer, which is merged into the counts when full. */
static int add_total(jx_summary *s, int64_t total)
{
    if (s->nrecent == RECENT) {
        TRY(merge_values(s, s->recent, NULL, s->nrecent));
        s->nrecent = 0;
    }
    size_t at = s->nrecent;
    while (at > 0 && s->recent[at - 1] > total)
        at--;
    memmove(&s->recent[at + 1], &s->recent[at], (s->nrecent - at) * sizeof *s->recent);
    s->recent[at] = total;
    s->nrecent++;
    return JX_OK;
}

/* Whether grade x is listed before y: the higher band first (by the highest total each got),
 * the sheets without a grade last; ties (rule sets mixed) by name. */
static bool before(const grade *x, const grade *y)
{
    if (!x->name[0] || !y->name[0])
        return y->name[0] == '\0' && x->name[0] != '\0';
    return x->top != y->top ? x->top > y->top : strcmp(x->name, y->name) < 0;
}

/* Counts n sheets of a grade whose highest total is top; the list stays in band order. */
static int count_grade(jx_summary *s, const char *name, size_t n, int64_t top)
{
    size_t i = 0;
    while (i < s->ngrades && strcmp(s->grades[i].name, name) != 0)
        i++;
    if (i == s->ngrades) {
        grade *g = jx_arena__grow(&s->arena, s->grades, &s->grades_cap, s->ngrades, sizeof *g);
        const char *copy = jx_arena__strndup(&s->arena, name, strlen(name));
        if (!g || !copy)
            return JX_ENOMEM;
        s->grades = g;
        s->grades[s->ngrades++] = (grade){copy, 0, top};
    }
    grade *g = &s->grades[i];
    g->count += n;
    g->top = top > g->top ? top : g->top;
    for (; i > 0 && before(&s->grades[i], &s->grades[i - 1]); i--) {
        grade t = s->grades[i];
        s->grades[i] = s->grades[i - 1];
        s->grades[i - 1] = t;
    }
    return JX_OK;
}

/* The part every sheet adds: its total and its grade. */
static int add_sheet(jx_summary *s, int64_t total, const char *grade_name)
{
    TRY(count_grade(s, grade_name ? grade_name : "", 1, total));
    TRY(add_total(s, total));
    s->min = s->sheets == 0 || total < s->min ? total : s->min;
    s->max = s->sheets == 0 || total > s->max ? total : s->max;
    s->sheets++;
    s->sum += total;
    s->squares += (jx_i128)total * total;
    return JX_OK;
}

int jx__summary_add_total(jx_summary *s, int64_t total, const char *grade_name)
{
    return add_sheet(s, total, grade_name);
}

int jx_summary_add(jx_summary *s, const jx_result *res)
{
    if (!s || !res)
        return JX_EUSAGE;
    TRY(add_sheet(s, res->total, res->grade));
    for (size_t i = 0; i < res->nrows; i++)
        s->status[res->rows[i].status]++;
    s->rows += res->nrows;
    for (size_t i = 0; i < res->nwarnings; i++)
        for (int c = 0; c < JX_NCLASSES; c++)
            if (res->warnings[i].code == jx__class_names[c]) {
                s->findings[c]++;
                break;
            }
    return JX_OK;
}

int jx_summary_merge(jx_summary *into, const jx_summary *from)
{
    if (!into || !from)
        return JX_EUSAGE;
    for (size_t i = 0; i < from->ngrades; i++)
        TRY(count_grade(into, from->grades[i].name, from->grades[i].count, from->grades[i].top));
    TRY(merge_values(into, from->value, from->count, from->nvalues));
    TRY(merge_values(into, from->recent, NULL, from->nrecent));
    if (from->sheets) {
        into->min = into->sheets == 0 || from->min < into->min ? from->min : into->min;
        into->max = into->sheets == 0 || from->max > into->max ? from->max : into->max;
    }
    into->sheets += from->sheets;
    into->rows += from->rows;
    into->sum += from->sum;
    into->squares += from->squares;
    for (int i = 0; i <= JX_STATUS_PENDING; i++)
        into->status[i] += from->status[i];
    for (int c = 0; c < JX_NCLASSES; c++)
        into->findings[c] += from->findings[c];
    return JX_OK;
}

int jx_summary_totals(jx_totals *out, const jx_summary *s)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!out || !s)
        return JX_EUSAGE;
    out->sheets = s->sheets;
    out->rows = s->rows;
    if (!s->sheets)
        return JX_OK;
    jx_i128 n = (jx_i128)s->sheets;
    out->min = s->min;
    out->max = s->max;
    /* half-up: floor((2·sum + n) / 2n), for negative sums too */
    jx_i128 num = 2 * s->sum + n, den = 2 * n;
    out->mean = (int64_t)(num >= 0 ? num / den : -((-num + den - 1) / den));
    if (s->sheets > 1) { /* Σ(x − mean)² = (n·Σx² − (Σx)²) / n, exactly; in hundredths² */
        jx_i128 ss = n * s->squares - s->sum * s->sum;
        out->sd = sqrt((double)ss / (double)n / (double)(n - 1)) / 100.0;
    }
    return JX_OK;
}

/* The total of rank r (0-based) among the sorted counts and the sorted buffer, walked together. */
static int64_t at_rank(const jx_summary *s, size_t r)
{
    size_t i = 0, k = 0, seen = 0;
    for (;;) {
        bool mine = k == s->nrecent || (i < s->nvalues && s->value[i] <= s->recent[k]);
        int64_t x = mine ? s->value[i] : s->recent[k];
        seen += mine ? s->count[i++] : 1;
        k += !mine;
        if (seen > r)
            return x;
    }
}

int jx_summary_quantile(double *out, const jx_summary *s, double p)
{
    if (out)
        *out = 0;
    if (!out || !s || !(p >= 0 && p <= 1))
        return JX_EUSAGE;
    if (!s->sheets)
        return JX_ENOTFOUND;
    double pos = (double)(s->sheets - 1) * p;
    size_t lo = (size_t)pos;
    double frac = pos - (double)lo;
    int64_t a = at_rank(s, lo), b = frac > 0 ? at_rank(s, lo + 1) : a;
    *out = ((double)a + frac * (double)(b - a)) / 100.0;
    return JX_OK;
}

int jx_summary_grade(const char **name, size_t *count, const jx_summary *s, size_t i)
{
    if (name)
        *name = NULL;
    if (count)
        *count = 0;
    if (!name || !count || !s)
        return JX_EUSAGE;
    if (i >= s->ngrades)
        return JX_ENOTFOUND;
    *name = s->grades[i].name;
    *count = s->grades[i].count;
    return JX_OK;
}

size_t jx_summary_status(const jx_summary *s, jx_status status)
{
    return s && (unsigned)status <= JX_STATUS_PENDING ? s->status[status] : 0;
}

int jx_summary_finding(const char **code, size_t *count, const jx_summary *s, size_t i)
{
    if (code)
        *code = NULL;
    if (count)
        *count = 0;
    if (!code || !count || !s)
        return JX_EUSAGE;
    /* the i-th of the classes met, most common first, ties by code */
    bool taken[JX_NCLASSES] = {false};
    for (size_t k = 0; k <= i; k++) {
        int best = -1;
        for (int c = 0; c < JX_NCLASSES; c++) {
            if (taken[c] || !s->findings[c])
                continue;
            if (best < 0 || s->findings[c] > s->findings[best] ||
                (s->findings[c] == s->findings[best] &&
                 strcmp(jx__class_names[c], jx__class_names[best]) < 0))
                best = c;
        }
        if (best < 0)
            return JX_ENOTFOUND;
        taken[best] = true;
        *code = jx__class_names[best];
        *count = s->findings[best];
    }
    return JX_OK;
}

/* ---- rendering ------------------------------------------------------------------------------ */

static const char *const quantile_names[] = {"p10", "p25", "median", "p75", "p90"}; /* JSON */
static const double quantiles[] = {0.10, 0.25, 0.50, 0.75, 0.90};
static const char *const status_names[] = {"met", "over", "short", "zero", "qual", "pending"};

static const char *grade_label(const char *name) { return name[0] ? name : "—"; }

static void render_json(jx_out *o, const jx_summary *s, const jx_totals *t)
{
    jx__emitf(o, "{\"sheets\": %zu, \"rows\": %zu", t->sheets, t->rows);
    if (t->sheets) {
        char mean[32], lo[32], hi[32];
        jx__emitf(o, ", \"total\": {\"mean\": %s, \"sd\": %.2f, \"min\": %s",
                  jx__fmt_hundredths(mean, t->mean), t->sd, jx__fmt_hundredths(lo, t->min));
        for (int i = 0; i < 5; i++) {
            double q;
            jx_summary_quantile(&q, s, quantiles[i]);
            jx__emitf(o, ", \"%s\": %.2f", quantile_names[i], q);
        }
        jx__emitf(o, ", \"max\": %s}", jx__fmt_hundredths(hi, t->max));
    }
    jx__emits(o, ", \"grades\": {");
    for (size_t i = 0; i < s->ngrades; i++) {
        jx__emits(o, i ? ", " : "");
        jx__json_str(o, grade_label(s->grades[i].name));
        jx__emitf(o, ": %zu", s->grades[i].count);
    }
    jx__emits(o, "}, \"statuses\": {");
    for (int i = 0; i < 6; i++)
        jx__emitf(o, "%s\"%s\": %.4f", i ? ", " : "", status_names[i],
                  t->rows ? (double)s->status[i] / (double)t->rows : 0.0);
    jx__emits(o, "}, \"warnings\": {");
    const char *code;
    size_t n;
    for (size_t i = 0; i < 10 && jx_summary_finding(&code, &n, s, i) == JX_OK; i++)
        jx__emitf(o, "%s\"%s\": %zu", i ? ", " : "", code, n);
    jx__emits(o, "}}\n");
}

static void render_text(jx_out *o, const jx_summary *s, const jx_totals *t, jx_lang lang)
{
    jx__emitf(o, JX_T(lang, M_SHEETS), t->sheets, t->rows);
    if (t->sheets) {
        char mean[32], lo[32], hi[32];
        jx__emitf(o, JX_T(lang, M_TOTAL), jx__fmt_hundredths(mean, t->mean), t->sd,
                  jx__fmt_hundredths(lo, t->min));
        double q[5];
        for (int i = 0; i < 5; i++)
            jx_summary_quantile(&q[i], s, quantiles[i]);
        jx__emitf(o, JX_T(lang, M_QUANTILES), q[0], q[1], q[2], q[3], q[4]);
        jx__emitf(o, JX_T(lang, M_MAX), jx__fmt_hundredths(hi, t->max));
    }
    jx__emits(o, JX_T(lang, M_GRADES));
    for (size_t i = 0; i < s->ngrades; i++)
        jx__emitf(o, " %s %zu", s->grades[i].name[0] ? s->grades[i].name : JX_T(lang, P_NO_GRADE),
                  s->grades[i].count);
    jx__emits(o, JX_T(lang, M_ROWS));
    for (int i = 0; i < 6; i++)
        if (s->status[i])
            jx__emitf(o, " %s %.2f%%",
                      lang == JX_LANG_EN ? status_names[i] : jx_status_text((jx_status)i, lang),
                      100.0 * (double)s->status[i] / (double)t->rows);
    jx__emits(o, JX_T(lang, M_WARNINGS));
    const char *code;
    size_t n;
    for (size_t i = 0; i < 10 && jx_summary_finding(&code, &n, s, i) == JX_OK; i++)
        jx__emitf(o, " %s %zu", code, n);
    jx__emits(o, "\n");
}

int jx_summary_render(const jx_summary *s, jx_format format, jx_write_fn write, void *ctx)
{
    return jx_summary_render_lang(s, format, format == JX_FORMAT_TEXT ? JX_LANG_ZH : JX_LANG_EN,
                                  write, ctx);
}

int jx_summary_render_lang(const jx_summary *s, jx_format format, jx_lang lang, jx_write_fn write,
                           void *ctx)
{
    if (!s || !write || (format != JX_FORMAT_TEXT && format != JX_FORMAT_JSON))
        return JX_EUSAGE;
    jx_out o = {write, ctx, 0};
    jx_totals t;
    jx_summary_totals(&t, s);
    if (format == JX_FORMAT_JSON)
        render_json(&o, s, &t);
    else
        render_text(&o, s, &t, lang);
    return o.failed ? JX_EIO : JX_OK;
}
