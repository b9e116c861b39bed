/*
 * jixiao.h - score Chinese public-budget performance self-evaluations (绩效自评).
 *
 * The whole public API. Three calls score a file:
 *
 *     jx_rules *r; jx_doc *d; jx_result *res; jx_error err;
 *     jx_rules_builtin(&r, "mof2020", &err);
 *     jx_doc_load_file(&d, "sheet.yaml", NULL, &err);
 *     jx_score(&res, r, jx_doc_sheet(d, 0), &err);
 *
 * Conventions, once for every function below:
 * - Functions that can fail return JX_OK (0) or a negative jx_code; output parameters come first
 * and are set to NULL on failure. `err` may be NULL; when given it is filled on failure only.
 * - Every handle is released with its own _free; _free(NULL) is a no-op. Strings returned by
 *   accessors are borrowed from the handle and live as long as it does. Nothing here is to be
 *   released with plain free().
 * - Points and scores are exact: int64_t counts of hundredths of a point (9.90 points is 990).
 *   Money is int64_t counts of 分 (cents).
 * - Threads: the library has no global mutable state. A jx_rules is immutable once loaded and may
 * be shared by any number of threads. A jx_doc and a jx_result are immutable after creation and may
 *   be read from several threads; jx_score only reads its inputs. The library never prints, never
 *   aborts and never changes process-wide state (it does not touch GSL's error handler).
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(JX_STATIC)
#define JX_EXTERN
#elif defined(_WIN32)
#ifdef JX_BUILDING
#define JX_EXTERN __declspec(dllexport)
#else
#define JX_EXTERN __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define JX_EXTERN __attribute__((visibility("default")))
#else
#define JX_EXTERN
#endif

#include "jixiao_version.h" /* JX_VERSION_MAJOR, _MINOR, _PATCH, _STRING: from CMake's project() */

/* The run-time version, "MAJOR.MINOR.PATCH"; equal to JX_VERSION_STRING of the header built with.
 */
JX_EXTERN const char *jx_version(void);

/* ---------------------------------------------------------------------------------------------- */
/* Errors */

typedef enum jx_code {
    JX_OK = 0,
    JX_ENOMEM = -1,    /* out of memory (or an allocator hook said no) */
    JX_EIO = -2,       /* a file could not be opened or read */
    JX_ESYNTAX = -3,   /* malformed YAML, a binary or empty file */
    JX_ESCHEMA = -4,   /* unknown key, wrong type, missing key, duplicate key */
    JX_EVALUE = -5,    /* a value that cannot be read or is out of its domain */
    JX_ELIMIT = -6,    /* a size, depth or count limit was exceeded; YAML aliases */
    JX_ENOTFOUND = -7, /* an unknown rule-set name or item index */
    JX_EUSAGE = -8     /* a NULL where a value is required, an option out of range */
} jx_code;

/* The language of what a reader sees: statuses, explanations, findings, headings, errors. The
 * machine names (jx_status_name, jx_warning.code, jx_code_name, JSON keys) are the same in both. */
typedef enum jx_lang {
    JX_LANG_ZH, /* 中文, worded as the official forms and 财预〔2020〕10号 */
    JX_LANG_EN
} jx_lang;

/* Filled by a failing call. Caller-owned; needs no cleanup; holds no pointers into a handle.
 * line and column are 1-based (0 when the error has no place, like an I/O error); path is the
 * document path of the offending value, e.g. "indicators[3].points" (empty when none). The
 * message is written in both languages when the error happens: message in English, message_zh
 * in Chinese (a system's own words inside it, such as strerror's or libyaml's, stay as given). */
typedef struct jx_error {
    int code;
    size_t line, column;
    char source[256];
    char path[128];
    char message[384];
    char message_zh[384];
} jx_error;

/* The message in the language asked for: err->message or err->message_zh. */
JX_EXTERN const char *jx_error_message(const jx_error *err, jx_lang lang);

