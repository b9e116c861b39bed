/* cli.h - what the subcommands of the jixiao command share. Uses the library through jixiao.h only.
 */
#ifndef JX_CLI_H
#define JX_CLI_H

#include "jixiao.h"

#include <stdio.h>

enum { EXIT_DONE = 0, EXIT_BAD_INPUT = 1, EXIT_USAGE = 2 };

/* Prints "file:line:col: error: path: message", then the source line with a caret under the column.
 * `text` (may be NULL) is the input when it did not come from a file (stdin). */
void cli_error(const jx_error *err, const char *text, size_t len);
/* A usage error: message, then a pointer to --help; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...);

/* Loads FILE, or stdin for "-"; on failure prints the located error and returns non-zero. */
int cli_load_doc(jx_doc **out, const char *path);
/* Loads --rules (name or path), else the sheet's own `rules:`, else mof2020. */
int cli_load_rules(jx_rules **out, const char *option, const jx_sheet *sheet);

typedef struct cli_opts {
    const char *rules;
    const char *format;
    int nfiles;
    char **files;
} cli_opts;

/* Parses --rules, --format (when `formats`), --help and FILEs; returns -1 when --help was printed,
 * EXIT_USAGE on a usage error, else 0. */
int cli_parse(cli_opts *o, int argc, char **argv, const char *cmd, const char *help, int formats);

int cmd_score(int argc, char **argv, int explain);
int cmd_audit(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);

#endif
