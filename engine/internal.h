/*
 * internal.h - types shared by the engine's modules; never installed.
 *
 * Pipeline: yaml_doc (bytes -> node tree with positions) -> rules / sheet (tree -> validated
 * structs)
 * -> score (pure arithmetic on structs) -> result (accessors, explanations) -> render.
 * Fixed-point conventions: decimals read from text are int64 micro-units (1e-6); points and scores
 * are hundredths; money is 分; fractions of a point (credits) are micro-units in [0, 1e6].
 */
#ifndef JX_INTERNAL_H
#define JX_INTERNAL_H

#include "jixiao.h"
#include "msg.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#define JX_MICRO 1000000LL

/* Returns the status of x when it is not JX_OK. */
#define TRY(x)                                                                                     \
    do {                                                                                           \
        int rc_ = (x);                                                                             \
        if (rc_)                                                                                   \
            return rc_;                                                                            \
    } while (0)

/* The core's functions that libjixiao-forms calls: exported from libjixiao.so, yet no part of its
 * API (both libraries are built from one tree at one version; jixiao-forms.pc requires the same
 * version of jixiao). Everything else the engine shares stays inside the library that holds it. */
#if defined(__GNUC__) && !defined(JX_STATIC)
#define JX_PRIVATE __attribute__((visibility("default")))
#else
#define JX_PRIVATE
#endif

__extension__ typedef __int128 jx_i128;

/* ---- arena: one per handle, freed at once ---------------------------------------------------- */

typedef struct jx_chunk {
    struct jx_chunk *prev;
    size_t size;
    _Alignas(16) unsigned char data[];
} jx_chunk;
typedef struct jx_arena {
    const jx_allocator *alc;
    jx_chunk *head;
    size_t used, cap;
} jx_arena;

/* The caller's allocator, or malloc/free when alc is NULL or has no function. */
const jx_allocator *jx__allocator(const jx_allocator *alc);
JX_PRIVATE void jx_arena__init(jx_arena *a, const jx_allocator *alc);
JX_PRIVATE void *jx_arena__more(jx_arena *a, size_t n);
/* n bytes, not cleared (for what is written whole at once: texts, copies), 16-aligned; NULL when
 * out of memory. Inline: a reader takes a few of these for every value it reads. */
static inline void *jx_arena__alloc_raw(jx_arena *a, size_t n)
{
    if (n > SIZE_MAX - 15)
        return NULL;
    n = n ? (n + 15) & ~(size_t)15 : 16;
    if (!a->head || a->cap - a->used < n)
        return jx_arena__more(a, n);
    void *p = a->head->data + a->used;
    a->used += n;
    return p;
}
/* The same, zeroed. */
JX_PRIVATE void *jx_arena__alloc(jx_arena *a, size_t n);
JX_PRIVATE char *jx_arena__strndup(jx_arena *a, const char *s, size_t n);
/* An array p of n elements of `size` bytes with room for one more: p itself, or a copy twice as
 * large (the old block stays in the arena: at most twice the final size); NULL when out of memory.
 */
JX_PRIVATE void *jx_arena__grow(jx_arena *a, void *p, size_t *cap, size_t n, size_t size);
JX_PRIVATE void jx_arena__free(jx_arena *a);
/* Moves an arena into a block allocated from itself: the usual way a handle is born. */
void *jx_arena__adopt(jx_arena *a, size_t handle_size);

/* ---- errors -------------------------------------------------------------------------------- */

/* A message's two formats, English then Chinese, as jx__error takes them: JX_M(E_NOMEM). Both
 * are string literals, so the compiler checks each against the one list of arguments. */
#define JX_M(id) EN_##id, ZH_##id
/* A text in both languages: a reason or a word handed to whoever words the error. */
typedef struct jx_text {
    const char *en, *zh;
} jx_text;
#define JX_TEXT(id) ((jx_text){EN_##id, ZH_##id})

/* Fills err (when not NULL) with the code, the place and the message in both languages. */
JX_PRIVATE void jx__error(jx_error *err, int code, const char *source, size_t line, size_t column,
                          const char *path, const char *en, const char *zh, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 9), format(printf, 8, 9)))
#endif
    ;
/* The same, the message followed by a tail in its language: "'12a': " + "not a number" and
 * "“12a”：" + "不是数值". */
JX_PRIVATE void jx__error_with(jx_error *err, int code, const char *source, size_t line,
                               size_t column, const char *path, jx_text tail, const char *en,
                               const char *zh, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 10), format(printf, 9, 10)))
#endif
    ;
/* jx__error, then its code, as in `return jx__fail(err, JX_EVALUE, ..., JX_M(E_X), ...)`. A
 * macro, so that every reader of a caller (the static analyzer included) sees which code it
 * returns; `code` is read twice and has no side effects. */
