/*
 * value.c - one value as people write it, read by its shape: numbers, units, signs, ranges, dates.
 *
 * "333,113,794.75", "33311.38万元", "92%", "≥100百分比", "＝3", "90%-100%", "2023年12月",
 * "12月底前", "2021年12月完成", "达成预期指标". Full-width forms are folded to ASCII first.
 * Numbers become int64 micro-units exactly (never a binary float) and follow one syntax: digits,
 * an optional sign, one decimal point, thousands grouped by three. Anything else that starts like
 * a number ("1e3", "1_000", "0x10", "1:30", "1,5") is an error that says what to write, never a
 * number with a strange unit. A unit keeps its magnitude prefix apart (万 = 4), so values in 元
 * and 万元 compare exactly after scaling.
 *
 * What a value means depends on its row, which read.c decides first and passes down as flags:
 * "2023.12" is a number unless the row is a date row (JX_READ_DATES), and never a date when it
 * came as a YAML or JSON number (JX_READ_TYPED). Dates written with 年/月/日 are dates anywhere;
 * an impossible one ("2023年2月30日") is an error at that value.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* Appends the UTF-8 encoding of cp. */
static size_t put_cp(char *d, long cp)
{
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xC0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Folds full-width ASCII, look-alike signs and dashes; drops spaces. d holds 4 * n + 1 bytes. */
size_t jx__fold(char *d, const char *s, size_t n)
{
    size_t o = 0, len;
    while (n > 0) {
        long cp = jx__utf8_next(s, n, &len);
        if (cp < 0) {
            d[o++] = *s;
        } else {
            if (cp >= 0xFF01 && cp <= 0xFF5E)
                cp -= 0xFEE0;
            switch (cp) {
            case 0x2267:
            case 0x2A7E: cp = 0x2265; break; /* ≧ ⩾ -> ≥ */
            case 0x2266:
            case 0x2A7D: cp = 0x2264; break; /* ≦ ⩽ -> ≤ */
            case 0xFE66:
            case 0x2550:
            case 0x2261: cp = '='; break; /* ﹦ ═ ≡ */
            case 0x2212: cp = '-'; break; /* − minus */
            case 0x2014:
            case 0x2013:
            case 0x301C: cp = '~'; break;
            case 0x3002: cp = 0; break; /* 。 */
            default: break;
            }
            if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == 0xA0 ||
                cp == 0)
                ; /* dropped */
            else
                o += put_cp(d + o, cp);
        }
        s += len;
        n -= len;
    }
    d[o] = '\0';
    return o;
}

/* s begins with p: byte by byte, for the short words and signs it is asked about on every value. */
static bool starts(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (*s != *p)
            return false;
    return true;
}

