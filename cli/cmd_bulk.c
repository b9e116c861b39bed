/*
 * cmd_bulk.c - `jixiao bulk`: streams of many sheets, scored in parallel, written in input order.
 *
 * The main thread reads each input line by line and cuts it into records (bulk_cut.c), gathering
 * them into batches; workers load, score and render the records of a batch (bulk_score.c); the
 * main thread writes the batches in order and merges their statistics in order (bulk_pool.c), so
 * the output is the same bytes whatever --jobs is. A bad record is reported and skipped; scored +
 * skipped = read. Here: the options, the inputs, the signals, the summary and the counts.
 */
#define _POSIX_C_SOURCE 200809L
#include "bulk.h"

#include <stdlib.h>
#include <string.h>

static int kind_of(jx_input *k, const char *name, const char *forced, FILE *f)
{
    const char *dot = strrchr(name, '.');
    const char *what = forced ? forced : dot ? dot + 1 : "";
    if (!strcmp(what, "yaml") || !strcmp(what, "yml"))
        *k = JX_INPUT_YAML;
    else if (!strcmp(what, "jsonl") || !strcmp(what, "json"))
        *k = JX_INPUT_JSONL;
    else if (!strcmp(what, "csv"))
        *k = JX_INPUT_CSV;
    else if (forced)
        return -1;
    else if (!strcmp(what, "xlsx") || !strcmp(what, "xlsm") || !strcmp(what, "tsv") ||
             !strcmp(what, "txt"))
        return -2; /* a form as people have it: one sheet a file, not a stream */
    else {         /* guess from the first byte: { is JSONL, else YAML */
        int c;
        while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
            ;
        if (c != EOF)
            (void)ungetc(c, f); /* one byte just read: it always goes back */
        *k = c == '{' ? JX_INPUT_JSONL : JX_INPUT_YAML;
    }
    return 0;
}

static void on_signal(int sig) { bulk_caught = sig; }

/* SIGTERM and SIGINT end the run at a record boundary, so that a stopped run's output is a prefix
 * of whole records; the main thread takes them (a read it waits in returns: no SA_RESTART), and
 * the workers, started while they are blocked, never do. Returns the mask to restore. */
