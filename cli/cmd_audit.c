/*
 * cmd_audit.c - `jixiao audit`: recompute filled forms and classify every claim they print that the
 * numbers do not support. Exit 1 when a finding is an error under the rule set's severities.
 */
#include "cli.h"

#include <string.h>

int cmd_audit(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "audit", CLI_UI(H_AUDIT), CLI_RULES | CLI_FORMAT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    int json = o.format && strcmp(o.format, "json") == 0;
    if (o.format && !json && strcmp(o.format, "text") != 0)
        return cli_usage("audit", CLI_M(U_FORMAT_TEXT_JSON), o.format);
    if (o.nfiles == 0)
        return cli_usage("audit", CLI_M(U_NO_FILE));
    jx_rules *fixed = NULL;
    if (o.rules && cli_load_rules(&fixed, o.rules, NULL))
        return EXIT_BAD_INPUT;
    int status = EXIT_DONE;
    size_t errors = 0, printed = 0, sheets = 0;
    if (json)
        printf("[");
    for (int f = 0; f < o.nfiles; f++) {
        jx_doc *doc;
        if (cli_load_doc(&doc, o.files[f]) != 0) {
            status = EXIT_BAD_INPUT;
            continue;
        }
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            const jx_sheet *sheet = jx_doc_sheet(doc, i);
            jx_rules *own = NULL;
            jx_result *res;
            jx_error err;
            if (!fixed && cli_load_rules(&own, NULL, sheet) != 0) {
                status = EXIT_BAD_INPUT;
                continue;
            }
            if (jx_audit(&res, fixed ? fixed : own, sheet, &err) != JX_OK) {
                cli_error(&err, NULL, 0);
                status = EXIT_BAD_INPUT;
            } else {
                if (!json && sheets++)
                    putchar('\n');
                errors += cli_print_findings(stdout, res, i, json, cli_lang(!json), &printed);
                jx_result_free(res);
            }
            jx_rules_free(own);
        }
        jx_doc_free(doc);
    }
    if (json)
        printf("%s]\n", printed ? "\n" : "");
    jx_rules_free(fixed);
    return status != EXIT_DONE ? status : errors ? EXIT_BAD_INPUT : EXIT_DONE;
}
