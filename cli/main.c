/*
 * main.c - the jixiao command: a table of subcommands and the dispatch to them. Exit status: 0 done
 * (warnings allowed), 1 bad input, 2 usage; what was printed must reach its reader.
 */
#include "cli.h"

#include <errno.h>
#include <string.h>

static const char usage[] =
    "usage: jixiao <command> [options] [FILE...]\n"
    "\n"
    "Scores 绩效自评表 (performance self-evaluation sheets) under a rule set.\n"
    "\n"
    "commands:\n"
    "  score    score sheets and print the table (text, json, csv, md, html, xlsx)\n"
    "  explain  show the derivation of every row, the budget row, the sum and the grade\n"
    "  check    load and validate sheets and rule files without printing scores\n"
    "  rules    list the built-in rule sets, or show one as YAML\n"
    "  audit    check the scores a filled form claims, and classify every disagreement\n"
    "  diff     score sheets under two rule sets and report what a rule change moves\n"
    "  test     run rule regression cases: expected totals, grades, rows, warnings, errors\n"
    "  bulk     score streams of many sheets (YAML, JSONL, CSV, folders) with a summary\n"
    "  import   read forms from Excel, CSV/TSV or pasted Word tables and write them as YAML\n"
    "  report   a row per sheet of a folder of forms, grouped by org, failures included\n"
    "  serve    score, explain and audit over HTTP, with an upload page\n"
    "\n"
    "options: --help (on every command), --version\n"
    "exit status: 0 done (warnings allowed), 1 bad input, 2 usage\n";

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"score", cmd_score},   {"explain", cmd_explain}, {"check", cmd_check}, {"rules", cmd_rules},
    {"audit", cmd_audit},   {"diff", cmd_diff},       {"test", cmd_test},   {"bulk", cmd_bulk},
    {"import", cmd_import}, {"report", cmd_report},   {"serve", cmd_serve},
};

static int run(int argc, char **argv)
{
    if (argc < 2)
        return cli_usage(NULL, "a command is required (score, explain, check, rules, audit, diff, "
                               "test, bulk, import, report, serve)");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("jixiao %s\n", jx_version());
        return EXIT_DONE;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_DONE;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    return cli_usage(NULL, "unknown command '%s'", cmd);
}

/* Whatever a command printed must reach its reader: a full disk or a failing pipe is an error,
 * found at the final flush and close of stdout if not before. */
int main(int argc, char **argv)
{
    int status = run(argc, argv);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fprintf(stderr, "jixiao: error: cannot write the output: %s\n",
                errno ? strerror(errno) : "a write failed");
        if (status == EXIT_DONE)
            status = EXIT_BAD_INPUT;
    }
    return status;
}
