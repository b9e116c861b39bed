/*
 * text.c - UTF-8 decoding, terminal display width, trimming and edit distance.
 *
 * Display width follows East Asian Width: CJK ideographs, kana, hangul and full-width forms take
 * two terminal columns; everything else printable takes one; combining marks take none.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

long jx__utf8_next(const char *s, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) {
        *len = 0;
        return -1;
    }
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    size_t need;
    long cp;
    if ((u[0] & 0xE0) == 0xC0) {
        need = 2;
        cp = u[0] & 0x1F;
    } else if ((u[0] & 0xF0) == 0xE0) {
        need = 3;
        cp = u[0] & 0x0F;
    } else if ((u[0] & 0xF8) == 0xF0) {
        need = 4;
        cp = u[0] & 0x07;
    } else {
        *len = 1;
        return -1;
    }
    if (n < need) {
        *len = 1;
        return -1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *len = 1;
            return -1;
        }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    *len = need;
    return cp;
}

bool jx__utf8_valid(const char *s, size_t n, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0, len; i < n; i += len) {
        uint64_t w = 0;
        if (n - i >= 8)
            memcpy(&w, u + i, 8);
        if (n - i >= 8 && (w & 0x8080808080808080u) == 0) {
            len = 8; /* eight ASCII bytes */
        } else if (u[i] < 0x80) {
            len = 1;
        } else if ((u[i] & 0xF0) == 0xE0 && n - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
                   (u[i + 2] & 0xC0) == 0x80) {
            len = 3;
        } else if (jx__utf8_next(s + i, n - i, &len) < 0) {
            *bad = i;
            return false;
        }
    }
    return true;
}

static int cp_width(long cp)
{
    if (cp == 0)
        return 0;
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200B)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

size_t jx__display_width(const char *s)
{
    size_t w = 0, n = strlen(s), len;
    while (n > 0) {
        long cp = jx__utf8_next(s, n, &len);
        w += cp < 0 ? 1 : (size_t)cp_width(cp);
        s += len;
        n -= len;
    }
    return w;
}

/* Length of a space-like character at s (ASCII space, NBSP, U+3000), or 0. */
static size_t space_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] == '\n' || u[0] == '\r'))
        return 1;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    return 0;
}

size_t jx__trim(const char **s, size_t n)
{
    const unsigned char *u = (const unsigned char *)*s;
    if (n > 0 && u[0] > ' ' && u[0] != 0xC2 && u[0] != 0xE3 && u[n - 1] > ' ' && u[n - 1] != 0xA0 &&
        u[n - 1] != 0x80)
        return n; /* no space can start or end it */
    size_t k;
    while (n > 0 && (k = space_at(*s, n)) > 0) {
        *s += k;
        n -= k;
    }
    for (;;) {
        if (n >= 1 && space_at(*s + n - 1, 1))
            n--;
        else if (n >= 2 && space_at(*s + n - 2, 2) == 2)
            n -= 2;
        else if (n >= 3 && space_at(*s + n - 3, 3) == 3)
            n -= 3;
        else
            return n;
    }
}

char *jx__trim_dup(jx_arena *a, const char *s, size_t n)
{
    n = jx__trim(&s, n);
    return jx_arena__strndup(a, s, n);
}

bool jx__has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++) {
        char c = s[n - m + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != suffix[i])
            return false;
    }
    return true;
}

size_t jx__edit_distance(const char *a, const char *b, size_t cap)
{
    long ca[64], cb[64];
    size_t na = 0, nb = 0, len;
    for (size_t n = strlen(a); n > 0 && na < 64; a += len, n -= len)
        ca[na++] = jx__utf8_next(a, n, &len);
    for (size_t n = strlen(b); n > 0 && nb < 64; b += len, n -= len)
        cb[nb++] = jx__utf8_next(b, n, &len);
    size_t row[65];
    for (size_t j = 0; j <= nb; j++)
        row[j] = j;
    for (size_t i = 1; i <= na; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t up = row[j];
            size_t v = diag + (ca[i - 1] != cb[j - 1]);
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > cap)
            return cap + 1;
    }
    return row[nb] > cap ? cap + 1 : row[nb];
}

size_t jx_display_width(const char *s) { return s ? jx__display_width(s) : 0; }

/* An unsigned decimal into buf, as %llu writes it. */
static size_t put_udec(char *d, unsigned long long v)
{
    char t[24];
    size_t n = 0;
    do
        t[n++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    for (size_t i = 0; i < n; i++)
        d[i] = t[n - 1 - i];
    return n;
}

/* Bytes [n, n + len) of the output, written where they fall inside buf (size - 1 at most). */
static void put_run(char *buf, size_t size, size_t n, const char *s, size_t len)
{
    if (n + 1 < size)
        memcpy(buf + n, s, len < size - 1 - n ? len : size - 1 - n);
}

size_t jx__vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    size_t n = 0;
#define PUT(c)                                                                                     \
    do {                                                                                           \
        if (n + 1 < size)                                                                          \
            buf[n] = (c);                                                                          \
        n++;                                                                                       \
    } while (0)
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') { /* a run of text, copied at once as far as it fits */
            const char *pct = strchr(f, '%');
            size_t run = pct ? (size_t)(pct - f) : strlen(f);
            put_run(buf, size, n, f, run);
            n += run;
            f += run - 1;
            continue;
        }
        char num[24];
        size_t k = 0;
        unsigned long long u;
        long long v;
        bool neg = false;
        switch (*++f) {
        case '%': PUT('%'); continue;
        case 's': {
            const char *str = va_arg(ap, const char *);
            size_t len = strlen(str);
            put_run(buf, size, n, str, len);
            n += len;
            continue;
        }
        case 'd': v = va_arg(ap, int); break;
        case 'u': v = (long long)va_arg(ap, unsigned); break;
        case 'z':
            if (f[1] != 'u')
                goto other;
            f++;
            u = va_arg(ap, size_t);
            k = put_udec(num, u);
            goto digits;
        case 'l':
            if (f[1] != 'l' || f[2] != 'd')
                goto other;
            f += 2;
            v = va_arg(ap, long long);
            break;
        default: goto other;
        }
        neg = v < 0;
        k = put_udec(num, neg ? 0ull - (unsigned long long)v : (unsigned long long)v);
        if (neg)
            PUT('-');
    digits:
        for (size_t i = 0; i < k; i++)
            PUT(num[i]);
    }
#undef PUT
    if (size)
        buf[n < size ? n : size - 1] = '\0';
    va_end(again);
    return n;
other : { /* a conversion not handled here: the C library's, from the start */
    int r = vsnprintf(buf, size, fmt, again);
    va_end(again);
    return r < 0 ? 0 : (size_t)r;
}
}
