/*
 * error.c - filling the caller's jx_error, and the library's constant names.
 */
#include "internal.h"
#include "msg.h"

#include <stdio.h>
#include <string.h>

static void copy(char *dst, size_t size, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= size) { /* cut on a UTF-8 boundary */
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

/* A message into dst, cut between characters to fit; a byte that is not UTF-8 (a message quoting
 * the raw bytes of a bad input) becomes U+FFFD, so what a caller prints is always whole UTF-8. */
static void copy_text(char *dst, size_t size, const char *src)
{
    static const char replacement[] = "\xEF\xBF\xBD";
    size_t n = 0, left = src ? strlen(src) : 0;
    for (const char *p = src; left > 0;) {
        size_t len;
        bool bad = jx__utf8_next(p, left, &len) < 0;
        const char *c = bad ? replacement : p;
        size_t clen = bad ? sizeof replacement - 1 : len;
        if (bad)
            len = 1;
        if (n + clen >= size)
            break;
        memcpy(dst + n, c, clen);
        n += clen;
        p += len;
        left -= len;
    }
    dst[n] = '\0';
}

/* One message in both languages, from the same arguments; the tail, when given, after each. */
static void fill(jx_error *err, int code, const char *source, size_t line, size_t column,
                 const char *path, const jx_text *tail, const char *en, const char *zh, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 0), format(printf, 9, 0)))
#endif
    ;
static void fill(jx_error *err, int code, const char *source, size_t line, size_t column,
                 const char *path, const jx_text *tail, const char *en, const char *zh, va_list ap)
{
    err->code = code;
    err->line = line;
    err->column = column;
    copy(err->source, sizeof err->source, source);
    copy(err->path, sizeof err->path, path);
    char msg[sizeof err->message + 64];
    va_list aq;
    va_copy(aq, ap);
    size_t n = jx__vformat(msg, sizeof msg, en, aq);
    va_end(aq);
    if (tail && n < sizeof msg)
        snprintf(msg + n, sizeof msg - n, "%s", tail->en);
    copy_text(err->message, sizeof err->message, msg);
    n = jx__vformat(msg, sizeof msg, zh, ap);
    if (tail && n < sizeof msg)
        snprintf(msg + n, sizeof msg - n, "%s", tail->zh);
    copy_text(err->message_zh, sizeof err->message_zh, msg);
}

void jx__error(jx_error *err, int code, const char *source, size_t line, size_t column,
               const char *path, const char *en, const char *zh, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, zh);
    fill(err, code, source, line, column, path, NULL, en, zh, ap);
    va_end(ap);
}

void jx__error_with(jx_error *err, int code, const char *source, size_t line, size_t column,
                    const char *path, jx_text tail, const char *en, const char *zh, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, zh);
    fill(err, code, source, line, column, path, &tail, en, zh, ap);
    va_end(ap);
}

void jx__why(jx_why *why, const char *en, const char *zh, ...)
{
    va_list ap, aq;
    va_start(ap, zh);
    va_copy(aq, ap);
    jx__vformat(why->en, sizeof why->en, en, aq);
    va_end(aq);
    jx__vformat(why->zh, sizeof why->zh, zh, ap);
    va_end(ap);
}

const char *jx_error_message(const jx_error *err, jx_lang lang)
{
    return !err ? "" : lang == JX_LANG_EN ? err->message : err->message_zh;
}

const char *jx_code_name(int code)
{
    switch (code) {
    case JX_OK: return "ok";
    case JX_ENOMEM: return "nomem";
    case JX_EIO: return "io";
    case JX_ESYNTAX: return "syntax";
    case JX_ESCHEMA: return "schema";
    case JX_EVALUE: return "value";
    case JX_ELIMIT: return "limit";
    case JX_ENOTFOUND: return "notfound";
    case JX_EUSAGE: return "usage";
    default: return "unknown";
    }
}

const char *jx_version(void) { return JX_VERSION_STRING; }

const char *jx_severity_name(jx_severity severity)
{
    static const char *const names[] = {"info", "warning", "error"};
    return (unsigned)severity < 3 ? names[severity] : "?";
}

const char *jx_status_name(jx_status status)
{
    static const char *const names[] = {"met", "over", "short", "zero", "qual", "pending"};
    return (unsigned)status < sizeof names / sizeof *names ? names[status] : "?";
}

const char *jx_status_text(jx_status status, jx_lang lang)
{
    static const char *const en[] = {EN_S_MET,  EN_S_OVER, EN_S_SHORT,
                                     EN_S_ZERO, EN_S_QUAL, EN_S_PENDING};
    static const char *const zh[] = {ZH_S_MET,  ZH_S_OVER, ZH_S_SHORT,
                                     ZH_S_ZERO, ZH_S_QUAL, ZH_S_PENDING};
    if ((unsigned)status >= sizeof en / sizeof *en)
        return "?";
    return lang == JX_LANG_EN ? en[status] : zh[status];
}

const char *jx_severity_text(jx_severity severity, jx_lang lang)
{
    static const char *const en[] = {EN_V_INFO, EN_V_WARNING, EN_V_ERROR};
    static const char *const zh[] = {ZH_V_INFO, ZH_V_WARNING, ZH_V_ERROR};
    if ((unsigned)severity >= 3)
        return "?";
    return lang == JX_LANG_EN ? en[severity] : zh[severity];
}

const char *jx_location(char *buf, size_t size, const char *source, size_t line, size_t column)
{
    if (!buf || !size)
        return "";
    source = source ? source : "";
    size_t n = strlen(source);
    if (line == 0) {
        snprintf(buf, size, "%s", source);
    } else if (n && source[n - 1] == '!') { /* a worksheet cell: "B7" */
        char col[8];
        size_t k = sizeof col - 1;
        col[k] = '\0';
        for (size_t c = column ? column : 1; c > 0 && k > 0; c = (c - 1) / 26)
            col[--k] = (char)('A' + (c - 1) % 26);
        snprintf(buf, size, "%s%s%zu", source, col + k, line);
    } else {
        snprintf(buf, size, "%s:%zu:%zu", source, line, column);
    }
    return buf;
}
