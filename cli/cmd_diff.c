/*
 * cmd_diff.c - `jixiao diff`: what a rule change moves. Every sheet is scored under both rule sets;
 * the sheets whose scores move are listed with their totals, grades and moved rows, then a summary:
 * how many changed grade and which way, the largest moves, the mean shift.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum { TOP = 5, FMT_TEXT, FMT_JSON, FMT_CSV };

typedef struct move {
    char who[320];
    int64_t delta;
} move;

typedef struct tally {
    size_t scored, changed, graded, up, down, failed;
    int64_t shift;
    move top[TOP];
    size_t ntop;
} tally;

static void csv_str(const char *s)
{
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* The columns that name a sheet: source, sheet, org, project. */
static void csv_sheet(const jx_result *r, size_t sheet)
{
    const jx_sheet *s = jx_result_sheet(r);
    csv_str(jx_result_source(r));
    printf(",%zu,", sheet + 1);
    csv_str(jx_sheet_org(s));
    putchar(',');
    csv_str(jx_sheet_project(s));
}

/* Hundredths as a number: 9.9, -20.25, 10. */
static const char *num(char *buf, int64_t h)
{
    int64_t a = h < 0 ? -h : h;
    int n = snprintf(buf, 32, "%s%lld", h < 0 ? "-" : "", (long long)(a / 100));
    if (a % 100)
        snprintf(buf + n, 32 - (size_t)n, a % 10 ? ".%02lld" : ".%lld",
                 (long long)(a % 10 ? a % 100 : a % 100 / 10));
    return buf;
}

static const char *signed_num(char *buf, int64_t h)
{
    buf[0] = h > 0 ? '+' : '\0';
    num(buf + (h > 0), h);
    return buf;
}

static void rank(tally *t, const char *who, int64_t delta)
{
    int64_t mag = delta < 0 ? -delta : delta;
    size_t at = t->ntop;
    while (at > 0 &&
           mag > (t->top[at - 1].delta < 0 ? -t->top[at - 1].delta : t->top[at - 1].delta))
        at--;
    if (at >= TOP)
        return;
    size_t end = t->ntop < TOP ? t->ntop : TOP - 1;
    memmove(&t->top[at + 1], &t->top[at], (end - at) * sizeof *t->top);
    snprintf(t->top[at].who, sizeof t->top[at].who, "%s", who);
    t->top[at].delta = delta;
    if (t->ntop < TOP)
        t->ntop++;
}

static void one_sheet(tally *t, const jx_result *a, const jx_result *b, const char *who,
                      size_t sheet, int fmt, size_t *printed)
{
    const jx_sheet *s = jx_result_sheet(a);
    int64_t ta = jx_result_total(a), tb = jx_result_total(b), d = tb - ta;
    const char *ga = jx_result_grade(a) ? jx_result_grade(a) : "—";
    const char *gb = jx_result_grade(b) ? jx_result_grade(b) : "—";
    size_t moved = 0;
    for (size_t i = 0; i < jx_result_count(a); i++) {
        jx_item x, y;
        jx_result_item(&x, a, i);
        jx_result_item(&y, b, i);
        moved += x.score != y.score;
    }
    jx_budget ba, bb;
    jx_result_budget(&ba, a);
    jx_result_budget(&bb, b);
    bool budget_moved = ba.has_budget && ba.score != bb.score;
    t->scored++;
    t->shift += d;
    if (!moved && !budget_moved && d == 0 && strcmp(ga, gb) == 0)
        return;
    t->changed++;
    if (strcmp(ga, gb) != 0) {
        t->graded++;
        t->up += d > 0;
        t->down += d < 0;
    }
    rank(t, who, d);
    char x1[32], x2[32], x3[32];
    if (fmt == FMT_TEXT) {
        printf("%s", who);
        if (jx_sheet_org(s)[0])
            printf(" %s", jx_sheet_org(s));
        printf(CLI_UI(C_DIFF_SHEET), num(x1, ta), num(x2, tb), signed_num(x3, d), ga, gb);
    } else if (fmt == FMT_CSV) {
        csv_sheet(a, sheet);
        printf(",total,总分,%s,%s,%s,%s,%s\n", num(x1, ta), num(x2, tb), num(x3, d), ga, gb);
    } else {
        printf("%s\n  {\"source\": ", (*printed)++ ? "," : "");
        cli_json_str(jx_result_source(a));
        printf(", \"sheet\": %zu, \"org\": ", sheet + 1);
        cli_json_str(jx_sheet_org(s));
        printf(", \"project\": ");
        cli_json_str(jx_sheet_project(s));
        printf(", \"total_from\": %s, \"total_to\": %s, \"delta\": %s, \"grade_from\": ",
               num(x1, ta), num(x2, tb), num(x3, d));
        cli_json_str(ga);
        printf(", \"grade_to\": ");
        cli_json_str(gb);
        printf(", \"rows\": [");
    }
    size_t k = 0;
    for (size_t i = 0; i < jx_result_count(a); i++) {
        jx_item x, y;
        jx_result_item(&x, a, i);
        jx_result_item(&y, b, i);
        if (x.score == y.score)
            continue;
        if (fmt == FMT_TEXT) {
            printf(CLI_UI(C_DIFF_ROW), i + 1, x.name, num(x1, x.score), num(x2, y.score),
                   signed_num(x3, y.score - x.score));
        } else if (fmt == FMT_CSV) {
            csv_sheet(a, sheet);
            printf(",%zu,", i + 1);
            csv_str(x.name);
            printf(",%s,%s,%s,,\n", num(x1, x.score), num(x2, y.score), num(x3, y.score - x.score));
        } else {
            printf("%s{\"row\": %zu, \"name\": ", k++ ? ", " : "", i + 1);
            cli_json_str(x.name);
            printf(", \"from\": %s, \"to\": %s, \"delta\": %s}", num(x1, x.score), num(x2, y.score),
                   num(x3, y.score - x.score));
        }
    }
    if (budget_moved) {
        if (fmt == FMT_TEXT)
            printf(CLI_UI(C_DIFF_BUDGET), num(x1, ba.score), num(x2, bb.score),
                   signed_num(x3, bb.score - ba.score));
        else if (fmt == FMT_JSON)
            printf("%s{\"row\": \"budget\", \"from\": %s, \"to\": %s, \"delta\": %s}",
                   k++ ? ", " : "", num(x1, ba.score), num(x2, bb.score),
                   num(x3, bb.score - ba.score));
    }
    if (fmt == FMT_JSON)
        printf("]}");
}

