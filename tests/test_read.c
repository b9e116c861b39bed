/* test_read.c - a value read as its row means it (domain.md §5): one test for each misreading
 * that real forms showed, with its arithmetic worked by hand; and every reader reading alike. */
#include "helpers.h"

#include <criterion/parameterized.h>

/* How many warnings of this code the result holds. */
static size_t count(const jx_result *res, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        n += strcmp(w.code, code) == 0;
    }
    return n;
}

/* The first warning of this code (the test fails without one). */
static jx_warning first(const jx_result *res, const char *code)
{
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (strcmp(w.code, code) == 0)
            return w;
    }
    cr_assert_fail("no %s warning", code);
    return (jx_warning){0};
}

static jx_item item(const jx_result *res, size_t i)
{
    jx_item it;
    cr_assert_eq(jx_result_item(&it, res, i), JX_OK);
    return it;
}

typedef struct scored {
    jx_doc *d;
    jx_rules *r;
    jx_result *res;
} scored;

static scored score(const char *yaml)
{
    scored s;
    s.res = score_yaml("mof2020", yaml, &s.d, &s.r);
    return s;
}

static void done(scored s)
{
    jx_result_free(s.res);
    jx_doc_free(s.d);
    jx_rules_free(s.r);
}

/* ---- 2023.12, 1934.09, 2000.5 are numbers ---------------------------------------------------- */

/* A budget of 2023.5 (万元) was "not an amount of money": it was read as the date 2023年5月. It is
 * 2023.5万元 = 20,235,000.00元 = 2,023,500,000 分. An actual 1900.5 米 against 1934.09 米 was "on
 * or before September 1934 → met → 100"; it is 100 × 1900.5/1934.09 = 98.2633… → 98.26. */
Test(read, dotted_numbers_are_numbers)
{
    scored s = score("org: t\nyear: 2023\nbudget: {full_year: '2023.5', executed: '2023.5'}\n"
                     "indicators:\n"
                     "  - {name: 堤防长度, op: ≥, target: '1934.09', unit: 米, actual: '1900.5',"
                     " points: 100, reason: 征地}\n");
    jx_budget b;
    jx_result_budget(&b, s.res);
    cr_expect_eq(b.full_year, 2023500000);
    cr_expect_eq(b.rate, 10000);
    jx_item it = item(s.res, 0);
    cr_expect_str_eq(it.op, "≥");
    cr_expect_eq(it.score, 9826);
    cr_expect_eq(it.status, JX_STATUS_SHORT);
    done(s);
}

/* The same text on a date row (时效指标) is the date 2023年12月: 2023.11 is on or before it → 10. A
 * YAML number 2023.12 is a number wherever it stands: on a date row it is refused at its place,
 * saying to quote it. */
Test(read, dotted_dates_only_on_date_rows)
{
    scored s = score("org: t\nindicators:\n"
                     "  - {level2: 时效指标, name: 完成时间, target: '2023.12', actual: '2023.11',"
                     " points: 10}\n");
    cr_expect_str_eq(item(s.res, 0).op, "date");
    cr_expect_eq(item(s.res, 0).score, 1000);
    done(s);
    jx_error err = load_fail("org: t\nindicators:\n"
                             "  - {level2: 时效指标, name: 完成时间, target: 2023年12月,"
                             " actual: 2023.11, points: 10}\n");
    expect_located(&err, "typed", JX_EVALUE, "bad.yaml", 3, 58, "indicators[0].actual", "quote it");
}

/* ---- the 度量单位 column is the unit of bare numbers
 * --------------------------------------------- */

/* [0] target 1万人次, 度量单位 人次, actual 9000: 9000人次 of 10000 → 10 × 0.9 = 9.00 (was read as
 *     9000万人次: over, full marks).
 * [1] target 22.58万元, 度量单位 元, op ≤, actual 225800: 225800元 = 22.58万元 → met, 10.00 (was
 *     225800万元: 10 × 22.58/225800 = 0.00).
 * [2] nothing says (no column, bare actual): the actual takes the target's 万元, and 225800万元 is
 *     10^4 × 22.58万元 → 10 × 22.58/225800 = 0.001 → 0.00, with magnitude-suspect asking 元? */
