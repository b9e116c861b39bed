/*
 * report.c - a row per sheet of many files, failures included: the analyst's table (jixiao
 * report). A row copies what it shows out of its result, so a report of a province's forms holds
 * a few hundred bytes a sheet, not the sheets. Rendered as CSV and JSON in the order added, and as
 * text grouped by org with a subtotal line each and the failures last; html.c and export_xlsx.c
 * draw the same groups.
 */
#include "msg.h"
#include "out.h"

#include <stdio.h>
#include <string.h>

int jx_report_new(jx_report **out, const jx_allocator *alloc, jx_error *err)
{
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    jx_arena a;
    jx_arena__init(&a, alloc);
    *out = jx_arena__adopt(&a, sizeof **out);
    if (!*out) {
        jx_arena__free(&a);
        return jx__fail(err, JX_ENOMEM, "", 0, 0, "", JX_M(E_NOMEM));
    }
    return JX_OK;
}

void jx_report_free(jx_report *rep)
{
    if (rep) {
        jx_arena a = rep->arena;
        jx_arena__free(&a);
    }
}

size_t jx_report_count(const jx_report *rep) { return rep ? rep->n : 0; }
size_t jx_report_failures(const jx_report *rep) { return rep ? rep->failures : 0; }

int jx_report_get(jx_report_row *out, const jx_report *rep, size_t i)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!out || !rep)
        return JX_EUSAGE;
    if (i >= rep->n)
        return JX_ENOTFOUND;
    *out = rep->rows[i];
    return JX_OK;
}

static const char *copy(jx_report *rep, const char *s)
{
    return s ? jx_arena__strndup(&rep->arena, s, strlen(s)) : "";
}

/* A new row, zeroed, its strings "". */
static jx_report_row *add_row(jx_report *rep)
{
    jx_report_row *rows = jx_arena__grow(&rep->arena, rep->rows, &rep->cap, rep->n, sizeof *rows);
    if (!rows)
        return NULL;
    rep->rows = rows;
    jx_report_row *r = &rep->rows[rep->n];
    memset(r, 0, sizeof *r);
    r->source = r->org = r->project = r->grade = r->printed_grade = r->rules = r->message =
        r->message_zh = "";
    return r;
}

int jx_report_add(jx_report *rep, const jx_result *res, size_t sheet)
{
    if (!rep || !res)
        return JX_EUSAGE;
    jx_report_row *r = add_row(rep);
    if (!r)
        return JX_ENOMEM;
    const jx_sheet *s = res->sheet;
    r->source = copy(rep, s->source);
    r->sheet = sheet;
    r->org = copy(rep, s->org);
    r->project = copy(rep, s->project);
    r->year = s->year;
    r->total = res->total;
    r->max = res->possible;
    r->grade = copy(rep, res->grade);
    r->has_printed_total = s->has_total;
    r->printed_total = s->total;
    r->printed_grade = copy(rep, s->grade);
    r->findings = res->nwarnings;
    for (size_t i = 0; i < res->nwarnings; i++)
        r->errors += res->warnings[i].severity == JX_SEVERITY_ERROR;
    r->rules = copy(rep, res->rules_name);
    if (!r->source || !r->org || !r->project || !r->grade || !r->printed_grade || !r->rules)
        return JX_ENOMEM;
    rep->n++;
    return JX_OK;
}

int jx_report_add_failure(jx_report *rep, const char *source, size_t sheet, const jx_error *error)
{
    if (!rep || !source || !error)
        return JX_EUSAGE;
    jx_report_row *r = add_row(rep);
    if (!r)
        return JX_ENOMEM;
    char where[320], path[256], msg[1024];
    jx_location(where, sizeof where, error->source[0] ? error->source : source, error->line,
                error->column);
    snprintf(msg, sizeof msg, "%s: %s%s%s", where, error->path, error->path[0] ? ": " : "",
             error->message);
    r->message = copy(rep, msg);
    snprintf(msg, sizeof msg, "%s: %s%s%s", where,
             jx_path_text(path, sizeof path, error->path, JX_LANG_ZH), error->path[0] ? "：" : "",
             error->message_zh);
    r->message_zh = copy(rep, msg);
    r->source = copy(rep, source);
    r->sheet = sheet;
    r->failed = 1;
    if (!r->source || !r->message || !r->message_zh)
        return JX_ENOMEM;
    rep->n++;
    rep->failures++;
    return JX_OK;
}

