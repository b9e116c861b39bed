/*
 * form.c - a 绩效自评表 as laid out on paper, read from a grid into the node tree a YAML sheet
 * gives, so that validation, scoring and every message work as they do for YAML, pointing at cells.
 *
 * Found by their titles, never by coordinates: the indicator header row (the 三级指标 column and
 * at least two more of 指标性质, 年度指标值, 分值, ...), the 预算执行情况 block (a row naming two
 * of 年初预算数, 全年预算数, 全年执行数; its figures on the next row that has them, in the unit
 * of money its headings or a 单位 line name, else 万元), the title cells before them (项目名称,
 * 单位, 年度) and the foot (总分, 等级). Empty 一级/二级 cells carry down from the row above
 * (merged cells, or a CSV saved from them); level names fused into the indicator
 * ("产出指标数量指标数据分析") are split off. A second header row starts another table whose rows
 * join the first one's on 序号, or on the indicator's name (seed 000 gives 指标值 and 完成值 in two
 * tables); after a foot it starts another sheet.
 */
#include "grid.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

enum {
    K_ID,
    K_GROUP,
    K_L1,
    K_L2,
    K_NAME,
    K_OP,
    K_TARGET,
    K_UNIT,
    K_POINTS,
    K_ACTUAL,
    K_SCORE,
    K_REASON,
    K_N
};

/* Headings of each column, strongest first: a row naming two keeps the stronger. As norm()
 * leaves them: English ones (the form jx_results_write_xlsx_lang writes) lower case, no spaces. */
static const struct {
    const char *key;
    const char *names[8];
} heads[K_N] = {
    {"id", {"序号", "编号", "id"}},
    {"group", {"活动", "group"}},
    {"level1", {"一级指标", "level1", "level1indicator"}},
    {"level2", {"二级指标", "level2", "level2indicator"}},
    {"name", {"三级指标", "指标名称", "name", "绩效指标", "level3indicator", "indicator"}},
    {"op", {"指标性质", "性质", "op", "nature"}},
    {"target",
     {"年度指标值", "年度目标值", "指标值", "目标值", "计划值", "target", "annualtarget"}},
    {"unit", {"度量单位", "计量单位", "单位", "unit"}},
    {"points", {"分值", "指标权重", "权重", "points"}},
    {"actual", {"实际完成值", "全年实际值", "完成值", "实际值", "actual"}},
    {"score", {"得分", "自评得分", "score"}},
    {"reason",
     {"偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "reason",
      "reasonsfordeviationandimprovements", "reasonsfordeviation"}},
};

enum { B_INITIAL, B_FULL, B_EXECUTED, B_POINTS, B_RATE, B_SCORE, B_N };
static const struct {
    const char *key;
    const char *names[6];
} budget_heads[B_N] = {
    {"initial", {"年初预算数", "年初预算", "initial", "initialbudget"}},
    {"full_year", {"全年预算数", "调整后预算数", "全年预算", "full_year", "full-yearbudget"}},
    {"executed", {"全年执行数", "执行数", "executed"}},
    {"points", {"分值", "points"}},
    {"rate", {"执行率", "rate", "executionrate"}},
    {"score", {"得分", "score"}},
};

static const char *const total_labels[] = {"总分", "自评总分", "绩效自评总分", "自评得分", "合计",
                                           "总计", "得分合计", "totalscore",   "total",    NULL};
static const char *const grade_labels[] = {
    "等级",  "自评等级", "评价等级", "绩效等级", "绩效自评等级", "self-evaluationgrade",
    "grade", NULL};
static const char *const grade_words[] = {"优秀", "良好", "一般", "较差", "优",
                                          "良",   "中",   "差",   NULL};
/* Title labels, the one used first winning: the unit that did the work over its superior. */
static const char *const org_labels[] = {"单位名称", "部门名称", "实施单位",         "单位",
                                         "部门",     "主管部门", "implementingunit", "department",
                                         NULL};
