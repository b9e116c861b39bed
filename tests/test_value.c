/* test_value.c - values as people write them: numbers, money, percent, ops, ranges, dates. */
#include "helpers.h"

#include <criterion/parameterized.h>

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct vcase {
    char in[48];
    jx_vkind kind;
    jx_op op;
    int64_t num, hi; /* micro */
    int mag;
    char unit[16];
    int year, month, day;
} vcase;

#define M(x) ((int64_t)((x)*1000000LL))

static vcase value_cases[] = {
    {"442", JX_V_NUM, JX_OP_NONE, M(442), 0, 0, "", 0, 0, 0},
    {"333,113,794.75", JX_V_NUM, JX_OP_NONE, 333113794750000LL, 0, 0, "", 0, 0, 0},
    {"33311.38万元", JX_V_NUM, JX_OP_NONE, 33311380000LL, 0, 4, "元", 0, 0, 0},
    {"92%", JX_V_NUM, JX_OP_NONE, M(92), 0, 0, "%", 0, 0, 0},
    {"≥100百分比", JX_V_NUM, JX_OP_GE, M(100), 0, 0, "%", 0, 0, 0},
    {"≥50个", JX_V_NUM, JX_OP_GE, M(50), 0, 0, "个", 0, 0, 0},
    {"＝3", JX_V_NUM, JX_OP_EQ, M(3), 0, 0, "", 0, 0, 0},
    {"═ 3", JX_V_NUM, JX_OP_EQ, M(3), 0, 0, "", 0, 0, 0},
    {"≧95%", JX_V_NUM, JX_OP_GE, M(95), 0, 0, "%", 0, 0, 0},
    {">=95", JX_V_NUM, JX_OP_GE, M(95), 0, 0, "", 0, 0, 0},
    {"<= 5", JX_V_NUM, JX_OP_LE, M(5), 0, 0, "", 0, 0, 0},
    {"不少于130个", JX_V_NUM, JX_OP_GE, M(130), 0, 0, "个", 0, 0, 0},
    {"100%以上", JX_V_NUM, JX_OP_GE, M(100), 0, 0, "%", 0, 0, 0},
    {"不超过22.58万元", JX_V_NUM, JX_OP_LE, 22580000, 0, 4, "元", 0, 0, 0},
    {"５‰", JX_V_NUM, JX_OP_NONE, M(5), 0, -1, "%", 0, 0, 0},
    {"-3.5", JX_V_NUM, JX_OP_NONE, M(-3.5), 0, 0, "", 0, 0, 0},
    {"0.000001", JX_V_NUM, JX_OP_NONE, 1, 0, 0, "", 0, 0, 0},
    {"90%-100%", JX_V_RANGE, JX_OP_NONE, M(90), M(100), 0, "%", 0, 0, 0},
    {"90～100", JX_V_RANGE, JX_OP_NONE, M(90), M(100), 0, "", 0, 0, 0},
    {"2023年12月", JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0},
    {"≤12月", JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"12月底前", JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"2023年6月30日", JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 6, 30},
    {"2023-09", JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 9, 0},
    {"年底前", JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"达成预期指标", JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"优", JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"不超过预算", JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"  ", JX_V_NONE, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
};

ParameterizedTestParameters(value, reads)
{
    return cr_make_param_array(vcase, value_cases, sizeof value_cases / sizeof *value_cases);
}

ParameterizedTest(vcase *c, value, reads)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_val v;
    memset(&v, 0, sizeof v);
    const char *why = "";
    cr_assert_eq(jx__parse_value(&v, &a, c->in, strlen(c->in), &why), JX_OK, "%s: %s", c->in, why);
    cr_expect_eq(v.kind, c->kind, "%s: kind %d", c->in, v.kind);
    cr_expect_eq(v.op, c->op, "%s: op %d", c->in, v.op);
    if (c->kind == JX_V_NUM || c->kind == JX_V_RANGE) {
        cr_expect_eq(v.num, c->num, "%s: num %lld", c->in, (long long)v.num);
        cr_expect_eq(v.mag, c->mag, "%s: mag %d", c->in, v.mag);
        cr_expect_str_eq(v.unit, c->unit, "%s: unit %s", c->in, v.unit);
    }
    if (c->kind == JX_V_RANGE)
        cr_expect_eq(v.hi, c->hi);
    if (c->kind == JX_V_DATE) {
        cr_expect_eq(v.year, c->year, "%s", c->in);
        cr_expect_eq(v.month, c->month, "%s", c->in);
        cr_expect_eq(v.day, c->day, "%s", c->in);
    }
    jx_arena__free(&a);
}

typedef struct bad {
    char in[32];
} bad;
static bad bad_values[] = {{"1.0000001"}, {"99999999999999"}, {"100-90"}, {"90%-100元"}, {"5-"}};

ParameterizedTestParameters(value, rejects)
{
    return cr_make_param_array(bad, bad_values, sizeof bad_values / sizeof *bad_values);
}

ParameterizedTest(bad *b, value, rejects)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_val v;
    const char *why = NULL;
    cr_expect_eq(jx__parse_value(&v, &a, b->in, strlen(b->in), &why), JX_EVALUE, "%s", b->in);
    cr_expect_not_null(why);
    jx_arena__free(&a);
}

Test(value, ops_column)
{
    cr_expect_eq(jx__parse_op("≥"), JX_OP_GE);
    cr_expect_eq(jx__parse_op("≧"), JX_OP_GE);
    cr_expect_eq(jx__parse_op("正向"), JX_OP_GE);
    cr_expect_eq(jx__parse_op("＝"), JX_OP_EQ);
    cr_expect_eq(jx__parse_op("═"), JX_OP_EQ);
    cr_expect_eq(jx__parse_op("<="), JX_OP_LE);
    cr_expect_eq(jx__parse_op("反向指标"), JX_OP_LE);
    cr_expect_eq(jx__parse_op("定性"), JX_OP_QUAL);
    cr_expect_eq(jx__parse_op(""), JX_OP_NONE);
    cr_expect_eq(jx__parse_op("大概"), -1);
}

Test(value, formats_exactly)
{
    char b[48];
    cr_expect_str_eq(jx__fmt_micro(b, 9500000), "9.5");
    cr_expect_str_eq(jx__fmt_micro(b, -250000), "-0.25");
    cr_expect_str_eq(jx__fmt_micro(b, 442000000), "442");
    cr_expect_str_eq(jx__fmt_hundredths(b, 990), "9.90");
    cr_expect_str_eq(jx__fmt_hundredths(b, 5), "0.05");
    cr_expect_str_eq(jx__fmt_money(b, 33311380000LL), "333,113,800.00元");
    cr_expect_str_eq(jx__fmt_money(b, 75), "0.75元");
}

Test(value, display_width)
{
    cr_expect_eq(jx_display_width("abc"), 3);
    cr_expect_eq(jx_display_width("三级指标"), 8);
    cr_expect_eq(jx_display_width("≥92%"), 4);
    cr_expect_eq(jx_display_width("５G"), 3);
}
