/*
 * csv_doc.c - one sheet of the long CSV form to the node tree a YAML sheet gives.
 *
 * The header names columns with the sheet's keys or their Chinese headings, plus `sheet` (the
 * group: consecutive rows with the same value form one sheet) and `kind` (indicator, the default,
 * or budget). Sheet-level columns (org, project, year, rules, total, grade) are taken from the
 * first row that fills them; an indicator row gives one indicator; a budget row gives the budget
 * block, its points, score and reason columns being the budget's. Every cell keeps its line and
 * column.
 */
#include "schema.h"

#include <string.h>

typedef jx_field cell;
#define MAX_COLS JX_CSV_MAX_COLS

/* The index of the key a header cell names, by its name or an alias; -1 for none. */
static int match(const jx_key *keys, size_t n, const char *name, size_t len)
{
    if (len == 0)
        return -1;
    for (size_t i = 0; i < n; i++) { /* read for every record of a stream: the first byte first */
        if (keys[i].name[0] == name[0] && strlen(keys[i].name) == len &&
            memcmp(keys[i].name, name, len) == 0)
            return (int)i;
        for (size_t j = 0; j < 6 && keys[i].aliases[j]; j++)
            if (keys[i].aliases[j][0] == name[0] && strlen(keys[i].aliases[j]) == len &&
                memcmp(keys[i].aliases[j], name, len) == 0)
                return (int)i;
    }
    return -1;
}

int jx__csv_header(jx_csv_column *cols, size_t *ncols, const char *h, size_t hlen, jx_arena *a,
                   const char *source, jx_error *err)
{
    cell cells[MAX_COLS];
    const char *p = h;
    size_t line = 1;
    TRY(jx__csv_record(cells, MAX_COLS, ncols, &p, h + hlen, &line, ',', a, source, err));
    bool sheet = false;
    for (size_t i = 0; i < *ncols; i++) {
        const char *name = cells[i].text;
        size_t len = cells[i].len;
        if (len >= 3 && memcmp(name, "\xEF\xBB\xBF", 3) == 0) { /* a BOM */
            name += 3;
            len -= 3;
        }
        jx_csv_column *c = &cols[i];
        *c = (jx_csv_column){JX_COL_SKIP, -1, -1, -1};
        if ((len == 5 && !memcmp(name, "sheet", 5)) || (len == 6 && !memcmp(name, "分组", 6))) {
            c->kind = JX_COL_SHEET;
            sheet = true;
            continue;
        }
        if ((len == 4 && !memcmp(name, "kind", 4)) || (len == 6 && !memcmp(name, "类型", 6))) {
            c->kind = JX_COL_KIND;
            continue;
        }
        c->top = match(jx__sheet_keys, SK_N, name, len);
        c->row = match(jx__row_keys, IK_N, name, len);
        c->budget = match(jx__budget_keys, BK_N, name, len);
        if (c->top == SK_BUDGET || c->top == SK_INDICATORS)
            c->top = -1;
        c->kind = c->top >= 0                     ? JX_COL_TOP
                  : c->row >= 0 && c->budget >= 0 ? JX_COL_BOTH
                  : c->row >= 0                   ? JX_COL_ROW
                  : c->budget >= 0                ? JX_COL_BUDGET
                                                  : JX_COL_SKIP;
        if (c->kind == JX_COL_SKIP)
            return jx__fail(err, JX_ESCHEMA, source, 1, cells[i].col, "", JX_M(E_CSV_COLUMN),
                            (int)len, name);
    }
    if (!sheet)
        return jx__fail(err, JX_ESCHEMA, source, 1, 1, "", JX_M(E_CSV_NO_SHEET));
    return JX_OK;
}

static jx_node *key_node(jx_arena *a, const char *name, const char *source, const cell *c)
{
    return jx__scalar(a, name, strlen(name), false, source, c->line, c->col);
}