Test(read, column_unit_wins_over_target_magnitude)
{
    scored s = score(
        "org: t\nindicators:\n"
        "  - {name: 服务人次, op: ≥, target: 1万人次, unit: 人次, actual: 9000, points: 10, "
        "reason: r}\n"
        "  - {name: 项目成本, op: ≤, target: 22.58万元, unit: 元, actual: 225800, points: 10}\n"
        "  - {name: 项目成本, op: ≤, target: 22.58万元, actual: 225800, points: 10, reason: r}\n");
    cr_expect_eq(item(s.res, 0).score, 900);
    cr_expect_eq(item(s.res, 1).score, 1000);
    cr_expect_eq(item(s.res, 1).status, JX_STATUS_MET);
    cr_expect_eq(item(s.res, 2).score, 0);
    cr_expect_eq(count(s.res, "magnitude-suspect"), 1);
    jx_warning w = first(s.res, "magnitude-suspect");
    cr_expect_str_eq(w.path, "indicators[2]");
    cr_expect(strstr(w.message, "10000×") && strstr(w.message, "is it in 元?"), "%s", w.message);
    done(s);
}

/* ---- budget money is in 万元 ---------------------------------------------------------------- */

/* 全年预算数 207.4538 (万元) = 2,074,538.00元 = 207,453,800 分 (was refused, "a fraction of a 分");
 * 全年执行数 7.29 = 72,900.00元 = 7,290,000 分 (was 7.29元). 执行率 = 72900/2074538 = 3.5140…% →
 * 351 basis points; 得分 = 10 × 0.035140… = 0.35. With unit 元 the same digits are 元. */
Test(read, budget_money_is_wan_yuan)
{
    scored s = score("org: t\nbudget: {full_year: 207.4538, executed: 7.29, reason: 项目延期}\n"
                     "indicators: [{name: a, target: 1, actual: 1, points: 90}]\n");
    jx_budget b;
    jx_result_budget(&b, s.res);
    cr_expect_eq(b.full_year, 207453800);
    cr_expect_eq(b.executed, 7290000);
    cr_expect_eq(b.rate, 351);
    cr_expect_eq(b.score, 35);
    done(s);
    s = score("org: t\nbudget: {unit: 元, full_year: 100, executed: 90}\n"
              "indicators: [{name: a, target: 1, actual: 1, points: 90}]\n");
    jx_result_budget(&b, s.res);
    cr_expect_eq(b.full_year, 10000);
    cr_expect_eq(b.executed, 9000);
    done(s);
}

/* ---- weights written into level names ------------------------------------------------------ */

/* 产出指标(60分) over 3 rows = 20 each; 效益指标（10分） 10; 满意度指标 10分 10; budget 20 (its
 * 分值). Scores: 20, 20 × 5/10 = 10, 20, 10, 10, budget 20 × 100% = 20 → 90.00 of 100 → 优秀 (the
 * default 50/30/10 split made it a total out of 110). One points-inferred note, at the first row.
 */
Test(read, level_weights_in_names)
{
    scored s =
        score("org: t\nbudget: {full_year: 100, executed: 100, points: 20}\nindicators:\n"
              "  - {level1: 产出指标(60分), name: a, op: ≥, target: 10, actual: 10}\n"
              "  - {level1: 产出指标(60分), name: b, op: ≥, target: 10, actual: 5, reason: r}\n"
              "  - {level1: 产出指标(60分), name: c, op: ≥, target: 10, actual: 10}\n"
              "  - {level1: 效益指标（10分）, name: d, op: ≥, target: 1, actual: 1}\n"
              "  - {level1: 满意度指标 10分, name: e, op: ≥, target: 90, actual: 95}\n");
    int64_t points[] = {2000, 2000, 2000, 1000, 1000}, scores[] = {2000, 1000, 2000, 1000, 1000};
    for (size_t i = 0; i < 5; i++) {
        cr_expect_eq(item(s.res, i).points, points[i], "row %zu", i);
        cr_expect_eq(item(s.res, i).score, scores[i], "row %zu", i);
    }
    cr_expect_eq(jx_result_possible(s.res), 10000);
    cr_expect_eq(jx_result_total(s.res), 9000);
    cr_expect_str_eq(jx_result_grade(s.res), "优秀");
    cr_expect_eq(jx_result_warning_count(s.res), 1);
    jx_warning w = first(s.res, "points-inferred");
    cr_expect_str_eq(w.path, "indicators[0].points");
    cr_expect(strstr(w.message, "产出指标 60 (in its name)"), "%s", w.message);
    done(s);
}

/* Rows with points keep them; the others share what their level leaves, the last taking the
 * remainder: 产出指标(60分) with 10 printed leaves 50 over 3 rows = 16.66, 16.66, 16.68. */
