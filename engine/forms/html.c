/*
 * html.c - a result as a self-contained HTML page: no script, no network, inline CSS and SVG.
 *
 * Per sheet: the heading, a gauge of the total over the rule set's grade bands, the budget row,
 * the table with two bars per indicator (completion against target; points earned against the
 * points), the warnings, and the derivation of every row. For several sheets an overview comes
 * first: a histogram of totals in bands of ten, the grade distribution, a line per sheet.
 * Numbers are printed as the JSON output prints them; data-* attributes carry them for tests.
 * Floating point only draws (bar widths, gauge angles); every number shown is exact.
 */
#include "jixiao_forms.h"
#include "msg.h"
#include "out.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void html_str(jx_out *o, const char *s)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = *s == '<'    ? "&lt;"
                          : *s == '>'  ? "&gt;"
                          : *s == '&'  ? "&amp;"
                          : *s == '"'  ? "&quot;"
                          : *s == '\n' ? "<br>"
                                       : NULL;
        if (!rep)
            continue;
        jx__emit(o, run, (size_t)(s - run));
        jx__emits(o, rep);
        run = s + 1;
    }
    jx__emit(o, run, (size_t)(s - run));
}

static const char css[] =
    "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;"
    "margin:24px;color:#222}"
    "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}"
    ".sub{color:#666;font-size:13px}"
    "section.sheet{break-before:page;margin-top:32px}"
    "table{border-collapse:collapse;font-size:13px;margin:8px 0}"
    "th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}"
    "th{background:#f0f3f7}td.n{text-align:right;white-space:nowrap}"
    ".bar{position:relative;width:120px;height:10px;background:#eee;margin:3px 0}"
    ".bar i{position:absolute;left:0;top:0;bottom:0}"
    ".bar b{position:absolute;top:-2px;bottom:-2px;border-left:2px solid #333}"
    ".c i{background:#6a9fd8}.p i{background:#5cb85c}.p.part i{background:#f0ad4e}"
    ".p.none i{background:#d9534f}.lbl{font-size:11px;color:#555}"
    ".ex{font-size:12px;color:#444}.warn li{margin:2px 0}.sev-error{color:#b00}"
    ".sev-warning{color:#a60}.grade{font-size:20px;font-weight:bold}td.g,th.g{white-space:nowrap}"
    ".fail{color:#b00}"
    ".flex{display:flex;gap:32px;align-items:center;flex-wrap:wrap}"
    "@media print{body{margin:0}}";

/* Bands of the rule set, highest first (a rule set always has one that starts at 0). */
static size_t bands_of(const jx_band **out, const jx_result *res)
{
    *out = res->rules_ref->bands;
    return res->rules_ref->nbands;
}

static void polar(double *x, double *y, double v)
{
    double t = 3.14159265358979323846 * (v < 0 ? 0 : v > 100 ? 100 : v) / 100;
    *x = 110 - 90 * cos(t);
    *y = 110 - 90 * sin(t);
}

static const char *const band_colors[] = {"#5cb85c", "#5bc0de", "#f0ad4e", "#d9534f", "#999"};

/* A half-circle gauge from 0 to 100 with the grade bands and a needle at the total. */
static void gauge(jx_out *o, const jx_result *res, jx_lang lang)
{
    const jx_band *b;
    size_t n = bands_of(&b, res);
    jx__emitf(o,
              "<svg class=\"gauge\" width=\"220\" height=\"135\" viewBox=\"0 0 220 135\" "
              "role=\"img\" aria-label=\"%s\">",
              JX_T(lang, H_TOTAL));
    for (size_t i = 0; i < n; i++) {
        double from = (double)b[i].min / 100, to = i ? (double)b[i - 1].min / 100 : 100;
        double x0, y0, x1, y1;
        polar(&x0, &y0, from);
        polar(&x1, &y1, to);
        jx__emitf(o,
                  "<path d=\"M%.2f %.2f A90 90 0 0 1 %.2f %.2f\" stroke=\"%s\" stroke-width=\"18\" "
                  "fill=\"none\"><title>",
                  x0, y0, x1, y1, band_colors[i < 4 ? i : 4]);
        html_str(o, b[i].label);
        jx__emitf(o, " ≥ %g</title></path>", from);
    }
    double x, y;
    polar(&x, &y, (double)res->total / 100);
    char t[48];
    jx__emitf(o,
              "<line x1=\"110\" y1=\"110\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#222\" "
              "stroke-width=\"3\"/><circle cx=\"110\" cy=\"110\" r=\"5\" fill=\"#222\"/>"
              "<text x=\"110\" y=\"132\" text-anchor=\"middle\" font-size=\"16\">%s</text></svg>",
              x, y, jx__fmt_points(t, res->total));
}