static sigset_t catch_signals(void)
{
    /* these fail only for a signal number that is not one (EINVAL): nothing to check */
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    (void)sigaction(SIGTERM, &sa, NULL);
    (void)sigaction(SIGINT, &sa, NULL);
    sigset_t mask, old_mask;
    sigemptyset(&mask);
    sigemptyset(&old_mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    (void)pthread_sigmask(SIG_BLOCK, &mask, &old_mask);
    return old_mask;
}

/* The options as a job: 0, or a usage error printed. */
static int job_of(job *j, int *jobs, cli_opts *o)
{
    *jobs = 1;
    char *end = NULL;
    long n = o->jobs ? strtol(o->jobs, &end, 10) : 1;
    if ((end && (end == o->jobs || *end)) || n < 1 || n > MAX_JOBS)
        return cli_usage("bulk", CLI_M(U_JOBS), MAX_JOBS);
    *jobs = (int)n;
    j->rows = o->rows;
    j->strict = o->strict;
    j->format = o->summary && !o->format ? BULK_NONE : BULK_JSONL;
    if (o->format && strcmp(o->format, "jsonl") != 0) {
        if (strcmp(o->format, "csv") != 0)
            return cli_usage("bulk", CLI_M(U_FORMAT_BULK), o->format);
        j->format = BULK_CSV;
    }
    if (o->summary && strcmp(o->summary, "json") != 0 && strcmp(o->summary, "text") != 0)
        return cli_usage("bulk", CLI_M(U_SUMMARY), o->summary);
    if (o->input && strcmp(o->input, "yaml") != 0 && strcmp(o->input, "jsonl") != 0 &&
        strcmp(o->input, "csv") != 0)
        return cli_usage("bulk", CLI_M(U_INPUT), o->input);
    if (o->nfiles == 0)
        return cli_usage("bulk", CLI_M(U_NO_INPUT));
    return 0;
}

/* One input, cut and scored; 0, or 1 when it is no stream of sheets or cannot be opened. */
static int read_file(run *r, const char *name, const char *forced)
{
    FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
    if (!f) {
        fprintf(stderr, CLI_UI(C_BULK_CANNOT_OPEN), name);
        return 1;
    }
    /* read in blocks of 1 MiB, not 4 KiB; stdin's block lives as long as stdin */
    static char stdin_block[1 << 20];
    char *block = f == stdin ? stdin_block : malloc(sizeof stdin_block);
    if (block)
        (void)setvbuf(f, block, _IOFBF, sizeof stdin_block);
    jx_input kind;
    int known = kind_of(&kind, name, forced, f);
    if (known == -2)
        fprintf(stderr, CLI_UI(C_BULK_FORM), name);
    else if (known != 0)
        fprintf(stderr, CLI_UI(C_BULK_NOT_SHEETS), name);
    else
        bulk_read_input(r, name, f, kind);
    if (f != stdin) {
        (void)fclose(f); /* only read */
        free(block);
    }
    return known != 0;
}

int cmd_bulk(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "bulk", CLI_UI(H_BULK), CLI_RULES | CLI_FORMAT | CLI_BULK);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    job j = {0};
    int jobs;
    if ((rc = job_of(&j, &jobs, &o)) != 0)
        return rc;
    jx_rules *rules;
    if (cli_load_rules(&rules, o.rules ? o.rules : "mof2020", NULL))
        return EXIT_BAD_INPUT;
    j.rules = rules;
    cli_files files;
    if (cli_expand(&files, o.nfiles, o.files, "*")) {
        jx_rules_free(rules);
        return EXIT_BAD_INPUT;
    }
    static run r;
    memset(&r, 0, sizeof r);
    r.j = &j;
    r.strict = o.strict;
    int status = EXIT_DONE;
    if (jx_summary_new(&r.summary, NULL, NULL) != JX_OK) {
        fprintf(stderr, "%s", CLI_UI(C_BULK_NOMEM));
        status = EXIT_BAD_INPUT;
        r.stop = true;
    }
    sigset_t old_mask = catch_signals();
    bulk_start(&r, jobs); /* the workers inherit the blocked signals */
    (void)pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    if (j.format == BULK_CSV)
        printf("id,input,record,line,org,project,total,grade,budget,warnings%s\n",
               o.rows ? ",rows" : "");
    for (size_t i = 0; i < files.count && !r.stop; i++)
        if (read_file(&r, files.items[i], o.input) != 0)
            status = EXIT_BAD_INPUT;
    bulk_stop(&r);
    if (bulk_caught && !r.stopped)
        r.stopped = bulk_caught == SIGINT ? " (stopped by SIGINT)" : " (stopped by SIGTERM)";
    if (o.summary && !bulk_caught && r.summary) /* a summary of part of the input says less */
        jx_summary_render_lang(r.summary,
                               strcmp(o.summary, "json") ? JX_FORMAT_TEXT : JX_FORMAT_JSON,
                               cli_lang(strcmp(o.summary, "json") != 0), cli_write, stdout);
    (void)fflush(stdout); /* before the counts; its errors: main, at exit */
    fprintf(stderr, CLI_UI(C_BULK_COUNTS), r.scored, r.skipped, r.read, r.stopped ? r.stopped : "");
    jx_summary_free(r.summary);
    cli_files_free(&files);
    jx_rules_free(rules);
    if (bulk_caught) { /* the output is whole: now end as the signal would have */
        if (fflush(stdout) != 0)
            fputs(CLI_UI(C_CANNOT_WRITE_OUT), stderr);
        (void)signal(bulk_caught, SIG_DFL); /* what the signal would have done: nothing to check */
        (void)raise(bulk_caught);
    }
    return status != EXIT_DONE || r.skipped || r.failed ? EXIT_BAD_INPUT : EXIT_DONE;
}
