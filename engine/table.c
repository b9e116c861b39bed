/*
 * table.c - text tables to grids: CSV and TSV as Excel writes them, and tables pasted out of a
 * Word document (a cell per line after a tab, rows split by blank lines, prose lines between).
 *
 * Excel on Chinese Windows writes GB18030 and its "Unicode text" is UTF-16: both are decoded to
 * UTF-8 first (iconv). Lines and columns stay those of the file, counted in characters.
 */
#include "grid.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

int jx__grid_row(jx_grid *g, jx_arena *a, const jx_cell *cells, size_t n, jx_error *err)
{
    if (g->nrows >= JX_GRID_MAX_ROWS)
        return jx__fail(err, JX_ELIMIT, g->source, n ? cells[0].line : 0, 1, "",
                        "more than %d rows", JX_GRID_MAX_ROWS);
    if (g->nrows == g->cap) { /* the old array stays in the arena: at most twice the final size */
        size_t cap = g->cap ? g->cap * 2 : 64;
        jx_grow *rows = jx_arena__alloc(a, cap * sizeof *rows);
        if (!rows)
            return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", "out of memory");
        if (g->nrows)
            memcpy(rows, g->rows, g->nrows * sizeof *rows);
        g->rows = rows;
        g->cap = cap;
    }
    jx_cell *copy = n ? jx_arena__alloc(a, n * sizeof *copy) : NULL;
    if (n && !copy)
        return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", "out of memory");
    if (n)
        memcpy(copy, cells, n * sizeof *copy);
    g->rows[g->nrows++] = (jx_grow){copy, n};
    return JX_OK;
}

static bool valid_utf8(const char *s, size_t n, size_t *bad)
{
    for (size_t i = 0, len; i < n; i += len)
        if (jx__utf8_next(s + i, n - i, &len) < 0) {
            *bad = i;
            return false;
        }
    return true;
}

/* Line and column (in bytes) of offset `at`, for a file that is not text we can count in. */
static void locate(const char *s, size_t at, size_t *line, size_t *col)
{
    *line = 1;
    size_t start = 0;
    for (size_t i = 0; i < at; i++)
        if (s[i] == '\n') {
            ++*line;
            start = i + 1;
        }
    *col = at - start + 1;
}

/* Converts from `from` to UTF-8; on bytes that do not decode, *bad is their offset. */
static int convert(char **out, size_t *outlen, size_t *bad, jx_arena *a, const char *from,
                   const char *data, size_t len, const char *source, jx_error *err)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return jx__fail(err, JX_EIO, source, 0, 0, "", "cannot decode %s here (iconv)", from);
    size_t cap = len * 2 + 16;
    char *buf = jx_arena__alloc(a, cap);
    if (!buf) {
        iconv_close(cd);
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", "out of memory");
    }
    char *in = (char *)data, *o = buf;
    size_t inleft = len, oleft = cap - 1;
    size_t r = iconv(cd, &in, &inleft, &o, &oleft);
    if (r != (size_t)-1)
        r = iconv(cd, NULL, NULL, &o, &oleft);
    iconv_close(cd);
    *o = '\0';
    *out = buf;
    *outlen = (size_t)(o - buf);
    *bad = (size_t)(in - data);
    return r == (size_t)-1 ? JX_ESYNTAX : JX_OK;
}

/* The text as UTF-8, without a byte-order mark: UTF-16 with its BOM, UTF-8, else GB18030. */
static int decode(const char **out, size_t *outlen, jx_arena *a, const char *data, size_t len,
                  const char *source, jx_error *err)
{
    const unsigned char *u = (const unsigned char *)data;
    char *conv;
    size_t bad = 0, gb_bad, line, col;
    int rc = JX_OK;
    const char *what = "not valid UTF-16";
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        rc = convert(&conv, outlen, &bad, a, "UTF-16", data, len, source, err);
        *out = conv;
    } else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        what = "not valid UTF-8";
        rc = valid_utf8(data + 3, len - 3, &bad) ? JX_OK : JX_ESYNTAX;
        bad += 3;
        *out = data + 3;
        *outlen = len - 3;
    } else if (valid_utf8(data, len, &bad)) {
        *out = data;
        *outlen = len;
    } else { /* Excel on Chinese Windows: GB18030; report whichever decoding got further */
        what = "neither UTF-8 nor GB18030";
        rc = convert(&conv, outlen, &gb_bad, a, "GB18030", data, len, source, err);
        bad = gb_bad > bad ? gb_bad : bad;
        *out = conv;
    }
    if (rc == JX_ESYNTAX) {
        locate(data, bad, &line, &col);
        return jx__fail(err, JX_ESYNTAX, source, line, col, "", "%s text (byte 0x%02X)", what,
                        bad < len ? (unsigned)u[bad] : 0u);
    }
    if (rc)
        return rc;
    const char *nul = memchr(*out, '\0', *outlen);
    if (nul) {
        locate(*out, (size_t)(nul - *out), &line, &col);
        return jx__fail(err, JX_ESYNTAX, source, line, col, "",
                        "a NUL byte: this is not a text table");
    }
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
                return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", "out of memory");
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
                return jx__fail(err, JX_ELIMIT, g->source, line, 1, "",
                                "more than %d cells in a row", JX_GRID_MAX_COLS);
            cells[n++] = cell_of(a, p + 1, l - 1, line, 2, g->source);
        } else if (n && !blank) { /* a line break inside the cell before */
            jx_cell *c = &cells[n - 1];
            size_t cl = strlen(c->text);
            char *t = jx_arena__alloc(a, cl + l + 2);
            if (!t)
                return jx__fail(err, JX_ENOMEM, g->source, 0, 0, "", "out of memory");
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
    TRY(decode(&s, &n, a, data, len, source, err));
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
