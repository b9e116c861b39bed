/*
 * cmd_audit.c - `jixiao audit`: recompute filled forms and classify every claim they print that the
 * numbers do not support. Exit 1 when a finding is an error under the rule set's severities.
 */
#include "cli.h"

#include <string.h>

static const char audit_help[] =
    "usage: jixiao audit [--rules NAME|FILE] [--format text|json] [--lang zh|en] FILE...\n"
    "\n"
    "Recomputes every sheet and reports each disagreement with what the form prints (得分, "
    "执行率,\n"
    "总分, 等级) and each gap a reviewer must see, as findings with a class and a severity:\n"
    "rounding, deduction-without-reason, unsupported-score, rate-mismatch, sum-mismatch,\n"
    "grade-mismatch, weights-do-not-add-up, over-target-without-reason, shortfall-without-reason,\n"
    "execution-below-90-without-reason, actual-looks-like-ratio, qualitative-score-outside-tier.\n"
    "Text groups findings per sheet; json prints one object per finding. Exit 1 on an error.\n"
    "The findings' messages are Chinese in text unless --lang en; json follows the locale.\n";

int cmd_audit(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "audit", audit_help, CLI_RULES | CLI_FORMAT | CLI_LANG);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    int json = o.format && strcmp(o.format, "json") == 0;
    if (o.format && !json && strcmp(o.format, "text") != 0)
        return cli_usage("audit", "unknown format '%s' (text, json)", o.format);
    if (o.nfiles == 0)
        return cli_usage("audit", "no FILE given (- reads stdin)");
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
                errors += cli_print_findings(stdout, res, i, json, cli_lang(&o, !json), &printed);
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
