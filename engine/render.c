/*
 * render.c - a result as a terminal table, JSON, CSV, Markdown, or a full derivation.
 *
 * Output goes through the caller's write callback; the library does no I/O. The terminal table
 * aligns by display width (CJK takes two columns), and cuts long cells with an ellipsis.
 */
#include "msg.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef jx_out out;

static void md_str(out *o, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '|')
            jx__emit(o, "\\|", 2);
        else if (*p == '\n')
            jx__emit(o, " ", 1);
        else
            jx__emit(o, p, 1);
    }
}

static void plain(out *o, const char *s) { jx__emits(o, s); }

static void warnings_block(out *o, const jx_result *res, const char *bullet, jx_lang lang)
{
    for (size_t i = 0; i < res->nwarnings; i++) {
        const jx_warning *w = jx__warning(res, i);
        char where[320];
        jx__emitf(o, "%s%s: %s: ", bullet,
                  jx_location(where, sizeof where, w->source, w->line, w->column), w->code);
        char path[160];
        if (w->path[0])
            jx__emitf(o, "%s: ", jx_path_text(path, sizeof path, w->path, lang));
        jx__emit_warning(o, res, i, lang, plain);
        jx__emits(o, "\n");
    }
}

/* ---- JSON ---- */

static void render_json(out *o, const jx_result *res, jx_lang lang)
{
    const jx_sheet *s = res->sheet;
    char a[48], b[48];
    jx__emits(o, "{\"source\": ");
    jx__json_str(o, s->source);
    jx__emits(o, ", \"rules\": ");
    jx__json_str(o, res->rules_name);
    jx__emits(o, ", \"org\": ");
    jx__json_str(o, s->org);
    jx__emits(o, ", \"project\": ");
    jx__json_str(o, s->project);
    if (s->year)
        jx__emitf(o, ", \"year\": %d", s->year);
    else
        jx__emits(o, ", \"year\": null");
    jx__emits(o, ",\n \"budget\": ");
    if (res->budget.has_budget) {
        const jx_budget *bu = &res->budget;
        /* an amount the form left empty is null, never 0 */
        jx__emitf(o, "{\"initial\": %s, \"full_year\": %s, \"executed\": %s, \"rate\": %s, ",
                  bu->has_initial ? jx__fmt_points(a, bu->initial) : "null",
                  bu->has_full_year ? jx__fmt_points(b, bu->full_year) : "null",
                  jx__fmt_points((char[48]){0}, bu->executed),
                  jx__fmt_points((char[48]){0}, bu->rate));
        jx__emitf(o, "\"points\": %s, \"score\": %s, \"explain\": ", jx__fmt_points(a, bu->points),
                  jx__fmt_points(b, bu->score));
        jx__emit_explain(o, res, true, 0, lang, jx__json_str);
        jx__emits(o, "}");
    } else {
        jx__emits(o, "null");
    }
    jx__emits(o, ",\n \"indicators\": [");
    for (size_t i = 0; i < res->nrows; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        jx__emits(o, i ? ",\n  {" : "\n  {");
        jx__emitf(o, "\"index\": %zu, \"line\": %zu, \"level1\": ", i, it.line);
        jx__json_str(o, it.level1);
        jx__emits(o, ", \"level2\": ");
        jx__json_str(o, it.level2);
        jx__emits(o, ", \"name\": ");
        jx__json_str(o, it.name);
        jx__emits(o, ", \"op\": ");
        jx__json_str(o, it.op);
        jx__emits(o, ", \"op_text\": ");
        jx__json_str(o, jx__op_text(it.op, lang));
        jx__emits(o, ", \"target\": ");
        jx__json_str(o, it.target);
        jx__emits(o, ", \"actual\": ");
        jx__json_str(o, it.actual);
        jx__emits(o, ", \"unit\": ");
        jx__json_str(o, it.unit);
        jx__emitf(o, ", \"points\": %s, \"score\": %s", jx__fmt_points(a, it.points),
                  it.status == JX_STATUS_PENDING ? "null" : jx__fmt_points(b, it.score));
        if (it.deducted)
            jx__emitf(o, ", \"deducted\": %s", jx__fmt_points(a, it.deducted));
        if (it.has_claim)
            jx__emitf(o, ", \"claimed\": %s", jx__fmt_points(a, it.claimed));
        jx__emitf(o, ", \"status\": \"%s\", \"status_text\": ", jx_status_name(it.status));
        jx__json_str(o, jx_status_text(it.status, lang));
        jx__emits(o, ", \"tier\": ");
        jx__json_str(o, it.tier);
        jx__emits(o, ", \"explain\": ");
        jx__emit_explain(o, res, false, i, lang, jx__json_str);
        jx__emits(o, "}");
    }
    jx__emitf(o, "],\n \"total\": %s, \"possible\": %s, \"grade\": ", jx__fmt_points(a, res->total),
              jx__fmt_points(b, res->possible));
    if (res->grade)
        jx__json_str(o, res->grade);
    else
        jx__emits(o, "null");
    jx__emits(o, ",\n \"warnings\": [");
    for (size_t i = 0; i < res->nwarnings; i++) {
        const jx_warning *w = jx__warning(res, i);
        jx__emits(o, i ? ",\n  {\"code\": " : "\n  {\"code\": ");
        jx__json_str(o, w->code);
        jx__emitf(o, ", \"severity\": \"%s\", \"line\": %zu, \"column\": %zu, \"path\": ",
                  jx_severity_name(w->severity), w->line, w->column);
        jx__json_str(o, w->path);
        char path[160];
        jx__emits(o, ", \"path_text\": ");
        jx__json_str(o, jx_path_text(path, sizeof path, w->path, lang));
        jx__emits(o, ", \"message\": ");
        jx__emit_warning(o, res, i, lang, jx__json_str);
        jx__emits(o, "}");
    }
    jx__emits(o, "]}\n");
}

