/*
 * decode.c - the bytes of a text file as UTF-8: UTF-8 with or without a byte-order mark (as Windows
 * Notepad saves), UTF-16 with its mark (Excel's "Unicode text"), else GB18030 (Excel and Notepad on
 * Chinese Windows). iconv, from the C library, converts. Every text reader - YAML and the tables -
 * decodes alike, so the same bytes read the same in any of them.
 */
#include "internal.h"

#include <iconv.h>
#include <string.h>

/* Line and column (in bytes) of offset `at`, for a file that is not text we can count in. */
static void locate(const char *s, size_t at, size_t *line, size_t *col)
{
    *line = 1;
    size_t start = 0;
    for (size_t i = 0; i < at; i++)
        if (s[i] == '\n') {
            ++*line;
            start = i + 1;
        }
    *col = at - start + 1;
}

/* Converts from `from` to UTF-8; on bytes that do not decode, *bad is their offset. */
static int convert(char **out, size_t *outlen, size_t *bad, jx_arena *a, const char *from,
                   const char *data, size_t len, const char *source, jx_error *err)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return jx__fail(err, JX_EIO, source, 0, 0, "", JX_M(E_ICONV), from);
    size_t cap = len * 2 + 16;
    char *buf = jx_arena__alloc(a, cap);
    if (!buf) {
        (void)iconv_close(cd);
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    }
    char *in = jx__unconst(data), *o = buf;
    size_t inleft = len, oleft = cap - 1;
    size_t r = iconv(cd, &in, &inleft, &o, &oleft);
    if (r != (size_t)-1)
        r = iconv(cd, NULL, NULL, &o, &oleft);
    (void)iconv_close(cd);
    *o = '\0';
    *out = buf;
    *outlen = (size_t)(o - buf);
    *bad = (size_t)(in - data);
    return r == (size_t)-1 ? JX_ESYNTAX : JX_OK;
}

/* The text as UTF-8, without a byte-order mark: UTF-16 with its BOM, UTF-8, else GB18030. */
int jx__decode(const char **out, size_t *outlen, jx_arena *a, const char *data, size_t len,
               const char *source, jx_error *err)
{
    const unsigned char *u = (const unsigned char *)data;
    char *conv = NULL;
    size_t bad = 0, gb_bad = 0, line, col;
    int rc = JX_OK;
    enum { UTF16, UTF8, GB18030 } tried = UTF16;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        rc = convert(&conv, outlen, &bad, a, "UTF-16", data, len, source, err);
        *out = conv;
    } else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        tried = UTF8;
        rc = jx__utf8_valid(data + 3, len - 3, &bad) ? JX_OK : JX_ESYNTAX;
        bad += 3;
        *out = data + 3;
        *outlen = len - 3;
    } else if (jx__utf8_valid(data, len, &bad)) {
        *out = data;
        *outlen = len;
    } else { /* Excel on Chinese Windows: GB18030; report whichever decoding got further */
        tried = GB18030;
        rc = convert(&conv, outlen, &gb_bad, a, "GB18030", data, len, source, err);
        bad = gb_bad > bad ? gb_bad : bad;
        *out = conv;
    }
    if (rc == JX_ESYNTAX) {
        locate(data, bad, &line, &col);
        unsigned byte = bad < len ? (unsigned)u[bad] : 0u;
        return tried == UTF16
                   ? jx__fail(err, JX_ESYNTAX, source, line, col, "", JX_M(E_NOT_UTF16), byte)
               : tried == UTF8
                   ? jx__fail(err, JX_ESYNTAX, source, line, col, "", JX_M(E_NOT_UTF8), byte)
                   : jx__fail(err, JX_ESYNTAX, source, line, col, "", JX_M(E_NOT_GB18030), byte);
    }
    if (rc)
        return rc;
    const char *nul = memchr(*out, '\0', *outlen);
    if (nul) {
        locate(*out, (size_t)(nul - *out), &line, &col);
        return jx__fail(err, JX_ESYNTAX, source, line, col, "", JX_M(E_NUL));
    }
    return JX_OK;
}
