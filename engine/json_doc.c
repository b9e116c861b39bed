/*
 * json_doc.c - one JSON object (a line of a JSONL stream) to the node tree a YAML sheet gives, with
 * the same keys, the same value forms and the same positions (line, column in code points).
 * Numbers keep their text, so "92.50" is read exactly like the YAML scalar 92.50.
 */
#include "internal.h"

#include <string.h>

typedef struct parser {
    jx_arena *a;
    const char *s, *p, *end, *source;
    size_t line, depth, nodes;
    const jx_limits *lim;
    jx_error *err;
    const char *mark; /* the last place a column was asked for, and its column */
    size_t mark_col;
} parser;

/* The column (in code points) of `at`, counted on from the last one asked for: positions are
 * asked for in order, so a line is walked once, not once per value. */
static size_t column(parser *ps, const char *at)
{
    if (at < ps->mark) {
        ps->mark = ps->s;
        ps->mark_col = 1;
    }
    ps->mark_col += jx__cp_count(ps->mark, at);
    ps->mark = at;
    return ps->mark_col;
}

static int fail(parser *ps, const char *at, int code, jx_text what)
{
    return jx__fail_with(ps->err, code, ps->source, ps->line, column(ps, at), "", what,
                         JX_M(E_JSON));
}

static void skip(parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r' || *ps->p == '\n'))
        ps->p++;
}

static int value(parser *ps, jx_node **out);

/* A string, escapes decoded (\uXXXX with surrogate pairs). Most strings have no escape: they
 * are found by one scan and copied once, straight from the line. */