/* ---- CSV ---- */

/* Ends a CSV row with the sheet's org and project, so that the rows of many sheets in one file
 * (a folder, a stream) each say which sheet they are of. */
static void csv_sheet(out *o, const jx_result *res)
{
    jx__emits(o, ",");
    jx__csv_str(o, res->sheet->org);
    jx__emits(o, ",");
    jx__csv_str(o, res->sheet->project);
    jx__emits(o, "\n");
}

static void render_csv(out *o, const jx_result *res, bool header)
{
    char a[48], b[48];
    if (header)
        jx__emits(o,
                  "source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,"
                  "org,project\n");
    for (size_t i = 0; i < res->nrows; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        jx__csv_str(o, res->sheet->source);
        jx__emitf(o, ",indicator,%zu,", i);
        const char *cells[] = {it.level1, it.level2, it.name, it.op, it.target, it.actual, it.unit};
        for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
            jx__csv_str(o, cells[k]);
            jx__emits(o, ",");
        }
        jx__emitf(o, "%s,%s,%s", jx__fmt_points(a, it.points),
                  it.status == JX_STATUS_PENDING ? "" : jx__fmt_points(b, it.score),
                  it.tier[0] ? it.tier : jx_status_name(it.status));
        csv_sheet(o, res);
    }
    if (res->budget.has_budget) {
        jx__csv_str(o, res->sheet->source);
        jx__emitf(o, ",budget,,,,预算执行,,,%s%%,,%s,%s,", jx__fmt_points(a, res->budget.rate),
                  jx__fmt_points(b, res->budget.points),
                  jx__fmt_points((char[48]){0}, res->budget.score));
        csv_sheet(o, res);
    }
    jx__csv_str(o, res->sheet->source);
    jx__emitf(o, ",total,,,,总分,,,,,%s,%s,%s", jx__fmt_points(a, res->possible),
              jx__fmt_points(b, res->total), res->grade ? res->grade : "");
    csv_sheet(o, res);
}

/* ---- text table and Markdown ---- */

enum {
    COL_NO,
    COL_L1,
    COL_L2,
    COL_NAME,
    COL_OP,
    COL_TARGET,
    COL_ACTUAL,
    COL_POINTS,
    COL_SCORE,
    COL_STATUS,
    NCOLS
};
static const char *const col_zh[NCOLS] = {"#",
                                          ZH_R_COL_L1,
                                          ZH_R_COL_L2,
                                          ZH_R_COL_NAME,
                                          ZH_R_COL_OP,
                                          ZH_R_COL_TARGET,
                                          ZH_R_COL_ACTUAL,
                                          ZH_R_COL_POINTS,
                                          ZH_R_COL_SCORE,
                                          ZH_R_COL_STATUS};
static const char *const col_en[NCOLS] = {"#",
                                          EN_R_COL_L1,
                                          EN_R_COL_L2,
                                          EN_R_COL_NAME,
                                          EN_R_COL_OP,
                                          EN_R_COL_TARGET,
                                          EN_R_COL_ACTUAL,
                                          EN_R_COL_POINTS,
                                          EN_R_COL_SCORE,
                                          EN_R_COL_STATUS};
static const size_t col_max[NCOLS] = {4, 12, 12, 30, 6, 16, 16, 8, 8, 12};
static const bool col_right[NCOLS] = {true,  false, false, false, false,
                                      false, false, true,  true,  false};

