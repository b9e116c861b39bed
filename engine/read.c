/*
 * read.c - an indicator row read by its meaning (domain.md §5).
 *
 * First the row's kind - quantity (≥ ≤ = range), date or 定性 - from, in this order: its 指标性质,
 * its target as written, its 度量单位, its 二级指标 and its name. Then target and actual are read
 * as that kind: a dotted year-month is a date only on a date row, bare numbers take the 度量单位
 * column's unit, a date without a year takes the sheet's. Every reader (YAML, JSON, the long CSV,
 * workbooks, pasted tables) comes through here, so all of them read a row alike. What is guessed
 * is recorded on the row (op_why, conflict, mag_shift) and becomes a located warning when scored;
 * an error names the value that is wrong, never its neighbour.
 */
#include "schema.h"

#include <string.h>

static bool has(const char *s, const char *w) { return s && strstr(s, w) != NULL; }

static bool ends_with(const char *s, const char *w)
{
    size_t n = strlen(s), k = strlen(w);
    return n >= k && strcmp(s + n - k, w) == 0;
}

static bool one_of(const char *const *list, const char *s)
{
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == s[0] && strcmp(list[i], s) == 0)
            return true;
    return false;
}

/* A 度量单位 that makes a dotted or dashed year-month a date. */
static const char *const time_units[] = {"年", "月", "日期", "时间", "年月", "月份", NULL};
/* Under 时效指标, a bare target in these is a time to respond: a ceiling. */
static const char *const response_units[] = {"小时", "分钟", "工作日", "天", "日", "秒", NULL};
/* Indicators that count bad events are ceilings. */
static const char *const bad_events[] = {"事故", "投诉", "差错", "违规",
                                         "违纪", "超支", "损失", NULL};

/* The path of one field of the row: "indicators[3].target". */
static const char *field_path(char *buf, const jx_row_in *in, const char *field)
{
    jx__path(buf, JX_PATH_MAX, in->path, field, 0);
    return buf;
}

/* An error at cell c of the row: its position and its path. */
#define FAIL(c, field, ...)                                                                        \
    jx__fail(err, JX_EVALUE, in->source, (c)->line, (c)->column, field_path(path, in, field),      \
             __VA_ARGS__)
/* The same for a value that could not be read: "'12a': " and why. */
#define FAIL_VALUE(c, field, v, why)                                                               \
    jx__fail_with(err, JX_EVALUE, in->source, (c)->line, (c)->column, field_path(path, in, field), \
                  jx__why_text(why), JX_M(E_VALUE), (v)->text)

static int oom(jx_error *err, const jx_row_in *in)
{
    return jx__fail(err, JX_ENOMEM, in->source, 0, 0, "", JX_M(E_NOMEM));
}

/* Reads one cell as a value; a parse failure is returned with its reason in why. */
static int parse(jx_val *v, jx_arena *a, const jx_cell_in *c, unsigned flags, jx_why *why)
{
    memset(v, 0, sizeof *v);
    v->unit = v->text = "";
    if (!c->text)
        return JX_OK;
    v->line = c->line;
    v->column = c->column;
    return jx__parse_value(v, a, c->text, c->len, flags | (c->typed ? JX_READ_TYPED : 0), why);
}

/* Words, whatever they look like: the target or actual of a 定性 row. */
static int words(jx_val *v, jx_arena *a, const jx_cell_in *c)
{
    jx_why why;
    int rc = parse(v, a, c, 0, &why);
    if (rc == JX_ENOMEM)
        return rc;
    if (rc != JX_OK) { /* "1:1配套" is words on a 定性 row */
        v->kind = JX_V_TEXT;
        v->op = JX_OP_NONE;
        v->unit = "";
    }
    return JX_OK;
}

/* Unit bases agree when equal, when one is unstated, or when one extends the other ("家企业"). */
static bool units_agree(const char *x, const char *y)
{
    if (!x[0] || !y[0])
        return true;
    size_t nx = strcspn(x, "/"), ny = strcspn(y, "/");
    size_t n = nx < ny ? nx : ny;
    return n > 0 && strncmp(x, y, n) == 0;
}

