/*
 * direct.c - a record of a stream read straight to its sheet, without the node tree, when it is
 * simple: a JSONL line, or one sheet of the long CSV (its rows after the stream's header).
 *
 * Most records of a stream are alike: the documented keys (or their Chinese headings), strings
 * without escapes, plain numbers. Such a record needs no tree and no copy per value: it is copied
 * once to be read in place (and once as it is, to be written back), its strings are ended in
 * place, keys are matched by their bytes, points and years are read as plain decimals, and every
 * target and actual goes through read.c like any other reader's. The sheet is the one json_doc.c
 * or csv_doc.c and sheet.c would give, position for position.
 *
 * Anything this reader is not sure of - an escape, a key it does not know or meets twice, a value
 * of an odd shape, a value read.c refuses, a limit - declines the record, and doc.c reads it
 * through the tree, which gives the exact located error or the same sheet. So nothing here
 * reports an error; tests/test_direct.c and fuzz/fuzz_direct.c read random and broken records both
 * ways and compare everything.
 */
#include "schema.h"

#include <string.h>

/* What a value was, as the tree would have had it. */
enum { V_ABSENT, V_NULL, V_STRING, V_NUMBER, V_OBJECT, V_ARRAY };

typedef struct cell {
    char *text; /* a string's bytes, ended in place; a number's text (not ended) */
    size_t len;
    unsigned type, line, column;
} cell;

typedef struct rowcells {
    cell c[IK_N];
    unsigned line, column;
} rowcells;

/* What key came after which in the last object of a kind (after[0]: the first, after[k + 1]: the
 * one after key k): the rows of a stream are written alike, so the next key is tried first. */
typedef struct order {
    short after[IK_N + 1];
} order;

/* At first, the order of the table. */
static void in_table_order(order *o)
{
    for (int k = 0; k <= IK_N; k++)
        o->after[k] = (short)k;
}

typedef struct scan {
    char *p, *end;
    unsigned lineno;  /* the record's line in its stream */
    const char *line; /* the record's first byte: column 1 */
    size_t cont;      /* continuation bytes of the strings read so far */
    size_t nodes;
    const jx_limits *lim;
    jx_arena *a;
    rowcells *rows;
    size_t nrows, cap;
    order row_order; /* of the indicators' keys */
} scan;

/* Declines the record: doc.c reads it through the tree. */
#define DECLINE 1
#define NEED(x)                                                                                    \
    do {                                                                                           \
        if (!(x))                                                                                  \
            return DECLINE;                                                                        \
    } while (0)

/* The column of `at`, in code points as jx__cp_count counts them: every byte before it that is not
 * a continuation byte (10xxxxxx) of a sequence string() checked. Only strings hold such bytes
 * (anything else outside ASCII is declined), and they are scanned in order, so this is exact. */
static unsigned column(const scan *sc, const char *at)
{
    return (unsigned)((size_t)(at - sc->line) - sc->cont + 1);
}

/* Steps over blanks; the copy ends with a NUL, which is none. */
static void ws(scan *sc)
{
    while ((unsigned char)*sc->p <= ' ' &&
           (*sc->p == ' ' || *sc->p == '\t' || *sc->p == '\r' || *sc->p == '\n'))
        sc->p++;
}

/* A string without escapes or control characters, valid UTF-8 as jx__utf8_next reads it: its
 * bytes, ended in place. */
static int string(scan *sc, char **text, size_t *len)
{
    char *q = ++sc->p; /* the copy ends with a NUL, which stops the loop below as a control byte */
    for (;;) {
        unsigned char c = (unsigned char)*q;
        if (c == '"')
            break;
        if (c < 0x80) {
            NEED(c != '\\' && c >= 0x20);
            q++;
            continue;
        }
        size_t n;
        if ((c & 0xF0) == 0xE0 && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80)
            n = 3; /* 汉字, as jx__cp_count steps over them */
        else
            NEED(jx__utf8_next(q, (size_t)(sc->end - q), &n) >= 0);
        sc->cont += n - 1;
        q += n;
    }
    *text = sc->p;
    *len = (size_t)(q - sc->p);
    *q = '\0';
    sc->p = q + 1;
    return JX_OK;
}

