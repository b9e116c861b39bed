/*
 * sheet.c - indicator files: YAML documents to validated jx_sheet structs.
 *
 * English keys are canonical; the printed form's Chinese headings are aliases. What can be settled
 * without a rule set is settled here: each row's scoring kind (≥ ≤ = range date 定性), its numbers
 * in a common unit magnitude, its points in hundredths, money in 分. What needs the rules (tier
 * words, grade scales, weight splits) is left to the scorer. Every value keeps its line and column.
 */
#include "grid.h"

#include <stdio.h>
#include <string.h>

enum { S_ORG, S_PROJECT, S_YEAR, S_RULES, S_BUDGET, S_INDICATORS, S_TOTAL, S_GRADE, S_N };
static const jx_key sheet_keys[S_N] = {
    {"org", {"单位", "部门", "单位名称", "部门名称", "部门(单位)名称", "实施单位"}},
    {"project", {"项目名称", "项目"}},
    {"year", {"年度"}},
    {"rules", {"规则"}},
    {"budget", {"预算执行情况", "预算执行"}},
    {"indicators", {"绩效指标", "指标"}},
    {"total", {"总分", "绩效自评总分", "自评总分"}},
    {"grade", {"等级", "自评等级", "绩效自评等级"}},
};

enum { B_UNIT, B_INITIAL, B_FULL, B_EXECUTED, B_POINTS, B_RATE, B_SCORE, B_REASON, B_N };
static const jx_key budget_keys[B_N] = {
    {"unit", {"单位", "金额单位"}},
    {"initial", {"年初预算数"}},
    {"full_year", {"全年预算数", "调整后预算数"}},
    {"executed", {"全年执行数", "执行数"}},
    {"points", {"分值"}},
    {"rate", {"执行率"}},
    {"score", {"得分"}},
    {"reason", {"偏差原因", "偏差原因分析及改进措施"}},
};

enum {
    I_ID,
    I_GROUP,
    I_LEVEL1,
    I_LEVEL2,
    I_NAME,
    I_OP,
    I_TARGET,
    I_UNIT,
    I_POINTS,
    I_ACTUAL,
    I_SCORE,
    I_DEDUCT,
    I_REASON,
    I_N
};
static const jx_key row_keys[I_N] = {
    {"id", {"序号"}},
    {"group", {"活动"}},
    {"level1", {"一级指标"}},
    {"level2", {"二级指标"}},
    {"name", {"三级指标", "指标名称", "绩效指标"}},
    {"op", {"指标性质"}},
    {"target", {"年度指标值", "指标值", "计划值"}},
    {"unit", {"度量单位", "单位"}},
    {"points", {"分值", "指标权重", "权重"}},
    {"actual", {"实际完成值", "完成值"}},
    {"score", {"得分"}},
    {"deduct", {"扣分"}},
    {"reason", {"偏差原因分析及改进措施", "偏差原因"}},
};

enum { D_POINTS, D_REASON, D_N };
static const jx_key deduct_keys[D_N] = {{"points", {"分值", "扣分"}},
                                        {"reason", {"原因", "扣分原因"}}};

typedef struct ctx {
    jx_arena *a;
    jx_error *err;
    size_t max_rows; /* indicator rows in one sheet */
} ctx;

const jx_key *jx__keys(int table, size_t *n)
{
    *n = table == 0 ? S_N : table == 1 ? I_N : B_N;
    return table == 0 ? sheet_keys : table == 1 ? row_keys : budget_keys;
}

#define fail_at(c, n, code, path, ...)                                                             \
    jx__fail((c)->err, code, (n)->source, (n)->line, (n)->column, path, __VA_ARGS__)