Test(read, inferred_points_share_the_rest)
{
    scored s = score("org: t\nindicators:\n"
                     "  - {level1: 产出指标(60分), name: a, target: ≥1, actual: 1, points: 10}\n"
                     "  - {level1: 产出指标(60分), name: b, target: ≥1, actual: 1}\n"
                     "  - {level1: 产出指标(60分), name: c, target: ≥1, actual: 1}\n"
                     "  - {level1: 产出指标(60分), name: d, target: ≥1, actual: 1}\n"
                     "  - {level1: 效益指标(40分), name: e, target: ≥1, actual: 1, points: 40}\n");
    int64_t points[] = {1000, 1666, 1666, 1668, 4000};
    for (size_t i = 0; i < 5; i++)
        cr_expect_eq(item(s.res, i).points, points[i], "row %zu", i);
    cr_expect_eq(jx_result_total(s.res), 10000);
    done(s);
}

/* ---- 定性 scores are findings, not refusals ----------------------------------------------------
 */

/* No 分值 printed: 满意度指标 10 (mof2020's split) for q, 产出指标 50 for a. The evaluator's 12 is
 * more than q's 10 inferred points: it stands, capped at 10, with a warning at the score. Total
 * 10 + 50 = 60. */
Test(read, qualitative_score_above_inferred_points)
{
    scored s =
        score("org: t\nindicators:\n"
              "  - {level1: 满意度指标, name: q, op: 定性, target: 达成, actual: 达成, score: 12}\n"
              "  - {level1: 产出指标, name: a, op: ≥, target: 1, actual: 1}\n");
    cr_expect_eq(item(s.res, 0).score, 1000);
    cr_expect_eq(jx_result_total(s.res), 6000);
    jx_warning w = first(s.res, "qualitative-score-outside-tier");
    cr_expect_eq(w.line, 3);
    cr_expect(strstr(w.message, "more than the indicator's 10.00 points"), "%s", w.message);
    done(s);
}

/* A 定性 actual written as a percentage is a completion ratio: 100% → 10.00; 80% → 8.00 (the 达成
 * tier starts at 0.8); 120% → capped at 1 → 10.00. None of them is refused. */
Test(read, qualitative_percent_actual)
{
    scored s = score("org: t\nindicators:\n"
                     "  - {name: a, op: 定性, target: 达成, actual: 100%, points: 10}\n"
                     "  - {name: b, op: 定性, target: 达成, actual: 80%, points: 10}\n"
                     "  - {name: c, op: 定性, target: 达成, actual: 120%, points: 10}\n");
    cr_expect_eq(item(s.res, 0).score, 1000);
    cr_expect_eq(item(s.res, 1).score, 800);
    cr_expect_str_eq(item(s.res, 1).tier, "达成");
    cr_expect_eq(item(s.res, 2).score, 1000);
    cr_expect_eq(count(s.res, "actual-looks-like-ratio"), 0); /* a percentage says so itself */
    done(s);
}

/* ---- dates ---------------------------------------------------------------------------------- */

/* [0] 2023年11月完成 against 2023年12月底前: on or before → 10.00 (was "a number with the unit
 *     年11月完成").
 * [1] 12月底前 takes the sheet's year 2023: 2024年3月 is late → the 部分达成 tier, 0.7 × 10 = 7.00
 *     (was compared by month only: 3 ≤ 12, met).
 * [2] 2023年 as a deadline is the end of 2023: 2023年11月 is on or before it → 10.00 (was the
 *     quantity 2023 against 2023.11: 99.95).
 * [3] ≤2023年 against 2024年1月: late → 7.00. */
Test(read, dates_with_words_and_years)
{
    scored s = score("org: t\nyear: 2023\nindicators:\n"
                     "  - {name: a, target: 2023年12月底前, actual: 2023年11月完成, points: 10}\n"
                     "  - {name: b, target: 12月底前, actual: 2024年3月, points: 10, reason: r}\n"
                     "  - {name: c, target: 2023年, actual: 2023年11月, points: 10}\n"
                     "  - {name: d, target: ≤2023年, actual: 2024年1月, points: 10, reason: r}\n");
    int64_t scores[] = {1000, 700, 1000, 700};
    for (size_t i = 0; i < 4; i++) {
        cr_expect_str_eq(item(s.res, i).op, "date", "row %zu", i);
        cr_expect_eq(item(s.res, i).score, scores[i], "row %zu", i);
    }
    done(s);
}

