/*
 * cmd_score.c - `jixiao score`, `jixiao explain` and `jixiao check`: load, score, render.
 * A bad file is reported with its location and the others still run; the exit status says so.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What a format that shows every sheet at once (html, xlsx) keeps until the end: the results
 * and what they borrow from, their docs and rule sets. */
typedef struct pile {
    void **items;
    size_t n, cap;
} pile;

static int push(pile *p, void *item)
{
    if (!item)
        return 0;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        void **items = realloc(p->items, cap * sizeof *items);
        if (!items)
            return -1;
        p->items = items;
        p->cap = cap;
    }
    p->items[p->n++] = item;
    return 0;
}

/* What --format asks for: a render of the library per sheet, or every sheet at once at the end. */
typedef enum { OUT_EACH, OUT_HTML, OUT_XLSX } out_kind;

static int format_of(jx_format *f, out_kind *kind, const char *name)
{
    static const struct {
        const char *name;
        jx_format format;
        out_kind kind;
    } names[] = {{"text", JX_FORMAT_TEXT, OUT_EACH}, {"json", JX_FORMAT_JSON, OUT_EACH},
                 {"csv", JX_FORMAT_CSV, OUT_EACH},   {"md", JX_FORMAT_MD, OUT_EACH},
                 {"html", JX_FORMAT_HTML, OUT_HTML}, {"xlsx", JX_FORMAT_TEXT, OUT_XLSX}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(name, names[i].name) == 0) {
            *f = names[i].format;
            *kind = names[i].kind;
            return 0;
        }
    }
    return -1;
}

/* Loads the explicit --rules once, so every sheet shares it and a bad file is reported once. */
static int preload_rules(jx_rules **out, const char *option)
{
    *out = NULL;
    return option ? cli_load_rules(out, option, NULL) : 0;
}

/* One run of score or explain: where it writes, and what it keeps for the end. */
typedef struct session {
    cli_opts o;
    jx_format format;
    out_kind kind;
    jx_lang lang;
    jx_rules *fixed;
    FILE *out;
    pile results, docs, rules; /* OUT_HTML, OUT_XLSX: kept until every sheet is scored */
    jx_error *failed;          /* OUT_HTML: what could not be read or scored, for the page */
    size_t nfailed;
    size_t printed;
    int status;
} session;

/* A sheet's result rendered now, between the separators its format needs. */
static void print_result(session *s, const jx_result *res)
{
    if (cli_print_result(s->out, s->format, s->lang, res, s->printed) != JX_OK)
        s->status = EXIT_BAD_INPUT;
    s->printed++;
}

/* A failure the page lists (OUT_HTML); printed already. */
static void failed(session *s, const jx_error *err)
{
    s->status = EXIT_BAD_INPUT;
    if (s->kind != OUT_HTML)
        return;
    jx_error *grown = realloc(s->failed, (s->nfailed + 1) * sizeof *grown);
    if (!grown)
        return; /* printed on stderr all the same */
    s->failed = grown;
    s->failed[s->nfailed++] = *err;
}