#define jx__fail(err, code, ...)      ((void)jx__error((err), (code), __VA_ARGS__), (code))
#define jx__fail_with(err, code, ...) ((void)jx__error_with((err), (code), __VA_ARGS__), (code))

/* A const string handed to a C API that takes a non-const pointer yet only reads through it
 * (iconv's input, libyaml's scalars, libxlsxwriter's options): the one place const is dropped. */
static inline char *jx__unconst(const char *s)
{
    union {
        const char *c;
        char *m;
    } u = {s};
    return u.m;
}

/* ---- text helpers ------------------------------------------------------------------------- */

/* Decodes one UTF-8 code point at s (n bytes left); sets *len; returns -1 on a bad sequence. */
JX_PRIVATE long jx__utf8_next(const char *s, size_t n, size_t *len);
/* Whether s[0..n) is UTF-8 as jx__utf8_next reads it (ASCII and 3-byte sequences checked inline),
 * else *bad is the offset of the first byte that is not. Where it is, jx__cp_count counts the
 * bytes that are not continuation bytes (10xxxxxx). */
JX_PRIVATE bool jx__utf8_valid(const char *s, size_t n, size_t *bad);
/* The code points in [s, e) as jx__utf8_next steps over them (a byte that starts no sequence is
 * one): columns are counted with it. ASCII and 3-byte sequences (汉字) inline. */
static inline size_t jx__cp_count(const char *s, const char *e)
{
    const unsigned char *m = (const unsigned char *)s, *end = (const unsigned char *)e;
    size_t n = 0, len;
    for (; m < end; n++) {
        if (m[0] < 0x80) {
            m++;
        } else if ((m[0] & 0xF0) == 0xE0 && end - m >= 3 && (m[1] & 0xC0) == 0x80 &&
                   (m[2] & 0xC0) == 0x80) {
            m += 3;
        } else {
            jx__utf8_next((const char *)m, (size_t)(end - m), &len);
            m += len ? len : 1;
        }
    }
    return n;
}
size_t jx__display_width(const char *s);
/* Trims s[0..n) of ASCII and full-width (U+3000) space and NBSP: moves *s on, returns the length
 * left. */
JX_PRIVATE size_t jx__trim(const char **s, size_t n);
/* Copies s trimmed as jx__trim trims. */
JX_PRIVATE char *jx__trim_dup(jx_arena *a, const char *s, size_t n);
/* Edit distance in code points, capped at cap+1. */
size_t jx__edit_distance(const char *a, const char *b, size_t cap);
/* a and b are both there and equal; the first bytes first: it is asked of every word of every tier
 * and scale for every 定性 row. */
static inline bool jx__streq(const char *a, const char *b)
{
    return a && b && a[0] == b[0] && strcmp(a, b) == 0;
}
/* vsnprintf for the conversions messages use (%s %d %u %zu %lld %%), without the C library's
 * cost; any other conversion goes to vsnprintf. Same bytes, same cut, same return. */
JX_PRIVATE size_t jx__vformat(char *buf, size_t size, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 0)))
#endif
    ;
/* Whether s ends with suffix, ASCII letters compared without case (".XLSX"). */
JX_PRIVATE bool jx__has_suffix(const char *s, const char *suffix);

/* ---- YAML documents as trees with positions (only yaml_doc.c sees <yaml.h>) --------------------
 */

typedef enum { JX_NODE_SCALAR, JX_NODE_MAP, JX_NODE_SEQ } jx_node_kind;

typedef struct jx_node jx_node;
struct jx_node {
    jx_node_kind kind;
    bool plain;            /* a plain (unquoted) scalar */
    bool typed;            /* a YAML plain scalar or a JSON number: if it reads as a number, it is
                              one, never a date */
    char style;            /* scalar style: 'p' plain, '\'' or '"' quoted, '|' or '>' block */
    unsigned line, column; /* 1-based */
    const char *source;
    const char *text; /* scalar text, NUL-terminated */
    size_t len;
    jx_node *first, *last; /* children: seq items; map key, value, key, value, ... */
    jx_node *next;
    size_t count; /* seq items or map pairs */
};

#define JX_DEPTH_CAP 256 /* the deepest nesting any caller may allow */

typedef struct jx_limits {
    size_t max_bytes;
    unsigned max_depth;
    size_t max_nodes;
    size_t max_rows;    /* indicator rows in one sheet */
    size_t line_offset; /* the lines before the input (a record of a larger stream), 0 alone */
    const jx_allocator *alloc; /* never NULL */
} jx_limits;

/* Node building, for loaders other than YAML's. */
JX_PRIVATE jx_node *jx__node(jx_arena *a, jx_node_kind kind, const char *source, size_t line,
                             size_t column);
JX_PRIVATE jx_node *jx__scalar(jx_arena *a, const char *text, size_t len, bool quoted,
                               const char *source, size_t line, size_t column);
