/*
 * cmd_bulk.c - `jixiao bulk`: streams of many sheets, scored in parallel, written in input order.
 *
 * The main thread reads each input line by line and cuts it into records (a YAML document, a JSONL
 * line, the rows of one CSV sheet), gathering them into batches; workers load, score and render the
 * records of a batch; the main thread writes the batches in order and adds their statistics in
 * order, so the output is the same bytes whatever --jobs is. Memory holds at most 2 × jobs batches,
 * whatever the number of sheets. A bad record is reported and skipped; scored + skipped = read.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rstat.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char bulk_help[] =
    "usage: jixiao bulk [--rules NAME|FILE] [--jobs N] [--format jsonl|csv] [--rows]\n"
    "                   [--summary text|json] [--strict] [--input yaml|jsonl|csv] INPUT...\n"
    "\n"
    "Scores every sheet of every INPUT: a directory (the .yaml, .yml, .jsonl and .csv files below\n"
    "it), a multi-document YAML stream, a JSONL stream (one sheet per line), or the long CSV form\n"
    "(a row per indicator and per budget block, a `sheet` column grouping them); - reads stdin\n"
    "(--input names its kind; else it is guessed from the first byte). Writes one record per\n"
    "sheet, in input order whatever --jobs is: id (input#record), input, record, line, org,\n"
    "project, total, grade, budget score, warning count (--rows adds the row scores).\n"
    "\n"
    "A bad record is reported with its place and skipped; with --strict a sheet with a finding of\n"
    "severity warning or error is bad too (each finding printed at its place), and the run stops\n"
    "at the first bad record. The counts end the run on stderr, 'N scored, N skipped, N read',\n"
    "scored + skipped = read; a record is a JSONL line, a YAML document or a CSV sheet, and blank\n"
    "lines and YAML documents holding only comments are none, so they are not counted. Exit 1\n"
    "when any record was skipped. --summary prints statistics of the totals, the grades, the row\n"
    "statuses and the most common warnings instead of the records (with --format too: both).\n"
    "SIGTERM or SIGINT stops the run at a record boundary: what was written is a prefix of whole\n"
    "records.\n";

enum { BATCH_RECORDS = 256, BATCH_BYTES = 1 << 20, TOTAL_CAP = 100001 };
/* The largest record loaded (jx_load_options.max_bytes): a larger one is refused whole, and no more
 * of it than this is held while the input is cut, whatever its size. */
#define RECORD_MAX ((size_t)16 << 20)

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            fputs("jixiao bulk: out of memory\n", stderr);
            exit(EXIT_BAD_INPUT);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void putf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void putf(buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void put_json(buf *b, const char *s)
{
    put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            putf(b, "\\%c", c);
        else if (c < 0x20)
            putf(b, "\\u%04x", c);
        else
            put(b, s, 1);
    }
    put(b, "\"", 1);
}

static void put_csv(buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        put(b, s, strlen(s));
        return;
    }
    put(b, "\"", 1);
    for (; *s; s++) {
        if (*s == '"')
            put(b, "\"", 1);
        put(b, s, 1);
    }
    put(b, "\"", 1);
}

static void put_num(buf *b, int64_t h)
{
    int64_t a = h < 0 ? -h : h;
    putf(b, "%s%lld", h < 0 ? "-" : "", (long long)(a / 100));
    if (a % 100)
        putf(b, a % 10 ? ".%02lld" : ".%lld", (long long)(a % 10 ? a % 100 : a % 100 / 10));
}

/* ---- statistics, added in input order ---- */

typedef struct named {
    char name[64];
    size_t count;
} named;

typedef struct stats {
    gsl_rstat_workspace *rs;
    size_t *totals; /* counts of totals in hundredths, 0 .. TOTAL_CAP-1 (clamped) */
    size_t statuses[8], rows;
    named grades[16], warnings[32];
    size_t ngrades, nwarnings;
} stats;

static void count(named *list, size_t *n, size_t cap, const char *name, size_t k)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(list[i].name, name) == 0) {
            list[i].count += k;
            return;
        }
    if (*n < cap) {
        snprintf(list[*n].name, sizeof list[*n].name, "%s", name);
        list[(*n)++].count = k;
    }
}

/* What one sheet adds to the statistics, kept with its batch until the batch is merged. */
typedef struct contrib {
    int64_t total;
    char grade[32];
    size_t statuses[8];
    unsigned short warn[32]; /* index into a batch-local list of warning codes */
    size_t nwarn;
} contrib;