/* The length of `name` when the string at sc->p is "name" exactly, else 0. */
static size_t quoted(const scan *sc, const char *name)
{
    const char *q = sc->p + 1;
    size_t j = 0;
    while (name[j] && q[j] == name[j]) /* the NUL that ends the copy differs from any */
        j++;
    return !name[j] && q[j] == '"' ? j : 0;
}

/* Whether the key k (len bytes, no NUL in them) is the table's word c. */
static bool is_word(const char *c, const char *k, size_t len)
{
    size_t j = 0;
    while (j < len && c[j] == k[j])
        j++;
    return j == len && c[len] == '\0';
}

/* The index of a key in a table, as jx__match_key finds it (names are ASCII, aliases Chinese);
 * -1 when it is not there. */
static int key_of(const jx_key *keys, int n, const char *k, size_t len)
{
    for (int i = 0; i < n; i++) {
        if ((unsigned char)k[0] < 0x80) {
            if (keys[i].name[0] == k[0] && is_word(keys[i].name, k, len))
                return i;
            continue;
        }
        for (size_t j = 0; j < 6 && keys[i].aliases[j]; j++)
            if (keys[i].aliases[j][0] == k[0] && is_word(keys[i].aliases[j], k, len))
                return i;
    }
    return -1;
}

/* A scalar: a string, null, or a number of the plain shape -?D+(.D+)? (anything else json_doc.c
 * reads as a scalar - true, false, 1e3 - is declined). */
static int scalar(scan *sc, cell *c)
{
    c->line = sc->lineno;
    c->column = column(sc, sc->p);
    NEED(++sc->nodes <= sc->lim->max_nodes);
    if (*sc->p == '"') {
        c->type = V_STRING;
        return string(sc, &c->text, &c->len);
    }
    char *at = sc->p;
    while (sc->p < sc->end && *sc->p && strchr("0123456789+-.eEtrufalsn", *sc->p))
        sc->p++;
    c->text = at;
    c->len = (size_t)(sc->p - at);
    if (c->len == 4 && memcmp(at, "null", 4) == 0) {
        c->type = V_NULL;
        return JX_OK;
    }
    size_t i = at[0] == '-', k = i;
    while (k < c->len && at[k] >= '0' && at[k] <= '9')
        k++;
    if (k < c->len && at[k] == '.' && k + 1 < c->len)
        for (k++; k < c->len && at[k] >= '0' && at[k] <= '9';)
            k++;
    NEED(c->len > i && k == c->len && at[i] >= '0' && at[i] <= '9' && at[c->len - 1] != '.');
    c->type = V_NUMBER;
    return JX_OK;
}

/* After a key: the colon, and the start of its value. */
static int colon(scan *sc)
{
    ws(sc);
    NEED(sc->p < sc->end && *sc->p == ':');
    sc->p++;
    ws(sc);
    NEED(sc->p < sc->end);
    return JX_OK;
}

/* After a member: `,` (more follow) or the closing bracket. */
static int next(scan *sc, char close, bool *more)
{
    ws(sc);
    NEED(sc->p < sc->end && (*sc->p == ',' || *sc->p == close));
    *more = *sc->p++ == ',';
    return JX_OK;
}

/* An object of scalars whose keys are all in the table, none twice: into c[] (V_ABSENT where a
 * key is not given). */
static int object(scan *sc, cell *c, const jx_key *keys, int nkeys, order *o)
{
    for (int i = 0; i < nkeys; i++)
        c[i].type = V_ABSENT;
    sc->p++; /* { */
    ws(sc);
    if (sc->p < sc->end && *sc->p == '}') {
        sc->p++;
        return JX_OK;
    }
    int i = -1;
    for (bool more = true; more;) {
        ws(sc);
        NEED(sc->p < sc->end && *sc->p == '"');
        int guess = o->after[i + 1];
        size_t klen = guess >= 0 && guess < nkeys ? quoted(sc, keys[guess].name) : 0;
        if (klen) {
            sc->p += klen + 2;
        } else {
            char *k;
            TRY(string(sc, &k, &klen));
            guess = key_of(keys, nkeys, k, klen);
            o->after[i + 1] = (short)guess;
        }
        i = guess;
        NEED(i >= 0 && c[i].type == V_ABSENT);
        TRY(colon(sc));
        TRY(scalar(sc, &c[i]));
        TRY(next(sc, '}', &more));
    }
    return JX_OK;
}

