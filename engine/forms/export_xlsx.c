/*
 * export_xlsx.c - the filled 自评表 as an Excel workbook (libxlsxwriter), a worksheet per result,
 * in the printed layout: title, 项目名称 and 实施单位, the 预算执行情况 block, the indicator table
 * with 一级/二级 merged down their rows, 总分 and 等级 at the foot. Scores are numbers (two
 * decimals shown); targets and actuals stay as written. Every warning becomes a comment on the
 * cell it is about, so the form explains itself when opened.
 *
 * The library never prints, but libxlsxwriter prints to stderr when it cannot write its file or its
 * temporary files. So it never writes the destination: it writes into memory (a memfd, which it
 * opens by its /proc/self/fd name), its temporary directory is tried first, and the finished
 * workbook is copied to the path here, where a failure is an error returned, not a line printed.
 */
#define _GNU_SOURCE /* memfd_create */
#include "internal.h"
#include "jixiao_forms.h"
#include "msg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <xlsxwriter.h>

enum { C_L1, C_L2, C_NAME, C_OP, C_TARGET, C_UNIT, C_ACTUAL, C_POINTS, C_SCORE, C_REASON, C_N };
static const double widths[C_N] = {12, 12, 30, 9, 16, 9, 16, 8, 8, 30};

typedef struct styles {
    lxw_format *title, *head, *text, *wrap, *num, *money, *pct, *label;
    jx_lang lang; /* of the form's headings and comments */
} styles;

/* A comment for one cell, warnings joined. */
typedef struct note {
    lxw_row_t row;
    lxw_col_t col;
    char text[2048];
} note;

static lxw_format *fmt(lxw_workbook *wb, bool bold, bool wrap, const char *numfmt, uint8_t align)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (align)
        format_set_align(f, align);
    if (bold)
        format_set_bold(f);
    if (wrap)
        format_set_text_wrap(f);
    if (numfmt)
        format_set_num_format(f, numfmt);
    return f;
}

/* A worksheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
static void sheet_name(char *out, size_t size, const jx_result *res, size_t index, lxw_workbook *wb,
                       jx_lang lang)
{
    const jx_sheet *s = res->sheet;
    const char *base = s->project[0] ? s->project : s->org[0] ? s->org : JX_T(lang, F_SHEET);
    size_t n = 0, chars = 0;
    for (const char *p = base; *p && chars < 24 && n + 5 < size; chars++) {
        size_t len;
        if (jx__utf8_next(p, strlen(p), &len) < 0)
            break;
        if (!(len == 1 && strchr("[]:*?/\\'", *p))) {
            memcpy(out + n, p, len);
            n += len;
        }
        p += len;
    }
    out[n] = '\0';
    if (workbook_get_worksheet_by_name(wb, out) || n == 0)
        snprintf(out + n, size - n, "(%zu)", index + 1);
}

static void add_note(note *notes, size_t *n, size_t max, lxw_row_t row, lxw_col_t col,
                     const jx_warning *w, const char *message)
{
    size_t i = 0;
    while (i < *n && !(notes[i].row == row && notes[i].col == col))
        i++;
    if (i == *n) {
        if (*n == max)
            return;
        notes[i] = (note){row, col, ""};
        ++*n;
    }
    size_t used = strlen(notes[i].text);
    snprintf(notes[i].text + used, sizeof notes[i].text - used, "%s%s: %s", used ? "\n" : "",
             w->code, message);
}

/* The cell a warning's path points at: indicators[i].field, budget.*, total, grade. */
static void place(lxw_row_t *row, lxw_col_t *col, const char *path, lxw_row_t first_row,
                  lxw_row_t budget_row, lxw_row_t total_row)
{
    static const struct {
        const char *field;
        lxw_col_t col;
    } fields[] = {{"level1", C_L1},     {"level2", C_L2},     {"name", C_NAME},
                  {"op", C_OP},         {"target", C_TARGET}, {"unit", C_UNIT},
                  {"actual", C_ACTUAL}, {"points", C_POINTS}, {"score", C_SCORE},
                  {"reason", C_REASON}};
    *row = total_row;
    *col = C_SCORE;
    static const char ind[] = "indicators[";
    char *end = NULL;
    unsigned long i =
        strncmp(path, ind, sizeof ind - 1) == 0 ? strtoul(path + sizeof ind - 1, &end, 10) : 0;
    if (end && end != path + sizeof ind - 1 && *end == ']') {
        *row = first_row + (lxw_row_t)i;
        const char *dot = strchr(path, '.');
        for (size_t k = 0; dot && k < sizeof fields / sizeof *fields; k++)
            if (strncmp(dot + 1, fields[k].field, strlen(fields[k].field)) == 0)
                *col = fields[k].col;
    } else if (strncmp(path, "budget", 6) == 0 && budget_row) {
        *row = budget_row;
        *col = 6;
    } else if (strncmp(path, "grade", 5) == 0) {
        *row = total_row + 1;
        *col = C_POINTS;
    }
}