/* ---- records and batches ---- */

typedef struct record {
    const char *input;
    size_t number, line;
    size_t off, len; /* in the batch's text */
    size_t size;     /* its size in the input, when over RECORD_MAX (its text is not kept) */
} record;

typedef struct batch {
    jx_input kind;
    const char *header; /* CSV: the input's header line */
    size_t header_len;
    buf text;
    record recs[BATCH_RECORDS];
    size_t nrecs;
    /* results */
    buf out, err;
    contrib *contribs;
    size_t ncontribs, capcontribs;
    char codes[32][64];
    size_t ncodes;
    size_t scored, skipped;
    int done;
} batch;

typedef struct job {
    const jx_rules *rules;
    int format; /* 0 none, 1 jsonl, 2 csv */
    int rows;
    int strict; /* a finding of severity warning or error makes a sheet bad */
} job;

/* --strict: a finding that refuses the record, into the batch's error text. */
typedef struct refusal {
    buf *err;
    size_t number;
} refusal;

static void refused(void *ctx, const char *text)
{
    const refusal *r = ctx;
    putf(r->err, "%s; record %zu, skipped)\n", text, r->number);
}

static void score_record(const job *j, batch *b, const record *r)
{
    jx_doc *doc;
    jx_error err;
    if (r->size > RECORD_MAX) {
        putf(&b->err,
             "%s:%zu:1: error: a sheet of %zu bytes; the limit is %zu (record %zu, skipped)\n",
             r->input, r->line, r->size, RECORD_MAX, r->number);
        b->skipped++;
        return;
    }
    jx_load_options lo = JX_LOAD_OPTIONS_INIT;
    lo.max_bytes = RECORD_MAX;
    if (jx_doc_load_record(&doc, b->kind, b->text.p + r->off, r->len, b->header, b->header_len,
                           r->input, r->line, &lo, &err) != JX_OK) {
        putf(&b->err, "%s:%zu:%zu: error: %s%s%s (record %zu, skipped)\n", err.source, err.line,
             err.column, err.path, err.path[0] ? ": " : "", err.message, r->number);
        b->skipped++;
        return;
    }
    for (size_t i = 0; i < jx_doc_count(doc); i++) {
        const jx_sheet *s = jx_doc_sheet(doc, i);
        jx_result *res;
        if (jx_score(&res, j->rules, s, &err) != JX_OK) {
            putf(&b->err, "%s:%zu:%zu: error: %s%s%s (record %zu, skipped)\n", err.source, err.line,
                 err.column, err.path, err.path[0] ? ": " : "", err.message, r->number);
            b->skipped++;
            continue;
        }
        if (j->strict && cli_refusals(res, refused, &(refusal){&b->err, r->number}) > 0) {
            jx_result_free(res);
            b->skipped++;
            continue;
        }
        b->scored++;
        jx_budget bu;
        jx_result_budget(&bu, res);
        const char *grade = jx_result_grade(res);
        char id[300];
        snprintf(id, sizeof id, "%s#%zu", r->input, r->number);
        if (j->format == 1) {
            put(&b->out, "{\"id\": ", 7);
            put_json(&b->out, id);
            put(&b->out, ", \"input\": ", 11);
            put_json(&b->out, r->input);
            putf(&b->out, ", \"record\": %zu, \"line\": %zu, \"org\": ", r->number, r->line);
            put_json(&b->out, jx_sheet_org(s));
            put(&b->out, ", \"project\": ", 13);
            put_json(&b->out, jx_sheet_project(s));
            put(&b->out, ", \"total\": ", 11);
            put_num(&b->out, jx_result_total(res));
            put(&b->out, ", \"grade\": ", 11);
            if (grade)
                put_json(&b->out, grade);
            else
                put(&b->out, "null", 4);
            put(&b->out, ", \"budget\": ", 12);
            if (bu.has_budget)
                put_num(&b->out, bu.score);
            else
                put(&b->out, "null", 4);
            putf(&b->out, ", \"warnings\": %zu", jx_result_warning_count(res));
        } else if (j->format == 2) {
            put_csv(&b->out, id);
            put(&b->out, ",", 1);
            put_csv(&b->out, r->input);
            putf(&b->out, ",%zu,%zu,", r->number, r->line);
            put_csv(&b->out, jx_sheet_org(s));
            put(&b->out, ",", 1);
            put_csv(&b->out, jx_sheet_project(s));
            put(&b->out, ",", 1);
            put_num(&b->out, jx_result_total(res));
            put(&b->out, ",", 1);
            put_csv(&b->out, grade ? grade : "");
            put(&b->out, ",", 1);
            if (bu.has_budget)
                put_num(&b->out, bu.score);
            putf(&b->out, ",%zu", jx_result_warning_count(res));
        }
        if (j->format && j->rows) {
            put(&b->out, j->format == 1 ? ", \"rows\": [" : ",", j->format == 1 ? 11 : 1);
            for (size_t k = 0; k < jx_result_count(res); k++) {
                jx_item it;
                jx_result_item(&it, res, k);
                if (k)
                    put(&b->out, j->format == 1 ? ", " : ";", j->format == 1 ? 2 : 1);
                if (it.status != JX_STATUS_PENDING)
                    put_num(&b->out, it.score);
                else if (j->format == 1)
                    put(&b->out, "null", 4); /* no actual: not scored, never 0 */
            }
            if (j->format == 1)
                put(&b->out, "]", 1);
        }
        if (j->format)
            put(&b->out, j->format == 1 ? "}\n" : "\n", j->format == 1 ? 2 : 1);
        /* statistics, merged later in input order */
        if (b->ncontribs == b->capcontribs) {
            b->capcontribs = b->capcontribs ? b->capcontribs * 2 : 64;
            b->contribs = realloc(b->contribs, b->capcontribs * sizeof *b->contribs);
            if (!b->contribs)
                exit(EXIT_BAD_INPUT);
        }
        contrib *c = &b->contribs[b->ncontribs++];
        memset(c, 0, sizeof *c);
        c->total = jx_result_total(res);
        snprintf(c->grade, sizeof c->grade, "%s", grade ? grade : "—");
        for (size_t k = 0; k < jx_result_count(res); k++) {
            jx_item it;
            jx_result_item(&it, res, k);
            c->statuses[it.status & 7]++;
        }
        for (size_t k = 0; k < jx_result_warning_count(res) && c->nwarn < 32; k++) {
            jx_warning w;
            jx_result_warning(&w, res, k);
            size_t code = 0;
            while (code < b->ncodes && strcmp(b->codes[code], w.code) != 0)
                code++;
            if (code == b->ncodes && b->ncodes < 32)
                snprintf(b->codes[b->ncodes++], 64, "%s", w.code);
            if (code < 32)
                c->warn[c->nwarn++] = (unsigned short)code;
        }
        jx_result_free(res);
    }
    jx_doc_free(doc);
}