/* Completion against target in [0, ∞) when the row has one: B/A, or A/B for ≤. */
static bool completion(double *ratio, const jx_row *row, const jx_row_score *rs)
{
    if (rs->status == JX_STATUS_PENDING || rs->tr.branch == JX_BR_WORDS ||
        rs->tr.branch == JX_BR_QUAL || rs->tr.branch == JX_BR_PENDING)
        return false;
    double a = (double)rs->tr.a, b = (double)rs->tr.b;
    if (row->op == JX_OP_LE)
        *ratio = b > 0 ? a / b : 1;
    else if (row->op == JX_OP_GE || row->op == JX_OP_EQ || row->op == JX_OP_RANGE)
        *ratio = a > 0 ? b / a : b >= 0;
    else
        return false;
    return true;
}

static void bar(jx_out *o, const char *cls, double fill, double mark, const char *label)
{
    double w = fill < 0 ? 0 : fill > 1.5 ? 1.5 : fill;
    jx__emitf(o, "<div class=\"bar %s\"><i style=\"width:%.1f%%\"></i>", cls, w / 1.5 * 100);
    if (mark > 0)
        jx__emitf(o, "<b style=\"left:%.1f%%\"></b>", mark / 1.5 * 100);
    jx__emits(o, "</div><div class=\"lbl\">");
    jx__emits(o, label);
    jx__emits(o, "</div>");
}

/* A text of the page's language (msg.h): every function here has `lang` in scope. */
#define T(id) JX_T(lang, id)

static void row_html(jx_out *o, const jx_result *res, size_t i, jx_lang lang)
{
    jx_item it;
    jx_result_item(&it, res, i);
    const jx_row *row = &res->sheet->rows[i];
    const jx_row_score *rs = &res->rows[i];
    char a[48], b[48], label[96];
    bool pending = it.status == JX_STATUS_PENDING;
    jx__emitf(o, "<tr id=\"r%zu\" data-row=\"%zu\" data-points=\"%s\" data-score=\"%s\">", i, i,
              jx__fmt_points(a, it.points), pending ? "" : jx__fmt_points(b, it.score));
    const char *cells[] = {
        it.level1, it.level2,
        it.name,   row->op_text && row->op_text[0] ? row->op_text : jx__op_text(it.op, lang),
        it.target, it.actual,
        it.unit};
    for (size_t c = 0; c < sizeof cells / sizeof *cells; c++) {
        jx__emits(o, "<td>");
        html_str(o, cells[c]);
        jx__emits(o, "</td>");
    }
    jx__emitf(o, "<td class=\"n\">%s</td><td class=\"n\">%s</td><td>", jx__fmt_points(a, it.points),
              pending ? "—" : jx__fmt_points(b, it.score));
    double ratio;
    if (completion(&ratio, row, rs)) {
        snprintf(label, sizeof label, T(H_DONE), ratio * 100);
        bar(o, "c", ratio, 1, label);
    }
    if (!pending) {
        double earned = it.points ? (double)it.score / (double)it.points : 0;
        snprintf(label, sizeof label, T(H_EARNED), jx__fmt_points(a, it.score),
                 jx__fmt_points(b, it.points));
        bar(o, earned >= 1 ? "p" : earned > 0 ? "p part" : "p none", earned, 0, label);
    }
    jx__emits(o, "</td><td>");
    html_str(o, jx_status_text(it.status, lang));
    if (it.tier[0]) {
        jx__emits(o, " · ");
        html_str(o, it.tier);
    }
    jx__emits(o, "</td></tr>\n");
}

