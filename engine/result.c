/*
 * result.c - jx_score: settles points, runs the core over every row and the budget, sums, grades,
 * and collects the warnings a reviewer needs; then the accessors and the explanations.
 *
 * A result is two arena blocks: the rows, sized from the row count before scoring starts, then the
 * warnings with fixed-size slots for their paths and messages, sized from the flags the rows
 * raised. Scoring allocates nothing per indicator.
 */
#include "expr.h"
#include "msg.h"
#include "schema.h"

#include <stdio.h>
#include <string.h>

#define MSG_SIZE       256
#define PATH_SIZE      40
#define SHEET_WARNINGS 8

/* Warnings are found when a sheet is scored and written when they are read. Scoring records each
 * one's class, place and origin (which producer found it, and its ordinal there: the inferred
 * points, a row, the level weights, the budget, the sheet); reading one runs its producer again
 * over the result, the sheet and the rules, which it only reads, and formats the one it wants.
 * A scored sheet nobody reads the messages of (bulk's counts, a summary) formats none. */
typedef struct builder {
    jx_result *res;
    size_t cap;
    jx_origin at;  /* the producer running, and how many warnings it has found so far */
    bool format;   /* false: record each warning; true: write the one at `want` */
    unsigned want; /* the ordinal within the producer to write */
    char *msg, *path;
    size_t msg_size;
    jx_lang lang; /* of the message written */
} builder;

/* A text of the warning's language (msg.h). */
#define T(id) JX_T(b->lang, id)

/* warn(b, cls, pos, path, fmt, ...): one warning. Recording it needs its class and place only,
 * so the message's arguments are evaluated only when it is written. */
#define warn(b, cls, pos, ...) ((b)->format ? write_text(b, __VA_ARGS__) : record(b, cls, pos))

