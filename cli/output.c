/*
 * output.c - what score, explain and audit print of a result, into any FILE: the subcommands
 * print to stdout, `jixiao serve` into a request's answer, so both give the same bytes.
 */
#include "cli.h"
#include "msg.h"

#include <string.h>

int cli_write(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

void cli_json_fstr(FILE *out, const char *s)
{
    putc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            putc(c, out);
    }
    putc('"', out);
}

void cli_json_str(const char *s) { cli_json_fstr(stdout, s); }

int cli_print_result(FILE *out, jx_format format, jx_lang lang, const jx_result *res,
                     size_t printed)
{
    if (printed > 0 && format == JX_FORMAT_JSON)
        fputs(",\n", out);
    else if (printed > 0 && format != JX_FORMAT_CSV)
        fputs("\n", out);
    jx_format f = format == JX_FORMAT_CSV && printed > 0 ? JX_FORMAT_CSV_BODY : format;
    return jx_result_render_lang(res, f, lang, cli_write, out);
}

/* Finding i's message in the language asked for. */
static void message(FILE *out, const jx_result *res, size_t i, jx_lang lang, bool json)
{
    char text[1024];
    if (jx_result_warning_text(text, sizeof text, NULL, res, i, lang) != JX_OK)
        text[0] = '\0';
    if (json)
        cli_json_fstr(out, text);
    else
        fputs(text, out);
}

size_t cli_print_findings(FILE *out, const jx_result *res, size_t sheet, int json, jx_lang lang,
                          size_t *printed)
{
    const jx_sheet *s = jx_result_sheet(res);
    size_t n = jx_result_warning_count(res), errors = 0;
    for (size_t i = 0; i < n; i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        errors += w.severity == JX_SEVERITY_ERROR;
    }
    if (!json) {
        fprintf(out, "%s", jx_result_source(res));
        if (jx_sheet_org(s)[0])
            fprintf(out, " · %s", jx_sheet_org(s));
        if (jx_sheet_project(s)[0])
            fprintf(out, " · %s", jx_sheet_project(s));
        fprintf(out, CLI_T(lang, A_HEAD_RULES), jx_result_rules(res));
        bool en = lang == JX_LANG_EN; /* English plurals; Chinese has none */
        fprintf(out, CLI_T(lang, A_FINDINGS), n, en && n != 1 ? "s" : "", errors,
                en && errors != 1 ? "s" : "");
    }
    for (size_t i = 0; i < n; i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (json) {
            fprintf(out, "%s{\"source\": ", (*printed)++ ? ",\n " : "\n ");
            cli_json_fstr(out, w.source);
            fprintf(out, ", \"sheet\": %zu, \"org\": ", sheet);
            cli_json_fstr(out, jx_sheet_org(s));
            fputs(", \"project\": ", out);
            cli_json_fstr(out, jx_sheet_project(s));
            fprintf(out,
                    ", \"class\": \"%s\", \"severity\": \"%s\", \"line\": %zu, \"column\": %zu, "
                    "\"path\": ",
                    w.code, jx_severity_name(w.severity), w.line, w.column);
            cli_json_fstr(out, w.path);
            fputs(", \"message\": ", out);
            message(out, res, i, lang, true);
            putc('}', out);
        } else {
            char where[320];
            char path[160];
            fprintf(out, "  %s: %s: %s: %s%s",
                    jx_location(where, sizeof where, w.source, w.line, w.column),
                    jx_severity_text(w.severity, lang), w.code,
                    jx_path_text(path, sizeof path, w.path, lang), w.path[0] ? ": " : "");
            message(out, res, i, lang, false);
            putc('\n', out);
        }
    }
    return errors;
}