static void sheet_html(jx_out *o, const jx_result *res, size_t index, jx_lang lang)
{
    const jx_sheet *s = res->sheet;
    char a[48], b[48], head[512];
    jx__emitf(o,
              "<section class=\"sheet\" id=\"sheet%zu\" data-total=\"%s\" data-possible=\"%s\">\n",
              index, jx__fmt_points(a, res->total), jx__fmt_points(b, res->possible));
    jx__emits(o, "<h1>");
    html_str(o, s->project[0] ? s->project : s->org[0] ? s->org : T(H_SHEET));
    jx__emits(o, "</h1><div class=\"sub\">");
    html_str(o, jx__header_line(head, sizeof head, res, lang));
    jx__emits(o, " · ");
    char where[320];
    html_str(o, jx_location(where, sizeof where, s->source, 0, 0));
    jx__emits(o, "</div>\n<div class=\"flex\">");
    gauge(o, res, lang);
    jx__emitf(o, "<div><div>%s <span class=\"total\">%s</span> / %s</div>", T(H_TOTAL),
              jx__fmt_points(a, res->total), jx__fmt_points(b, res->possible));
    jx__emits(o, "<div class=\"grade\">");
    html_str(o, res->grade ? res->grade : T(H_NO_GRADE_PENDING));
    jx__emits(o, "</div></div></div>\n");
    if (res->budget.has_budget) {
        char m1[48], m2[48], m3[48];
        const jx_budget *bu = &res->budget;
        jx__emitf(o,
                  "<h2>%s</h2><table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                  "<th>%s</th></tr>"
                  "<tr data-budget-score=\"%s\"><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                  "<td class=\"n\">%s</td><td class=\"n\">%s%%</td><td class=\"n\">%s</td>"
                  "<td class=\"n\">%s</td></tr></table>\n",
                  T(H_BUDGET), T(H_INITIAL), T(H_FULL_YEAR), T(H_EXECUTED), T(H_RATE), T(H_POINTS),
                  T(H_SCORE), jx__fmt_points(head, bu->score),
                  s->has_initial ? jx__fmt_money(m1, bu->initial) : "—",
                  s->has_full_year ? jx__fmt_money(m2, bu->full_year) : "—",
                  s->has_executed ? jx__fmt_money(m3, bu->executed) : "—",
                  jx__fmt_hundredths(a, bu->rate), jx__fmt_points(b, bu->points),
                  jx__fmt_points(where, bu->score));
        jx__emits(o, "<p class=\"ex\">");
        jx__emit_explain(o, res, true, 0, lang, html_str);
        jx__emits(o, "</p>\n");
    }
    jx__emitf(o, "<h2>%s</h2><table><tr>", T(H_INDICATORS));
    const char *heads[] = {T(H_L1),   T(H_L2),     T(H_NAME),  T(H_OP),   T(H_TARGET), T(H_ACTUAL),
                           T(H_UNIT), T(H_POINTS), T(H_SCORE), T(H_BARS), T(H_STATUS)};
    for (size_t c = 0; c < sizeof heads / sizeof *heads; c++)
        jx__emitf(o, "<th>%s</th>", heads[c]);
    jx__emits(o, "</tr>\n");
    for (size_t i = 0; i < res->nrows; i++)
        row_html(o, res, i, lang);
    jx__emitf(o,
              "<tr><th colspan=\"7\">%s</th><td class=\"n\">%s</td><td class=\"n\">%s</td>"
              "<td colspan=\"2\" class=\"g\">",
              T(H_TOTAL), jx__fmt_points(a, res->possible), jx__fmt_points(b, res->total));
    html_str(o, res->grade ? res->grade : T(H_NO_GRADE));
    jx__emits(o, "</td></tr></table>\n");
    if (res->nwarnings) {
        jx__emits(o, "<h2>");
        jx__emitf(o, T(H_WARNINGS), res->nwarnings);
        jx__emits(o, "</h2><ul class=\"warn\">\n");
        for (size_t i = 0; i < res->nwarnings; i++) {
            const jx_warning *w = jx__warning(res, i);
            jx__emitf(o, "<li class=\"sev-%s\" data-code=\"%s\">", jx_severity_name(w->severity),
                      w->code);
            html_str(o, jx_location(where, sizeof where, w->source, w->line, w->column));
            jx__emits(o, ": <b>");
            html_str(o, w->code);
            jx__emits(o, "</b>: ");
            if (w->path[0]) {
                char path[160];
                html_str(o, jx_path_text(path, sizeof path, w->path, lang));
                jx__emits(o, ": ");
            }
            jx__emit_warning(o, res, i, lang, html_str);
            jx__emits(o, "</li>\n");
        }
        jx__emits(o, "</ul>\n");
    }
    jx__emitf(o, "<h2>%s</h2><ol class=\"ex\">\n", T(H_EXPLAIN));
    for (size_t i = 0; i < res->nrows; i++) {
        jx__emits(o, "<li>");
        html_str(o, res->sheet->rows[i].name);
        jx__emits(o, ": ");
        jx__emit_explain(o, res, false, i, lang, html_str);
        jx__emits(o, "</li>\n");
    }
    jx__emits(o, "</ol></section>\n");
}