static int string(parser *ps, jx_node **out)
{
    const char *at = ps->p++, *q = ps->p;
    while (q < ps->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
        q++;
    if (q < ps->end && *q == '"') {
        size_t col = column(ps, at);
        *out = jx__scalar(ps->a, ps->p, (size_t)(q - ps->p), true, ps->source, ps->line, col);
        ps->p = q + 1;
        return *out ? JX_OK : fail(ps, at, JX_ENOMEM, JX_TEXT(E_NOMEM));
    }
    /* an escape (or an error): decoded text is never longer than the raw text to the quote */
    while (q < ps->end && *q != '"')
        q += *q == '\\' && q + 1 < ps->end ? 2 : 1;
    char *buf = jx_arena__alloc_raw(ps->a, (size_t)(q - ps->p) + 1);
    if (!buf)
        return fail(ps, at, JX_ENOMEM, JX_TEXT(E_NOMEM));
    size_t n = 0;
    while (ps->p < ps->end && *ps->p != '"') {
        unsigned char c = (unsigned char)*ps->p++;
        if (c < 0x20)
            return fail(ps, ps->p - 1, JX_ESYNTAX, JX_TEXT(R_JSON_CONTROL));
        if (c != '\\') {
            buf[n++] = (char)c;
            continue;
        }
        if (ps->p >= ps->end)
            break;
        char e = *ps->p++;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (simple && e) {
            static const char map[] = "\"\\/\b\f\n\r\t";
            buf[n++] = map[simple - "\"\\/bfnrt"];
            continue;
        }
        if (e != 'u' || ps->end - ps->p < 4)
            return fail(ps, ps->p - 2, JX_ESYNTAX, JX_TEXT(R_JSON_ESCAPE));
        long cp = 0;
        for (int i = 0; i < 4; i++) {
            char h = *ps->p++;
            int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
            if (d < 0)
                return fail(ps, ps->p - 1, JX_ESYNTAX, JX_TEXT(R_JSON_U_ESCAPE));
            cp = cp * 16 + d;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF && ps->end - ps->p >= 6 && ps->p[0] == '\\' &&
            ps->p[1] == 'u') {
            long lo = 0;
            for (int i = 2; i < 6; i++) {
                char h = ps->p[i];
                int d = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
                lo = d < 0 ? -1 : lo * 16 + d;
                if (lo < 0)
                    break;
            }
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                ps->p += 6;
            }
        }
        if (cp < 0x80) {
            buf[n++] = (char)cp;
        } else if (cp < 0x800) {
            buf[n++] = (char)(0xC0 | (cp >> 6));
            buf[n++] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[n++] = (char)(0xE0 | (cp >> 12));
            buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            buf[n++] = (char)(0xF0 | (cp >> 18));
            buf[n++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    if (ps->p >= ps->end)
        return fail(ps, at, JX_ESYNTAX, JX_TEXT(R_JSON_STRING));
    ps->p++;
    *out = jx__scalar(ps->a, buf, n, true, ps->source, ps->line, column(ps, at));
    return *out ? JX_OK : fail(ps, at, JX_ENOMEM, JX_TEXT(E_NOMEM));
}

static int container(parser *ps, jx_node **out, bool object)
{
    const char *at = ps->p++;
    if (++ps->depth > ps->lim->max_depth)
        return jx__fail(ps->err, JX_ELIMIT, ps->source, ps->line, column(ps, at), "",
                        JX_M(E_NESTING), ps->lim->max_depth);
    jx_node *n =
        jx__node(ps->a, object ? JX_NODE_MAP : JX_NODE_SEQ, ps->source, ps->line, column(ps, at));
    if (!n)
        return fail(ps, at, JX_ENOMEM, JX_TEXT(E_NOMEM));
    skip(ps);
    char close = object ? '}' : ']';
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        ps->depth--;
        *out = n;
        return JX_OK;
    }
    for (;;) {
        skip(ps);
        jx_node *key = NULL, *v;
        if (object) {
            if (ps->p >= ps->end || *ps->p != '"')
                return fail(ps, ps->p, JX_ESYNTAX, JX_TEXT(R_JSON_KEY));
            int rc = string(ps, &key);
            if (rc)
                return rc;
            skip(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, ps->p, JX_ESYNTAX, JX_TEXT(R_JSON_COLON));
            ps->p++;
        }
        int rc = value(ps, &v);
        if (rc)
            return rc;
        if (object)
            jx__put(n, key, v);
        else
            jx__append(n, v);
        skip(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            ps->depth--;
            *out = n;
            return JX_OK;
        }
        return fail(ps, ps->p, JX_ESYNTAX,
                    object ? JX_TEXT(R_JSON_OBJECT_SEP) : JX_TEXT(R_JSON_ARRAY_SEP));
    }
}

static int value(parser *ps, jx_node **out)
{
    skip(ps);
    if (ps->p >= ps->end)
        return fail(ps, ps->p, JX_ESYNTAX, JX_TEXT(R_JSON_MISSING));
    if (++ps->nodes > ps->lim->max_nodes)
        return jx__fail(ps->err, JX_ELIMIT, ps->source, ps->line, column(ps, ps->p), "",
                        JX_M(E_NODES), ps->lim->max_nodes);
    char c = *ps->p;
    if (c == '{' || c == '[')
        return container(ps, out, c == '{');
    if (c == '"')
        return string(ps, out);
    /* numbers, true, false, null: their text, as a plain scalar */
    const char *at = ps->p;
    while (ps->p < ps->end && strchr("0123456789+-.eEtrufalsn", *ps->p) && *ps->p)
        ps->p++;
    size_t n = (size_t)(ps->p - at);
    bool word = (n == 4 && (!memcmp(at, "true", 4) || !memcmp(at, "null", 4))) ||
                (n == 5 && !memcmp(at, "false", 5));
    bool number = n > 0 && (at[0] == '-' || (at[0] >= '0' && at[0] <= '9'));
    if (!word && !number)
        return fail(ps, at, JX_ESYNTAX, JX_TEXT(R_JSON_VALUE));
    *out = jx__scalar(ps->a, at, n, false, ps->source, ps->line, column(ps, at));
    if (*out)
        (*out)->typed = number; /* a JSON number is a number, never a date */
    return *out ? JX_OK : fail(ps, at, JX_ENOMEM, JX_TEXT(E_NOMEM));
}

int jx__json_parse(jx_node **root, jx_arena *a, const char *data, size_t len, const char *source,
                   const jx_limits *lim, jx_error *err)
{
    parser ps = {a, data, data, data + len, source, lim->line_offset + 1, 0, 0, lim, err, data, 1};
    *root = NULL;
    if (len > lim->max_bytes)
        return jx__fail(err, JX_ELIMIT, source, ps.line, 1, "", JX_M(E_RECORD_BYTES), len,
                        lim->max_bytes);
    if (memchr(data, '\0', len))
        return fail(&ps, memchr(data, '\0', len), JX_ESYNTAX, JX_TEXT(R_JSON_NUL));
    skip(&ps);
    if (ps.p >= ps.end || *ps.p != '{')
        return fail(&ps, ps.p, JX_ESYNTAX, JX_TEXT(R_JSON_LINE));
    int rc = value(&ps, root);
    if (rc)
        return rc;
    skip(&ps);
    return ps.p < ps.end ? fail(&ps, ps.p, JX_ESYNTAX, JX_TEXT(R_JSON_AFTER)) : JX_OK;
}

int jx__jsonl_file(jx_node ***docs, size_t *n, jx_arena *a, const char *data, size_t len,
                   const char *source, const jx_limits *lim, jx_error *err)
{
    size_t cap = 0, line = lim->line_offset;
    *docs = NULL;
    *n = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *stop = nl ? nl : end;
        line++;
        const char *q = p;
        while (q < stop && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        if (q < stop) { /* a blank line is no record */
            if (!(*docs = jx_arena__grow(a, *docs, &cap, *n, sizeof **docs)))
                return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            jx_limits one = *lim;
            one.line_offset = line - 1;
            int rc = jx__json_parse(&(*docs)[*n], a, p, (size_t)(stop - p), source, &one, err);
            if (rc)
                return rc;
            ++*n;
        }
        p = stop + 1;
    }
    return JX_OK;
}