static void run_batch(const job *j, batch *b)
{
    for (size_t i = 0; i < b->nrecs; i++)
        score_record(j, b, &b->recs[i]);
}

/* ---- the worker pool: batches in input order, each done by whichever worker takes it ---- */

typedef struct pool {
    pthread_mutex_t lock;
    pthread_cond_t more, finished;
    batch **queue; /* ring of batches in input order */
    size_t cap, head, taken, count;
    int closing;
    const job *j;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (p->taken == p->count && !p->closing)
            pthread_cond_wait(&p->more, &p->lock);
        if (p->taken == p->count && p->closing) {
            pthread_mutex_unlock(&p->lock);
            return NULL;
        }
        batch *b = p->queue[(p->head + p->taken++) % p->cap];
        pthread_mutex_unlock(&p->lock);
        run_batch(p->j, b);
        pthread_mutex_lock(&p->lock);
        b->done = 1;
        pthread_cond_broadcast(&p->finished);
        pthread_mutex_unlock(&p->lock);
    }
}

/* SIGTERM or SIGINT, once caught: the run stops at a record boundary (see cmd_bulk). */
static volatile sig_atomic_t caught;

static void on_signal(int sig) { caught = sig; }

typedef struct run {
    const job *j;
    int jobs, strict, stop;
    const char *stopped; /* why the run stopped early, for the counts line: " (stopped ...)" */
    pool pool;
    pthread_t threads[64];
    stats st;
    size_t scored, skipped, read;
    batch *cur;
    jx_input kind;
    const char *header;
    size_t header_len;
} run;