/* Formats where a message points into buf and returns buf: "sheet.yaml:12:5", or for a cell of a
 * workbook, whose source ends in '!', "form.xlsx:自评表!B7"; the bare source when line is 0. */
JX_EXTERN const char *jx_location(char *buf, size_t size, const char *source, size_t line,
                                  size_t column);

/* The constant name of a jx_code: its enumerator without JX_E, in lower case ("nomem", "io",
 * "syntax", "schema", "value", "limit", "notfound", "usage"); "ok" for JX_OK, "unknown" for any
 * other number. */
JX_EXTERN const char *jx_code_name(int code);

/* ---------------------------------------------------------------------------------------------- */
/* Allocation and load options                                                                    */

/* An allocator hook. realloc(ctx, NULL, 0, n) allocates; realloc(ctx, p, old, 0) frees. */
typedef struct jx_allocator {
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void *ctx;
} jx_allocator;

typedef struct jx_load_options {
    unsigned version;   /* JX_LOAD_OPTIONS_VERSION */
    size_t max_bytes;   /* largest input accepted (a file, or a record of a stream); 0 = 16 MiB */
    unsigned max_depth; /* deepest YAML nesting accepted; 0 = 32 */
    size_t max_nodes;   /* most YAML nodes in one input; 0 = 1,000,000 */
    const jx_allocator *alloc; /* NULL = malloc/free */
    size_t max_rows;           /* (version 2) most indicator rows in one sheet; 0 = 100,000 */
} jx_load_options;

#define JX_LOAD_OPTIONS_VERSION 2
#define JX_LOAD_OPTIONS_INIT                                                                       \
    {                                                                                              \
        JX_LOAD_OPTIONS_VERSION, 0, 0, 0, NULL, 0                                                  \
    }
/* JX_LOAD_OPTIONS_INIT as a function, for callers that cannot use a macro (cffi, cgo, JNA). A
 * version this library does not know (0, or above JX_LOAD_OPTIONS_VERSION) is JX_EUSAGE. */
JX_EXTERN jx_load_options jx_load_options_init(void);

/* ---------------------------------------------------------------------------------------------- */
/* Rule sets */

typedef struct jx_rules jx_rules;
typedef struct jx_doc jx_doc;     /* one loaded file: one or more sheets */
typedef struct jx_sheet jx_sheet; /* one 自评表, borrowed from its jx_doc */

/* Loads a built-in rule set by name ("mof2020", "pre2020", "linear-reverse", "budget20"), with
 * malloc; jx_rules_load with options gives one through an allocator hook.
 * JX_ENOTFOUND for an unknown name; the message lists the known ones. */
JX_EXTERN int jx_rules_builtin(jx_rules **out, const char *name, jx_error *err);

/* Loads a rule set from a YAML file or buffer. A rule file may `extends:` a built-in name or a path
 * (relative to the file). `name` labels the buffer in errors. opts may be NULL. */
JX_EXTERN int jx_rules_load_file(jx_rules **out, const char *path, const jx_load_options *opts,
                                 jx_error *err);
JX_EXTERN int jx_rules_load_buffer(jx_rules **out, const char *data, size_t len, const char *name,
                                   const jx_load_options *opts, jx_error *err);

/* A name that is a built-in loads it; anything else is read as a file path. */
JX_EXTERN int jx_rules_load(jx_rules **out, const char *name_or_path, const jx_load_options *opts,
                            jx_error *err);

JX_EXTERN const char *jx_rules_name(const jx_rules *rules);
/* The YAML text the rule set was read from (for a rule set that extends another, its own text). */
JX_EXTERN const char *jx_rules_source(const jx_rules *rules);
JX_EXTERN void jx_rules_free(jx_rules *rules);

/* Loads the rule set a sheet names in `rules:` (a built-in, or a path relative to the sheet's
 * file), else `fallback` (NULL = "mof2020"). An unknown name is reported at the sheet's rules line.
 */