/* Room for one more row's cells: doubled, not cleared (every row's cells are written). */
static rowcells *new_row(scan *sc)
{
    if (sc->nrows == sc->cap) {
        size_t cap = sc->cap ? 2 * sc->cap : 16;
        rowcells *grown = jx_arena__alloc_raw(sc->a, cap * sizeof *grown);
        if (!grown)
            return NULL;
        if (sc->nrows)
            memcpy(grown, sc->rows, sc->nrows * sizeof *grown);
        sc->rows = grown;
        sc->cap = cap;
    }
    return &sc->rows[sc->nrows++];
}

/* The indicators: a list of rows, each an object of scalars. */
static int rows(scan *sc)
{
    NEED(++sc->nodes <= sc->lim->max_nodes);
    sc->p++; /* [ */
    ws(sc);
    if (sc->p < sc->end && *sc->p == ']') {
        sc->p++;
        return JX_OK;
    }
    for (bool more = true; more;) {
        ws(sc);
        NEED(sc->p < sc->end && *sc->p == '{' && ++sc->nodes <= sc->lim->max_nodes);
        rowcells *r = new_row(sc);
        NEED(r);
        r->line = sc->lineno;
        r->column = column(sc, sc->p);
        TRY(object(sc, r->c, jx__row_keys, IK_N, &sc->row_order));
        TRY(next(sc, ']', &more));
    }
    return JX_OK;
}

/* The top object: its scalars into top[], the budget block into budget[], the rows into sc. */
static int record(scan *sc, cell *top, cell *budget)
{
    for (int i = 0; i < SK_N; i++)
        top[i].type = V_ABSENT;
    sc->p++; /* { */
    ws(sc);
    NEED(sc->p < sc->end && *sc->p != '}');
    for (bool more = true; more;) {
        ws(sc);
        NEED(sc->p < sc->end && *sc->p == '"');
        char *k;
        size_t klen;
        TRY(string(sc, &k, &klen));
        int i = key_of(jx__sheet_keys, SK_N, k, klen);
        NEED(i >= 0 && top[i].type == V_ABSENT);
        TRY(colon(sc));
        if (*sc->p == '{' && i == SK_BUDGET) {
            top[i].type = V_OBJECT;
            top[i].line = sc->lineno;
            top[i].column = column(sc, sc->p);
            NEED(++sc->nodes <= sc->lim->max_nodes);
            order o;
            in_table_order(&o);
            TRY(object(sc, budget, jx__budget_keys, BK_N, &o));
        } else if (*sc->p == '[' && i == SK_INDICATORS) {
            top[i].type = V_ARRAY;
            top[i].line = sc->lineno;
            top[i].column = column(sc, sc->p);
            TRY(rows(sc));
        } else {
            TRY(scalar(sc, &top[i]));
        }
        TRY(next(sc, '}', &more));
    }
    ws(sc);
    NEED(sc->p == sc->end);
    return JX_OK;
}

/* ---- the sheet, as sheet.c reads it from the tree ----------------------------------------------
 */

static bool null(const cell *c) { return c->type == V_ABSENT || c->type == V_NULL; }

static void pos_of(jx_pos *p, const cell *c)
{
    bool given = c->type != V_ABSENT;
    p->line = given ? c->line : 0;
    p->column = given ? c->column : 0;
}

/* Trimmed text, ended in place ("" when absent or null); numbers are declined. */
static int text_of(const char **out, const cell *c)
{
    *out = "";
    if (null(c))
        return JX_OK;
    NEED(c->type == V_STRING);
    const char *s = c->text;
    size_t n = jx__trim(&s, c->len);
    c->text[(size_t)(s - c->text) + n] = '\0';
    *out = s;
    return JX_OK;
}

/* A plain decimal of a scalar, trimmed as jx__parse_value trims. */
static bool decimal(int64_t *v, const cell *c)
{
    if (c->type != V_STRING && c->type != V_NUMBER)
        return false;
    const char *s = c->text;
    size_t n = jx__trim(&s, c->len);
    return jx__plain_decimal(s, n, v);
}