static void write_text(builder *b, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void write_text(builder *b, const char *path, const char *fmt, ...)
{
    if (b->at.ordinal++ == b->want) {
        va_list ap;
        va_start(ap, fmt);
        jx__vformat(b->msg, b->msg_size, fmt, ap);
        va_end(ap);
        size_t n = strlen(path);
        n = n < PATH_SIZE ? n : PATH_SIZE - 1;
        memcpy(b->path, path, n);
        b->path[n] = '\0';
    }
}

static void record(builder *b, int cls, jx_pos pos)
{
    unsigned ordinal = b->at.ordinal++;
    jx_result *res = b->res;
    if (res->nwarnings >= b->cap)
        return; /* cannot happen: cap counts every row's flags + SHEET_WARNINGS */
    size_t i = res->nwarnings++;
    jx_warning *w = &res->warnings[i];
    w->code = jx__class_names[cls];
    w->severity = (jx_severity)res->rules_ref->severity[cls];
    w->source = res->sheet->source;
    w->line = pos.line;
    w->column = pos.column;
    w->path = res->paths + i * PATH_SIZE;
    w->message = res->msgs + i * MSG_SIZE;
    res->origins[i] = b->at;
    res->origins[i].ordinal = ordinal;
    atomic_init(&res->written[i], 0);
}

/* A producer begins (a row, or one of the sheet's own): its warnings are counted from 0. */
static void produce(builder *b, unsigned kind, size_t row)
{
    b->at = (jx_origin){.kind = kind, .row = row, .ordinal = 0};
}

static char *fmt_pts(char *buf, int64_t h) { return jx__fmt_hundredths(buf, h); }

/* Where the points of rows that printed none come from: a level whose name carries points
 * ("产出指标(60分)") shares what its rows with points leave, and so does the rule set's level it
 * falls under (成本指标 rows share 产出指标(50分)'s 50 under mof2020); any other level, the rule
 * set's split of its level. Each pool's share is equal, the last row taking the remainder. */
typedef struct jx__pool {
    const char *name;     /* the level as its name says ("产出指标"), or as the rule set does */
    bool named;           /* its points are written in its name */
    int level;            /* the rule set's level it falls under, or -1 */
    int64_t total, given; /* hundredths: the pool's points, and what its rows printed */
    size_t left, at;      /* its rows without points, and the last of these */
} pool;

static int find(const pool *pools, size_t npools, bool named, const char *name, int level)
{
    for (size_t k = 0; k < npools; k++)
        if (pools[k].named == named &&
            (name ? jx__streq(pools[k].name, name) : pools[k].level == level))
            return (int)k;
    return -1;
}

/* The pool of a row: its level's name's, a named pool of its rule level, or that rule level's. */
static int pool_of(pool *pools, size_t *npools, const jx_rules *r, const jx_row *row)
{
    int k = find(pools, *npools, true, row->level, 0);
    int level = jx__level_of(r, row->level1);
    if (k < 0 && level >= 0 && !row->has_level_points)
        k = find(pools, *npools, true, NULL, level);
    if (k < 0 && level >= 0 && !row->has_level_points)
        k = find(pools, *npools, false, NULL, level);
    if (k >= 0 || (level < 0 && !row->has_level_points))
        return k;
    pool *p = &pools[(*npools)++];
    *p = (pool){row->has_level_points ? row->level : r->levels[level].name,
                row->has_level_points,
                level,
                row->has_level_points ? row->level_points : r->levels[level].points,
                0,
                0,
                0};
    return (int)(*npools - 1);
}

/* Fills pts[] (hundredths) for every row. On a row that printed no points and whose level is none
 * to infer them from, returns JX_EVALUE with *bad set. pools[] and which[] hold n entries. */
/* Every row printed its points and no level's name carries any: nothing to infer or check. */
static bool points_printed(const jx_sheet *s)
{
    for (size_t i = 0; i < s->nrows; i++)
        if (!s->rows[i].has_points || s->rows[i].has_level_points)
            return false;
    return true;
}

static int settle_points(int64_t *pts, pool *pools, size_t *npools, int *which, const jx_rules *r,
                         const jx_sheet *s, size_t *bad)
{
    *npools = 0;
    if (!pools) { /* points_printed */
        for (size_t i = 0; i < s->nrows; i++)
            pts[i] = s->rows[i].points;
        return JX_OK;
    }
    /* the levels whose names carry points first, so that every row under them finds its pool */
    for (size_t i = 0; i < s->nrows; i++)
        if (s->rows[i].has_level_points)
            pool_of(pools, npools, r, &s->rows[i]);
    for (size_t i = 0; i < s->nrows; i++) {
        const jx_row *row = &s->rows[i];
        int k = pool_of(pools, npools, r, row);
        which[i] = k;
        pts[i] = row->points;
        if (k < 0 && !row->has_points) {
            *bad = i;
            return JX_EVALUE;
        }
        if (k >= 0 && row->has_points)
            pools[k].given += row->points;
        else if (k >= 0) {
            pools[k].left++;
            pools[k].at = i;
        }
    }
    for (size_t i = 0; i < s->nrows; i++) {
        if (s->rows[i].has_points)
            continue;
        const pool *p = &pools[which[i]];
        int64_t share = p->total > p->given ? p->total - p->given : 0;
        int64_t each = share / (int64_t)p->left;
        pts[i] = i == p->at ? share - each * (int64_t)(p->left - 1) : each;
    }
    return JX_OK;
}

/* The points-inferred note: "分值 inferred for 5 of 12 rows: 产出指标 60 (in its name) shared by 3
 * rows; ...", whole pieces only, so that a cut never splits a character. */
static void inferred_note(const builder *b, char *buf, size_t size, const pool *pools,
                          size_t npools, const jx_rules *r, const jx_sheet *s)
{
    size_t left = 0;
    for (size_t k = 0; k < npools; k++)
        left += pools[k].left;
    int n = snprintf(buf, size, T(W_INFERRED_HEAD), left, s->nrows);
    size_t used = n > 0 && (size_t)n < size ? (size_t)n : 0;
    for (size_t k = 0, first = 1; k < npools; k++) {
        const pool *p = &pools[k];
        if (!p->left)
            continue;
        char t[32], g[32], piece[160];
        jx__fmt_points(t, p->total);
        jx__fmt_points(g, p->given);
        const char *sep = first ? "" : b->lang == JX_LANG_EN ? ";" : "；";
        const char *less = p->given ? T(W_LESS_PRINTED) : "",
                   *plural = p->left == 1 ? "" : T(W_ROWS_S);
        if (p->named)
            n = snprintf(piece, sizeof piece, T(W_INFERRED_NAMED), sep, p->name, t, less,
                         p->given ? g : "", p->left, plural);
        else
            n = snprintf(piece, sizeof piece, T(W_INFERRED_SPLIT), sep, p->name, t, r->name, less,
                         p->given ? g : "", p->left, plural);
        if (n < 0 || (size_t)n >= sizeof piece || used + (size_t)n + 5 > size) {
            memcpy(buf + used, " …", sizeof " …"); /* fits: 5 bytes were kept for it */
            return;
        }
        memcpy(buf + used, piece, (size_t)n + 1);
        used += (size_t)n;
        first = 0;
    }
}

/* How a printed score that differs from the computed one is explained: the computed score rounded
 * to an integer or one decimal; cut to one (9.80 printed 9: truncation); a met target marked down
 * with no reason; or nothing. */
static int claim_class(int64_t claim, int64_t computed, bool met, int64_t points, bool reason)
{
    if (claim == (computed + 50) / 100 * 100 || claim == (computed + 5) / 10 * 10)
        return JX_C_ROUNDING;
    if (claim == computed / 100 * 100 || claim == computed / 10 * 10)
        return JX_C_TRUNCATION;
    if (met && claim < points && !reason)
        return JX_C_DEDUCTION;
    return JX_C_UNSUPPORTED;
}

/* ": the same score, rounded" and the like, for a printed number of that class. */
static const char *same(const builder *b, int cls, const char *what)
{
    if (cls == JX_C_ROUNDING)
        return jx__streq(what, "score")   ? T(W_SAME_SCORE_ROUNDED)
               : jx__streq(what, "total") ? T(W_SAME_TOTAL_ROUNDED)
                                          : T(W_SAME_SUM_ROUNDED);
    if (cls == JX_C_TRUNCATION)
        return jx__streq(what, "score")   ? T(W_SAME_SCORE_TRUNCATED)
               : jx__streq(what, "total") ? T(W_SAME_TOTAL_TRUNCATED)
                                          : T(W_SAME_SUM_TRUNCATED);
    return "";
}

/* The budget row's findings: what the form printed against what the core gave. */
static void budget_warnings(builder *b, const jx_result *res, const jx_rules *r, const jx_sheet *s)
{
    const jx_budget *o = &res->budget;
    const jx_budget_trace *tr = &res->budget_tr;
    produce(b, JX_ORIGIN_BUDGET, 0);
    const char *over = tr->initial ? "年初预算数" : "全年预算数";
    int64_t base = tr->base;
    char x[32], y[32];
    if (base == 0) {
        warn(b, JX_C_ZERO_BUDGET, s->budget_pos, "budget", T(W_BASE_ZERO), over);
        return;
    }
    if (s->executed / 1000 >= base || (s->executed > 0 && base / 1000 >= s->executed))
        warn(b, JX_C_MAGNITUDE, s->budget_pos, "budget", T(W_BUDGET_MAGNITUDE),
             jx__fmt_money(x, s->executed), over, jx__fmt_money(y, base));
    if ((jx_i128)s->executed * JX_MICRO < (jx_i128)r->reason_below * base && !s->budget_reason[0])
        warn(b, JX_C_EXECUTION, s->budget_pos, "budget", T(W_EXECUTION), fmt_pts(x, o->rate),
             jx__fmt_micro(y, r->reason_below * 100));
    if (s->budget_has_rate) {
        /* the printed rate matches when it is the exact rate rounded to the printed places */
        int64_t c = s->budget_rate, unit = JX_MICRO;
        int places = 0;
        while (places < 6 && c % unit != 0) {
            unit /= 10;
            places++;
        }
        jx_i128 diff = (jx_i128)c * base - (jx_i128)s->executed * 100 * JX_MICRO;
        if (diff < 0)
            diff = -diff;
        if (2 * diff > (jx_i128)unit * base)
            warn(b, JX_C_RATE, s->budget_rate_pos, "budget.rate", T(W_RATE),
                 jx__fmt_micro(x, s->budget_rate), fmt_pts(y, o->rate));
    }
    if (s->budget_has_score && s->budget_score != o->score) {
        int cls = claim_class(s->budget_score, o->score, false, o->points, true);
        warn(b, cls, s->budget_score_pos, "budget.score", T(W_SCORE_CLAIM),
             fmt_pts(x, s->budget_score), fmt_pts(y, o->score), same(b, cls, "score"));
    }
}

/* "万元" for magnitude 4 of 元; NULL when no prefix names that magnitude. */
static const char *prefix_of(int mag)
{
    static const char *const prefixes[] = {"",     NULL,   NULL,   "千", "万",
                                           "十万", "百万", "千万", "亿"};
    return mag >= 0 && mag <= 8 ? prefixes[mag] : NULL;
}

/* magnitude-suspect: "actual 225800 is 10000× the target 22.58 (read in 万元): 元?" */
static void magnitude_warning(builder *b, const jx_row *row, jx_pos at, const char *path)
{
    int k = row->mag_shift < 0 ? -row->mag_shift : row->mag_shift;
    char times[32] = "1";
    int zeros = k < 18 ? k : 18;
    memset(times + 1, '0', (size_t)zeros);
    times[zeros + 1] = '\0';
    const char *had = prefix_of(row->actual_mag),
               *fit = prefix_of(row->actual_mag - row->mag_shift);
    const char *unit = row->actual.unit;
    char hint[160];
    snprintf(hint, sizeof hint, "%s", T(W_UNITS_HINT));
    if (had && fit && unit[0] && !jx__streq(unit, "%"))
        snprintf(hint, sizeof hint, T(W_READ_IN), had, unit, fit, unit);
    warn(b, JX_C_MAGNITUDE, at, path,
         row->mag_shift < 0 ? T(W_MAGNITUDE_PART) : T(W_MAGNITUDE_TIMES), row->actual.text, times,
         row->target.text, hint);
}

static void assumed_warning(builder *b, const jx_row *row, const char *path)
{
    const char *t = row->target.text, *w = row->op_word;
    switch (row->op_why) {
    case JX_WHY_COST: warn(b, JX_C_ASSUMED, row->pos, path, T(W_ASSUMED_COST), t, w); break;
    case JX_WHY_ZERO: warn(b, JX_C_ASSUMED, row->pos, path, T(W_ASSUMED_ZERO), t); break;
    case JX_WHY_EVENT: warn(b, JX_C_ASSUMED, row->pos, path, T(W_ASSUMED_EVENT), t, w); break;
    case JX_WHY_RESPONSE: warn(b, JX_C_ASSUMED, row->pos, path, T(W_ASSUMED_RESPONSE), t, w); break;
    default: warn(b, JX_C_ASSUMED, row->pos, path, T(W_ASSUMED_DEFAULT), t); break;
    }
}

static void conflict_warning(builder *b, const jx_row *row, const char *path)
{
    jx_pos at = {row->target.line ? row->target.line : row->pos.line,
                 row->target.line ? row->target.column : row->pos.column};
    const char *cell = jx__op_symbol(row->conflict);
    if (row->op == JX_OP_QUAL && jx__parse_op(row->op_text) == JX_OP_QUAL)
        warn(b, JX_C_CONFLICT, at, path, T(W_CONFLICT_QUAL), row->target.text, cell);
    else if (row->op == JX_OP_QUAL)
        warn(b, JX_C_CONFLICT, at, path, T(W_CONFLICT_WORDS), cell, row->target.text);
    else if (row->op == JX_OP_RANGE)
        warn(b, JX_C_CONFLICT, at, path, T(W_CONFLICT_RANGE), cell, row->target.text);
    else
        warn(b, JX_C_CONFLICT, at, path, T(W_CONFLICT_SIGN), jx__op_symbol(row->op),
             row->target.text, jx__op_symbol(row->op));
}

static void row_warnings(builder *b, const jx_rules *r, const jx_row *row, const jx_row_score *o,
                         size_t i)
{
    if (!o->warn)
        return; /* most rows: no path to write */
    char path[PATH_SIZE] = "", x[40], y[40];
    if (b->format) /* recording needs no path */
        jx__path(path, sizeof path, "indicators", NULL, (long)i);
    jx_pos at = {row->actual.line ? row->actual.line : row->pos.line,
                 row->actual.line ? row->actual.column : row->pos.column};
    if (o->warn & JX_W_PENDING)
        warn(b, JX_C_MISSING, row->pos, path, "%s", T(W_MISSING));
    if (o->warn & JX_W_ASSUMED)
        assumed_warning(b, row, path);
    if (o->warn & JX_W_CONFLICT)
        conflict_warning(b, row, path);
    if (o->warn & JX_W_SWAPPED)
        warn(b, JX_C_SWAPPED, row->pos, path, T(W_SWAPPED), row->unit);
    if (o->warn & JX_W_NEGATIVE)
        warn(b, JX_C_NEGATIVE, at, path, T(W_NEGATIVE), row->actual.text);
    if (o->warn & JX_W_MAGNITUDE)
        magnitude_warning(b, row, at, path);
    if (o->warn & JX_W_OVER) {
        int64_t pct = (int64_t)(((jx_i128)o->tr.b * 200 + o->tr.a) / (2 * (jx_i128)o->tr.a));
        warn(b, JX_C_OVER, at, path, T(W_OVER), row->actual.text, (long long)pct, row->target.text,
             jx__fmt_micro(x, r->over_ratio * 100));
    }
    if (o->warn & JX_W_SHORT)
        warn(b, JX_C_SHORT, at, path, T(W_SHORT), fmt_pts(x, o->tr.raw), fmt_pts(y, o->points));
    if (o->warn & JX_W_RATIO)
        warn(b, JX_C_RATIO, at, path, T(W_RATIO), row->actual.text,
             row->target.text[0] ? row->target.text : T(W_NONE));
    if ((o->warn & JX_W_TIER) && row->score > o->points) {
        warn(b, JX_C_TIER, row->score_pos, path, T(W_TIER_OVER), fmt_pts(x, row->score),
             fmt_pts(y, o->points), fmt_pts((char[32]){0}, o->points));
    } else if (o->warn & JX_W_TIER) {
        const jx_tier *t = &r->tiers[o->tr.tier];
        char lo[32], hi[32];
        warn(b, JX_C_TIER, row->score_pos, path, T(W_TIER_OUTSIDE), fmt_pts(x, row->score), t->name,
             fmt_pts(lo, (int64_t)((jx_i128)t->from * o->points / JX_MICRO)),
             fmt_pts(hi, (int64_t)((jx_i128)t->to * o->points / JX_MICRO)),
             o->tr.tier == 0 ? "]" : ")", row->actual.text);
    }
    if (o->warn & JX_W_CLAIM) {
        bool met = o->status == JX_STATUS_MET || o->status == JX_STATUS_OVER;
        int cls = claim_class(row->score, o->score, met, o->points, row->reason[0] != '\0');
        if (cls == JX_C_DEDUCTION)
            warn(b, cls, row->score_pos, path, T(W_DEDUCTION), fmt_pts(x, row->score),
                 fmt_pts(y, o->points));
        else
            warn(b, cls, row->score_pos, path, T(W_SCORE_CLAIM), fmt_pts(x, row->score),
                 fmt_pts(y, o->score), same(b, cls, "score"));
    }
}

/* The printed 总分: against the sum of the printed rows when every row printed one (sum-mismatch),
 * else against the computed total (rounding, or an unsupported score). */
static void total_claim(builder *b, const jx_result *res, const jx_sheet *s)
{
    char x[32], y[32];
    int64_t sum = 0;
    bool all = true;
    for (size_t i = 0; i < s->nrows; i++) {
        all &= s->rows[i].has_score;
        sum += s->rows[i].score;
    }
    if (s->has_budget) {
        all &= s->budget_has_score;
        sum += s->budget_score;
    }
    if (all && s->total != sum) {
        int cls = claim_class(s->total, sum, false, 0, true);
        warn(b, cls == JX_C_ROUNDING || cls == JX_C_TRUNCATION ? cls : JX_C_SUM, s->total_pos,
             "total", T(W_SUM), fmt_pts(x, s->total), fmt_pts(y, sum), same(b, cls, "sum"));
    } else if (!all && s->total != res->total) {
        int cls = claim_class(s->total, res->total, false, 0, true);
        warn(b, cls, s->total_pos, "total", T(W_TOTAL), fmt_pts(x, s->total),
             fmt_pts(y, res->total), same(b, cls, "total"));
    }
}

/* The band a printed grade names, by its label or one of its words (优 for 优秀); -1 for none. */
static int band_named(const jx_rules *r, const char *printed)
{
    for (size_t i = 0; i < r->nbands; i++) {
        if (jx__streq(printed, r->bands[i].label))
            return (int)i;
        for (size_t j = 0; j < r->bands[i].nwords; j++)
            if (jx__streq(printed, r->bands[i].words[j]))
                return (int)i;
    }
    return -1;
}

static void grade_claim(builder *b, const jx_result *res, const jx_rules *r, const jx_sheet *s)
{
    int named = band_named(r, s->grade);
    if (named == res->band)
        return;
    char x[32], known[160] = "";
    for (size_t i = 0, used = 0; i < r->nbands && used < sizeof known - 40; i++)
        used += (size_t)snprintf(known + used, sizeof known - used, "%s%s", i ? ", " : "",
                                 r->bands[i].label);
    if (named < 0)
        warn(b, JX_C_GRADE, s->grade_pos, "grade", T(W_GRADE_UNKNOWN), s->grade, known,
             fmt_pts(x, res->total), res->grade);
    else
        warn(b, JX_C_GRADE, s->grade_pos, "grade", T(W_GRADE), s->grade, fmt_pts(x, res->total),
             res->grade);
}

/* The level weights a sheet wrote into its level names, against its rows' points. */
static void level_weights(builder *b, const pool *pools, size_t npools, const jx_sheet *s)
{
    for (size_t k = 0; k < npools; k++) {
        const pool *p = &pools[k];
        if (!p->named || (p->left && p->given <= p->total) || (!p->left && p->given == p->total))
            continue;
        char x[32], y[32];
        warn(b, JX_C_WEIGHTS, s->pos, "", T(W_LEVEL_WEIGHTS), p->name, fmt_pts(x, p->total),
             fmt_pts(y, p->given), p->left ? T(W_BEFORE_THE_REST) : "");
    }
}

/* Where a sheet is scored: the result (its rows), each row's points, and when points must be
 * inferred, the pools and which pool each row draws from. One block, sized from the row count. */
typedef struct work {
    jx_result *res;
    int64_t *pts;
    pool *pools; /* NULL: every row printed its points */
    int *which;
    size_t npools;
} work;

static int new_work(work *w, jx_arena *a, const jx_sheet *s)
{
    size_t n = s->nrows;
    bool printed = points_printed(s); /* the common case: no pools to find points in */
    size_t size = sizeof(jx_result) + 16 + n * (sizeof(jx_row_score) + sizeof(int64_t)) +
                  (printed ? 0 : n * (sizeof(pool) + sizeof(int)));
    /* cleared where read before written: the result's header and the pools; a row's score is
     * set whole by jx__score_row, its points by settle_points */
    unsigned char *block = jx_arena__alloc_raw(a, size);
    if (!block)
        return JX_ENOMEM;
    memset(block, 0, sizeof(jx_result));
    unsigned char *p = block + ((sizeof(jx_result) + 15) & ~(size_t)15);
    *w = (work){.res = (jx_result *)block};
    w->res->rows = (jx_row_score *)p;
    p += n * sizeof(jx_row_score);
    w->pts = (int64_t *)p;
    p += n * sizeof(int64_t);
    w->pools = printed ? NULL : (pool *)p;
    if (!printed)
        memset(p, 0, n * (sizeof(pool) + sizeof(int)));
    p += printed ? 0 : n * sizeof(pool);
    w->which = printed ? NULL : (int *)p;
    return JX_OK;
}

/* A row that printed no points, under a level nothing can split points by. */
static int no_points(jx_error *err, const jx_rules *r, const jx_sheet *s, size_t bad)
{
    const jx_row *row = &s->rows[bad];
    char known[160] = "";
    for (size_t i = 0, used = 0; i < r->nlevels && used < sizeof known - 40; i++)
        used += (size_t)snprintf(known + used, sizeof known - used, "%s%s", i ? ", " : "",
                                 r->levels[i].name);
    char path[PATH_SIZE];
    snprintf(path, sizeof path, "indicators[%zu].level1", bad);
    return jx__fail(err, JX_EVALUE, s->source, row->pos.line, row->pos.column, path,
                    JX_M(E_NO_POINTS), row->level1, known);
}

/* Every row through the core: scores, the total and the points possible so far. */
static int score_rows(const work *w, bool *pending, const jx_rules *r, const jx_sheet *s,
                      jx_error *err)
{
    jx_result *res = w->res;
    for (size_t i = 0; i < s->nrows; i++) {
        const jx_row *row = &s->rows[i];
        jx_text why;
        const char *field = "actual";
        int rc = jx__score_row(&res->rows[i], r, row, w->pts[i], &why, &field);
        if (rc) {
            char path[PATH_SIZE];
            snprintf(path, sizeof path, "indicators[%zu].%s", i, field);
            jx_pos at =
                row->actual.line ? (jx_pos){row->actual.line, row->actual.column} : row->pos;
            return jx__fail_with(err, rc, s->source, at.line, at.column, path, why, JX_M(E_VALUE),
                                 row->actual.text);
        }
        *pending |= res->rows[i].status == JX_STATUS_PENDING;
        res->total += res->rows[i].score;
        res->possible += w->pts[i];
    }
    return JX_OK;
}

/* The warnings' block, sized from the flags the rows raised and the sheet's own few: each
 * warning's record, origin and written-flag, and room for its message and path, written on read. */
static int new_builder(builder *b, jx_arena *a, const work *w, size_t nrows)
{
    size_t cap = SHEET_WARNINGS + w->npools;
    for (size_t i = 0; i < nrows; i++)
        for (unsigned f = w->res->rows[i].warn; f; f &= f - 1) /* a flag a warning */
            cap++;
    /* not cleared: warn() sets all of a warning it adds, and nothing past nwarnings is read */
    unsigned char *block = jx_arena__alloc_raw(
        a, cap * (sizeof(jx_warning) + sizeof(jx_origin) + MSG_SIZE + PATH_SIZE + 1));
    if (!block)
        return JX_ENOMEM;
    jx_result *res = w->res;
    res->warnings = (jx_warning *)block;
    res->origins = (jx_origin *)(block + cap * sizeof(jx_warning));
    res->msgs = (char *)(block + cap * (sizeof(jx_warning) + sizeof(jx_origin)));
    res->paths = res->msgs + cap * MSG_SIZE;
    res->written = (_Atomic unsigned char *)(res->paths + cap * PATH_SIZE);
    res->pools = w->pools;
    res->npools = w->npools;
    *b = (builder){.res = res, .cap = cap};
    return JX_OK;
}

/* The first row that printed no points, where the inferred-points note points; nrows for none. */
static size_t first_inferred(const jx_sheet *s)
{
    size_t first = 0;
    while (first < s->nrows && s->rows[first].has_points)
        first++;
    return first;
}

/* The producers, each reading only the result, the sheet and the rules: run once to record the
 * warnings when scoring, and again for the one warning a reader asks for. */
static void inferred_warning(builder *b, const jx_result *res, const jx_rules *r, const jx_sheet *s)
{
    produce(b, JX_ORIGIN_INFERRED, 0);
    size_t first = first_inferred(s);
    if (first == s->nrows)
        return;
    char note[1024] = "", row[PATH_SIZE], path[PATH_SIZE];
    if (b->format) /* the note is long: only for the reader */
        inferred_note(b, note, b->msg_size < sizeof note ? b->msg_size : sizeof note, res->pools,
                      res->npools, r, s);
    jx__path(row, sizeof row, "indicators", NULL, (long)first);
    jx__path(path, sizeof path, row, "points", 0);
    warn(b, JX_C_INFERRED, s->rows[first].pos, path, "%s", note);
}

static void sheet_warnings(builder *b, const jx_result *res, const jx_rules *r, const jx_sheet *s)
{
    produce(b, JX_ORIGIN_SHEET, 0);
    char x[32], y[32], z[32], t[32];
    if (res->possible != r->total_points && s->nrows > 0)
        warn(b, JX_C_WEIGHTS, s->pos, "", T(W_WEIGHTS), fmt_pts(x, res->possible),
             fmt_pts(y, res->possible - res->budget.points), s->has_budget ? T(W_PLUS_BUDGET) : "",
             s->has_budget ? jx__fmt_hundredths(z, res->budget.points) : "",
             jx__fmt_hundredths(t, r->total_points));
    if (s->has_total)
        total_claim(b, res, s);
    if (s->grade[0] && res->grade)
        grade_claim(b, res, r, s);
}

/* The band the total falls in, once it is known; none while a row waits for its actual, and none
 * for a budget block alone (a fragment). */
static void grade(jx_result *res, bool pending, const jx_rules *r, const jx_sheet *s)
{
    res->band = -1;
    if (pending || s->nrows == 0)
        return;
    for (size_t i = 0; i < r->nbands; i++) {
        if (res->total >= r->bands[i].min) {
            res->band = (int)i;
            res->grade = r->bands[i].label;
            return;
        }
    }
}

/* Every producer in the order a reader sees the warnings: the points inferred, each row's
 * flags, the levels' weights, the budget, the sheet. */
static void findings(builder *b, const jx_result *res, const jx_rules *r, const jx_sheet *s)
{
    inferred_warning(b, res, r, s);
    for (size_t i = 0; i < s->nrows; i++) {
        produce(b, JX_ORIGIN_ROW, i);
        row_warnings(b, r, &s->rows[i], &res->rows[i], i);
    }
    produce(b, JX_ORIGIN_LEVELS, 0);
    level_weights(b, res->pools, res->npools, s);
    if (s->has_budget)
        budget_warnings(b, res, r, s);
    sheet_warnings(b, res, r, s);
}

/* Writes warning i's message, in a language, and its path: its producer run again, writing only
 * its own. */
static void write_in(const jx_result *res, size_t i, char *msg, size_t size, char *path,
                     jx_lang lang)
{
    const jx_origin *o = &res->origins[i];
    builder b = {.format = true,
                 .want = o->ordinal,
                 .msg = msg,
                 .path = path,
                 .msg_size = size,
                 .lang = lang};
    b.msg[0] = b.path[0] = '\0';
    const jx_rules *r = res->rules_ref;
    const jx_sheet *s = res->sheet;
    switch (o->kind) {
    case JX_ORIGIN_INFERRED: inferred_warning(&b, res, r, s); break;
    case JX_ORIGIN_ROW:
        produce(&b, JX_ORIGIN_ROW, o->row);
        row_warnings(&b, r, &s->rows[o->row], &res->rows[o->row], o->row);
        break;
    case JX_ORIGIN_LEVELS:
        produce(&b, JX_ORIGIN_LEVELS, 0);
        level_weights(&b, res->pools, res->npools, s);
        break;
    case JX_ORIGIN_BUDGET: budget_warnings(&b, res, r, s); break;
    default: sheet_warnings(&b, res, r, s); break;
    }
}

/* Writes warning i's English message and path into its slots: its producer run again, writing
 * only its own. */
static void write_warning(const jx_result *res, size_t i)
{
    write_in(res, i, res->msgs + i * MSG_SIZE, MSG_SIZE, res->paths + i * PATH_SIZE, JX_LANG_EN);
}

int jx_result_warning_text(char *buf, size_t size, size_t *needed, const jx_result *res, size_t i,
                           jx_lang lang)
{
    if (needed)
        *needed = 0;
    if (!res || (size && !buf))
        return JX_EUSAGE;
    if (size)
        buf[0] = '\0';
    if (i >= res->nwarnings)
        return JX_ENOTFOUND;
    char msg[1024], path[PATH_SIZE];
    write_in(res, i, msg, sizeof msg, path, lang);
    size_t n = strlen(msg);
    if (needed)
        *needed = n;
    if (size) {
        size_t k = n < size ? n : size - 1;
        while (k > 0 && k < n && ((unsigned char)msg[k] & 0xC0) == 0x80)
            k--; /* never half a character */
        memcpy(buf, msg, k);
        buf[k] = '\0';
    }
    return JX_OK;
}

const jx_warning *jx__warning(const jx_result *res, size_t i)
{
    _Atomic unsigned char *state = &res->written[i];
    if (atomic_load_explicit(state, memory_order_acquire) != 2) {
        unsigned char idle = 0;
        if (atomic_compare_exchange_strong_explicit(state, &idle, 1, memory_order_acquire,
                                                    memory_order_acquire)) {
            write_warning(res, i);
            atomic_store_explicit(state, 2, memory_order_release);
        } else {
            while (atomic_load_explicit(state, memory_order_acquire) != 2)
                ; /* another thread is writing it: a few microseconds */
        }
    }
    return &res->warnings[i];
}

int jx_score(jx_result **out, const jx_rules *r, const jx_sheet *s, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    *out = NULL;
    if (!r || !s)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_RULES_SHEET));
    jx_arena a;
    jx_arena__init(&a, r->arena.alc); /* the allocator of the rule set it is scored under */
    work w = {0};
    builder b = {0};
    bool pending = false;
    size_t bad = 0;
    jx_text why;
    int rc =
        new_work(&w, &a, s) ? jx__fail(err, JX_ENOMEM, s->source, 0, 0, "", JX_M(E_NOMEM)) : JX_OK;
    if (rc == JX_OK) {
        w.res->rules_ref = r;
        w.res->rules_name = r->name;
        w.res->sheet = s;
        w.res->nrows = s->nrows;
        if (settle_points(w.pts, w.pools, &w.npools, w.which, r, s, &bad) != JX_OK)
            rc = no_points(err, r, s, bad);
    }
    if (rc == JX_OK)
        rc = score_rows(&w, &pending, r, s, err);
    if (rc == JX_OK && new_builder(&b, &a, &w, s->nrows) != JX_OK)
        rc = jx__fail(err, JX_ENOMEM, s->source, 0, 0, "", JX_M(E_NOMEM));
    if (rc == JX_OK && s->has_budget &&
        jx__score_budget(&w.res->budget, &w.res->budget_tr, r, s, &why) != JX_OK)
        rc = jx__fail_with(err, JX_EVALUE, s->source, s->budget_pos.line, s->budget_pos.column,
                           "budget", why, JX_M(E_BUDGET_SCORE));
    if (rc == JX_OK) {
        w.res->total += w.res->budget.score;
        w.res->possible += w.res->budget.points;
        grade(w.res, pending, r, s);
        findings(&b, w.res, r, s);
    }
    jx_result *h = rc == JX_OK ? jx_arena__adopt(&a, sizeof *h) : NULL;
    if (!h) {
        jx_arena__free(&a);
        return rc ? rc : jx__fail(err, JX_ENOMEM, s->source, 0, 0, "", JX_M(E_NOMEM));
    }
    jx_arena keep = h->arena;
    *h = *w.res;
    h->arena = keep;
    *out = h;
    return JX_OK;
}

