/*
 * bulk_cut.c - jixiao bulk's inputs cut into records as they are read, line by line: a YAML
 * document, a JSONL line, or the rows of one sheet of the long CSV (grouped by its `sheet` column).
 * No more than RECORD_MAX of a record is held, whatever its size; a record over it is refused.
 */
#define _POSIX_C_SOURCE 200809L
#include "bulk.h"

#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* The value of field `col` of a CSV line (quotes removed, "" kept doubled: only compared). */
static size_t csv_field(const char *line, size_t len, int col, const char **out)
{
    int c = 0;
    size_t i = 0;
    while (i <= len) {
        size_t start = i;
        bool q = i < len && line[i] == '"';
        if (q) {
            for (i++; i < len && !(line[i] == '"' && (i + 1 >= len || line[i + 1] != '"')); i++)
                if (line[i] == '"')
                    i++;
            i++;
        } else {
            while (i < len && line[i] != ',')
                i++;
        }
        if (c == col) {
            *out = line + start + q;
            return i - start - (q ? 2 : 0);
        }
        c++;
        i++;
    }
    *out = "";
    return 0;
}

/* Whether YAML text holds more than comments, blank lines and document markers. */
static bool has_content(const char *p, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && p[e] != '\n')
            e++;
        size_t k = i;
        while (k < e && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        bool marker = e - i >= 3 && (!strncmp(p + i, "---", 3) || !strncmp(p + i, "...", 3)) &&
                      (e - i == 3 || p[i + 3] == ' ' || p[i + 3] == '\r');
        if (k < e && p[k] != '#' && !marker)
            return true;
        i = e + 1;
    }
    return false;
}

/* The long CSV form cut into sheets: logical rows (a quoted field may hold line breaks), grouped
 * by the sheet column into records. */
typedef struct csv_cut {
    buf head, rec, group;
    size_t group_size; /* the group's bytes in the input; no more than RECORD_MAX are kept */
    int sheet_col;
    bool open_quote;   /* rec ends inside a quoted field */
    size_t start;      /* the line rec began on */
    size_t group_line; /* the line the group began on */
    size_t quote_line; /* the line the open quote began on, and rec's length after that line */
    size_t quote_end;
} csv_cut;

/* Whether two logical rows name the same sheet. */
static bool same_sheet(const csv_cut *c, const char *x, size_t xn, const char *y, size_t yn)
{
    const char *a, *b;
    size_t na = csv_field(x, xn, c->sheet_col < 0 ? 0 : c->sheet_col, &a);
    size_t nb = csv_field(y, yn, c->sheet_col < 0 ? 0 : c->sheet_col, &b);
    return na == nb && memcmp(a, b, na) == 0;
}

static void csv_header(run *r, csv_cut *c, const char *line, size_t n)
{
    buf_put(&c->head, line, n);
    const char *cell;
    for (int k = 0; k < 64 && c->sheet_col < 0; k++) {
        size_t len =
            csv_field(c->head.p, c->head.len - (c->head.p[c->head.len - 1] == '\n'), k, &cell);
        if ((len == 5 && !strncmp(cell, "sheet", 5)) ||
            (len == 8 && !strncmp(cell, "\xEF\xBB\xBFsheet", 8)) ||
            (len == 6 && !strncmp(cell, "分组", 6)))
            c->sheet_col = k;
    }
    r->header = c->head.p;
    r->header_len = c->head.len;
}

/* The group as a record, and a new one begun. */
static void end_group(run *r, const char *name, csv_cut *c, size_t *number)
{
    if (c->group_size)
        bulk_add_record(r, name, ++*number, c->group_line, c->group.p, c->group.len, c->group_size);
    c->group.len = c->group_size = 0;
}

/* A logical row into the group: held while the group is within RECORD_MAX, else only counted. */
static void to_group(csv_cut *c, const char *row, size_t n)
{
    if (!c->group_size)
        c->group_line = c->start;
    c->group_size += n;
    if (c->group_size <= RECORD_MAX || !c->group.len)
        buf_put(&c->group, row, n);
}