static int points_of(int64_t *out, const cell *c)
{
    jx_val v = {.kind = JX_V_NUM, .unit = ""};
    NEED(decimal(&v.num, c) && jx__points_of(&v, out) == JX_PTS_OK);
    return JX_OK;
}

/* Points where the cell is given (not null): *has set, and the place when pos is not NULL. */
static int points_at(int64_t *out, bool *has, jx_pos *pos, const cell *c)
{
    if (null(c))
        return JX_OK;
    TRY(points_of(out, c));
    *has = true;
    if (pos)
        pos_of(pos, c);
    return JX_OK;
}

/* A value by jx__parse_value, as jx__get_value reads it. */
static int value_of(jx_val *v, jx_arena *a, const cell *c)
{
    jx_why why;
    memset(v, 0, sizeof *v);
    NEED(c->type == V_STRING || c->type == V_NUMBER);
    return jx__parse_value(v, a, c->text, c->len, c->type == V_NUMBER ? JX_READ_TYPED : 0, &why)
               ? DECLINE
               : JX_OK;
}

static int read_budget(jx_sheet *s, jx_arena *a, const cell *b)
{
    NEED(null(&b[BK_UNIT])); /* 万元; a block that names its unit goes through the tree */
    int64_t *money[3] = {&s->initial, &s->full_year, &s->executed};
    bool *has[3] = {&s->has_initial, &s->has_full_year, &s->has_executed};
    for (int i = BK_INITIAL; i <= BK_EXECUTED; i++) {
        if (null(&b[i]))
            continue;
        jx_val v;
        TRY(value_of(&v, a, &b[i]));
        NEED(jx__money_of(&v, 4, money[i - BK_INITIAL]) == JX_MONEY_OK);
        *has[i - BK_INITIAL] = true;
    }
    NEED(s->has_executed && (s->has_full_year || s->has_initial));
    TRY(points_at(&s->budget_points, &s->budget_has_points, NULL, &b[BK_POINTS]));
    if (!null(&b[BK_RATE])) {
        jx_val r;
        TRY(value_of(&r, a, &b[BK_RATE]));
        NEED(r.kind == JX_V_NUM && r.mag == 0 && (r.unit[0] == '\0' || jx__streq(r.unit, "%")));
        s->budget_rate = r.num;
        s->budget_has_rate = true;
        pos_of(&s->budget_rate_pos, &b[BK_RATE]);
    }
    TRY(points_at(&s->budget_score, &s->budget_has_score, &s->budget_score_pos, &b[BK_SCORE]));
    TRY(text_of(&s->budget_reason, &b[BK_REASON]));
    if (jx__no_reason(s->budget_reason))
        s->budget_reason = "";
    return JX_OK;
}

static int cell_in(jx_cell_in *out, const cell *c)
{
    memset(out, 0, sizeof *out);
    if (null(c))
        return JX_OK;
    NEED(c->type == V_STRING || c->type == V_NUMBER);
    *out = (jx_cell_in){c->text, c->len, c->type == V_NUMBER, c->line, c->column};
    return JX_OK;
}

static int read_row(jx_row *r, jx_arena *a, const rowcells *rc, const char *source, int year)
{
    const cell *c = rc->c;
    r->pos = (jx_pos){rc->line, rc->column};
    const char **texts[] = {&r->group, &r->level1, &r->level2, &r->name,
                            &r->unit,  &r->reason, &r->op_text};
    const int keys[] = {IK_GROUP, IK_LEVEL1, IK_LEVEL2, IK_NAME, IK_UNIT, IK_REASON, IK_OP};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        TRY(text_of(texts[i], &c[keys[i]]));
    NEED(r->name[0] && null(&c[IK_DEDUCT]) && c[IK_ID].type != V_OBJECT &&
         c[IK_ID].type != V_ARRAY);
    if (jx__no_reason(r->reason))
        r->reason = "";
    jx_row_in in = {.source = source, .path = "indicators", .year = year};
    TRY(cell_in(&in.op, &c[IK_OP]));
    TRY(cell_in(&in.target, &c[IK_TARGET]));
    TRY(cell_in(&in.actual, &c[IK_ACTUAL]));
    jx_error scratch;
    NEED(jx__read_row(r, a, &in, &scratch) == JX_OK);
    TRY(points_at(&r->points, &r->has_points, &r->points_pos, &c[IK_POINTS]));
    return points_at(&r->score, &r->has_score, &r->score_pos, &c[IK_SCORE]);
}