/* An impossible date is an error at that value: a bad target date is the target's fault, not the
 * actual's. */
Test(read, impossible_dates_name_their_value)
{
    jx_error err = load_fail("org: t\nindicators:\n"
                             "  - name: a\n    target: 2023年2月30日\n    actual: 2023年2月\n");
    expect_located(&err, "target", JX_EVALUE, "bad.yaml", 4, 13, "indicators[0].target",
                   "2023年2月 has 28 days");
    err = load_fail("org: t\nindicators:\n"
                    "  - name: a\n    target: 2023年12月\n    actual: 2023年13月\n");
    expect_located(&err, "actual", JX_EVALUE, "bad.yaml", 5, 13, "indicators[0].actual",
                   "no month 13");
}

/* What starts like a number and is not one is an error at its place saying what to write. */
typedef struct badnum {
    char text[16], why[40];
} badnum;
static badnum bad_numbers[] = {{"1e3", "write 1000"},   {"1_000", "write 1000"},
                               {"0x10", "write 16"},    {"1:30", "write one number"},
                               {"1,5", "point (1.5)"},  {"22.58万元/人", ""},
                               {"1,234,56", "by three"}};

ParameterizedTestParameters(read, not_numbers)
{
    return cr_make_param_array(badnum, bad_numbers, sizeof bad_numbers / sizeof *bad_numbers);
}

ParameterizedTest(badnum *b, read, not_numbers)
{
    char yaml[256];
    snprintf(yaml, sizeof yaml, "org: t\nindicators:\n  - name: a\n    op: ≥\n    target: '%s'\n",
             b->text);
    if (!b->why[0]) { /* a unit with a slash is a unit, not a number's end */
        jx_doc *d;
        jx_error err;
        cr_expect_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "ok.yaml", NULL, &err), JX_OK, "%s",
                     err.message);
        jx_doc_free(d);
        return;
    }
    jx_error err = load_fail(yaml);
    expect_located(&err, b->text, JX_EVALUE, "bad.yaml", 5, 13, "indicators[0].target", b->why);
}

/* ---- ops no one wrote ----------------------------------------------------------------------- */

/* No 指标性质, no sign:
 * [0] a 成本指标 row is a ceiling: 120 against ≤100 → 10 × 100/120 = 8.33
 * [1] a target of 0: 2 accidents against 0 → ≤, zero target, 2 > 0 → 0.00 (was ≥: full marks)
 * [2] 投诉 counts bad events: 8 against ≤5 → 10 × 5/8 = 6.25
 * [3] a response time under 时效指标 in 小时: 3 against ≤2 → 10 × 2/3 = 6.67
 * [4] anything else stays ≥: 90 of 100 → 9.00
 * Each is an op-assumed warning naming its reason. */
Test(read, assumed_ops_name_their_reason)
{
    scored s = score(
        "org: t\nindicators:\n"
        "  - {level2: 成本指标, name: 印刷费, target: 100, unit: 万元, actual: 120, points: 10, "
        "reason: r}\n"
        "  - {name: 安全事故, target: 0, unit: 次, actual: 2, points: 10, reason: r}\n"
        "  - {name: 群众投诉, target: 5, unit: 件, actual: 8, points: 10, reason: r}\n"
        "  - {level2: 时效指标, name: 响应时间, target: 2, unit: 小时, actual: 3, points: 10, "
        "reason: r}\n"
        "  - {name: 培训人次, target: 100, actual: 90, points: 10, reason: r}\n");
    const char *ops[] = {"≤", "≤", "≤", "≤", "≥"};
    int64_t scores[] = {833, 0, 625, 667, 900};
    const char *why[] = {"a cost (成本指标)", "a target of 0", "counts 投诉", "(小时)",
                         "read as ≥"};
    cr_assert_eq(count(s.res, "op-assumed"), 5);
    for (size_t i = 0, k = 0; i < jx_result_warning_count(s.res); i++) {
        jx_warning w;
        jx_result_warning(&w, s.res, i);
        if (strcmp(w.code, "op-assumed") != 0)
            continue;
        cr_expect_str_eq(item(s.res, k).op, ops[k], "row %zu", k);
        cr_expect_eq(item(s.res, k).score, scores[k], "row %zu", k);
        cr_expect(strstr(w.message, why[k]), "row %zu: %s", k, w.message);
        k++;
    }
    done(s);
}