JX_EXTERN int jx_rules_for_sheet(jx_rules **out, const jx_sheet *sheet, const char *fallback,
                                 const jx_load_options *opts, jx_error *err);

/* The built-in rule sets: name and one-line title of the i-th, or NULL past the end. */
JX_EXTERN const char *jx_builtin_name(size_t i);
JX_EXTERN const char *jx_builtin_title(size_t i);

/* ---------------------------------------------------------------------------------------------- */
/* Indicator files */

/* Loads an indicator file. YAML holds one sheet per document; a .jsonl file one per line; a .csv
 * whose header names a `sheet` column is the long form, one sheet per group of rows. Text is UTF-8
 * (with or without a BOM), UTF-16 with its BOM, or GB18030. The forms as people have them (an
 * Excel workbook, a CSV without a `sheet` column, .tsv, a pasted .txt table) are read by
 * libjixiao-forms (jx_forms_load_file in jixiao_forms.h); here they are JX_EUSAGE, saying so.
 * Anything else is YAML. `name` labels the buffer in errors and results. The buffer is copied; it
 * need not outlive the call. opts may be NULL. */
JX_EXTERN int jx_doc_load_file(jx_doc **out, const char *path, const jx_load_options *opts,
                               jx_error *err);
JX_EXTERN int jx_doc_load_buffer(jx_doc **out, const char *data, size_t len, const char *name,
                                 const jx_load_options *opts, jx_error *err);
/* The kinds of input a stream of sheets comes in (docs/sheet.md describes JSONL and CSV). */
typedef enum jx_input {
    JX_INPUT_YAML,  /* one sheet per YAML document */
    JX_INPUT_JSONL, /* one sheet per line, a JSON object with the YAML form's keys */
    JX_INPUT_CSV    /* the long form: a row per indicator and per budget block, a `sheet` column */
} jx_input;

/* One record of a larger stream: YAML document(s), one JSONL line, or the rows of one sheet of the
 * long CSV (with the stream's header line). */
typedef struct jx_record {
    jx_input kind;
    const char *data; /* the record's bytes */
    size_t len;
    const char *csv_header; /* JX_INPUT_CSV: the stream's header line (else NULL) */
    size_t header_len;
    const char *name;  /* the stream's name, for errors and results */
    size_t first_line; /* the record's first line in its stream (0 = 1), so errors point there */
} jx_record;

/* Loads one record of a larger stream. Copies what it needs. */
JX_EXTERN int jx_doc_load_record(jx_doc **out, const jx_record *rec, const jx_load_options *opts,
                                 jx_error *err);
JX_EXTERN size_t jx_doc_count(const jx_doc *doc);
/* The i-th sheet, or NULL when i is out of range. Borrowed: valid while doc lives. */
JX_EXTERN const jx_sheet *jx_doc_sheet(const jx_doc *doc, size_t i);
JX_EXTERN void jx_doc_free(jx_doc *doc);

JX_EXTERN const char *jx_sheet_org(const jx_sheet *sheet);     /* "" when absent */
JX_EXTERN const char *jx_sheet_project(const jx_sheet *sheet); /* "" when absent */
JX_EXTERN int jx_sheet_year(const jx_sheet *sheet);            /* 0 when absent */
/* The rule set the sheet names (`rules:`), or NULL: the caller chooses what to load. */
JX_EXTERN const char *jx_sheet_rules(const jx_sheet *sheet);
JX_EXTERN size_t jx_sheet_count(const jx_sheet *sheet); /* indicators */

/* ---------------------------------------------------------------------------------------------- */
/* Scoring */

typedef struct jx_result jx_result;