/* Steps over p's prefix w when it is there. */
static bool eat(const char **p, const char *w)
{
    if (!starts(*p, w))
        return false;
    *p += strlen(w);
    return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

typedef struct word_op {
    const char *word;
    jx_op op;
} word_op;

/* Longest first where one word is a prefix of another. */
static const word_op prefix_ops[] = {
    {"≥", JX_OP_GE},      {">=", JX_OP_GE},       {"≤", JX_OP_LE},      {"<=", JX_OP_LE},
    {"==", JX_OP_EQ},     {">", JX_OP_GE},        {"<", JX_OP_LE},      {"=", JX_OP_EQ},
    {"不少于", JX_OP_GE}, {"不低于", JX_OP_GE},   {"不小于", JX_OP_GE}, {"大于等于", JX_OP_GE},
    {"大于", JX_OP_GE},   {"高于", JX_OP_GE},     {"不超过", JX_OP_LE}, {"不高于", JX_OP_LE},
    {"不大于", JX_OP_LE}, {"小于等于", JX_OP_LE}, {"小于", JX_OP_LE},   {"低于", JX_OP_LE},
    {"控制在", JX_OP_LE}, {"等于", JX_OP_EQ},
};

static const word_op suffix_ops[] = {
    {"及以上", JX_OP_GE}, {"以上", JX_OP_GE}, {"及以下", JX_OP_LE},
    {"以下", JX_OP_LE},   {"以内", JX_OP_LE}, {"之内", JX_OP_LE},
    {"之前", JX_OP_LE},   {"以前", JX_OP_LE}, {"前", JX_OP_LE},
};

/* 指标性质 words, folded. */
static const word_op op_words[] = {
    {"≥", JX_OP_GE},        {">=", JX_OP_GE},     {">", JX_OP_GE},
    {"正向", JX_OP_GE},     {"不少于", JX_OP_GE}, {"不低于", JX_OP_GE},
    {"大于等于", JX_OP_GE}, {"以上", JX_OP_GE},   {"正向指标", JX_OP_GE},
    {"≤", JX_OP_LE},        {"<=", JX_OP_LE},     {"<", JX_OP_LE},
    {"反向", JX_OP_LE},     {"不超过", JX_OP_LE}, {"不高于", JX_OP_LE},
    {"小于等于", JX_OP_LE}, {"以内", JX_OP_LE},   {"以下", JX_OP_LE},
    {"反向指标", JX_OP_LE}, {"=", JX_OP_EQ},      {"==", JX_OP_EQ},
    {"等于", JX_OP_EQ},     {"定性", JX_OP_QUAL}, {"定性指标", JX_OP_QUAL},
    {"区间", JX_OP_RANGE},  {"定量", JX_OP_NONE}, {"定量指标", JX_OP_NONE},
    {"date", JX_OP_DATE},   {"日期", JX_OP_DATE}, {"时间", JX_OP_DATE},
};

int jx__parse_op(const char *s)
{
    for (size_t i = 0; i < sizeof op_words / sizeof *op_words; i++)
        if (s[0] == op_words[i].word[0] && strcmp(s, op_words[i].word) == 0)
            return (int)op_words[i].op; /* as written: folding changes none of them */
    char buf[256];
    size_t n = strlen(s);
    if (n > 60)
        return -1;
    n = jx__fold(buf, s, n);
    if (n == 0)
        return JX_OP_NONE;
    for (size_t i = 0; i < sizeof op_words / sizeof *op_words; i++)
        if (buf[0] == op_words[i].word[0] && strcmp(buf, op_words[i].word) == 0)
            return (int)op_words[i].op;
    return -1;
}

const char *jx__op_symbol(jx_op op)
{
    switch (op) {
    case JX_OP_GE: return "≥";
    case JX_OP_LE: return "≤";
    case JX_OP_EQ: return "=";
    case JX_OP_RANGE: return "range";
    case JX_OP_DATE: return "date";
    case JX_OP_QUAL: return "定性";
    default: return "";
    }
}

void jx__parse_unit(const char *u, int *mag, const char **base, jx_arena *a)
{
    static const struct {
        const char *prefix;
        int mag;
    } mags[] = {{"千万", 7}, {"百万", 6}, {"十万", 5}, {"万", 4}, {"亿", 8}, {"千", 3}};
    *mag = 0;
    if (!u[0]) { /* most bare numbers */
        *base = "";
        return;
    }
    if (starts(u, "百分比") || starts(u, "百分点") || starts(u, "百分率") || strcmp(u, "%") == 0) {
        *base = "%";
        return;
    }
    if (strcmp(u, "‰") == 0) {
        *mag = -1;
        *base = "%";
        return;
    }
    for (size_t i = 0; i < sizeof mags / sizeof *mags; i++) {
        if (starts(u, mags[i].prefix)) {
            *mag = mags[i].mag;
            u += strlen(mags[i].prefix);
            break;
        }
    }
    *base = a ? jx_arena__strndup(a, u, strlen(u)) : u;
    if (!*base)
        *base = "";
}

/* ---- numbers -------------------------------------------------------------------------------- */

#define NUM_LIMIT ((jx_i128)INT64_MAX / JX_MICRO) /* 9,223,372,036,854 */

/* Reads a run of digits (at most 18) into *v; returns how many. */
static int digits(const char *s, int64_t *v)
{
    int k = 0;
    *v = 0;
    while (is_digit(s[k]) && k < 18)
        *v = *v * 10 + (s[k++] - '0');
    return k;
}

/* The number a text that is not one should have been written as, when that is clear: 1e3 ->
 * 1000, 1_000 -> 1000, 0x10 -> 16; micro is the value in micro-units. */
static const char *suggest(char b[40], int64_t micro, bool neg)
{
    return jx__fmt_micro(b, neg ? -micro : micro);
}

/* Reads [+-]digits[.digits] with optional thousands groups (1,234,567.5) into micro-units.
 * Returns the bytes used; 0 when s does not start with a number; -1 with *why when it starts like
 * one but is not (1e3, 1_000, 0x10, 1:30, 1,5, 1.2.3). */
static long read_number(const char *s, int64_t *out, jx_why *why)
{
    char b[40];
    const char *p = s;
    bool neg = false;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    if (!is_digit(*p))
        return 0;
    const char *int_start = p;
    jx_i128 v = 0;
    for (; is_digit(*p); p++)
        if ((v = v * 10 + (*p - '0')) > NUM_LIMIT)
            goto too_large;
    if (*p == ',' && is_digit(p[1])) { /* thousands: 1-3 digits, then groups of exactly three */
        bool ok = p - int_start <= 3;
        const char *q = p;
        while (ok && *q == ',' && is_digit(q[1])) {
            ok = is_digit(q[2]) && is_digit(q[3]) && !is_digit(q[4]);
            q += ok ? 4 : 0;
        }
        if (!ok) {
            if (p - int_start <= 3 && !strchr(p + 1, ',')) {
                int64_t fr;
                int k = digits(p + 1, &fr);
                jx__why(why, JX_M(R_THOUSANDS_POINT), (int)(p - int_start), int_start, k, p + 1);
            } else {
                jx__why(why, JX_M(R_THOUSANDS));
            }
            return -1;
        }
        for (; p < q; p++)
            if (*p != ',' && (v = v * 10 + (*p - '0')) > NUM_LIMIT)
                goto too_large;
    }
    bool zero_int = p - int_start == 1 && *int_start == '0';
    v *= JX_MICRO;
    if (*p == '.' && is_digit(p[1])) {
        p++;
        int64_t place = JX_MICRO / 10;
        for (; is_digit(*p); p++) {
            if (place == 0) {
                if (*p != '0') {
                    jx__why(why, JX_M(R_DECIMALS));
                    return -1;
                }
                continue;
            }
            v += (jx_i128)(*p - '0') * place;
            place /= 10;
        }
    }
    /* what must not follow a number */
    if ((*p == '.' || *p == ',') && is_digit(p[1])) {
        jx__why(why, JX_M(R_ONE_POINT_DATE));
        return -1;
    }
    if (*p == '.' && p[1] == '\0')
        p++; /* "100." */
    if ((*p == 'e' || *p == 'E') &&
        (is_digit(p[1]) || ((p[1] == '-' || p[1] == '+') && is_digit(p[2])))) {
        int64_t e;
        bool down = p[1] == '-';
        digits(p + 1 + (p[1] == '-' || p[1] == '+'), &e);
        jx_i128 w = e <= 24 ? v : -1; /* beyond, no exact number of micro-units fits */
        for (int64_t i = 0; i < e && w > 0 && w <= (jx_i128)INT64_MAX; i++)
            w = !down ? w * 10 : w % 10 == 0 ? w / 10 : -1;
        if (w >= 0 && w <= (jx_i128)INT64_MAX && w / JX_MICRO <= NUM_LIMIT)
            jx__why(why, JX_M(R_EXPONENT_WRITE), suggest(b, (int64_t)w, neg));
        else
            jx__why(why, JX_M(R_EXPONENT));
        return -1;
    }
    if (*p == '_' && is_digit(p[1])) {
        jx_i128 w = v / JX_MICRO;
        const char *q = p;
        for (; *q == '_' || is_digit(*q); q++)
            if (*q != '_' && (w = w * 10 + (*q - '0')) > NUM_LIMIT)
                goto too_large;
        if (*q == '.')
            jx__why(why, JX_M(R_UNDERSCORES));
        else
            jx__why(why, JX_M(R_UNDERSCORES_WRITE), suggest(b, (int64_t)(w * JX_MICRO), neg));
        return -1;
    }
    if (zero_int && (*p == 'x' || *p == 'X') && p[1] && strchr("0123456789abcdefABCDEF", p[1])) {
        jx_i128 w = 0;
        const char *q = p + 1;
        for (; *q && strchr("0123456789abcdefABCDEF", *q); q++)
            if ((w = w * 16 + (is_digit(*q) ? *q - '0' : (*q | 0x20) - 'a' + 10)) > NUM_LIMIT)
                goto too_large;
        jx__why(why, JX_M(R_HEX_WRITE), suggest(b, (int64_t)(w * JX_MICRO), neg));
        return -1;
    }
    if ((*p == ':' || *p == '/') && is_digit(p[1])) {
        if (*p == '/')
            jx__why(why, JX_M(R_ONE_NUMBER_DATE));
        else
            jx__why(why, JX_M(R_ONE_NUMBER));
        return -1;
    }
    *out = (int64_t)(neg ? -v : v);
    return (long)(p - s);
too_large:
    jx__why(why, JX_M(R_TOO_LARGE));
    return -1;
}

/* ---- dates ---------------------------------------------------------------------------------- */

/* Parts of a year, alone ("年底前") or after one ("2023年底"): the month they end in. */
static const struct {
    const char *word;
    int month;
} periods[] = {
    {"上半年", 6},   {"下半年", 12},   {"年中", 6},   {"年底", 12},    {"年末", 12},
    {"年内", 12},    {"全年", 12},     {"年度", 12},  {"第一季度", 3}, {"第二季度", 6},
    {"第三季度", 9}, {"第四季度", 12}, {"一季度", 3}, {"二季度", 6},   {"三季度", 9},
    {"四季度", 12},  {"1季度", 3},     {"2季度", 6},  {"3季度", 9},    {"4季度", 12},
};

/* Words a date may end with: 底, 前, 之前, 完成 ("12月底前完成"). */
static const char *const date_tails[] = {"底",   "末",   "份",   "之前", "以前",
                                         "前",   "以内", "之内", "内",   "完成",
                                         "为止", "止",   "截止", "左右", NULL};
/* Words a date may start with: "截至2023年12月". */
static const char *const date_heads[] = {"截至", "截止", "于", "在", NULL};

static int month_days(int y, int m)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && y != 0 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 28;
    return days[m - 1];
}