JX_PRIVATE void jx__append(jx_node *parent, jx_node *child); /* a list item */
JX_PRIVATE void jx__put(jx_node *map, jx_node *key, jx_node *value);
/* One JSON object (a JSONL line) as a tree; positions on line lim->line_offset + 1. */
int jx__json_parse(jx_node **root, jx_arena *a, const char *data, size_t len, const char *source,
                   const jx_limits *lim, jx_error *err);
/* One sheet of the long CSV form: the header line, then the sheet's rows (from line
 * lim->line_offset + 1), as the tree a YAML sheet would give. */
int jx__csv_sheet(jx_node **root, jx_arena *a, const char *header, size_t hlen, const char *rows,
                  size_t len, const char *source, const jx_limits *lim, jx_error *err);

/* One field of a CSV/TSV record, unquoted (in the arena when it was quoted). */
typedef struct jx_field {
    const char *text;
    size_t len, line, col;
    bool quoted;
} jx_field;

/* Reads one record from *p up to its line end (quoted fields may span lines; *line follows). */
JX_PRIVATE int jx__csv_record(jx_field *fields, size_t max, size_t *n, const char **p,
                              const char *end, size_t *line, char delim, jx_arena *a,
                              const char *source, jx_error *err);

/* The columns of a long CSV's header (csv_doc.c): what each holds, and the index of its key in
 * the sheet's, a row's and the budget's key tables (keys.c; -1 where it names none). */
enum { JX_COL_SKIP, JX_COL_SHEET, JX_COL_KIND, JX_COL_TOP, JX_COL_ROW, JX_COL_BUDGET, JX_COL_BOTH };
typedef struct jx_csv_column {
    int kind;
    int top, row, budget;
} jx_csv_column;
#define JX_CSV_MAX_COLS 64
/* Reads the header line into cols (JX_CSV_MAX_COLS); an unknown column or no `sheet` column is an
 * error on line 1. */
int jx__csv_header(jx_csv_column *cols, size_t *ncols, const char *h, size_t hlen, jx_arena *a,
                   const char *source, jx_error *err);

/* Whole stream files, a tree per sheet into *docs (arena): a JSONL file (a sheet per line; blank
 * lines are none), and a file of the long CSV form (its header, then its rows grouped into sheets
 * by the `sheet` column). Lines are the file's. */
int jx__jsonl_file(jx_node ***docs, size_t *n, jx_arena *a, const char *data, size_t len,
                   const char *source, const jx_limits *lim, jx_error *err);
int jx__csv_file(jx_node ***docs, size_t *n, jx_arena *a, const char *data, size_t len,
                 const char *source, const jx_limits *lim, jx_error *err);
/* Whether a CSV's first record names a `sheet` column: the long form, not a printed form. */
JX_PRIVATE bool jx__csv_is_long(const char *data, size_t len);

/* The limits and allocator of a caller's options (NULL: the defaults); JX_EUSAGE for a version
 * this library does not know. */
JX_PRIVATE int jx__options(jx_limits *l, const jx_load_options *o, jx_error *err);
/* Parses every document of a stream. *docs is an arena array of roots (NULL for an empty doc). */
int jx__yaml_parse(jx_node ***docs, size_t *ndocs, jx_arena *a, const char *data, size_t len,
                   const char *source, const jx_limits *lim, jx_error *err);
/* The text as UTF-8 without a byte-order mark (decode.c): *out is data itself, or a decoded copy in
 * the arena. Bytes that decode as nothing, and NUL bytes, are an error at their line and column. */
JX_PRIVATE int jx__decode(const char **out, size_t *outlen, jx_arena *a, const char *data,
                          size_t len, const char *source, jx_error *err);
/* Reads a whole file within the byte limit into a buffer of cap bytes from lim->alloc (NULL for
 * an empty file); release it with jx__free_buffer. */
JX_PRIVATE int jx__read_file(char **out, size_t *len, size_t *cap, const char *path,
                             const jx_limits *lim, jx_error *err);
JX_PRIVATE void jx__free_buffer(const jx_allocator *alc, char *p, size_t cap);
/* What every *_load_file starts with: out and path checked (JX_EUSAGE), the options read, the
 * file read within their limits. On JX_OK, text/len is the file ("" when empty); release it with
 * jx__file_done. */
typedef struct jx_file {
    jx_limits lim;
    char *buf;
    const char *text;
    size_t len, cap;
} jx_file;
JX_PRIVATE int jx__file_open(jx_file *f, const void *out, const char *path,
                             const jx_load_options *opts, jx_error *err);
JX_PRIVATE void jx__file_done(jx_file *f);
/* Writes sheet trees back as YAML (a document each). */
int jx__yaml_emit(const jx_node *const *roots, size_t n, const char *comment, jx_write_fn write,
                  void *ctx, jx_error *err);