/* Scores a sheet under a rule set. Pure: reads both and allocates only the result (two blocks,
 * one for the rows, one for the warnings), through the allocator the rule set was loaded with.
 * The result borrows both: keep the rules and the sheet's doc alive while it lives.
 * A form that disagrees with itself is scored, and each disagreement is a warning (a 定性 score
 * outside its tier stands, capped at the points; points no cell printed are inferred). Fails only
 * on JX_EUSAGE (NULL inputs), JX_ENOMEM, or JX_EVALUE when a value cannot be scored under these
 * rules (a word the rules do not read, a row with no points and no level to infer them from). */
JX_EXTERN int jx_score(jx_result **out, const jx_rules *rules, const jx_sheet *sheet,
                       jx_error *err);
JX_EXTERN void jx_result_free(jx_result *res);

/* Scores a filled form for review; the same as jx_score, whose warnings are the findings (kept for
 * callers of 0.1, when jx_score refused a 定性 score outside its tier). */
JX_EXTERN int jx_audit(jx_result **out, const jx_rules *rules, const jx_sheet *sheet,
                       jx_error *err);

typedef enum jx_status {
    JX_STATUS_MET,    /* target met: full points */
    JX_STATUS_OVER,   /* met with room to spare: actual ≥ over-target ratio × target */
    JX_STATUS_SHORT,  /* target missed: partial points */
    JX_STATUS_ZERO,   /* target missed: no points */
    JX_STATUS_QUAL,   /* 定性: scored by tier or grade */
    JX_STATUS_PENDING /* no actual value yet: not scored */
} jx_status;

JX_EXTERN const char *jx_status_name(jx_status status); /* "met", "over", "short", ... */

/* A status as a reader reads it: "达成", "超额完成", "未达成", ... or "met", "over the target", ...
 */
JX_EXTERN const char *jx_status_text(jx_status status, jx_lang lang);

/* One scored indicator. Strings are borrowed from the result (never NULL; "" when absent). */
typedef struct jx_item {
    const char *level1, *level2, *name, *unit;
    const char *op;              /* "≥", "≤", "=", "range", "date", "定性" */
    const char *target, *actual; /* as written in the sheet */
    const char *tier;            /* 定性 tier or grade word ("达成", "优"); "" otherwise */
    int64_t points;              /* hundredths */
    int64_t score;               /* hundredths, after rounding and deductions */
    int64_t deducted;            /* hundredths taken by `deduct` */
    int has_claim;               /* the sheet printed a score for this row */
    int64_t claimed;             /* hundredths, when has_claim */
    jx_status status;
    size_t line, column; /* where the indicator starts in its source */
} jx_item;

JX_EXTERN size_t jx_result_count(const jx_result *res);
/* JX_ENOTFOUND when i is out of range. */
JX_EXTERN int jx_result_item(jx_item *out, const jx_result *res, size_t i);

/* The budget-execution row. */
typedef struct jx_budget {
    int has_budget;                       /* 1: jx_result_budget found a budget block */
    int64_t initial, full_year, executed; /* 分; initial and full_year 0 when the form left them */
    int64_t rate;                         /* basis points of execution (10000 = 100.00%) */
    int64_t points, score;                /* hundredths */
    int has_initial, has_full_year;       /* the form gave 年初预算数, 全年预算数 */
} jx_budget;
/* JX_ENOTFOUND (with *out zeroed) when the sheet has no budget block. */
JX_EXTERN int jx_result_budget(jx_budget *out, const jx_result *res);

JX_EXTERN int64_t jx_result_total(const jx_result *res);    /* hundredths */
JX_EXTERN int64_t jx_result_possible(const jx_result *res); /* points of all rows + budget */
/* The grade label ("优秀"), or NULL when the sheet is not fully scored (a row lacks its actual). */
JX_EXTERN const char *jx_result_grade(const jx_result *res);
JX_EXTERN const char *jx_result_rules(const jx_result *res);  /* the rule set's name */
JX_EXTERN const char *jx_result_source(const jx_result *res); /* the sheet's file name */
JX_EXTERN const jx_sheet *jx_result_sheet(const jx_result *res);

