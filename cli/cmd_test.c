/*
 * cmd_test.c - `jixiao test`: rule regression cases. Prints a line per failed expectation (expected
 * vs got, with the explanation of the row that differs) and ends with "N passed, N failed". With
 * --update, the expect blocks of failing cases are rewritten from the current results, for review
 * in the diff after a deliberate rule change.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct splice {
    size_t first, last;
    char *text;
} splice;

typedef struct run_state {
    size_t passed, failed;
    int update;
    splice *splices;
    size_t nsplices, cap;
} run_state;

static int on_case(void *ctx, const jx_case *c)
{
    run_state *s = ctx;
    if (c->passed) {
        s->passed++;
        return 0;
    }
    s->failed++;
    const char *line = c->failure;
    while (*line) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        printf(CLI_UI(C_TEST_LINE), c->source, c->line, c->name, (int)n, line);
        line += n + (end != NULL);
    }
    if (s->update && c->expect_line) {
        if (s->nsplices == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 8;
            s->splices = realloc(s->splices, s->cap * sizeof *s->splices);
            if (!s->splices)
                return -1;
        }
        s->splices[s->nsplices++] = (splice){c->expect_line, c->expect_last, strdup(c->actual)};
    }
    return 0;
}

/* Rewrites lines [first, last] of each splice (in file order) with its text. */
static int rewrite(const char *path, const splice *sp, size_t n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char *data = NULL;
    size_t len = 0;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        char *p = realloc(data, len + got + 1);
        if (!p) {
            free(data);
            (void)fclose(f); /* only read */
            return -1;
        }
        data = p;
        memcpy(data + len, chunk, got);
        len += got;
    }
    (void)fclose(f); /* only read */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *out = fopen(tmp, "wb");
    if (!out) {
        free(data);
        return -1;
    }
    size_t line = 1, k = 0;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && data[end] != '\n')
            end++;
        end += end < len; /* keep the newline */
        if (k < n && line == sp[k].first)
            fputs(sp[k].text, out);
        if (!(k < n && line >= sp[k].first && line <= sp[k].last))
            (void)fwrite(data + i, 1, end - i, out); /* a failure: ferror below */
        if (k < n && line == sp[k].last)
            k++;
        line++;
        i = end;
    }
    free(data);
    if ((ferror(out) | fclose(out)) != 0 || rename(tmp, path) != 0)
        return -1;
    return 0;
}

int cmd_test(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "test", CLI_UI(H_TEST), CLI_RULES | CLI_UPDATE);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.nfiles == 0)
        return cli_usage("test", CLI_M(U_NO_CASES));
    cli_files files;
    if (cli_expand(&files, o.nfiles, o.files, ".case.yaml"))
        return EXIT_BAD_INPUT;
    run_state s;
    memset(&s, 0, sizeof s);
    s.update = o.update;
    int status = EXIT_DONE;
    size_t updated = 0;
    for (size_t f = 0; f < files.count; f++) {
        jx_error err;
        s.nsplices = 0;
        if (jx_cases_run_lang(files.items[f], o.rules, cli_ui(), on_case, &s, &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            s.failed++;
            status = EXIT_BAD_INPUT;
        }
        if (s.nsplices) {
            if (rewrite(files.items[f], s.splices, s.nsplices) != 0) {
                fprintf(stderr, CLI_UI(C_TEST_REWRITE), files.items[f]);
                status = EXIT_BAD_INPUT;
            } else {
                printf(CLI_UI(C_TEST_UPDATED), files.items[f], s.nsplices, cli_plural(s.nsplices));
                updated += s.nsplices;
            }
        }
        for (size_t i = 0; i < s.nsplices; i++)
            free(s.splices[i].text);
    }
    free(s.splices);
    if (files.count == 0) {
        fputs(CLI_UI(C_TEST_NONE), stderr);
        status = EXIT_BAD_INPUT;
    }
    cli_files_free(&files);
    printf(CLI_UI(C_TEST_COUNTS), s.passed, s.failed);
    if (status != EXIT_DONE)
        return status;
    return s.failed > updated ? EXIT_BAD_INPUT : EXIT_DONE;
}