/* Merges a column's runs of equal text (一级, 二级 within their 一级) and writes them. */
static void merged_column(lxw_worksheet *ws, const jx_result *res, lxw_row_t first, int col,
                          lxw_format *f)
{
    size_t n = res->sheet->nrows;
    for (size_t i = 0; i < n;) {
        const jx_row *r = &res->sheet->rows[i];
        const char *v = col == C_L1 ? r->level1 : r->level2;
        size_t j = i + 1;
        while (j < n &&
               strcmp(col == C_L1 ? res->sheet->rows[j].level1 : res->sheet->rows[j].level2, v) ==
                   0 &&
               (col == C_L1 || strcmp(res->sheet->rows[j].level1, r->level1) == 0))
            j++;
        if (j - i > 1)
            worksheet_merge_range(ws, first + (lxw_row_t)i, (lxw_col_t)col,
                                  first + (lxw_row_t)(j - 1), (lxw_col_t)col, v, f);
        else
            worksheet_write_string(ws, first + (lxw_row_t)i, (lxw_col_t)col, v, f);
        i = j;
    }
}

static bool write_sheet(lxw_workbook *wb, const jx_result *res, size_t index, const styles *st)
{
    jx_lang lang = st->lang;
    const char *const titles[C_N] = {
        JX_T(lang, F_L1),     JX_T(lang, F_L2),    JX_T(lang, F_NAME),   JX_T(lang, F_OP),
        JX_T(lang, F_TARGET), JX_T(lang, F_UNIT),  JX_T(lang, F_ACTUAL), JX_T(lang, F_POINTS),
        JX_T(lang, F_SCORE),  JX_T(lang, F_REASON)};
    char name[128];
    sheet_name(name, sizeof name, res, index, wb, lang);
    lxw_worksheet *ws = workbook_add_worksheet(wb, name);
    if (!ws) { /* a name Excel refuses after all: the sheet's number instead */
        snprintf(name, sizeof name, JX_T(lang, F_SHEET_N), index + 1);
        ws = workbook_add_worksheet(wb, name);
    }
    if (!ws)
        return false;
    const jx_sheet *s = res->sheet;
    for (int c = 0; c < C_N; c++)
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
    lxw_row_t r = 0;
    /* a sheet of a department as a whole names no project, or names itself so
     * ("2023年度部门整体支出") */
    bool department = !s->project[0] || strstr(s->project, "部门整体");
    worksheet_merge_range(ws, r, 0, r, C_N - 1,
                          department ? JX_T(lang, F_TITLE_DEPT) : JX_T(lang, F_TITLE_PROJECT),
                          st->title);
    worksheet_set_row(ws, r++, 28, NULL);
    char buf[160];
    if (s->year) {
        snprintf(buf, sizeof buf, JX_T(lang, F_YEAR), s->year);
        worksheet_merge_range(ws, r, 0, r, C_N - 1, buf, st->label);
        r++;
    }
    if (s->project[0]) {
        worksheet_write_string(ws, r, 0, JX_T(lang, F_PROJECT), st->head);
        worksheet_merge_range(ws, r, 1, r, C_N - 1, s->project, st->text);
        r++;
    }
    worksheet_write_string(
        ws, r, 0, s->project[0] ? JX_T(lang, F_ORG_IMPL) : JX_T(lang, F_ORG_DEPT), st->head);
    worksheet_merge_range(ws, r, 1, r, C_N - 1, s->org, st->text);
    r++;
    lxw_row_t budget_row = 0;
    if (res->budget.has_budget) {
        const char *const bt[] = {JX_T(lang, F_FUNDS),     JX_T(lang, F_INITIAL),
                                  JX_T(lang, F_FULL_YEAR), JX_T(lang, F_EXECUTED),
                                  JX_T(lang, F_POINTS),    JX_T(lang, F_RATE),
                                  JX_T(lang, F_SCORE)};
        for (int c = 0; c < 7; c++)
            worksheet_write_string(ws, r, (lxw_col_t)c, bt[c], st->head);
        r++;
        budget_row = r;
        worksheet_write_string(ws, r, 0, JX_T(lang, F_FUNDS_TOTAL), st->head);
        const int64_t money[3] = {res->budget.initial, res->budget.full_year, res->budget.executed};
        const bool has[3] = {s->has_initial, s->has_full_year, s->has_executed};
        for (int c = 0; c < 3; c++)
            if (has[c])
                worksheet_write_number(ws, r, (lxw_col_t)(1 + c), (double)money[c] / 1e6,
                                       st->money);
            else
                worksheet_write_blank(ws, r, (lxw_col_t)(1 + c), st->money);
        worksheet_write_number(ws, r, 4, (double)res->budget.points / 100, st->num);
        worksheet_write_number(ws, r, 5, (double)res->budget.rate / 10000, st->pct);
        worksheet_write_number(ws, r, 6, (double)res->budget.score / 100, st->num);
        r++;
    }
    for (int c = 0; c < C_N; c++)
        worksheet_write_string(ws, r, (lxw_col_t)c, titles[c], st->head);
    r++;
    lxw_row_t first = r;
    merged_column(ws, res, first, C_L1, st->wrap);
    merged_column(ws, res, first, C_L2, st->wrap);
    for (size_t i = 0; i < s->nrows; i++, r++) {
        jx_item it;
        jx_result_item(&it, res, i);
        const char *text[] = {it.name, s->rows[i].op_text ? s->rows[i].op_text : it.op, it.target,
                              it.unit, it.actual};
        for (int c = 0; c < 5; c++)
            worksheet_write_string(ws, r, (lxw_col_t)(C_NAME + c), text[c],
                                   c == 0 ? st->wrap : st->text);
        worksheet_write_number(ws, r, C_POINTS, (double)it.points / 100, st->num);
        if (it.status == JX_STATUS_PENDING)
            worksheet_write_blank(ws, r, C_SCORE, st->num);
        else
            worksheet_write_number(ws, r, C_SCORE, (double)it.score / 100, st->num);
        worksheet_write_string(ws, r, C_REASON, s->rows[i].reason ? s->rows[i].reason : "",
                               st->wrap);
    }
    lxw_row_t total_row = r;
    worksheet_merge_range(ws, r, 0, r, C_POINTS - 1, JX_T(lang, F_TOTAL), st->head);
    worksheet_write_number(ws, r, C_POINTS, (double)res->possible / 100, st->num);
    worksheet_write_number(ws, r, C_SCORE, (double)res->total / 100, st->num);
    worksheet_write_blank(ws, r, C_REASON, st->text);
    r++;
    worksheet_merge_range(ws, r, 0, r, C_POINTS - 1, JX_T(lang, F_GRADE), st->head);
    worksheet_merge_range(ws, r, C_POINTS, r, C_N - 1,
                          res->grade ? res->grade : JX_T(lang, H_NO_GRADE), st->label);
    enum { MAX_NOTES = 256 };
    note *notes = calloc(MAX_NOTES, sizeof *notes);
    size_t nnotes = 0;
    for (size_t i = 0; notes && i < res->nwarnings; i++) {
        lxw_row_t nr;
        lxw_col_t nc;
        const jx_warning *w = jx__warning(res, i);
        place(&nr, &nc, w->path, first, budget_row, total_row);
        char message[1024]; /* in the form's language */
        if (jx_result_warning_text(message, sizeof message, NULL, res, i, lang) != JX_OK)
            message[0] = '\0';
        add_note(notes, &nnotes, MAX_NOTES, nr, nc, w, message);
    }
    lxw_comment_options opt = {.x_scale = 3, .y_scale = 2, .author = jx__unconst("jixiao")};
    for (size_t i = 0; i < nnotes; i++)
        worksheet_write_comment_opt(ws, notes[i].row, notes[i].col, notes[i].text, &opt);
    bool ok = notes != NULL; /* else the comments are lost: an error, not a quiet omission */
    free(notes);
    worksheet_freeze_panes(ws, first, 0);
    return ok;
}