/* Points, scores and totals: a plain number of points in hundredths, 0..1000. */
static int read_points(int64_t *out, ctx *c, const jx_node *n, const char *path, const char *what)
{
    jx_val v;
    TRY(jx__get_value(&v, c->a, n, path, c->err));
    if (v.kind != JX_V_NUM || v.op != JX_OP_NONE || v.mag != 0 ||
        !(v.unit[0] == '\0' || jx__streq(v.unit, "分")))
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        "%s must be a number of points, not '%s'", what, v.text);
    if (v.num < 0)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        "%s must not be negative (%s)", what, v.text);
    if (v.num > 1000 * JX_MICRO)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        "%s of %s is more than 1000 points", what, v.text);
    if (v.num % (JX_MICRO / 100) != 0)
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        "%s has more than 2 decimal places (%s)", what, v.text);
    *out = v.num / (JX_MICRO / 100);
    return JX_OK;
}

/* Money to 分, exactly: "333,113,794.75元", "33311.38万元", and bare amounts in the block's unit
 * (万元 unless it says otherwise, as the official form's heading does). */
static int read_money(int64_t *out, ctx *c, const jx_node *n, const char *path, int unit_mag)
{
    jx_val v;
    TRY(jx__get_value(&v, c->a, n, path, c->err));
    if (v.kind != JX_V_NUM || v.op != JX_OP_NONE || !(v.unit[0] == '\0' || jx__streq(v.unit, "元")))
        return jx__fail(c->err, JX_EVALUE, n->source, n->line, n->column, path,
                        "'%s' is not an amount of money (元, 万元, 亿元)", v.text);
    if (v.num < 0)
        return fail_at(c, n, JX_EVALUE, path, "a budget amount must not be negative (%s)", v.text);
    if (!v.unit[0] && v.mag == 0)
        v.mag = unit_mag;
    jx_i128 fen = (jx_i128)v.num; /* micro-units of 10^mag 元 */
    for (int i = 0; i < v.mag; i++)
        fen *= 10;
    if (fen % (JX_MICRO / 100) != 0)
        return fail_at(c, n, JX_EVALUE, path,
                       "'%s' has a fraction of a 分: money is exact to the 分", v.text);
    fen /= JX_MICRO / 100;
    if (fen > (jx_i128)INT64_MAX / 100)
        return fail_at(c, n, JX_EVALUE, path, "'%s' is too large", v.text);
    *out = (int64_t)fen;
    return JX_OK;
}

static void pos_of(jx_pos *p, const jx_node *n)
{
    p->line = n ? n->line : 0;
    p->column = n ? n->column : 0;
}

/* 偏差原因 cells that say there is none: "无", "-", "/", "无偏差". */
static bool no_reason(const char *s)
{
    static const char *const none[] = {"无", "-", "—", "/", "无偏差", "无。"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++)
        if (strcmp(s, none[i]) == 0)
            return true;
    return false;
}