/* Histogram of totals in bands of ten points, the grade counts and a line per sheet. */
static void overview(jx_out *o, const jx_result *const *res, size_t n, jx_lang lang)
{
    size_t bins[10] = {0}, peak = 1;
    for (size_t i = 0; i < n; i++) {
        int64_t t = res[i]->total / 1000;
        bins[t < 0 ? 0 : t > 9 ? 9 : t]++;
    }
    for (int i = 0; i < 10; i++)
        peak = bins[i] > peak ? bins[i] : peak;
    jx__emitf(o, "<section id=\"overview\" data-sheets=\"%zu\"><h1>%s</h1><div class=\"sub\">", n,
              T(H_OVERVIEW));
    jx__emitf(o, T(H_SHEETS), n);
    jx__emits(o, "</div>\n<div class=\"flex\">");
    jx__emitf(o,
              "<svg width=\"440\" height=\"222\" viewBox=\"-20 0 440 222\" role=\"img\" "
              "aria-label=\"%s\"><text id=\"x-axis\" x=\"220\" y=\"216\" font-size=\"12\" "
              "text-anchor=\"middle\">%s</text><text id=\"y-axis\" x=\"-8\" y=\"95\" "
              "font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 -8 95)\">%s</text>"
              "<line x1=\"18\" y1=\"170\" x2=\"420\" y2=\"170\" stroke=\"#888\"/>",
              T(H_X_AXIS), T(H_X_AXIS), T(H_Y_AXIS));
    for (int i = 0; i < 10; i++) {
        double h = 150.0 * (double)bins[i] / (double)peak;
        const char *color = i >= 9   ? band_colors[0]
                            : i == 8 ? band_colors[1]
                            : i >= 6 ? band_colors[2]
                                     : band_colors[3];
        jx__emitf(o,
                  "<rect x=\"%d\" y=\"%.1f\" width=\"36\" height=\"%.1f\" fill=\"%s\" "
                  "data-bin=\"%d\" data-count=\"%zu\"><title>%d–%d: %zu</title></rect>"
                  "<text x=\"%d\" y=\"195\" font-size=\"11\" text-anchor=\"middle\">%d</text>",
                  20 + i * 40, 170 - h, h, color, i * 10, bins[i], i * 10, i * 10 + 10, bins[i],
                  38 + i * 40, i * 10);
        if (bins[i])
            jx__emitf(
                o, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%zu</text>",
                38 + i * 40, 166 - h, bins[i]);
    }
    jx__emitf(o, "</svg><table><tr><th class=\"g\">%s</th><th>%s</th></tr>", T(H_GRADE),
              T(H_COUNT));
    const jx_band *b;
    size_t nb = bands_of(&b, res[0]);
    for (size_t k = 0; k <= nb; k++) {
        const char *label = k < nb ? b[k].label : NULL;
        size_t count = 0;
        for (size_t i = 0; i < n; i++)
            count += label ? jx__streq(res[i]->grade, label) : !res[i]->grade;
        jx__emits(o, "<tr><td class=\"g\">");
        html_str(o, label ? label : T(H_NO_GRADE));
        jx__emitf(o, "</td><td class=\"n\" data-grade-count=\"%zu\">%zu</td></tr>", count, count);
    }
    jx__emitf(o,
              "</table></div>\n<table><tr><th>#</th><th>%s</th><th>%s</th><th class=\"g\">%s</th>"
              "<th>%s</th></tr>\n",
              T(H_ORG_PROJECT), T(H_TOTAL_OF), T(H_GRADE), T(H_FINDINGS));
    for (size_t i = 0; i < n; i++) {
        char a[48], m[48], head[512];
        jx__emitf(o, "<tr><td class=\"n\">%zu</td><td><a href=\"#sheet%zu\">", i + 1, i);
        html_str(o, jx__header_line(head, sizeof head, res[i], lang));
        jx__emitf(o,
                  "</a></td><td class=\"n\" data-total=\"%s\" data-possible=\"%s\">%s / %s</td>"
                  "<td class=\"g\">",
                  jx__fmt_points(a, res[i]->total), jx__fmt_points(m, res[i]->possible), a, m);
        html_str(o, res[i]->grade ? res[i]->grade : T(H_NO_GRADE));
        jx__emitf(o, "</td><td class=\"n\">%zu</td></tr>\n", res[i]->nwarnings);
    }
    jx__emits(o, "</table></section>\n");
}

