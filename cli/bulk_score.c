/*
 * bulk_score.c - one record of jixiao bulk: loaded, each sheet scored, a line written into the
 * batch's output (JSONL or CSV), its errors into the batch's error text, its sheets into the
 * batch's summary. Runs on whichever worker takes the batch, and touches nothing else.
 */
#include "bulk.h"

#include <stdlib.h>
#include <string.h>

/* A worker's blocks for the docs it loads: what one record's doc frees is kept for the next one's,
 * so that a batch asks malloc for a few blocks, not a few per record (the library's allocator
 * hook, jx_load_options.alloc). Blocks are sized by powers of two from 4 KiB to 512 KiB. */
enum { KEPT_CLASSES = 8, KEPT_PER_CLASS = 4 };
typedef struct kept {
    void *block[KEPT_CLASSES][KEPT_PER_CLASS];
    unsigned n[KEPT_CLASSES];
} kept;

static int size_class(size_t n)
{
    for (int c = 0; c < KEPT_CLASSES; c++)
        if (n <= (size_t)4096 << c)
            return c;
    return -1;
}

static void *kept_realloc(void *ctx, void *p, size_t old, size_t n)
{
    kept *k = ctx;
    if (n == 0) {
        int c = size_class(old);
        if (c >= 0 && k->n[c] < KEPT_PER_CLASS)
            k->block[c][k->n[c]++] = p;
        else
            free(p);
        return NULL;
    }
    if (p) { /* the arena never grows a block; were it to, a new one and a copy */
        void *q = kept_realloc(ctx, NULL, 0, n);
        if (q) {
            memcpy(q, p, old < n ? old : n);
            kept_realloc(ctx, p, old, 0);
        }
        return q;
    }
    int c = size_class(n);
    if (c < 0)
        return malloc(n);
    return k->n[c] ? k->block[c][--k->n[c]] : malloc((size_t)4096 << c);
}

static void kept_free(kept *k)
{
    for (int c = 0; c < KEPT_CLASSES; c++)
        while (k->n[c])
            free(k->block[c][--k->n[c]]);
}

/* --strict: a finding that refuses the record, into the batch's error text. */
typedef struct refusal {
    buf *err;
    size_t number;
} refusal;

static void refused(void *ctx, const char *text)
{
    const refusal *r = ctx;
    buf_putf(r->err, CLI_UI(C_REFUSED_RECORD), text, r->number);
}

static void skip(batch *b, const record *r, const jx_error *err)
{
    jx_lang lang = cli_ui();
    char path[256];
    buf_putf(&b->err, CLI_T(lang, C_SKIPPED), err->source, err->line, err->column,
             jx_path_text(path, sizeof path, err->path, lang),
             err->path[0] ? CLI_T(lang, C_PATH_SEP) : "", jx_error_message(err, lang), r->number);
    b->skipped++;
}

/* The record's line of JSONL: id, input, record, line, org, project, total, grade, budget,
 * warnings (and the rows). */
static void write_jsonl(buf *o, const job *j, const record *r, const char *id, const jx_result *res)
{
    const jx_sheet *s = jx_result_sheet(res);
    const char *grade = jx_result_grade(res);
    jx_budget bu;
    bool budget = jx_result_budget(&bu, res) == JX_OK;
    buf_put(o, "{\"id\": ", 7);
    buf_json(o, id);
    buf_put(o, ", \"input\": ", 11);
    buf_json(o, r->input);
    buf_put(o, ", \"record\": ", 12);
    buf_uint(o, r->number);
    buf_put(o, ", \"line\": ", 10);
    buf_uint(o, r->line);
    buf_put(o, ", \"org\": ", 9);
    buf_json(o, jx_sheet_org(s));
    buf_put(o, ", \"project\": ", 13);
    buf_json(o, jx_sheet_project(s));
    buf_put(o, ", \"total\": ", 11);
    buf_points(o, jx_result_total(res));
    buf_put(o, ", \"grade\": ", 11);
    if (grade)
        buf_json(o, grade);
    else
        buf_put(o, "null", 4);
    buf_put(o, ", \"budget\": ", 12);
    if (budget)
        buf_points(o, bu.score);
    else
        buf_put(o, "null", 4);
    buf_put(o, ", \"warnings\": ", 14);
    buf_uint(o, jx_result_warning_count(res));
    if (j->rows) {
        buf_put(o, ", \"rows\": [", 11);
        for (size_t k = 0; k < jx_result_count(res); k++) {
            jx_item it;
            jx_result_item(&it, res, k);
            buf_put(o, ", ", k ? 2 : 0);
            if (it.status != JX_STATUS_PENDING)
                buf_points(o, it.score);
            else
                buf_put(o, "null", 4); /* no actual: not scored, never 0 */
        }
        buf_put(o, "]", 1);
    }
    buf_put(o, "}\n", 2);
}