static const char *const project_labels[] = {"项目名称", "project", NULL};
static const char *const level1_names[] = {"产出指标",   "效益指标", "效果指标",
                                           "满意度指标", "成本指标", NULL};
static const char *const level2_names[] = {"数量指标",           "质量指标",
                                           "时效指标",           "成本指标",
                                           "经济效益指标",       "社会效益指标",
                                           "生态效益指标",       "可持续影响指标",
                                           "服务对象满意度指标", "满意度指标",
                                           "经济成本指标",       "社会成本指标",
                                           "生态环境成本指标",   NULL};
static const char *const placeholders[] = {"—", "——", "-", "/", "／", "无", "N/A", NULL};

static int in(const char *const *list, const char *s)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], s) == 0)
            return i;
    return -1;
}

/* The unit of money a text names: "万元", "元" ("单位：元", "（元）"; in English "(10,000 yuan)",
 * "(yuan)"), else NULL. */
static const char *money_unit(const char *s)
{
    if (strncmp(s, "单位", 6) == 0)
        s += 6;
    if (strncmp(s, "：", 3) == 0 || *s == ':')
        s += *s == ':' ? 1 : 3;
    if (strncmp(s, "万元", 6) == 0 || strncmp(s, "10,000 yuan", 11) == 0)
        return "万元";
    return strncmp(s, "元", 3) == 0 || strncmp(s, "yuan", 4) == 0 ? "元" : NULL;
}

/* A heading without spaces, line breaks, a leading '*', a trailing colon or (parenthesised)
 * parts, ASCII letters in lower case: "年度指标值（A）" -> "年度指标值", "Annual target" ->
 * "annualtarget". *money is set when a part names the unit of money ("（万元）", "(单位：元)"). */
static void norm(char *out, size_t size, const char *s, const char **money)
{
    size_t n = 0;
    int depth = 0;
    for (const char *p = s; *p && n + 5 < size;) {
        size_t len;
        long c = jx__utf8_next(p, strlen(p), &len);
        if (c < 0)
            break;
        if (c == '(' || c == 0xFF08) {
            depth++;
            if (money && money_unit(p + len))
                *money = money_unit(p + len);
        } else if ((c == ')' || c == 0xFF09) && depth > 0) {
            depth--;
        } else if (depth == 0 && !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 ||
                                   c == 0xA0 || (c == '*' && n == 0))) {
            memcpy(out + n, p, len);
            if (c >= 'A' && c <= 'Z')
                out[n] = (char)(c + 32);
            n += len;
        }
        p += len;
    }
    out[n] = '\0';
    if (n >= 3 && strcmp(out + n - 3, "：") == 0)
        out[n - 3] = '\0';
    else if (n >= 1 && out[n - 1] == ':')
        out[n - 1] = '\0';
}

typedef struct table {
    int col[K_N]; /* grid column of each key, -1 when absent */
    const jx_cell *head[K_N];
    const jx_cell *twice; /* a heading written a second time, in another cell than head[] */
    int twice_key;
} table;

/* An indicator header row: the name column and two more. */
static bool header_row(table *t, const jx_grow *row)
{
    int rank[K_N];
    for (int k = 0; k < K_N; k++) {
        t->col[k] = -1;
        rank[k] = 99;
    }
    t->twice = NULL;
    for (size_t i = 0; i < row->n; i++) {
        char h[128];
        norm(h, sizeof h, row->cells[i].text, NULL);
        for (int k = 0; k < K_N; k++) {
            int r = in(heads[k].names, h);
            const jx_cell *c = &row->cells[i];
            /* the same heading again: another column, unless a merged cell's copy of the first */
            if (r >= 0 && r == rank[k] && !t->twice &&
                (c->line != t->head[k]->line || c->column != t->head[k]->column) &&
                strcmp(c->text, t->head[k]->text) == 0) {
                t->twice = c;
                t->twice_key = k;
            }
            if (r >= 0 && r < rank[k]) {
                rank[k] = r;
                t->col[k] = (int)i;
                t->head[k] = c;
            }
        }
    }
    int found = 0;
    for (int k = 0; k < K_N; k++)
        found += t->col[k] >= 0 && k != K_NAME;
    return t->col[K_NAME] >= 0 && found >= 2;
}

