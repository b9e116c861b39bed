/*
 * bulk.h - the parts of `jixiao bulk`: text buffers (buf.c), the scoring of one record into its
 * batch (bulk_score.c), the worker pool that runs batches and writes them in input order
 * (bulk_pool.c), and the cutting of inputs into records (bulk_cut.c). cmd_bulk.c drives them.
 */
#ifndef JX_BULK_H
#define JX_BULK_H

#include "cli.h"

#include <pthread.h>
#include <signal.h>

enum { BATCH_RECORDS = 256, BATCH_BYTES = 1 << 20, MAX_JOBS = 64 };
/* The largest record loaded (jx_load_options.max_bytes): a larger one is refused whole, and no more
 * of it than this is held while the input is cut, whatever its size. */
#define RECORD_MAX ((size_t)16 << 20)

/* A growable text; `failed` once an append ran out of memory (the text is then cut short). */
typedef struct buf {
    char *p;
    size_t len, cap;
    bool failed;
} buf;

void buf_put(buf *b, const char *s, size_t n);
void buf_putf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_json(buf *b, const char *s); /* a JSON string, quoted */
void buf_csv(buf *b, const char *s);  /* a CSV field, quoted when it must be */
void buf_points(buf *b, int64_t h);   /* hundredths as the shortest decimal: 90, 9.5, 80.67 */
void buf_uint(buf *b, size_t v);      /* a count in decimal */

typedef enum { BULK_NONE, BULK_JSONL, BULK_CSV } bulk_format;

/* What every record is scored with. */
typedef struct job {
    const jx_rules *rules;
    bulk_format format; /* the record lines; BULK_NONE with --summary alone */
    bool rows;          /* --rows: the row scores too */
    bool strict;        /* a finding of severity warning or error makes a sheet bad */
} job;

typedef struct record {
    const char *input;
    size_t number, line;
    size_t off, len; /* in the batch's text */
    size_t size;     /* its size in the input, when over RECORD_MAX (its text is not kept) */
} record;

/* Records gathered to be scored together, and what scoring them gave. */
typedef struct batch {
    jx_input kind;
    const char *header; /* CSV: the input's header line */
    size_t header_len;
    buf text;
    record recs[BATCH_RECORDS];
    size_t nrecs;
    /* results */
    buf out, err;
    jx_summary *summary; /* the batch's sheets, merged into the run's in input order */
    size_t scored, skipped;
    bool oom; /* memory ran out while it was scored: its output is incomplete */
    bool done;
} batch;

/* Scores every record of a batch (bulk_score.c). Safe from any thread: it touches only b. */
void bulk_run_batch(const job *j, batch *b);

/* SIGTERM or SIGINT, once caught: the run stops at a record boundary. */
extern volatile sig_atomic_t bulk_caught;

/* The worker pool: batches queued in input order, each done by whichever worker takes it. */
typedef struct pool {
    pthread_mutex_t lock;
    pthread_cond_t more, finished;
    batch **queue; /* ring of batches in input order */
    size_t cap, head, taken, count;
    bool closing;
    const job *j;
} pool;

/* A run: the batch being filled, the pool, what has been written and counted. */
typedef struct run {
    const job *j;
    int jobs; /* the workers running; 1: batches are scored on the main thread */
    bool strict, stop, failed;
    const char *stopped; /* why the run stopped early, for the counts line: " (stopped ...)" */
    pool pool;
    pthread_t threads[MAX_JOBS];
    jx_summary *summary;
    size_t scored, skipped, read;
    batch *cur;
    jx_input kind;
    const char *header;
    size_t header_len;
} run;

/* Starts up to `jobs` workers (bulk_pool.c); r->jobs says how many run (1: none could start, or
 * none were asked for). */
void bulk_start(run *r, int jobs);
/* A record of `size` bytes in the input, `len` of them in data: added to the current batch. */
void bulk_add_record(run *r, const char *input, size_t number, size_t line, const char *data,
                     size_t len, size_t size);
/* Stops the run at the records read so far; `why` ends the counts line (" (stopped: ...)"). A
 * failure (out of memory, a read error) also makes the exit status 1. */
void bulk_halt(run *r, const char *why);
void bulk_fail(run *r, const char *why);
/* Writes every batch out, in order: the current one and those queued. */
void bulk_drain(run *r);
/* Drains, then ends the workers. */
void bulk_stop(run *r);

/* Cuts an input into records for the run (bulk_cut.c): YAML documents, JSONL lines, or the long
 * CSV's sheets (rows grouped by the `sheet` column). */
void bulk_read_input(run *r, const char *name, FILE *f, jx_input kind);

#endif