static void merge(run *r, batch *b)
{
    if (caught && !r->stop) { /* what is written ends at a record: a batch is whole or not at all */
        r->stop = 1;
        r->stopped = caught == SIGINT ? " (stopped by SIGINT)" : " (stopped by SIGTERM)";
    }
    if (r->stop) /* stopped at an earlier record: what follows is dropped unread */
        return;
    r->read += b->nrecs;
    if (fwrite(b->out.p ? b->out.p : "", 1, b->out.len, stdout) != b->out.len) {
        r->stop = 1; /* the output is lost (a full disk): read no further; main says so */
        r->stopped = " (stopped: the output cannot be written)";
    }
    fwrite(b->err.p ? b->err.p : "", 1, b->err.len, stderr);
    r->scored += b->scored;
    r->skipped += b->skipped;
    for (size_t i = 0; i < b->ncontribs; i++) {
        const contrib *c = &b->contribs[i];
        gsl_rstat_add((double)c->total / 100.0, r->st.rs);
        size_t k = c->total < 0 ? 0 : c->total >= TOTAL_CAP ? TOTAL_CAP - 1 : (size_t)c->total;
        r->st.totals[k]++;
        count(r->st.grades, &r->st.ngrades, 16, c->grade, 1);
        for (int s = 0; s < 8; s++) {
            r->st.statuses[s] += c->statuses[s];
            r->st.rows += c->statuses[s];
        }
        for (size_t w = 0; w < c->nwarn; w++)
            count(r->st.warnings, &r->st.nwarnings, 32, b->codes[c->warn[w]], 1);
    }
    if (r->strict && b->skipped && !r->stop) {
        r->stop = 1;
        r->stopped = " (stopped at the first bad record: --strict)";
    }
}

static void free_batch(batch *b)
{
    free(b->text.p);
    free(b->out.p);
    free(b->err.p);
    free(b->contribs);
    free(b);
}

/* Hands the current batch on; with jobs > 1 writes out the finished ones at the head, in order. */
static void flush(run *r)
{
    batch *b = r->cur;
    r->cur = NULL;
    if (!b)
        return;
    if (r->jobs == 1) {
        run_batch(r->j, b);
        merge(r, b);
        free_batch(b);
        return;
    }
    pool *p = &r->pool;
    pthread_mutex_lock(&p->lock);
    while (p->count == p->cap) { /* full: write the oldest once it is done */
        batch *h = p->queue[p->head];
        while (!h->done)
            pthread_cond_wait(&p->finished, &p->lock);
        p->head = (p->head + 1) % p->cap;
        p->count--;
        p->taken--;
        pthread_mutex_unlock(&p->lock);
        merge(r, h);
        free_batch(h);
        pthread_mutex_lock(&p->lock);
    }
    p->queue[(p->head + p->count++) % p->cap] = b;
    pthread_cond_signal(&p->more);
    pthread_mutex_unlock(&p->lock);
}

static void drain(run *r)
{
    flush(r);
    if (r->jobs == 1)
        return;
    pool *p = &r->pool;
    pthread_mutex_lock(&p->lock);
    while (p->count) {
        batch *h = p->queue[p->head];
        while (!h->done)
            pthread_cond_wait(&p->finished, &p->lock);
        p->head = (p->head + 1) % p->cap;
        p->count--;
        p->taken--;
        pthread_mutex_unlock(&p->lock);
        merge(r, h);
        free_batch(h);
        pthread_mutex_lock(&p->lock);
    }
    pthread_mutex_unlock(&p->lock);
}

/* A record of `size` bytes in the input, of which `len` are in data: all of them, unless the
 * record is over RECORD_MAX, when it is refused unread. */
static void add_record(run *r, const char *input, size_t number, size_t line, const char *data,
                       size_t len, size_t size)
{
    if (size > RECORD_MAX)
        len = 0;
    if (r->stop)
        return;
    if (r->cur && (r->cur->nrecs == BATCH_RECORDS || r->cur->text.len > BATCH_BYTES ||
                   r->cur->kind != r->kind || r->cur->header != r->header))
        flush(r);
    if (!r->cur) {
        r->cur = calloc(1, sizeof *r->cur);
        if (!r->cur)
            exit(EXIT_BAD_INPUT);
        r->cur->kind = r->kind;
        r->cur->header = r->header;
        r->cur->header_len = r->header_len;
    }
    batch *b = r->cur;
    b->recs[b->nrecs++] = (record){input, number, line, b->text.len, len, size};
    put(&b->text, data, len);
    if (r->strict) /* one record a batch, so that the run stops right at the first bad one */
        flush(r);
}

