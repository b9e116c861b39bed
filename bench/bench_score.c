/*
 * bench_score.c - how fast jixiao loads and scores realistic sheets, through the public API.
 *
 * A seeded generator writes N sheets (10-14 indicators: about half ≥, 15% ≤, 15% =, 20% 定性;
 * integer points adding up to 90, a budget row of 10) as one multi-document YAML buffer. Then, each
 * measured as the median of 5 runs after a warm-up:
 *   load   jx_doc_load_buffer over the whole buffer   (MB/s, rows/s)
 *   score  jx_score over every loaded sheet            (rows/s, single thread)
 *   core   jx_score_columns over the same rows, pre-parsed into columns (rows/s, single thread)
 * One JSON line per case, with the machine, compiler and build type.
 * Usage: bench_score [SHEETS]   (default 10000)
 */
#define _POSIX_C_SOURCE 200809L
#include <jixiao.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#ifndef JX_BUILD_TYPE
#define JX_BUILD_TYPE "unknown"
#endif

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        b->cap = b->cap * 2 + 4096;
        b->p = realloc(b->p, b->cap);
    }
}

static size_t generate(buf *b, size_t sheets)
{
    static const char *const levels[] = {"产出指标", "效益指标", "满意度指标"};
    size_t rows = 0;
    for (size_t s = 0; s < sheets; s++) {
        int n = 10 + (int)(next() % 5), left = 90;
        put(b, "---\norg: 单位%zu\nproject: 项目%zu\nyear: 2023\n", s % 97, s);
        put(b, "budget: {full_year: %u.%02u万元, executed: %u万元, points: 10}\nindicators:\n",
            100 + next() % 900, next() % 100, 90 + next() % 900);
        for (int i = 0; i < n; i++) {
            int pts = i == n - 1 ? left : 90 / n;
            left -= pts;
            unsigned kind = next() % 100, a = 1 + next() % 500, b2 = next() % 600;
            const char *lv = levels[i * 3 / n];
            if (kind < 50)
                put(b,
                    "  - {level1: %s, name: 指标%d, op: ≥, target: %u, unit: 个, points: %d, "
                    "actual: %u}\n",
                    lv, i, a, pts, b2);
            else if (kind < 65)
                put(b,
                    "  - {level1: %s, name: 指标%d, op: ≤, target: %u, unit: 万元, points: %d, "
                    "actual: %u.%u}\n",
                    lv, i, a, pts, b2, next() % 10);
            else if (kind < 80)
                put(b,
                    "  - {level1: %s, name: 指标%d, op: =, target: %u, points: %d, actual: %u, "
                    "reason: 说明}\n",
                    lv, i, a, pts, b2);
            else
                put(b,
                    "  - {level1: %s, name: 指标%d, op: 定性, target: 优良中低差, points: %d, "
                    "actual: %s}\n",
                    lv, i, pts, (const char *[]){"优", "良", "中", "达成"}[next() % 4]);
            rows++;
        }
    }
    return rows;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp);
    return v[n / 2];
}

int main(int argc, char **argv)
{
    size_t sheets = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 10000;
    buf b = {malloc(1 << 20), 0, 1 << 20};
    size_t rows = generate(&b, sheets);
    jx_load_options o = JX_LOAD_OPTIONS_INIT;
    o.max_bytes = b.len + 1;
    o.max_nodes = (size_t)-1;
    jx_rules *rules;
    jx_error err;
    if (jx_rules_builtin(&rules, "mof2020", &err) != JX_OK)
        return 1;
    struct utsname u;
    uname(&u);
    char meta[256];
    snprintf(meta, sizeof meta,
             "\"machine\": \"%s %s\", \"compiler\": \"%s\", \"build\": \"%s\", \"sheets\": %zu, "
             "\"rows\": %zu, \"bytes\": %zu",
             u.sysname, u.machine, __VERSION__, JX_BUILD_TYPE, sheets, rows, b.len);

    enum { RUNS = 5 };
    double load[RUNS], score[RUNS];
    jx_doc *doc = NULL;
    for (int r = -1; r < RUNS; r++) { /* run -1 warms up */
        jx_doc_free(doc);
        double t0 = now();
        if (jx_doc_load_buffer(&doc, b.p, b.len, "bench", &o, &err) != JX_OK) {
            fprintf(stderr, "bench:%zu:%zu: %s\n", err.line, err.column, err.message);
            return 1;
        }
        double t1 = now();
        int64_t check = 0;
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            jx_result *res;
            if (jx_score(&res, rules, jx_doc_sheet(doc, i), &err) != JX_OK) {
                fprintf(stderr, "score: %s\n", err.message);
                return 1;
            }
            check += jx_result_total(res);
            jx_result_free(res);
        }
        double t2 = now();
        if (r >= 0) {
            load[r] = t1 - t0;
            score[r] = t2 - t1;
        }
        if (check == 0)
            return 1;
    }
    double lt = median(load, RUNS), st = median(score, RUNS);
    printf("{\"case\": \"load-yaml\", %s, \"seconds\": %.4f, \"mb_per_s\": %.1f, \"rows_per_s\": "
           "%.0f}\n",
           meta, lt, (double)b.len / lt / 1e6, (double)rows / lt);
    printf("{\"case\": \"score\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta, st,
           (double)rows / st);
    /* the same workload as columns: the core rate, with no parsing and no results */
    size_t n = rows;
    uint8_t *kind = malloc(n);
    int64_t *target = malloc(n * sizeof *target), *actual = malloc(n * sizeof *actual);
    int64_t *points = malloc(n * sizeof *points), *scores = malloc(n * sizeof *scores);
    rng = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < n; i++) {
        unsigned k = next() % 100;
        kind[i] = k < 50 ? JX_ROW_GE : k < 65 ? JX_ROW_LE : k < 80 ? JX_ROW_EQ : JX_ROW_QUAL;
        target[i] = (int64_t)(1 + next() % 500) * 1000000;
        actual[i] = kind[i] == JX_ROW_QUAL ? (int64_t)(next() % 5 + 1) * 200000
                                           : (int64_t)(next() % 600) * 1000000;
        points[i] = (int64_t)(1 + next() % 15) * 100;
    }
    jx_columns cols = {n, kind, target, NULL, actual, points};
    double core[RUNS];
    for (int r = -1; r < RUNS; r++) {
        double t0 = now();
        if (jx_score_columns(scores, NULL, rules, &cols, &err) != JX_OK) {
            fprintf(stderr, "columns: %s\n", err.message);
            return 1;
        }
        if (r >= 0)
            core[r] = now() - t0;
    }
    double ct = median(core, RUNS);
    printf("{\"case\": \"core-columns\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta, ct,
           (double)n / ct);
    free(kind);
    free(target);
    free(actual);
    free(points);
    free(scores);
    jx_doc_free(doc);
    jx_rules_free(rules);
    free(b.p);
    return 0;
}
