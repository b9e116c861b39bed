/*
 * direct.c - a JSONL record read straight to its sheet, without the node tree, when it is simple.
 *
 * Most records of a stream are alike: the documented keys, strings without escapes, plain numbers.
 * Such a record needs no tree and no copy per value: the line is copied once, its strings are
 * ended in place, keys are matched by their bytes, points and years are read as plain decimals,
 * and every target and actual goes through read.c like any other reader's. The sheet is the one
 * json_doc.c and sheet.c would give, position for position.
 *
 * Anything this reader is not sure of - an escape, a key it does not know (aliases included), a
 * duplicate, a value of an odd shape, a value read.c refuses, a limit - declines the record, and
 * doc.c reads it through the tree, which gives the exact located error or the same sheet. So
 * nothing here reports an error; tests/test_direct.c feeds random and broken records through both.
 */
#include "schema.h"

#include <string.h>

/* What a value was, as the tree would have had it. */
enum { V_ABSENT, V_NULL, V_STRING, V_NUMBER, V_OBJECT, V_ARRAY };

typedef struct cell {
    char *text; /* a string's bytes, ended in place; a number's text (not ended) */
    size_t len;
    unsigned type, column;
} cell;

typedef struct rowcells {
    cell c[IK_N];
    unsigned column;
} rowcells;