/* Deep-merges `over` onto `base` (maps merge key by key, anything else replaces). */
jx_node *jx__merge(jx_arena *a, jx_node *base, jx_node *over);
bool jx__is_null(const jx_node *n);
jx_text jx__kind_name(const jx_node *n); /* "a mapping" / "映射" */

/* ---- values as people write them ---------------------------------------------------------- */

typedef enum {
    JX_OP_NONE,
    JX_OP_GE,
    JX_OP_LE,
    JX_OP_EQ,
    JX_OP_RANGE,
    JX_OP_DATE,
    JX_OP_QUAL
} jx_op;

typedef enum { JX_V_NONE, JX_V_NUM, JX_V_RANGE, JX_V_DATE, JX_V_TEXT } jx_vkind;

typedef struct jx_val {
    jx_vkind kind;
    jx_op op;             /* a sign or word written with the value ("≥50个") */
    int64_t num, hi;      /* micro-units; a range is num..hi */
    int mag;              /* power of ten of the unit's prefix: 万元 -> 4, ‰ -> -1 (of %) */
    const char *unit;     /* base unit without prefix: "元", "%", "" */
    int year, month, day; /* a date; year 0 = unstated, day 0 = month end */
    const char *text;     /* the trimmed text as written */
    unsigned line, column;
} jx_val;

/* Whether s[0..n) is exactly a plain decimal, -?D{1,12}(.D{1,6})? in ASCII digits, and its value
 * in micro-units: the shape most values have, read without folding or looking for words. Every
 * such text reads the same through jx__parse_value's whole way (tests/test_value.c holds it). */
static inline bool jx__plain_decimal(const char *s, size_t n, int64_t *micro)
{
    if (n == 0)
        return false;
    size_t i = s[0] == '-', k = i;
    int64_t v = 0;
    while (k < n && k - i < 13 && (unsigned)(s[k] - '0') < 10)
        v = v * 10 + (s[k++] - '0');
    if (k == i || k - i > 12)
        return false;
    v *= JX_MICRO;
    if (k < n) {
        if (s[k] != '.' || n - k < 2 || n - k > 7)
            return false;
        for (int64_t place = JX_MICRO / 10; ++k < n; place /= 10) {
            if ((unsigned)(s[k] - '0') >= 10)
                return false;
            v += (s[k] - '0') * place;
        }
    }
    *micro = s[0] == '-' ? -v : v;
    return true;
}
/* Folds full-width ASCII, look-alike signs (≧ ＝ ═) and dashes, and drops spaces; d holds 4n+1. */
size_t jx__fold(char *d, const char *s, size_t n);
/* How jx__parse_value reads a value; read.c decides them from the value's row. */
enum {
    JX_READ_DATES = 1, /* a date row: 2023.12, 2023-12 and 2023/12 are dates */
    JX_READ_TYPED = 2, /* a YAML or JSON number: a number, never a date */
    JX_READ_SLOW =
        4 /* no short cut for the common shapes: what tests compare the short cuts with */
};
/* Why a value could not be read, in both languages, worded when it is found. */
#define JX_WHY_SIZE 192
typedef struct jx_why {
    char en[JX_WHY_SIZE], zh[JX_WHY_SIZE];
} jx_why;
JX_PRIVATE void jx__why(jx_why *why, const char *en, const char *zh, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 4), format(printf, 3, 4)))
#endif
    ;
static inline jx_text jx__why_text(const jx_why *why) { return (jx_text){why->en, why->zh}; }
/* Reads one value by its shape. On failure returns JX_EVALUE with the reason in why, which says
 * what to write instead when that is clear ("not a number ...: write 1000"). */
int jx__parse_value(jx_val *v, jx_arena *a, const char *s, size_t n, unsigned flags, jx_why *why);
/* Parses an 指标性质 cell: ≥ ≤ = 定性 and their variants. JX_OP_NONE for empty; -1 unknown. */
int jx__parse_op(const char *s);
const char *jx__op_symbol(jx_op op);
/* Splits a unit ("万元") into magnitude and base ("元"). */
void jx__parse_unit(const char *u, int *mag, const char **base, jx_arena *a);
/* Formats micro-units trimmed ("9.5", "442", "-0.25"). buf holds at least 32 bytes. */
JX_PRIVATE char *jx__fmt_micro(char *buf, int64_t v);
/* Formats hundredths (points, or money in 分) as the shortest decimal ("10", "9.9", "0.75"), at any
 * size: multiplied into micro-units, an amount past 9.2万亿元 would overflow. */
JX_PRIVATE char *jx__fmt_points(char *buf, int64_t hundredths);
/* Formats hundredths with exactly two decimals ("9.90"). */
JX_PRIVATE char *jx__fmt_hundredths(char *buf, int64_t v);
/* Formats 分 as yuan with thousands separators ("333,113,794.75元"); buf holds 48 bytes. */
JX_PRIVATE char *jx__fmt_money(char *buf, int64_t fen);

/* ---- rows read by their meaning (read.c) ---------------------------------------------------- */