static void summary(const tally *t, const char *from, const char *to, int fmt)
{
    /* the mean shift, rounded half-up (away from zero at a half) to hundredths */
    int64_t mean = 0;
    if (t->scored) {
        int64_t a = t->shift < 0 ? -t->shift : t->shift;
        mean = (a * 2 + (int64_t)t->scored) / (2 * (int64_t)t->scored);
        if (t->shift < 0)
            mean = -mean;
    }
    char x[32];
    if (fmt == FMT_TEXT) {
        printf(CLI_UI(C_DIFF_SUMMARY), from, to, t->scored, cli_plural(t->scored), t->changed,
               t->graded, t->up, t->down, signed_num(x, mean));
        if (t->ntop)
            fputs(CLI_UI(C_DIFF_LARGEST), stdout);
        for (size_t i = 0; i < t->ntop; i++)
            printf("  %8s  %s\n", signed_num(x, t->top[i].delta), t->top[i].who);
        if (t->failed)
            printf(CLI_UI(C_DIFF_FAILED), t->failed, cli_plural(t->failed));
    } else if (fmt == FMT_JSON) {
        printf("],\n \"summary\": {\"scored\": %zu, \"changed\": %zu, \"grade_changed\": %zu, "
               "\"up\": %zu, \"down\": %zu, \"failed\": %zu, \"mean_shift\": %s, \"largest\": [",
               t->scored, t->changed, t->graded, t->up, t->down, t->failed, num(x, mean));
        for (size_t i = 0; i < t->ntop; i++) {
            printf("%s{\"sheet\": ", i ? ", " : "");
            cli_json_str(t->top[i].who);
            printf(", \"delta\": %s}", num(x, t->top[i].delta));
        }
        printf("]}}\n");
    }
}

int cmd_diff(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(&o, argc, argv, "diff", CLI_UI(H_DIFF), CLI_FORMAT | CLI_FROM_TO);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (!o.from || !o.to)
        return cli_usage("diff", CLI_M(U_FROM_TO));
    int fmt = !o.format || strcmp(o.format, "text") == 0 ? FMT_TEXT
              : strcmp(o.format, "json") == 0            ? FMT_JSON
              : strcmp(o.format, "csv") == 0             ? FMT_CSV
                                                         : 0;
    if (!fmt)
        return cli_usage("diff", CLI_M(U_FORMAT_DIFF), o.format);
    if (o.nfiles == 0)
        return cli_usage("diff", CLI_M(U_NO_FILE));
    cli_files files;
    if (cli_expand(&files, o.nfiles, o.files, ""))
        return EXIT_BAD_INPUT;
    jx_rules *ra = NULL, *rb = NULL;
    if (cli_load_rules(&ra, o.from, NULL) || cli_load_rules(&rb, o.to, NULL)) {
        jx_rules_free(ra);
        cli_files_free(&files);
        return EXIT_BAD_INPUT;
    }
    tally t;
    memset(&t, 0, sizeof t);
    size_t printed = 0;
    int status = EXIT_DONE;
    if (fmt == FMT_CSV)
        printf("source,sheet,org,project,row,name,from,to,delta,grade_from,grade_to\n");
    if (fmt == FMT_JSON) {
        printf("{\"from\": ");
        cli_json_str(jx_rules_name(ra));
        printf(", \"to\": ");
        cli_json_str(jx_rules_name(rb));
        printf(",\n \"sheets\": [");
    }
    for (size_t f = 0; f < files.count; f++) {
        jx_doc *doc;
        if (cli_load_doc(&doc, files.items[f]) != 0) {
            status = EXIT_BAD_INPUT;
            t.failed++;
            continue;
        }
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            jx_result *a = NULL, *b = NULL;
            jx_error err;
            if (jx_score(&a, ra, jx_doc_sheet(doc, i), &err) != JX_OK ||
                jx_score(&b, rb, jx_doc_sheet(doc, i), &err) != JX_OK) {
                cli_error(&err, NULL, 0);
                status = EXIT_BAD_INPUT;
                t.failed++;
            } else {
                char who[300];
                if (jx_doc_count(doc) > 1)
                    snprintf(who, sizeof who, "%s#%zu", files.items[f], i + 1);
                else
                    snprintf(who, sizeof who, "%s", files.items[f]);
                one_sheet(&t, a, b, who, i, fmt, &printed);
            }
            jx_result_free(a);
            jx_result_free(b);
        }
        jx_doc_free(doc);
    }
    summary(&t, jx_rules_name(ra), jx_rules_name(rb), fmt);
    jx_rules_free(ra);
    jx_rules_free(rb);
    cli_files_free(&files);
    return status;
}