static int read_budget(jx_sheet *s, ctx *c, const jx_node *n)
{
    const jx_node *v[B_N];
    TRY(jx__collect(v, budget_keys, B_N, n, "budget", c->err));
    char p[JX_PATH_MAX];
    s->has_budget = true;
    pos_of(&s->budget_pos, n);
    int unit_mag = 4; /* 万元 */
    if (!jx__is_null(v[B_UNIT])) {
        jx_val u;
        TRY(jx__get_value(&u, c->a, v[B_UNIT], "budget.unit", c->err));
        const char *base;
        jx__parse_unit(u.text, &unit_mag, &base, NULL);
        if (u.kind != JX_V_TEXT || !jx__streq(base, "元") || unit_mag < 0)
            return fail_at(c, v[B_UNIT], JX_EVALUE, "budget.unit",
                           "'%s' is not a unit of money: 元, 千元, 万元 or 亿元", u.text);
    }
    int64_t *money[3] = {&s->initial, &s->full_year, &s->executed};
    bool *has[3] = {&s->has_initial, &s->has_full_year, &s->has_executed};
    for (int i = B_INITIAL; i <= B_EXECUTED; i++) {
        if (jx__is_null(v[i]))
            continue;
        jx__path(p, sizeof p, "budget", budget_keys[i].name, 0);
        TRY(read_money(money[i - B_INITIAL], c, v[i], p, unit_mag));
        *has[i - B_INITIAL] = true;
    }
    if (!s->has_executed)
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, "budget",
                        "budget needs executed (全年执行数)");
    if (!s->has_full_year && !s->has_initial)
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, "budget",
                        "budget needs full_year (全年预算数) or initial (年初预算数)");
    if (!jx__is_null(v[B_POINTS])) {
        TRY(read_points(&s->budget_points, c, v[B_POINTS], "budget.points", "points"));
        s->budget_has_points = true;
    }
    if (!jx__is_null(v[B_RATE])) {
        jx_val r;
        TRY(jx__get_value(&r, c->a, v[B_RATE], "budget.rate", c->err));
        if (r.kind != JX_V_NUM || r.mag != 0 || !(r.unit[0] == '\0' || jx__streq(r.unit, "%")))
            return fail_at(c, v[B_RATE], JX_EVALUE, "budget.rate",
                           "rate must be a percentage, not '%s'", r.text);
        s->budget_rate = r.num;
        s->budget_has_rate = true;
        pos_of(&s->budget_rate_pos, v[B_RATE]);
    }
    if (!jx__is_null(v[B_SCORE])) {
        TRY(read_points(&s->budget_score, c, v[B_SCORE], "budget.score", "score"));
        s->budget_has_score = true;
        pos_of(&s->budget_score_pos, v[B_SCORE]);
    }
    TRY(jx__get_text(&s->budget_reason, c->a, v[B_REASON], "budget.reason", c->err));
    if (no_reason(s->budget_reason))
        s->budget_reason = "";
    return JX_OK;
}

/* A cell of the row for the reader of values: its text, its type and its place. */
static int cell_in(jx_cell_in *out, const jx_node *n, const char *path, const char *key,
                   jx_error *err)
{
    memset(out, 0, sizeof *out);
    if (jx__is_null(n))
        return JX_OK;
    char p[JX_PATH_MAX];
    jx__path(p, sizeof p, path, key, 0);
    TRY(jx__want(n, JX_NODE_SCALAR, p, err));
    *out = (jx_cell_in){n->text, n->len, n->typed, n->line, n->column};
    return JX_OK;
}

static int read_row(jx_row *r, ctx *c, const jx_node *n, const char *path, int year)
{
    const jx_node *v[I_N];
    TRY(jx__collect(v, row_keys, I_N, n, path, c->err));
    pos_of(&r->pos, n);
    char p[JX_PATH_MAX];
    const char **texts[] = {&r->group, &r->level1, &r->level2, &r->name,
                            &r->unit,  &r->reason, &r->op_text};
    const int keys[] = {I_GROUP, I_LEVEL1, I_LEVEL2, I_NAME, I_UNIT, I_REASON, I_OP};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        jx__path(p, sizeof p, path, row_keys[keys[i]].name, 0);
        TRY(jx__get_text(texts[i], c->a, v[keys[i]], p, c->err));
    }
    if (!r->name[0])
        return jx__fail(c->err, JX_ESCHEMA, n->source, n->line, n->column, path,
                        "an indicator needs its name (三级指标)");
    if (no_reason(r->reason))
        r->reason = "";
    jx_row_in in = {.source = n->source, .path = path, .year = year};
    TRY(cell_in(&in.op, v[I_OP], path, "op", c->err));
    TRY(cell_in(&in.target, v[I_TARGET], path, "target", c->err));
    TRY(cell_in(&in.actual, v[I_ACTUAL], path, "actual", c->err));
    TRY(jx__read_row(r, c->a, &in, c->err));

    if (!jx__is_null(v[I_POINTS])) {
        jx__path(p, sizeof p, path, "points", 0);
        TRY(read_points(&r->points, c, v[I_POINTS], p, "points"));
        r->has_points = true;
        pos_of(&r->points_pos, v[I_POINTS]);
    }
    if (!jx__is_null(v[I_SCORE])) {
        jx__path(p, sizeof p, path, "score", 0);
        TRY(read_points(&r->score, c, v[I_SCORE], p, "score"));
        r->has_score = true;
        pos_of(&r->score_pos, v[I_SCORE]);
    }
    if (!jx__is_null(v[I_DEDUCT])) {
        char dp[JX_PATH_MAX];
        jx__path(dp, sizeof dp, path, "deduct", 0);
        const jx_node *d[D_N];
        TRY(jx__collect(d, deduct_keys, D_N, v[I_DEDUCT], dp, c->err));
        if (jx__is_null(d[D_POINTS]))
            return fail_at(c, v[I_DEDUCT], JX_ESCHEMA, dp, "deduct needs points");
        jx__path(p, sizeof p, dp, "points", 0);
        TRY(read_points(&r->deduct, c, d[D_POINTS], p, "deduct.points"));
        jx__path(p, sizeof p, dp, "reason", 0);
        TRY(jx__get_text(&r->deduct_reason, c->a, d[D_REASON], p, c->err));
        if (!r->deduct_reason[0])
            return fail_at(c, v[I_DEDUCT], JX_ESCHEMA, dp,
                           "a deduction needs a reason: deduct: {points: N, reason: ...}");
        r->has_deduct = true;
        pos_of(&r->deduct_pos, v[I_DEDUCT]);
    }
    return JX_OK;
}