/* ---- cutting inputs into records ---- */

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
    put(&c->head, line, n);
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
        add_record(r, name, ++*number, c->group_line, c->group.p, c->group.len, c->group_size);
    c->group.len = c->group_size = 0;
}

/* A logical row into the group: held while the group is within RECORD_MAX, else only counted. */
static void to_group(csv_cut *c, const char *row, size_t n)
{
    if (!c->group_size)
        c->group_line = c->start;
    c->group_size += n;
    if (c->group_size <= RECORD_MAX || !c->group.len)
        put(&c->group, row, n);
}

/* One line of the CSV after its header. */
static void csv_line(run *r, const char *name, csv_cut *c, size_t *number, const char *line,
                     size_t n, size_t lineno)
{
    if (!c->open_quote && !c->rec.len)
        c->start = lineno;
    put(&c->rec, line, n);
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
        put(&rest, c->rec.p + c->quote_end, c->rec.len - c->quote_end);
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

static int read_input(run *r, const char *name, FILE *f, jx_input kind)
{
    char *line = NULL;
    size_t cap = 0, number = 0, lineno = 0, start = 0, size = 0; /* size: the YAML document's */
    ssize_t n;
    buf rec = {0};
    csv_cut csv = {.sheet_col = -1};
    r->kind = kind;
    r->header = NULL;
    while (!r->stop && !caught && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (kind == JX_INPUT_JSONL) {
            size_t k = (size_t)n;
            while (k && (line[k - 1] == '\n' || line[k - 1] == '\r' || line[k - 1] == ' '))
                k--;
            if (k)
                add_record(r, name, ++number, lineno, line, k, k);
        } else if (kind == JX_INPUT_YAML) {
            bool sep = (n >= 3 && strncmp(line, "---", 3) == 0) ||
                       (n >= 3 && strncmp(line, "...", 3) == 0);
            if (sep && rec.len) {
                if (has_content(rec.p, rec.len))
                    add_record(r, name, ++number, start, rec.p, rec.len, size);
                rec.len = size = 0;
            }
            if (sep && line[0] == '.')
                continue;
            if (!rec.len)
                start = lineno;
            size += (size_t)n;
            if (size <= RECORD_MAX)
                put(&rec, line, (size_t)n);
        } else if (!csv.head.len) { /* CSV: the header, then rows grouped by the sheet column */
            csv_header(r, &csv, line, (size_t)n);
        } else {
            csv_line(r, name, &csv, &number, line, (size_t)n, lineno);
        }
    }
    if (kind == JX_INPUT_YAML && rec.len && has_content(rec.p, rec.len))
        add_record(r, name, ++number, start, rec.p, rec.len, size);
    if (kind == JX_INPUT_CSV && !r->stop && !caught)
        csv_end(r, name, &csv, &number);
    flush(r); /* the header (and the names) of this input must outlive its batches */
    drain(r);
    free(line);
    free(rec.p);
    free(csv.head.p);
    free(csv.rec.p);
    free(csv.group.p);
    return 0;
}

/* ---- the summary ---- */

/* The p-quantile of the totals as GSL defines it for sorted data (linear between the order
 * statistics at (n - 1)p), computed exactly from the counts of totals in hundredths. */
static double quantile(const stats *st, size_t n, double p)
{
    double pos = (double)(n - 1) * p;
    size_t lo = (size_t)pos;
    double frac = pos - (double)lo;
    size_t seen = 0;
    int64_t a = -1, b = -1;
    for (size_t k = 0; k < TOTAL_CAP && b < 0; k++) {
        seen += st->totals[k];
        if (a < 0 && seen > lo)
            a = (int64_t)k;
        if (a >= 0 && seen > lo + (frac > 0))
            b = (int64_t)k;
    }
    return ((double)a + frac * (double)(b - a)) / 100.0;
}

static int by_count(const void *x, const void *y)
{
    const named *a = x, *b = y;
    if (a->count != b->count)
        return a->count < b->count ? 1 : -1;
    return strcmp(a->name, b->name);
}

static void summary(const run *r, int json)
{
    const stats *st = &r->st;
    size_t n = gsl_rstat_n(st->rs);
    static const double ps[] = {0.10, 0.25, 0.50, 0.75, 0.90};
    static const char *const pn[] = {"p10", "p25", "median", "p75", "p90"};
    static const char *const sn[] = {"met", "over", "short", "zero", "qual", "pending"};
    named warns[32];
    memcpy(warns, st->warnings, sizeof warns);
    qsort(warns, st->nwarnings, sizeof *warns, by_count);
    size_t top = st->nwarnings < 10 ? st->nwarnings : 10;
    if (json) {
        printf("{\"sheets\": %zu, \"rows\": %zu", n, st->rows);
        if (n) {
            printf(", \"total\": {\"mean\": %.2f, \"sd\": %.2f, \"min\": %.2f",
                   gsl_rstat_mean(st->rs), n > 1 ? gsl_rstat_sd(st->rs) : 0.0,
                   gsl_rstat_min(st->rs));
            for (int i = 0; i < 5; i++)
                printf(", \"%s\": %.2f", pn[i], quantile(st, n, ps[i]));
            printf(", \"max\": %.2f}", gsl_rstat_max(st->rs));
        }
        printf(", \"grades\": {");
        for (size_t i = 0; i < st->ngrades; i++)
            printf("%s\"%s\": %zu", i ? ", " : "", st->grades[i].name, st->grades[i].count);
        printf("}, \"statuses\": {");
        for (int i = 0; i < 6; i++)
            printf("%s\"%s\": %.4f", i ? ", " : "", sn[i],
                   st->rows ? (double)st->statuses[i] / (double)st->rows : 0.0);
        printf("}, \"warnings\": {");
        for (size_t i = 0; i < top; i++)
            printf("%s\"%s\": %zu", i ? ", " : "", warns[i].name, warns[i].count);
        printf("}}\n");
        return;
    }
    printf("sheets %zu, rows %zu\n", n, st->rows);
    if (n) {
        printf("total: mean %.2f, sd %.2f, min %.2f", gsl_rstat_mean(st->rs),
               n > 1 ? gsl_rstat_sd(st->rs) : 0.0, gsl_rstat_min(st->rs));
        for (int i = 0; i < 5; i++)
            printf(", %s %.2f", pn[i], quantile(st, n, ps[i]));
        printf(", max %.2f\n", gsl_rstat_max(st->rs));
    }
    printf("grades:");
    for (size_t i = 0; i < st->ngrades; i++)
        printf(" %s %zu", st->grades[i].name, st->grades[i].count);
    printf("\nrows:");
    for (int i = 0; i < 6; i++)
        if (st->statuses[i])
            printf(" %s %.2f%%", sn[i], 100.0 * (double)st->statuses[i] / (double)st->rows);
    printf("\nwarnings:");
    for (size_t i = 0; i < top; i++)
        printf(" %s %zu", warns[i].name, warns[i].count);
    printf("\n");
}

static int kind_of(jx_input *k, const char *name, const char *forced, FILE *f)
{
    const char *dot = strrchr(name, '.');
    const char *what = forced ? forced : dot ? dot + 1 : "";
    if (!strcmp(what, "yaml") || !strcmp(what, "yml"))
        *k = JX_INPUT_YAML;
    else if (!strcmp(what, "jsonl") || !strcmp(what, "json"))
        *k = JX_INPUT_JSONL;
    else if (!strcmp(what, "csv"))
        *k = JX_INPUT_CSV;
    else if (forced)
        return -1;
    else if (!strcmp(what, "xlsx") || !strcmp(what, "xlsm") || !strcmp(what, "tsv") ||
             !strcmp(what, "txt"))
        return -2; /* a form as people have it: one sheet a file, not a stream */
    else {         /* guess from the first byte: { is JSONL, else YAML */
        int c;
        while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
            ;
        if (c != EOF)
            ungetc(c, f);
        *k = c == '{' ? JX_INPUT_JSONL : JX_INPUT_YAML;
    }
    return 0;
}

int cmd_bulk(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "bulk", bulk_help, CLI_RULES | CLI_FORMAT | CLI_BULK);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    int jobs = o.jobs ? atoi(o.jobs) : 1;
    if (jobs < 1 || jobs > 64)
        return cli_usage("bulk", "--jobs takes 1 to 64");
    job j = {NULL, 1, o.rows, o.strict};
    if (o.format)
        j.format = !strcmp(o.format, "jsonl") ? 1 : !strcmp(o.format, "csv") ? 2 : -1;
    else if (o.summary)
        j.format = 0;
    if (j.format < 0)
        return cli_usage("bulk", "unknown format '%s' (jsonl, csv)", o.format);
    int sjson = o.summary && !strcmp(o.summary, "json");
    if (o.summary && !sjson && strcmp(o.summary, "text"))
        return cli_usage("bulk", "unknown summary '%s' (text, json)", o.summary);
    if (o.input && strcmp(o.input, "yaml") && strcmp(o.input, "jsonl") && strcmp(o.input, "csv"))
        return cli_usage("bulk", "unknown input '%s' (yaml, jsonl, csv)", o.input);
    if (o.nfiles == 0)
        return cli_usage("bulk", "no INPUT given (- reads stdin)");
    gsl_set_error_handler_off(); /* the CLI's own choice: GSL never aborts the process */
    jx_rules *rules;
    if (cli_load_rules(&rules, o.rules ? o.rules : "mof2020", NULL))
        return EXIT_BAD_INPUT;
    j.rules = rules;
    cli_files files;
    if (cli_expand(&files, o.nfiles, o.files, "*")) {
        jx_rules_free(rules);
        return EXIT_BAD_INPUT;
    }
    static run r;
    memset(&r, 0, sizeof r);
    r.j = &j;
    r.jobs = jobs;
    r.strict = o.strict;
    r.st.rs = gsl_rstat_alloc();
    r.st.totals = calloc(TOTAL_CAP, sizeof *r.st.totals);
    if (!r.st.rs || !r.st.totals)
        return EXIT_BAD_INPUT;
    /* SIGTERM and SIGINT end the run at a record boundary, so that a stopped run's output is a
     * prefix of whole records; the main thread takes them (a read it waits in returns), and
     * without SA_RESTART a blocked read of stdin returns at once */
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigset_t mask, old_mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    pthread_sigmask(SIG_BLOCK, &mask, &old_mask); /* inherited by the workers */
    if (jobs > 1) {
        pool *p = &r.pool;
        pthread_mutex_init(&p->lock, NULL);
        pthread_cond_init(&p->more, NULL);
        pthread_cond_init(&p->finished, NULL);
        p->cap = (size_t)jobs * 2;
        p->queue = calloc(p->cap, sizeof *p->queue);
        p->j = &j;
        for (int i = 0; i < jobs; i++)
            pthread_create(&r.threads[i], NULL, worker, p);
    }
    pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    if (j.format == 2)
        printf("id,input,record,line,org,project,total,grade,budget,warnings%s\n",
               o.rows ? ",rows" : "");
    int status = EXIT_DONE;
    for (size_t i = 0; i < files.count && !r.stop; i++) {
        const char *name = files.items[i];
        FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
        if (!f) {
            fprintf(stderr, "%s: error: cannot open\n", name);
            status = EXIT_BAD_INPUT;
            continue;
        }
        jx_input kind;
        int known = kind_of(&kind, name, o.input, f);
        if (known == -2) {
            fprintf(stderr,
                    "%s: error: a form, not a stream of sheets: score it with jixiao score, or "
                    "jixiao import it to YAML for bulk\n",
                    name);
            status = EXIT_BAD_INPUT;
        } else if (known != 0) {
            fprintf(stderr, "%s: error: not a sheet format (yaml, jsonl, csv)\n", name);
            status = EXIT_BAD_INPUT;
        } else {
            read_input(&r, name, f, kind);
        }
        if (f != stdin)
            fclose(f);
    }
    if (jobs > 1) {
        pthread_mutex_lock(&r.pool.lock);
        r.pool.closing = 1;
        pthread_cond_broadcast(&r.pool.more);
        pthread_mutex_unlock(&r.pool.lock);
        for (int i = 0; i < jobs; i++)
            pthread_join(r.threads[i], NULL);
        free(r.pool.queue);
    }
    if (caught && !r.stopped)
        r.stopped = caught == SIGINT ? " (stopped by SIGINT)" : " (stopped by SIGTERM)";
    if (o.summary && !caught) /* a summary of part of the input would say less than it seems */
        summary(&r, sjson);
    fflush(stdout);
    fprintf(stderr, "%zu scored, %zu skipped, %zu read%s\n", r.scored, r.skipped, r.read,
            r.stopped ? r.stopped : "");
    gsl_rstat_free(r.st.rs);
    free(r.st.totals);
    cli_files_free(&files);
    jx_rules_free(rules);
    if (caught) { /* the output is whole: now end as the signal would have */
        fflush(stdout);
        signal(caught, SIG_DFL);
        raise(caught);
    }
    return status != EXIT_DONE || r.skipped ? EXIT_BAD_INPUT : EXIT_DONE;
}
