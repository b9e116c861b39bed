/* test_audit.c - jx_audit: every class of finding, its place and severity, on hand-made forms. */
#include "helpers.h"

#ifndef JX_SOURCE_DIR
#error JX_SOURCE_DIR must name the source tree
#endif

typedef struct finding {
    const char *code, *severity, *path;
} finding;

/* a table: clang-format counts a CJK character as three columns */
/* clang-format off */
/* tests/cases/audit-classes.yaml, sheet 1 (p = 10 on every row):
 *   [0] ≥ 3, actual 2: 10 × 2/3 = 6.67; printed 7 = 6.67 rounded        rounding (info)
 *   [1] ≥ 10, actual 10: met; printed 8, no 偏差原因                     deduction-without-reason
 *   [2] ≥ 10, actual 5: 5.00; printed 9, with a reason; nothing gives 9  unsupported-score
 *   [3] 定性 优 (达成 tier [8, 10]), the evaluator's 6: it stands        qualitative-score-…-tier
 *   [4] ≥ 100, actual 150 = 150% ≥ 130%, no 偏差原因                      over-target-without-reason
 *   [5] ≥ 90 %, actual 0.95: 10 × 0.95/90 = 0.11                         actual-looks-like-ratio
 *   [6] ≥ 10, actual 8: 8.00, no 偏差原因                                 shortfall-without-reason
 *   budget 80万 / 100万 = 80%, below 90%, no 偏差原因                      execution-below-90-…
 *          printed 执行率 85%                                             rate-mismatch
 *          10 × 0.8 = 8.00 = printed 8                                   (nothing)
 *   points 7 × 10 + budget 10 = 80, not 100                              weights-do-not-add-up
 *   total 6.67 + 10 + 5 + 6 + 10 + 0.11 + 8 + 8 = 53.78 → 较差, printed 良好   grade-mismatch
 * sheet 2: the rows print 50 + 50 = 100, the form 总分 95                   sum-mismatch
 * sheet 3, reading values by their row (domain.md §5):
 *   [0] ≥ 10 次, actual 9.8: 10 × 9.8/10 = 9.80; printed 9 = 9.80 cut    truncation (info)
 *   [1] 安全事故 0 起, no 指标性质, no sign: a target of 0 reads ≤;
 *       0 ≤ 0 → full                                                     op-assumed (info)
 *   [2] 指标性质 ≥ against the target '≤22.58': ≥ wins                   op-conflict
 *       bare 225800 in the 度量单位 万元 is 10^4 × 22.58万元               magnitude-suspect
 *       met (over 130%, with a reason): full
 *   [1], [2] print no 分值: 产出指标(60分) less the printed 10 = 50,
 *       25 each; [3] takes 效益指标(40分): 40                            points-inferred (info)
 *   total 9.80 + 25 + 25 + 40 = 99.80 → 优秀; printed 优 is 优秀          (nothing)
 */
/* clang-format on */
static const finding sheet1[] = {
    {"rounding", "info", "indicators[0]"},
    {"deduction-without-reason", "error", "indicators[1]"},
    {"unsupported-score", "error", "indicators[2]"},
    {"qualitative-score-outside-tier", "error", "indicators[3]"},
    {"over-target-without-reason", "warning", "indicators[4]"},
    {"actual-looks-like-ratio", "warning", "indicators[5]"},
    {"shortfall-without-reason", "warning", "indicators[6]"},
    {"execution-below-90-without-reason", "warning", "budget"},
    {"rate-mismatch", "error", "budget.rate"},
    {"weights-do-not-add-up", "warning", ""},
    {"grade-mismatch", "error", "grade"},
};
static const finding sheet2[] = {{"sum-mismatch", "error", "total"}};
static const finding sheet3[] = {
    {"points-inferred", "info", "indicators[1].points"},
    {"truncation", "info", "indicators[0]"},
    {"op-assumed", "info", "indicators[1]"},
    {"op-conflict", "warning", "indicators[2]"},
    {"magnitude-suspect", "warning", "indicators[2]"},
};

static void expect_findings(const jx_result *res, const finding *want, size_t n)
{
    cr_expect_eq(jx_result_warning_count(res), n, "%zu findings", jx_result_warning_count(res));
    for (size_t i = 0; i < n && i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        cr_expect_str_eq(w.code, want[i].code, "finding %zu", i);
        cr_expect_str_eq(jx_severity_name(w.severity), want[i].severity, "finding %zu", i);
        cr_expect_str_eq(w.path, want[i].path, "finding %zu", i);
        cr_expect_gt(w.line, 0);
    }
}

Test(audit, every_class_once)
{
    jx_rules *r;
    jx_doc *d;
    jx_result *res;
    jx_error err;
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", &err), JX_OK);
    cr_assert_eq(jx_doc_load_file(&d, JX_SOURCE_DIR "/tests/cases/audit-classes.yaml", NULL, &err),
                 JX_OK, "%s", err.message);
    /* scoring and auditing alike report the 定性 score outside its tier and go on */
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK, "%s", err.message);
    cr_expect_eq(jx_result_total(res), 5378);
    cr_expect_str_eq(jx_result_grade(res), "较差");
    expect_findings(res, sheet1, sizeof sheet1 / sizeof *sheet1);
    jx_result_free(res);
    cr_assert_eq(jx_audit(&res, r, jx_doc_sheet(d, 1), &err), JX_OK);
    expect_findings(res, sheet2, 1);
    jx_result_free(res);
    cr_assert_eq(jx_audit(&res, r, jx_doc_sheet(d, 2), &err), JX_OK, "%s", err.message);
    cr_expect_eq(jx_result_total(res), 9980);
    cr_expect_str_eq(jx_result_grade(res), "优秀");
    int64_t points[] = {1000, 2500, 2500, 4000};
    for (size_t i = 0; i < 4; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        cr_expect_eq(it.points, points[i], "row %zu: %lld points", i, (long long)it.points);
    }
    expect_findings(res, sheet3, sizeof sheet3 / sizeof *sheet3);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

Test(audit, severities_are_the_rule_sets)
{
    const char *rules = "extends: mof2020\naudit:\n  severity:\n    rounding: error\n"
                        "    over-target-without-reason: info\n";
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_buffer(&r, rules, strlen(rules), "a.yaml", NULL, &err), JX_OK, "%s",
                 err.message);
    cr_expect_eq(r->severity[JX_C_ROUNDING], JX_SEVERITY_ERROR);
    cr_expect_eq(r->severity[JX_C_OVER], JX_SEVERITY_INFO);
    cr_expect_eq(r->severity[JX_C_UNSUPPORTED], JX_SEVERITY_ERROR); /* kept from mof2020 */
    jx_rules_free(r);
    rules = "extends: mof2020\naudit:\n  severity:\n    rounding: fatal\n";
    cr_expect_eq(jx_rules_load_buffer(&r, rules, strlen(rules), "a.yaml", NULL, &err), JX_EVALUE);
    cr_expect_eq(err.line, 4);
    cr_expect_eq(err.column, 15);
    rules = "extends: mof2020\naudit:\n  severity:\n    roundng: info\n";
    cr_expect_eq(jx_rules_load_buffer(&r, rules, strlen(rules), "a.yaml", NULL, &err), JX_ESCHEMA);
    cr_expect_not_null(strstr(err.message, "did you mean 'rounding'"), "%s", err.message);
}