typedef struct jx_row jx_row;

/* One cell of a row as its reader gave it. */
typedef struct jx_cell_in {
    const char *text; /* NULL when absent */
    size_t len;
    bool typed; /* a YAML or JSON number */
    unsigned line, column;
} jx_cell_in;

typedef struct jx_row_in {
    const char *source, *path; /* for errors: "t.yaml", "indicators[3]" */
    jx_cell_in op, target, actual;
    int year; /* the sheet's: a date written without a year takes it (0: none) */
} jx_row_in;

/* Decides the kind of a row whose texts (level1, level2, name, unit) are already in r, then reads
 * its op, target and actual as that kind (domain.md §5). Errors point at the value that is wrong.
 */
int jx__read_row(jx_row *r, jx_arena *a, const jx_row_in *in, jx_error *err);
/* The points written into a level's name ("产出指标(60分)", "效益指标（30%）", "满意度指标 10分")
 * in hundredths into *points, and the name without them into *name (an arena copy). */
int jx__level_weight(const char **name, bool *has, int64_t *points, jx_arena *a, const char *level);

/* ---- rule sets ------------------------------------------------------------------------------ */

typedef enum {
    JX_CL_FULL,    /* credit 1 */
    JX_CL_ZERO,    /* credit 0 */
    JX_CL_RATIO,   /* B / A */
    JX_CL_INVERSE, /* A / B */
    JX_CL_LINEAR,  /* falls linearly from 1 at B = A to 0 at B = param × A */
    JX_CL_TIER,    /* the credit of qualitative tier `param` */
    JX_CL_NONNEG,  /* zero target: full if B >= 0, else 0 */
    JX_CL_NONPOS,  /* zero target: full if B <= 0, else 0 */
    JX_CL_EXPR,    /* a formula giving points (expr.h) */
    JX_CL_CURVE,   /* a curve from the completion ratio to a credit */
    JX_CL_BANDS    /* bands from the completion ratio to a credit */
} jx_clause_kind;

typedef struct jx_clause {
    jx_clause_kind kind;
    int64_t param;    /* LINEAR: micro ratio; TIER: tier index */
    const void *data; /* EXPR: jx_expr; CURVE: jx_curve; BANDS: jx_bands */
} jx_clause;

/* Clauses of one op. ≥ uses met/under/zero, ≤ met/over/zero, = all four, range met/under/over,
 * date met/over (late). */
typedef struct jx_opclauses {
    jx_clause met, under, over, zero;
} jx_opclauses;

typedef struct jx_tier {
    const char *name;
    int64_t from, to, credit; /* micro fractions of the points */
    const char **words;
    size_t nwords;
} jx_tier;

typedef struct jx_scale {
    const char *name;
    const char **words;
    int64_t *credit;
    size_t n;
} jx_scale;

typedef struct jx_level {
    const char *name;
    int64_t points; /* hundredths */
    const char **match;
    size_t nmatch;
} jx_level;

typedef struct jx_band {
    int64_t min; /* hundredths */
    const char *label;
    const char **words; /* other words for the grade a form may print: 优 for 优秀 */
    size_t nwords;
} jx_band;

/* The classes of findings (warning codes), in the order of the rule set's audit.severity. */
enum {
    JX_C_ROUNDING,
    JX_C_DEDUCTION,
    JX_C_UNSUPPORTED,
    JX_C_RATE,
    JX_C_SUM,
    JX_C_GRADE,
    JX_C_WEIGHTS,
    JX_C_OVER,
    JX_C_SHORT,
    JX_C_EXECUTION,
    JX_C_RATIO,
    JX_C_TIER,
    JX_C_MISSING,
    JX_C_ASSUMED,
    JX_C_SWAPPED,
    JX_C_NEGATIVE,
    JX_C_ZERO_BUDGET,
    JX_C_TRUNCATION,
    JX_C_MAGNITUDE,
    JX_C_CONFLICT,
    JX_C_INFERRED,
    JX_NCLASSES
};
extern const char *const jx__class_names[JX_NCLASSES];

#define JX_MAX_TIERS 8
#define JX_MAX_BANDS 8

struct jx_rules {
    jx_arena arena;
    const char *name, *title, *text;
    int64_t total_points; /* hundredths */
    int decimals;         /* 0..2 */
    bool round_down;      /* false: half-up */
    jx_opclauses ge, le, eq, range, date;
    jx_tier tiers[JX_MAX_TIERS];
    size_t ntiers;
    jx_scale *scales;
    size_t nscales;
    jx_level *levels;
    size_t nlevels;
    int64_t budget_points;  /* hundredths */
    bool budget_initial;    /* rate over 年初预算数 instead of 全年预算数 */
    int64_t budget_cap;     /* micro: the rate is capped here */
    int64_t reason_below;   /* micro: execution below this needs a reason */
    jx_clause budget_score; /* JX_CL_RATIO: p × min(rate, cap); or full, zero, a formula, curve.. */
    int64_t over_ratio;     /* micro: actual ≥ this × target needs a reason */
    int64_t ratio_actual_max, ratio_target_min; /* micro: "actual looks like a ratio" */
    jx_band bands[JX_MAX_BANDS];
    size_t nbands;
    unsigned char severity[JX_NCLASSES]; /* jx_severity of each class of finding */
};

