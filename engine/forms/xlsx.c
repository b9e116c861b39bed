/*
 * xlsx.c - the worksheets of an .xlsx workbook as grids (libzip opens the package, expat reads
 * its parts). Cells keep their sheet, row and column; merged ranges are filled from their first
 * cell, so a 一级指标 merged down its rows reads on every row. Numbers keep what the cell shows:
 * a percent format gives "95%", a date format "2023年12月31日", anything else the shortest
 * decimal that round-trips Excel's double.
 */
#include "grid.h"

#include <expat.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define PART_LIMIT ((zip_uint64_t)64 << 20)
#define MAX_SHEETS 4096

typedef struct xcell {
    unsigned row, col;
    const char *text;
} xcell;

typedef struct xml {
    jx_arena *a;
    jx_error *err;
    const char *source;
    int rc;
    /* text gathered inside the element being read */
    char *buf;
    size_t len, cap;
    bool in_text, in_phonetic;
    /* workbook: sheet names and relationship ids; rels: id -> target */
    const char **names, **ids, **targets;
    size_t nnames, ncap;
    /* shared strings */
    const char **strings;
    size_t nstrings, scap;
    /* styles: cellXfs -> format kind (0 plain, 1 percent, 2 date, 3 month) */
    int fmt_of_id[512];
    unsigned char *xf;
    size_t nxf, xfcap;
    bool in_xfs;
    /* a worksheet: "form.xlsx:Sheet!", where its cells' errors point */
    const char *sheet;
    xcell *cells;
    size_t ncells, ccap;
    unsigned row, col, style;
    char type[16];
    bool in_value;
    const char **merges;
    size_t nmerges, mcap;
} xml;

static int oom(xml *x)
{
    if (!x->rc)
        x->rc = jx__fail(x->err, JX_ENOMEM, x->source, 0, 0, "", JX_M(E_NOMEM));
    return x->rc;
}

/* Room for one more in an arena array, or out of memory (x->rc). */
static void *grow(xml *x, void *p, size_t *cap, size_t n, size_t size)
{
    void *q = jx_arena__grow(x->a, p, cap, n, size);
    if (!q)
        oom(x);
    return q;
}

static const char *local(const char *name)
{
    const char *bar = strrchr(name, '|');
    return bar ? bar + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(local(atts[i]), name) == 0)
            return atts[i + 1];
    return NULL;
}

static void on_text(void *ud, const XML_Char *s, int n)
{
    xml *x = ud;
    if (x->rc || !(x->in_text || x->in_value) || x->in_phonetic)
        return;
    if (x->len + (size_t)n + 1 > x->cap) {
        size_t cap = (x->len + (size_t)n + 1) * 2;
        char *b = jx_arena__alloc(x->a, cap);
        if (!b) {
            oom(x);
            return;
        }
        if (x->len)
            memcpy(b, x->buf, x->len);
        x->buf = b;
        x->cap = cap;
    }
    memcpy(x->buf + x->len, s, (size_t)n);
    x->len += (size_t)n;
    x->buf[x->len] = '\0';
}

static const char *take(xml *x)
{
    const char *s = jx_arena__strndup(x->a, x->buf ? x->buf : "", x->len);
    if (!s)
        oom(x);
    x->len = 0;
    return s;
}

/* ---- workbook.xml and its relationships --------------------------------------------------------
 */

static void wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml *x = ud;
    const char *n = local(name);
    if (strcmp(n, "sheet") == 0) {
        const char *sname = attr(atts, "name"), *id = attr(atts, "id");
        if (!sname || !id || x->rc)
            return;
        if (x->nnames == MAX_SHEETS) {
            x->rc =
                jx__fail(x->err, JX_ELIMIT, x->source, 0, 0, "", JX_M(E_XLSX_SHEETS), MAX_SHEETS);
            return;
        }
        size_t cap = x->ncap;
        x->names = grow(x, x->names, &cap, x->nnames, sizeof *x->names);
        x->ids = grow(x, x->ids, &x->ncap, x->nnames, sizeof *x->ids);
        if (!x->names || !x->ids)
            return;
        x->names[x->nnames] = jx_arena__strndup(x->a, sname, strlen(sname));
        x->ids[x->nnames] = jx_arena__strndup(x->a, id, strlen(id));
        if (!x->names[x->nnames] || !x->ids[x->nnames])
            return (void)oom(x);
        x->nnames++;
    } else if (strcmp(n, "Relationship") == 0) {
        const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
        if (!id || !target)
            return;
        for (size_t i = 0; i < x->nnames; i++)
            if (strcmp(x->ids[i], id) == 0 && !x->targets[i])
                x->targets[i] = jx_arena__strndup(x->a, target, strlen(target));
    }
}