/* One line of the CSV after its header. */
static void csv_line(run *r, const char *name, csv_cut *c, size_t *number, const char *line,
                     size_t n, size_t lineno)
{
    if (!c->open_quote && !c->rec.len)
        c->start = lineno;
    buf_put(&c->rec, line, n);
    if (c->rec.failed)
        return; /* out of memory: the run stops at this line */
    bool was_open = c->open_quote;
    for (size_t i = 0; i < n; i++)
        c->open_quote ^= line[i] == '"';
    if (c->open_quote) {
        if (!was_open) {
            c->quote_line = lineno;
            c->quote_end = c->rec.len;
        }
        return;
    }
    bool blank = c->rec.len <= 2 && (c->rec.p[0] == '\n' || c->rec.p[0] == '\r');
    if (c->group.len && (blank || !same_sheet(c, c->rec.p, c->rec.len, c->group.p, c->group.len)))
        end_group(r, name, c, number);
    if (!blank)
        to_group(c, c->rec.p, c->rec.len);
    c->rec.len = 0;
}

/* The end of the CSV. A quote that never closes would swallow the rest of the input: its row
 * alone is cut off as a record (with the rows of its sheet before it), which fails with the quote's
 * place when loaded, and the lines after it are read again as rows. */
static void csv_end(run *r, const char *name, csv_cut *c, size_t *number)
{
    while (c->open_quote) {
        buf rest = {0};
        buf_put(&rest, c->rec.p + c->quote_end, c->rec.len - c->quote_end);
        c->rec.len = c->quote_end;
        c->open_quote = false;
        if (c->group.len && !same_sheet(c, c->rec.p, c->rec.len, c->group.p, c->group.len))
            end_group(r, name, c, number);
        to_group(c, c->rec.p, c->rec.len);
        end_group(r, name, c, number);
        c->rec.len = 0;
        size_t lineno = c->quote_line;
        for (size_t i = 0; i < rest.len;) {
            const char *nl = memchr(rest.p + i, '\n', rest.len - i);
            size_t k = nl ? (size_t)(nl - (rest.p + i)) + 1 : rest.len - i;
            csv_line(r, name, c, number, rest.p + i, k, ++lineno);
            i += k;
        }
        free(rest.p);
    }
    end_group(r, name, c, number);
}

void bulk_read_input(run *r, const char *name, FILE *f, jx_input kind)
{
    char *line = NULL;
    size_t cap = 0, number = 0, lineno = 0, start = 0, size = 0; /* size: the YAML document's */
    ssize_t n;
    buf rec = {0};
    csv_cut csv = {.sheet_col = -1};
    r->kind = kind;
    r->header = NULL;
    while (!r->stop && !bulk_caught && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (kind == JX_INPUT_JSONL) {
            size_t k = (size_t)n;
            while (k && (line[k - 1] == '\n' || line[k - 1] == '\r' || line[k - 1] == ' '))
                k--;
            if (k)
                bulk_add_record(r, name, ++number, lineno, line, k, k);
        } else if (kind == JX_INPUT_YAML) {
            bool sep = (n >= 3 && strncmp(line, "---", 3) == 0) ||
                       (n >= 3 && strncmp(line, "...", 3) == 0);
            if (sep && rec.len) {
                if (has_content(rec.p, rec.len))
                    bulk_add_record(r, name, ++number, start, rec.p, rec.len, size);
                rec.len = size = 0;
            }
            if (sep && line[0] == '.')
                continue;
            if (!rec.len)
                start = lineno;
            size += (size_t)n;
            if (size <= RECORD_MAX)
                buf_put(&rec, line, (size_t)n);
        } else if (!csv.head.len) { /* CSV: the header, then rows grouped by the sheet column */
            csv_header(r, &csv, line, (size_t)n);
        } else {
            csv_line(r, name, &csv, &number, line, (size_t)n, lineno);
        }
        if (rec.failed || csv.head.failed || csv.rec.failed || csv.group.failed)
            bulk_fail(r, CLI_UI(C_STOP_NOMEM));
    }
    if (!r->stop && !bulk_caught && ferror(f)) {
        fprintf(stderr, CLI_UI(C_BULK_CUT), name, lineno + 1);
        bulk_fail(r, CLI_UI(C_STOP_READ));
    }
    if (kind == JX_INPUT_YAML && rec.len && has_content(rec.p, rec.len))
        bulk_add_record(r, name, ++number, start, rec.p, rec.len, size);
    if (kind == JX_INPUT_CSV && !r->stop && !bulk_caught)
        csv_end(r, name, &csv, &number);
    bulk_drain(r); /* the header (and the names) of this input must outlive its batches */
    free(line);
    free(rec.p);
    free(csv.head.p);
    free(csv.rec.p);
    free(csv.group.p);
}