/* ---- groups ---------------------------------------------------------------------------------- */

/* The grades a reader expects in this order; any other label follows them, none ("") last. */
static int grade_rank(const char *g)
{
    static const char *const known[] = {"优秀", "良好", "一般", "较差"};
    for (int i = 0; i < 4; i++)
        if (strcmp(g, known[i]) == 0)
            return i;
    return g[0] ? 4 : 5;
}

/* The groups in the order their orgs first appear, each with its rows' summary; then the order:
 * each group's rows in the order added, the failures last. */
static int report_order(jx_report_view *v, const jx_report *rep)
{
    for (size_t i = 0; i < rep->n; i++) {
        const jx_report_row *r = &rep->rows[i];
        if (r->failed)
            continue;
        size_t g = 0;
        while (g < v->ngroups && strcmp(v->groups[g].org, r->org) != 0)
            g++;
        if (g == v->ngroups) {
            v->groups[g] = (jx_report_group){.org = r->org};
            TRY(jx_summary_new(&v->groups[g].summary, rep->arena.alc, NULL));
            v->ngroups++;
        }
        v->groups[g].count++;
        TRY(jx__summary_add_total(v->groups[g].summary, r->total, r->grade));
    }
    size_t at = 0;
    for (size_t g = 0; g < v->ngroups; g++) {
        v->groups[g].first = at;
        for (size_t i = 0; i < rep->n; i++)
            if (!rep->rows[i].failed && strcmp(rep->rows[i].org, v->groups[g].org) == 0)
                v->order[at++] = i;
    }
    for (size_t i = 0; i < rep->n; i++)
        if (rep->rows[i].failed)
            v->order[at++] = i;
    return JX_OK;
}

void jx__report_view_free(jx_report_view *v)
{
    for (size_t g = 0; g < v->ngroups; g++)
        jx_summary_free(v->groups[g].summary);
    jx_arena__free(&v->arena);
}

int jx__report_groups(jx_report_view *v, const jx_report *rep)
{
    jx_arena__init(&v->arena, rep->arena.alc);
    v->ngroups = 0;
    v->order = jx_arena__alloc(&v->arena, (rep->n + 1) * sizeof *v->order);
    v->groups = jx_arena__alloc(&v->arena, (rep->n + 1) * sizeof *v->groups);
    int rc = v->order && v->groups ? report_order(v, rep) : JX_ENOMEM;
    if (rc)
        jx__report_view_free(v);
    return rc;
}

const char *jx__report_subtotal(char *buf, size_t size, const jx_report_group *g, jx_lang lang)
{
    char mean[32], lo[32], hi[32];
    jx_totals t;
    jx_summary_totals(&t, g->summary);
    int used = snprintf(buf, size, JX_T(lang, P_SUB), t.sheets,
                        t.sheets == 1 ? "" : JX_T(lang, P_PLURAL), jx__fmt_hundredths(mean, t.mean),
                        jx__fmt_hundredths(lo, t.min), jx__fmt_hundredths(hi, t.max));
    /* the grades in reading order: 优秀 良好 一般 较差, then others as first met, none last */
    const char *name;
    size_t n, k = 0;
    for (int rank = 0; rank <= 5; rank++)
        for (size_t i = 0; jx_summary_grade(&name, &n, g->summary, i) == JX_OK; i++)
            if (grade_rank(name) == rank && used > 0 && (size_t)used < size)
                used += snprintf(buf + used, size - (size_t)used, JX_T(lang, P_SUB_GRADE),
                                 k++ ? (lang == JX_LANG_EN ? "," : "，") : "",
                                 name[0] ? name : JX_T(lang, P_NO_GRADE), n);
    return buf;
}

/* ---- CSV and JSON: a row per sheet ----------------------------------------------------------- */

const char *jx__report_message(const jx_report_row *r, jx_lang lang)
{
    return lang == JX_LANG_EN ? r->message : r->message_zh;
}