/* 指标性质 ≥ against a target written ≤5: 指标性质 wins (4 of 5 → 10 × 4/5 = 8.00), op-conflict at
 * the target. 指标性质 ≥ against words: scored as 定性, op-conflict too. */
Test(read, op_conflicts)
{
    scored s = score("org: t\nindicators:\n"
                     "  - {name: a, op: ≥, target: ≤5, actual: 4, points: 10, reason: r}\n"
                     "  - {name: b, op: ≥, target: 十个, actual: 达成, points: 10}\n");
    cr_expect_str_eq(item(s.res, 0).op, "≥");
    cr_expect_eq(item(s.res, 0).score, 800);
    cr_expect_str_eq(item(s.res, 1).op, "定性");
    cr_expect_eq(item(s.res, 1).score, 1000);
    cr_expect_eq(count(s.res, "op-conflict"), 2);
    jx_warning w = first(s.res, "op-conflict");
    cr_expect_eq(w.line, 3);
    cr_expect(strstr(w.message, "the nature wins"), "%s", w.message);
    done(s);
}

/* ---- claims --------------------------------------------------------------------------------- */

/* Total 100 → 优秀: a printed 优 is the 办法's word for it (no finding); 良 names another grade;
 * 合格 is not a grade at all. */
Test(read, grade_words)
{
    const char *printed[] = {"优", "优秀", "良", "合格"};
    size_t mismatches[] = {0, 0, 1, 1};
    for (size_t i = 0; i < 4; i++) {
        char yaml[160];
        snprintf(yaml, sizeof yaml,
                 "org: t\ngrade: %s\nindicators: [{name: a, target: ≥1, actual: 1, points: 100}]\n",
                 printed[i]);
        scored s = score(yaml);
        cr_expect_eq(count(s.res, "grade-mismatch"), mismatches[i], "%s", printed[i]);
        if (i == 3)
            cr_expect(strstr(first(s.res, "grade-mismatch").message, "none of the grades"));
        done(s);
    }
}

/* 10 × 9.8/10 = 9.80: a printed 9 is 9.80 cut (truncation), a printed 10 is 9.80 rounded
 * (rounding), a printed 9.5 is neither (unsupported-score). A second row of 90 makes 100. */
Test(read, truncation_is_not_rounding)
{
    const char *printed[] = {"9", "10", "9.5"};
    const char *code[] = {"truncation", "rounding", "unsupported-score"};
    for (size_t i = 0; i < 3; i++) {
        char yaml[200];
        snprintf(yaml, sizeof yaml,
                 "org: t\nindicators: [{name: a, op: ≥, target: 10, actual: 9.8, points: 10, "
                 "score: %s, reason: r}, {name: b, target: ≥1, actual: 1, points: 90}]\n",
                 printed[i]);
        scored s = score(yaml);
        cr_expect_eq(jx_result_warning_count(s.res), 1, "%s", printed[i]);
        cr_expect_str_eq(first(s.res, code[i]).code, code[i]);
        done(s);
    }
}

static int to_buf(void *ctx, const char *data, size_t len)
{
    strncat(ctx, data, len < 4000 - strlen(ctx) ? len : 4000 - strlen(ctx) - 1);
    return 0;
}

/* An absent 年初预算数 and an absent actual are absent in the output: null in JSON, never 0. */
Test(read, absent_is_not_zero)
{
    scored s = score("org: t\nbudget: {full_year: 100, executed: 100}\nindicators:\n"
                     "  - {name: a, target: ≥1, points: 90}\n");
    jx_budget b;
    jx_result_budget(&b, s.res);
    cr_expect_not(b.has_initial);
    cr_expect(b.has_full_year);
    static char json[4000];
    json[0] = '\0';
    cr_assert_eq(jx_result_render(s.res, JX_FORMAT_JSON, to_buf, json), JX_OK);
    cr_expect(strstr(json, "\"initial\": null"), "%s", json);
    cr_expect(strstr(json, "\"score\": null"), "%s", json);
    done(s);
}

/* A budget block alone is a fragment: its row scores (10 × 90% = 9.00) and the sheet gets no grade,
 * nor a weights warning. */
Test(read, budget_alone_is_a_fragment)
{
    scored s = score("org: t\nbudget: {full_year: 100, executed: 90, reason: r}\n");
    cr_expect_eq(jx_result_count(s.res), 0);
    cr_expect_eq(jx_result_total(s.res), 900);
    cr_expect_null(jx_result_grade(s.res));
    cr_expect_eq(jx_result_warning_count(s.res), 0);
    done(s);
}