/* Scales v to magnitude `mag` (≤ v's own). */
static bool rescale(jx_val *v, int mag)
{
    for (; v->mag > mag; v->mag--) {
        if (v->num > INT64_MAX / 10 || v->num < INT64_MIN / 10 || v->hi > INT64_MAX / 10)
            return false;
        v->num *= 10;
        v->hi *= 10;
    }
    return true;
}

/* How many powers of ten apart two positive amounts are, rounded: 225800 and 22.58 are 4. */
static int powers_apart(int64_t small, int64_t big)
{
    int k = 0;
    jx_i128 x = small;
    while (x * 10 <= big) {
        x *= 10;
        k++;
    }
    return (jx_i128)big * big / 10 >= x * x ? k + 1 : k; /* past √10 × 10^k: nearer 10^(k+1) */
}

/* The units of a quantity row: bare numbers are in the 度量单位 column's unit; a unit written in a
 * value wins for that value and converts; where nothing says, the actual takes the target's. */
static int settle_units(jx_row *r, const jx_row_in *in, const char *unit_base, jx_error *err)
{
    jx_val *t = &r->target, *b = &r->actual;
    char path[JX_PATH_MAX];
    if (!t->unit[0] && t->mag == 0) {
        t->unit = unit_base;
        t->mag = r->unit_mag;
    }
    if (!units_agree(t->unit, unit_base))
        return FAIL(&in->target, "target", JX_M(E_UNITS_COLUMN), t->unit, r->unit);
    if (b->kind != JX_V_NUM)
        return JX_OK;
    if (!b->unit[0] && b->mag == 0) {
        b->unit = r->unit[0] ? unit_base : t->unit;
        b->mag = r->unit[0] ? r->unit_mag : t->mag;
    }
    r->actual_mag = b->mag;
    if (!units_agree(t->unit, b->unit))
        return FAIL(&in->actual, "actual", JX_M(E_UNITS_ACTUAL), t->unit, b->unit); /* both named */
    int mag = t->mag < b->mag ? t->mag : b->mag;
    if (!rescale(t, mag) || !rescale(b, mag))
        return FAIL(&in->actual, "actual", JX_M(E_UNIT_OVERFLOW), b->text);
    if (t->kind == JX_V_NUM && t->num > 0 && b->num > 0) {
        if (b->num / 1000 >= t->num)
            r->mag_shift = powers_apart(t->num, b->num);
        else if (t->num / 1000 >= b->num)
            r->mag_shift = -powers_apart(b->num, t->num);
    }
    return JX_OK;
}

/* No 指标性质 and no sign: a cost, a target of 0, a count of bad events and a time to respond are
 * ceilings; the rest floors. Each guess keeps its reason for the op-assumed warning. */
static void assume_op(jx_row *r)
{
    r->op = JX_OP_LE;
    if (has(r->level2, "成本") || has(r->level1, "成本")) {
        r->op_why = JX_WHY_COST;
        r->op_word = has(r->level2, "成本") ? r->level2 : r->level1;
        return;
    }
    if (r->target.num == 0) {
        r->op_why = JX_WHY_ZERO;
        r->op_word = "0";
        return;
    }
    for (size_t i = 0; bad_events[i]; i++) {
        if (has(r->name, bad_events[i])) {
            r->op_why = JX_WHY_EVENT;
            r->op_word = bad_events[i];
            return;
        }
    }
    for (size_t i = 0; response_units[i] && has(r->level2, "时效"); i++) {
        if (ends_with(r->target.unit, response_units[i])) {
            r->op_why = JX_WHY_RESPONSE;
            r->op_word = response_units[i];
            return;
        }
    }
    r->op = JX_OP_GE;
    r->op_why = JX_WHY_DEFAULT;
}