static void cells_of(const char *cell[NCOLS], char bufs[4][48], const jx_result *res, size_t i,
                     jx_lang lang)
{
    jx_item it;
    jx_result_item(&it, res, i);
    snprintf(bufs[0], 48, "%zu", i + 1);
    jx__fmt_hundredths(bufs[1], it.points);
    jx__fmt_hundredths(bufs[2], it.score);
    if (it.status == JX_STATUS_PENDING)
        bufs[2][0] = '\0'; /* not scored: no score, not 0.00 */
    if (it.tier[0])
        snprintf(bufs[3], 48, "%s", it.tier);
    else
        snprintf(bufs[3], 48, "%s", jx_status_text(it.status, lang));
    cell[COL_NO] = bufs[0];
    cell[COL_L1] = it.level1;
    cell[COL_L2] = it.level2;
    cell[COL_NAME] = it.name;
    cell[COL_OP] = jx__op_text(it.op, lang);
    cell[COL_TARGET] = it.target;
    cell[COL_ACTUAL] = it.actual;
    cell[COL_POINTS] = bufs[1];
    cell[COL_SCORE] = bufs[2];
    cell[COL_STATUS] = bufs[3];
}

/* The indicators as an aligned table (or a Markdown one): a line per row. */
static void indicator_table(out *o, const jx_result *res, bool md, jx_lang lang)
{
    const char *const *col_titles = lang == JX_LANG_EN ? col_en : col_zh;
    int last = NCOLS - 1;
    size_t width[NCOLS];
    bool used[NCOLS];
    char bufs[4][48];
    const char *cell[NCOLS];
    for (int c = 0; c < NCOLS; c++) {
        width[c] = jx__display_width(col_titles[c]);
        used[c] = c != COL_L1 && c != COL_L2;
    }
    for (size_t i = 0; i < res->nrows; i++) {
        cells_of(cell, bufs, res, i, lang);
        for (int c = 0; c < NCOLS; c++) {
            size_t w = jx__display_width(cell[c]);
            if (cell[c][0])
                used[c] = true;
            if (w > width[c])
                width[c] = w < col_max[c] ? w : col_max[c];
        }
    }
    const char *sep = md ? " | " : "  ";
    if (md)
        jx__emits(o, "| ");
    for (int c = 0, first = 1; c < NCOLS; c++) {
        if (!used[c])
            continue;
        if (!first)
            jx__emits(o, sep);
        first = 0;
        if (md)
            md_str(o, col_titles[c]);
        else
            jx__cell_out(o, col_titles[c], width[c], col_right[c], c != last);
    }
    jx__emits(o, md ? " |\n|" : "\n");
    if (md)
        for (int c = 0; c < NCOLS; c++)
            if (used[c])
                jx__emits(o, col_right[c] ? "---:|" : "---|");
    if (md)
        jx__emits(o, "\n");
    for (size_t i = 0; i < res->nrows; i++) {
        cells_of(cell, bufs, res, i, lang);
        if (md)
            jx__emits(o, "| ");
        for (int c = 0, first = 1; c < NCOLS; c++) {
            if (!used[c])
                continue;
            if (!first)
                jx__emits(o, sep);
            first = 0;
            if (md)
                md_str(o, cell[c]);
            else
                jx__cell_out(o, cell[c], width[c], col_right[c], c != last);
        }
        jx__emits(o, md ? " |\n" : "\n");
    }
    if (md)
        jx__emits(o, "\n");
}

static void render_table(out *o, const jx_result *res, bool md, jx_lang lang)
{
    char head[512], a[48], b[48];
    if (md)
        jx__emitf(o, "### %s\n\n", jx__header_line(head, sizeof head, res, lang));
    else
        jx__emitf(o, "%s\n", jx__header_line(head, sizeof head, res, lang));
    if (res->nrows > 0) /* a budget row alone has no table of indicators */
        indicator_table(o, res, md, lang);
    const jx_budget *bu = &res->budget;
    if (bu->has_budget) {
        char m1[48] = "—", m2[48] = "—", m3[48];
        jx__emitf(o, JX_T(lang, R_BUDGET), md ? "- " : "",
                  bu->has_initial ? jx__fmt_money(m1, bu->initial) : m1,
                  bu->has_full_year ? jx__fmt_money(m2, bu->full_year) : m2,
                  jx__fmt_money(m3, bu->executed), jx__fmt_hundredths(a, bu->rate),
                  jx__fmt_hundredths(b, bu->points), jx__fmt_hundredths((char[48]){0}, bu->score));
    }
    jx__emitf(o, JX_T(lang, R_TOTAL), md ? "- **" : "", jx__fmt_hundredths(a, res->total),
              jx__fmt_hundredths(b, res->possible),
              res->grade        ? res->grade
              : res->nrows == 0 ? JX_T(lang, R_NO_GRADE_BUDGET)
                                : JX_T(lang, R_NO_GRADE_PENDING),
              md ? "**" : "");
    if (md && res->nwarnings)
        jx__emits(o, JX_T(lang, R_WARNINGS_MD));
    else if (res->nwarnings)
        jx__emitf(o, JX_T(lang, R_WARNINGS), res->nwarnings);
    warnings_block(o, res, md ? "- " : "  ", lang);
}