static int read_sheet(jx_sheet *s, ctx *c, const jx_node *root, const char *source)
{
    const jx_node *v[S_N];
    TRY(jx__collect(v, sheet_keys, S_N, root, "", c->err));
    s->source = source;
    s->root = root;
    pos_of(&s->pos, root);
    TRY(jx__get_text(&s->org, c->a, v[S_ORG], "org", c->err));
    TRY(jx__get_text(&s->project, c->a, v[S_PROJECT], "project", c->err));
    const char *rules;
    TRY(jx__get_text(&rules, c->a, v[S_RULES], "rules", c->err));
    s->rules = rules[0] ? rules : NULL;
    pos_of(&s->rules_pos, v[S_RULES]);
    if (!jx__is_null(v[S_YEAR])) {
        jx_val y;
        TRY(jx__get_value(&y, c->a, v[S_YEAR], "year", c->err));
        /* 2023, "2023年" or "2023年度" (read as that year's end) */
        size_t n = strlen(y.text);
        bool year_end = y.kind == JX_V_DATE && y.year && y.op == JX_OP_NONE && n > 3 &&
                        (jx__has_suffix(y.text, "年") || jx__has_suffix(y.text, "年度"));
        if (!year_end && (y.kind != JX_V_NUM || y.num % JX_MICRO != 0 || y.num < 1900 * JX_MICRO ||
                          y.num > 2199 * JX_MICRO || y.unit[0] != '\0'))
            return fail_at(c, v[S_YEAR], JX_EVALUE, "year", "'%s' is not a year", y.text);
        s->year = year_end ? y.year : (int)(y.num / JX_MICRO);
    }
    if (!jx__is_null(v[S_BUDGET]))
        TRY(read_budget(s, c, v[S_BUDGET]));
    if (!jx__is_null(v[S_TOTAL])) {
        TRY(read_points(&s->total, c, v[S_TOTAL], "total", "total"));
        s->has_total = true;
        pos_of(&s->total_pos, v[S_TOTAL]);
    }
    TRY(jx__get_text(&s->grade, c->a, v[S_GRADE], "grade", c->err));
    pos_of(&s->grade_pos, v[S_GRADE]);

    /* a budget block alone is a fragment: its budget row is scored, with no grade */
    const jx_node *list = v[S_INDICATORS];
    if (!list && !s->has_budget)
        return jx__fail(c->err, JX_ESCHEMA, root->source, root->line, root->column, "",
                        "missing key 'indicators' (绩效指标)");
    if (!list || (jx__is_null(list) && s->has_budget))
        return JX_OK;
    TRY(jx__want(list, JX_NODE_SEQ, "indicators", c->err));
    if (list->count == 0 && !s->has_budget)
        return jx__fail(c->err, JX_ESCHEMA, list->source, list->line, list->column, "indicators",
                        "a sheet needs at least one indicator, or a budget block");
    if (list->count > c->max_rows)
        return jx__fail(c->err, JX_ELIMIT, list->source, list->line, list->column, "indicators",
                        "%zu indicators; the limit is %zu (jx_load_options.max_rows)", list->count,
                        c->max_rows);
    s->rows = jx_arena__alloc(c->a, list->count * sizeof *s->rows + 1); /* + 1: never 0 bytes */
    if (!s->rows)
        return jx__fail(c->err, JX_ENOMEM, source, 0, 0, "", "out of memory");
    for (const jx_node *it = list->first; it; it = it->next) {
        char p[JX_PATH_MAX];
        jx__path(p, sizeof p, "indicators", NULL, (long)s->nrows);
        TRY(read_row(&s->rows[s->nrows], c, it, p, s->year));
        s->nrows++;
    }
    return JX_OK;
}

