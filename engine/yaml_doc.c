/*
 * yaml_doc.c - YAML bytes to trees of nodes that remember where they came from.
 *
 * The only file that includes <yaml.h>. Guards every input against what could make a small file
 * expensive: a byte limit, a nesting limit, a node-count limit, and no aliases at all (an alias
 * bomb needs them, and no sheet or rule file does). libyaml's marks are 0-based; nodes keep 1-based
 * ones.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <yaml.h>

/* 1-based line and column (in code points) of byte offset `at`. */
static void locate(const char *data, size_t at, size_t *line, size_t *col)
{
    size_t l = 1, c = 1, len;
    for (size_t i = 0; i < at;) {
        if (data[i] == '\n') {
            l++;
            c = 1;
            i++;
        } else {
            jx__utf8_next(data + i, at - i, &len);
            i += len ? len : 1;
            c++;
        }
    }
    *line = l;
    *col = c;
}

static jx_node *new_node(jx_arena *a, jx_node_kind kind, const yaml_mark_t *m, const char *source,
                         size_t offset)
{
    jx_node *n = jx_arena__alloc_raw(a, sizeof *n);
    if (n) /* one store per field, not cleared first */
        *n = (jx_node){.kind = kind,
                       .line = (unsigned)(m->line + 1 + offset),
                       .column = (unsigned)m->column + 1,
                       .source = source};
    return n;
}

static void append(jx_node *parent, jx_node *child)
{
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
}

typedef struct frame {
    jx_node *node;
    size_t children;
} frame;

int jx__yaml_parse(jx_node ***docs_out, size_t *ndocs_out, jx_arena *a, const char *data,
                   size_t len, const char *source, const jx_limits *lim, jx_error *err)
{
    *docs_out = NULL;
    *ndocs_out = 0;
    size_t line, col;
    if (len > lim->max_bytes)
        return jx__fail(err, JX_ELIMIT, source, 0, 0, "", JX_M(E_INPUT_BYTES), len, lim->max_bytes);
    const char *nul = memchr(data, '\0', len);
    if (nul) {
        locate(data, (size_t)(nul - data), &line, &col);
        line += lim->line_offset;
        return jx__fail(err, JX_ESYNTAX, source, line, col, "", JX_M(E_YAML_BINARY),
                        (size_t)(nul - data));
    }

    yaml_parser_t p;
    if (!yaml_parser_initialize(&p))
        return jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
    yaml_parser_set_input_string(&p, (const unsigned char *)data, len);
    yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);

    frame stack[JX_DEPTH_CAP + 1];
    size_t depth = 0, nodes = 0, ndocs = 0, capdocs = 0;
    jx_node **docs = NULL, *root = NULL;
    int rc = JX_OK;
    bool done = false;
    while (!done && rc == JX_OK) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) {
            int code = p.error == YAML_MEMORY_ERROR ? JX_ENOMEM : JX_ESYNTAX;
            size_t at = p.problem_mark.line + 1 + lim->line_offset;
            rc = p.problem
                     ? jx__fail(err, code, source, at, p.problem_mark.column + 1, "", JX_M(E_YAML),
                                p.problem, p.context ? " " : "", p.context ? p.context : "")
                     : jx__fail(err, code, source, at, p.problem_mark.column + 1, "",
                                JX_M(E_YAML_UNREADABLE));
            break;
        }
        const yaml_mark_t *m = &ev.start_mark;
        const yaml_event_type_t type = ev.type;
        jx_node *n = NULL;
        switch (type) {
        case YAML_STREAM_END_EVENT: done = true; break;
        case YAML_DOCUMENT_START_EVENT: root = NULL; break;
        case YAML_DOCUMENT_END_EVENT:
            if (ndocs == capdocs) {
                size_t cap = capdocs ? capdocs * 2 : 4;
                jx_node **d = jx_arena__alloc(a, cap * sizeof *d);
                if (!d) {
                    rc = jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
                    break;
                }
                if (ndocs)
                    memcpy(d, docs, ndocs * sizeof *d);
                docs = d;
                capdocs = cap;
            }
            docs[ndocs++] = root;
            break;
        case YAML_ALIAS_EVENT:
            rc = jx__fail(err, JX_ELIMIT, source, m->line + 1 + lim->line_offset, m->column + 1, "",
                          JX_M(E_YAML_ALIAS), (const char *)ev.data.alias.anchor);
            break;
        case YAML_SCALAR_EVENT:
            /* the node and its text in one allocation */
            n = jx__scalar(a, (const char *)ev.data.scalar.value, ev.data.scalar.length, false,
                           source, m->line + 1 + lim->line_offset, m->column + 1);
            if (n) {
                n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
                n->typed = n->plain; /* 2023.12 is a number; '2023.12' may be a date */
                switch (ev.data.scalar.style) {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: n->style = '\''; break;
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n->style = '"'; break;
                case YAML_LITERAL_SCALAR_STYLE: n->style = '|'; break;
                case YAML_FOLDED_SCALAR_STYLE: n->style = '>'; break;
                default: n->style = 'p'; break;
                }
            }
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (depth >= lim->max_depth) {
                rc = jx__fail(err, JX_ELIMIT, source, m->line + 1 + lim->line_offset, m->column + 1,
                              "", JX_M(E_NESTING), lim->max_depth);
                break;
            }
            n = new_node(a, ev.type == YAML_MAPPING_START_EVENT ? JX_NODE_MAP : JX_NODE_SEQ, m,
                         source, lim->line_offset);
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            if (depth == 0) { /* libyaml pairs its events; this keeps the stack safe if not */
                rc = jx__fail(err, JX_ESYNTAX, source, m->line + 1 + lim->line_offset,
                              m->column + 1, "", JX_M(E_YAML_BRACKET));
                break;
            }
            frame *f = &stack[--depth];
            f->node->count = f->node->kind == JX_NODE_MAP ? f->children / 2 : f->children;
            n = f->node; /* now attach the finished container to its parent */
            break;
        }
        default: break;
        }
        const bool container_start =
            type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT;
        const bool fresh = container_start || type == YAML_SCALAR_EVENT;
        const bool attach = type == YAML_SCALAR_EVENT || type == YAML_MAPPING_END_EVENT ||
                            type == YAML_SEQUENCE_END_EVENT;
        yaml_event_delete(&ev);
        if (rc != JX_OK)
            break;
        if (fresh && !n) {
            rc = jx__fail(err, JX_ENOMEM, source, 0, 0, "", JX_M(E_NOMEM));
            break;
        }
        if (fresh) {
            if (++nodes > lim->max_nodes) {
                rc = jx__fail(err, JX_ELIMIT, source, n->line, n->column, "", JX_M(E_YAML_NODES),
                              lim->max_nodes);
                break;
            }
        }
        if (container_start) {
            stack[depth].node = n;
            stack[depth].children = 0;
            depth++;
        } else if (attach) {
            if (depth == 0) {
                root = n;
            } else {
                append(stack[depth - 1].node, n);
                stack[depth - 1].children++;
            }
        }
    }
    yaml_parser_delete(&p);
    if (rc != JX_OK)
        return rc;
    *docs_out = docs;
    *ndocs_out = ndocs;
    return JX_OK;
}

