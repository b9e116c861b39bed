/*
 * doc.c - indicator files to docs: chooses the reader by the input's kind (YAML, a JSONL line or
 * file, the long CSV), has it build node trees, and has sheet.c validate each tree into a sheet.
 * The forms as people have them (workbooks, printed CSV/TSV, pasted tables) are libjixiao-forms'
 * to read; it hands its trees to jx__doc_make like any reader here.
 */
#include "internal.h"

#include <string.h>

int jx__doc_make(jx_doc **out, jx_arena *a, const jx_node *const *roots, size_t n,
                 const char *source, const jx_limits *lim, jx_error *err)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += !jx__is_null(roots[i]);
    jx_sheet *sheets = jx_arena__alloc(a, count * sizeof *sheets + 1); /* + 1: never 0 bytes */
    jx_doc *d = jx_arena__alloc(a, sizeof *d);
    int rc = sheets && d ? JX_OK : jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    for (size_t i = 0, k = 0; rc == JX_OK && i < n; i++)
        if (!jx__is_null(roots[i]))
            rc = jx__read_sheet(&sheets[k++], a, roots[i], lim->max_rows, err);
    if (rc != JX_OK) {
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
        return jx__fail(err, JX_ELIMIT, source, 0, 0, "", JX_M(E_FILE_BYTES), len, lim->max_bytes);
    TRY(jx__decode(&text, &tlen, a, data, len, source, err));
    return kind == JX_INPUT_JSONL ? jx__jsonl_file(docs, n, a, text, tlen, source, lim, err)
                                  : jx__csv_file(docs, n, a, text, tlen, source, lim, err);
}

/* The trees of a buffer of any input kind, its first line being line lim->line_offset + 1 of its
 * input: a record of a stream, or with `file` a whole JSONL or long-CSV file. */
static int trees(jx_node ***docs, size_t *ndocs, jx_arena *a, jx_input kind, bool file,
                 const char *data, size_t len, const char *header, size_t hlen, const char *source,
                 const jx_limits *lim, jx_error *err)
{
    if (kind == JX_INPUT_YAML)
        return yaml_text(docs, ndocs, a, data, len, source, lim, err);
    if (file)
        return stream_file(docs, ndocs, a, kind, data, len, source, lim, err);
    jx_node **one = jx_arena__alloc(a, sizeof *one);
    if (!one)
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    *docs = one;
    *ndocs = 1;
    return kind == JX_INPUT_JSONL
               ? jx__json_parse(one, a, data, len, source, lim, err)
               : jx__csv_sheet(one, a, header, hlen, data, len, source, lim, err);
}

/* A record of a stream read straight to a one-sheet doc (direct.c): JX_OK, or 1 when it must go
 * through the tree. */
static int direct(jx_doc **out, jx_input kind, const char *data, size_t len, const char *header,
                  size_t hlen, const char *name, const jx_limits *lim)
{
    jx_arena a;
    jx_arena__init(&a, lim->alloc);
    const char *source = jx_arena__strndup(&a, name, strlen(name));
    jx_sheet *sheet = jx_arena__alloc(&a, sizeof *sheet);
    jx_doc *d = jx_arena__alloc(&a, sizeof *d);
    int rc = !source || !sheet || !d ? 1
             : kind == JX_INPUT_JSONL
                 ? jx__direct_jsonl(sheet, &a, data, len, source, lim)
                 : jx__direct_csv(sheet, &a, header, hlen, data, len, source, lim);
    if (rc != JX_OK) {
        jx_arena__free(&a);
        return 1;
    }
    *d = (jx_doc){.source = source, .sheets = sheet, .count = 1, .arena = a};
    *out = d;
    return JX_OK;
}

static int load(jx_doc **out, jx_input kind, bool file, const char *data, size_t len,
                const char *header, size_t hlen, const char *name, size_t first_line,
                const jx_load_options *opts, bool tree, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    *out = NULL;
    if (!data || !name || (kind == JX_INPUT_CSV && !header && !file) ||
        (unsigned)kind > JX_INPUT_CSV)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_DATA_NAME_HEADER));
    jx_limits lim;
    TRY(jx__options(&lim, opts, err));
    lim.line_offset = first_line ? first_line - 1 : 0;
    if (kind != JX_INPUT_YAML && !file && !tree &&
        direct(out, kind, data, len, header, hlen, name, &lim) == JX_OK)
        return JX_OK;
    jx_arena a;
    jx_arena__init(&a, lim.alloc);
    jx_node **docs = NULL;
    size_t ndocs = 0, nsheets = 0;
    const char *source = jx_arena__strndup(&a, name, strlen(name));
    int rc = source
                 ? trees(&docs, &ndocs, &a, kind, file, data, len, header, hlen, source, &lim, err)
                 : jx__fail(err, JX_ENOMEM, name, 0, 0, "", JX_M(E_NOMEM));
    for (size_t i = 0; rc == JX_OK && i < ndocs; i++)
        nsheets += !jx__is_null(docs[i]);
    if (rc == JX_OK && nsheets == 0)
        rc = jx__fail(err, JX_ESYNTAX, name, lim.line_offset + 1, 1, "", JX_M(E_EMPTY_FILE));
    if (rc != JX_OK) {
        jx_arena__free(&a);
        return rc;
    }
    return jx__doc_make(out, &a, (const jx_node *const *)docs, ndocs, source, &lim, err);
}