/* ---- sheets --------------------------------------------------------------------------------- */

typedef struct jx_pos {
    unsigned line, column;
} jx_pos;

/* Why a row's op was assumed: no 指标性质 and no sign on the target (domain.md §5). */
typedef enum {
    JX_WHY_WRITTEN, /* not assumed */
    JX_WHY_DEFAULT, /* nothing says: ≥ */
    JX_WHY_COST,    /* a 成本指标 row: ≤ */
    JX_WHY_ZERO,    /* a target of 0: ≤ */
    JX_WHY_EVENT,   /* the name counts bad events (事故, 投诉, …): ≤ */
    JX_WHY_RESPONSE /* a response time under 时效指标 (小时, 天, …): ≤ */
} jx_op_why;

struct jx_row {
    const char *level1, *level2, *name, *unit, *reason, *group;
    const char *op_text;
    jx_op op;            /* the row's scoring kind, settled at load */
    jx_op_why op_why;    /* why op was assumed (op-assumed); JX_WHY_WRITTEN when it was written */
    const char *op_word; /* what the assumption rests on: "事故", "小时", "成本指标" */
    jx_op conflict; /* a sign on the target that 指标性质 overrode (op-conflict), or NONE */
    int mag_shift;  /* the actual is about 10^mag_shift × the target (magnitude-suspect), or 0 */
    int actual_mag; /* the magnitude the actual was read in, before both sides were scaled */
    const char *level; /* level1 without the points written into it: "产出指标" */
    bool has_level_points;
    int64_t level_points; /* hundredths written into the level's name: "产出指标(60分)" */
    jx_val target, actual;
    int unit_mag; /* magnitude of the 度量单位 column */
    bool has_points, has_score, has_deduct;
    int64_t points, score, deduct; /* hundredths */
    const char *deduct_reason;
    jx_pos pos, points_pos, score_pos, deduct_pos;
};

struct jx_sheet {
    const char *source;
    const char *org, *project, *rules;
    int year;
    jx_row *rows;
    size_t nrows;
    bool has_budget, budget_has_points, budget_has_rate, budget_has_score;
    bool has_initial, has_full_year, has_executed;
    int64_t initial, full_year, executed; /* 分 */
    int64_t budget_points, budget_score;  /* hundredths */
    int64_t budget_rate;                  /* micro-units of percent (claimed) */
    const char *budget_reason;
    jx_pos budget_pos, budget_rate_pos, budget_score_pos;
    bool has_total;
    int64_t total;
    const char *grade;
    jx_pos pos, total_pos, grade_pos, rules_pos;
    const jx_node *root; /* the tree it was read from, for writing it back */
    /* read straight from a record (direct.c): root is NULL, and the record (a JSONL line, or the
     * long CSV's rows after their header) is parsed again only to be written back */
    const char *record, *header;
    size_t record_len, header_len;
};

/* Points, scores and totals (sheet.c): a plain number of points (no sign, no unit but 分) from 0
 * to 1000 with at most two decimals, into hundredths; else why not. */
enum { JX_PTS_OK, JX_PTS_NOT_PLAIN, JX_PTS_NEGATIVE, JX_PTS_OVER, JX_PTS_DECIMALS };
int jx__points_of(const jx_val *v, int64_t *out);
/* Money to 分 exactly (sheet.c): bare amounts are in 10^unit_mag 元; else why not. */
enum { JX_MONEY_OK, JX_MONEY_NOT, JX_MONEY_NEGATIVE, JX_MONEY_FRACTION, JX_MONEY_LARGE };
int jx__money_of(const jx_val *v, int unit_mag, int64_t *out);
/* 偏差原因 cells that say there is none: "无", "-", "/", "无偏差". */
bool jx__no_reason(const char *s);

/* Reads and validates a sheet's tree (sheet.c): keys by keys.c's tables, values by read.c; at
 * most max_rows indicators. Strings are copied into the arena; s->root is the tree. */
int jx__read_sheet(jx_sheet *s, jx_arena *a, const jx_node *root, size_t max_rows, jx_error *err);
/* A JSONL record read straight to *s (direct.c), without a tree, when it is simple: JX_OK, or 1
 * (declined: read it through the tree, which gives the same sheet or the located error). Strings
 * and the record's copy are in the arena. */
int jx__direct_jsonl(jx_sheet *s, jx_arena *a, const char *data, size_t len, const char *source,
                     const jx_limits *lim);