typedef struct btable {
    int col[B_N];
    const jx_cell *head[B_N];
    const char *money; /* the unit of money the block's headings name, or NULL */
} btable;

static bool budget_row(btable *b, const jx_grow *row)
{
    int money = 0;
    b->money = NULL;
    for (int k = 0; k < B_N; k++)
        b->col[k] = -1;
    for (size_t i = 0; i < row->n; i++) {
        char h[128];
        norm(h, sizeof h, row->cells[i].text, &b->money);
        for (int k = 0; k < B_N; k++)
            if (in(budget_heads[k].names, h) >= 0 && b->col[k] < 0) {
                b->col[k] = (int)i;
                b->head[k] = &row->cells[i];
                money += k <= B_EXECUTED;
            }
    }
    return money >= 2;
}

typedef struct form {
    jx_arena *a;
    jx_error *err;
    jx_node *root, *list;
    jx_node *org, *project, *year, *budget, *total, *grade; /* values read */
    int org_rank;
    bool foot;
    const char *money; /* "单位：万元" or "单位：元" above the form */
    jx_node **joined;  /* rows of earlier tables the current table has joined: once each */
    size_t njoined;
} form;

static int oom(form *f) { return jx__fail(f->err, JX_ENOMEM, "", 0, 0, "", JX_M(E_NOMEM)); }

static jx_node *scalar_at(form *f, const char *text, const jx_cell *at)
{
    return jx__scalar(f->a, text, strlen(text), true, at->source, at->line, at->column);
}

static int put(form *f, jx_node *map, const char *key, const jx_cell *key_at, jx_node *value)
{
    jx_node *k = scalar_at(f, key, key_at);
    if (!k || !value)
        return oom(f);
    jx__put(map, k, value);
    return JX_OK;
}

static bool empty(const jx_cell *c) { return !c->text[0] || in(placeholders, c->text) >= 0; }

static const jx_cell *at(const jx_grow *row, int col)
{
    return col >= 0 && (size_t)col < row->n && !empty(&row->cells[col]) ? &row->cells[col] : NULL;
}

/* The first non-empty cell right of column i that is not a copy of it (merged cells). */
static const jx_cell *right_of(const jx_grow *row, size_t i, int skip_col)
{
    for (size_t j = i + 1; j < row->n; j++)
        if (!empty(&row->cells[j]) && (int)j != skip_col &&
            strcmp(row->cells[j].text, row->cells[i].text) != 0)
            return &row->cells[j];
    return NULL;
}

static const jx_node *get(const jx_node *map, const char *key)
{
    for (const jx_node *k = map->first; k; k = k->next->next)
        if (strcmp(k->text, key) == 0)
            return k->next;
    return NULL;
}

/* A number written bare ("22.58", "1,234.5"). */
static bool bare_number(const char *s)
{
    bool digit = false;
    for (const char *p = s + (*s == '-'); *p; p++) {
        if (*p >= '0' && *p <= '9')
            digit = true;
        else if (*p != ',' && *p != '.')
            return false;
    }
    return digit;
}

/* The first four digits in a row of s ("（2023年度）", "2023年"); NULL when none. */
static const char *year_in(const char *s, char buf[5])
{
    for (const char *p = s; *p; p++) {
        int k = 0;
        while (k < 4 && p[k] >= '0' && p[k] <= '9')
            k++;
        if (k == 4 && !(p[4] >= '0' && p[4] <= '9')) {
            memcpy(buf, p, 4);
            buf[4] = '\0';
            return buf;
        }
        p += k;
        if (!*p)
            break;
    }
    return NULL;
}