int jx_audit(jx_result **out, const jx_rules *r, const jx_sheet *s, jx_error *err)
{
    return jx_score(out, r, s, err);
}

void jx_result_free(jx_result *res)
{
    if (res) {
        jx_arena a = res->arena;
        jx_arena__free(&a);
    }
}

size_t jx_result_count(const jx_result *res) { return res ? res->nrows : 0; }
int64_t jx_result_total(const jx_result *res) { return res ? res->total : 0; }
int64_t jx_result_possible(const jx_result *res) { return res ? res->possible : 0; }
const char *jx_result_grade(const jx_result *res) { return res ? res->grade : NULL; }
const char *jx_result_rules(const jx_result *res) { return res ? res->rules_name : ""; }
const char *jx_result_source(const jx_result *res) { return res ? res->sheet->source : ""; }
const jx_sheet *jx_result_sheet(const jx_result *res) { return res ? res->sheet : NULL; }
size_t jx_result_warning_count(const jx_result *res) { return res ? res->nwarnings : 0; }

/* The accessors that fill a struct share one shape: *out zeroed first, JX_EUSAGE for a NULL,
 * JX_ENOTFOUND for what is not there. */
static int fill(void *out, size_t size, const jx_result *res)
{
    if (out)
        memset(out, 0, size);
    return out && res ? JX_OK : JX_EUSAGE;
}

