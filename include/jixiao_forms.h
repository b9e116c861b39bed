/*
 * jixiao_forms.h - libjixiao-forms: the forms as people have them, in and out.
 *
 * The core (jixiao.h, libjixiao) reads YAML, JSON/JSONL and the long CSV, and links libyaml and
 * GSL only. This library adds what needs a workbook stack: Excel workbooks (.xlsx, read with
 * libzip and expat), CSV/TSV laid out as the printed form and tables pasted out of Word (in
 * UTF-8, UTF-16 or GB18030), and the writers of the filled form (.xlsx, with libxlsxwriter) and of
 * HTML pages. Link it with -ljixiao-forms -ljixiao (pkg-config jixiao-forms; CMake jixiao::forms).
 * The conventions of jixiao.h hold here too.
 */
#ifndef JIXIAO_FORMS_H
#define JIXIAO_FORMS_H

#include "jixiao.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(JX_STATIC)
#define JX_FORMS_EXTERN
#elif defined(_WIN32)
#ifdef JX_FORMS_BUILDING
#define JX_FORMS_EXTERN __declspec(dllexport)
#else
#define JX_FORMS_EXTERN __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define JX_FORMS_EXTERN __attribute__((visibility("default")))
#else
#define JX_FORMS_EXTERN
#endif

/* Loads any indicator file, the forms as people have them included (docs/import.md): an Excel
 * workbook (.xlsx, .xlsm or a zip signature; every worksheet holding a 自评表), CSV or TSV laid out
 * as the printed form, and tables pasted out of Word (.txt). Anything else (YAML, .jsonl, the long
 * CSV with a `sheet` column) is read by jx_doc_load_buffer. Errors and findings of an import point
 * at the cell ("form.xlsx:自评表!B7", see jx_location). The buffer is copied. opts may be NULL. */
JX_FORMS_EXTERN int jx_forms_load_file(jx_doc **out, const char *path, const jx_load_options *opts,
                                       jx_error *err);
JX_FORMS_EXTERN int jx_forms_load_buffer(jx_doc **out, const char *data, size_t len,
                                         const char *name, const jx_load_options *opts,
                                         jx_error *err);
/* 1 when the input is a form this library reads (by the name's extension or a zip signature), 0
 * when it is the core's to read. */
JX_FORMS_EXTERN int jx_forms_is_form(const char *data, size_t len, const char *name);

/* One self-contained HTML page for n results (JX_FORMAT_HTML): for several, an overview (histogram
 * of totals, grade distribution, a line per sheet); then every sheet: its table with completion
 * bars, a gauge over the rule set's bands, warnings and explanations. No scripts, no network. */
JX_FORMS_EXTERN int jx_results_render_html(const jx_result *const *res, size_t n, jx_write_fn write,
                                           void *ctx);
/* The same page in a language (jx_results_render_html's is Chinese), with the inputs that could not
 * be read or scored listed after the overview, each with its error at its place (a folder scored
 * to one page leaves nothing out without a word). n may be 0 when nfailed is not. */
JX_FORMS_EXTERN int jx_results_render_html_failed(const jx_result *const *res, size_t n,
                                                  const jx_error *failed, size_t nfailed,
                                                  jx_lang lang, jx_write_fn write, void *ctx);

/* A report as an HTML page, grouped as JX_FORMAT_TEXT groups it (jx_report_render). */
JX_FORMS_EXTERN int jx_report_render_html(const jx_report *rep, jx_write_fn write, void *ctx);
/* The same in a language (jx_report_render_html's is Chinese). */
JX_FORMS_EXTERN int jx_report_render_html_lang(const jx_report *rep, jx_lang lang,
                                               jx_write_fn write, void *ctx);

/* Writes the filled official form of each result as a worksheet of an .xlsx workbook at path:
 * the printed layout with merged headings, 分值 and 得分 filled, the budget block, 总分 and 等级,
 * and the warnings as cell comments. It prints nothing: a path or temporary directory ($TMPDIR)
 * that cannot be written is the error returned. The only functions of either library that write a
 * file are these and jx_report_write_xlsx[_lang]. */
JX_FORMS_EXTERN int jx_results_write_xlsx(const jx_result *const *res, size_t n, const char *path,
                                          jx_error *err);
/* The same in a language: headings, labels and comments in English, or Chinese (the official
 * form's, jx_results_write_xlsx's). Either reads back in (jx_forms_load_file). */
JX_FORMS_EXTERN int jx_results_write_xlsx_lang(const jx_result *const *res, size_t n,
                                               const char *path, jx_lang lang, jx_error *err);

/* The same workbook as jx_results_write_xlsx, its bytes given to `write` (an HTTP answer, a
 * buffer): no file is left behind. JX_EIO when the writer stops or the temporary directory
 * cannot be written. */
JX_FORMS_EXTERN int jx_results_render_xlsx(const jx_result *const *res, size_t n, jx_write_fn write,
                                           void *ctx, jx_error *err);
JX_FORMS_EXTERN int jx_results_render_xlsx_lang(const jx_result *const *res, size_t n, jx_lang lang,
                                                jx_write_fn write, void *ctx, jx_error *err);

/* Writes a report as an .xlsx workbook, grouped as the text is. Prints nothing; a path that cannot
 * be written is the error returned. */
JX_FORMS_EXTERN int jx_report_write_xlsx(const jx_report *rep, const char *path, jx_error *err);
/* The same in a language (jx_report_write_xlsx's is Chinese). */
JX_FORMS_EXTERN int jx_report_write_xlsx_lang(const jx_report *rep, const char *path, jx_lang lang,
                                              jx_error *err);

#ifdef __cplusplus
}
#endif
#endif /* JIXIAO_FORMS_H */
