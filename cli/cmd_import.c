/*
 * cmd_import.c - `jixiao import`: the forms as people have them (.xlsx, CSV/TSV, pasted Word
 * tables) to YAML sheets, which score the same and import again to the same YAML.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int cmd_import(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "import", CLI_UI(H_IMPORT), CLI_OUTPUT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.nfiles == 0)
        return cli_usage("import", CLI_M(U_NO_FILE));
    FILE *out = stdout;
    if (o.output && !(out = fopen(o.output, "wb"))) {
        fprintf(stderr, CLI_UI(C_CANNOT_WRITE), o.output, strerror(errno));
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
        snprintf(comment, sizeof comment, CLI_UI(C_IMPORTED), written ? "---\n" : "", o.files[f]);
        jx_error err;
        if (jx_doc_write_yaml(doc, comment, cli_write, out, &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            status = EXIT_BAD_INPUT;
        }
        written++;
        jx_doc_free(doc);
    }
    if (out != stdout && (ferror(out) | fclose(out)) != 0) { /* stdout: main checks it */
        fprintf(stderr, CLI_UI(C_CANNOT_WRITE), o.output, strerror(errno));
        status = EXIT_BAD_INPUT;
    }
    return status;
}