int jx_result_budget(jx_budget *out, const jx_result *res)
{
    TRY(fill(out, sizeof *out, res));
    if (!res->budget.has_budget)
        return JX_ENOTFOUND;
    *out = res->budget;
    return JX_OK;
}

int jx_result_warning(jx_warning *out, const jx_result *res, size_t i)
{
    TRY(fill(out, sizeof *out, res));
    if (i >= res->nwarnings)
        return JX_ENOTFOUND;
    *out = *jx__warning(res, i);
    return JX_OK;
}

int jx_result_item(jx_item *out, const jx_result *res, size_t i)
{
    TRY(fill(out, sizeof *out, res));
    if (i >= res->nrows)
        return JX_ENOTFOUND;
    const jx_row *row = &res->sheet->rows[i];
    const jx_row_score *o = &res->rows[i];
    const jx_rules *r = res->rules_ref;
    out->level1 = row->level1;
    out->level2 = row->level2;
    out->name = row->name;
    out->unit = row->unit;
    out->op = jx__op_symbol(row->op);
    out->target = row->target.text;
    out->actual = row->actual.text;
    out->tier = o->tr.grade >= 0 ? r->scales[o->tr.scale].words[o->tr.grade]
                : o->tr.tier >= 0 && (row->op == JX_OP_QUAL || o->tr.branch == JX_BR_WORDS)
                    ? r->tiers[o->tr.tier].name
                    : "";
    out->points = o->points;
    out->score = o->score;
    out->deducted = o->deducted;
    out->has_claim = row->has_score && row->op != JX_OP_QUAL;
    out->claimed = out->has_claim ? row->score : 0;
    out->status = o->status;
    out->line = row->pos.line;
    out->column = row->pos.column;
    return JX_OK;
}
