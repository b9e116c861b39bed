/* test_report.c - jx_report: a row per sheet, failures kept, groups by org with exact subtotals. */
#include "helpers.h"

/* Scores a one-row sheet of `points` points whose actual is `actual` of 100, under org, and adds
 * it to the report: the total is points × actual/100. */
static void add(jx_report *rep, const char *org, int actual, int points, const char *printed)
{
    char yaml[256];
    snprintf(
        yaml, sizeof yaml,
        "org: %s\n%sindicators: [{name: a, target: ≥100, actual: %d, points: %d, reason: r}]\n",
        org, printed, actual, points);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml("mof2020", yaml, &d, &r);
    cr_assert_eq(jx_report_add(rep, res, 1), JX_OK);
    jx_result_free(res); /* the row keeps copies: the result and its sheet may go */
    jx_doc_free(d);
    jx_rules_free(r);
}

static int to_buf(void *ctx, const char *data, size_t len)
{
    strncat(ctx, data, len);
    return 0;
}

/* 甲: 95, 80, 70 of 100 → mean 245/3 = 81.666… → 81.67; 乙: 50; a failure between them stays, last
 * in the text, in place in the CSV. */
Test(report, rows_groups_and_failures)
{
    jx_report *rep;
    cr_assert_eq(jx_report_new(&rep, NULL, NULL), JX_OK);
    add(rep, "甲", 95, 100, "total: 95\ngrade: 优\n");
    add(rep, "乙", 50, 100, "");
    jx_error bad = {.code = JX_EVALUE, .line = 4, .column = 26};
    snprintf(bad.source, sizeof bad.source, "c.yaml");
    snprintf(bad.path, sizeof bad.path, "indicators[0].target");
    snprintf(bad.message, sizeof bad.message, "'1e3': not a number");
    cr_assert_eq(jx_report_add_failure(rep, "c.yaml", 0, &bad), JX_OK);
    add(rep, "甲", 80, 100, "");
    add(rep, "甲", 70, 100, "");
    cr_expect_eq(jx_report_count(rep), 5);
    cr_expect_eq(jx_report_failures(rep), 1);
    jx_report_row row;
    cr_assert_eq(jx_report_get(&row, rep, 0), JX_OK);
    cr_expect_eq(row.total, 9500);
    cr_expect_eq(row.max, 10000);
    cr_expect_str_eq(row.grade, "优秀");
    cr_expect(row.has_printed_total && row.printed_total == 9500);
    cr_expect_str_eq(row.printed_grade, "优");
    cr_expect_eq(row.findings, 0, "优 is 优秀's word: no grade-mismatch");
    cr_assert_eq(jx_report_get(&row, rep, 2), JX_OK);
    cr_expect(row.failed);
    cr_expect_str_eq(row.message, "c.yaml:4:26: indicators[0].target: '1e3': not a number");
    cr_expect_eq(jx_report_get(&row, rep, 5), JX_ENOTFOUND);
    static char text[8192];
    text[0] = '\0';
    cr_assert_eq(jx_report_render_lang(rep, JX_FORMAT_TEXT, JX_LANG_EN, to_buf, text), JX_OK);
    const char *jia = strstr(text, "\n甲\n"), *yi = strstr(text, "\n乙\n"),
               *fail = strstr(text, "failed (1)");
    cr_assert(jia && yi && fail && jia < yi && yi < fail, "%s", text);
    cr_expect(strstr(text, "subtotal: 3 sheets, mean 81.67, min 70.00, max 95.00; 优秀 1, 良好 1, "
                           "一般 1"),
              "%s", text);
    cr_expect(strstr(text, "subtotal: 1 sheet, mean 50.00, min 50.00, max 50.00; 较差 1"), "%s",
              text);
    static char csv[4096];
    csv[0] = '\0';
    cr_assert_eq(jx_report_render(rep, JX_FORMAT_CSV, to_buf, csv), JX_OK);
    const char *third = strstr(strstr(strstr(csv, "\n") + 1, "\n") + 1, "\n") + 1;
    cr_expect(strncmp(third, "c.yaml,0,", 9) == 0, "the failure stays third: %s", csv);
    cr_expect_eq(jx_report_render(rep, JX_FORMAT_EXPLAIN, to_buf, csv), JX_EUSAGE);
    jx_report_free(rep);
}

/* The mean is exact and rounds half-up: 0.01 and 0.02 average 0.015 → 0.02 (a float mean of the
 * two gives 0.014999… and prints 0.01). */
Test(report, subtotal_mean_rounds_half_up)
{
    jx_report *rep;
    cr_assert_eq(jx_report_new(&rep, NULL, NULL), JX_OK);
    add(rep, "甲", 1, 1, ""); /* 1 × 1/100 = 0.01 */
    add(rep, "甲", 2, 1, ""); /* 1 × 2/100 = 0.02 */
    static char text[4096];
    text[0] = '\0';
    cr_assert_eq(jx_report_render_lang(rep, JX_FORMAT_TEXT, JX_LANG_EN, to_buf, text), JX_OK);
    cr_expect(strstr(text, "subtotal: 2 sheets, mean 0.02, min 0.01, max 0.02"), "%s", text);
    text[0] = '\0';
    cr_assert_eq(jx_report_render(rep, JX_FORMAT_TEXT, to_buf, text), JX_OK); /* Chinese */
    cr_expect(strstr(text, "小计：2 份，平均 0.02，最低 0.01，最高 0.02"), "%s", text);
    jx_report_free(rep);
}