static int read_sheet(jx_sheet *s, scan *sc, const cell *top, const cell *budget,
                      const char *source)
{
    s->source = source;
    TRY(text_of(&s->org, &top[SK_ORG]));
    TRY(text_of(&s->project, &top[SK_PROJECT]));
    const char *rules;
    TRY(text_of(&rules, &top[SK_RULES]));
    s->rules = rules[0] ? rules : NULL;
    pos_of(&s->rules_pos, &top[SK_RULES]);
    if (!null(&top[SK_YEAR])) {
        int64_t y;
        NEED(decimal(&y, &top[SK_YEAR]) && y % JX_MICRO == 0 && y >= 1900 * JX_MICRO &&
             y <= 2199 * JX_MICRO);
        s->year = (int)(y / JX_MICRO);
    }
    if (top[SK_BUDGET].type == V_OBJECT) {
        s->has_budget = true;
        pos_of(&s->budget_pos, &top[SK_BUDGET]);
        TRY(read_budget(s, sc->a, budget));
    } else {
        NEED(null(&top[SK_BUDGET]));
    }
    TRY(points_at(&s->total, &s->has_total, &s->total_pos, &top[SK_TOTAL]));
    TRY(text_of(&s->grade, &top[SK_GRADE]));
    pos_of(&s->grade_pos, &top[SK_GRADE]);

    const cell *list = &top[SK_INDICATORS];
    if (list->type == V_ABSENT || (list->type == V_NULL && s->has_budget)) {
        NEED(s->has_budget);
        return JX_OK;
    }
    NEED(list->type == V_ARRAY && (sc->nrows > 0 || s->has_budget) &&
         sc->nrows <= sc->lim->max_rows);
    s->rows = jx_arena__alloc(sc->a, sc->nrows * sizeof *s->rows + 1); /* + 1: never 0 bytes */
    NEED(s->rows);
    for (; s->nrows < sc->nrows; s->nrows++)
        TRY(read_row(&s->rows[s->nrows], sc->a, &sc->rows[s->nrows], source, s->year));
    return JX_OK;
}

/* The record copied twice into the arena: as it is (to be parsed again only to be written back),
 * and a copy to be ended in place as it is read. */
static char *copies(jx_arena *a, const char *data, size_t len, const char **kept)
{
    char *copy = jx_arena__alloc_raw(a, 2 * len + 2);
    if (!copy)
        return NULL;
    memcpy(copy, data, len);
    copy[len] = '\0';
    memcpy(copy + len + 1, data, len);
    copy[2 * len + 1] = '\0';
    *kept = copy;
    return copy + len + 1;
}

int jx__direct_jsonl(jx_sheet *s, jx_arena *a, const char *data, size_t len, const char *source,
                     const jx_limits *lim)
{
    const char *kept;
    char *text = len <= lim->max_bytes && lim->max_depth >= 3 ? copies(a, data, len, &kept) : NULL;
    NEED(text);
    unsigned line = (unsigned)(lim->line_offset + 1);
    scan sc = {.p = text, .end = text + len, .lineno = line, .line = text, .lim = lim, .a = a};
    in_table_order(&sc.row_order);
    cell top[SK_N], budget[BK_N];
    ws(&sc);
    NEED(sc.p < sc.end && *sc.p == '{' && ++sc.nodes <= lim->max_nodes);
    memset(s, 0, sizeof *s);
    s->pos = (jx_pos){line, column(&sc, sc.p)};
    TRY(record(&sc, top, budget));
    TRY(read_sheet(s, &sc, top, budget, source));
    s->record = kept;
    s->record_len = len;
    return JX_OK;
}

/* ---- the long CSV form, as csv_doc.c gives its tree
 * ---------------------------------------------- */

/* A field as a cell: empty is absent, a bare ~ or null is null, anything else text (a CSV field
 * is never a number of its own: it reads as text does). Unquoted fields are ended in place. */