/* The inputs that could not be read or scored, each with its error at its place. */
static void failures(jx_out *o, const jx_error *failed, size_t nfailed, jx_lang lang)
{
    jx__emitf(o, "<section id=\"failed\" data-failed=\"%zu\"><h2>", nfailed);
    jx__emitf(o, T(H_FAILED), nfailed);
    jx__emits(o, "</h2><ul>\n");
    for (size_t i = 0; i < nfailed; i++) {
        const jx_error *e = &failed[i];
        char where[320];
        jx__emits(o, "<li class=\"fail\" data-source=\"");
        html_str(o, e->source);
        jx__emits(o, "\">");
        html_str(o, jx_location(where, sizeof where, e->source[0] ? e->source : "jixiao", e->line,
                                e->column));
        jx__emits(o, ": ");
        if (e->path[0]) {
            char path[256];
            html_str(o, jx_path_text(path, sizeof path, e->path, lang));
            jx__emits(o, lang == JX_LANG_EN ? ": " : "：");
        }
        html_str(o, jx_error_message(e, lang));
        jx__emits(o, "</li>\n");
    }
    jx__emits(o, "</ul></section>\n");
}

int jx_results_render_html_failed(const jx_result *const *res, size_t n, const jx_error *failed,
                                  size_t nfailed, jx_lang lang, jx_write_fn write, void *ctx)
{
    if ((!res && n) || (!failed && nfailed) || n + nfailed == 0 || !write ||
        (lang != JX_LANG_ZH && lang != JX_LANG_EN))
        return JX_EUSAGE;
    jx_out o = {write, ctx, 0};
    jx__emitf(&o,
              "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
              "<meta name=\"generator\" content=\"jixiao\"><title>",
              lang == JX_LANG_EN ? "en" : "zh-CN");
    char head[512];
    html_str(&o,
             n == 1 && !nfailed ? jx__header_line(head, sizeof head, res[0], lang) : T(H_OVERVIEW));
    jx__emits(&o, "</title><style>");
    jx__emits(&o, css);
    jx__emits(&o, "</style></head><body>\n");
    if (n > 1)
        overview(&o, res, n, lang);
    if (nfailed)
        failures(&o, failed, nfailed, lang);
    for (size_t i = 0; i < n; i++)
        sheet_html(&o, res[i], i, lang);
    jx__emits(&o, "</body></html>\n");
    return o.failed ? JX_EIO : JX_OK;
}

int jx_results_render_html(const jx_result *const *res, size_t n, jx_write_fn write, void *ctx)
{
    if (!res || !n || !write)
        return JX_EUSAGE;
    return jx_results_render_html_failed(res, n, NULL, 0, JX_LANG_ZH, write, ctx);
}

/* ---- a report: the rows of many sheets, grouped by org ----------------------------------------
 */

int jx_report_render_html(const jx_report *rep, jx_write_fn write, void *ctx)
{
    return jx_report_render_html_lang(rep, JX_LANG_ZH, write, ctx);
}