/* The directory libxlsxwriter's temporary files go to ($TMPDIR, else /tmp), and whether a file
 * can be made there. */
static bool temp_dir(const char **dir)
{
    *dir = getenv("TMPDIR");
    if (!*dir || !(*dir)[0])
        *dir = "/tmp";
    char probe[4096];
    snprintf(probe, sizeof probe, "%s/jixiao-XXXXXX", *dir);
    int fd = mkstemp(probe);
    if (fd < 0)
        return false;
    (void)close(fd); /* a probe: nothing was written */
    (void)unlink(probe);
    return true;
}

/* Where a finished workbook goes: a file at path, or through write (path then names it in
 * errors only). */
typedef struct sink {
    const char *path;
    jx_write_fn write;
    void *ctx;
} sink;

static int file_write(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

/* Streams the workbook libxlsxwriter wrote into the memfd through `write`: JX_OK, or -1 with
 * errno when reading failed, 1 when the writer stopped. */
static int stream_out(int fd, jx_write_fn write, void *ctx)
{
    char buf[1 << 16];
    ssize_t got = lseek(fd, 0, SEEK_SET) == 0 ? 0 : -1;
    while (got >= 0 && (got = read(fd, buf, sizeof buf)) > 0)
        if (write(ctx, buf, (size_t)got) != 0)
            return 1;
    return got < 0 ? -1 : JX_OK;
}

/* Copies the workbook libxlsxwriter wrote into the memfd to its sink. */
static int copy_out(int fd, const sink *to, jx_error *err)
{
    if (to->write) {
        int rc = stream_out(fd, to->write, to->ctx);
        return rc == 0  ? JX_OK
               : rc > 0 ? jx__fail(err, JX_EIO, to->path, 0, 0, "", JX_M(E_WRITER_STOPPED))
                        : jx__fail(err, JX_EIO, to->path, 0, 0, "", JX_M(E_XLSX_READ_BACK),
                                   strerror(errno));
    }
    FILE *out = fopen(to->path, "wb");
    if (!out)
        return jx__fail(err, JX_EIO, to->path, 0, 0, "", JX_M(E_XLSX_WRITE), strerror(errno));
    int got = stream_out(fd, file_write, out);
    int saved = errno;
    if (fclose(out) != 0 && got == 0) {
        saved = errno;
        got = -1;
    }
    return got ? jx__fail(err, JX_EIO, to->path, 0, 0, "", JX_M(E_XLSX_WRITE), strerror(saved))
               : JX_OK;
}

/* A workbook libxlsxwriter writes into a memfd (*fd), for close_book to copy to path. */
static int open_book(lxw_workbook **wb, int *fd, const char *path, jx_error *err)
{
    char scratch[64];
    const char *tmpdir;
    *wb = NULL;
    if (!temp_dir(&tmpdir))
        return jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_XLSX_TMP), tmpdir);
    *fd = memfd_create("jixiao.xlsx", MFD_CLOEXEC);
    if (*fd < 0)
        return jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_XLSX_MEMFD), strerror(errno));
    snprintf(scratch, sizeof scratch, "/proc/self/fd/%d", *fd);
    lxw_workbook_options wo = {.constant_memory = LXW_FALSE, .tmpdir = jx__unconst(tmpdir)};
    *wb = workbook_new_opt(scratch, &wo);
    if (!*wb) {
        (void)close(*fd); /* nothing written yet */
        return jx__fail(err, JX_ENOMEM, path, 0, 0, "", JX_M(E_NOMEM));
    }
    return JX_OK;
}

