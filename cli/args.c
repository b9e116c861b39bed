/*
 * args.c - the command line of every subcommand: --help, the options it accepts, its FILEs; and
 * the usage error that points at --help.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* --lang as given: "zh", "en", or NULL for none. Written once by main before any thread starts. */
static const char *asked;

int cli_usage(const char *cmd, const char *en, const char *zh, ...)
{
    va_list ap;
    va_start(ap, zh);
    fprintf(stderr, CLI_UI(C_USAGE_HEAD), cmd ? " " : "", cmd ? cmd : "");
    vfprintf(stderr, cli_ui() == JX_LANG_EN ? en : zh, ap);
    va_end(ap);
    fprintf(stderr, CLI_UI(C_USAGE_TAIL), cmd ? cmd : "", cmd ? " " : "");
    return EXIT_USAGE;
}

int cli_take_lang(int *argc, char **argv)
{
    const char *cmd = *argc > 1 && argv[1][0] != '-' ? argv[1] : NULL; /* for the usage error */
    int kept = 0;
    for (int i = 0; i < *argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            while (i < *argc)
                argv[kept++] = argv[i++];
            break;
        }
        if (strcmp(a, "--lang") == 0 && i + 1 < *argc)
            asked = argv[++i];
        else if (strncmp(a, "--lang=", 7) == 0)
            asked = a + 7;
        else if (strcmp(a, "--lang") == 0)
            return cli_usage(cmd, CLI_M(U_NEEDS_VALUE), a);
        else
            argv[kept++] = argv[i];
    }
    argv[kept] = NULL;
    *argc = kept;
    if (asked && strcmp(asked, "zh") != 0 && strcmp(asked, "en") != 0) {
        const char *bad = asked;
        asked = NULL; /* say it in the locale's language */
        return cli_usage(cmd, CLI_M(U_LANG), bad);
    }
    return 0;
}

/* Matches "--name" or "--name=value". */
static bool is_opt(const char *a, const char *name)
{
    size_t n = strlen(name);
    return strncmp(a, name, n) == 0 && (a[n] == '\0' || a[n] == '=');
}

int cli_parse(cli_opts *o, int argc, char **argv, const char *cmd, const char *help, int accept)
{
    memset(o, 0, sizeof *o);
    o->files = argv + 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(help, stdout);
            return -1;
        }
        if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++)
                o->files[o->nfiles++] = argv[i];
            break;
        }
        if ((accept & CLI_UPDATE) && strcmp(a, "--update") == 0) {
            o->update = 1;
            continue;
        }
        if ((accept & CLI_BULK) && strcmp(a, "--rows") == 0) {
            o->rows = 1;
            continue;
        }
        if ((accept & (CLI_BULK | CLI_STRICT)) && strcmp(a, "--strict") == 0) {
            o->strict = 1;
            continue;
        }
        if ((accept & CLI_RULES) && is_opt(a, "--rules"))
            slot = &o->rules;
        else if ((accept & CLI_FORMAT) && (is_opt(a, "--format") || strcmp(a, "-f") == 0))
            slot = &o->format;
        else if ((accept & CLI_FROM_TO) && is_opt(a, "--from"))
            slot = &o->from;
        else if ((accept & CLI_FROM_TO) && is_opt(a, "--to"))
            slot = &o->to;
        else if ((accept & CLI_BULK) && (is_opt(a, "--jobs") || strcmp(a, "-j") == 0))
            slot = &o->jobs;
        else if ((accept & CLI_BULK) && is_opt(a, "--summary"))
            slot = &o->summary;
        else if ((accept & CLI_BULK) && is_opt(a, "--input"))
            slot = &o->input;
        else if ((accept & CLI_OUTPUT) && (is_opt(a, "--output") || strcmp(a, "-o") == 0))
            slot = &o->output;
        if (slot) {
            const char *eq = strchr(a, '=');
            if (eq && a[1] == '-') {
                *slot = eq + 1;
            } else if (i + 1 < argc) {
                *slot = argv[++i];
            } else {
                return cli_usage(cmd, CLI_M(U_NEEDS_VALUE), a);
            }
            continue;
        }
        if (a[0] == '-' && a[1] != '\0')
            return cli_usage(cmd, CLI_M(U_UNKNOWN_OPTION), a);
        o->files[o->nfiles++] = argv[i];
    }
    return 0;
}

/* The first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads them. */
static bool locale_is_chinese(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && v[0])
            return strncmp(v, "zh", 2) == 0;
    }
    return false;
}

jx_lang cli_lang(bool reader)
{
    if (asked)
        return strcmp(asked, "en") == 0 ? JX_LANG_EN : JX_LANG_ZH;
    return reader || locale_is_chinese() ? JX_LANG_ZH : JX_LANG_EN;
}

jx_lang cli_ui(void) { return cli_lang(false); }

const char *cli_plural(size_t n) { return n != 1 && cli_ui() == JX_LANG_EN ? "s" : ""; }
