/*
 * csv.c - the CSV/TSV tokenizer (RFC 4180 with either delimiter) that the long CSV form and the
 * printed forms share: a record at a time, every field keeping its line and column.
 */
#include "internal.h"

int jx__csv_record(jx_field *cells, size_t max, size_t *ncells, const char **p, const char *end,
                   size_t *line, char delim, jx_arena *a, const char *source, jx_error *err)
{
    *ncells = 0;
    const char *line_start = *p, *mark = *p; /* columns counted on from the previous cell */
    size_t mark_col = 1;
    for (;;) {
        if (*ncells >= max)
            return jx__fail(err, JX_ELIMIT, source, *line, 1, "", JX_M(E_COLUMNS_MAX), max);
        jx_field *c = &cells[(*ncells)++];
        c->line = *line;
        if (mark < line_start) {
            mark = line_start;
            mark_col = 1;
        }
        mark_col += jx__cp_count(mark, *p);
        mark = *p;
        c->col = mark_col;
        c->quoted = *p < end && **p == '"';
        if (c->quoted) {
            const char *close = *p + 1; /* the field's extent first, then a buffer that size */
            while (close < end && !(*close == '"' && (close + 1 >= end || close[1] != '"')))
                close += *close == '"' ? 2 : 1;
            char *buf = jx_arena__alloc(a, (size_t)(close - *p) + 1);
            if (!buf)
                return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            size_t n = 0;
            const char *q = *p + 1;
            for (;;) {
                if (q >= end)
                    return jx__fail(err, JX_ESYNTAX, source, c->line, c->col, "",
                                    JX_M(E_CSV_QUOTE));
                if (*q == '"') {
                    if (q + 1 < end && q[1] == '"') {
                        buf[n++] = '"';
                        q += 2;
                        continue;
                    }
                    q++;
                    break;
                }
                if (*q == '\n') {
                    ++*line;
                    line_start = q + 1;
                }
                buf[n++] = *q++;
            }
            c->text = buf;
            c->len = n;
            *p = q;
        } else {
            const char *q = *p;
            while (q < end && *q != delim && *q != '\n' && *q != '\r')
                q++;
            c->text = *p;
            c->len = (size_t)(q - *p);
            *p = q;
        }
        if (*p < end && **p == delim) {
            ++*p;
            continue;
        }
        if (*p < end && **p == '\r')
            ++*p;
        if (*p < end && **p == '\n') {
            ++*p;
            ++*line;
        }
        return JX_OK;
    }
}
