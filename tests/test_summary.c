/* test_summary.c - statistics of many sheets: hand-worked moments and quantiles, GSL as the oracle
 * of the quantile's definition, merging in any grouping equal to adding one by one. */
#include "helpers.h"

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

static jx_summary *of_totals(const int64_t *t, size_t n)
{
    jx_summary *s;
    cr_assert_eq(jx_summary_new(&s, NULL, NULL), JX_OK);
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(jx__summary_add_total(s, t[i], t[i] >= 9000 ? "优秀" : "良好"), JX_OK);
    return s;
}

static int collect(void *ctx, const char *data, size_t len)
{
    char **buf = ctx;
    size_t old = *buf ? strlen(*buf) : 0;
    *buf = realloc(*buf, old + len + 1);
    memcpy(*buf + old, data, len);
    (*buf)[old + len] = '\0';
    return 0;
}

static char *render(const jx_summary *s, jx_format f)
{
    char *out = NULL;
    cr_assert_eq(jx_summary_render(s, f, collect, &out), JX_OK);
    return out;
}

/* 100, 80.67, 90: mean 270.67 / 3 = 90.2233 → 90.22; deviations 9.7767, −9.5533, −0.2233, their
 * squares sum to 186.9067, / 2 = 93.4533, √ = 9.667 → 9.67. Sorted 80.67, 90, 100: p10 at
 * position 0.2 → 80.67 + 0.2 × 9.33 = 82.536; the median at 1 → 90; p75 at 1.5 → 95. */
Test(summary, three_sheets_by_hand)
{
    const int64_t t[] = {10000, 8067, 9000};
    jx_summary *s = of_totals(t, 3);
    jx_totals tot;
    cr_assert_eq(jx_summary_totals(&tot, s), JX_OK);
    cr_expect_eq(tot.sheets, 3);
    cr_expect_eq(tot.mean, 9022);
    cr_expect_eq(tot.min, 8067);
    cr_expect_eq(tot.max, 10000);
    cr_expect_float_eq(tot.sd, 9.667, 0.001);
    double q;
    cr_expect_eq(jx_summary_quantile(&q, s, 0.10), JX_OK);
    cr_expect_float_eq(q, 82.536, 1e-9);
    cr_expect_eq(jx_summary_quantile(&q, s, 0.5), JX_OK);
    cr_expect_float_eq(q, 90.0, 1e-12);
    cr_expect_eq(jx_summary_quantile(&q, s, 0.75), JX_OK);
    cr_expect_float_eq(q, 95.0, 1e-12);
    cr_expect_eq(jx_summary_quantile(&q, s, 1.5), JX_EUSAGE);
    const char *name;
    size_t n;
    cr_expect_eq(jx_summary_grade(&name, &n, s, 0), JX_OK); /* the highest band first */
    cr_expect_str_eq(name, "优秀");
    cr_expect_eq(n, 2);
    cr_expect_eq(jx_summary_grade(&name, &n, s, 1), JX_OK);
    cr_expect_str_eq(name, "良好");
    cr_expect_eq(n, 1);
    cr_expect_eq(jx_summary_grade(&name, &n, s, 2), JX_ENOTFOUND);
    char *text = NULL;
    cr_assert_eq(jx_summary_render_lang(s, JX_FORMAT_TEXT, JX_LANG_EN, collect, &text), JX_OK);
    cr_expect_str_eq(text, "sheets 3, rows 0\n"
                           "total: mean 90.22, sd 9.67, min 80.67, p10 82.54, p25 85.33, median "
                           "90.00, p75 95.00, p90 98.00, max 100.00\n"
                           "grades: 优秀 2 良好 1\nrows:\nwarnings:\n");
    free(text);
    text = render(s, JX_FORMAT_TEXT); /* a reader's text: Chinese when no language is named */
    cr_expect_str_eq(text, "自评表 3 份，指标 0 项\n"
                           "总分：平均 90.22，标准差 9.67，最低 80.67，10%分位 82.54，25%分位 "
                           "85.33，中位数 90.00，75%分位 95.00，90%分位 98.00，最高 100.00\n"
                           "等级： 优秀 2 良好 1\n指标状态：\n审核发现：\n");
    free(text);
    jx_summary_free(s);
}