typedef struct scan {
    char *p, *end;
    const char *line; /* the record's first byte: column 1 */
    size_t cont;      /* continuation bytes of the strings read so far */
    size_t nodes;
    const jx_limits *lim;
    jx_arena *a;
    rowcells *rows;
    size_t nrows, cap;
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
    char *q = ++sc->p;
    for (;;) {
        NEED(q < sc->end);
        unsigned char c = (unsigned char)*q;
        if (c == '"')
            break;
        if (c < 0x80) {
            NEED(c != '\\' && c >= 0x20);
            q++;
            continue;
        }
        size_t n;
        if ((c & 0xF0) == 0xE0 && sc->end - q >= 3 && (q[1] & 0xC0) == 0x80 &&
            (q[2] & 0xC0) == 0x80)
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
    while (name[j] && q + j < sc->end && q[j] == name[j])
        j++;
    return !name[j] && q + j < sc->end && q[j] == '"' ? j : 0;
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

/* After a member: `,` (more follow) or the closing bracket. */
static int next(scan *sc, char close, bool *more)
{
    ws(sc);
    NEED(sc->p < sc->end && (*sc->p == ',' || *sc->p == close));
    *more = *sc->p++ == ',';
    return JX_OK;
}

/* An object of scalars whose keys are all in the table, none twice: into c[] (V_ABSENT where a
 * key is not given). Where a key of `nested` is given, its object goes to c_nested the same way. */
static int object(scan *sc, cell *c, const jx_key *keys, int nkeys)
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
        size_t klen = i + 1 < nkeys ? quoted(sc, keys[i + 1].name) : 0;
        if (klen) { /* the key after the last, as the rows of a stream are written */
            sc->p += klen + 2;
            i++;
        } else {
            char *k;
            TRY(string(sc, &k, &klen));
            i = key_of(keys, nkeys, k, klen);
        }
        NEED(i >= 0 && c[i].type == V_ABSENT);
        ws(sc);
        NEED(sc->p < sc->end && *sc->p == ':');
        sc->p++;
        ws(sc);
        NEED(sc->p < sc->end);
        TRY(scalar(sc, &c[i]));
        TRY(next(sc, '}', &more));
    }
    return JX_OK;
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
        if (sc->nrows == sc->cap) { /* doubled, not cleared: every row's cells are written */
            rowcells *grown =
                jx_arena__alloc_raw(sc->a, (sc->cap ? 2 * sc->cap : 16) * sizeof *grown);
            NEED(grown);
            if (sc->nrows)
                memcpy(grown, sc->rows, sc->nrows * sizeof *grown);
            sc->rows = grown;
            sc->cap = sc->cap ? 2 * sc->cap : 16;
        }
        rowcells *r = &sc->rows[sc->nrows++];
        r->column = column(sc, sc->p);
        TRY(object(sc, r->c, jx__row_keys, IK_N));
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
        ws(sc);
        NEED(sc->p < sc->end && *sc->p == ':');
        sc->p++;
        ws(sc);
        NEED(sc->p < sc->end);
        if (*sc->p == '{' && i == SK_BUDGET) {
            top[i].type = V_OBJECT;
            top[i].column = column(sc, sc->p);
            NEED(++sc->nodes <= sc->lim->max_nodes);
            TRY(object(sc, budget, jx__budget_keys, BK_N));
        } else if (*sc->p == '[' && i == SK_INDICATORS) {
            top[i].type = V_ARRAY;
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

static void pos_of(jx_pos *p, const cell *c, unsigned line)
{
    bool given = c->type != V_ABSENT;
    p->line = given ? line : 0;
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

/* A value by jx__parse_value, as jx__get_value reads it. */
static int value_of(jx_val *v, jx_arena *a, const cell *c)
{
    char why[JX_WHY_SIZE];
    memset(v, 0, sizeof *v);
    NEED(c->type == V_STRING || c->type == V_NUMBER);
    return jx__parse_value(v, a, c->text, c->len, c->type == V_NUMBER ? JX_READ_TYPED : 0, why)
               ? DECLINE
               : JX_OK;
}

static int read_budget(jx_sheet *s, jx_arena *a, const cell *b, unsigned line)
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
    if (!null(&b[BK_POINTS])) {
        TRY(points_of(&s->budget_points, &b[BK_POINTS]));
        s->budget_has_points = true;
    }
    if (!null(&b[BK_RATE])) {
        jx_val r;
        TRY(value_of(&r, a, &b[BK_RATE]));
        NEED(r.kind == JX_V_NUM && r.mag == 0 && (r.unit[0] == '\0' || jx__streq(r.unit, "%")));
        s->budget_rate = r.num;
        s->budget_has_rate = true;
        pos_of(&s->budget_rate_pos, &b[BK_RATE], line);
    }
    if (!null(&b[BK_SCORE])) {
        TRY(points_of(&s->budget_score, &b[BK_SCORE]));
        s->budget_has_score = true;
        pos_of(&s->budget_score_pos, &b[BK_SCORE], line);
    }
    TRY(text_of(&s->budget_reason, &b[BK_REASON]));
    if (jx__no_reason(s->budget_reason))
        s->budget_reason = "";
    return JX_OK;
}

static int cell_in(jx_cell_in *out, const cell *c, unsigned line)
{
    memset(out, 0, sizeof *out);
    if (null(c))
        return JX_OK;
    NEED(c->type == V_STRING || c->type == V_NUMBER);
    *out = (jx_cell_in){c->text, c->len, c->type == V_NUMBER, line, c->column};
    return JX_OK;
}

static int read_row(jx_row *r, jx_arena *a, const rowcells *rc, const char *source, unsigned line,
                    int year)
{
    const cell *c = rc->c;
    r->pos = (jx_pos){line, rc->column};
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
    TRY(cell_in(&in.op, &c[IK_OP], line));
    TRY(cell_in(&in.target, &c[IK_TARGET], line));
    TRY(cell_in(&in.actual, &c[IK_ACTUAL], line));
    jx_error scratch;
    NEED(jx__read_row(r, a, &in, &scratch) == JX_OK);
    if (!null(&c[IK_POINTS])) {
        TRY(points_of(&r->points, &c[IK_POINTS]));
        r->has_points = true;
        pos_of(&r->points_pos, &c[IK_POINTS], line);
    }
    if (!null(&c[IK_SCORE])) {
        TRY(points_of(&r->score, &c[IK_SCORE]));
        r->has_score = true;
        pos_of(&r->score_pos, &c[IK_SCORE], line);
    }
    return JX_OK;
}

static int read_sheet(jx_sheet *s, scan *sc, const cell *top, const cell *budget,
                      const char *source, unsigned line)
{
    s->source = source;
    TRY(text_of(&s->org, &top[SK_ORG]));
    TRY(text_of(&s->project, &top[SK_PROJECT]));
    const char *rules;
    TRY(text_of(&rules, &top[SK_RULES]));
    s->rules = rules[0] ? rules : NULL;
    pos_of(&s->rules_pos, &top[SK_RULES], line);
    if (!null(&top[SK_YEAR])) {
        int64_t y;
        NEED(decimal(&y, &top[SK_YEAR]) && y % JX_MICRO == 0 && y >= 1900 * JX_MICRO &&
             y <= 2199 * JX_MICRO);
        s->year = (int)(y / JX_MICRO);
    }
    if (top[SK_BUDGET].type == V_OBJECT) {
        s->has_budget = true;
        pos_of(&s->budget_pos, &top[SK_BUDGET], line);
        TRY(read_budget(s, sc->a, budget, line));
    } else {
        NEED(null(&top[SK_BUDGET]));
    }
    if (!null(&top[SK_TOTAL])) {
        TRY(points_of(&s->total, &top[SK_TOTAL]));
        s->has_total = true;
        pos_of(&s->total_pos, &top[SK_TOTAL], line);
    }
    TRY(text_of(&s->grade, &top[SK_GRADE]));
    pos_of(&s->grade_pos, &top[SK_GRADE], line);

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
        TRY(read_row(&s->rows[s->nrows], sc->a, &sc->rows[s->nrows], source, line, s->year));
    return JX_OK;
}

int jx__direct_jsonl(jx_sheet *s, jx_arena *a, const char *data, size_t len, const char *source,
                     const jx_limits *lim)
{
    NEED(len <= lim->max_bytes && lim->max_depth >= 3);
    char *copy = jx_arena__alloc_raw(a, 2 * len + 2);
    NEED(copy);
    memcpy(copy, data, len); /* kept as it is, to be parsed again only to be written back */
    copy[len] = '\0';
    char *text = copy + len + 1; /* ended in place as it is read */
    memcpy(text, data, len);
    text[len] = '\0';
    scan sc = {text, text + len, text, 0, 0, lim, a, NULL, 0, 0};
    cell top[SK_N], budget[BK_N];
    ws(&sc);
    NEED(sc.p < sc.end && *sc.p == '{' && ++sc.nodes <= lim->max_nodes);
    unsigned line = (unsigned)(lim->line_offset + 1);
    memset(s, 0, sizeof *s);
    s->pos = (jx_pos){line, column(&sc, sc.p)};
    TRY(record(&sc, top, budget));
    TRY(read_sheet(s, &sc, top, budget, source, line));
    s->json = copy;
    s->json_len = len;
    return JX_OK;
}