/* Title cells: 项目名称 / 单位 / 年度 with their value to the right or after a colon, and a
 * year written "（2023年度）" anywhere. *held tells whether the row had one; with dry set the
 * form is left as it was. */
static int title_row(form *f, const jx_grow *row, bool dry, bool *held)
{
    *held = false;
    for (size_t i = 0; i < row->n; i++) {
        const jx_cell *c = &row->cells[i];
        if (empty(c))
            continue;
        char h[256], label[256], ybuf[5];
        norm(h, sizeof h, c->text, NULL);
        const char *value = NULL;
        const jx_cell *vat = c;
        const char *colon = strstr(c->text, "：");
        if (!colon)
            colon = strchr(c->text, ':');
        if (colon && (size_t)(colon - c->text) < sizeof label) {
            snprintf(label, sizeof label, "%.*s", (int)(colon - c->text), c->text);
            norm(h, sizeof h, label, NULL);
            value = colon + (colon[0] == ':' ? 1 : 3);
            while (*value == ' ')
                value++;
        } else {
            const jx_cell *r = right_of(row, i, -1);
            value = r ? r->text : NULL;
            vat = r ? r : c;
        }
        int org = in(org_labels, h);
        bool project = in(project_labels, h) >= 0;
        bool year = strcmp(h, "年度") == 0 || strcmp(h, "year") == 0;
        if (value && (strcmp(value, "万元") == 0 || strcmp(value, "元") == 0)) {
            *held = true; /* "单位：万元" names the money unit, not the unit that reports */
            if (!dry)
                f->money = money_unit(value);
            continue;
        }
        if (year && value && !year_in(value, ybuf))
            year = false;
        if ((org >= 0 || project || year) && value && value[0]) {
            *held = true;
            if (!dry && org >= 0 && (!f->org || org < f->org_rank)) {
                f->org = scalar_at(f, value, vat);
                f->org_rank = org;
            } else if (!dry && project && !f->project) {
                f->project = scalar_at(f, value, vat);
            } else if (!dry && year && !f->year) {
                f->year = scalar_at(f, year_in(value, ybuf), vat);
            }
            if (!dry && !(org >= 0 ? f->org : project ? f->project : f->year))
                return oom(f);
            if (vat != c)
                i = (size_t)(vat - row->cells); /* past the value */
            continue;
        }
        const char *y = strstr(c->text, "年度");
        if (y && y - c->text >= 4 && year_in(y - 4, ybuf)) {
            *held = true;
            if (!dry && !f->year && !(f->year = scalar_at(f, ybuf, c)))
                return oom(f);
        }
    }
    return JX_OK;
}

/* The grade word a text begins with ("优秀（四类评价等级：…）"), or -1. */
static int grade_prefix(const char *s)
{
    for (int i = 0; grade_words[i]; i++)
        if (strncmp(s, grade_words[i], strlen(grade_words[i])) == 0)
            return i;
    return -1;
}

/* A cell of the form's foot with its label and value in one, as a report's text prints them:
 * "绩效自评总分：91分", "绩效自评等级：优秀", "绩效自评总分：100分优秀". A value that is not a
 * number or grade word ("（四类评价等级：…）", or nothing) is no claim, but the cell is still the
 * foot. */
