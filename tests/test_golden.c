/* test_golden.c - the seed tables and the example, scored and compared with hand-worked results.
 * Each tests/cases/NAME.expect holds the expected numbers with their derivation in comments. */
#include "helpers.h"

#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef JX_SOURCE_DIR
#error JX_SOURCE_DIR must name the source tree
#endif

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct gcase {
    char sheet[48], expect[48];
} gcase;

static gcase golden[] = {
    {"tests/cases/mentougou-invest-91.yaml", "tests/cases/mentougou-invest-91.expect"},
    {"tests/cases/chaoyang-plan-no-weights.yaml", "tests/cases/chaoyang-plan-no-weights.expect"},
    {"tests/cases/zgc-weights-49.yaml", "tests/cases/zgc-weights-49.expect"},
    {"tests/cases/mentougou-sci-swapped.yaml", "tests/cases/mentougou-sci-swapped.expect"},
    {"examples/project-2023.yaml", "tests/cases/example-project.expect"},
};

static const jx_node *get(const jx_node *map, const char *key)
{
    for (const jx_node *k = map->first; k && k->next; k = k->next->next)
        if (strcmp(k->text, key) == 0)
            return k->next;
    return NULL;
}

/* A decimal of the expectation file in hundredths. */
static int64_t hundredths(jx_arena *a, const jx_node *n)
{
    cr_assert(n && n->kind == JX_NODE_SCALAR);
    jx_val v;
    jx_why why;
    cr_assert_eq(jx__parse_value(&v, a, n->text, n->len, JX_READ_TYPED, &why), JX_OK, "%s: %s",
                 n->text, why.en);
    return v.num / 10000;
}

ParameterizedTestParameters(golden, cases)
{
    return cr_make_param_array(gcase, golden, sizeof golden / sizeof *golden);
}

ParameterizedTest(gcase *g, golden, cases)
{
    char path[512], epath[512];
    snprintf(path, sizeof path, "%s/%s", JX_SOURCE_DIR, g->sheet);
    snprintf(epath, sizeof epath, "%s/%s", JX_SOURCE_DIR, g->expect);
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_limits lim;
    jx_error err;
    cr_assert_eq(jx__options(&lim, NULL, &err), JX_OK);
    char *text;
    size_t len, cap;
    cr_assert_eq(jx__read_file(&text, &len, &cap, epath, &lim, &err), JX_OK, "%s", err.message);
    jx_node **docs;
    size_t ndocs;
    cr_assert_eq(jx__yaml_parse(&docs, &ndocs, &a, text, len, epath, &lim, &err), JX_OK);
    jx__free_buffer(lim.alloc, text, cap);
    const jx_node *e = docs[0];

    jx_rules *r;
    jx_doc *d;
    jx_result *res;
    cr_assert_eq(jx_rules_builtin(&r, get(e, "rules")->text, &err), JX_OK);
    cr_assert_eq(jx_doc_load_file(&d, path, NULL, &err), JX_OK, "%s:%zu:%zu: %s", err.source,
                 err.line, err.column, err.message);
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK, "%s", err.message);

    cr_expect_eq(jx_result_total(res), hundredths(&a, get(e, "total")), "%s: total %lld", g->sheet,
                 (long long)jx_result_total(res));
    cr_expect_eq(jx_result_possible(res), hundredths(&a, get(e, "possible")));
    const jx_node *grade = get(e, "grade");
    if (jx__is_null(grade))
        cr_expect_null(jx_result_grade(res), "%s: grade %s", g->sheet, jx_result_grade(res));
    else
        cr_expect_str_eq(jx_result_grade(res), grade->text);

    jx_budget b;
    jx_result_budget(&b, res);
    const jx_node *eb = get(e, "budget");
    cr_expect_eq(b.has_budget, !jx__is_null(eb));
    if (!jx__is_null(eb)) {
        cr_expect_eq(b.rate, hundredths(&a, get(eb, "rate")) * 1, "rate %lld", (long long)b.rate);
        cr_expect_eq(b.score, hundredths(&a, get(eb, "score")));
    }

    const jx_node *rows = get(e, "rows"), *pts = get(e, "points");
    cr_assert_eq(rows->count, jx_result_count(res));
    size_t i = 0;
    for (const jx_node *it = rows->first, *p = pts ? pts->first : NULL; it; it = it->next, i++) {
        jx_item item;
        jx_result_item(&item, res, i);
        cr_expect_eq(item.score, hundredths(&a, it), "%s row %zu: score %lld", g->sheet, i + 1,
                     (long long)item.score);
        if (p) {
            cr_expect_eq(item.points, hundredths(&a, p), "row %zu points", i + 1);
            p = p->next;
        }
    }

    const jx_node *ws = get(e, "warnings");
    cr_expect_eq(ws->count, jx_result_warning_count(res), "%s: %zu warnings", g->sheet,
                 jx_result_warning_count(res));
    i = 0;
    for (const jx_node *it = ws->first; it && i < jx_result_warning_count(res);
         it = it->next, i++) {
        jx_warning w;
        jx_result_warning(&w, res, i);
        char got[128];
        snprintf(got, sizeof got, "%s %s", w.code, w.path[0] ? w.path : "\"\"");
        cr_expect_str_eq(got, it->text, "%s warning %zu", g->sheet, i);
        cr_expect_gt(w.line, 0);
    }
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
    jx_arena__free(&a);
}
