/*
 * text.c - UTF-8 decoding, terminal display width, trimming and edit distance.
 *
 * Display width follows East Asian Width: CJK ideographs, kana, hangul and full-width forms take
 * two terminal columns; everything else printable takes one; combining marks take none.
 */
#include "internal.h"

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

char *jx__trim_dup(jx_arena *a, const char *s, size_t n)
{
    size_t k;
    while (n > 0 && (k = space_at(s, n)) > 0) {
        s += k;
        n -= k;
    }
    for (;;) {
        if (n >= 1 && space_at(s + n - 1, 1))
            n--;
        else if (n >= 2 && space_at(s + n - 2, 2) == 2)
            n -= 2;
        else if (n >= 3 && space_at(s + n - 3, 3) == 3)
            n -= 3;
        else
            break;
    }
    return jx_arena__strndup(a, s, n);
}

bool jx__streq(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

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