int jx_report_render_html_lang(const jx_report *rep, jx_lang lang, jx_write_fn write, void *ctx)
{
    if (!rep || !write || (lang != JX_LANG_ZH && lang != JX_LANG_EN))
        return JX_EUSAGE;
    jx_out o = {write, ctx, 0};
    jx_report_view v;
    int rc = jx__report_groups(&v, rep);
    if (rc)
        return rc;
    jx__emitf(&o,
              "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
              "<style>",
              lang == JX_LANG_EN ? "en" : "zh-CN", T(P_TITLE));
    jx__emits(&o, css);
    jx__emits(&o, "tr.org th{text-align:left;background:#e4eaf2}tr.sub td{background:#fafafa;"
                  "font-size:12px}.fail{color:#b00}</style></head><body>\n");
    size_t scored = rep->n - rep->failures;
    jx__emitf(&o,
              "<h1>%s</h1><p class=\"sub\" id=\"counts\" data-scored=\"%zu\" "
              "data-failed=\"%zu\">",
              T(P_TITLE), scored, rep->failures);
    jx__emitf(&o, T(P_COUNTS), scored, scored == 1 ? "" : T(P_PLURAL), rep->failures);
    jx__emits(&o, "</p>\n");
    const char *const heads[] = {T(P_SOURCE), T(P_SHEET), T(P_PROJECT), T(P_YEAR),   T(P_TOTAL),
                                 T(P_MAX),    T(P_GRADE), T(P_PTOTAL),  T(P_PGRADE), T(P_FINDINGS)};
    jx__emits(&o, "<table id=\"report\"><tr>");
    for (size_t c = 0; c < sizeof heads / sizeof *heads; c++)
        jx__emitf(&o, "<th>%s</th>", heads[c]);
    jx__emits(&o, "</tr>\n");
    for (size_t g = 0; g < v.ngroups; g++) {
        jx__emits(&o, "<tr class=\"org\"><th colspan=\"10\">");
        html_str(&o, v.groups[g].org[0] ? v.groups[g].org : T(P_NO_ORG));
        jx__emits(&o, "</th></tr>\n");
        for (size_t k = 0; k < v.groups[g].count; k++) {
            const jx_report_row *r = &rep->rows[v.order[v.groups[g].first + k]];
            char a[32], b[32], c[32];
            jx__emitf(&o, "<tr class=\"row\" data-total=\"%s\" data-grade=\"",
                      jx__fmt_points(a, r->total));
            html_str(&o, r->grade);
            jx__emits(&o, "\"><td>");
            html_str(&o, r->source);
            jx__emitf(&o, "</td><td class=\"n\">%zu</td><td>", r->sheet);
            html_str(&o, r->project);
            jx__emitf(&o, "</td><td class=\"n\">%.0d</td>", r->year);
            jx__emitf(&o, "<td class=\"n\">%s</td><td class=\"n\">%s</td><td>",
                      jx__fmt_hundredths(a, r->total), jx__fmt_hundredths(b, r->max));
            html_str(&o, r->grade[0] ? r->grade : "—");
            jx__emitf(&o, "</td><td class=\"n\">%s</td><td>",
                      r->has_printed_total ? jx__fmt_hundredths(c, r->printed_total) : "");
            html_str(&o, r->printed_grade);
            jx__emitf(&o, "</td><td class=\"n\">%zu</td></tr>\n", r->findings);
        }
        char sub[512];
        jx__emits(&o, "<tr class=\"sub\" data-org=\"");
        html_str(&o, v.groups[g].org);
        jx__emitf(&o, "\" data-sheets=\"%zu\"><td colspan=\"10\">%s", v.groups[g].count,
                  T(P_SUBTOTAL));
        html_str(&o, jx__report_subtotal(sub, sizeof sub, &v.groups[g], lang));
        jx__emits(&o, "</td></tr>\n");
    }
    jx__emits(&o, "</table>\n");
    if (rep->failures) {
        jx__emits(&o, "<h2>");
        jx__emitf(&o, T(P_FAILED), rep->failures);
        jx__emits(&o, "</h2><ul id=\"failed\">");
        for (size_t i = 0; i < rep->n; i++) {
            if (!rep->rows[i].failed)
                continue;
            jx__emits(&o, "<li class=\"fail\" data-source=\"");
            html_str(&o, rep->rows[i].source);
            jx__emits(&o, "\">");
            html_str(&o, jx__report_message(&rep->rows[i], lang));
            jx__emits(&o, "</li>");
        }
        jx__emits(&o, "</ul>\n");
    }
    jx__emits(&o, "</body></html>\n");
    jx__report_view_free(&v);
    return o.failed ? JX_EIO : JX_OK;
}