/* A whole month from 1 to 12, with no unit or 月: on a date row, "11" is November. */
static bool month_number(const jx_val *v)
{
    return v->kind == JX_V_NUM && v->mag == 0 && v->num % JX_MICRO == 0 && v->num >= JX_MICRO &&
           v->num <= 12 * JX_MICRO && (!v->unit[0] || jx__streq(v->unit, "月"));
}

static void as_month(jx_val *v, int year)
{
    v->kind = JX_V_DATE;
    v->month = (int)(v->num / JX_MICRO);
    v->year = year;
    v->day = 0;
}

/* The target: its kind decides the row's. */
static int read_target(jx_row *r, jx_arena *a, const jx_row_in *in, int op, const char *unit_base,
                       bool dates, jx_error *err)
{
    jx_val *t = &r->target;
    jx_why why;
    char path[JX_PATH_MAX];
    if (op == JX_OP_QUAL) { /* 指标性质 定性 wins; a sign on the target is a conflict */
        if (words(t, a, &in->target) != JX_OK)
            return oom(err, in);
        if ((t->kind == JX_V_NUM || t->kind == JX_V_RANGE) && t->op != JX_OP_NONE)
            r->conflict = t->op;
        if (t->kind != JX_V_NONE)
            t->kind = JX_V_TEXT;
        r->op = JX_OP_QUAL;
        return JX_OK;
    }
    int rc = parse(t, a, &in->target, dates ? JX_READ_DATES : 0, &why);
    if (rc)
        return rc == JX_ENOMEM ? oom(err, in) : FAIL_VALUE(&in->target, "target", t, &why);
    switch (t->kind) {
    case JX_V_NONE:
        return jx__fail(err, JX_ESCHEMA, in->source, r->pos.line, r->pos.column, in->path,
                        JX_M(E_NO_TARGET), r->name);
    case JX_V_TEXT: /* words: 定性, whatever 指标性质 says */
        r->op = JX_OP_QUAL;
        r->conflict = (jx_op)op;
        return JX_OK;
    case JX_V_DATE: r->op = JX_OP_DATE; break;
    case JX_V_RANGE:
        r->op = JX_OP_RANGE;
        if (op != JX_OP_NONE && op != JX_OP_RANGE)
            r->conflict = (jx_op)op;
        break;
    case JX_V_NUM:
        if (op == JX_OP_RANGE)
            return FAIL(&in->target, "target", JX_M(E_RANGE_TARGET), t->text);
        if (op != JX_OP_NONE && t->op != JX_OP_NONE && t->op != (jx_op)op && op != JX_OP_DATE)
            r->conflict = t->op; /* 指标性质 wins */
        r->op = op != JX_OP_NONE ? (jx_op)op : t->op;
        /* "≤12" in 月 is a deadline, December */
        bool in_months = jx__streq(t->unit, "月") || jx__streq(unit_base, "月");
        if (month_number(t) && in_months &&
            (r->op == JX_OP_LE || r->op == JX_OP_DATE ||
             (r->op == JX_OP_NONE && has(r->level2, "时效")))) {
            as_month(t, 0);
            r->op = JX_OP_DATE;
        } else if (r->op == JX_OP_DATE) {
            return FAIL(&in->target, "target", JX_M(E_DATE_TARGET), t->text);
        }
        break;
    }
    if (t->kind == JX_V_DATE && !t->year)
        t->year = in->year;
    return JX_OK;
}