/* Reads "<digits>日" or "<digits>号" after a month. */
static int read_day(const char **p, int *d)
{
    int64_t v;
    int k = digits(*p, &v);
    if (k == 0 || !(starts(*p + k, "日") || starts(*p + k, "号")))
        return 0;
    *d = k > 2 || v == 0 ? 99 : (int)v; /* no day 0: it fails as too large */
    *p += k + 3;
    return 1;
}

/* A date: 2023年12月[31日], 2023年[底|上半年|第四季度], 12月[底], 年底, and on a date row 2023.12,
 * 2023-12-31, 2023/12; then words such as 前, 底, 完成. Returns 1 for a date, 0 for text that is
 * not one, -1 with *why for a date that cannot be (2023年2月30日, 13月). */
static int date_core(jx_val *v, const char *s, unsigned flags, jx_why *why)
{
    const char *p = s;
    int y = 0, m = 0, d = 0;
    for (int i = 0; date_heads[i]; i++)
        if (eat(&p, date_heads[i]))
            break;
    int64_t num;
    int k = digits(p, &num);
    if (k > 0 && starts(p + k, "年")) {
        const char *q = p + k + 3;
        int64_t mm;
        int km = digits(q, &mm);
        bool month = km > 0 && starts(q + km, "月");
        if (k != 4 || num < 1900 || num > 2199) {
            if (!month)
                return 0; /* "3年" is a quantity */
            jx__why(why, JX_M(R_YEAR));
            return -1;
        }
        y = (int)num;
        p = q;
        if (month) {
            m = mm > 99 ? 99 : (int)mm;
            p += km + 3;
            read_day(&p, &d);
        } else {
            m = 12; /* "2023年" alone is the year's end */
            for (size_t i = 0; i < sizeof periods / sizeof *periods; i++) {
                /* after a year the leading 年 is written once: "2023年底" */
                const char *w = periods[i].word;
                if (eat(&p, starts(w, "年") ? w + 3 : w)) {
                    m = periods[i].month;
                    break;
                }
            }
        }
    } else if (k > 0 && starts(p + k, "月")) {
        m = num > 99 ? 99 : (int)num;
        p += k + 3;
        read_day(&p, &d);
    } else if (k == 4 && (flags & JX_READ_DATES) && (p[4] == '.' || p[4] == '-' || p[4] == '/') &&
               is_digit(p[5])) {
        char sep = p[4];
        int64_t mm, dd;
        y = (int)num;
        p += 5;
        int km = digits(p, &mm);
        p += km;
        m = mm > 99 ? 99 : (int)mm;
        if (*p == sep && is_digit(p[1])) {
            int kd = digits(p + 1, &dd);
            p += 1 + kd;
            d = dd > 99 || dd == 0 ? 99 : (int)dd;
        }
        if (y < 1900 || y > 2199)
            return 0;
    } else if (k == 0) {
        size_t i = 0;
        while (i < sizeof periods / sizeof *periods && !eat(&p, periods[i].word))
            i++;
        if (i == sizeof periods / sizeof *periods)
            return 0;
        m = periods[i].month;
    } else {
        return 0;
    }
    if (eat(&p, "上旬"))
        d = d ? d : 10;
    else if (eat(&p, "中旬"))
        d = d ? d : 20;
    else
        eat(&p, "下旬");
    for (bool more = true; more && *p;) {
        more = false;
        for (int i = 0; date_tails[i] && !more; i++) {
            if (eat(&p, date_tails[i])) {
                more = true;
                if (strstr(date_tails[i], "前") || strstr(date_tails[i], "内"))
                    v->op = v->op ? v->op : JX_OP_LE;
            }
        }
    }
    /* words after the date ("2023年12月完成验收") are kept in the text; digits are not a date */
    for (const char *q = p; *q; q++)
        if (is_digit(*q) || *q == '.' || *q == '-' || *q == '/' || *q == '~')
            return 0;
    if (m < 1 || m > 12) {
        jx__why(why, JX_M(R_NO_MONTH), m);
        return -1;
    }
    if (d > month_days(y, m)) {
        if (y)
            jx__why(why, JX_M(R_MONTH_DAYS), y, m, month_days(y, m));
        else
            jx__why(why, JX_M(R_MONTH_MAX_DAYS), m, month_days(y, m));
        return -1;
    }
    v->kind = JX_V_DATE;
    v->year = y;
    v->month = m;
    v->day = d;
    return 1;
}