/* ---- writing trees back as YAML ---------------------------------------------------------- */

typedef struct sink {
    jx_write_fn write;
    void *ctx;
} sink;

static int emit_out(void *data, unsigned char *buffer, size_t size)
{
    sink *s = data;
    return s->write(s->ctx, (const char *)buffer, size) == 0;
}

/* Text YAML would read as nothing or as another type is quoted; the rest as libyaml sees fit. */
static bool needs_quotes(const char *t)
{
    static const char *const special[] = {"",     "~",    "null",  "Null",  "NULL",  "true",
                                          "True", "TRUE", "false", "False", "FALSE", "yes",
                                          "no",   "on",   "off",   "y",     "n",     NULL};
    for (size_t i = 0; special[i]; i++)
        if (strcmp(t, special[i]) == 0)
            return true;
    return false;
}

/* A dotted year-month ("2023.12"): read back plain, YAML would make it a number, never a date. */
static bool year_month(const char *t)
{
    size_t k = strspn(t, "0123456789");
    return k == 4 && t[4] == '.' && strspn(t + 5, "0123456789") == strlen(t + 5) && t[5];
}

static int emit_node(yaml_emitter_t *e, const jx_node *n)
{
    yaml_event_t ev;
    int ok;
    if (n->kind == JX_NODE_SCALAR) {
        bool quote = needs_quotes(n->text) || (!n->typed && year_month(n->text));
        ok = yaml_scalar_event_initialize(
            &ev, NULL, NULL, (yaml_char_t *)jx__unconst(n->text), (int)n->len, 1, 1,
            quote ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
        return ok && yaml_emitter_emit(e, &ev);
    }
    if (n->kind == JX_NODE_MAP)
        ok = yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
    else
        ok = yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
    if (!ok || !yaml_emitter_emit(e, &ev))
        return 0;
    for (const jx_node *c = n->first; c; c = c->next)
        if (!emit_node(e, c))
            return 0;
    ok = n->kind == JX_NODE_MAP ? yaml_mapping_end_event_initialize(&ev)
                                : yaml_sequence_end_event_initialize(&ev);
    return ok && yaml_emitter_emit(e, &ev);
}

int jx__yaml_emit(const jx_node *const *roots, size_t n, const char *comment, jx_write_fn write,
                  void *ctx, jx_error *err)
{
    if (comment && write(ctx, comment, strlen(comment)) != 0)
        return jx__fail(err, JX_EIO, "", 0, 0, "", JX_M(E_YAML_WRITE));
    sink s = {write, ctx};
    yaml_emitter_t e;
    yaml_event_t ev;
    if (!yaml_emitter_initialize(&e))
        return jx__fail(err, JX_ENOMEM, "", 0, 0, "", JX_M(E_NOMEM));
    yaml_emitter_set_output(&e, emit_out, &s);
    yaml_emitter_set_unicode(&e, 1);
    yaml_emitter_set_width(&e, 1 << 20);
    yaml_emitter_set_indent(&e, 2);
    int ok =
        yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) && yaml_emitter_emit(&e, &ev);
    for (size_t i = 0; ok && i < n; i++) {
        ok = yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, i == 0) &&
             yaml_emitter_emit(&e, &ev) && emit_node(&e, roots[i]) &&
             yaml_document_end_event_initialize(&ev, 1) && yaml_emitter_emit(&e, &ev);
    }
    ok = ok && yaml_stream_end_event_initialize(&ev) && yaml_emitter_emit(&e, &ev) &&
         yaml_emitter_flush(&e);
    int rc = ok          ? JX_OK
             : e.problem ? jx__fail(err, JX_EIO, "", 0, 0, "", JX_M(E_YAML_WRITE_WHY), e.problem)
                         : jx__fail(err, JX_EIO, "", 0, 0, "", JX_M(E_YAML_WRITE));
    yaml_emitter_delete(&e);
    return rc;
}
