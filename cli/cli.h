/* cli.h - what the subcommands of the jixiao command share: args.c, diag.c, load.c, output.c,
 * files.c, and the subcommands main.c dispatches to. Uses the libraries through their public
 * headers only. */
#ifndef JX_CLI_H
#define JX_CLI_H

#include "jixiao_forms.h"
#include "msg.h"

#include <stdbool.h>
#include <stdio.h>

enum { EXIT_DONE = 0, EXIT_BAD_INPUT = 1, EXIT_USAGE = 2 };

/* Prints "file:line:col: error: path: message", then the source line with a caret under the column.
 * `text` (may be NULL) is the input when it did not come from a file (stdin). */
void cli_error(const jx_error *err, const char *text, size_t len);
/* A usage error: message, then a pointer to --help; returns EXIT_USAGE. Takes a message's two
 * formats, as CLI_M(U_NO_FILE) gives them, and prints the one of the command's language. */
#define CLI_M(id) EN_##id, ZH_##id
int cli_usage(const char *cmd, const char *en, const char *zh, ...)
    __attribute__((format(printf, 2, 4), format(printf, 3, 4)));

/* --lang zh|en, wherever it stands before `--`, taken off the command line once by main for every
 * command; EXIT_USAGE (said) when its value is neither, else 0. */
int cli_take_lang(int *argc, char **argv);
/* The language of the command's own texts (usage, help, errors, counts): --lang, else the
 * locale's (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese), else English. */
jx_lang cli_ui(void);
/* The text of `id` in the command's language. */
#define CLI_UI(id) CLI_T(cli_ui(), id)
/* "s" after a count other than one, in English; nothing in Chinese. */
const char *cli_plural(size_t n);

/* Loads FILE, or stdin for "-"; on failure prints the located error and returns non-zero. The
 * _kept forms also copy the error into *kept, for a report that lists what failed. */
int cli_load_doc(jx_doc **out, const char *path);
int cli_load_doc_kept(jx_doc **out, const char *path, jx_error *kept);
/* Loads --rules (name or path), else the sheet's own `rules:`, else mof2020. */
int cli_load_rules(jx_rules **out, const char *option, const jx_sheet *sheet);
int cli_load_rules_kept(jx_rules **out, const char *option, const jx_sheet *sheet, jx_error *kept);

typedef struct cli_opts {
    const char *rules, *format, *from, *to, *jobs, *summary, *input, *output;
    int update, rows, strict;
    int nfiles;
    char **files;
} cli_opts;

enum {
    CLI_RULES = 1,
    CLI_FORMAT = 2,
    CLI_FROM_TO = 4,
    CLI_UPDATE = 8,
    CLI_BULK = 16,
    CLI_OUTPUT = 32,
    CLI_STRICT = 64
};

/* Parses --help, FILEs and the options `accept` names; returns -1 when --help was printed,
 * EXIT_USAGE on a usage error, else 0. */
int cli_parse(cli_opts *o, int argc, char **argv, const char *cmd, const char *help, int accept);
/* The language of the output: --lang, else Chinese for what a reader reads (a table, Markdown,
 * the derivation, HTML, .xlsx), else the locale's (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese). */
jx_lang cli_lang(bool reader);

/* FILE arguments with directories expanded to the files below them that end in `suffix` ("" for
 * *.yaml, *.yml and *.xlsx; "*" for the formats of jixiao bulk: *.yaml, *.yml, *.jsonl, *.csv;
 * "forms" for every file a sheet or form comes in: those, *.tsv, *.txt and *.xlsm), sorted. */
typedef struct cli_files {
    char **items;
    size_t count, cap;
} cli_files;
int cli_expand(cli_files *f, int nargs, char **args, const char *suffix);
void cli_files_free(cli_files *f);

/* --strict: every finding of res of severity warning or error (info stays a note) refuses the
 * sheet. Each is passed to `line` as a located error without its end ("file:7:12: error: path:
 * message (code, --strict"), for the caller to finish; returns how many. */
size_t cli_refusals(const jx_result *res, void (*line)(void *ctx, const char *text), void *ctx);

/* A jx_write_fn into the FILE *ctx: 0, or -1 when the write failed. */
int cli_write(void *ctx, const char *data, size_t len);

/* Prints s as a JSON string to stdout, or to out. */
void cli_json_str(const char *s);
void cli_json_fstr(FILE *out, const char *s);

/* One result of score or explain among others printed before it (`printed`), with the separator
 * its format needs (JSON: a comma; CSV: the header only once). JX_OK or the render's error. */
int cli_print_result(FILE *out, jx_format format, jx_lang lang, const jx_result *res,
                     size_t printed);
/* audit's lines for one result, its `sheet`-th in its file: a heading and a line per finding
 * (text), or an object per finding (json, counted in *printed for the commas). Returns how many
 * findings are errors. */
size_t cli_print_findings(FILE *out, const jx_result *res, size_t sheet, int json, jx_lang lang,
                          size_t *printed);

int cmd_score(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_bulk(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