static int read_date(jx_val *v, const char *s, unsigned flags, jx_why *why)
{
    jx_op op = v->op;
    int rc = date_core(v, s, flags, why);
    if (rc == 0)
        v->op = op; /* the 前 of "12月前完成3项" is no sign of a number */
    return rc;
}

/* ---- one value ------------------------------------------------------------------------------ */

/* Whether the code point at s (3 bytes) is a CJK ideograph (U+4E00..U+9FFF). */
static bool ideograph(const unsigned char *s)
{
    return s[0] >= 0xE4 && s[0] <= 0xE9 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
           (s[0] != 0xE4 || s[1] >= 0xB8);
}

/* The shapes most values have, read straight: a plain decimal ("64.2"), one with a unit of
 * ideographs or % ("590.84万元", "95%") off a date row, and words of ideographs without 年 or 季
 * (no date or period can be written without them). Such a unit folds to itself and holds no
 * date (年, 月 first), range (至, 到) or sign (前, 上, 下, 内 last), so the whole way below gives
 * the same value (tests/test_value.c compares them on random texts). False: take the whole way.
 */
static bool quick(jx_val *v, jx_arena *a, const char *text, size_t n, unsigned flags)
{
    if ((unsigned char)text[0] >= 0x80) { /* words ("优", "达成预期指标"): text unless a date */
        for (size_t i = 0; i < n; i += 3)
            if (n - i < 3 || !ideograph((const unsigned char *)text + i) ||
                starts(text + i, "年") || starts(text + i, "季"))
                return false;
        v->kind = JX_V_TEXT;
        return true;
    }
    size_t k = text[0] == '-';
    while (k < n && ((text[k] >= '0' && text[k] <= '9') || text[k] == '.'))
        k++;
    int64_t num;
    if (!jx__plain_decimal(text, k, &num))
        return false;
    const char *u = text + k;
    size_t un = n - k;
    if (un == 0 && (flags & JX_READ_DATES) && memchr(text, '.', n))
        return false; /* a date row reads 2023.12 as a date */
    if (un > 0 && (flags & JX_READ_DATES))
        return false;
    if (un > 0 && !(un == 1 && u[0] == '%')) {
        if (un % 3 != 0 || starts(u, "年") || starts(u, "月") || strstr(u, "至") || strstr(u, "到"))
            return false;
        for (size_t i = 0; i < un; i += 3)
            if (!ideograph((const unsigned char *)u + i))
                return false;
        static const char *const signs[] = {"前", "上", "下", "内"};
        for (size_t i = 0; i < sizeof signs / sizeof *signs; i++)
            if (memcmp(u + un - 3, signs[i], 3) == 0)
                return false;
    }
    v->kind = JX_V_NUM;
    v->num = num;
    if (un > 0)
        jx__parse_unit(u, &v->mag, &v->unit, a);
    return true;
}