static void field_cell(cell *c, const jx_field *f)
{
    bool null_word = !f->quoted &&
                     ((f->len == 1 && f->text[0] == '~') ||
                      (f->len == 4 && (!memcmp(f->text, "null", 4) || !memcmp(f->text, "Null", 4) ||
                                       !memcmp(f->text, "NULL", 4))));
    c->text = jx__unconst(f->text);
    c->len = f->len;
    c->type = null_word ? V_NULL : V_STRING;
    c->line = (unsigned)f->line;
    c->column = (unsigned)f->col;
    if (!f->quoted)
        c->text[f->len] = '\0';
}

/* Puts field f into the cell of key k (a key given twice, by two columns, is declined). */
static int put_cell(cell *cells, int k, const jx_field *f)
{
    NEED(k >= 0 && cells[k].type == V_ABSENT);
    field_cell(&cells[k], f);
    return JX_OK;
}

/* One record of the sheet: an indicator row or the budget row, and the sheet's own columns the
 * first time they are filled. */
static int csv_row(scan *sc, cell *top, cell *budget, bool *seen, const jx_csv_column *cols,
                   size_t ncols, const jx_field *f, size_t n)
{
    NEED(n <= ncols);
    bool is_budget = false;
    for (size_t i = 0; i < n; i++) {
        if (cols[i].kind != JX_COL_KIND)
            continue;
        is_budget = f[i].len == 6 && !memcmp(f[i].text, "budget", 6);
        NEED(is_budget || !f[i].len || (f[i].len == 9 && !memcmp(f[i].text, "indicator", 9)));
    }
    cell *into;
    if (is_budget) {
        NEED(top[SK_BUDGET].type == V_ABSENT);
        top[SK_BUDGET] = (cell){NULL, 0, V_OBJECT, (unsigned)f[0].line, 1};
        into = budget;
        for (int i = 0; i < BK_N; i++)
            into[i].type = V_ABSENT;
    } else {
        rowcells *r = sc->nrows < sc->lim->max_rows ? new_row(sc) : NULL;
        NEED(r);
        r->line = (unsigned)f[0].line;
        r->column = 1;
        into = r->c;
        for (int i = 0; i < IK_N; i++)
            into[i].type = V_ABSENT;
    }
    for (size_t i = 0; i < n; i++) {
        const jx_csv_column *c = &cols[i];
        if (f[i].len == 0 || c->kind == JX_COL_SHEET || c->kind == JX_COL_KIND)
            continue;
        if (c->kind == JX_COL_TOP) {
            if (!seen[i])
                TRY(put_cell(top, c->top, &f[i]));
            seen[i] = true;
        } else {
            TRY(put_cell(into, is_budget ? c->budget : c->row, &f[i]));
        }
    }
    return JX_OK;
}

int jx__direct_csv(jx_sheet *s, jx_arena *a, const char *header, size_t hlen, const char *rows,
                   size_t len, const char *source, const jx_limits *lim)
{
    jx_csv_column cols[JX_CSV_MAX_COLS];
    size_t ncols;
    jx_error scratch;
    NEED(len <= lim->max_bytes &&
         jx__csv_header(cols, &ncols, header, hlen, a, source, &scratch) == JX_OK);
    const char *kept;
    char *text = copies(a, rows, len, &kept);
    NEED(text);
    scan sc = {.lim = lim, .a = a};
    cell top[SK_N], budget[BK_N];
    bool seen[JX_CSV_MAX_COLS] = {false};
    for (int i = 0; i < SK_N; i++)
        top[i].type = V_ABSENT;
    size_t line = lim->line_offset + 1;
    for (const char *p = text, *end = text + len; p < end;) {
        jx_field f[JX_CSV_MAX_COLS];
        size_t n;
        NEED(jx__csv_record(f, JX_CSV_MAX_COLS, &n, &p, end, &line, ',', a, source, &scratch) ==
             JX_OK);
        if (!(n == 1 && f[0].len == 0)) /* an empty line */
            TRY(csv_row(&sc, top, budget, seen, cols, ncols, f, n));
    }
    top[SK_INDICATORS].type = V_ARRAY;
    memset(s, 0, sizeof *s);
    s->pos = (jx_pos){(unsigned)(lim->line_offset + 1), 1};
    TRY(read_sheet(s, &sc, top, budget, source));
    s->record = kept;
    s->record_len = len;
    s->header = jx_arena__strndup(a, header, hlen);
    s->header_len = hlen;
    NEED(s->header);
    return JX_OK;
}