/* Closes the workbook and copies it to its sink; `rc` is what went before (its error stands). */
static int close_book(lxw_workbook *wb, int fd, const sink *to, int rc, jx_error *err)
{
    lxw_error e = workbook_close(wb);
    if (rc == JX_OK)
        rc = e != LXW_NO_ERROR
                 ? jx__fail(err, JX_EIO, to->path, 0, 0, "", JX_M(E_XLSX_WRITE), lxw_strerror(e))
                 : copy_out(fd, to, err);
    (void)close(fd); /* a memory file, already copied out (or failed before) */
    return rc;
}

/* The filled forms of n results, a worksheet each, into a sink. */
static int results_book(const jx_result *const *res, size_t n, jx_lang lang, const sink *to,
                        jx_error *err)
{
    const char *path = to->path;
    lxw_workbook *wb;
    int fd;
    int rc = open_book(&wb, &fd, path, err);
    if (rc)
        return rc;
    styles st = {
        .title = fmt(wb, true, false, NULL, LXW_ALIGN_CENTER),
        .head = fmt(wb, true, true, NULL, LXW_ALIGN_CENTER),
        .text = fmt(wb, false, false, NULL, 0),
        .wrap = fmt(wb, false, true, NULL, 0),
        .num = fmt(wb, false, false, "0.00", 0),
        .money = fmt(wb, false, false, "#,##0.00####", 0),
        .pct = fmt(wb, false, false, "0.00%", 0),
        .label = fmt(wb, true, false, NULL, LXW_ALIGN_CENTER),
        .lang = lang,
    };
    format_set_font_size(st.title, 16);
    format_set_border(st.title, LXW_BORDER_NONE);
    workbook_set_properties(wb, &(lxw_doc_properties){.title = jx__unconst(JX_T(lang, F_BOOK)),
                                                      .comments = jx__unconst("scored by jixiao")});
    size_t written = 0;
    while (written < n && write_sheet(wb, res[written], written, &st))
        written++;
    rc = written < n ? jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_XLSX_ADD_SHEET), written + 1)
                     : JX_OK;
    return close_book(wb, fd, to, rc, err);
}