static void render_csv(jx_out *o, const jx_report *rep, jx_lang lang)
{
    jx__emits(o, "source,sheet,org,project,year,total,max,grade,printed_total,printed_grade,"
                 "findings,status,message\n");
    for (size_t i = 0; i < rep->n; i++) {
        const jx_report_row *r = &rep->rows[i];
        char a[32], b[32], c[32];
        jx__csv_str(o, r->source);
        jx__emitf(o, ",%zu,", r->sheet);
        jx__csv_str(o, r->org);
        jx__emits(o, ",");
        jx__csv_str(o, r->project);
        if (r->year)
            jx__emitf(o, ",%d,", r->year);
        else
            jx__emits(o, ",,");
        if (!r->failed)
            jx__emitf(o, "%s,%s,", jx__fmt_points(a, r->total), jx__fmt_points(b, r->max));
        else
            jx__emits(o, ",,");
        jx__csv_str(o, r->grade);
        jx__emitf(o, ",%s,", r->has_printed_total ? jx__fmt_points(c, r->printed_total) : "");
        jx__csv_str(o, r->printed_grade);
        if (!r->failed)
            jx__emitf(o, ",%zu,scored,\n", r->findings);
        else {
            jx__emits(o, ",,failed,");
            jx__csv_str(o, jx__report_message(r, lang));
            jx__emits(o, "\n");
        }
    }
}

static void json_or_null(jx_out *o, const char *s)
{
    if (s[0])
        jx__json_str(o, s);
    else
        jx__emits(o, "null");
}

static void render_json(jx_out *o, const jx_report *rep, jx_lang lang)
{
    jx__emits(o, "[");
    for (size_t i = 0; i < rep->n; i++) {
        const jx_report_row *r = &rep->rows[i];
        char a[32], b[32], c[32];
        jx__emits(o, i ? ",\n {\"source\": " : "\n {\"source\": ");
        jx__json_str(o, r->source);
        jx__emitf(o, ", \"sheet\": %zu, \"org\": ", r->sheet);
        jx__json_str(o, r->org);
        jx__emits(o, ", \"project\": ");
        jx__json_str(o, r->project);
        if (r->year)
            jx__emitf(o, ", \"year\": %d", r->year);
        else
            jx__emits(o, ", \"year\": null");
        if (r->failed)
            jx__emits(o, ", \"total\": null, \"max\": null, \"grade\": null");
        else {
            jx__emitf(o, ", \"total\": %s, \"max\": %s, \"grade\": ", jx__fmt_points(a, r->total),
                      jx__fmt_points(b, r->max));
            json_or_null(o, r->grade);
        }
        jx__emitf(o, ", \"printed_total\": %s, \"printed_grade\": ",
                  r->has_printed_total ? jx__fmt_points(c, r->printed_total) : "null");
        json_or_null(o, r->printed_grade);
        if (r->failed) {
            jx__emits(o, ", \"findings\": null, \"status\": \"failed\", \"message\": ");
            jx__json_str(o, jx__report_message(r, lang));
        } else {
            jx__emitf(o, ", \"findings\": %zu, \"status\": \"scored\", \"message\": null",
                      r->findings);
        }
        jx__emits(o, "}");
    }
    jx__emits(o, rep->n ? "\n]\n" : "]\n");
}

/* ---- text: grouped by org -------------------------------------------------------------------- */

enum {
    T_SOURCE,
    T_SHEET,
    T_PROJECT,
    T_YEAR,
    T_TOTAL,
    T_MAX,
    T_GRADE,
    T_PTOTAL,
    T_PGRADE,
    T_FIND,
    TN
};
static const char *const titles_en[TN] = {EN_P_SOURCE, EN_P_SHEET,   EN_P_PROJECT, EN_P_YEAR,
                                          EN_P_TOTAL,  EN_P_MAX,     EN_P_GRADE,   EN_P_PTOTAL,
                                          EN_P_PGRADE, EN_P_FINDINGS};
static const char *const titles_zh[TN] = {ZH_P_SOURCE, ZH_P_SHEET,   ZH_P_PROJECT, ZH_P_YEAR,
                                          ZH_P_TOTAL,  ZH_P_MAX,     ZH_P_GRADE,   ZH_P_PTOTAL,
                                          ZH_P_PGRADE, ZH_P_FINDINGS};
static const size_t widest[TN] = {40, 5, 24, 4, 7, 7, 6, 13, 13, 8};
static const bool right[TN] = {false, true, false, true, true, true, false, true, false, true};

