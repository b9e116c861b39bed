/* test_rules.c - built-in rule sets, extends, and rule files with bad keys or values. */
#define _DEFAULT_SOURCE
#include "helpers.h"

#include <criterion/parameterized.h>

Test(rules, builtins_load)
{
    const char *names[] = {"mof2020", "pre2020", "linear-reverse", "budget20"};
    for (size_t i = 0; i < 4; i++) {
        jx_rules *r;
        jx_error err;
        cr_assert_eq(jx_rules_builtin(&r, names[i], &err), JX_OK, "%s: %s", names[i], err.message);
        cr_expect_str_eq(jx_rules_name(r), names[i]);
        cr_expect_not_null(strstr(jx_rules_source(r), "name:"));
        jx_rules_free(r);
    }
    size_t n = 0;
    while (jx_builtin_name(n))
        n++;
    cr_expect_eq(n, 4);
    cr_expect_str_eq(jx_builtin_name(2), "mof2020");
    cr_expect_str_eq(jx_builtin_title(2), "财预〔2020〕10号 (default)");
}

Test(rules, the_variants_are_data)
{
    jx_rules *m, *p, *l, *b;
    cr_assert_eq(jx_rules_builtin(&m, "mof2020", NULL), JX_OK);
    cr_assert_eq(jx_rules_builtin(&p, "pre2020", NULL), JX_OK);
    cr_assert_eq(jx_rules_builtin(&l, "linear-reverse", NULL), JX_OK);
    cr_assert_eq(jx_rules_builtin(&b, "budget20", NULL), JX_OK);
    cr_expect_eq(m->ntiers, 3);
    cr_expect_eq(m->tiers[1].from, 600000);
    cr_expect_eq(p->tiers[1].from, 500000);
    cr_expect_eq(p->tiers[1].credit, 650000);
    cr_expect(!m->budget_initial);
    cr_expect(p->budget_initial);
    cr_expect_eq(m->le.over.kind, JX_CL_INVERSE);
    cr_expect_eq(l->le.over.kind, JX_CL_EXPR);   /* "p * max(0, 1 - (B - A) / A)" */
    cr_expect_eq(l->ge.under.kind, JX_CL_RATIO); /* the rest inherited */
    cr_expect_eq(m->budget_points, 1000);
    cr_expect_eq(b->budget_points, 2000);
    cr_expect_eq(b->levels[0].points, 4000);
    cr_expect_eq(m->date.over.kind, JX_CL_TIER);
    cr_expect_eq(m->nbands, 4);
    cr_expect_eq(m->bands[0].min, 9000);
    cr_expect_str_eq(m->bands[3].label, "较差");
    jx_rules_free(m);
    jx_rules_free(p);
    jx_rules_free(l);
    jx_rules_free(b);
}

Test(rules, unknown_name)
{
    jx_rules *r;
    jx_error err;
    cr_expect_eq(jx_rules_builtin(&r, "mof2021", &err), JX_ENOTFOUND);
    cr_expect_null(r);
    cr_expect_not_null(strstr(err.message, "mof2020"));
    cr_expect_eq(jx_rules_load(&r, "mof2021", NULL, &err), JX_ENOTFOUND);
}

Test(rules, extends_and_overrides)
{
    const char *yaml = "name: 苏州\nextends: mof2020\n"
                       "grades:\n  - {min: 90, label: 优}\n  - {min: 75, label: 良}\n"
                       "  - {min: 60, label: 中}\n  - {min: 0, label: 差}\n"
                       "budget: {points: 20}\n";
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_buffer(&r, yaml, strlen(yaml), "sz.yaml", NULL, &err), JX_OK, "%s",
                 err.message);
    cr_expect_str_eq(jx_rules_name(r), "苏州");
    cr_expect_eq(r->bands[1].min, 7500);
    cr_expect_str_eq(r->bands[1].label, "良");
    cr_expect_eq(r->budget_points, 2000);
    cr_expect(!r->budget_initial); /* the rest of budget kept from mof2020 */
    cr_expect_eq(r->budget_cap, 1000000);
    jx_rules_free(r);
}

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct rcase {
    char yaml[160];
    int code;
    size_t line, column;
    char path[40], needle[40];
} rcase;

