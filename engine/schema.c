/*
 * schema.c - typed reads from node trees, shared by the rule-set and sheet loaders.
 *
 * Each read checks the node's kind and reports the node's own position and document path, so a
 * semantic error found after parsing still points at the value the person must fix.
 */
#include "schema.h"

#include <stdio.h>
#include <string.h>

int jx__want(const jx_node *n, jx_node_kind kind, const char *path, jx_error *err)
{
    if (n && n->kind == kind && !(kind == JX_NODE_SCALAR && jx__is_null(n)))
        return JX_OK;
    if (!n)
        return kind == JX_NODE_MAP   ? jx__fail(err, JX_ESCHEMA, "", 0, 0, path, JX_M(E_WANT_MAP))
               : kind == JX_NODE_SEQ ? jx__fail(err, JX_ESCHEMA, "", 0, 0, path, JX_M(E_WANT_LIST))
                                     : jx__fail(err, JX_ESCHEMA, "", 0, 0, path, JX_M(E_WANT_TEXT));
    jx_text found = jx__kind_name(n);
    if (kind == JX_NODE_MAP)
        return jx__fail_with(err, JX_ESCHEMA, n->source, n->line, n->column, path, found,
                             JX_M(E_WANT_MAP_FOUND));
    if (kind == JX_NODE_SEQ)
        return jx__fail_with(err, JX_ESCHEMA, n->source, n->line, n->column, path, found,
                             JX_M(E_WANT_LIST_FOUND));
    return jx__fail_with(err, JX_ESCHEMA, n->source, n->line, n->column, path, found,
                         JX_M(E_WANT_TEXT_FOUND));
}

/* The document path parent.key (parent alone when key is NULL): built only for a message. */
static const char *path_of(char *buf, const char *parent, const char *key)
{
    if (!key)
        return parent;
    jx__path(buf, JX_PATH_MAX, parent, key, 0);
    return buf;
}

int jx__get_text_at(const char **out, jx_arena *a, const jx_node *n, const char *parent,
                    const char *key, jx_error *err)
{
    char p[JX_PATH_MAX];
    *out = "";
    if (jx__is_null(n))
        return JX_OK;
    if (n->kind != JX_NODE_SCALAR)
        return jx__want(n, JX_NODE_SCALAR, path_of(p, parent, key), err);
    *out = jx__trim_dup(a, n->text, n->len);
    return *out ? JX_OK
                : jx__fail(err, JX_ENOMEM, n->source, 0, 0, path_of(p, parent, key), JX_M(E_NOMEM));
}

int jx__get_text(const char **out, jx_arena *a, const jx_node *n, const char *path, jx_error *err)
{
    return jx__get_text_at(out, a, n, path, NULL, err);
}

int jx__get_value_at(jx_val *v, jx_arena *a, const jx_node *n, const char *parent, const char *key,
                     jx_error *err)
{
    char p[JX_PATH_MAX];
    memset(v, 0, sizeof *v);
    v->unit = v->text = "";
    if (jx__is_null(n))
        return JX_OK;
    if (n->kind != JX_NODE_SCALAR)
        return jx__want(n, JX_NODE_SCALAR, path_of(p, parent, key), err);
    v->line = n->line;
    v->column = n->column;
    jx_why why;
    int rc = jx__parse_value(v, a, n->text, n->len, n->typed ? JX_READ_TYPED : 0, &why);
    if (rc)
        return jx__fail_with(err, rc, n->source, n->line, n->column, path_of(p, parent, key),
                             jx__why_text(&why), JX_M(E_VALUE), n->text);
    return JX_OK;
}

int jx__get_value(jx_val *v, jx_arena *a, const jx_node *n, const char *path, jx_error *err)
{
    return jx__get_value_at(v, a, n, path, NULL, err);
}

int jx__get_number(int64_t *out, jx_arena *a, const jx_node *n, const char *path, const char *unit,
                   int64_t lo, int64_t hi, int decimals, jx_error *err)
{
    jx_val v;
    int rc = jx__get_value(&v, a, n, path, err);
    if (rc)
        return rc;
    if (v.kind == JX_V_NONE)
        return jx__want(n, JX_NODE_SCALAR, path, err);
    bool unit_ok = v.mag == 0 && (v.unit[0] == '\0' || (unit && strcmp(v.unit, unit) == 0));
    if (v.kind != JX_V_NUM || v.op != JX_OP_NONE || !unit_ok)
        return unit ? jx__fail(err, JX_EVALUE, n->source, n->line, n->column, path,
                               JX_M(E_PLAIN_NUMBER_OF), n->text, unit)
                    : jx__fail(err, JX_EVALUE, n->source, n->line, n->column, path,
                               JX_M(E_PLAIN_NUMBER), n->text);
    char lb[32], hb[32];
    if (v.num < lo || v.num > hi)
        return jx__fail(err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_OUT_OF_RANGE),
                        v.text, jx__fmt_micro(lb, lo), jx__fmt_micro(hb, hi));
    int64_t step = JX_MICRO;
    for (int i = 0; i < decimals; i++)
        step /= 10;
    if (v.num % step != 0)
        return jx__fail(err, JX_EVALUE, n->source, n->line, n->column, path, JX_M(E_DECIMALS),
                        v.text, decimals);
    *out = v.num;
    return JX_OK;
}