/* The same for one sheet of the long CSV: its rows after the stream's header line. */
int jx__direct_csv(jx_sheet *s, jx_arena *a, const char *header, size_t hlen, const char *rows,
                   size_t len, const char *source, const jx_limits *lim);
/* A doc of the sheets of n trees (NULL and empty trees skipped), each read by jx__read_sheet into
 * the arena a, which the doc then owns; on failure a is freed (doc.c). */
JX_PRIVATE int jx__doc_make(jx_doc **out, jx_arena *a, const jx_node *const *roots, size_t n,
                            const char *source, const jx_limits *lim, jx_error *err);
/* jx_doc_load_record always through the tree (never direct.c): what tests compare it with. */
JX_PRIVATE int jx__doc_load_tree(jx_doc **out, const jx_record *rec, const jx_load_options *opts,
                                 jx_error *err);
/* A one-sheet doc read from a node tree (an inline sheet of a case file); strings are copied. */
int jx__doc_from_node(jx_doc **out, const jx_node *root, const char *source, jx_error *err);

struct jx_doc {
    jx_arena arena;
    const char *source;
    jx_sheet *sheets;
    size_t count;
};

/* ---- scoring core (pure) -------------------------------------------------------------------- */

/* Warning flags one row can raise. */
enum {
    JX_W_OVER = 1 << 0,      /* actual ≥ over_ratio × target without a reason */
    JX_W_SHORT = 1 << 1,     /* shortfall without a reason */
    JX_W_RATIO = 1 << 2,     /* actual looks like a completion ratio */
    JX_W_NEGATIVE = 1 << 3,  /* negative actual counted as 0 */
    JX_W_CLAIM = 1 << 4,     /* printed score differs */
    JX_W_PENDING = 1 << 5,   /* no actual */
    JX_W_ASSUMED = 1 << 6,   /* no 指标性质 and no sign: the op was assumed */
    JX_W_SWAPPED = 1 << 7,   /* 度量单位 holds a qualitative scale: columns swapped */
    JX_W_TIER = 1 << 8,      /* a 定性 score outside its tier, or above the points */
    JX_W_CONFLICT = 1 << 9,  /* 指标性质 and the target's own sign disagree */
    JX_W_MAGNITUDE = 1 << 10 /* the actual is 1000× the target or more, or 1/1000 or less */
};

/* Which way a row was scored: for ≥ ≤ = range and dates, which of its op's clauses applied. */
typedef enum {
    JX_BR_MET,    /* the target is met: the clause `met` */
    JX_BR_UNDER,  /* below the target (≥, =, a range's low end): `under` */
    JX_BR_OVER,   /* above it (≤, =, a range's high end), or a date late: `over` */
    JX_BR_ZERO,   /* a target of 0: `zero` */
    JX_BR_WORDS,  /* the actual is words: a tier or a grade of a scale */
    JX_BR_QUAL,   /* a 定性 row with a number: a completion ratio, or the evaluator's score */
    JX_BR_PENDING /* no actual yet: not scored */
} jx_branch;

/* How a row's score came about: everything explain needs, no strings of its own. */
typedef struct jx_trace {
    jx_clause_kind clause;
    jx_branch branch;
    int64_t a, b;        /* target (or the range end used) and actual, in common magnitude */
    const jx_clause *cl; /* the clause applied, when one was */
    jx_i128 credit_num;  /* the credit as a fraction num/den of the points, before rounding */
    jx_i128 credit_den;
    int tier;          /* -1 or the tier index */
    int scale, grade;  /* -1 or the scale and grade word index */
    bool manual;       /* a manual 定性 score */
    bool ratio_actual; /* a 定性 actual read as a completion ratio */
    int64_t raw;       /* hundredths before deductions */
} jx_trace;

typedef struct jx_row_score {
    int64_t score; /* hundredths */
    int64_t points;
    int64_t deducted;
    jx_status status;
    unsigned warn;
    jx_trace tr;
} jx_row_score;

/* The status a clause's credit num/den gives on a branch: met (over, above a ≥ or = target) when
 * full, short when partial, zero when none. */
static inline jx_status jx__status(jx_branch br, jx_i128 num, jx_i128 den, jx_op op)
{
    bool full = num == den;
    if (br == JX_BR_MET || br == JX_BR_ZERO)
        return full ? JX_STATUS_MET : JX_STATUS_ZERO;
    if (full)
        return br == JX_BR_OVER && op != JX_OP_LE ? JX_STATUS_OVER : JX_STATUS_MET;
    return num == 0 ? JX_STATUS_ZERO : JX_STATUS_SHORT;
}

/* The branch, clause and exact credit of a quantitative row (≥ ≤ = range) into tr; shared by
 * jx_score and the columnar batch, so both score alike. JX_EVALUE with *why on a negative target
 * under a proportional clause, or a formula that cannot be evaluated. */
