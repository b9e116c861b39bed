/* fuzz_direct.c - any bytes as one record of a stream, read both ways: straight to the sheet
 * (direct.c) and through the tree (json_doc.c, csv_doc.c, sheet.c). The first byte chooses the
 * kind: even, a JSONL line (the rest); odd, a sheet of the long CSV (the rest's first line is the
 * header, the others its rows). The two ways must give the same error, byte for byte, or sheets
 * that score, explain, warn and write back as YAML alike; any difference traps. Built with
 * libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus replay the test suite runs, with replay.c. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

typedef struct text {
    char *p;
    size_t n, cap;
} text;

static int collect(void *ctx, const char *data, size_t len)
{
    text *t = ctx;
    if (t->n + len + 1 > t->cap) {
        size_t cap = 2 * (t->n + len + 1);
        char *p = realloc(t->p, cap);
        if (!p)
            return 1;
        t->p = p;
        t->cap = cap;
    }
    memcpy(t->p + t->n, data, len);
    t->n += len;
    t->p[t->n] = '\0';
    return 0;
}

/* What a reader of the sheet is shown: its score (or why not), derivations, warnings, YAML. */
static void shown(text *out, const jx_rules *rules, const jx_doc *d)
{
    jx_result *res = NULL;
    jx_error err;
    memset(&err, 0, sizeof err);
    if (jx_score(&res, rules, jx_doc_sheet(d, 0), &err) != JX_OK) {
        collect(out, (const char *)&err, sizeof err);
    } else {
        jx_result_render(res, JX_FORMAT_JSON, collect, out);
        jx_result_render(res, JX_FORMAT_EXPLAIN, collect, out);
        for (size_t i = 0; i < jx_result_warning_count(res); i++) {
            jx_warning w;
            jx_result_warning(&w, res, i);
            collect(out, w.message, strlen(w.message));
            collect(out, w.path, strlen(w.path));
            collect(out, (const char *)&w.line, sizeof w.line);
            collect(out, (const char *)&w.column, sizeof w.column);
        }
        jx_result_free(res);
    }
    jx_doc_write_yaml(d, NULL, collect, out, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static jx_rules *rules;
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        return 0;
    if (size == 0)
        return 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    jx_record rec = {JX_INPUT_JSONL, s, n, NULL, 0, "fuzz", 3};
    if (data[0] & 1) {
        const char *nl = memchr(s, '\n', n);
        size_t h = nl ? (size_t)(nl - s) : n;
        rec = (jx_record){JX_INPUT_CSV, nl ? nl + 1 : s + n, nl ? n - h - 1 : 0, s, h, "fuzz", 2};
    }
    jx_doc *dx = NULL, *dy = NULL;
    jx_error ex, ey;
    memset(&ex, 0, sizeof ex);
    memset(&ey, 0, sizeof ey);
    int rx = jx_doc_load_record(&dx, &rec, NULL, &ex);
    int ry = jx__doc_load_tree(&dy, &rec, NULL, &ey);
    CHECK(rx == ry);
    if (rx != JX_OK) {
        CHECK(memcmp(&ex, &ey, sizeof ex) == 0);
        return 0;
    }
    text tx = {0}, ty = {0};
    shown(&tx, rules, dx);
    shown(&ty, rules, dy);
    CHECK(tx.n == ty.n && (tx.n == 0 || memcmp(tx.p, ty.p, tx.n) == 0));
    free(tx.p);
    free(ty.p);
    jx_doc_free(dx);
    jx_doc_free(dy);
    return 0;
}