/* The derivation of row i with its numbers substituted ("197 < 199 → 10 × 197/199 = 9.90").
 * Writes at most `size` bytes into buf, NUL-terminated when size > 0 (buf may be NULL when size is
 * 0), and sets *needed (when not NULL) to the length the whole text needs, without its NUL: a
 * text was cut when *needed >= size. JX_ENOTFOUND when i is out of range. */
JX_EXTERN int jx_result_explain(char *buf, size_t size, size_t *needed, const jx_result *res,
                                size_t i);
/* The same for the budget row: JX_ENOTFOUND when the sheet has no budget block. */
JX_EXTERN int jx_result_explain_budget(char *buf, size_t size, size_t *needed,
                                       const jx_result *res);
/* Both in a language; the two above are JX_LANG_EN. */
JX_EXTERN int jx_result_explain_lang(char *buf, size_t size, size_t *needed, const jx_result *res,
                                     size_t i, jx_lang lang);
JX_EXTERN int jx_result_explain_budget_lang(char *buf, size_t size, size_t *needed,
                                            const jx_result *res, jx_lang lang);

/* How much a finding matters; set per class by the rule set's audit.severity. */
typedef enum jx_severity { JX_SEVERITY_INFO, JX_SEVERITY_WARNING, JX_SEVERITY_ERROR } jx_severity;
JX_EXTERN const char *jx_severity_name(jx_severity severity); /* "info", "warning", "error" */
/* A severity as a reader reads it: "提示", "警告", "错误", or "info", "warning", "error". */
JX_EXTERN const char *jx_severity_text(jx_severity severity, jx_lang lang);
/* A finding's path (jx_warning.path) as a reader reads it, into buf: in Chinese
 * "indicators[1].actual" is "第2项指标 · 实际完成值", "budget.rate" "预算执行 · 执行率"; in English
 * the path as it is. Returns buf. */
JX_EXTERN const char *jx_path_text(char *buf, size_t size, const char *path, jx_lang lang);

/* Warnings a reviewer needs, each a finding of one class: code is a stable kebab-case name
 * ("over-target-without-reason", "unsupported-score", ...; docs/rules.md lists them all). */
typedef struct jx_warning {
    const char *code;
    jx_severity severity;
    const char *source;
    size_t line, column;
    const char *path; /* "indicators[2].actual" */
    const char *message;
} jx_warning;
JX_EXTERN size_t jx_result_warning_count(const jx_result *res);
/* Warning i; JX_ENOTFOUND past the count. jx_score finds the warnings and counts them by class;
 * a message and its path are written the first time the warning is read, so that scoring many
 * sheets for their totals writes none. Any number of threads may read one result at once. The
 * strings live as long as the result. */
JX_EXTERN int jx_result_warning(jx_warning *out, const jx_result *res, size_t i);
/* Warning i's message in a language (jx_result_warning's is JX_LANG_EN), written into buf as
 * jx_result_explain writes (*needed: the length the whole text needs). JX_ENOTFOUND past the
 * count. */
JX_EXTERN int jx_result_warning_text(char *buf, size_t size, size_t *needed, const jx_result *res,
                                     size_t i, jx_lang lang);

/* ---------------------------------------------------------------------------------------------- */
/* Batches: many sheets, or columns of pre-parsed rows, in one call */

/* Scores n sheets under one rule set into out[0..n-1]. On the first failure returns its code with
 * *failed set to its index (results before it are made and must be freed); out[] is the caller's.
 */
JX_EXTERN int jx_score_batch(jx_result **out, size_t *failed, const jx_rules *rules,
                             const jx_sheet *const *sheets, size_t n, jx_error *err);

