/*
 * buf.c - growable texts for jixiao bulk: records are written into their batch's buffers by the
 * workers, and the main thread writes the buffers out in input order. Running out of memory marks
 * the buffer failed instead of ending the process from a worker.
 */
#include "bulk.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void buf_put(buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void buf_putf(buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        buf_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

void buf_json(buf *b, const char *s)
{
    buf_put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            buf_putf(b, "\\%c", c);
        else if (c < 0x20)
            buf_putf(b, "\\u%04x", c);
        else
            buf_put(b, s, 1);
    }
    buf_put(b, "\"", 1);
}

void buf_csv(buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        buf_put(b, s, strlen(s));
        return;
    }
    buf_put(b, "\"", 1);
    for (; *s; s++) {
        if (*s == '"')
            buf_put(b, "\"", 1);
        buf_put(b, s, 1);
    }
    buf_put(b, "\"", 1);
}

void buf_points(buf *b, int64_t h)
{
    int64_t a = h < 0 ? -h : h;
    buf_putf(b, "%s%lld", h < 0 ? "-" : "", (long long)(a / 100));
    if (a % 100)
        buf_putf(b, a % 10 ? ".%02lld" : ".%lld", (long long)(a % 10 ? a % 100 : a % 100 / 10));
}
