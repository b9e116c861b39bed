/*
 * arena.c - bump allocation in chunks obtained from the caller's allocator hook.
 *
 * Every handle (rules, doc, result) owns one arena and lives inside it, so one _free releases all.
 * Allocation failure returns NULL; nothing aborts.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static void *sys_realloc(void *ctx, void *p, size_t old, size_t n)
{
    (void)ctx;
    (void)old;
    if (n == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, n);
}

static const jx_allocator sys_alloc = {sys_realloc, NULL};

const jx_allocator *jx__allocator(const jx_allocator *alc)
{
    return alc && alc->realloc ? alc : &sys_alloc;
}

void jx_arena__init(jx_arena *a, const jx_allocator *alc)
{
    a->alc = jx__allocator(alc);
    a->head = NULL;
    a->used = a->cap = 0;
}

/* A new chunk with room for n (already rounded) bytes, and n bytes of it. */
void *jx_arena__more(jx_arena *a, size_t n)
{
    size_t size = a->head ? a->head->size * 2 : 4096;
    if (size > ((size_t)1 << 24))
        size = (size_t)1 << 24;
    if (size < n)
        size = n;
    if (size > SIZE_MAX - sizeof(jx_chunk))
        return NULL;
    jx_chunk *c = a->alc->realloc(a->alc->ctx, NULL, 0, sizeof(jx_chunk) + size);
    if (!c)
        return NULL;
    c->prev = a->head;
    c->size = size;
    a->head = c;
    a->used = n;
    a->cap = size;
    return c->data;
}

void *jx_arena__alloc(jx_arena *a, size_t n)
{
    void *p = jx_arena__alloc_raw(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *jx_arena__grow(jx_arena *a, void *p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return p;
    size_t nc = *cap ? *cap * 2 : 64;
    void *q = jx_arena__alloc(a, nc * size);
    if (!q)
        return NULL;
    if (n)
        memcpy(q, p, n * size);
    *cap = nc;
    return q;
}

char *jx_arena__strndup(jx_arena *a, const char *s, size_t n)
{
    char *d = jx_arena__alloc_raw(a, n + 1);
    if (d) {
        if (n)
            memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

void jx_arena__free(jx_arena *a)
{
    jx_chunk *c = a->head;
    const jx_allocator *alc = a->alc;
    while (c) {
        jx_chunk *prev = c->prev;
        alc->realloc(alc->ctx, c, sizeof(jx_chunk) + c->size, 0);
        c = prev;
    }
    a->head = NULL;
}

void *jx_arena__adopt(jx_arena *a, size_t handle_size)
{
    jx_arena *h = jx_arena__alloc(a, handle_size);
    if (h)
        *h = *a;
    return h;
}