/* Moves the arena into a new doc handle holding the sheets read, or frees it all on failure. */
static int finish(jx_doc **out, jx_arena *a, int rc, const char *source, jx_sheet *sheets,
                  size_t count, jx_error *err)
{
    jx_doc *d = rc == JX_OK ? jx_arena__alloc(a, sizeof *d) : NULL;
    if (!d) {
        if (rc == JX_OK)
            rc = jx__fail(err, JX_ENOMEM, source, 0, 0, "", "out of memory");
        jx_arena__free(a);
        return rc;
    }
    d->source = source;
    d->sheets = sheets;
    d->count = count;
    d->arena = *a;
    *out = d;
    return JX_OK;
}

/* YAML as people save it: with a byte-order mark, in UTF-16 or GB18030, decoded as the tables are.
 */
static int yaml_text(jx_node ***docs, size_t *ndocs, jx_arena *a, const char *data, size_t len,
                     const char *source, const jx_limits *lim, jx_error *err)
{
    if (len > lim->max_bytes) /* before a copy is made */
        return jx__yaml_parse(docs, ndocs, a, data, len, source, lim, err);
    const char *text;
    size_t n;
    TRY(jx__decode(&text, &n, a, data, len, source, err));
    return jx__yaml_parse(docs, ndocs, a, text, n, source, lim, err);
}

/* A whole JSONL or long-CSV file (a sheet per line, per group of rows), decoded as text. */
static int stream_file(jx_node ***docs, size_t *n, jx_arena *a, jx_input kind, const char *data,
                       size_t len, const char *source, const jx_limits *lim, jx_error *err)
{
    const char *text;
    size_t tlen;
    if (len > lim->max_bytes)
        return jx__fail(err, JX_ELIMIT, source, 0, 0, "", "a file of %zu bytes; the limit is %zu",
                        len, lim->max_bytes);
    TRY(jx__decode(&text, &tlen, a, data, len, source, err));
    return kind == JX_INPUT_JSONL ? jx__jsonl_file(docs, n, a, text, tlen, source, lim, err)
                                  : jx__csv_file(docs, n, a, text, tlen, source, lim, err);
}

/* Loads a buffer of any input kind, its first line being line first_line of its input: a record of
 * a stream, or with `file` a whole JSONL or long-CSV file. */