int jx__parse_value(jx_val *v, jx_arena *a, const char *s, size_t n, unsigned flags, jx_why *why)
{
    unsigned line = v->line, column = v->column;
    memset(v, 0, sizeof *v);
    v->line = line;
    v->column = column;
    v->unit = "";
    char *text = jx__trim_dup(a, s, n);
    if (!text) {
        jx__why(why, JX_M(E_NOMEM));
        return JX_ENOMEM;
    }
    size_t tl = strlen(text);
    if (tl >= 3 && strcmp(text + tl - 3, "。") == 0)
        text[tl -= 3] = '\0'; /* "已完成。" reads as "已完成" */
    v->text = text;
    if (v->text[0] == '\0')
        return JX_OK; /* JX_V_NONE */
    int64_t num;
    if (!(flags & JX_READ_SLOW) && quick(v, a, text, tl, flags))
        return JX_OK;
    char *buf = jx_arena__alloc_raw(a, 4 * n + 1); /* jx__fold ends it with a NUL */
    if (!buf) {
        jx__why(why, JX_M(E_NOMEM));
        return JX_ENOMEM;
    }
    size_t len = jx__fold(buf, s, n);
    char *p = buf;
    long used;
    if (flags & JX_READ_TYPED) { /* a YAML or JSON number is a number, never a date */
        used = read_number(p, &num, why);
        if (used < 0)
            return JX_EVALUE;
        if (used > 0 && (size_t)used == len) {
            v->kind = JX_V_NUM;
            v->num = num;
            return JX_OK;
        }
    }
    for (size_t i = 0; i < sizeof prefix_ops / sizeof *prefix_ops; i++) {
        if (starts(p, prefix_ops[i].word)) {
            v->op = prefix_ops[i].op;
            p += strlen(prefix_ops[i].word);
            len -= strlen(prefix_ops[i].word);
            break;
        }
    }
    int date = read_date(v, p, flags, why);
    if (date != 0)
        return date > 0 ? JX_OK : JX_EVALUE;
    for (size_t i = 0; i < sizeof suffix_ops / sizeof *suffix_ops; i++) {
        size_t k = strlen(suffix_ops[i].word);
        if (len > k && memcmp(p + len - k, suffix_ops[i].word, k) == 0) {
            if (v->op == JX_OP_NONE)
                v->op = suffix_ops[i].op;
            len -= k;
            p[len] = '\0';
            break;
        }
    }
    used = read_number(p, &num, why);
    if (used < 0)
        return JX_EVALUE;
    /* text, or words around a date ("计划于2023年12月完成") that are not a date of their own */
    if (used == 0 || ((starts(p + used, "年") || starts(p + used, "月")) &&
                      strpbrk(p + used + 3, "0123456789"))) {
        v->kind = JX_V_TEXT;
        v->op = JX_OP_NONE; /* "不超过预算" is text, not an op */
        return JX_OK;
    }
    v->kind = JX_V_NUM;
    v->num = num;
    p += used;
    /* the unit runs to a range separator or the end */
    char *u = p;
    while (*p && *p != '~' && *p != '-' && !starts(p, "至") && !starts(p, "到"))
        p++;
    char *unit1 = jx_arena__strndup(a, u, (size_t)(p - u));
    if (!unit1) {
        jx__why(why, JX_M(E_NOMEM));
        return JX_ENOMEM;
    }
    if (*p) {
        p += *p == '~' || *p == '-' ? 1 : strlen("至");
        int64_t hi;
        used = read_number(p, &hi, why);
        if (used < 0)
            return JX_EVALUE;
        if (used == 0) {
            jx__why(why, JX_M(R_RANGE_DASH));
            return JX_EVALUE;
        }
        p += used;
        int mag1, mag2;
        const char *b1, *b2;
        jx__parse_unit(unit1, &mag1, &b1, NULL);
        jx__parse_unit(p, &mag2, &b2, NULL);
        if (unit1[0] && (mag1 != mag2 || strcmp(b1, b2) != 0)) {
            jx__why(why, JX_M(R_RANGE_UNITS));
            return JX_EVALUE;
        }
        if (hi < num) {
            bool ym = num >= 1900 * JX_MICRO && num <= 2199 * JX_MICRO && hi >= JX_MICRO &&
                      hi <= 12 * JX_MICRO && !unit1[0];
            if (ym)
                jx__why(why, JX_M(R_RANGE_ORDER_DATE));
            else
                jx__why(why, JX_M(R_RANGE_ORDER));
            return JX_EVALUE;
        }
        v->kind = JX_V_RANGE;
        v->hi = hi;
        unit1 = p;
    }
    jx__parse_unit(unit1, &v->mag, &v->unit, a);
    if (!v->unit) {
        jx__why(why, JX_M(E_NOMEM));
        return JX_ENOMEM;
    }
    return JX_OK;
}

