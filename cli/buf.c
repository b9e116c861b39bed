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
    for (;;) { /* runs that need no escape are copied whole */
        const char *from = s;
        while (*s && *s != '"' && *s != '\\' && (unsigned char)*s >= 0x20)
            s++;
        buf_put(b, from, (size_t)(s - from));
        if (!*s)
            break;
        unsigned char c = (unsigned char)*s++;
        if (c == '"' || c == '\\')
            buf_putf(b, "\\%c", c);
        else
            buf_putf(b, "\\u%04x", c);
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

void buf_uint(buf *b, size_t v)
{
    char t[24];
    size_t n = sizeof t;
    do
        t[--n] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    buf_put(b, t + n, sizeof t - n);
}

void buf_points(buf *b, int64_t h)
{
    char t[32];
    size_t n = sizeof t;
    uint64_t a = h < 0 ? 0 - (uint64_t)h : (uint64_t)h;
    unsigned frac = (unsigned)(a % 100);
    if (frac % 10) { /* .05, .67 */
        t[--n] = (char)('0' + frac % 10);
        t[--n] = (char)('0' + frac / 10);
        t[--n] = '.';
    } else if (frac) { /* .5 */
        t[--n] = (char)('0' + frac / 10);
        t[--n] = '.';
    }
    a /= 100;
    do
        t[--n] = (char)('0' + a % 10);
    while ((a /= 10) != 0);
    if (h < 0)
        t[--n] = '-';
    buf_put(b, t + n, sizeof t - n);
}
