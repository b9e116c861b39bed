/*
 * cmd_report.c - `jixiao report`: a row per sheet of every file given, failures included - the
 * analyst's table of a folder of departments' forms.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Every sheet of one file into the report; a file or sheet that fails is a row too. */
static void report_file(jx_report *rep, const char *path, const jx_rules *fixed)
{
    jx_doc *doc;
    jx_error err;
    if (jx_forms_load_file(&doc, path, NULL, &err) != JX_OK) {
        jx_report_add_failure(rep, path, 0, &err);
        return;
    }
    for (size_t i = 0; i < jx_doc_count(doc); i++) {
        const jx_sheet *sheet = jx_doc_sheet(doc, i);
        jx_rules *own = NULL;
        jx_result *res;
        if (!fixed && jx_rules_for_sheet(&own, sheet, NULL, NULL, &err) != JX_OK) {
            jx_report_add_failure(rep, path, i + 1, &err);
            continue;
        }
        if (jx_audit(&res, fixed ? fixed : own, sheet, &err) != JX_OK)
            jx_report_add_failure(rep, path, i + 1, &err);
        else if (jx_report_add(rep, res, i + 1) != JX_OK)
            fputs(CLI_UI(C_REPORT_NOMEM), stderr);
        jx_result_free(res);
        jx_rules_free(own);
    }
    jx_doc_free(doc);
}

int cmd_report(int argc, char **argv)
{
    cli_opts o;
    int rc =
        cli_parse(&o, argc, argv, "report", CLI_UI(H_REPORT), CLI_RULES | CLI_FORMAT | CLI_OUTPUT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    static const struct {
        const char *name;
        jx_format format;
    } formats[] = {{"text", JX_FORMAT_TEXT},
                   {"csv", JX_FORMAT_CSV},
                   {"json", JX_FORMAT_JSON},
                   {"html", JX_FORMAT_HTML},
                   {"xlsx", (jx_format)-1}};
    jx_format format = JX_FORMAT_TEXT;
    size_t k = 0;
    while (o.format && k < sizeof formats / sizeof *formats &&
           strcmp(o.format, formats[k].name) != 0)
        k++;
    if (o.format && k == sizeof formats / sizeof *formats)
        return cli_usage("report", CLI_M(U_FORMAT_REPORT), o.format);
    if (o.format)
        format = formats[k].format;
    bool xlsx = format == (jx_format)-1;
    if (xlsx && !o.output)
        return cli_usage("report", CLI_M(U_XLSX_OUTPUT));
    if (o.nfiles == 0)
        return cli_usage("report", CLI_M(U_NO_FILE_DIR));
    jx_rules *fixed = NULL;
    if (o.rules && cli_load_rules(&fixed, o.rules, NULL))
        return EXIT_BAD_INPUT;
    cli_files files;
    jx_report *rep;
    jx_error err;
    if (cli_expand(&files, o.nfiles, o.files, "forms") ||
        jx_report_new(&rep, NULL, &err) != JX_OK) {
        jx_rules_free(fixed);
        return EXIT_BAD_INPUT;
    }
    for (size_t i = 0; i < files.count; i++)
        report_file(rep, files.items[i], fixed);
    int status = jx_report_failures(rep) ? EXIT_BAD_INPUT : EXIT_DONE;
    if (xlsx) {
        if (jx_report_write_xlsx_lang(rep, o.output, cli_lang(true), &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            status = EXIT_BAD_INPUT;
        }
    } else {
        FILE *out = o.output ? fopen(o.output, "wb") : stdout;
        if (!out) {
            fprintf(stderr, CLI_UI(C_CANNOT_WRITE), o.output, strerror(errno));
            status = EXIT_BAD_INPUT;
        } else {
            jx_lang lang = cli_lang(format == JX_FORMAT_TEXT || format == JX_FORMAT_HTML);
            if ((format == JX_FORMAT_HTML
                     ? jx_report_render_html_lang(rep, lang, cli_write, out)
                     : jx_report_render_lang(rep, format, lang, cli_write, out)) != JX_OK)
                status = EXIT_BAD_INPUT;
            if (out != stdout && (ferror(out) | fclose(out)) != 0) {
                fprintf(stderr, CLI_UI(C_CANNOT_WRITE), o.output, strerror(errno));
                status = EXIT_BAD_INPUT;
            }
        }
    }
    if (jx_report_failures(rep))
        fprintf(stderr, CLI_UI(C_REPORT_FAILED), jx_report_failures(rep), jx_report_count(rep));
    jx_report_free(rep);
    cli_files_free(&files);
    jx_rules_free(fixed);
    return status;
}
