/* test_text.c - jx__vformat writes what vsnprintf writes, for the conversions messages use, at
 * every buffer size (cut bytes, the NUL, the length returned), and hands any other conversion to
 * vsnprintf. */
#include "helpers.h"

#include <limits.h>
#include <stdarg.h>

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static size_t
ours(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = jx__vformat(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

/* Every prefix size of one call: the same bytes and the same length as vsnprintf. */
#define SAME(...)                                                                                  \
    do {                                                                                           \
        char want[256], got[256];                                                                  \
        int full = snprintf(want, sizeof want, __VA_ARGS__);                                       \
        cr_assert_geq(full, 0);                                                                    \
        for (size_t size = 0; size <= (size_t)full + 1; size++) {                                  \
            memset(want, 'W', sizeof want);                                                        \
            memset(got, 'G', sizeof got);                                                          \
            int w = snprintf(size ? want : NULL, size, __VA_ARGS__);                               \
            size_t g = ours(size ? got : NULL, size, __VA_ARGS__);                                 \
            cr_assert_eq(g, (size_t)w, "length at size %zu", size);                                \
            if (size)                                                                              \
                cr_assert_eq(memcmp(want, got, size), 0, "bytes at size %zu: '%s' vs '%s'", size,  \
                             want, got);                                                           \
        }                                                                                          \
    } while (0)

Test(vformat, as_vsnprintf)
{
    SAME("plain text, no conversion");
    SAME("%s", "");
    SAME("actual %s is %lld%% of the target %s (over %s%%)", "120", 120LL, "100", "20");
    SAME("指标性质 is %s, but the target is written '%s': 指标性质 wins", "≥", "≤5");
    SAME("%d %d %d", 0, -7, INT_MIN);
    SAME("%u %zu %zu", UINT_MAX, (size_t)0, (size_t)SIZE_MAX);
    SAME("%lld %lld", LLONG_MIN, LLONG_MAX);
    SAME("100%% and %s%s", "a", "b");
}

Test(vformat, other_conversions_through_vsnprintf)
{
    SAME("%5d|%-4s|%.2f|%x", 42, "ab", 3.14159, 255u);
    SAME("%s then %08.3f", "first", -1.5);
}

/* jx__cp_count counts what a jx__utf8_next walk counts, on any bytes: broken, cut and overlong
 * sequences included (a record of a stream is not checked for UTF-8 before it is read). */
Test(cp_count, as_utf8_next_walk)
{
    static const unsigned char pieces[][4] = {{'a'},        {0xE4, 0xB8, 0xAD},
                                              {0xC3, 0xA9}, {0xF0, 0x9F, 0x98, 0x80},
                                              {0xE4, 0xB8}, {0x80},
                                              {0xBF},       {0xFF},
                                              {0xE4, 'x'}};
    static const size_t lens[] = {1, 3, 2, 4, 2, 1, 1, 1, 2};
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        unsigned char s[64];
        size_t n = 0;
        while (n < 48) {
            seed = seed * 1103515245u + 12345u;
            unsigned k = (seed >> 16) % 9;
            memcpy(s + n, pieces[k], lens[k]);
            n += lens[k];
        }
        seed = seed * 1103515245u + 12345u;
        size_t cut = (seed >> 16) % (n + 1); /* counted to any byte, mid-sequence too */
        size_t want = 0, len;
        for (const char *m = (const char *)s; m < (const char *)s + cut; m += len ? len : 1, want++)
            jx__utf8_next(m, (size_t)((const char *)s + cut - m), &len);
        cr_assert_eq(jx__cp_count((const char *)s, (const char *)s + cut), want, "round %d", round);
    }
}
