/*
 * bulk_pool.c - jixiao bulk's batches: gathered from the records the inputs are cut into, scored
 * by a pool of workers (or on the main thread with --jobs 1), and written out by the main thread in
 * input order, their statistics merged in the same order, so the output is the same bytes whatever
 * --jobs is. At most 2 × jobs batches are held at once, whatever the number of sheets.
 */
#include "bulk.h"

#include <stdlib.h>
#include <string.h>

volatile sig_atomic_t bulk_caught;

void bulk_halt(run *r, const char *why)
{
    if (!r->stop) {
        r->stop = true;
        r->stopped = why;
    }
}

void bulk_fail(run *r, const char *why)
{
    bulk_halt(r, why);
    r->failed = true;
}

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
        bulk_run_batch(p->j, b);
        pthread_mutex_lock(&p->lock);
        b->done = true;
        pthread_cond_broadcast(&p->finished);
        pthread_mutex_unlock(&p->lock);
    }
}

void bulk_start(run *r, int jobs)
{
    r->jobs = 1;
    if (jobs < 2)
        return;
    pool *p = &r->pool;
    p->cap = (size_t)jobs * 2;
    p->queue = calloc(p->cap, sizeof *p->queue);
    p->j = r->j;
    if (!p->queue) {
        fprintf(stderr, CLI_UI(C_BULK_JOBS_NOMEM), jobs);
        return;
    }
    if (pthread_mutex_init(&p->lock, NULL) || pthread_cond_init(&p->more, NULL) ||
        pthread_cond_init(&p->finished, NULL)) {
        fprintf(stderr, CLI_UI(C_BULK_JOBS_START), jobs);
        free(p->queue);
        p->queue = NULL;
        return;
    }
    int started = 0;
    while (started < jobs && pthread_create(&r->threads[started], NULL, worker, p) == 0)
        started++;
    if (started < jobs)
        fprintf(stderr, CLI_UI(C_BULK_JOBS_SOME), started, jobs, started ? started : 1);
    r->jobs = started ? started : 1;
    if (!started) {
        free(p->queue);
        p->queue = NULL;
    }
}

/* A finished batch written out and counted, unless the run has stopped at an earlier record. */
static void merge(run *r, batch *b)
{
    if (bulk_caught) /* what is written ends at a record: a batch is whole or not at all */
        bulk_halt(r, bulk_caught == SIGINT ? CLI_UI(C_STOP_SIGINT) : CLI_UI(C_STOP_SIGTERM));
    if (r->stop) /* stopped at an earlier record: what follows is dropped unread */
        return;
    if (b->oom || (b->summary && jx_summary_merge(r->summary, b->summary) != JX_OK)) {
        bulk_fail(r, CLI_UI(C_STOP_NOMEM));
        return;
    }
    r->read += b->nrecs;
    if (fwrite(b->out.p ? b->out.p : "", 1, b->out.len, stdout) != b->out.len)
        bulk_halt(r, CLI_UI(C_STOP_WRITE));                        /* a full disk: main says so */
    (void)fwrite(b->err.p ? b->err.p : "", 1, b->err.len, stderr); /* nowhere to say it failed */
    r->scored += b->scored;
    r->skipped += b->skipped;
    if (r->strict && b->skipped)
        bulk_halt(r, CLI_UI(C_STOP_STRICT));
}

static void free_batch(batch *b)
{
    free(b->text.p);
    free(b->out.p);
    free(b->err.p);
    jx_summary_free(b->summary);
    free(b);
}

/* The oldest queued batch, once it is done: taken off the queue (the lock is held). */
static batch *take_head(pool *p)
{
    batch *h = p->queue[p->head];
    while (!h->done)
        pthread_cond_wait(&p->finished, &p->lock);
    p->head = (p->head + 1) % p->cap;
    p->count--;
    p->taken--;
    return h;
}

/* Hands the current batch on; with workers, writes out the finished ones at the head, in order. */
static void flush(run *r)
{
    batch *b = r->cur;
    r->cur = NULL;
    if (!b)
        return;
    if (r->jobs == 1) {
        bulk_run_batch(r->j, b);
        merge(r, b);
        free_batch(b);
        return;
    }
    pool *p = &r->pool;
    pthread_mutex_lock(&p->lock);
    while (p->count == p->cap) { /* full: write the oldest once it is done */
        batch *h = take_head(p);
        pthread_mutex_unlock(&p->lock);
        merge(r, h);
        free_batch(h);
        pthread_mutex_lock(&p->lock);
    }
    p->queue[(p->head + p->count++) % p->cap] = b;
    pthread_cond_signal(&p->more);
    pthread_mutex_unlock(&p->lock);
}

void bulk_drain(run *r)
{
    flush(r);
    if (r->jobs == 1)
        return;
    pool *p = &r->pool;
    pthread_mutex_lock(&p->lock);
    while (p->count) {
        batch *h = take_head(p);
        pthread_mutex_unlock(&p->lock);
        merge(r, h);
        free_batch(h);
        pthread_mutex_lock(&p->lock);
    }
    pthread_mutex_unlock(&p->lock);
}

void bulk_stop(run *r)
{
    bulk_drain(r);
    if (r->jobs == 1)
        return;
    pthread_mutex_lock(&r->pool.lock);
    r->pool.closing = true;
    pthread_cond_broadcast(&r->pool.more);
    pthread_mutex_unlock(&r->pool.lock);
    for (int i = 0; i < r->jobs; i++)
        (void)pthread_join(r->threads[i], NULL); /* a thread of ours, joined once: no error */
    free(r->pool.queue);
    r->jobs = 1;
}

void bulk_add_record(run *r, const char *input, size_t number, size_t line, const char *data,
                     size_t len, size_t size)
{
    if (size > RECORD_MAX)
        len = 0; /* refused unread */
    if (r->stop)
        return;
    if (r->cur && (r->cur->nrecs == BATCH_RECORDS || r->cur->text.len > BATCH_BYTES ||
                   r->cur->kind != r->kind || r->cur->header != r->header))
        flush(r);
    if (!r->cur && !(r->cur = calloc(1, sizeof *r->cur))) {
        bulk_fail(r, CLI_UI(C_STOP_NOMEM));
        return;
    }
    batch *b = r->cur;
    b->kind = r->kind;
    b->header = r->header;
    b->header_len = r->header_len;
    b->recs[b->nrecs++] = (record){input, number, line, b->text.len, len, size};
    buf_put(&b->text, data, len);
    b->oom |= b->text.failed;
    if (r->strict) /* one record a batch, so that the run stops right at the first bad one */
        flush(r);
}