static int foot_text(form *f, const jx_cell *c, bool *held)
{
    const char *colon = strstr(c->text, "：");
    size_t skip = 3;
    if (!colon) {
        colon = strchr(c->text, ':');
        skip = 1;
    }
    char label[128], h[128];
    if (!colon || (size_t)(colon - c->text) >= sizeof label)
        return JX_OK;
    snprintf(label, sizeof label, "%.*s", (int)(colon - c->text), c->text);
    norm(h, sizeof h, label, NULL);
    bool total = in(total_labels, h) >= 0, grade = in(grade_labels, h) >= 0;
    if (!total && !grade)
        return JX_OK;
    *held = true;
    const char *v = colon + skip;
    while (*v == ' ')
        v++;
    jx_cell at_value = *c; /* in a text, the value's own column */
    if (c->source[strlen(c->source) - 1] != '!')
        at_value.column += (unsigned)jx_display_width(label) / 2 + 1;
    size_t digits = strspn(v, "0123456789.");
    if (total && digits && !f->total) {
        char num[32];
        snprintf(num, sizeof num, "%.*s", (int)(digits < 31 ? digits : 31), v);
        if (!(f->total = scalar_at(f, num, &at_value)))
            return oom(f);
        v += digits;
        if (strncmp(v, "分", 3) == 0)
            v += 3;
    }
    int g = grade_prefix(v);
    if (g >= 0 && !f->grade && !(f->grade = scalar_at(f, grade_words[g], &at_value)))
        return oom(f);
    return JX_OK;
}

/* A foot row: 总分 and/or 等级 with their values. */
static int foot_row(form *f, const jx_grow *row, const table *t, bool *held)
{
    *held = false;
    for (size_t i = 0; i < row->n; i++) {
        char h[128];
        norm(h, sizeof h, row->cells[i].text, NULL);
        if (in(total_labels, h) < 0 && in(grade_labels, h) < 0) {
            TRY(foot_text(f, &row->cells[i], held));
            continue;
        }
        if (in(total_labels, h) >= 0) {
            const jx_cell *v = t && t->col[K_SCORE] > (int)i ? at(row, t->col[K_SCORE]) : NULL;
            if (!v)
                v = right_of(row, i, t ? t->col[K_POINTS] : -1);
            *held = true;
            if (v && in(grade_words, v->text) < 0 && !f->total &&
                !(f->total = scalar_at(f, v->text, v)))
                return oom(f);
        } else if (in(grade_labels, h) >= 0) {
            const jx_cell *v = right_of(row, i, -1);
            *held = true;
            if (v && !f->grade && !(f->grade = scalar_at(f, v->text, v)))
                return oom(f);
        }
    }
    if (*held && !f->grade)
        for (size_t i = 0; i < row->n; i++)
            if (in(grade_words, row->cells[i].text) >= 0 &&
                !(f->grade = scalar_at(f, row->cells[i].text, &row->cells[i])))
                return oom(f);
    return JX_OK;
}

/* The budget block's figures, from the first row below its header that has them. */
static int budget_values(form *f, const btable *b, const jx_grid *g, size_t *r)
{
    for (size_t i = *r + 1; i < g->nrows && i <= *r + 6; i++) {
        const jx_grow *row = &g->rows[i];
        if (!at(row, b->col[B_FULL]) && !at(row, b->col[B_EXECUTED]) && !at(row, b->col[B_INITIAL]))
            continue;
        jx_node *map = jx__node(f->a, JX_NODE_MAP, row->cells[0].source, row->cells[0].line,
                                row->cells[0].column);
        if (!map)
            return oom(f);
        for (int k = 0; k < B_N; k++) {
            const jx_cell *v = at(row, b->col[k]);
            if (!v)
                continue;
            char buf[128];
            const char *text = v->text;
            /* a bare amount is in 万元 unless the form says; say it in the value either way */
            const char *money = b->money ? b->money : f->money;
            if (k <= B_EXECUTED && money && bare_number(text) &&
                (size_t)snprintf(buf, sizeof buf, "%s%s", text, money) < sizeof buf)
                text = buf;
            TRY(put(f, map, budget_heads[k].key, b->head[k], scalar_at(f, text, v)));
        }
        f->budget = map;
        *r = i;
        return JX_OK;
    }
    return JX_OK;
}