/* ---- sharedStrings.xml --------------------------------------------------------------------- */

static void ss_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    (void)atts;
    xml *x = ud;
    const char *n = local(name);
    if (strcmp(n, "si") == 0)
        x->len = 0;
    else if (strcmp(n, "t") == 0)
        x->in_text = true;
    else if (strcmp(n, "rPh") == 0)
        x->in_phonetic = true;
}

static void ss_end(void *ud, const XML_Char *name)
{
    xml *x = ud;
    const char *n = local(name);
    if (strcmp(n, "t") == 0) {
        x->in_text = false;
    } else if (strcmp(n, "rPh") == 0) {
        x->in_phonetic = false;
    } else if (strcmp(n, "si") == 0) {
        x->strings = grow(x, x->strings, &x->scap, x->nstrings, sizeof *x->strings);
        if (x->strings)
            x->strings[x->nstrings++] = take(x);
    }
}

/* ---- styles.xml: which cell formats show percent or dates ---------------------------------- */

static int format_kind(const char *code)
{
    bool quoted = false, bracket = false, day = false, ymd = false, percent = false;
    for (const char *p = code; *p; p++) {
        char c = *p;
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '[')
            bracket = true;
        else if (c == ']')
            bracket = false;
        else if (bracket || c == '\\')
            p += c == '\\' && p[1];
        else if (c == '%')
            percent = true;
        else if (c == 'd' || c == 'D')
            day = ymd = true;
        else if (c == 'y' || c == 'Y' || c == 'm' || c == 'M')
            ymd = true;
    }
    return percent ? 1 : ymd ? (day ? 2 : 3) : 0;
}

static void st_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml *x = ud;
    const char *n = local(name);
    if (strcmp(n, "numFmt") == 0) {
        const char *id = attr(atts, "numFmtId"), *code = attr(atts, "formatCode");
        long i = id ? strtol(id, NULL, 10) : -1;
        if (code && i >= 0 && i < 512)
            x->fmt_of_id[i] = format_kind(code);
    } else if (strcmp(n, "cellXfs") == 0) {
        x->in_xfs = true;
    } else if (strcmp(n, "xf") == 0 && x->in_xfs) {
        const char *id = attr(atts, "numFmtId");
        long i = id ? strtol(id, NULL, 10) : 0;
        x->xf = grow(x, x->xf, &x->xfcap, x->nxf, 1);
        if (x->xf)
            x->xf[x->nxf++] = (unsigned char)(i >= 0 && i < 512 ? x->fmt_of_id[i] : 0);
    }
}

static void st_end(void *ud, const XML_Char *name)
{
    xml *x = ud;
    if (strcmp(local(name), "cellXfs") == 0)
        x->in_xfs = false;
}

/* ---- a worksheet ------------------------------------------------------------------------------
 */

/* "B7" -> row 7, column 2; false when it is not a cell reference. */
static bool ref(const char *s, unsigned *row, unsigned *col)
{
    unsigned c = 0, r = 0;
    const char *p = s;
    while (*p >= 'A' && *p <= 'Z' && c < 100000)
        c = c * 26 + (unsigned)(*p++ - 'A' + 1);
    while (*p >= '0' && *p <= '9' && r < 10000000)
        r = r * 10 + (unsigned)(*p++ - '0');
    *row = r;
    *col = c;
    return p != s && *p == '\0' && r > 0 && c > 0;
}

/* A damaged cell: an error at its place in the worksheet, as in bad_cell(x, 3, 1,
 * JX_M(E_XLSX_BAD_ROW), "0"); the first error stays. */
#define bad_cell(x, row, col, ...)                                                                 \
    ((void)((x)->rc || ((x)->rc = jx__fail((x)->err, JX_ESYNTAX, (x)->sheet, (row), (col), "",     \
                                           __VA_ARGS__))))

/* A whole number of at most 9 digits ("12"), into *v; false for anything else. */
static bool index_of(const char *s, unsigned *v)
{
    char *end;
    unsigned long n = strtoul(s, &end, 10);
    *v = (unsigned)n;
    return s[0] >= '0' && s[0] <= '9' && !*end && end - s <= 9;
}

