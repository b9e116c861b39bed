/* test_score.c - the scoring core, op by op at and around its boundaries (p = 10 points). */
#include "helpers.h"

#include <criterion/parameterized.h>

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct scase {
    char rules[16];
    char row[192]; /* YAML lines of one indicator, indented by 4 */
    int64_t score; /* hundredths, worked out by hand in the comment */
    jx_status status;
} scase;

#define ROW(op, target, actual)                                                                    \
    "    op: \"" op "\"\n    target: \"" target "\"\n    actual: \"" actual "\"\n"

static scase cases[] = {
    /* ≥: met → p; missed → p × B/A; A = 0 → p if B ≥ 0 */
    {"mof2020", ROW("≥", "130", "130"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≥", "130", "129"), 992, JX_STATUS_SHORT},   /* 10×129/130 = 9.923 */
    {"mof2020", ROW("≥", "130", "442"), 1000, JX_STATUS_OVER},   /* 442/130 ≥ 1.3 */
    {"mof2020", ROW("≥", "100", "129.99"), 1000, JX_STATUS_MET}, /* just under 1.3 */
    {"mof2020", ROW("≥", "100", "130"), 1000, JX_STATUS_OVER},   /* exactly 1.3 */
    {"mof2020", ROW("≥", "0", "0"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≥", "0", "5"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≥", "10", "-5"), 0, JX_STATUS_ZERO}, /* negative actual counts 0 */
    {"mof2020", ROW("≥", "9000000000000", "4500000000000"), 500, JX_STATUS_SHORT},
    {"mof2020", ROW("≥", "1000", "899.5"), 900, JX_STATUS_SHORT},    /* 8.995 → 9.00 half-up */
    {"mof2020", ROW("≥", "1000", "899.4999"), 899, JX_STATUS_SHORT}, /* 8.994999 → 8.99 */
    {"mof2020", ROW("≥", "3", "2"), 667, JX_STATUS_SHORT},           /* 6.666… → 6.67 */
    {"mof2020", ROW("≥", "3", "1"), 333, JX_STATUS_SHORT},           /* 3.333… → 3.33 */
    {"mof2020", ROW("≥", "92%", "0.95"), 10, JX_STATUS_SHORT},       /* 10×0.95/92 = 0.103 */
    /* ≤: met → p; over → p × A/B; A = 0 → p if B ≤ 0 else 0 */
    {"mof2020", ROW("≤", "10", "10"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≤", "10", "8"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≤", "10", "12"), 833, JX_STATUS_SHORT}, /* 10×10/12 = 8.333 */
    {"mof2020", ROW("≤", "0", "0"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≤", "0", "1"), 0, JX_STATUS_ZERO},
    {"mof2020", ROW("≤", "22.58万元", "225,800元"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("≤", "22.58万元", "250,000元"), 903, JX_STATUS_SHORT}, /* 10×225800/250000 */
    /* =: met → p; under → p × B/A; over → p */
    {"mof2020", ROW("=", "199", "199"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("=", "199", "197"), 990, JX_STATUS_SHORT}, /* 10×197/199 = 9.899 */
    {"mof2020", ROW("=", "3", "6"), 1000, JX_STATUS_OVER},
    {"mof2020", ROW("=", "0", "0"), 1000, JX_STATUS_MET},
    {"mof2020", ROW("=", "0", "2"), 0, JX_STATUS_ZERO},
    {"mof2020", ROW("＝", "100", "100%"), 1000, JX_STATUS_MET},
    /* ranges: inside → p; below → p × B/low; above → p × high/B */
    {"mof2020", "    target: 90%-100%\n    actual: 95%\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 90%-100%\n    actual: 90%\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 90%-100%\n    actual: 100%\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 90%-100%\n    actual: 85%\n", 944, JX_STATUS_SHORT},  /* 10×85/90 */
    {"mof2020", "    target: 90%-100%\n    actual: 110%\n", 909, JX_STATUS_SHORT}, /* 10×100/110 */
    /* dates: on or before the month's end → p; late → 部分达成 0.7p */
    {"mof2020", "    target: 2023年12月\n    actual: 2023年11月\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 2023年12月\n    actual: 2023年12月31日\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 2023年12月\n    actual: 2024年1月\n", 700, JX_STATUS_SHORT},
    {"mof2020", "    target: 12月底前\n    actual: 按时完成\n", 1000, JX_STATUS_MET},
    {"mof2020", "    op: ≤\n    target: 12\n    unit: 月\n    actual: 11\n", 1000, JX_STATUS_MET},
    /* the op read from the value, or assumed ≥ */
    {"mof2020", "    target: ≥50个\n    actual: 60\n", 1000, JX_STATUS_MET},
    {"mof2020", "    target: 10\n    actual: 5\n", 500, JX_STATUS_SHORT},
    {"mof2020", "    target: ≥266米\n    actual: ≥266米\n", 1000, JX_STATUS_MET},
    /* text actuals on a quantitative row */
    {"mof2020", "    target: 100%\n    actual: 已完成\n", 1000, JX_STATUS_MET},
    /* 定性 tiers, scales, manual scores */
    {"mof2020", ROW("定性", "达成年度指标", "达成"), 1000, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成年度指标", "部分达成"), 700, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成年度指标", "未达成"), 300, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成年度指标", "达成年度指标"), 1000, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "优"), 1000, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "良"), 800, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "中"), 600, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "低"), 400, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "差"), 200, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "好坏", "好"), 1000, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "好坏", "坏"), 0, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "优良中低差", "1"), 1000, JX_STATUS_QUAL}, /* a ratio, warned */
    {"mof2020", ROW("定性", "优良中低差", "0.6"), 600, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "达成") "    score: 8\n", 800, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "达成") "    score: 10\n", 1000, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "部分达成") "    score: 6\n", 600, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "部分达成") "    score: 7.99\n", 799, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "未达成") "    score: 0\n", 0, JX_STATUS_QUAL},
    {"mof2020", ROW("定性", "达成", "系统运行平稳") "    score: 5\n", 500, JX_STATUS_QUAL},
    {"mof2020", "    op: 定性\n    target: 达成\n    score: 9.5\n", 950, JX_STATUS_QUAL},
    /* deductions come after the formula, floored at 0 */
    {"mof2020", ROW("≥", "10", "10") "    deduct: {points: 2, reason: 目标设置偏低}\n", 800,
     JX_STATUS_MET},
    {"mof2020", ROW("≥", "10", "1") "    deduct: {points: 5, reason: 数据不实}\n", 0,
     JX_STATUS_SHORT},
    /* linear-reverse: ≤ falls to 0 at 2A: p × (B − 2A)/(A − 2A) */
    {"linear-reverse", ROW("≤", "10", "10"), 1000, JX_STATUS_MET},
    {"linear-reverse", ROW("≤", "10", "15"), 500, JX_STATUS_SHORT},
    {"linear-reverse", ROW("≤", "10", "12"), 800, JX_STATUS_SHORT},
    {"linear-reverse", ROW("≤", "10", "20"), 0, JX_STATUS_ZERO},
    {"linear-reverse", ROW("≤", "10", "25"), 0, JX_STATUS_ZERO},
    {"linear-reverse", ROW("≥", "130", "129"), 992, JX_STATUS_SHORT},
    /* pre2020: tiers 100–80 / 80–50 / 50–0, credits 1, 0.65, 0.25 */
    {"pre2020", ROW("定性", "达成", "部分达成"), 650, JX_STATUS_QUAL},
    {"pre2020", ROW("定性", "达成", "未达成"), 250, JX_STATUS_QUAL},
    {"pre2020", ROW("定性", "达成", "部分达成") "    score: 5\n", 500, JX_STATUS_QUAL},
    {"pre2020", "    target: 2023年12月\n    actual: 2024年2月\n", 650, JX_STATUS_SHORT},
};

ParameterizedTestParameters(score, ops)
{
    return cr_make_param_array(scase, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(scase *c, score, ops)
{
    jx_status st;
    int64_t got = score_row(c->rules, c->row, &st);
    cr_expect_eq(got, c->score, "%s\n%s: got %lld, want %lld", c->rules, c->row, (long long)got,
                 (long long)c->score);
    cr_expect_eq(st, c->status, "%s: status %s, want %s", c->row, jx_status_name(st),
                 jx_status_name(c->status));
}

/* A 定性 score outside the tier its actual names is scored as the evaluator gave it, capped at the
 * points, with a qualitative-score-outside-tier warning at the score (domain.md §5: a finding, not
 * bad input). Tiers of p = 10: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6); 优 names 达成, 良
 * (0.8) 达成 too. */
typedef struct tcase {
    char actual[16], score[8];
    int64_t want; /* hundredths: the evaluator's score, capped at 10 */
} tcase;
static tcase tier_violations[] = {
    {"达成", "7.99", 799}, {"部分达成", "8", 800}, {"部分达成", "5.99", 599}, {"未达成", "6", 600},
    {"优", "7", 700},      {"良", "7.99", 799},    {"达成", "10.01", 1000},   {"达成", "12", 1000},
};

ParameterizedTestParameters(score, manual_outside_tier)
{
    return cr_make_param_array(tcase, tier_violations,
                               sizeof tier_violations / sizeof *tier_violations);
}

ParameterizedTest(tcase *c, score, manual_outside_tier)
{
    char yaml[512];
    snprintf(
        yaml, sizeof yaml,
        "org: t\nindicators:\n  - name: q\n    op: 定性\n    target: 优良中低差\n    points: 10\n"
        "    actual: %s\n    score: %s\n",
        c->actual, c->score);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    jx_item it;
    jx_result_item(&it, res, 0);
    cr_expect_eq(it.score, c->want, "%s %s: %lld", c->actual, c->score, (long long)it.score);
    cr_expect_eq(jx_result_total(res), c->want);
    size_t found = 0; /* beside it: weights-do-not-add-up (10 of 100), a shortfall's reason */
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (strcmp(w.code, "qualitative-score-outside-tier") != 0)
            continue;
        found++;
        cr_expect_eq(w.line, 8, "%s", w.message);
        cr_expect_eq(w.column, 12);
    }
    cr_expect_eq(found, 1);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* Exactness: a row of 10 × 899.5/1000 = 8.995 exactly. Binary floating point holds 8.995 as
 * 8.99499999…, which rounds to 8.99 and would drop each total below the band; decimal half-up gives
 * 9.00, so 81 + 9.00 = 90.00 is 优秀, 71 + 9.00 = 80.00 良好, 51 + 9.00 = 60.00 一般. */
typedef struct ecase {
    int rest;
    int64_t total;
    char grade[16];
} ecase;
static ecase exact_cases[] = {{81, 9000, "优秀"}, {71, 8000, "良好"}, {51, 6000, "一般"}};

ParameterizedTestParameters(score, exact_band_edges)
{
    return cr_make_param_array(ecase, exact_cases, sizeof exact_cases / sizeof *exact_cases);
}

ParameterizedTest(ecase *c, score, exact_band_edges)
{
    char yaml[512];
    snprintf(yaml, sizeof yaml,
             "org: t\nindicators:\n"
             "  - {name: a, op: ≥, target: 1000, actual: 899.5, points: 10, reason: r}\n"
             "  - {name: b, op: ≥, target: 1, actual: 1, points: %d}\n",
             c->rest);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    double naive = 10.0 * 899.5 / 1000.0; /* what a float implementation computes */
    cr_expect_lt((long long)(naive * 100.0), 900, "the float path must truncate for this test");
    cr_expect_eq(jx_result_total(res), c->total);
    cr_expect_str_eq(jx_result_grade(res), c->grade);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* The total is the sum of the rounded rows: three rows of 10 × 1/3 = 3.33 each add up to 9.99. */
Test(score, total_sums_rounded_rows)
{
    jx_doc *d;
    jx_rules *r;
    jx_result *res =
        score_yaml("mof2020",
                   "org: t\nindicators:\n"
                   "  - {name: a, op: ≥, target: 3, actual: 1, points: 10, reason: r}\n"
                   "  - {name: b, op: ≥, target: 3, actual: 1, points: 10, reason: r}\n"
                   "  - {name: c, op: ≥, target: 3, actual: 1, points: 10, reason: r}\n",
                   &d, &r);
    cr_expect_eq(jx_result_total(res), 999);
    cr_expect_eq(jx_result_possible(res), 3000);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* Budget execution: rate = executed / full_year, score = p × min(rate, 1). */
typedef struct bcase {
    char rules[16], budget[96];
    int64_t rate, score; /* basis points, hundredths */
    char warning[48];    /* expected warning code, or "" */
} bcase;
static bcase budget_cases[] = {
    {"mof2020", "{full_year: 33311.38万元, executed: 33311.38万元}", 10000, 1000, ""},
    {"mof2020", "{full_year: 100万元, executed: 120万元}", 12000, 1000, ""},
    {"mof2020", "{full_year: 100万元, executed: 85万元}", 8500, 850,
     "execution-below-90-without-reason"},
    {"mof2020", "{full_year: 100万元, executed: 85万元, reason: 项目延期}", 8500, 850, ""},
    {"mof2020", "{full_year: 0, executed: 10}", 0, 0, "zero-budget"},
    {"mof2020", "{full_year: '333,113,794.75', executed: '333,113,794.74'}", 10000, 1000, ""},
    /* 899.95/1000 = 89.995%: the rate rounds half-up to 90.00% and 10 × 0.89995 = 8.9995 to 9.00,
     * yet execution is below 90%, so the reason is still asked for */
    {"mof2020", "{full_year: 1000, executed: 899.95}", 9000, 900,
     "execution-below-90-without-reason"},
    {"mof2020", "{initial: 80, full_year: 100, executed: 90}", 9000, 900, ""},
    {"pre2020", "{initial: 80, full_year: 100, executed: 60}", 7500, 750,
     "execution-below-90-without-reason"},
    {"budget20", "{full_year: 200, executed: 150, reason: r}", 7500, 1500, ""},
    {"mof2020", "{full_year: 100, executed: 98, rate: 98%, score: 9.8}", 9800, 980, ""},
    {"mof2020", "{full_year: 100, executed: 98, rate: 100%}", 9800, 980, "rate-mismatch"},
    /* a printed 10 is 9.80 rounded to an integer; a printed 8 is unexplained */
    {"mof2020", "{full_year: 100, executed: 98, score: 10}", 9800, 980, "rounding"},
    {"mof2020", "{full_year: 100, executed: 98, score: 8}", 9800, 980, "unsupported-score"},
};

ParameterizedTestParameters(score, budget)
{
    return cr_make_param_array(bcase, budget_cases, sizeof budget_cases / sizeof *budget_cases);
}

ParameterizedTest(bcase *c, score, budget)
{
    char yaml[512];
    snprintf(yaml, sizeof yaml,
             "org: t\nbudget: %s\nindicators:\n"
             "  - {name: a, level1: 产出指标, target: 1, actual: 1}\n"
             "  - {name: b, level1: 效益指标, target: 1, actual: 1}\n",
             c->budget);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml(c->rules, yaml, &d, &r);
    jx_budget b;
    jx_result_budget(&b, res);
    cr_expect(b.has_budget);
    cr_expect_eq(b.rate, c->rate, "%s: rate %lld", c->budget, (long long)b.rate);
    cr_expect_eq(b.score, c->score, "%s: score %lld", c->budget, (long long)b.score);
    bool found = false;
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (c->warning[0] && strcmp(w.code, c->warning) == 0)
            found = true;
        cr_expect(strncmp(w.code, "execution", 9) != 0 || c->warning[0], "unexpected %s", w.code);
    }
    if (c->warning[0])
        cr_expect(found, "%s: no %s", c->budget, c->warning);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}