/* v / unit as the shortest decimal, unit a power of ten: exact at any size. */
static char *fmt_scaled(char *buf, int64_t v, uint64_t unit)
{
    char *p = buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (v < 0)
        *p++ = '-';
    uint64_t ip = u / unit, fp = u % unit;
    char tmp[24];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    while (k)
        *p++ = tmp[--k];
    if (fp) {
        *p++ = '.';
        for (uint64_t place = unit / 10; fp; place /= 10) {
            *p++ = (char)('0' + fp / place);
            fp %= place;
        }
    }
    *p = '\0';
    return buf;
}

char *jx__fmt_micro(char *buf, int64_t v) { return fmt_scaled(buf, v, JX_MICRO); }

char *jx__fmt_points(char *buf, int64_t hundredths) { return fmt_scaled(buf, hundredths, 100); }

char *jx__fmt_hundredths(char *buf, int64_t v)
{
    char *p = buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (v < 0)
        *p++ = '-';
    char tmp[24];
    int k = 0;
    uint64_t ip = u / 100;
    do {
        tmp[k++] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    while (k)
        *p++ = tmp[--k];
    *p++ = '.';
    *p++ = (char)('0' + u % 100 / 10);
    *p++ = (char)('0' + u % 10);
    *p = '\0';
    return buf;
}

char *jx__fmt_money(char *buf, int64_t fen)
{
    char digits[32];
    jx__fmt_hundredths(digits, fen < 0 ? -fen : fen);
    size_t n = strlen(digits) - 3, o = 0; /* integer digits */
    if (fen < 0)
        buf[o++] = '-';
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    memcpy(buf + o, digits + n, 3);
    memcpy(buf + o + 3, "元", sizeof "元");
    return buf;
}