/* The actual, read as its row's kind. */
static int read_actual(jx_row *r, jx_arena *a, const jx_row_in *in, jx_error *err)
{
    jx_val *b = &r->actual;
    jx_why why;
    char path[JX_PATH_MAX];
    if (r->op == JX_OP_QUAL)
        return words(b, a, &in->actual) == JX_OK ? JX_OK : oom(err, in);
    int rc = parse(b, a, &in->actual, r->op == JX_OP_DATE ? JX_READ_DATES : 0, &why);
    if (rc)
        return rc == JX_ENOMEM ? oom(err, in) : FAIL_VALUE(&in->actual, "actual", b, &why);
    if (r->op == JX_OP_DATE) {
        if (month_number(b))
            as_month(b, in->year);
        else if (b->kind == JX_V_NUM || b->kind == JX_V_RANGE)
            return in->actual.typed
                       ? FAIL(&in->actual, "actual", JX_M(E_DATE_ACTUAL_TYPED), b->text)
                       : FAIL(&in->actual, "actual", JX_M(E_DATE_ACTUAL), b->text);
        if (b->kind == JX_V_DATE && !b->year)
            b->year = in->year;
        return JX_OK;
    }
    if (b->kind == JX_V_RANGE || b->kind == JX_V_DATE)
        return b->kind == JX_V_DATE
                   ? FAIL(&in->actual, "actual", JX_M(E_ACTUAL_NOT_DATE), b->text)
                   : FAIL(&in->actual, "actual", JX_M(E_ACTUAL_ONE_NUMBER), b->text);
    return JX_OK;
}

int jx__read_row(jx_row *r, jx_arena *a, const jx_row_in *in, jx_error *err)
{
    char path[JX_PATH_MAX];
    const char *unit_base;
    jx__parse_unit(r->unit, &r->unit_mag, &unit_base, a);
    if (!unit_base ||
        jx__level_weight(&r->level, &r->has_level_points, &r->level_points, a, r->level1) != JX_OK)
        return oom(err, in);
    int op = jx__parse_op(r->op_text);
    if (op < 0)
        return FAIL(&in->op, "op", JX_M(E_OP), r->op_text);
    bool dates = op == JX_OP_DATE || one_of(time_units, r->unit) || has(r->level2, "时效");
    TRY(read_target(r, a, in, op, unit_base, dates, err));
    TRY(read_actual(r, a, in, err));
    if (r->op == JX_OP_QUAL || r->op == JX_OP_DATE)
        return JX_OK;
    TRY(settle_units(r, in, unit_base, err));
    if (r->op == JX_OP_NONE)
        assume_op(r);
    return JX_OK;
}

int jx__level_weight(const char **name, bool *has_points, int64_t *points, jx_arena *a,
                     const char *level)
{
    *name = level;
    *has_points = false;
    *points = 0;
    if (!level || !level[0] || !strpbrk(level, "0123456789\xef"))
        return JX_OK; /* no digit, ASCII or full-width (EF BC 90..99): no points in the name */
    size_t n = strlen(level);
    char *f = jx_arena__alloc(a, 4 * n + 1);
    if (!f)
        return JX_ENOMEM;
    jx__fold(f, level, n);
    /* the first number with 分 or % after it, or alone in brackets: "(60分)", "（权重30%）", "(10)"
     */
    for (char *p = f; *p; p++) {
        if (!(*p >= '0' && *p <= '9') || (p > f && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        int64_t v = 0, scale = 100;
        char *q = p;
        for (; *q >= '0' && *q <= '9' && v < 100000; q++)
            v = v * 10 + (*q - '0');
        v *= 100;
        if (*q == '.')
            for (q++; *q >= '0' && *q <= '9'; q++)
                v += (scale /= 10) * (*q - '0');
        char *open = strrchr(f, '(');
        bool bracketed = open && open < p && *q == ')';
        if (!(strncmp(q, "分", 3) == 0 || *q == '%' || bracketed) || v > 100000)
            continue;
        char *end = bracketed || (open && open < p) ? open : p;
        *end = '\0';
        if (end - f >= 6 && strcmp(end - 6, "权重") == 0)
            end[-6] = '\0';
        size_t k = strlen(f);
        if (k && (f[k - 1] == ':' || f[k - 1] == '('))
            f[k - 1] = '\0';
        *name = f;
        *has_points = true;
        *points = v;
        return JX_OK;
    }
    *name = f;
    return JX_OK;
}
