/*
 * main.c - the jixiao command: dispatch to subcommands, and the error printing they share.
 * Exit status: 0 done (warnings allowed), 1 bad input, 2 usage.
 */
#include "cli.h"

#include <errno.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: jixiao <command> [options] [FILE...]\n"
    "\n"
    "Scores 绩效自评表 (performance self-evaluation sheets) under a rule set.\n"
    "\n"
    "commands:\n"
    "  score    score sheets and print the table (text, json, csv, md)\n"
    "  explain  show the derivation of every row, the budget row, the sum and the grade\n"
    "  check    load and validate sheets and rule files without printing scores\n"
    "  rules    list the built-in rule sets, or show one as YAML\n"
    "  audit    check the scores a filled form claims, and classify every disagreement\n"
    "  diff     score sheets under two rule sets and report what a rule change moves\n"
    "  test     run rule regression cases: expected totals, grades, rows, warnings, errors\n"
    "  bulk     score streams of many sheets (YAML, JSONL, CSV, folders) with a summary\n"
    "  import   read forms from Excel, CSV/TSV or pasted Word tables and write them as YAML\n"
    "  report   a row per sheet of a folder of forms, grouped by org, failures included\n"
    "\n"
    "options: --help (on every command), --version\n"
    "exit status: 0 done (warnings allowed), 1 bad input, 2 usage\n";

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "jixiao%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'jixiao %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
    return EXIT_USAGE;
}

/* Copies line `line` (1-based) of text into buf; returns false when there is no such line. */
static int line_of(char *buf, size_t size, const char *text, size_t len, size_t line)
{
    size_t l = 1, i = 0;
    while (i < len && l < line) {
        if (text[i++] == '\n')
            l++;
    }
    if (l != line || i > len)
        return 0;
    size_t n = 0;
    while (i < len && text[i] != '\n' && text[i] != '\r' && n + 1 < size) {
        buf[n++] = text[i] == '\t' ? ' ' : text[i];
        i++;
    }
    buf[n] = '\0';
    for (size_t k = 0; k < n; k++) { /* a binary or GB18030 line is no help to show */
        unsigned char c = (unsigned char)buf[k];
        size_t more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xC0) || c > 0xF4 || (more && k + more >= n))
            return 0;
        for (; more > 0; more--)
            if (((unsigned char)buf[++k] & 0xC0) != 0x80)
                return 0;
    }
    return 1;
}

/* Display width of the first `cols` code points of s. */
static size_t prefix_width(const char *s, size_t cols)
{
    char head[512];
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; p[n] && cols > 0; cols--) {
        n++;
        while ((p[n] & 0xC0) == 0x80)
            n++;
    }
    memcpy(head, s, n);
    head[n] = '\0';
    return jx_display_width(head);
}

void cli_error(const jx_error *err, const char *text, size_t len)
{
    const char *src = err->source[0] ? err->source : "jixiao";
    char where[320];
    fprintf(stderr, "%s: error: ", jx_location(where, sizeof where, src, err->line, err->column));
    if (err->path[0])
        fprintf(stderr, "%s: ", err->path);
    fprintf(stderr, "%s\n", err->message);
    if (!err->line)
        return;
    char line[512];
    int found = 0;
    if (text) {
        found = line_of(line, sizeof line, text, len, err->line);
    } else if (strcmp(src, "-") != 0) {
        FILE *f = fopen(src, "rb");
        char chunk[4096];
        for (size_t l = 1; f && fgets(chunk, sizeof chunk, f);) {
            if (l == err->line) {
                found = line_of(line, sizeof line, chunk, strlen(chunk), 1);
                break;
            }
            l += strchr(chunk, '\n') != NULL; /* a longer line takes several reads */
        }
        if (f)
            fclose(f);
    }
    if (!found || strlen(line) > 300)
        return;
    fprintf(stderr, "%5zu | %s\n      | %*s^\n", err->line, line,
            (int)prefix_width(line, err->column - 1), "");
}

int cli_load_doc(jx_doc **out, const char *path)
{
    jx_error err;
    if (strcmp(path, "-") != 0) {
        if (jx_doc_load_file(out, path, NULL, &err) == JX_OK)
            return 0;
        cli_error(&err, NULL, 0);
        return 1;
    }
    size_t cap = 1 << 16, len = 0, limit = (size_t)16 << 20;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len, stdin);
        len += got;
        if (got == 0 || len > limit)
            break;
        if (len == cap) {
            char *nbuf = realloc(buf, cap * 2);
            if (!nbuf) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nbuf;
            cap *= 2;
        }
    }
    if (!buf) {
        fprintf(stderr, "-: error: out of memory\n");
        return 1;
    }
    int rc = jx_doc_load_buffer(out, buf, len, "-", NULL, &err);
    if (rc != JX_OK)
        cli_error(&err, buf, len);
    free(buf);
    return rc != JX_OK;
}

int cli_load_rules(jx_rules **out, const char *option, const jx_sheet *sheet)
{
    jx_error err;
    int rc = option ? jx_rules_load(out, option, NULL, &err)
                    : jx_rules_for_sheet(out, sheet, NULL, NULL, &err);
    if (rc == JX_OK)
        return 0;
    cli_error(&err, NULL, 0);
    return 1;
}

size_t cli_refusals(const jx_result *res, void (*line)(void *ctx, const char *text), void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < jx_result_warning_count(res); i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        if (w.severity < JX_SEVERITY_WARNING)
            continue;
        char where[320], text[1024];
        snprintf(text, sizeof text, "%s: error: %s%s%s (%s, --strict",
                 jx_location(where, sizeof where, w.source, w.line, w.column), w.path,
                 w.path[0] ? ": " : "", w.message, w.code);
        line(ctx, text);
        n++;
    }
    return n;
}

int cli_write(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

void cli_json_str(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
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
                return cli_usage(cmd, "%s needs a value", a);
            }
            continue;
        }
        if (a[0] == '-' && a[1] != '\0')
            return cli_usage(cmd, "unknown option '%s'", a);
        o->files[o->nfiles++] = argv[i];
    }
    return 0;
}

static int run(int argc, char **argv)
{
    if (argc < 2)
        return cli_usage(NULL, "a command is required (score, explain, check, rules, audit, diff, "
                               "test, bulk, import, report)");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("jixiao %s\n", jx_version());
        return EXIT_DONE;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_DONE;
    }
    if (strcmp(cmd, "score") == 0)
        return cmd_score(argc - 1, argv + 1, 0);
    if (strcmp(cmd, "explain") == 0)
        return cmd_score(argc - 1, argv + 1, 1);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "rules") == 0)
        return cmd_rules(argc - 1, argv + 1);
    if (strcmp(cmd, "audit") == 0)
        return cmd_audit(argc - 1, argv + 1);
    if (strcmp(cmd, "diff") == 0)
        return cmd_diff(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0)
        return cmd_test(argc - 1, argv + 1);
    if (strcmp(cmd, "import") == 0)
        return cmd_import(argc - 1, argv + 1);
    if (strcmp(cmd, "bulk") == 0)
        return cmd_bulk(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0)
        return cmd_report(argc - 1, argv + 1);
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