int jx__csv_sheet(jx_node **root, jx_arena *a, const char *h, size_t hlen, const char *rows,
                  size_t len, const char *source, const jx_limits *lim, jx_error *err)
{
    jx_csv_column cols[MAX_COLS];
    size_t ncols, nrows = 0;
    *root = NULL;
    if (len > lim->max_bytes)
        return jx__fail(err, JX_ELIMIT, source, lim->line_offset + 1, 1, "", JX_M(E_SHEET_BYTES),
                        len, lim->max_bytes);
    TRY(jx__csv_header(cols, &ncols, h, hlen, a, source, err));
    size_t line = lim->line_offset + 1;
    jx_node *top = jx__node(a, JX_NODE_MAP, source, line, 1);
    jx_node *list = jx__node(a, JX_NODE_SEQ, source, line, 1);
    jx_node *budget = NULL;
    if (!top || !list)
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    bool seen_top[MAX_COLS] = {false};
    const char *p = rows, *end = rows + len;
    while (p < end) {
        cell cells[MAX_COLS];
        size_t n;
        TRY(jx__csv_record(cells, MAX_COLS, &n, &p, end, &line, ',', a, source, err));
        if (n == 1 && cells[0].len == 0)
            continue; /* an empty line */
        if (n > ncols)
            return jx__fail(err, JX_ESCHEMA, source, cells[ncols].line, cells[ncols].col, "",
                            JX_M(E_CSV_FIELDS), n, ncols);
        bool is_budget = false;
        for (size_t i = 0; i < n; i++)
            if (cols[i].kind == JX_COL_KIND) {
                is_budget = cells[i].len == 6 && !memcmp(cells[i].text, "budget", 6);
                if (!is_budget && cells[i].len &&
                    !(cells[i].len == 9 && !memcmp(cells[i].text, "indicator", 9)))
                    return jx__fail(err, JX_EVALUE, source, cells[i].line, cells[i].col, "",
                                    JX_M(E_CSV_KIND), (int)cells[i].len, cells[i].text);
            }
        jx_node *target = NULL;
        if (is_budget) {
            if (budget)
                return jx__fail(err, JX_ESCHEMA, source, cells[0].line, 1, "",
                                JX_M(E_CSV_BUDGET_TWICE));
            target = budget = jx__node(a, JX_NODE_MAP, source, cells[0].line, 1);
        } else if (++nrows > lim->max_rows) {
            return jx__fail(err, JX_ELIMIT, source, cells[0].line, 1, "", JX_M(E_SHEET_ROWS),
                            lim->max_rows);
        } else {
            target = jx__node(a, JX_NODE_MAP, source, cells[0].line, 1);
        }
        if (!target)
            return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
        for (size_t i = 0; i < n; i++) {
            const jx_csv_column *c = &cols[i];
            const cell *v = &cells[i];
            if (v->len == 0 || c->kind == JX_COL_SHEET || c->kind == JX_COL_KIND)
                continue;
            const char *key = NULL;
            jx_node *into = target;
            if (c->kind == JX_COL_TOP) {
                if (seen_top[i])
                    continue;
                seen_top[i] = true;
                key = jx__sheet_keys[c->top].name;
                into = top;
            } else if (is_budget) {
                key = c->budget >= 0 ? jx__budget_keys[c->budget].name : NULL;
            } else {
                key = c->row >= 0 ? jx__row_keys[c->row].name : NULL;
            }
            if (!key)
                return is_budget ? jx__fail(err, JX_ESCHEMA, source, v->line, v->col, "",
                                            JX_M(E_CSV_COLUMN_BUDGET))
                                 : jx__fail(err, JX_ESCHEMA, source, v->line, v->col, "",
                                            JX_M(E_CSV_COLUMN_ROW));
            jx_node *k = key_node(a, key, source, v);
            jx_node *val = jx__scalar(a, v->text, v->len, v->quoted, source, v->line, v->col);
            if (!k || !val)
                return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            jx__put(into, k, val);
        }
        if (!is_budget)
            jx__append(list, target);
    }
    jx_node *k = jx__scalar(a, "indicators", 10, false, source, lim->line_offset + 1, 1);
    if (!k)
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    jx__put(top, k, list);
    if (budget) {
        k = jx__scalar(a, "budget", 6, false, source, budget->line, 1);
        if (!k)
            return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
        jx__put(top, k, budget);
    }
    *root = top;
    return JX_OK;
}

/* The column a header names `sheet` (or 分组), or -1. */
static int sheet_column(const cell *cells, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *t = cells[i].text;
        size_t len = cells[i].len;
        if (len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
            t += 3;
            len -= 3;
        }
        if ((len == 5 && !memcmp(t, "sheet", 5)) || (len == 6 && !memcmp(t, "分组", 6)))
            return (int)i;
    }
    return -1;
}

bool jx__csv_is_long(const char *data, size_t len)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    cell cells[MAX_COLS];
    size_t n = 0, line = 1;
    const char *p = data;
    bool yes =
        jx__csv_record(cells, MAX_COLS, &n, &p, data + len, &line, ',', &a, "", NULL) == JX_OK &&
        sheet_column(cells, n) >= 0;
    jx_arena__free(&a);
    return yes;
}

int jx__csv_file(jx_node ***docs, size_t *n, jx_arena *a, const char *data, size_t len,
                 const char *source, const jx_limits *lim, jx_error *err)
{
    cell cells[MAX_COLS];
    size_t ncells, line = lim->line_offset + 1, cap = 0;
    const char *p = data, *end = data + len;
    *docs = NULL;
    *n = 0;
    TRY(jx__csv_record(cells, MAX_COLS, &ncells, &p, end, &line, ',', a, source, err));
    int col = sheet_column(cells, ncells);
    size_t hlen = (size_t)(p - data);
    /* consecutive rows naming the same sheet are one sheet; a blank line ends one too */
    const char *start = NULL, *id = NULL;
    size_t idlen = 0, first = 0;
    for (;;) {
        const char *row = p;
        size_t row_line = line;
        bool more = p < end;
        const char *rid = NULL;
        size_t rlen = 0;
        bool blank = true;
        if (more) {
            TRY(jx__csv_record(cells, MAX_COLS, &ncells, &p, end, &line, ',', a, source, err));
            blank = ncells == 1 && cells[0].len == 0;
            if (col >= 0 && (size_t)col < ncells) {
                rid = cells[col].text;
                rlen = cells[col].len;
            }
        }
        if (start && (!more || blank || rlen != idlen || memcmp(rid ? rid : "", id, idlen) != 0)) {
            if (!(*docs = jx_arena__grow(a, *docs, &cap, *n, sizeof **docs)))
                return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            jx_limits one = *lim;
            one.line_offset = first - 1;
            TRY(jx__csv_sheet(&(*docs)[*n], a, data, hlen, start, (size_t)(row - start), source,
                              &one, err));
            ++*n;
            start = NULL;
        }
        if (!more)
            return JX_OK;
        if (!blank && !start) {
            start = row;
            first = row_line;
            id = rid ? rid : "";
            idlen = rlen;
        }
    }
}