/* The record's line of CSV, with the columns of the JSONL line. */
static void write_csv(buf *o, const job *j, const record *r, const char *id, const jx_result *res)
{
    const jx_sheet *s = jx_result_sheet(res);
    const char *grade = jx_result_grade(res);
    jx_budget bu;
    bool budget = jx_result_budget(&bu, res) == JX_OK;
    buf_csv(o, id);
    buf_put(o, ",", 1);
    buf_csv(o, r->input);
    buf_put(o, ",", 1);
    buf_uint(o, r->number);
    buf_put(o, ",", 1);
    buf_uint(o, r->line);
    buf_put(o, ",", 1);
    buf_csv(o, jx_sheet_org(s));
    buf_put(o, ",", 1);
    buf_csv(o, jx_sheet_project(s));
    buf_put(o, ",", 1);
    buf_points(o, jx_result_total(res));
    buf_put(o, ",", 1);
    buf_csv(o, grade ? grade : "");
    buf_put(o, ",", 1);
    if (budget)
        buf_points(o, bu.score);
    buf_put(o, ",", 1);
    buf_uint(o, jx_result_warning_count(res));
    if (j->rows) {
        buf_put(o, ",", 1);
        for (size_t k = 0; k < jx_result_count(res); k++) {
            jx_item it;
            jx_result_item(&it, res, k);
            buf_put(o, ";", k ? 1 : 0);
            if (it.status != JX_STATUS_PENDING)
                buf_points(o, it.score);
        }
    }
    buf_put(o, "\n", 1);
}

/* One sheet of the record: scored, checked (--strict), written, counted. */
static void score_sheet(const job *j, batch *b, const record *r, const jx_sheet *s)
{
    jx_result *res;
    jx_error err;
    if (jx_score(&res, j->rules, s, &err) != JX_OK) {
        skip(b, r, &err);
        return;
    }
    if (j->strict && cli_refusals(res, refused, &(refusal){&b->err, r->number}) > 0) {
        jx_result_free(res);
        b->skipped++;
        return;
    }
    b->scored++;
    char id[300];
    snprintf(id, sizeof id, "%s#%zu", r->input, r->number);
    if (j->format == BULK_JSONL)
        write_jsonl(&b->out, j, r, id, res);
    else if (j->format == BULK_CSV)
        write_csv(&b->out, j, r, id, res);
    if (jx_summary_add(b->summary, res) != JX_OK)
        b->oom = true;
    jx_result_free(res);
}

static void score_record(const job *j, batch *b, const record *r, const jx_allocator *alloc)
{
    jx_doc *doc;
    jx_error err;
    if (r->size > RECORD_MAX) {
        buf_putf(&b->err, CLI_UI(C_RECORD_SIZE), r->input, r->line, r->size, RECORD_MAX, r->number);
        b->skipped++;
        return;
    }
    jx_load_options lo = jx_load_options_init();
    lo.max_bytes = RECORD_MAX;
    lo.alloc = alloc;
    jx_record rec = {b->kind,       b->text.p + r->off, r->len, b->header,
                     b->header_len, r->input,           r->line};
    if (jx_doc_load_record(&doc, &rec, &lo, &err) != JX_OK) {
        skip(b, r, &err);
        return;
    }
    for (size_t i = 0; i < jx_doc_count(doc); i++)
        score_sheet(j, b, r, jx_doc_sheet(doc, i));
    jx_doc_free(doc);
}

void bulk_run_batch(const job *j, batch *b)
{
    if (!b->summary && jx_summary_new(&b->summary, NULL, NULL) != JX_OK) {
        b->oom = true;
        return;
    }
    kept k = {0};
    jx_allocator alloc = {kept_realloc, &k};
    for (size_t i = 0; i < b->nrecs; i++)
        score_record(j, b, &b->recs[i], &alloc);
    kept_free(&k);
    b->oom |= b->out.failed || b->err.failed;
}
