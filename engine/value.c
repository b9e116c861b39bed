/*
 * value.c - reading values the way people write them on the forms.
 *
 * "333,113,794.75", "33311.38万元", "92%", "≥100百分比", "≥50个", "＝3", "90%-100%", "2023年12月",
 * "≤12月", "12月底前", "达成预期指标". Full-width forms are folded to ASCII first. Numbers become
 * int64 micro-units exactly (never a binary float); a unit keeps its magnitude prefix apart (万 =
 * 4), so values in 元 and 万元 compare exactly after scaling to the smaller magnitude.
 */
#include "internal.h"

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
static size_t fold(char *d, const char *s, size_t n)
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
            case 0x2014:
            case 0x2013:
            case 0x2212:
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

static bool starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool ends(const char *s, size_t n, const char *p, size_t *cut)
{
    size_t k = strlen(p);
    if (n >= k && memcmp(s + n - k, p, k) == 0) {
        *cut = k;
        return true;
    }
    return false;
}

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

int jx__parse_op(const char *s)
{
    char buf[256];
    size_t n = strlen(s);
    if (n > 60)
        return -1;
    n = fold(buf, s, n);
    if (n == 0)
        return JX_OP_NONE;
    static const word_op words[] = {
        {"≥", JX_OP_GE},        {">=", JX_OP_GE},     {">", JX_OP_GE},
        {"正向", JX_OP_GE},     {"不少于", JX_OP_GE}, {"不低于", JX_OP_GE},
        {"大于等于", JX_OP_GE}, {"以上", JX_OP_GE},   {"正向指标", JX_OP_GE},
        {"≤", JX_OP_LE},        {"<=", JX_OP_LE},     {"<", JX_OP_LE},
        {"反向", JX_OP_LE},     {"不超过", JX_OP_LE}, {"不高于", JX_OP_LE},
        {"小于等于", JX_OP_LE}, {"以内", JX_OP_LE},   {"以下", JX_OP_LE},
        {"反向指标", JX_OP_LE}, {"=", JX_OP_EQ},      {"==", JX_OP_EQ},
        {"等于", JX_OP_EQ},     {"定性", JX_OP_QUAL}, {"定性指标", JX_OP_QUAL},
        {"区间", JX_OP_RANGE},  {"定量", JX_OP_NONE},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(buf, words[i].word) == 0)
            return (int)words[i].op;
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

/* Reads [+-]digits[,digits][.digits] into micro-units. Returns bytes used, 0 if none, -1 error. */
static long read_number(const char *s, int64_t *out, const char **why)
{
    const char *p = s;
    bool neg = false;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    if (*p < '0' || *p > '9')
        return 0;
    jx_i128 v = 0;
    for (; (*p >= '0' && *p <= '9') || (*p == ',' && p[1] >= '0' && p[1] <= '9'); p++) {
        if (*p == ',')
            continue;
        v = v * 10 + (*p - '0');
        if (v > (jx_i128)INT64_MAX / JX_MICRO) {
            *why = "number too large (the limit is 9,223,372,036,854)";
            return -1;
        }
    }
    v *= JX_MICRO;
    if (*p == '.' && p[1] >= '0' && p[1] <= '9') {
        p++;
        int64_t place = JX_MICRO / 10;
        for (; *p >= '0' && *p <= '9'; p++) {
            if (place == 0) {
                if (*p != '0') {
                    *why = "more than 6 decimal places";
                    return -1;
                }
                continue;
            }
            v += (*p - '0') * place;
            place /= 10;
        }
    }
    *out = (int64_t)(neg ? -v : v);
    return (long)(p - s);
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Reads a small unsigned integer; returns digits used. */
static int read_int(const char *s, int *out)
{
    int v = 0, k = 0;
    while (is_digit(s[k]) && k < 5)
        v = v * 10 + (s[k++] - '0');
    *out = v;
    return k;
}

/* Dates: 2023年12月[31日], 12月[底], 2023-12[-31], 2023/12, 2023.12, 2023年底, 年底. */
static bool read_date(jx_val *v, const char *s)
{
    int y = 0, m = 0, d = 0, k;
    const char *p = s;
    if (starts(p, "年底") || starts(p, "年末")) {
        p += strlen("年底");
        m = 12;
    } else {
        k = read_int(p, &y);
        if (k == 0)
            return false;
        p += k;
        if (k == 4 && (starts(p, "年底") || starts(p, "年末") || starts(p, "年内"))) {
            p += strlen("年底");
            m = 12;
        } else if (k == 4 && starts(p, "年")) {
            p += strlen("年");
            k = read_int(p, &m);
            if (k == 0 || !starts(p + k, "月"))
                return false;
            p += k + strlen("月");
        } else if (k == 4 && (*p == '-' || *p == '/' || *p == '.') && is_digit(p[1])) {
            char sep = *p++;
            k = read_int(p, &m);
            p += k;
            if (*p == sep && is_digit(p[1])) {
                p++;
                p += read_int(p, &d);
            }
        } else if (k <= 2 && starts(p, "月")) {
            m = y;
            y = 0;
            p += strlen("月");
        } else {
            return false;
        }
        if (d == 0 && is_digit(*p)) {
            k = read_int(p, &d);
            if (!starts(p + k, "日") && !starts(p + k, "号"))
                return false;
            p += k + 3;
        }
        if (starts(p, "底") || starts(p, "末"))
            p += 3;
    }
    if (*p != '\0' || m < 1 || m > 12 || d < 0 || d > 31 || (y != 0 && (y < 1900 || y > 2199)))
        return false;
    v->kind = JX_V_DATE;
    v->year = y;
    v->month = m;
    v->day = d;
    return true;
}

int jx__parse_value(jx_val *v, jx_arena *a, const char *s, size_t n, const char **why)
{
    unsigned line = v->line, column = v->column;
    memset(v, 0, sizeof *v);
    v->line = line;
    v->column = column;
    v->unit = "";
    v->text = jx__trim_dup(a, s, n);
    if (!v->text) {
        *why = "out of memory";
        return JX_ENOMEM;
    }
    size_t tl = strlen(v->text);
    if (tl >= 3 && strcmp(v->text + tl - 3, "。") == 0)
        ((char *)v->text)[tl - 3] = '\0'; /* "已完成。" reads as "已完成" */
    if (v->text[0] == '\0')
        return JX_OK; /* JX_V_NONE */
    char *buf = jx_arena__alloc(a, 4 * n + 1);
    if (!buf) {
        *why = "out of memory";
        return JX_ENOMEM;
    }
    size_t len = fold(buf, s, n);
    char *p = buf;
    for (size_t i = 0; i < sizeof prefix_ops / sizeof *prefix_ops; i++) {
        if (starts(p, prefix_ops[i].word)) {
            v->op = prefix_ops[i].op;
            p += strlen(prefix_ops[i].word);
            len -= strlen(prefix_ops[i].word);
            break;
        }
    }
    size_t cut;
    for (size_t i = 0; i < sizeof suffix_ops / sizeof *suffix_ops; i++) {
        if (len > strlen(suffix_ops[i].word) && ends(p, len, suffix_ops[i].word, &cut)) {
            if (v->op == JX_OP_NONE)
                v->op = suffix_ops[i].op;
            len -= cut;
            p[len] = '\0';
            break;
        }
    }
    if (read_date(v, p))
        return JX_OK;
    int64_t num;
    long used = read_number(p, &num, why);
    if (used < 0)
        return JX_EVALUE;
    if (used == 0) {
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
        *why = "out of memory";
        return JX_ENOMEM;
    }
    if (*p) {
        p += *p == '~' || *p == '-' ? 1 : strlen("至");
        int64_t hi;
        used = read_number(p, &hi, why);
        if (used < 0)
            return JX_EVALUE;
        if (used == 0) {
            *why = "a range needs a number after the dash, as in 90%-100%";
            return JX_EVALUE;
        }
        p += used;
        int mag1, mag2;
        const char *b1, *b2;
        jx__parse_unit(unit1, &mag1, &b1, NULL);
        jx__parse_unit(p, &mag2, &b2, NULL);
        if (unit1[0] && (mag1 != mag2 || strcmp(b1, b2) != 0)) {
            *why = "the two ends of a range have different units";
            return JX_EVALUE;
        }
        if (hi < num) {
            *why = "a range must go from low to high";
            return JX_EVALUE;
        }
        v->kind = JX_V_RANGE;
        v->hi = hi;
        unit1 = p;
    }
    jx__parse_unit(unit1, &v->mag, &v->unit, a);
    if (!v->unit) {
        *why = "out of memory";
        return JX_ENOMEM;
    }
    return JX_OK;
}

char *jx__fmt_micro(char *buf, int64_t v)
{
    char *p = buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (v < 0)
        *p++ = '-';
    uint64_t ip = u / JX_MICRO, fp = u % JX_MICRO;
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
        for (uint64_t place = JX_MICRO / 10; fp; place /= 10) {
            *p++ = (char)('0' + fp / place);
            fp %= place;
        }
    }
    *p = '\0';
    return buf;
}

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