/* What libjixiao-forms reads: a workbook (by its name or zip signature), a CSV without a `sheet`
 * column (a printed form), TSV, a table pasted out of Word. */
static const char *form_kind(const char *data, size_t len, const char *name)
{
    if ((len >= 4 && memcmp(data, "PK\3\4", 4) == 0) || jx__has_suffix(name, ".xlsx") ||
        jx__has_suffix(name, ".xlsm"))
        return "an Excel workbook";
    if (jx__has_suffix(name, ".csv"))
        return "a CSV without a `sheet` column (a printed form; the long form names one)";
    if (jx__has_suffix(name, ".tsv"))
        return "a TSV table";
    return jx__has_suffix(name, ".txt") ? "a pasted table (.txt)" : NULL;
}

int jx_doc_load_buffer(jx_doc **out, const char *data, size_t len, const char *name,
                       const jx_load_options *opts, jx_error *err)
{
    if (data && name && jx__has_suffix(name, ".jsonl"))
        return load(out, JX_INPUT_JSONL, true, data, len, NULL, 0, name, 1, opts, false, err);
    if (data && name && jx__has_suffix(name, ".csv") && jx__csv_is_long(data, len))
        return load(out, JX_INPUT_CSV, true, data, len, NULL, 0, name, 1, opts, false, err);
    const char *form = data && name ? form_kind(data, len, name) : NULL;
    if (out && form) {
        *out = NULL;
        return jx__fail(err, JX_EUSAGE, name, 0, 0, "", JX_M(E_FORM_NOT_DOC), form);
    }
    return load(out, JX_INPUT_YAML, false, data, len, NULL, 0, name, 1, opts, false, err);
}

int jx_doc_load_record(jx_doc **out, const jx_record *rec, const jx_load_options *opts,
                       jx_error *err)
{
    if (!rec) {
        if (out)
            *out = NULL;
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_REC_NULL));
    }
    return load(out, rec->kind, false, rec->data, rec->len, rec->csv_header, rec->header_len,
                rec->name, rec->first_line, opts, false, err);
}

int jx__doc_load_tree(jx_doc **out, const jx_record *rec, const jx_load_options *opts,
                      jx_error *err)
{
    return load(out, rec->kind, false, rec->data, rec->len, rec->csv_header, rec->header_len,
                rec->name, rec->first_line, opts, true, err);
}

int jx_doc_load_file(jx_doc **out, const char *path, const jx_load_options *opts, jx_error *err)
{
    if (out)
        *out = NULL;
    jx_file f;
    TRY(jx__file_open(&f, out, path, opts, err));
    int rc = jx_doc_load_buffer(out, f.text, f.len, path, opts, err);
    jx__file_done(&f);
    return rc;
}

int jx__doc_from_node(jx_doc **out, const jx_node *root, const char *source, jx_error *err)
{
    *out = NULL;
    jx_limits lim;
    TRY(jx__options(&lim, NULL, err));
    jx_arena a;
    jx_arena__init(&a, lim.alloc);
    const char *src = jx_arena__strndup(&a, source, strlen(source));
    if (!src) {
        jx_arena__free(&a);
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    }
    return jx__doc_make(out, &a, &root, 1, src, &lim, err);
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

int jx_doc_write_yaml(const jx_doc *d, const char *comment, jx_write_fn write, void *sink,
                      jx_error *err)
{
    if (!d || !write)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_DOC_WRITE));
    const jx_node *roots[64];
    for (size_t i = 0; i < d->count; i += 64) {
        size_t n = d->count - i < 64 ? d->count - i : 64;
        for (size_t k = 0; k < n; k++)
            roots[k] = d->sheets[i + k].root;
        int rc = JX_OK;
        jx_arena a; /* the trees of sheets read without one (direct.c), parsed again */
        jx_arena__init(&a, d->arena.alc);
        for (size_t k = 0; k < n && rc == JX_OK; k++) {
            const jx_sheet *s = &d->sheets[i + k];
            if (!roots[k] && s->record) {
                jx_limits lim;
                if ((rc = jx__options(&lim, NULL, err)) == JX_OK) {
                    /* read once within the caller's limits already */
                    lim.max_bytes = lim.max_nodes = lim.max_rows = SIZE_MAX;
                    lim.max_depth = JX_DEPTH_CAP;
                    lim.line_offset = s->pos.line ? s->pos.line - 1 : 0;
                    jx_node *root;
                    rc = s->header ? jx__csv_sheet(&root, &a, s->header, s->header_len, s->record,
                                                   s->record_len, s->source, &lim, err)
                                   : jx__json_parse(&root, &a, s->record, s->record_len, s->source,
                                                    &lim, err);
                    roots[k] = root;
                }
            }
        }
        if (rc == JX_OK)
            rc = jx__yaml_emit(roots, n, i == 0 ? comment : NULL, write, sink, err);
        jx_arena__free(&a);
        TRY(rc);
    }
    return JX_OK;
}