/* The mean is exact, rounded half-up in decimal: 86.12 and 86.13 average 86.125 → 86.13, where a
 * double (86.12499…) would print 86.12. */
Test(summary, the_mean_rounds_half_up_exactly)
{
    const int64_t t[] = {8612, 8613};
    jx_summary *s = of_totals(t, 2);
    jx_totals tot;
    jx_summary_totals(&tot, s);
    cr_expect_eq(tot.mean, 8613);
    jx_summary_free(s);
}

Test(summary, empty)
{
    jx_summary *s;
    cr_assert_eq(jx_summary_new(&s, NULL, NULL), JX_OK);
    jx_totals tot;
    cr_expect_eq(jx_summary_totals(&tot, s), JX_OK);
    cr_expect_eq(tot.sheets, 0);
    cr_expect_eq(tot.mean, 0);
    double q = 7;
    cr_expect_eq(jx_summary_quantile(&q, s, 0.5), JX_ENOTFOUND);
    char *json = render(s, JX_FORMAT_JSON);
    cr_expect_str_eq(json, "{\"sheets\": 0, \"rows\": 0, \"grades\": {}, \"statuses\": {\"met\": "
                           "0.0000, \"over\": 0.0000, \"short\": 0.0000, \"zero\": 0.0000, "
                           "\"qual\": 0.0000, \"pending\": 0.0000}, \"warnings\": {}}\n");
    free(json);
    cr_expect_eq(jx_summary_render(s, JX_FORMAT_CSV, collect, &json), JX_EUSAGE);
    jx_summary_free(s);
}

/* Pseudo-random totals, many repeated (more than the sorted buffer holds, so it is merged into the
 * counts many times): quantiles as GSL computes them from the sorted data. */
Test(summary, quantiles_are_gsls)
{
    enum { N = 5000 };
    static int64_t t[N];
    static double d[N];
    uint32_t x = 12345;
    for (size_t i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        t[i] = 5000 + (int64_t)(x >> 16) % 5001; /* 50.00 .. 100.00 */
        d[i] = (double)t[i] / 100.0;
    }
    jx_summary *s = of_totals(t, N);
    gsl_sort(d, 1, N);
    static const double ps[] = {0, 0.1, 0.25, 0.333, 0.5, 0.75, 0.9, 0.999, 1};
    for (size_t i = 0; i < sizeof ps / sizeof *ps; i++) {
        double q;
        cr_assert_eq(jx_summary_quantile(&q, s, ps[i]), JX_OK);
        cr_expect_float_eq(q, gsl_stats_quantile_from_sorted_data(d, 1, N, ps[i]), 1e-9, "p=%g",
                           ps[i]);
    }
    jx_totals tot;
    jx_summary_totals(&tot, s);
    cr_expect_float_eq(tot.sd, gsl_stats_sd(d, 1, N), 1e-9);
    cr_expect_eq(tot.min, (int64_t)(d[0] * 100 + 0.5));
    cr_expect_eq(tot.max, (int64_t)(d[N - 1] * 100 + 0.5));
    jx_summary_free(s);
}

/* A parallel run merges its batches' summaries: any grouping gives the bytes adding one by one
 * gives. */
Test(summary, merging_in_any_grouping_is_adding_one_by_one)
{
    enum { N = 3000 };
    static int64_t t[N];
    uint32_t x = 7;
    for (size_t i = 0; i < N; i++) {
        x = x * 1664525u + 1013904223u;
        t[i] = (int64_t)(x >> 20) % 10001;
    }
    jx_summary *one = of_totals(t, N);
    char *want = render(one, JX_FORMAT_JSON);
    static const size_t sizes[] = {1, 7, 256, 257, 1000};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        jx_summary *all;
        cr_assert_eq(jx_summary_new(&all, NULL, NULL), JX_OK);
        for (size_t i = 0; i < N; i += sizes[k]) {
            size_t n = N - i < sizes[k] ? N - i : sizes[k];
            jx_summary *part = of_totals(t + i, n);
            cr_assert_eq(jx_summary_merge(all, part), JX_OK);
            jx_summary_free(part);
        }
        char *got = render(all, JX_FORMAT_JSON);
        cr_expect_str_eq(got, want, "batches of %zu", sizes[k]);
        free(got);
        jx_summary_free(all);
    }
    free(want);
    jx_summary_free(one);
}