int jx_results_write_xlsx(const jx_result *const *res, size_t n, const char *path, jx_error *err)
{
    return jx_results_write_xlsx_lang(res, n, path, JX_LANG_ZH, err);
}

int jx_results_write_xlsx_lang(const jx_result *const *res, size_t n, const char *path,
                               jx_lang lang, jx_error *err)
{
    if (!res || !n || !path)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_RESULTS_PATH));
    return results_book(res, n, lang, &(sink){path, NULL, NULL}, err);
}

int jx_results_render_xlsx(const jx_result *const *res, size_t n, jx_write_fn write, void *ctx,
                           jx_error *err)
{
    return jx_results_render_xlsx_lang(res, n, JX_LANG_ZH, write, ctx, err);
}

int jx_results_render_xlsx_lang(const jx_result *const *res, size_t n, jx_lang lang,
                                jx_write_fn write, void *ctx, jx_error *err)
{
    if (!res || !n || !write)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_RESULTS_WRITER));
    return results_book(res, n, lang, &(sink){"workbook", write, ctx}, err);
}

/* ---- a report: a worksheet of rows grouped by org -------------------------------------------- */

int jx_report_write_xlsx(const jx_report *rep, const char *path, jx_error *err)
{
    return jx_report_write_xlsx_lang(rep, path, JX_LANG_ZH, err);
}