/* Every sheet of a doc under its rule set, printed now or kept for the end. */
static void score_doc(session *s, jx_doc *doc)
{
    if (s->kind != OUT_EACH && push(&s->docs, doc) != 0) {
        fputs(CLI_UI(C_NOMEM), stderr);
        s->status = EXIT_BAD_INPUT;
        jx_doc_free(doc);
        return;
    }
    for (size_t i = 0; i < jx_doc_count(doc); i++) {
        const jx_sheet *sheet = jx_doc_sheet(doc, i);
        jx_rules *own = NULL;
        jx_result *res;
        jx_error err;
        if (!s->fixed && cli_load_rules_kept(&own, NULL, sheet, &err) != 0) {
            failed(s, &err);
            continue;
        }
        if (jx_score(&res, s->fixed ? s->fixed : own, sheet, &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            failed(s, &err);
            jx_rules_free(own);
            continue;
        }
        if (s->kind == OUT_EACH) {
            print_result(s, res);
            jx_result_free(res);
            jx_rules_free(own);
        } else if (push(&s->results, res) != 0 || push(&s->rules, own) != 0) {
            fputs(CLI_UI(C_NOMEM), stderr);
            jx_result_free(res);
            jx_rules_free(own);
            s->status = EXIT_BAD_INPUT;
        }
    }
    if (s->kind == OUT_EACH)
        jx_doc_free(doc);
}

/* The formats that show every sheet at once, then what they kept is released. */
static void finish(session *s)
{
    jx_error err;
    const jx_result *const *all = (const jx_result *const *)s->results.items;
    if (s->kind == OUT_XLSX && s->results.n &&
        jx_results_write_xlsx_lang(all, s->results.n, s->o.output, s->lang, &err) != JX_OK) {
        cli_error(&err, NULL, 0);
        s->status = EXIT_BAD_INPUT;
    } else if (s->kind == OUT_HTML && s->results.n + s->nfailed &&
               jx_results_render_html_failed(all, s->results.n, s->failed, s->nfailed, s->lang,
                                             cli_write, s->out) != JX_OK) {
        s->status = EXIT_BAD_INPUT;
    }
    free(s->failed);
    for (size_t i = 0; i < s->results.n; i++)
        jx_result_free(s->results.items[i]);
    for (size_t i = 0; i < s->docs.n; i++)
        jx_doc_free(s->docs.items[i]);
    for (size_t i = 0; i < s->rules.n; i++)
        jx_rules_free(s->rules.items[i]);
    free(s->results.items);
    free(s->docs.items);
    free(s->rules.items);
    jx_rules_free(s->fixed);
    if (s->out != stdout && (ferror(s->out) | fclose(s->out)) != 0) { /* stdout: main checks it */
        fprintf(stderr, CLI_UI(C_CANNOT_WRITE), s->o.output, strerror(errno));
        s->status = EXIT_BAD_INPUT;
    }
}

static int score_or_explain(int argc, char **argv, bool explain)
{
    const char *cmd = explain ? "explain" : "score";
    session s = {.format = explain ? JX_FORMAT_EXPLAIN : JX_FORMAT_TEXT, .out = stdout};
    int rc = cli_parse(&s.o, argc, argv, cmd, explain ? CLI_UI(H_EXPLAIN) : CLI_UI(H_SCORE),
                       CLI_RULES | CLI_FORMAT | CLI_OUTPUT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    const cli_opts *o = &s.o;
    if (explain && o->format && strcmp(o->format, "json") == 0)
        s.format = JX_FORMAT_JSON;
    else if (explain && o->format && strcmp(o->format, "text") != 0)
        return cli_usage(cmd, CLI_M(U_FORMAT_TEXT_JSON), o->format);
    else if (!explain && o->format && format_of(&s.format, &s.kind, o->format) != 0)
        return cli_usage(cmd, CLI_M(U_FORMAT_SCORE), o->format);
    s.lang = cli_lang(s.format != JX_FORMAT_JSON && s.format != JX_FORMAT_CSV);
    if (s.kind == OUT_XLSX && !o->output)
        return cli_usage(cmd, CLI_M(U_XLSX_OUTPUT));
    if (o->nfiles == 0)
        return cli_usage(cmd, CLI_M(U_NO_FILE));
    if (preload_rules(&s.fixed, o->rules))
        return EXIT_BAD_INPUT;
    if (o->output && s.kind != OUT_XLSX && !(s.out = fopen(o->output, "wb"))) {
        fprintf(stderr, CLI_UI(C_CANNOT_WRITE), o->output, strerror(errno));
        jx_rules_free(s.fixed);
        return EXIT_BAD_INPUT;
    }
    jx_doc *first = NULL;
    int nfiles = o->nfiles;
    bool array = false; /* JSON: an array when more than one sheet will be printed */
    if (s.format == JX_FORMAT_JSON && nfiles > 1) {
        array = true;
    } else if (s.format == JX_FORMAT_JSON && cli_load_doc(&first, o->files[0]) == 0) {
        array = jx_doc_count(first) > 1;
    } else if (s.format == JX_FORMAT_JSON) {
        s.status = EXIT_BAD_INPUT;
        nfiles = 0;
    }
    if (array)
        fputs("[\n", s.out);
    for (int f = 0; f < nfiles; f++) {
        jx_doc *doc = f == 0 && first ? first : NULL;
        jx_error err;
        if (doc || cli_load_doc_kept(&doc, o->files[f], &err) == 0)
            score_doc(&s, doc);
        else
            failed(&s, &err);
    }
    if (array)
        fputs("]\n", s.out);
    finish(&s);
    return s.status;
}

int cmd_score(int argc, char **argv) { return score_or_explain(argc, argv, false); }
int cmd_explain(int argc, char **argv) { return score_or_explain(argc, argv, true); }

static void refused(void *ctx, const char *text)
{
    (void)ctx;
    fprintf(stderr, "%s%s", text, CLI_UI(C_REFUSED_END));
}

int cmd_check(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "check", CLI_UI(H_CHECK), CLI_RULES | CLI_STRICT);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.nfiles == 0 && !o.rules)
        return cli_usage("check", CLI_M(U_NOTHING_TO_CHECK));
    jx_rules *fixed;
    if (preload_rules(&fixed, o.rules))
        return EXIT_BAD_INPUT;
    if (fixed)
        printf(CLI_UI(C_CHECK_RULES_OK), o.rules, jx_rules_name(fixed));
    int status = EXIT_DONE;
    for (int f = 0; f < o.nfiles; f++) {
        jx_doc *doc;
        if (cli_load_doc(&doc, o.files[f]) != 0) {
            status = EXIT_BAD_INPUT;
            continue;
        }
        size_t rows = 0, warnings = 0;
        int ok = 1;
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            const jx_sheet *sheet = jx_doc_sheet(doc, i);
            jx_rules *own = NULL;
            jx_result *res;
            jx_error err;
            if (!fixed && cli_load_rules(&own, NULL, sheet) != 0) {
                ok = 0;
                continue;
            }
            if (jx_score(&res, fixed ? fixed : own, sheet, &err) != JX_OK) {
                cli_error(&err, NULL, 0);
                ok = 0;
            } else {
                rows += jx_result_count(res);
                warnings += jx_result_warning_count(res);
                if (o.strict && cli_refusals(res, refused, NULL) > 0)
                    ok = 0;
                jx_result_free(res);
            }
            jx_rules_free(own);
        }
        if (ok)
            printf(CLI_UI(C_CHECK_OK), o.files[f], jx_doc_count(doc), cli_plural(jx_doc_count(doc)),
                   rows, warnings, cli_plural(warnings));
        else
            status = EXIT_BAD_INPUT;
        jx_doc_free(doc);
    }
    jx_rules_free(fixed);
    return status;
}