#define EXT "extends: mof2020\n"
static rcase rule_errors[] = {
    {EXT "budget:\n  points: ten\n", JX_EVALUE, 3, 11, "budget.points", "not a plain number"},
    {EXT "budget:\n  pionts: 10\n", JX_ESCHEMA, 3, 3, "budget", "did you mean 'points'"},
    {EXT "budget:\n  base: monthly\n", JX_EVALUE, 3, 9, "budget.base", "full_year or initial"},
    {EXT "ops:\n  le:\n    over: sideways\n", JX_EVALUE, 4, 11, "ops.le.over", "unknown clause"},
    {EXT "ops:\n  le:\n    under: ratio\n", JX_ESCHEMA, 4, 12, "ops.le.under", "does not apply"},
    {EXT "ops:\n  le:\n    over: {linear: 1}\n", JX_EVALUE, 4, 20, "ops.le.over.linear",
     "must differ from 1"},
    {EXT "grades:\n  - {min: 80, label: 良}\n  - {min: 90, label: 优}\n  - {min: 0, label: 差}\n",
     JX_EVALUE, 4, 11, "grades[1].min", "highest min down"},
    {EXT "grades:\n  - {min: 90, label: 优}\n", JX_EVALUE, 3, 3, "grades", "start at 0"},
    {EXT "qualitative:\n  tiers:\n    - {name: a, from: 0.5, to: 1, credit: 1}\n"
         "    - {name: b, from: 0, to: 0.4, credit: 0.2}\n",
     JX_EVALUE, 5, 30, "qualitative.tiers[1]", "without gaps"},
    {EXT "qualitative:\n  tiers:\n    - {name: a, from: 0, to: 1, credit: 1.5}\n", JX_EVALUE, 4, 41,
     "qualitative.tiers[0].credit", "out of range"},
    {EXT "weights:\n  levels:\n    - {name: 产出, points: -1}\n", JX_EVALUE, 4, 26,
     "weights.levels[0].points", "out of range"},
    {EXT "rounding: {decimals: 3}\n", JX_EVALUE, 2, 22, "rounding.decimals", "out of range"},
    {"extends: mof2021\n", JX_ENOTFOUND, 1, 10, "extends", "no built-in rule set"},
    {"name: x\n", JX_ESCHEMA, 1, 1, "", "missing key 'ops'"},
    {"", JX_ESYNTAX, 1, 1, "", "empty rule file"},
    {"a: b\n---\nc: d\n", JX_ESCHEMA, 1, 1, "", "one YAML document"},
    {"extends: [mof2020]\n", JX_ESCHEMA, 1, 10, "extends", "expected text"},
};

ParameterizedTestParameters(rules, errors)
{
    return cr_make_param_array(rcase, rule_errors, sizeof rule_errors / sizeof *rule_errors);
}

ParameterizedTest(rcase *c, rules, errors)
{
    jx_rules *r;
    jx_error err;
    memset(&err, 0, sizeof err);
    int rc = jx_rules_load_buffer(&r, c->yaml, strlen(c->yaml), "r.yaml", NULL, &err);
    cr_assert_eq(rc, c->code, "%s → %d: %s", c->yaml, rc, err.message);
    cr_expect_null(r);
    expect_located(&err, c->yaml, c->code, "r.yaml", c->line, c->column, c->path, c->needle);
}

Test(rules, extends_a_file_and_cycles)
{
    char dir[] = "/tmp/jx_rules_XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char a[64], b[64];
    snprintf(a, sizeof a, "%s/a.yaml", dir);
    snprintf(b, sizeof b, "%s/b.yaml", dir);
    FILE *f = fopen(a, "w");
    fputs("name: a\nextends: b.yaml\nbudget: {points: 15}\n", f);
    fclose(f);
    f = fopen(b, "w");
    fputs("name: b\nextends: linear-reverse\n", f);
    fclose(f);
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_file(&r, a, NULL, &err), JX_OK, "%s", err.message);
    cr_expect_str_eq(jx_rules_name(r), "a");
    cr_expect_eq(r->budget_points, 1500);
    cr_expect_eq(r->le.over.kind, JX_CL_EXPR);
    jx_rules_free(r);
    f = fopen(b, "w"); /* now a cycle: b extends a */
    fputs("name: b\nextends: a.yaml\n", f);
    fclose(f);
    cr_expect_eq(jx_rules_load_file(&r, a, NULL, &err), JX_ELIMIT);
    char want[256];
    snprintf(want, sizeof want, "extends makes a cycle: %s → %s → %s", a, b, a);
    cr_expect_str_eq(err.message, want);
    cr_expect_str_eq(err.source, b); /* reported at the extends that closes the loop */
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.column, 10);
    remove(a);
    remove(b);
    remove(dir);
}