/* The kinds of pre-parsed rows. */
typedef enum jx_row_kind {
    JX_ROW_GE,    /* ≥: target, actual */
    JX_ROW_LE,    /* ≤ */
    JX_ROW_EQ,    /* = */
    JX_ROW_RANGE, /* target..high */
    JX_ROW_DATE,  /* deadline: target and actual as YYYYMMDD (a day of 0 is the month's end) */
    JX_ROW_QUAL   /* 定性: actual is the credit in micro-units, 0..1,000,000 (优 = 1,000,000) */
} jx_row_kind;

/* Rows as parallel arrays, the way a host already holds them: no YAML, no strings. Numbers are
 * int64 micro-units (1e-6) in a common unit; points are hundredths. `high` may be NULL when no row
 * is a range. */
typedef struct jx_columns {
    size_t count;
    const uint8_t *kind; /* jx_row_kind */
    const int64_t *target;
    const int64_t *high;
    const int64_t *actual;
    const int64_t *points;
} jx_columns;

/* Scores every row exactly as jx_score would score it alone: score[i] in hundredths (rounded per
 * the rule set) and, when status is not NULL, status[i] (jx_status). Pure: no allocation, no I/O,
 * safe from any number of threads. A negative actual counts as 0. On a row that cannot be scored
 * (a bad kind, a negative target under a proportional clause, a formula error) returns JX_EVALUE
 * with err->line set to the row's index + 1; the rows before it are scored. */
JX_EXTERN int jx_score_columns(int64_t *score, uint8_t *status, const jx_rules *rules,
                               const jx_columns *rows, jx_error *err);

/* ---------------------------------------------------------------------------------------------- */
/* Rendering */

typedef enum jx_format {
    JX_FORMAT_TEXT,     /* aligned terminal table (display width aware) */
    JX_FORMAT_JSON,     /* one JSON object */
    JX_FORMAT_CSV,      /* a row per indicator, budget and total (with org, project); a header */
    JX_FORMAT_MD,       /* a Markdown table */
    JX_FORMAT_EXPLAIN,  /* the derivation of every row, the budget, the sum, the band */
    JX_FORMAT_CSV_BODY, /* JX_FORMAT_CSV without its header row, to append further sheets */
    JX_FORMAT_HTML      /* a self-contained page, written by libjixiao-forms: jixiao_forms.h */
} jx_format;

/* Receives rendered bytes; returns 0 to go on, non-zero to stop (the render returns JX_EIO). */
typedef int (*jx_write_fn)(void *ctx, const char *data, size_t len);

/* Renders a result through `write` in a language: the table, Markdown and the derivation in it
 * whole; JSON and CSV keep their keys and machine names (status "met", finding codes) and give the
 * reader's text beside them in it (JSON: status_text, the explanations, the findings' messages).
 * JX_FORMAT_HTML is libjixiao-forms' (jx_results_render_html) and JX_EUSAGE here. The library
 * does no I/O of its own. */
JX_EXTERN int jx_result_render_lang(const jx_result *res, jx_format format, jx_lang lang,
                                    jx_write_fn write, void *ctx);
/* The same with the language a reader would expect when none is named: the table, Markdown and
 * the derivation in Chinese, JSON and CSV in English. */
JX_EXTERN int jx_result_render(const jx_result *res, jx_format format, jx_write_fn write,
                               void *ctx);

/* Writes the doc's sheets back as YAML (a document each), the form an import produced included,
 * after an optional comment ("# ...\n" lines). Importing what it writes gives the same sheets. */
JX_EXTERN int jx_doc_write_yaml(const jx_doc *doc, const char *comment, jx_write_fn write,
                                void *ctx, jx_error *err);

/* ---------------------------------------------------------------------------------------------- */
/* Reports: a row per sheet of many files, failures included (jixiao report)                      */

typedef struct jx_report jx_report;

/* One row of a report: a scored sheet, or a file or sheet that failed. Strings are borrowed from
 * the report and never NULL ("" when absent). */