static void ws_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml *x = ud;
    const char *n = local(name);
    if (x->rc)
        return;
    if (strcmp(n, "row") == 0) {
        const char *r = attr(atts, "r");
        unsigned row = x->row + 1;
        if (r && (!index_of(r, &row) || row == 0))
            return bad_cell(x, x->row + 1, 1, JX_M(E_XLSX_BAD_ROW), r);
        x->row = row;
        x->col = 0;
    } else if (strcmp(n, "c") == 0) {
        const char *r = attr(atts, "r"), *t = attr(atts, "t"), *s = attr(atts, "s");
        unsigned row = x->row, col = x->col + 1;
        if (r && !ref(r, &row, &col)) /* named for where it stands: after the cell before it */
            return bad_cell(x, x->row ? x->row : 1, x->col + 1, JX_M(E_XLSX_BAD_CELL), r);
        x->row = row;
        x->col = col;
        snprintf(x->type, sizeof x->type, "%s", t ? t : "n");
        x->style = 0;
        if (s && !index_of(s, &x->style))
            return bad_cell(x, row, col, JX_M(E_XLSX_BAD_STYLE), s);
        x->len = 0;
    } else if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0) {
        x->in_value = true;
    } else if (strcmp(n, "rPh") == 0) {
        x->in_phonetic = true;
    } else if (strcmp(n, "mergeCell") == 0) {
        const char *r = attr(atts, "ref");
        x->merges = grow(x, x->merges, &x->mcap, x->nmerges, sizeof *x->merges);
        if (r && x->merges)
            x->merges[x->nmerges++] = jx_arena__strndup(x->a, r, strlen(r));
    }
}

/* Days since 1899-12-30 to a civil date (H. Hinnant's algorithm). */
static void civil(long days, int *y, int *m, int *d)
{
    long z = days - 25569 + 719468; /* to days since 0000-03-01 via 1970-01-01 */
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* A number as the cell shows it. */
static const char *shown(xml *x, const char *v)
{
    char *end;
    double d = strtod(v, &end);
    if (end == v || *end || !isfinite(d))
        return v;
    int kind = x->style < x->nxf ? x->xf[x->style] : 0;
    char buf[64];
    if ((kind == 2 || kind == 3) && d >= 1 && d < 2958466) {
        int y, m, day;
        civil((long)floor(d), &y, &m, &day);
        if (kind == 2)
            snprintf(buf, sizeof buf, "%d年%d月%d日", y, m, day);
        else
            snprintf(buf, sizeof buf, "%d年%d月", y, m);
    } else {
        snprintf(buf, sizeof buf, "%.15g%s", kind == 1 ? d * 100 : d, kind == 1 ? "%" : "");
    }
    return jx_arena__strndup(x->a, buf, strlen(buf));
}

static void ws_end(void *ud, const XML_Char *name)
{
    xml *x = ud;
    const char *n = local(name);
    if (x->rc)
        return;
    if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0) {
        x->in_value = false;
    } else if (strcmp(n, "rPh") == 0) {
        x->in_phonetic = false;
    } else if (strcmp(n, "c") == 0) {
        const char *v = take(x);
        if (!v || !v[0] || x->row == 0)
            return;
        if (strcmp(x->type, "s") == 0) {
            unsigned i;
            if (!index_of(v, &i) || i >= x->nstrings) /* not an empty cell: a lost value */
                return bad_cell(x, x->row, x->col, JX_M(E_XLSX_BAD_STRING), v);
            v = x->strings[i];
        } else if (strcmp(x->type, "n") == 0) {
            /* the style decides how a number reads (1 in a percent style is 100%) */
            if (x->style && x->style >= x->nxf) {
                char s[16];
                snprintf(s, sizeof s, "%u", x->style);
                return bad_cell(x, x->row, x->col, JX_M(E_XLSX_BAD_NUMBER_STYLE), s);
            }
            v = shown(x, v);
        } else if (strcmp(x->type, "b") == 0) {
            v = v[0] == '1' ? "TRUE" : "FALSE";
        }
        if (!v)
            return (void)oom(x);
        x->cells = grow(x, x->cells, &x->ccap, x->ncells, sizeof *x->cells);
        if (x->cells)
            x->cells[x->ncells++] = (xcell){x->row, x->col, v};
    }
}

/* ---- the package --------------------------------------------------------------------------------
 */