/* ---- every reader reads a row alike --------------------------------------------------------- */

/* The same three rows as YAML, a JSONL record, the long CSV and the printed form as CSV:
 * [0] 成本指标 22.58万元 against 225800 in 元 → met, 10.00 (no sign: a cost, ≤)
 * [1] 时效指标 2023.12 against 2023.11: dates → 10.00
 * [2] 1900.5 of ≥1934.09 米 → 10 × 0.982633… = 9.83 */
Test(read, every_reader_alike)
{
    static const char yaml[] =
        "org: t\nyear: 2023\nindicators:\n"
        "  - {level2: 成本指标, name: 项目成本, target: 22.58万元, unit: 元, actual: '225800', "
        "points: 10}\n"
        "  - {level2: 时效指标, name: 完成时间, target: '2023.12', actual: '2023.11', points: 10}\n"
        "  - {level2: 数量指标, name: 堤防长度, target: ≥1934.09, unit: 米, actual: '1900.5', "
        "points: 10, reason: r}\n";
    static const char jsonl[] =
        "{\"org\": \"t\", \"year\": 2023, \"indicators\": ["
        "{\"level2\": \"成本指标\", \"name\": \"项目成本\", \"target\": \"22.58万元\", \"unit\": "
        "\"元\", \"actual\": 225800, \"points\": 10}, "
        "{\"level2\": \"时效指标\", \"name\": \"完成时间\", \"target\": \"2023.12\", \"actual\": "
        "\"2023.11\", \"points\": 10}, "
        "{\"level2\": \"数量指标\", \"name\": \"堤防长度\", \"target\": \"≥1934.09\", \"unit\": "
        "\"米\", \"actual\": 1900.5, \"points\": 10, \"reason\": \"r\"}]}";
    static const char header[] = "sheet,org,year,level2,name,target,unit,actual,points,reason";
    static const char rows[] = "1,t,2023,成本指标,项目成本,22.58万元,元,225800,10,\n"
                               "1,,,时效指标,完成时间,2023.12,,2023.11,10,\n"
                               "1,,,数量指标,堤防长度,≥1934.09,米,1900.5,10,r\n";
    static const char form[] = "单位名称,t\n年度,2023\n"
                               "二级指标,三级指标,年度指标值,度量单位,实际完成值,分值,偏差原因\n"
                               "成本指标,项目成本,22.58万元,元,225800,10,\n"
                               "时效指标,完成时间,2023.12,,2023.11,10,\n"
                               "数量指标,堤防长度,≥1934.09,米,1900.5,10,r\n";
    jx_doc *docs[4];
    jx_error err;
    cr_assert_eq(jx_doc_load_buffer(&docs[0], yaml, strlen(yaml), "t.yaml", NULL, &err), JX_OK,
                 "%s", err.message);
    jx_record line = {JX_INPUT_JSONL, jsonl, strlen(jsonl), NULL, 0, "t.jsonl", 1};
    cr_assert_eq(jx_doc_load_record(&docs[1], &line, NULL, &err), JX_OK, "%s", err.message);
    jx_record sheet = {JX_INPUT_CSV, rows, strlen(rows), header, strlen(header), "t.csv", 2};
    cr_assert_eq(jx_doc_load_record(&docs[2], &sheet, NULL, &err), JX_OK, "%s", err.message);
    cr_assert_eq(jx_forms_load_buffer(&docs[3], form, strlen(form), "form.csv", NULL, &err), JX_OK,
                 "%s", err.message);
    jx_rules *r;
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", &err), JX_OK);
    static const int64_t want[] = {1000, 1000, 983};
    static const char *const ops[] = {"≤", "date", "≥"};
    for (size_t k = 0; k < 4; k++) {
        jx_result *res;
        cr_assert_eq(jx_score(&res, r, jx_doc_sheet(docs[k], 0), &err), JX_OK, "reader %zu: %s", k,
                     err.message);
        for (size_t i = 0; i < 3; i++) {
            cr_expect_eq(item(res, i).score, want[i], "reader %zu, row %zu", k, i);
            cr_expect_str_eq(item(res, i).op, ops[i], "reader %zu, row %zu", k, i);
        }
        cr_expect_eq(count(res, "op-assumed"), 1, "reader %zu", k);
        jx_result_free(res);
        jx_doc_free(docs[k]);
    }
    jx_rules_free(r);
}