/* Grades are listed from the highest band down, whatever order the sheets came in or how the
 * summaries were merged; the sheets without a grade come last. Sheets in: 75 一般, none, 85 良好,
 * 95 优秀, 60 一般, 82 良好 → 优秀 1, 良好 2, 一般 2, "" 1 (first met would be 一般, "", 良好,
 * 优秀). */
Test(summary, grades_from_the_highest_band_down)
{
    static const int64_t t[] = {7500, 4000, 8500, 9500, 6000, 8200};
    static const char *const g[] = {"一般", NULL, "良好", "优秀", "一般", "良好"};
    static const char *const want[] = {"优秀", "良好", "一般", ""};
    static const size_t count[] = {1, 2, 2, 1};
    jx_summary *one, *a, *b;
    cr_assert_eq(jx_summary_new(&one, NULL, NULL), JX_OK);
    cr_assert_eq(jx_summary_new(&a, NULL, NULL), JX_OK);
    cr_assert_eq(jx_summary_new(&b, NULL, NULL), JX_OK);
    for (size_t i = 0; i < 6; i++) {
        cr_assert_eq(jx__summary_add_total(one, t[i], g[i]), JX_OK);
        cr_assert_eq(jx__summary_add_total(i % 2 ? a : b, t[i], g[i]), JX_OK);
    }
    cr_assert_eq(jx_summary_merge(a, b), JX_OK); /* b's 75 一般 merged after a's none, 95, 82 */
    for (size_t k = 0; k < 2; k++) {
        const jx_summary *s = k ? a : one;
        for (size_t i = 0; i < 4; i++) {
            const char *name;
            size_t n;
            cr_assert_eq(jx_summary_grade(&name, &n, s, i), JX_OK);
            cr_expect_str_eq(name, want[i], "%s, grade %zu", k ? "merged" : "one by one", i);
            cr_expect_eq(n, count[i], "%s: %s", k ? "merged" : "one by one", name);
        }
        const char *name;
        size_t n;
        cr_expect_eq(jx_summary_grade(&name, &n, s, 4), JX_ENOTFOUND);
    }
    jx_summary_free(one);
    jx_summary_free(a);
    jx_summary_free(b);
}

/* Real sheets: each row's status and each finding's class is counted. */
Test(summary, rows_and_findings_of_scored_sheets)
{
    static const char y[] =
        "indicators:\n"
        "  - {level1: 产出指标, name: a, op: ≥, target: 10, actual: 10, points: 50}\n"
        "  - {level1: 产出指标, name: b, op: ≥, target: 10, actual: 5, points: 40}\n"
        "  - {level1: 满意度指标, name: c, op: 定性, target: 优良中低差, actual: 良, points: 10}\n";
    jx_rules *r;
    jx_doc *d;
    jx_result *res;
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", NULL), JX_OK);
    cr_assert_eq(jx_doc_load_buffer(&d, y, sizeof y - 1, "s.yaml", NULL, NULL), JX_OK);
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), NULL), JX_OK);
    jx_summary *s;
    cr_assert_eq(jx_summary_new(&s, NULL, NULL), JX_OK);
    cr_expect_eq(jx_summary_add(s, res), JX_OK);
    cr_expect_eq(jx_summary_add(s, res), JX_OK);
    /* 50 + 40 × 5/10 + 10 × 0.8 = 78: 一般 */
    jx_totals tot;
    jx_summary_totals(&tot, s);
    cr_expect_eq(tot.sheets, 2);
    cr_expect_eq(tot.rows, 6);
    cr_expect_eq(tot.mean, 7800);
    cr_expect_eq(jx_summary_status(s, JX_STATUS_MET), 2);
    cr_expect_eq(jx_summary_status(s, JX_STATUS_SHORT), 2);
    cr_expect_eq(jx_summary_status(s, JX_STATUS_QUAL), 2);
    const char *code;
    size_t n;
    cr_assert_eq(jx_summary_finding(&code, &n, s, 0), JX_OK);
    cr_expect_eq(n, 2, "%s", code); /* b, short without a reason, in each sheet */
    cr_expect_str_eq(code, "shortfall-without-reason");
    cr_expect_eq(jx_summary_finding(&code, &n, s, 1), JX_ENOTFOUND);
    jx_summary_free(s);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}