int jx_report_write_xlsx_lang(const jx_report *rep, const char *path, jx_lang lang, jx_error *err)
{
    if (!rep || !path)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_NEED_REPORT_PATH));
    jx_report_view v;
    if (jx__report_groups(&v, rep) != JX_OK)
        return jx__fail(err, JX_ENOMEM, path, 0, 0, "", JX_M(E_NOMEM));
    lxw_workbook *wb;
    int fd;
    int rc = open_book(&wb, &fd, path, err);
    if (rc) {
        jx__report_view_free(&v);
        return rc;
    }
    lxw_format *head = fmt(wb, true, false, NULL, LXW_ALIGN_CENTER);
    lxw_format *org = fmt(wb, true, false, NULL, 0);
    lxw_format *text = fmt(wb, false, false, NULL, 0);
    lxw_format *num = fmt(wb, false, false, "0.00", 0);
    lxw_format *sub = fmt(wb, false, false, NULL, 0);
    format_set_italic(sub);
    format_set_bg_color(org, 0xE4EAF2);
    workbook_set_properties(wb, &(lxw_doc_properties){.title = jx__unconst(JX_T(lang, P_TITLE)),
                                                      .comments = jx__unconst("scored by jixiao")});
    lxw_worksheet *ws = workbook_add_worksheet(wb, JX_T(lang, F_SUMMARY));
    const char *const heads[] = {JX_T(lang, P_SOURCE),  JX_T(lang, P_SHEET),   JX_T(lang, P_ORG),
                                 JX_T(lang, P_PROJECT), JX_T(lang, P_YEAR),    JX_T(lang, P_TOTAL),
                                 JX_T(lang, P_MAX),     JX_T(lang, P_GRADE),   JX_T(lang, P_PTOTAL),
                                 JX_T(lang, P_PGRADE),  JX_T(lang, P_FINDINGS)};
    enum { NH = sizeof heads / sizeof *heads };
    for (unsigned c = 0; c < NH; c++)
        worksheet_write_string(ws, 0, (lxw_col_t)c, heads[c], head);
    worksheet_set_column(ws, 0, 0, 36, NULL);
    worksheet_set_column(ws, 2, 3, 24, NULL);
    worksheet_set_column(ws, 8, 9, 14, NULL);
    lxw_row_t row = 1;
    for (size_t g = 0; g < v.ngroups && row < LXW_ROW_MAX - 2; g++) {
        worksheet_merge_range(ws, row, 0, row, NH - 1,
                              v.groups[g].org[0] ? v.groups[g].org : JX_T(lang, P_NO_ORG), org);
        row++;
        for (size_t k = 0; k < v.groups[g].count && row < LXW_ROW_MAX - 2; k++, row++) {
            const jx_report_row *r = &rep->rows[v.order[v.groups[g].first + k]];
            worksheet_write_string(ws, row, 0, r->source, text);
            worksheet_write_number(ws, row, 1, (double)r->sheet, text);
            worksheet_write_string(ws, row, 2, r->org, text);
            worksheet_write_string(ws, row, 3, r->project, text);
            if (r->year)
                worksheet_write_number(ws, row, 4, r->year, text);
            worksheet_write_number(ws, row, 5, (double)r->total / 100, num);
            worksheet_write_number(ws, row, 6, (double)r->max / 100, num);
            worksheet_write_string(ws, row, 7, r->grade[0] ? r->grade : "—", text);
            if (r->has_printed_total)
                worksheet_write_number(ws, row, 8, (double)r->printed_total / 100, num);
            worksheet_write_string(ws, row, 9, r->printed_grade, text);
            worksheet_write_number(ws, row, 10, (double)r->findings, text);
        }
        char line[600], s[512];
        snprintf(line, sizeof line, "%s%s", JX_T(lang, P_SUBTOTAL),
                 jx__report_subtotal(s, sizeof s, &v.groups[g], lang));
        worksheet_merge_range(ws, row, 0, row, NH - 1, line, sub);
        row++;
    }
    if (rep->failures && row < LXW_ROW_MAX - 2) {
        char title[64];
        snprintf(title, sizeof title, JX_T(lang, P_FAILED), rep->failures);
        row++; /* a blank row before them */
        worksheet_merge_range(ws, row, 0, row, NH - 1, title, org);
        row++;
        for (size_t i = 0; i < rep->n && row < LXW_ROW_MAX - 1; i++) {
            if (!rep->rows[i].failed)
                continue;
            worksheet_write_string(ws, row, 0, rep->rows[i].source, text);
            worksheet_merge_range(ws, row, 1, row, NH - 1, jx__report_message(&rep->rows[i], lang),
                                  text);
            row++;
        }
    }
    jx__report_view_free(&v);
    return close_book(wb, fd, &(sink){path, NULL, NULL}, JX_OK, err);
}