/* Appends s to buf[*at], stopping short of `size`. */
static void put_str(char *buf, size_t size, size_t *at, const char *s, size_t n)
{
    if (*at + n >= size)
        n = *at + 1 < size ? size - *at - 1 : 0;
    memcpy(buf + *at, s, n);
    *at += n;
}

void jx__path(char *buf, size_t size, const char *parent, const char *key, long index)
{
    /* on every value of every row: plain copies, no printf */
    size_t at = 0;
    put_str(buf, size, &at, parent, strlen(parent));
    if (key) {
        if (parent[0])
            put_str(buf, size, &at, ".", 1);
        put_str(buf, size, &at, key, strlen(key));
    } else {
        char digits[24];
        size_t n = sizeof digits;
        unsigned long v = index < 0 ? 0 : (unsigned long)index;
        digits[--n] = ']';
        do
            digits[--n] = (char)('0' + v % 10);
        while ((v /= 10) != 0);
        digits[--n] = '[';
        put_str(buf, size, &at, digits + n, sizeof digits - n);
    }
    buf[at] = '\0';
}

int jx__match_key(const jx_key *keys, size_t nkeys, const jx_node *key, const char *path,
                  jx_error *err)
{
    if (key->kind != JX_NODE_SCALAR)
        return jx__fail_with(err, JX_ESCHEMA, key->source, key->line, key->column, path,
                             jx__kind_name(key), JX_M(E_KEY_KIND));
    /* Names are ASCII and aliases Chinese (tests/test_sheet.c holds the tables to that), so a
     * key's first byte says which to look among, and settles most candidates there. */
    const char *t = key->text;
    if ((unsigned char)t[0] < 0x80) {
        for (size_t i = 0; i < nkeys; i++)
            if (keys[i].name[0] == t[0] && strcmp(keys[i].name, t) == 0)
                return (int)i;
    } else {
        for (size_t i = 0; i < nkeys; i++)
            for (size_t j = 0; j < 6 && keys[i].aliases[j]; j++)
                if (keys[i].aliases[j][0] == t[0] && strcmp(keys[i].aliases[j], t) == 0)
                    return (int)i;
    }
    const char *best = NULL;
    size_t bestd = 3;
    for (size_t i = 0; i < nkeys; i++) {
        for (size_t j = 0; j < 7; j++) {
            const char *cand = j == 0 ? keys[i].name : keys[i].aliases[j - 1];
            if (!cand)
                break;
            size_t d = jx__edit_distance(key->text, cand, 2);
            if (d < bestd && d * 2 < jx__display_width(cand)) {
                bestd = d;
                best = cand;
            }
        }
    }
    if (best)
        return jx__fail(err, JX_ESCHEMA, key->source, key->line, key->column, path,
                        JX_M(E_KEY_SUGGEST), key->text, best);
    char known[256] = "";
    size_t used = 0;
    for (size_t i = 0; i < nkeys && used < sizeof known - 32; i++)
        used += (size_t)snprintf(known + used, sizeof known - used, "%s%s", i ? ", " : "",
                                 keys[i].name);
    return jx__fail(err, JX_ESCHEMA, key->source, key->line, key->column, path, JX_M(E_KEY_UNKNOWN),
                    key->text, known);
}

int jx__collect(const jx_node **vals, const jx_key *keys, size_t nkeys, const jx_node *map,
                const char *path, jx_error *err)
{
    int rc = jx__want(map, JX_NODE_MAP, path, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < nkeys; i++)
        vals[i] = NULL;
    JX_FOR_PAIRS(map, k, v)
    {
        int i = jx__match_key(keys, nkeys, k, path, err);
        if (i < 0)
            return i;
        if (vals[i]) {
            const jx_node *first = vals[i];
            return jx__fail(err, JX_ESCHEMA, k->source, k->line, k->column, path,
                            JX_M(E_KEY_DUPLICATE), k->text, first->line);
        }
        vals[i] = v;
    }
    return JX_OK;
}