typedef struct jx_report_row {
    const char *source; /* the file */
    size_t sheet;       /* the sheet's number in its file, from 1; 0: the file failed whole */
    const char *org, *project; /* of the sheet */
    int year;                  /* 0 when absent */
    int failed;                /* could not be read or scored; message says why */
    int64_t total, max;        /* hundredths: the total, and the points the sheet carries */
    const char *grade;         /* "" when the sheet gets none */
    int has_printed_total;     /* the form printed a 总分 */
    int64_t printed_total;     /* hundredths */
    const char *printed_grade; /* the 等级 the form printed */
    size_t findings, errors;   /* the audit's findings, and those of severity error */
    const char *rules;         /* the rule set that scored it */
    const char *message;       /* failed: the error with its place ("f.xlsx:表!C2: ...") */
    const char *message_zh;    /* the same in Chinese */
} jx_report_row;

/* A new, empty report; alloc may be NULL (malloc/free). */
JX_EXTERN int jx_report_new(jx_report **out, const jx_allocator *alloc, jx_error *err);
JX_EXTERN void jx_report_free(jx_report *rep);
/* Adds the row of a scored sheet (from jx_score or jx_audit), copying what the row shows, so the
 * result may be freed at once. sheet: the sheet's number in its file, from 1. JX_ENOMEM. */
JX_EXTERN int jx_report_add(jx_report *rep, const jx_result *res, size_t sheet);
/* Adds the row of a file (sheet 0) or a sheet that could not be read or scored, with the error. */
JX_EXTERN int jx_report_add_failure(jx_report *rep, const char *source, size_t sheet,
                                    const jx_error *error);
JX_EXTERN size_t jx_report_count(const jx_report *rep);
JX_EXTERN size_t jx_report_failures(const jx_report *rep);
/* The i-th row in the order added; JX_ENOTFOUND past the end. */
JX_EXTERN int jx_report_get(jx_report_row *out, const jx_report *rep, size_t i);
/* Renders a report: JX_FORMAT_CSV and JX_FORMAT_JSON give a row per sheet in the order added, with
 * the columns source, sheet, org, project, year, total, max, grade, printed_total, printed_grade,
 * findings, status, message; JX_FORMAT_TEXT groups the rows by org (in the order orgs first
 * appear) with a subtotal line each (sheets, mean, min, max, count per grade) and lists the
 * failures last. Other formats: JX_EUSAGE (HTML and .xlsx are libjixiao-forms'). */
JX_EXTERN int jx_report_render(const jx_report *rep, jx_format format, jx_write_fn write,
                               void *ctx);
/* The same in a language; jx_report_render's text is Chinese, its CSV and JSON English. CSV and
 * JSON keep their column names and codes (status scored, failed) in both; a failure's message is
 * in the language asked for. */
JX_EXTERN int jx_report_render_lang(const jx_report *rep, jx_format format, jx_lang lang,
                                    jx_write_fn write, void *ctx);
/* ---------------------------------------------------------------------------------------------- */
/* Statistics of many sheets (jixiao bulk --summary; the report's subtotals)                      */

typedef struct jx_summary jx_summary;

/* A new, empty summary; alloc may be NULL (malloc/free). */
JX_EXTERN int jx_summary_new(jx_summary **out, const jx_allocator *alloc, jx_error *err);
JX_EXTERN void jx_summary_free(jx_summary *s);
/* Adds a scored sheet: its total, its grade (none when the sheet got none), the status of each of
 * its rows, the class of each finding. Copies what it keeps. JX_ENOMEM: the sheet is not added. */
JX_EXTERN int jx_summary_add(jx_summary *s, const jx_result *res);
/* Adds every sheet of `from`. Sheets added in any order, and summaries merged in any grouping,
 * give the same numbers and the same list of grades (a parallel run's batches). */
JX_EXTERN int jx_summary_merge(jx_summary *into, const jx_summary *from);