/* Splits "产出指标数量指标数据分析" into its level names and the indicator. */
static int split_fused(form *f, jx_node *map, const jx_cell *c, const char *name, bool has_l1)
{
    if (has_l1)
        return JX_OK;
    const char *rest = name, *l1 = NULL, *l2 = NULL;
    for (int i = 0; level1_names[i] && !l1; i++)
        if (strncmp(rest, level1_names[i], strlen(level1_names[i])) == 0)
            l1 = level1_names[i];
    if (!l1 || !rest[strlen(l1)])
        return JX_OK;
    rest += strlen(l1);
    for (int i = 0; level2_names[i] && !l2; i++)
        if (strncmp(rest, level2_names[i], strlen(level2_names[i])) == 0 &&
            rest[strlen(level2_names[i])])
            l2 = level2_names[i];
    if (l2)
        rest += strlen(l2);
    bool text = c->source[strlen(c->source) - 1] != '!'; /* columns count characters */
    jx_cell at1 = *c, at2 = *c, atn = *c;
    unsigned w1 = (unsigned)jx_display_width(l1) / 2,
             w2 = l2 ? (unsigned)jx_display_width(l2) / 2 : 0;
    at2.column += text ? w1 : 0;
    atn.column += text ? w1 + w2 : 0;
    TRY(put(f, map, "level1", c, scalar_at(f, l1, &at1)));
    if (l2)
        TRY(put(f, map, "level2", c, scalar_at(f, l2, &at2)));
    return put(f, map, "name", c, scalar_at(f, rest, &atn));
}

/* An indicator's name without a numbering ("1.", "2、", "（3）") or spaces: the join key. */
static const char *bare_name(char *buf, size_t size, const char *s)
{
    const char *p = s;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p > s && (*p == '.' || strncmp(p, "、", 3) == 0 || strncmp(p, "．", 3) == 0))
        p += *p == '.' ? 1 : 3;
    else
        p = s;
    norm(buf, size, p, NULL);
    return buf;
}

static bool taken(const form *f, const jx_node *r)
{
    for (size_t i = 0; i < f->njoined; i++)
        if (f->joined[i] == r)
            return true;
    return false;
}

/* The row of an earlier table this one joins: the first not yet joined with the same name, else
 * with the same 序号. Names repeat ("全部工作完成" per project): they pair up in order. */
static jx_node *find_row(form *f, const jx_cell *id, const jx_cell *name)
{
    char want[512], have[512];
    bare_name(want, sizeof want, name->text);
    jx_node *hit = NULL;
    for (jx_node *r = f->list->first; r && !hit; r = r->next) {
        const jx_node *v = get(r, "name");
        if (v && !taken(f, r) && strcmp(bare_name(have, sizeof have, v->text), want) == 0)
            hit = r;
    }
    for (jx_node *r = id ? f->list->first : NULL; r && !hit; r = r->next) {
        const jx_node *v = get(r, "id");
        if (v && !taken(f, r) && strcmp(v->text, id->text) == 0)
            hit = r;
    }
    if (hit)
        f->joined[f->njoined++] = hit;
    return hit;
}

