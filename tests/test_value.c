/* test_value.c - one value read by its shape: numbers, money, percent, ops, ranges, dates; and the
 * strict number syntax whose errors say what to write (domain.md §5). */
#include "helpers.h"

#include <criterion/parameterized.h>

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct vcase {
    char in[48];
    unsigned flags; /* JX_READ_DATES: a date row; JX_READ_TYPED: a YAML or JSON number */
    jx_vkind kind;
    jx_op op;
    int64_t num, hi; /* micro */
    int mag;
    char unit[16];
    int year, month, day;
} vcase;

#define M(x) ((int64_t)((x)*1000000LL))
#define D    JX_READ_DATES
#define T    JX_READ_TYPED

static vcase value_cases[] = {
    {"442", 0, JX_V_NUM, JX_OP_NONE, M(442), 0, 0, "", 0, 0, 0},
    {"333,113,794.75", 0, JX_V_NUM, JX_OP_NONE, 333113794750000LL, 0, 0, "", 0, 0, 0},
    {"1,234,567.5", 0, JX_V_NUM, JX_OP_NONE, M(1234567.5), 0, 0, "", 0, 0, 0},
    {"33311.38万元", 0, JX_V_NUM, JX_OP_NONE, 33311380000LL, 0, 4, "元", 0, 0, 0},
    {"92%", 0, JX_V_NUM, JX_OP_NONE, M(92), 0, 0, "%", 0, 0, 0},
    {"≥100百分比", 0, JX_V_NUM, JX_OP_GE, M(100), 0, 0, "%", 0, 0, 0},
    {"≥50个", 0, JX_V_NUM, JX_OP_GE, M(50), 0, 0, "个", 0, 0, 0},
    {"＝3", 0, JX_V_NUM, JX_OP_EQ, M(3), 0, 0, "", 0, 0, 0},
    {"═ 3", 0, JX_V_NUM, JX_OP_EQ, M(3), 0, 0, "", 0, 0, 0},
    {"≧95%", 0, JX_V_NUM, JX_OP_GE, M(95), 0, 0, "%", 0, 0, 0},
    {">=95", 0, JX_V_NUM, JX_OP_GE, M(95), 0, 0, "", 0, 0, 0},
    {"<= 5", 0, JX_V_NUM, JX_OP_LE, M(5), 0, 0, "", 0, 0, 0},
    {"不少于130个", 0, JX_V_NUM, JX_OP_GE, M(130), 0, 0, "个", 0, 0, 0},
    {"100%以上", 0, JX_V_NUM, JX_OP_GE, M(100), 0, 0, "%", 0, 0, 0},
    {"不超过22.58万元", 0, JX_V_NUM, JX_OP_LE, 22580000, 0, 4, "元", 0, 0, 0},
    {"５‰", 0, JX_V_NUM, JX_OP_NONE, M(5), 0, -1, "%", 0, 0, 0},
    {"-3.5", 0, JX_V_NUM, JX_OP_NONE, M(-3.5), 0, 0, "", 0, 0, 0},
    {"−3.5", 0, JX_V_NUM, JX_OP_NONE, M(-3.5), 0, 0, "", 0, 0, 0}, /* U+2212 minus */
    {"0.000001", 0, JX_V_NUM, JX_OP_NONE, 1, 0, 0, "", 0, 0, 0},
    {"100.", 0, JX_V_NUM, JX_OP_NONE, M(100), 0, 0, "", 0, 0, 0},
    {"3年", 0, JX_V_NUM, JX_OP_NONE, M(3), 0, 0, "年", 0, 0, 0}, /* a quantity, not a date */
    {"1万人次", 0, JX_V_NUM, JX_OP_NONE, M(1), 0, 4, "人次", 0, 0, 0},
    {"90%-100%", 0, JX_V_RANGE, JX_OP_NONE, M(90), M(100), 0, "%", 0, 0, 0},
    {"90～100", 0, JX_V_RANGE, JX_OP_NONE, M(90), M(100), 0, "", 0, 0, 0},
    /* dotted numbers are numbers, unless the row is a date row */
    {"2023.12", 0, JX_V_NUM, JX_OP_NONE, M(2023.12), 0, 0, "", 0, 0, 0},
    {"1934.09", 0, JX_V_NUM, JX_OP_NONE, M(1934.09), 0, 0, "", 0, 0, 0},
    {"2000.5", 0, JX_V_NUM, JX_OP_NONE, M(2000.5), 0, 0, "", 0, 0, 0},
    {"2023.12", D, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0},
    {"2023-09", D, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 9, 0},
    {"2023/12/31", D, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 31},
    {"2023.12", D | T, JX_V_NUM, JX_OP_NONE, M(2023.12), 0, 0, "", 0, 0, 0}, /* YAML 2023.12 */
    /* dates written with 年/月/日 are dates anywhere, words and all */
    {"2023年12月", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0},
    {"≤12月", 0, JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"12月底前", 0, JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"12月底前完成", 0, JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"2021年12月完成", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2021, 12, 0},
    {"2023年12月31日前", 0, JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 2023, 12, 31},
    {"2023年6月30日", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 6, 30},
    {"2024年2月29日", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2024, 2, 29},
    {"2023年", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0}, /* the year's end */
    {"2023年底", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0},
    {"2023年第三季度", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 9, 0},
    {"上半年", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 0, 6, 0},
    {"年底前", 0, JX_V_DATE, JX_OP_LE, 0, 0, 0, "", 0, 12, 0},
    {"截至2023年6月", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 6, 0},
    {"2023年12月完成验收", 0, JX_V_DATE, JX_OP_NONE, 0, 0, 0, "", 2023, 12, 0},
    /* words */
    {"达成预期指标", 0, JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"优", 0, JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"不超过预算", 0, JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"12月前完成3项", 0, JX_V_TEXT, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
    {"  ", 0, JX_V_NONE, JX_OP_NONE, 0, 0, 0, "", 0, 0, 0},
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
    jx_why why = {0};
    cr_assert_eq(jx__parse_value(&v, &a, c->in, strlen(c->in), c->flags, &why), JX_OK, "%s: %s",
                 c->in, why.en);
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

/* What is not a number is an error that says what to write; an impossible date names itself. The
 * reason is worded in both languages, with the same numbers in each. */
typedef struct bad {
    char in[32];
    unsigned flags;
    char why[64], zh[64]; /* a phrase each reason holds */
} bad;
static bad bad_values[] = {
    {"1e3", 0, "write 1000", "请写作 1000"},
    {"1.5e-3", 0, "write 0.0015", "请写作 0.0015"},
    {"1E+2", T, "write 100", "请写作 100"}, /* YAML reads 1E+2 as a float: we do not */
    {"1_000", 0, "write 1000", "（下划线）：请写作 1000"},
    {"0x10", 0, "write 16", "（十六进制）：请写作 16"},
    {"1:30", 0, "write one number", "请只写一个数值"},
    {"1,5", 0, "(1.5)", "（1.5）"},
    {"12,34", 0, "(12.34)", "（12.34）"},
    {"1,2345,678", 0, "grouped by three", "千位按三位分组"},
    {"1.2.3", 0, "one decimal point", "只能有一个小数点"},
    {"2023.12.31", 0, "2023年12月31日", "日期写作 2023年12月31日"}, /* a malformed number */
    {"2023/12", 0, "2023年12月", "日期写作 2023年12月"},
    {"2023-12", 0, "2023年12月", "区间须从低到高（日期写作 2023年12月）"}, /* 2023 down to 12 */
    {"2023年2月30日", 0, "2023年2月 has 28 days", "2023年2月只有 28 天"},
    {"2024年2月30日", 0, "2024年2月 has 29 days", "2024年2月只有 29 天"},
    {"2023年13月", 0, "no month 13", "没有 13 月"},
    {"13月", 0, "no month 13", "没有 13 月"},
    {"2023.13", D, "no month 13", "没有 13 月"},
    {"4月31日", 0, "4月 has at most 30 days", "4月最多 30 天"},
    {"23年12月", 0, "written in full", "完整的年份"},
    {"1.0000001", 0, "6 decimal places", "小数超过 6 位"},
    {"99999999999999", 0, "too large", "数值过大"},
    {"100-90", 0, "low to high", "区间须从低到高"},
    {"90%-100元", 0, "different units", "区间两端的单位不同"},
    {"5-", 0, "a number after the dash", "连字符后须有数值"},
};

ParameterizedTestParameters(value, rejects)
{
    return cr_make_param_array(bad, bad_values, sizeof bad_values / sizeof *bad_values);
}

ParameterizedTest(bad *b, value, rejects)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_val v;
    memset(&v, 0, sizeof v);
    jx_why why = {0};
    cr_expect_eq(jx__parse_value(&v, &a, b->in, strlen(b->in), b->flags, &why), JX_EVALUE, "%s",
                 b->in);
    cr_expect(strstr(why.en, b->why) != NULL, "%s: '%s' lacks '%s'", b->in, why.en, b->why);
    cr_expect(strstr(why.zh, b->zh) != NULL, "%s: '%s' lacks '%s'", b->in, why.zh, b->zh);
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
    cr_expect_eq(jx__parse_op("date"), JX_OP_DATE);
    cr_expect_eq(jx__parse_op("定量"), JX_OP_NONE);
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

/* The short cut for common shapes ("64.2", "590.84万元", "95%") gives what the whole way gives:
 * texts drawn from pieces of numbers, units, date and range words, signs and spaces, read with
 * every combination of flags, both ways, must agree on every field and every error. */
Test(value, short_cut_reads_as_the_whole_way)
{
    static const char *const pieces[] = {
        "0",
        "1",
        "2023",
        "7",
        "12",
        ".",
        "-",
        ".5",
        "5.",
        "0.0000001",
        "1234567890123",
        "元",
        "万",
        "亿",
        "%",
        "个",
        "年",
        "月",
        "日",
        "至",
        "到",
        "前",
        "上",
        "下",
        "内",
        "以",
        "及",
        "底",
        " ",
        "。",
        "　",
        "，",
        ",",
        "e",
        "x",
        "万元",
        "人",
        "‰",
        "~",
        "/",
        "≥",
        "不少于",
        "\xa0",
        "\xe4\xb8",
        "优",
        "良",
        "季",
        "度",
        "第",
        "半",
        "全",
        "中",
        "截至",
        "于",
        "号",
        "旬",
        "一",
        "达成",
        "一季度",
        "第四季度",
        "年底",
        "上半年",
        "季度",
    };
    uint64_t seed = 0x9E3779B97F4A7C15u;
    size_t fast = 0;
    jx_arena a;
    jx_arena__init(&a, NULL);
    for (int iter = 0; iter < 200000; iter++) {
        char text[64] = "";
        size_t n = 0;
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int count = 1 + (int)((seed >> 33) % 4);
        for (int k = 0; k < count; k++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            const char *p = pieces[(seed >> 33) % (sizeof pieces / sizeof *pieces)];
            size_t len = strlen(p);
            if (n + len < sizeof text) {
                memcpy(text + n, p, len);
                n += len;
            }
        }
        text[n] = '\0';
        unsigned flags = (unsigned)(seed >> 20) & (JX_READ_DATES | JX_READ_TYPED);
        jx_val x = {0}, y = {0};
        jx_why wx = {0}, wy = {0};
        int rx = jx__parse_value(&x, &a, text, n, flags, &wx);
        int ry = jx__parse_value(&y, &a, text, n, flags | JX_READ_SLOW, &wy);
        cr_assert_eq(rx, ry, "'%s' (flags %u): %d vs %d", text, flags, rx, ry);
        if (rx != JX_OK) {
            cr_assert_str_eq(wx.en, wy.en, "'%s'", text);
            cr_assert_str_eq(wx.zh, wy.zh, "'%s'", text);
            continue;
        }
        fast += x.kind == JX_V_NUM;
        cr_assert(x.kind == y.kind && x.op == y.op && x.num == y.num && x.hi == y.hi &&
                      x.mag == y.mag && x.year == y.year && x.month == y.month && x.day == y.day,
                  "'%s' (flags %u): kind %d/%d num %lld/%lld mag %d/%d", text, flags, x.kind,
                  y.kind, (long long)x.num, (long long)y.num, x.mag, y.mag);
        cr_assert_str_eq(x.unit, y.unit, "'%s'", text);
        cr_assert_str_eq(x.text, y.text, "'%s'", text);
        if (iter % 1000 == 999) { /* keep the arena small */
            jx_arena__free(&a);
            jx_arena__init(&a, NULL);
        }
    }
    jx_arena__free(&a);
    cr_expect_gt(fast, 10000, "numbers among the texts: %zu", fast);
}