static int load(jx_doc **out, jx_input kind, bool file, const char *data, size_t len,
                const char *header, size_t hlen, const char *name, size_t first_line,
                const jx_load_options *opts, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", "out is NULL");
    *out = NULL;
    if (!data || !name || (kind == JX_INPUT_CSV && !header && !file) ||
        (unsigned)kind > JX_INPUT_CSV)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", "data, name (and a CSV header) are required");
    jx_limits lim;
    jx__limits(&lim, opts);
    lim.line_offset = first_line ? first_line - 1 : 0;
    jx_arena a;
    jx_arena__init(&a, opts ? opts->alloc : NULL);
    ctx c = {&a, err, lim.max_rows};
    jx_node **docs = NULL, *one = NULL;
    size_t ndocs = 0, nsheets = 0;
    jx_sheet *sheets = NULL;
    const char *source = jx_arena__strndup(&a, name, strlen(name));
    int rc = !source                 ? jx__fail(err, JX_ENOMEM, name, 0, 0, "", "out of memory")
             : kind == JX_INPUT_YAML ? yaml_text(&docs, &ndocs, &a, data, len, source, &lim, err)
             : file ? stream_file(&docs, &ndocs, &a, kind, data, len, source, &lim, err)
             : kind == JX_INPUT_JSONL
                 ? jx__json_parse(&one, &a, data, len, source, &lim, err)
                 : jx__csv_sheet(&one, &a, header, hlen, data, len, source, &lim, err);
    if (rc == JX_OK && kind != JX_INPUT_YAML && !file) {
        docs = &one;
        ndocs = 1;
    }
    if (rc == JX_OK) {
        for (size_t i = 0; i < ndocs; i++)
            nsheets += !jx__is_null(docs[i]);
        if (nsheets == 0)
            rc = jx__fail(err, JX_ESYNTAX, name, lim.line_offset + 1, 1, "",
                          "empty file: no sheet (expected org, indicators, ...)");
    }
    if (rc == JX_OK) {
        sheets = jx_arena__alloc(&a, nsheets * sizeof *sheets);
        if (!sheets)
            rc = jx__fail(err, JX_ENOMEM, name, 0, 0, "", "out of memory");
    }
    for (size_t i = 0, k = 0; rc == JX_OK && i < ndocs; i++)
        if (!jx__is_null(docs[i]))
            rc = read_sheet(&sheets[k++], &c, docs[i], source);
    return finish(out, &a, rc, source ? source : name, sheets, nsheets, err);
}

/* A workbook, CSV/TSV or pasted table: grids, then the forms in them, then sheets. */
static int import(jx_doc **out, const char *data, size_t len, const char *name, bool xlsx,
                  const jx_load_options *opts, jx_error *err)
{
    jx_arena a;
    jx_arena__init(&a, opts ? opts->alloc : NULL);
    jx_limits lim;
    jx__limits(&lim, opts);
    ctx c = {&a, err, lim.max_rows};
    jx_grid *grids = NULL, one;
    size_t ngrids = 1, nsheets = 0;
    jx_node **roots = NULL;
    jx_sheet *sheets = NULL;
    const char *source = jx_arena__strndup(&a, name, strlen(name));
    int rc = !source ? jx__fail(err, JX_ENOMEM, name, 0, 0, "", "out of memory")
             : xlsx  ? jx__xlsx_grids(&grids, &ngrids, &a, data, len, source, err)
                     : jx__text_grid(grids = &one, &a, data, len, source, err);
    if (rc == JX_OK)
        rc = jx__form_read(&roots, &nsheets, &a, grids, ngrids, err);
    if (rc == JX_OK && !(sheets = jx_arena__alloc(&a, nsheets * sizeof *sheets)))
        rc = jx__fail(err, JX_ENOMEM, name, 0, 0, "", "out of memory");
    for (size_t i = 0; rc == JX_OK && i < nsheets; i++)
        rc = read_sheet(&sheets[i], &c, roots[i], roots[i]->source); /* "form.xlsx:表!" */
    return finish(out, &a, rc, source ? source : name, sheets, nsheets, err);
}

bool jx__is_workbook(const char *data, size_t len, const char *name)
{
    return (len >= 4 && memcmp(data, "PK\3\4", 4) == 0) || jx__has_suffix(name, ".xlsx") ||
           jx__has_suffix(name, ".xlsm");
}