/* One indicator row of table t; joins a row of an earlier table with the same 序号 or name. */
static int indicator(form *f, const table *t, const jx_grow *row, const jx_node **prev,
                     bool joining)
{
    const jx_cell *name = at(row, t->col[K_NAME]);
    char h[128];
    norm(h, sizeof h, name->text, NULL);
    if (in(heads[K_NAME].names, h) >= 0)
        return JX_OK; /* a repeated header */
    const jx_cell *id = at(row, t->col[K_ID]);
    jx_node *map = joining ? find_row(f, id, name) : NULL;
    if (joining && !map)
        return jx__fail(f->err, JX_ESCHEMA, name->source, name->line, name->column, "",
                        JX_M(E_FORM_UNMATCHED), name->text);
    bool fresh = !map;
    if (fresh && !(map = jx__node(f->a, JX_NODE_MAP, name->source, name->line, name->column)))
        return oom(f);
    for (int k = 0; k < K_N; k++) {
        const jx_cell *v = at(row, t->col[k]);
        if (get(map, heads[k].key))
            continue; /* the first table's value stands */
        if (!v && (k == K_L1 || k == K_L2 || k == K_GROUP) && t->col[k] >= 0 && *prev &&
            get(*prev, heads[k].key)) { /* carried down from the row above */
            const jx_node *up = get(*prev, heads[k].key);
            jx_node *copy =
                jx__scalar(f->a, up->text, up->len, true, up->source, up->line, up->column);
            TRY(put(f, map, heads[k].key, t->head[k], copy));
            continue;
        }
        if (!v)
            continue;
        if (k == K_NAME) {
            TRY(split_fused(f, map, v, v->text, t->col[K_L1] >= 0));
            if (get(map, "name"))
                continue;
        }
        TRY(put(f, map, heads[k].key, t->head[k], scalar_at(f, v->text, v)));
    }
    if (fresh)
        jx__append(f->list, map);
    *prev = map;
    return JX_OK;
}

static int begin(form *f, const jx_cell *at)
{
    memset(&f->root, 0, sizeof *f - offsetof(form, root));
    f->root = jx__node(f->a, JX_NODE_MAP, at->source, at->line, at->column);
    f->list = jx__node(f->a, JX_NODE_SEQ, at->source, at->line, at->column);
    return f->root && f->list ? JX_OK : oom(f);
}

/* Finishes the sheet being read into roots[*n]. */
static int finish(form *f, jx_node **roots, size_t *n, const jx_cell *label)
{
    if (f->list->count == 0 && !f->budget)
        return JX_OK; /* titles and prose with no table: a report's text, not a form */
    struct {
        const char *key;
        jx_node *value;
    } top[] = {{"org", f->org},       {"project", f->project}, {"year", f->year},
               {"budget", f->budget}, {"indicators", f->list}, {"total", f->total},
               {"grade", f->grade}};
    for (size_t i = 0; i < sizeof top / sizeof top[0]; i++)
        if (top[i].value)
            TRY(put(f, f->root, top[i].key, label, top[i].value));
    roots[(*n)++] = f->root;
    return JX_OK;
}