int jx__quant(jx_trace *tr, const jx_rules *r, jx_op kind, int64_t a, int64_t b, int64_t hi,
              int64_t points, jx_text *why);

/* Which weight level a row falls under (-1: none). */
int jx__level_of(const jx_rules *r, const char *level1);
/* Rounds num/den × hundredths per the rules (num, den >= 0, den > 0). */
int64_t jx__round(const jx_rules *r, jx_i128 num, jx_i128 den);
/* Scores one row with its points settled. Returns 0, or JX_EVALUE with *why set. A 定性 score
 * outside its tier, or above the points, is flagged (JX_W_TIER) and stands, capped to [0, p]. */
int jx__score_row(jx_row_score *out, const jx_rules *r, const jx_row *row, int64_t points,
                  jx_text *why, const char **why_field);

/* How the budget row's score came about (score.c): what its explanation reads. */
typedef struct jx_budget_trace {
    bool initial; /* the rate is over 年初预算数, else over 全年预算数 */
    int64_t base; /* 分: the amount the rate is over; 0 scores 0 */
    bool capped;  /* a JX_CL_RATIO score: the rate was over the rule set's cap */
    jx_i128 credit_num, credit_den; /* the credit as a fraction of the points, before rounding */
} jx_budget_trace;

/* Scores the budget row of a sheet with a budget block into *o and *tr. Pure. JX_EVALUE with *why
 * when the rule set's budget formula or curve cannot be evaluated. */
int jx__score_budget(jx_budget *o, jx_budget_trace *tr, const jx_rules *r, const jx_sheet *s,
                     jx_text *why);

/* Where a warning was found (result.c): which producer, and its ordinal among that producer's. */
enum { JX_ORIGIN_INFERRED, JX_ORIGIN_ROW, JX_ORIGIN_LEVELS, JX_ORIGIN_BUDGET, JX_ORIGIN_SHEET };
typedef struct jx_origin {
    unsigned kind, ordinal;
    size_t row; /* JX_ORIGIN_ROW */
} jx_origin;

struct jx__pool;

struct jx_result {
    jx_arena arena;
    const jx_rules *rules_ref; /* for explain only; the caller keeps rules alive */
    const char *rules_name;
    const jx_sheet *sheet;
    jx_row_score *rows;
    size_t nrows;
    jx_budget budget;
    jx_budget_trace budget_tr;
    int64_t total, possible;
    const char *grade;
    int band;
    jx_warning *warnings; /* message and path written when first read (jx__warning) */
    size_t nwarnings;
    jx_origin *origins;
    _Atomic unsigned char *written; /* 0 not yet, 1 being written, 2 written */
    char *msgs, *paths;
    const struct jx__pool *pools; /* the points inferred, for the warnings about them */
    size_t npools;
};

/* Warning i of a result with its message and path written (once, by whichever thread reads it
 * first; others wait for it): what every reader of a result's warnings goes through. */
JX_PRIVATE const jx_warning *jx__warning(const jx_result *res, size_t i);

/* Adds a sheet of which only the total and grade are known (a report's row) to a summary. */
int jx__summary_add_total(jx_summary *s, int64_t total, const char *grade);

/* ---- reports (report.c) ---------------------------------------------------------------------- */

struct jx_report {
    jx_arena arena;
    jx_report_row *rows; /* grown by doubling in the arena */
    size_t n, cap, failures;
};

/* A report's rows in the order a reader sees them: the scored rows grouped by org (orgs in the
 * order they first appear, rows in the order added), then the failures. */
typedef struct jx_report_group {
    const char *org;
    size_t first, count; /* into the order */
    jx_summary *summary; /* the group's totals and grades */
} jx_report_group;

/* The order a reader sees the rows in: order[] (n entries) and the groups (at most n), the failures
 * after the last group, in an arena of their own (the report is only read: it may be rendered by
 * several threads at once); jx__report_view_free when done. JX_ENOMEM. */
typedef struct jx_report_view {
    jx_arena arena;
    size_t *order;
    jx_report_group *groups;
    size_t ngroups;
} jx_report_view;
JX_PRIVATE int jx__report_groups(jx_report_view *v, const jx_report *rep);
JX_PRIVATE void jx__report_view_free(jx_report_view *v);
/* A failed row's message in a language. */
JX_PRIVATE const char *jx__report_message(const jx_report_row *r, jx_lang lang);
/* "2 sheets, mean 86.17, min 80.00, max 92.33; 优秀 1, 良好 1" */
JX_PRIVATE const char *jx__report_subtotal(char *buf, size_t size, const jx_report_group *g,
                                           jx_lang lang);

/* Built-in rule sets, generated from the YAML files of rules/ at build time. */
typedef struct jx_builtin {
    const char *name;
    const char *title;
    const char *text;
    size_t len;
} jx_builtin;
extern const jx_builtin jx__builtins[];
extern const size_t jx__nbuiltins;

#endif