/* Reads one part; *data NULL when the package has no such part. */
static int part(char **data, size_t *len, zip_t *z, const char *name, xml *x)
{
    *data = NULL;
    *len = 0;
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0)
        return JX_OK;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > PART_LIMIT)
        return jx__fail(x->err, JX_ELIMIT, x->source, 0, 0, "", JX_M(E_XLSX_PART_SIZE), name,
                        (unsigned long long)(PART_LIMIT >> 20));
    zip_file_t *f = zip_fopen(z, name, 0);
    char *buf = jx_arena__alloc(x->a, (size_t)st.size + 1);
    if (!buf) {
        if (f)
            zip_fclose(f);
        return oom(x);
    }
    zip_int64_t got = f ? zip_fread(f, buf, st.size) : -1;
    const char *why = f ? zip_error_strerror(zip_file_get_error(f)) : zip_strerror(z);
    int rc =
        got < 0 || (zip_uint64_t)got != st.size
            ? jx__fail(x->err, JX_ESYNTAX, x->source, 0, 0, "", JX_M(E_XLSX_PART_READ), name, why)
            : JX_OK;
    if (f)
        zip_fclose(f);
    *data = buf;
    *len = (size_t)st.size;
    return rc;
}

static int parse(xml *x, const char *name, const char *data, size_t len, XML_StartElementHandler s,
                 XML_EndElementHandler e)
{
    XML_Parser p = XML_ParserCreateNS(NULL, '|');
    if (!p)
        return oom(x);
    XML_SetUserData(p, x);
    XML_SetElementHandler(p, s, e);
    XML_SetCharacterDataHandler(p, on_text);
    x->len = 0;
    x->in_text = x->in_value = x->in_phonetic = false;
    int ok = XML_Parse(p, data, (int)len, 1) != XML_STATUS_ERROR;
    if (!ok && !x->rc)
        x->rc = jx__fail(x->err, JX_ESYNTAX, x->source, 0, 0, "", JX_M(E_XLSX_XML), name,
                         (unsigned long)XML_GetCurrentLineNumber(p),
                         XML_ErrorString(XML_GetErrorCode(p)));
    XML_ParserFree(p);
    return x->rc;
}

static int read_part(xml *x, zip_t *z, const char *name, bool required, XML_StartElementHandler s,
                     XML_EndElementHandler e)
{
    char *data;
    size_t len;
    TRY(part(&data, &len, z, name, x));
    if (!data)
        return required
                   ? jx__fail(x->err, JX_ESYNTAX, x->source, 0, 0, "", JX_M(E_XLSX_NO_PART), name)
                   : JX_OK;
    if (len > INT32_MAX)
        return jx__fail(x->err, JX_ELIMIT, x->source, 0, 0, "", JX_M(E_XLSX_TOO_LARGE), name);
    return parse(x, name, data, len, s, e);
}

/* Builds a dense grid from the sheet's cells and fills merged ranges. */
static int to_grid(jx_grid *g, xml *x)
{
    unsigned rows = 0, cols = 0;
    for (size_t i = 0; i < x->ncells; i++) {
        if (x->cells[i].row > JX_GRID_MAX_ROWS || x->cells[i].col > JX_GRID_MAX_COLS)
            return jx__fail(x->err, JX_ELIMIT, g->source, x->cells[i].row, x->cells[i].col, "",
                            JX_M(E_XLSX_CELL_FAR), JX_GRID_MAX_ROWS, JX_GRID_MAX_COLS);
        rows = x->cells[i].row > rows ? x->cells[i].row : rows;
        cols = x->cells[i].col > cols ? x->cells[i].col : cols;
    }
    if ((size_t)rows * cols > JX_GRID_MAX_CELLS) /* a stray cell far off: refused, not allocated */
        return jx__fail(x->err, JX_ELIMIT, g->source, rows, cols, "", JX_M(E_XLSX_SPAN), rows, cols,
                        JX_GRID_MAX_CELLS);
    g->rows = jx_arena__alloc(x->a, (rows + 1) * sizeof *g->rows);
    if (!g->rows)
        return oom(x);
    g->nrows = g->cap = rows;
    for (unsigned r = 0; r < rows; r++) {
        jx_cell *c = jx_arena__alloc(x->a, (cols ? cols : 1) * sizeof *c);
        if (!c)
            return oom(x);
        for (unsigned k = 0; k < cols; k++)
            c[k] = (jx_cell){"", r + 1, k + 1, g->source};
        g->rows[r] = (jx_grow){c, cols};
    }
    for (size_t i = 0; i < x->ncells; i++) {
        const xcell *c = &x->cells[i];
        g->rows[c->row - 1].cells[c->col - 1].text = jx__trim_dup(x->a, c->text, strlen(c->text));
        if (!g->rows[c->row - 1].cells[c->col - 1].text)
            return oom(x);
    }
    for (size_t i = 0; i < x->nmerges; i++) {
        char a[16], b[16];
        unsigned r0, c0, r1, c1;
        const char *colon = strchr(x->merges[i], ':');
        if (!colon || (size_t)(colon - x->merges[i]) >= sizeof a || strlen(colon + 1) >= sizeof b)
            continue;
        snprintf(a, sizeof a, "%.*s", (int)(colon - x->merges[i]), x->merges[i]);
        snprintf(b, sizeof b, "%s", colon + 1);
        if (!ref(a, &r0, &c0) || !ref(b, &r1, &c1) || r1 > rows || c1 > cols || r0 > r1 || c0 > c1)
            continue;
        jx_cell first = g->rows[r0 - 1].cells[c0 - 1];
        for (unsigned r = r0; r <= r1; r++)
            for (unsigned k = c0; k <= c1; k++)
                g->rows[r - 1].cells[k - 1] = first;
    }
    return JX_OK;
}

