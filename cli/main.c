/*
 * main.c - the jixiao command: a table of subcommands and the dispatch to them. Exit status: 0 done
 * (warnings allowed), 1 bad input, 2 usage; what was printed must reach its reader.
 */
#include "cli.h"

#include <errno.h>
#include <string.h>

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
    int rc = cli_take_lang(&argc, argv);
    if (rc)
        return rc;
    if (argc < 2)
        return cli_usage(NULL, CLI_M(U_NO_COMMAND));
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("jixiao %s\n", jx_version());
        return EXIT_DONE;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(CLI_UI(H_MAIN), stdout);
        return EXIT_DONE;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    return cli_usage(NULL, CLI_M(U_UNKNOWN_COMMAND), cmd);
}

/* Whatever a command printed must reach its reader: a full disk or a failing pipe is an error,
 * found at the final flush and close of stdout if not before. */
int main(int argc, char **argv)
{
    int status = run(argc, argv);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fprintf(stderr, CLI_UI(C_CANNOT_WRITE_OUTPUT),
                errno ? strerror(errno) : CLI_UI(C_WRITE_FAILED));
        if (status == EXIT_DONE)
            status = EXIT_BAD_INPUT;
    }
    return status;
}