int jx_doc_load_buffer(jx_doc **out, const char *data, size_t len, const char *name,
                       const jx_load_options *opts, jx_error *err)
{
    bool workbook = data && name && jx__is_workbook(data, len, name);
    bool csv = data && name && jx__has_suffix(name, ".csv");
    if (data && name && jx__has_suffix(name, ".jsonl"))
        return load(out, JX_INPUT_JSONL, true, data, len, NULL, 0, name, 1, opts, err);
    if (csv && jx__csv_is_long(data, len))
        return load(out, JX_INPUT_CSV, true, data, len, NULL, 0, name, 1, opts, err);
    if (out && data && name &&
        (workbook || csv || jx__has_suffix(name, ".tsv") || jx__has_suffix(name, ".txt"))) {
        *out = NULL;
        return import(out, data, len, name, workbook, opts, err);
    }
    return load(out, JX_INPUT_YAML, false, data, len, NULL, 0, name, 1, opts, err);
}

int jx_doc_load_record(jx_doc **out, jx_input kind, const char *data, size_t len,
                       const char *csv_header, size_t header_len, const char *name,
                       size_t first_line, const jx_load_options *opts, jx_error *err)
{
    return load(out, kind, false, data, len, csv_header, header_len, name, first_line, opts, err);
}

int jx_doc_load_file(jx_doc **out, const char *path, const jx_load_options *opts, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", "out is NULL");
    *out = NULL;
    if (!path)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", "path is NULL");
    jx_limits lim;
    jx__limits(&lim, opts);
    jx_arena probe;
    jx_arena__init(&probe, opts ? opts->alloc : NULL);
    char *buf;
    size_t len, cap;
    TRY(jx__read_file(&buf, &len, &cap, path, &lim, probe.alc, err));
    int rc = jx_doc_load_buffer(out, buf ? buf : "", len, path, opts, err);
    jx__free_buffer(probe.alc, buf, cap);
    return rc;
}

void jx_doc_free(jx_doc *d)
{
    if (d) {
        jx_arena a = d->arena;
        jx_arena__free(&a);
    }
}

size_t jx_doc_count(const jx_doc *d) { return d ? d->count : 0; }
const jx_sheet *jx_doc_sheet(const jx_doc *d, size_t i)
{
    return d && i < d->count ? &d->sheets[i] : NULL;
}
const char *jx_sheet_org(const jx_sheet *s) { return s ? s->org : ""; }
const char *jx_sheet_project(const jx_sheet *s) { return s ? s->project : ""; }
int jx_sheet_year(const jx_sheet *s) { return s ? s->year : 0; }
const char *jx_sheet_rules(const jx_sheet *s) { return s ? s->rules : NULL; }
size_t jx_sheet_count(const jx_sheet *s) { return s ? s->nrows : 0; }

int jx__doc_from_node(jx_doc **out, const jx_node *root, const char *source, jx_error *err)
{
    *out = NULL;
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_limits lim;
    jx__limits(&lim, NULL);
    ctx c = {&a, err, lim.max_rows};
    const char *src = jx_arena__strndup(&a, source, strlen(source));
    jx_sheet *sheet = jx_arena__alloc(&a, sizeof *sheet);
    int rc = src && sheet ? read_sheet(sheet, &c, root, src)
                          : jx__fail(err, JX_ENOMEM, source, 0, 0, "", "out of memory");
    return finish(out, &a, rc, src ? src : source, sheet, 1, err);
}

int jx_doc_write_yaml(const jx_doc *d, const char *comment, jx_write_fn write, void *sink,
                      jx_error *err)
{
    if (!d || !write)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", "doc and write are required");
    jx_node *roots[64];
    for (size_t i = 0; i < d->count; i += 64) {
        size_t n = d->count - i < 64 ? d->count - i : 64;
        for (size_t k = 0; k < n; k++)
            roots[k] = (jx_node *)d->sheets[i + k].root;
        TRY(jx__yaml_emit(roots, n, i == 0 ? comment : NULL, write, sink, err));
    }
    return JX_OK;
}
