/*
 * table.c - text tables to grids: CSV and TSV as Excel writes them, and tables pasted out of a
 * Word document (a cell per line after a tab, rows split by blank lines, prose lines between).
 *
 * Excel on Chinese Windows writes GB18030 and its "Unicode text" is UTF-16: both are decoded to
 * UTF-8 first (decode.c). Lines and columns stay those of the file, counted in characters.
 */
#include "grid.h"

#include <string.h>

int jx__grid_row(jx_grid *g, jx_arena *a, const jx_cell *cells, size_t n, jx_error *err)
{
    if (g->nrows >= JX_GRID_MAX_ROWS)
        return jx__fail(err, JX_ELIMIT, g->source, n ? cells[0].line : 0, 1, "", JX_M(E_TABLE_ROWS),
                        JX_GRID_MAX_ROWS);
    if (g->nrows == g->cap) { /* the old array stays in the arena: at most twice the final size */
        size_t cap = g->cap ? g->cap * 2 : 64;
        jx_grow *rows = jx_arena__alloc(a, cap * sizeof *rows);
        if (!rows)
            return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", JX_M(E_NOMEM));
        if (g->nrows)
            memcpy(rows, g->rows, g->nrows * sizeof *rows);
        g->rows = rows;
        g->cap = cap;
    }
    jx_cell *copy = n ? jx_arena__alloc(a, n * sizeof *copy) : NULL;
    if (n && !copy)
        return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", JX_M(E_NOMEM));
    if (n)
        memcpy(copy, cells, n * sizeof *copy);
    g->rows[g->nrows++] = (jx_grow){copy, n};
    return JX_OK;
}

static jx_cell cell_of(jx_arena *a, const char *s, size_t n, size_t line, size_t col,
                       const char *source)
{
    char *t = jx__trim_dup(a, s, n);
    return (jx_cell){t, (unsigned)line, (unsigned)col, source};
}

static int delimited(jx_grid *g, jx_arena *a, const char *s, size_t len, char delim, jx_error *err)
{
    const char *p = s, *end = s + len;
    size_t line = 1;
    jx_field f[JX_GRID_MAX_COLS];
    jx_cell cells[JX_GRID_MAX_COLS];
    while (p < end) {
        size_t n;
        TRY(jx__csv_record(f, JX_GRID_MAX_COLS, &n, &p, end, &line, delim, a, g->source, err));
        for (size_t i = 0; i < n; i++) {
            cells[i] = cell_of(a, f[i].text, f[i].len, f[i].line, f[i].col, g->source);
            if (!cells[i].text)
                return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", JX_M(E_NOMEM));
        }
        TRY(jx__grid_row(g, a, cells, n, err));
    }
    return JX_OK;
}

/* Pasted Word tables: "\tcell" lines make a row until a blank line; a line without the tab goes
 * on the cell before (a line break inside it); other lines are a row each. */
static int pasted(jx_grid *g, jx_arena *a, const char *s, size_t len, jx_error *err)
{
    jx_cell cells[JX_GRID_MAX_COLS];
    size_t n = 0, line = 1;
    for (const char *p = s, *end = s + len; p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *stop = eol ? eol : end;
        size_t l = (size_t)(stop - p);
        if (l && p[l - 1] == '\r')
            l--;
        bool blank = true;
        for (size_t i = 0; i < l && blank; i++)
            blank = p[i] == ' ' || p[i] == '\r';
        if (p[0] == '\t' && l > 0) {
            if (n == JX_GRID_MAX_COLS)
                return jx__fail(err, JX_ELIMIT, g->source, line, 1, "", JX_M(E_TABLE_CELLS),
                                JX_GRID_MAX_COLS);
            cells[n++] = cell_of(a, p + 1, l - 1, line, 2, g->source);
        } else if (n && !blank) { /* a line break inside the cell before */
            jx_cell *c = &cells[n - 1];
            size_t cl = strlen(c->text);
            char *t = jx_arena__alloc(a, cl + l + 2);
            if (!t)
                return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", JX_M(E_NOMEM));
            memcpy(t, c->text, cl);
            t[cl] = '\n';
            memcpy(t + cl + 1, p, l);
            c->text = jx__trim_dup(a, t, cl + 1 + l);
        } else {
            if (n)
                TRY(jx__grid_row(g, a, cells, n, err));
            n = 0;
            if (!blank) {
                jx_cell prose = cell_of(a, p, l, line, 1, g->source);
                TRY(jx__grid_row(g, a, &prose, 1, err));
            }
        }
        p = eol ? eol + 1 : end;
    }
    return n ? jx__grid_row(g, a, cells, n, err) : JX_OK;
}

int jx__text_grid(jx_grid *g, jx_arena *a, const char *data, size_t len, const char *source,
                  jx_error *err)
{
    memset(g, 0, sizeof *g);
    g->source = source;
    const char *s;
    size_t n;
    TRY(jx__decode(&s, &n, a, data, len, source, err));
    bool tab_line = n && s[0] == '\t';
    for (size_t i = 1; i < n && !tab_line; i++)
        tab_line = s[i] == '\t' && s[i - 1] == '\n';
    const char *nl = memchr(s, '\n', n);
    bool tab_first = memchr(s, '\t', nl ? (size_t)(nl - s) : n) != NULL;
    if (jx__has_suffix(source, ".csv"))
        return delimited(g, a, s, n, ',', err);
    if (jx__has_suffix(source, ".tsv"))
        return delimited(g, a, s, n, '\t', err);
    if (tab_line)
        return pasted(g, a, s, n, err);
    return delimited(g, a, s, n, tab_first ? '\t' : ',', err);
}
