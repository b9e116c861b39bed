/*
 * diag.c - errors and findings as a person reads them: "file:line:col: error: path: message", then
 * the source line with a caret under the column.
 */
#include "cli.h"

#include <string.h>

/* Copies line `line` (1-based) of text into buf; returns false when there is no such line. */
static int line_of(char *buf, size_t size, const char *text, size_t len, size_t line)
{
    size_t l = 1, i = 0;
    while (i < len && l < line) {
        if (text[i++] == '\n')
            l++;
    }
    if (l != line || i > len)
        return 0;
    size_t n = 0;
    while (i < len && text[i] != '\n' && text[i] != '\r' && n + 1 < size) {
        char c = text[i++];
        if (c == '\t')
            c = ' ';
        buf[n++] = c;
    }
    buf[n] = '\0';
    for (size_t k = 0; k < n; k++) { /* a binary or GB18030 line is no help to show */
        unsigned char c = (unsigned char)buf[k];
        size_t more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xC0) || c > 0xF4 || (more && k + more >= n))
            return 0;
        for (; more > 0; more--)
            if (((unsigned char)buf[++k] & 0xC0) != 0x80)
                return 0;
    }
    return 1;
}

/* Display width of the first `cols` code points of s. */
static size_t prefix_width(const char *s, size_t cols)
{
    char head[512];
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; p[n] && cols > 0; cols--) {
        n++;
        while ((p[n] & 0xC0) == 0x80)
            n++;
    }
    memcpy(head, s, n);
    head[n] = '\0';
    return jx_display_width(head);
}

void cli_error(const jx_error *err, const char *text, size_t len)
{
    const char *src = err->source[0] ? err->source : "jixiao";
    char where[320];
    fprintf(stderr, CLI_UI(C_ERROR), jx_location(where, sizeof where, src, err->line, err->column));
    char path[256];
    if (err->path[0])
        fprintf(stderr, CLI_UI(C_PATH), jx_path_text(path, sizeof path, err->path, cli_ui()));
    fprintf(stderr, "%s\n", jx_error_message(err, cli_ui()));
    if (!err->line)
        return;
    char line[512];
    int found = 0;
    if (text) {
        found = line_of(line, sizeof line, text, len, err->line);
    } else if (strcmp(src, "-") != 0) {
        FILE *f = fopen(src, "rb");
        char chunk[4096];
        for (size_t l = 1; f && fgets(chunk, sizeof chunk, f);) {
            if (l == err->line) {
                found = line_of(line, sizeof line, chunk, strlen(chunk), 1);
                break;
            }
            l += strchr(chunk, '\n') != NULL; /* a longer line takes several reads */
        }
        if (f)
            (void)fclose(f); /* only read */
    }
    if (!found || strlen(line) > 300)
        return;
    fprintf(stderr, "%5zu | %s\n      | %*s^\n", err->line, line,
            (int)prefix_width(line, err->column - 1), "");
}

size_t cli_refusals(const jx_result *res, void (*line)(void *ctx, const char *text), void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (w.severity < JX_SEVERITY_WARNING)
            continue;
        char where[320], path[256], message[512], text[1280];
        jx_lang lang = cli_ui();
        if (jx_result_warning_text(message, sizeof message, NULL, res, i, lang) != JX_OK)
            snprintf(message, sizeof message, "%s", w.message);
        snprintf(text, sizeof text, CLI_T(lang, C_REFUSED),
                 jx_location(where, sizeof where, w.source, w.line, w.column),
                 jx_path_text(path, sizeof path, w.path, lang),
                 w.path[0] ? CLI_T(lang, C_PATH_SEP) : "", message, w.code);
        line(ctx, text);
        n++;
    }
    return n;
}