/* The totals, exact whatever the order the sheets were added in. */
typedef struct jx_totals {
    size_t sheets, rows; /* sheets added, and their indicator rows */
    int64_t min, max;    /* hundredths; 0 when there is no sheet */
    int64_t mean;        /* hundredths: the exact mean rounded half-up */
    double sd;           /* points: the sample standard deviation (n − 1); 0 below two sheets */
} jx_totals;
JX_EXTERN int jx_summary_totals(jx_totals *out, const jx_summary *s);
/* The p-quantile of the totals (0 ≤ p ≤ 1) in points, as GSL's gsl_stats_quantile_from_sorted_data
 * defines it (linear between the order statistics at (n − 1)p), exactly from the counts of each
 * total. JX_ENOTFOUND when there is no sheet; JX_EUSAGE for p outside [0, 1]. */
JX_EXTERN int jx_summary_quantile(double *out, const jx_summary *s, double p);
/* The i-th grade met and its count of sheets, from the highest band down (优秀, 良好, 一般, 较差:
 * grades are bands of totals, so by the highest total each got; ties by name); "" names the
 * sheets with no grade, listed last. JX_ENOTFOUND past the last. */
JX_EXTERN int jx_summary_grade(const char **name, size_t *count, const jx_summary *s, size_t i);
/* How many rows of the sheets added have this status. */
JX_EXTERN size_t jx_summary_status(const jx_summary *s, jx_status status);
/* The i-th most common class of finding (jx_warning.code) and its count, ties by code.
 * JX_ENOTFOUND past the last class met. */
JX_EXTERN int jx_summary_finding(const char **code, size_t *count, const jx_summary *s, size_t i);
/* Renders a summary: JX_FORMAT_TEXT (as jixiao bulk --summary text prints it) or JX_FORMAT_JSON
 * (one object: sheets, rows, total {mean, sd, min, p10, p25, median, p75, p90, max}, grades,
 * statuses as shares of the rows, warnings: the ten most common classes). */
JX_EXTERN int jx_summary_render(const jx_summary *s, jx_format format, jx_write_fn write,
                                void *ctx);
/* The same in a language; jx_summary_render's text is Chinese, its JSON's keys are the same in
 * both. */
JX_EXTERN int jx_summary_render_lang(const jx_summary *s, jx_format format, jx_lang lang,
                                     jx_write_fn write, void *ctx);

/* ---------------------------------------------------------------------------------------------- */
/* Rule regression cases (jixiao test; the format is in docs/cases.md)                            */

typedef struct jx_case {
    const char *name;   /* the case's `name`, or "case N" */
    const char *source; /* the case file */
    size_t line;        /* where the case starts */
    int passed;
    const char *failure; /* one line per expectation that failed (expected vs got); "" if passed */
    size_t expect_line;  /* the lines of its `expect:` block, first and last (0 when none) */
    size_t expect_last;
    size_t expect_column; /* the column of the `expect:` key */
    const char *actual;   /* the `expect:` block the current results give, as YAML lines */
} jx_case;

/* Receives each case as it runs; the strings live until it returns. Non-zero stops the run. */
typedef int (*jx_case_fn)(void *ctx, const jx_case *c);

/* Runs every case of a case file (one case per YAML document). `rules` (NULL: each case's own, else
 * mof2020) overrides the cases' rule sets. Returns JX_OK when the file could be read, whatever the
 * cases gave; a malformed case file is a located error. */
JX_EXTERN int jx_cases_run(const char *path, const char *rules, jx_case_fn fn, void *ctx,
                           jx_error *err);
/* The same, each failure said in `lang` (jx_cases_run's are English). A case's expected error
 * `message` may quote either language's words. */
JX_EXTERN int jx_cases_run_lang(const char *path, const char *rules, jx_lang lang, jx_case_fn fn,
                                void *ctx, jx_error *err);

/* Terminal columns UTF-8 text takes: CJK and full-width forms count two, combining marks none. */
JX_EXTERN size_t jx_display_width(const char *s);

#ifdef __cplusplus
}
#endif
#endif /* JIXIAO_H */