static void cells_of(char buf[TN][48], const char *cell[TN], const jx_report_row *r)
{
    snprintf(buf[T_SHEET], 48, "%zu", r->sheet);
    snprintf(buf[T_YEAR], 48, "%.0d", r->year); /* no digits at all for 0: no year */
    jx__fmt_hundredths(buf[T_TOTAL], r->total);
    jx__fmt_hundredths(buf[T_MAX], r->max);
    buf[T_PTOTAL][0] = '\0';
    if (r->has_printed_total)
        jx__fmt_hundredths(buf[T_PTOTAL], r->printed_total);
    snprintf(buf[T_FIND], 48, "%zu", r->findings);
    for (int c = 0; c < TN; c++)
        cell[c] = buf[c];
    cell[T_SOURCE] = r->source;
    cell[T_PROJECT] = r->project;
    cell[T_GRADE] = r->grade[0] ? r->grade : "—";
    cell[T_PGRADE] = r->printed_grade;
}

static void text_line(jx_out *o, const char *const cell[TN], const size_t width[TN])
{
    jx__emits(o, "  ");
    for (int c = 0; c < TN; c++) {
        if (c)
            jx__emits(o, "  ");
        jx__cell_out(o, cell[c], width[c], right[c], c != TN - 1);
    }
    jx__emits(o, "\n");
}

static int render_text(jx_out *o, const jx_report *rep, jx_lang lang)
{
    const char *const *titles = lang == JX_LANG_EN ? titles_en : titles_zh;
    jx_report_view v;
    int rc = jx__report_groups(&v, rep);
    if (rc)
        return rc;
    size_t width[TN];
    char buf[TN][48];
    const char *cell[TN];
    for (int c = 0; c < TN; c++)
        width[c] = jx__display_width(titles[c]);
    for (size_t i = 0; i < rep->n; i++) {
        if (rep->rows[i].failed)
            continue;
        cells_of(buf, cell, &rep->rows[i]);
        for (int c = 0; c < TN; c++) {
            size_t w = jx__display_width(cell[c]);
            w = w < widest[c] ? w : widest[c];
            width[c] = w > width[c] ? w : width[c];
        }
    }
    jx__emits(o, JX_T(lang, P_TITLE_LINE));
    jx__emitf(o, JX_T(lang, P_COUNTS), rep->n - rep->failures,
              rep->n - rep->failures == 1 ? "" : JX_T(lang, P_PLURAL), rep->failures);
    jx__emits(o, "\n");
    for (size_t g = 0; g < v.ngroups; g++) {
        jx__emitf(o, "\n%s\n", v.groups[g].org[0] ? v.groups[g].org : JX_T(lang, P_NO_ORG));
        text_line(o, titles, width);
        for (size_t k = 0; k < v.groups[g].count; k++) {
            cells_of(buf, cell, &rep->rows[v.order[v.groups[g].first + k]]);
            text_line(o, cell, width);
        }
        char sub[512];
        jx__emitf(o, "  %s%s\n", JX_T(lang, P_SUBTOTAL),
                  jx__report_subtotal(sub, sizeof sub, &v.groups[g], lang));
    }
    if (rep->failures) {
        jx__emits(o, "\n");
        jx__emitf(o, JX_T(lang, P_FAILED), rep->failures);
        jx__emits(o, ":\n");
    }
    for (size_t i = 0; i < rep->n; i++)
        if (rep->rows[i].failed)
            jx__emitf(o, "  %s\n", jx__report_message(&rep->rows[i], lang));
    jx__report_view_free(&v);
    return JX_OK;
}

int jx_report_render(const jx_report *rep, jx_format format, jx_write_fn write, void *ctx)
{
    return jx_report_render_lang(rep, format, format == JX_FORMAT_TEXT ? JX_LANG_ZH : JX_LANG_EN,
                                 write, ctx);
}

int jx_report_render_lang(const jx_report *rep, jx_format format, jx_lang lang, jx_write_fn write,
                          void *ctx)
{
    if (!rep || !write)
        return JX_EUSAGE;
    jx_out o = {write, ctx, 0};
    int rc = JX_OK;
    switch (format) {
    case JX_FORMAT_CSV: render_csv(&o, rep, lang); break;
    case JX_FORMAT_JSON: render_json(&o, rep, lang); break;
    case JX_FORMAT_TEXT: rc = render_text(&o, rep, lang); break;
    default: return JX_EUSAGE;
    }
    return rc ? rc : o.failed ? JX_EIO : JX_OK;
}