static int sheet_path(char *buf, size_t size, const char *target)
{
    if (target[0] == '/')
        return snprintf(buf, size, "%s", target + 1) < (int)size;
    return snprintf(buf, size, "xl/%s", target) < (int)size;
}

int jx__xlsx_grids(jx_grid **grids, size_t *n, jx_arena *a, const char *data, size_t len,
                   const char *source, jx_error *err)
{
    *grids = NULL;
    *n = 0;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
    if (!z) {
        int rc =
            jx__fail(err, JX_ESYNTAX, source, 0, 0, "", JX_M(E_XLSX_ZIP), zip_error_strerror(&ze));
        if (src)
            zip_source_free(src);
        zip_error_fini(&ze);
        return rc;
    }
    zip_error_fini(&ze);
    xml *x = jx_arena__alloc(a, sizeof *x);
    int rc = x ? JX_OK : jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    if (x) {
        x->a = a;
        x->err = err;
        x->source = source;
        for (int i = 9; i <= 10; i++)
            x->fmt_of_id[i] = 1;
        for (int i = 14; i <= 58; i++) /* the built-in date formats, with the CJK ones */
            if (i <= 17 || i == 22 || (i >= 27 && i <= 36) || i >= 50)
                x->fmt_of_id[i] = 2;
        rc = read_part(x, z, "xl/workbook.xml", true, wb_start, NULL);
    }
    if (!rc) {
        x->targets = jx_arena__alloc(a, (x->nnames + 1) * sizeof *x->targets);
        rc = x->targets ? read_part(x, z, "xl/_rels/workbook.xml.rels", true, wb_start, NULL)
                        : oom(x);
    }
    if (!rc)
        rc = read_part(x, z, "xl/sharedStrings.xml", false, ss_start, ss_end);
    if (!rc)
        rc = read_part(x, z, "xl/styles.xml", false, st_start, st_end);
    jx_grid *out = !rc ? jx_arena__alloc(a, (x->nnames + 1) * sizeof *out) : NULL;
    if (!rc && !out)
        rc = oom(x);
    for (size_t i = 0; !rc && i < x->nnames; i++) {
        char path[512];
        if (!x->targets[i] || !sheet_path(path, sizeof path, x->targets[i]))
            continue;
        x->ncells = x->nmerges = 0;
        x->row = 0;
        jx_grid *g = &out[*n];
        memset(g, 0, sizeof *g);
        g->name = x->names[i];
        size_t sl = strlen(source) + strlen(g->name) + 3;
        char *s = jx_arena__alloc(a, sl);
        if (!s) {
            rc = oom(x);
            break;
        }
        snprintf(s, sl, "%s:%s!", source, g->name);
        g->source = x->sheet = s;
        rc = read_part(x, z, path, true, ws_start, ws_end);
        if (rc)
            break;
        rc = to_grid(g, x);
        ++*n;
    }
    zip_discard(z);
    if (!rc && *n == 0)
        rc = jx__fail(err, JX_ESYNTAX, source, 0, 0, "", JX_M(E_XLSX_NO_SHEET));
    *grids = rc ? NULL : out;
    if (rc)
        *n = 0;
    return rc;
}
