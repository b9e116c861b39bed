/*
 * cmd_import.c - `jixiao import`: the forms as people have them (.xlsx, CSV/TSV, pasted Word
 * tables) to YAML sheets, which score the same and import again to the same YAML.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char import_help[] =
    "usage: jixiao import [-o OUT.yaml] FILE...\n"
    "\n"
    "Reads 绩效自评表 forms and writes them as YAML sheets (a document each) to OUT.yaml or\n"
    "stdout. FILE is an Excel workbook (.xlsx: every worksheet with a form), CSV or TSV laid out "
    "as\n"
    "the printed form (UTF-8, UTF-8 with BOM, UTF-16 or GB18030), a table pasted out of Word\n"
    "(.txt: a cell per line after a tab, rows split by blank lines), or YAML. The header row is\n"
    "found by its titles (三级指标, 指标性质, 年度指标值, 实际完成值, 分值, 得分, ...), so column "
    "order\n"
    "and extra columns do not matter; merged 一级/二级 cells carry down. An error names the cell.\n"
    "\n"
    "  -o, --output FILE  write the YAML to FILE instead of stdout\n";

int cmd_import(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "import", import_help, CLI_OUTPUT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.nfiles == 0)
        return cli_usage("import", "no FILE given (- reads stdin)");
    FILE *out = stdout;
    if (o.output && !(out = fopen(o.output, "wb"))) {
        fprintf(stderr, "%s: error: cannot write: %s\n", o.output, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    int status = EXIT_DONE, written = 0;
    for (int f = 0; f < o.nfiles; f++) {
        jx_doc *doc;
        if (cli_load_doc(&doc, o.files[f]) != 0) {
            status = EXIT_BAD_INPUT;
            continue;
        }
        char comment[600];
        snprintf(comment, sizeof comment, "%s# imported by jixiao from %s\n",
                 written ? "---\n" : "", o.files[f]);
        jx_error err;
        if (jx_doc_write_yaml(doc, comment, cli_write, out, &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            status = EXIT_BAD_INPUT;
        }
        written++;
        jx_doc_free(doc);
    }
    if (out != stdout && (ferror(out) | fclose(out)) != 0) { /* stdout: main checks it */
        fprintf(stderr, "%s: error: cannot write: %s\n", o.output, strerror(errno));
        status = EXIT_BAD_INPUT;
    }
    return status;
}
