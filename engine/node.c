/*
 * node.c - the node tree every reader builds (YAML, JSON, the long CSV, the forms) and every
 * validator reads: scalars, mappings and lists that remember their source, line and column.
 */
#include "internal.h"

#include <string.h>

jx_node *jx__node(jx_arena *a, jx_node_kind kind, const char *source, size_t line, size_t column)
{
    jx_node *n = jx_arena__alloc_raw(a, sizeof *n);
    if (n) /* one store per field: a reader makes a node of every value */
        *n = (jx_node){.kind = kind,
                       .line = (unsigned)line,
                       .column = (unsigned)column,
                       .source = source,
                       .style = 'p'};
    return n;
}

jx_node *jx__scalar(jx_arena *a, const char *text, size_t len, bool quoted, const char *source,
                    size_t line, size_t column)
{
    if (len > SIZE_MAX - sizeof(jx_node) - 1)
        return NULL;
    /* the node and its text in one allocation: a reader makes one of these for every value */
    jx_node *n = jx_arena__alloc_raw(a, sizeof *n + len + 1);
    if (!n)
        return NULL;
    char *t = (char *)(n + 1);
    if (len)
        memcpy(t, text, len);
    t[len] = '\0';
    *n = (jx_node){.kind = JX_NODE_SCALAR,
                   .line = (unsigned)line,
                   .column = (unsigned)column,
                   .source = source,
                   .style = quoted ? '"' : 'p',
                   .plain = !quoted,
                   .text = t,
                   .len = len};
    return n;
}

void jx__append(jx_node *parent, jx_node *child)
{
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
    if (parent->kind == JX_NODE_SEQ)
        parent->count++;
}

void jx__put(jx_node *map, jx_node *key, jx_node *value)
{
    jx__append(map, key);
    jx__append(map, value);
    map->count++;
}

bool jx__is_null(const jx_node *n)
{
    if (!n)
        return true;
    if (n->kind != JX_NODE_SCALAR || !n->plain)
        return false;
    switch (n->len) { /* "", ~, null, Null, NULL */
    case 0: return true;
    case 1: return n->text[0] == '~';
    case 4:
        return strcmp(n->text, "null") == 0 || strcmp(n->text, "Null") == 0 ||
               strcmp(n->text, "NULL") == 0;
    default: return false;
    }
}

jx_text jx__kind_name(const jx_node *n)
{
    if (jx__is_null(n))
        return JX_TEXT(K_NOTHING);
    switch (n->kind) {
    case JX_NODE_MAP: return JX_TEXT(K_MAP);
    case JX_NODE_SEQ: return JX_TEXT(K_LIST);
    default: return JX_TEXT(K_TEXT);
    }
}

static jx_node *copy_node(jx_arena *a, const jx_node *n)
{
    jx_node *c = jx_arena__alloc(a, sizeof *c);
    if (c) {
        *c = *n;
        c->next = NULL;
    }
    return c;
}

static jx_node *map_get(const jx_node *map, const char *key)
{
    for (jx_node *k = map->first; k && k->next; k = k->next->next)
        if (k->kind == JX_NODE_SCALAR && jx__streq(k->text, key))
            return k->next;
    return NULL;
}

jx_node *jx__merge(jx_arena *a, jx_node *base, jx_node *over)
{
    if (!base || !over || base->kind != JX_NODE_MAP || over->kind != JX_NODE_MAP)
        return over;
    jx_node *m = copy_node(a, over);
    if (!m)
        return NULL;
    m->first = m->last = NULL;
    m->count = 0;
    for (jx_node *k = base->first; k && k->next; k = k->next->next) {
        jx_node *ov = k->kind == JX_NODE_SCALAR ? map_get(over, k->text) : NULL;
        jx_node *v = ov ? jx__merge(a, k->next, ov) : k->next;
        jx_node *kc = copy_node(a, k), *vc = v ? copy_node(a, v) : NULL;
        if (!kc || !vc)
            return NULL;
        jx__put(m, kc, vc);
    }
    for (jx_node *k = over->first; k && k->next; k = k->next->next) {
        if (k->kind == JX_NODE_SCALAR && map_get(base, k->text))
            continue;
        jx_node *kc = copy_node(a, k), *vc = copy_node(a, k->next);
        if (!kc || !vc)
            return NULL;
        jx__put(m, kc, vc);
    }
    return m;
}