static int read_grid(form *f, jx_node **roots, size_t *n, size_t max, const jx_grid *g)
{
    table t;
    btable b;
    bool in_table = false, joining = false, started = false, body = false;
    const jx_node *prev = NULL;
    const jx_cell *label = NULL;
    for (size_t r = 0; r < g->nrows; r++) {
        const jx_grow *row = &g->rows[r];
        if (!row->n)
            continue;
        bool held;
        table nt;
        if (header_row(&nt, row)) {
            for (size_t i = 0; i < row->n; i++)
                if (!strcmp(row->cells[i].text, "sheet") || !strcmp(row->cells[i].text, "分组"))
                    return jx__fail(f->err, JX_ESCHEMA, row->cells[i].source, row->cells[i].line,
                                    row->cells[i].column, "", JX_M(E_FORM_LONG_CSV));
            if (nt.twice) {
                char first[320];
                const jx_cell *one = nt.head[nt.twice_key], *two = nt.twice;
                jx_location(first, sizeof first, one->source, one->line, one->column);
                const char *at = strrchr(first, '!') ? strrchr(first, '!') + 1 : first;
                return jx__fail(f->err, JX_ESCHEMA, two->source, two->line, two->column, "",
                                JX_M(E_FORM_TWO_COLUMNS), two->text, at);
            }
            if (started && f->foot) {
                if (*n == max)
                    return jx__fail(f->err, JX_ELIMIT, g->source, row->cells[0].line, 1, "",
                                    JX_M(E_FORMS_MAX), max);
                TRY(finish(f, roots, n, label));
                started = false;
            }
            if (!started)
                TRY(begin(f, &row->cells[0]));
            joining = started && f->list->count > 0;
            body = true;
            f->njoined = 0;
            if (joining && !(f->joined = jx_arena__alloc(f->a, f->list->count * sizeof *f->joined)))
                return oom(f);
            started = in_table = true;
            label = &row->cells[0];
            t = nt;
            prev = NULL;
            continue;
        }
        if (budget_row(&b, row)) {
            if (started && f->foot) {
                TRY(finish(f, roots, n, label));
                started = false;
            }
            if (!started) {
                TRY(begin(f, &row->cells[0]));
                started = true;
                label = &row->cells[0];
            }
            TRY(budget_values(f, &b, g, &r));
            in_table = false;
            body = true;
            continue;
        }
        TRY(foot_row(f, row, in_table ? &t : NULL, &held));
        if (held) {
            f->foot = true;
            in_table = false;
            continue;
        }
        if (in_table && row->n == 1 && t.col[K_NAME] != 0) {
            in_table = false; /* a line of prose ends a pasted table */
            continue;
        }
        if (in_table) {
            if (at(row, t.col[K_NAME])) {
                TRY(indicator(f, &t, row, &prev, joining));
                continue;
            }
            static const int data[] = {K_OP, K_TARGET, K_ACTUAL, K_POINTS, K_SCORE};
            const jx_cell *v = NULL;
            for (size_t k = 0; k < sizeof data / sizeof *data && !v; k++)
                v = at(row, t.col[data[k]]);
            bool subtotal = false;
            for (size_t i = 0; i < row->n && !subtotal; i++)
                subtotal = strstr(row->cells[i].text, "小计") != NULL;
            if (v && !subtotal) /* an indicator without its name: not to be passed over */
                return jx__fail(f->err, JX_ESCHEMA, v->source, v->line, v->column, "",
                                JX_M(E_FORM_NAMELESS));
            continue;
        }
        if (!body || f->foot) { /* titles before a form, or after a foot for the next */
            TRY(title_row(f, row, true, &held));
            if (held && started && f->foot) {
                TRY(finish(f, roots, n, label));
                started = body = false;
            }
            if (held && !started) {
                TRY(begin(f, &row->cells[0]));
                started = true;
                label = &row->cells[0];
            }
            if (held)
                TRY(title_row(f, row, false, &held));
        }
    }
    if (started && f->list->count > 0) {
        if (*n == max)
            return jx__fail(f->err, JX_ELIMIT, g->source, 0, 0, "", JX_M(E_FORMS_MAX), max);
        TRY(finish(f, roots, n, label));
    }
    return JX_OK;
}

int jx__form_read(jx_node ***roots, size_t *n, jx_arena *a, const jx_grid *grids, size_t ngrids,
                  jx_error *err)
{
    enum { MAX_FORMS = 4096 };
    *roots = jx_arena__alloc(a, MAX_FORMS * sizeof **roots);
    *n = 0;
    if (!*roots)
        return jx__fail(err, JX_ENOMEM, "", 0, 0, "", JX_M(E_NOMEM));
    for (size_t i = 0; i < ngrids; i++) {
        form f = {.a = a, .err = err};
        TRY(read_grid(&f, *roots, n, MAX_FORMS, &grids[i]));
    }
    if (*n == 0) {
        const char *src = ngrids ? grids[0].source : "";
        char file[256];
        snprintf(file, sizeof file, "%s", src);
        char *colon = grids && ngrids && grids[0].name ? strrchr(file, ':') : NULL;
        if (colon)
            *colon = '\0'; /* the workbook, not its first sheet */
        return ngrids > 1 ? jx__fail(err, JX_ESCHEMA, file, 0, 0, "", JX_M(E_NO_FORM_ANY))
                          : jx__fail(err, JX_ESCHEMA, file, 0, 0, "", JX_M(E_NO_FORM));
    }
    return JX_OK;
}