/* ---- the derivation ---- */

static void render_explain(out *o, const jx_result *res, jx_lang lang)
{
    char head[512], a[48], b[48];
    jx__emitf(o, "%s\n", jx__header_line(head, sizeof head, res, lang));
    for (size_t i = 0; i < res->nrows; i++) {
        jx_item it;
        jx_result_item(&it, res, i);
        jx__emitf(o, "%3zu. ", i + 1);
        jx__emits(o, it.name);
        /* the target as written may carry the op's sign and the unit ("≥200平方米"): once each */
        const char *target = it.target;
        size_t op_len = strlen(it.op), t_len = strlen(target), u_len = strlen(it.unit);
        if (strncmp(target, it.op, op_len) == 0) {
            target += op_len;
            t_len -= op_len;
        }
        bool unit = u_len && !(t_len >= u_len && strcmp(target + t_len - u_len, it.unit) == 0);
        jx__emitf(o, JX_T(lang, R_POINTS), jx__op_text(it.op, lang), target, unit ? " " : "",
                  unit ? it.unit : "", jx__fmt_points(a, it.points));
        jx__emit_explain(o, res, false, i, lang, plain);
        jx__emits(o, "\n");
    }
    if (res->budget.has_budget) {
        jx__emits(o, JX_T(lang, R_BUDGET_ROW));
        jx__emit_explain(o, res, true, 0, lang, plain);
        jx__emits(o, "\n");
    }
    jx__emits(o, JX_T(lang, R_SUM_HEAD));
    for (size_t i = 0; i < res->nrows; i++)
        jx__emitf(o, "%s%s", i ? " + " : "",
                  res->rows[i].status == JX_STATUS_PENDING
                      ? "—"
                      : jx__fmt_hundredths(a, res->rows[i].score));
    if (res->budget.has_budget)
        jx__emitf(o, "%s%s", res->nrows ? " + " : "", jx__fmt_hundredths(a, res->budget.score));
    jx__emitf(o, JX_T(lang, R_SUM), jx__fmt_hundredths(a, res->total),
              jx__fmt_hundredths(b, res->possible));
    const jx_rules *r = res->rules_ref;
    if (res->band >= 0) {
        int64_t hi = res->band == 0 ? r->total_points : r->bands[res->band - 1].min;
        jx__emitf(o, JX_T(lang, R_BAND), jx__fmt_hundredths(a, res->total),
                  jx__fmt_points(b, r->bands[res->band].min), jx__fmt_points((char[48]){0}, hi),
                  res->band == 0 ? "]" : ")", res->grade);
    } else if (res->nrows == 0) {
        jx__emits(o, JX_T(lang, R_BAND_BUDGET));
    } else {
        jx__emits(o, JX_T(lang, R_BAND_PENDING));
    }
    if (res->nwarnings)
        jx__emitf(o, JX_T(lang, R_WARNINGS), res->nwarnings);
    warnings_block(o, res, "  ", lang);
}

int jx_result_render_lang(const jx_result *res, jx_format format, jx_lang lang, jx_write_fn write,
                          void *ctx)
{
    if (!res || !write || (lang != JX_LANG_ZH && lang != JX_LANG_EN))
        return JX_EUSAGE;
    out o = {write, ctx, 0};
    switch (format) {
    case JX_FORMAT_TEXT: render_table(&o, res, false, lang); break;
    case JX_FORMAT_MD: render_table(&o, res, true, lang); break;
    case JX_FORMAT_JSON: render_json(&o, res, lang); break;
    case JX_FORMAT_CSV: render_csv(&o, res, true); break;
    case JX_FORMAT_CSV_BODY: render_csv(&o, res, false); break;
    case JX_FORMAT_EXPLAIN: render_explain(&o, res, lang); break;
    default: return JX_EUSAGE;
    }
    return o.failed ? JX_EIO : JX_OK;
}

int jx_result_render(const jx_result *res, jx_format format, jx_write_fn write, void *ctx)
{
    bool reader = format == JX_FORMAT_TEXT || format == JX_FORMAT_MD || format == JX_FORMAT_EXPLAIN;
    return jx_result_render_lang(res, format, reader ? JX_LANG_ZH : JX_LANG_EN, write, ctx);
}
