/* test_expr.c - formulas, curves and bands: exact values, laziness, and errors at their offset. */
#include "expr.h"
#include "helpers.h"

#include <criterion/parameterized.h>

/* Criterion runs each parameter in a fresh process: parameters hold their text, not pointers. */
typedef struct fcase {
    char text[64];
    long long num, den; /* the exact value with A = 199, B = 197, p = 10, rate = 0.9 */
} fcase;

static fcase formulas[] = {
    {"p * min(1, B / A)", 1970, 199},
    {"p * B / A", 1970, 199},
    {"p*max(0, 1 - (B - A) / A)", 2010, 199}, /* B < A: 10 × (1 + 2/199), not capped here */
    {"1 + 2 * 3", 7, 1},
    {"(1 + 2) * 3", 9, 1},
    {"-2 - -3", 1, 1},
    {"10 / 4", 5, 2},
    {"0.1 + 0.2", 3, 10}, /* exactly 0.3, unlike binary floating point */
    {"round(2.5)", 3, 1},
    {"round(-2.5)", -2, 1},
    {"round(8.995, 2)", 9, 1},
    {"floor(-1.5)", -2, 1},
    {"ceil(1.2)", 2, 1},
    {"abs(-3)", 3, 1},
    {"clamp(rate, 0, 0.8)", 4, 5},
    {"clamp(1.5, 0, 1)", 1, 1},
    {"min(3, 1, 2)", 1, 1},
    {"max(3, 1, 2)", 3, 1},
    {"if(A == 0, 99, p * B / A)", 1970, 199},
    {"if(B > A, 1, 0)", 0, 1},
    {"B < A and rate >= 0.9", 1, 1},
    {"B > A or not (p == 10)", 0, 1},
    {"A ≥ 199", 1, 1},
    {"A != B", 1, 1},
    {"rate × 10 ÷ 3", 3, 1},
    {"low + high", 398, 1},
};

ParameterizedTestParameters(expr, values)
{
    return cr_make_param_array(fcase, formulas, sizeof formulas / sizeof *formulas);
}

static void vars_of(jx_q v[JX_NVARS])
{
    v[JX_VAR_A] = jx__q(199, 1);
    v[JX_VAR_B] = jx__q(197, 1);
    v[JX_VAR_P] = jx__q(10, 1);
    v[JX_VAR_RATE] = jx__q(9, 10);
    v[JX_VAR_LOW] = v[JX_VAR_HIGH] = jx__q(199, 1);
}

ParameterizedTest(fcase *c, expr, values)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_expr *e;
    size_t at;
    jx_text why = {"", ""};
    cr_assert_eq(jx__expr_compile(&e, &a, c->text, &at, &why), JX_OK, "%s: %s at %zu", c->text,
                 why.en, at);
    jx_q v[JX_NVARS], out;
    vars_of(v);
    cr_assert_eq(jx__expr_eval(&out, e, v, &why), JX_OK, "%s: %s", c->text, why.en);
    cr_expect(out.n == c->num && out.d == c->den, "%s = %lld/%lld, want %lld/%lld", c->text,
              (long long)out.n, (long long)out.d, c->num, c->den);
    jx_arena__free(&a);
}

typedef struct ecase {
    char text[80];
    size_t at;
    char needle[32];
} ecase;

static ecase errors[] = {
    {"p * min(1, B / C)", 15, "unknown variable"},
    {"p * mean(B)", 4, "unknown function"},
    {"p * (B / A", 10, "expected )"},
    {"p * ", 4, "ends too soon"},
    {"p $ 2", 2, "unexpected text"},
    {"min()", 0, "wrong number of arguments"},
    {"clamp(1, 2)", 0, "wrong number of arguments"},
    {"if(A, B)", 7, "three arguments"},
    {"1.2.3", 0, "one decimal point"},
    {"((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))", 32, "nests"},
};

ParameterizedTestParameters(expr, errors)
{
    return cr_make_param_array(ecase, errors, sizeof errors / sizeof *errors);
}

ParameterizedTest(ecase *c, expr, errors)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_expr *e;
    size_t at = 999;
    jx_text why = {"", ""};
    cr_assert_eq(jx__expr_compile(&e, &a, c->text, &at, &why), JX_EVALUE, "%s compiled", c->text);
    cr_expect_eq(at, c->at, "%s: at %zu (%s)", c->text, at, why.en);
    cr_expect_not_null(strstr(why.en, c->needle), "%s: '%s'", c->text, why.en);
    cr_expect(why.zh && why.zh[0] && strcmp(why.zh, why.en) != 0, "%s: no Chinese reason", c->text);
    jx_arena__free(&a);
}

Test(expr, division_by_zero_only_when_evaluated)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_expr *e;
    size_t at;
    jx_text why;
    jx_q v[JX_NVARS], out;
    vars_of(v);
    v[JX_VAR_A] = jx__q(0, 1);
    cr_assert_eq(jx__expr_compile(&e, &a, "if(A == 0, p, p * B / A)", &at, &why), JX_OK);
    cr_expect_eq(jx__expr_eval(&out, e, v, &why), JX_OK); /* the untaken branch is not run */
    cr_expect(out.n == 10 && out.d == 1);
    cr_assert_eq(jx__expr_compile(&e, &a, "p * B / A", &at, &why), JX_OK);
    cr_expect_eq(jx__expr_eval(&out, e, v, &why), JX_EVALUE);
    cr_expect_not_null(strstr(why.en, "division by zero"));
    cr_expect_str_eq(why.zh, "公式中除以零");
    cr_assert_eq(jx__expr_compile(&e, &a, "A == 0 or B / A > 1", &at, &why), JX_OK);
    cr_expect_eq(jx__expr_eval(&out, e, v, &why), JX_OK); /* or stops at the first truth */
    cr_expect(out.n == 1);
    jx_arena__free(&a);
}

Test(expr, curve_is_exact_at_and_between_knots)
{
    /* [[0, 0], [0.6, 0], [0.8, 0.6], [1, 1]] */
    jx_q x[] = {jx__q(0, 1), jx__q(3, 5), jx__q(4, 5), jx__q(1, 1)};
    jx_q y[] = {jx__q(0, 1), jx__q(0, 1), jx__q(3, 5), jx__q(1, 1)};
    double xd[] = {0, 0.6, 0.8, 1};
    jx_curve c = {4, x, y, xd};
    struct {
        jx_q at;
        long long n, d;
    } probes[] = {
        {jx__q(-1, 1), 0, 1}, {jx__q(3, 5), 0, 1},  {jx__q(7, 10), 3, 10},
        {jx__q(4, 5), 3, 5},  {jx__q(9, 10), 4, 5}, {jx__q(197, 199), 195, 199},
        {jx__q(1, 1), 1, 1},  {jx__q(5, 1), 1, 1},
    };
    /* 197/199 lies on the last segment: 3/5 + 2 × (197/199 − 4/5) = 597/995 + 378/995 = 195/199 */
    for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) {
        jx_q out;
        cr_assert_eq(jx__curve_eval(&out, &c, probes[i].at), 0);
        cr_expect(out.n == probes[i].n && out.d == probes[i].d, "probe %zu: %lld/%lld", i,
                  (long long)out.n, (long long)out.d);
    }
}

Test(expr, bands)
{
    jx_q from[] = {jx__q(95, 100), jx__q(9, 10), jx__q(4, 5)};
    jx_q credit[] = {jx__q(1, 1), jx__q(7, 10), jx__q(2, 5)};
    jx_bands b = {3, from, credit};
    cr_expect(jx__bands_eval(&b, jx__q(96, 100)).n == 1);
    jx_q at90 = jx__bands_eval(&b, jx__q(9, 10));
    cr_expect(at90.n == 7 && at90.d == 10);
    jx_q below = jx__bands_eval(&b, jx__q(79, 100));
    cr_expect(below.n == 0);
}

/* Formulas and curves in rule files, through scoring: the numbers are hand-checked. */
typedef struct rcase {
    char rules[200];
    char row[96];
    int64_t score;
} rcase;

#define R "extends: mof2020\nops:\n"
static rcase rule_rows[] = {
    /* p × min(1, B/A) on ≥ under: 10 × 197/199 = 9.899… → 9.90 */
    {R "  ge: {under: \"p * min(1, B / A)\"}\n", "op: ≥, target: 199, actual: 197", 990},
    /* ≤ over, linear to 0 at 2A: 10 × (1 − (12 − 10)/10) = 8 */
    {R "  le: {over: \"p * max(0, 1 - (B - A) / A)\"}\n", "op: ≤, target: 10, actual: 12", 800},
    /* curve on ratio 0.7: 0 + 0.6 × (0.7 − 0.6)/0.2 = 0.3 → 3.00 */
    {R "  ge: {under: {curve: [[0, 0], [0.6, 0], [0.8, 0.6], [1, 1]]}}\n",
     "op: ≥, target: 100, actual: 70", 300},
    /* bands on ratio 0.92: credit 0.7 → 7.00 */
    {R "  ge: {under: {bands: [{from: 0.95, credit: 1}, {from: 0.9, credit: 0.7}]}}\n",
     "op: ≥, target: 100, actual: 92", 700},
    /* ≤ over uses A/B as its ratio: 10/20 = 0.5 → below every band → 0 */
    {R "  le: {over: {bands: [{from: 0.9, credit: 0.5}]}}\n", "op: ≤, target: 10, actual: 20", 0},
    /* a formula above p is capped at p; below 0 floored */
    {R "  ge: {under: \"2 * p\"}\n", "op: ≥, target: 10, actual: 5", 1000},
    {R "  ge: {under: \"0 - p\"}\n", "op: ≥, target: 10, actual: 5", 0},
    /* range: low and high are the range ends */
    {R "  range: {under: \"p * B / low\"}\n", "target: 90%-100%, actual: 45%", 500},
};

ParameterizedTestParameters(expr, in_rule_sets)
{
    return cr_make_param_array(rcase, rule_rows, sizeof rule_rows / sizeof *rule_rows);
}

ParameterizedTest(rcase *c, expr, in_rule_sets)
{
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_buffer(&r, c->rules, strlen(c->rules), "f.yaml", NULL, &err), JX_OK,
                 "%zu:%zu: %s", err.line, err.column, err.message);
    char yaml[256];
    snprintf(yaml, sizeof yaml, "org: t\nindicators:\n  - {name: a, points: 10, %s}\n", c->row);
    jx_doc *d;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "t.yaml", NULL, &err), JX_OK);
    jx_result *res;
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK, "%s", err.message);
    jx_item it;
    jx_result_item(&it, res, 0);
    cr_expect_eq(it.score, c->score, "%s%s: %lld", c->rules, c->row, (long long)it.score);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

Test(expr, budget_bands)
{
    /* 苏州-style banded budget scoring: 90% executed → credit 0.7 → 7.00 */
    const char *rules = "extends: mof2020\nbudget:\n  score: {bands: [{from: 0.95, credit: 1}, "
                        "{from: 0.9, credit: 0.7}, {from: 0.8, credit: 0.4}]}\n";
    jx_rules *r;
    jx_error err;
    cr_assert_eq(jx_rules_load_buffer(&r, rules, strlen(rules), "sz.yaml", NULL, &err), JX_OK, "%s",
                 err.message);
    const char *yaml = "org: t\nbudget: {full_year: 100, executed: 90}\n"
                       "indicators: [{name: a, target: ≥1, actual: 1, points: 90}]\n";
    jx_doc *d;
    jx_result *res;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "t.yaml", NULL, &err), JX_OK);
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK);
    jx_budget b;
    jx_result_budget(&b, res);
    cr_expect_eq(b.score, 700);
    cr_expect_eq(jx_result_total(res), 9700);
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
}

/* A formula error in a rule file: reported inside the formula, at its line and column. */
typedef struct pcase {
    char rules[128];
    size_t line, column;
    char path[40], needle[40];
} pcase;

static pcase rule_errors[] = {
    {R "  ge:\n    under: \"p * min(1, B / C)\"\n", 4, 28, "ops.ge.under", "unknown variable"},
    {R "  ge:\n    under: p * min(1, B / C)\n", 4, 27, "ops.ge.under", "unknown variable"},
    {R "  ge: {under: 'p * (B'}\n", 3, 22, "ops.ge.under", "expected )"},
    {R "  ge: {under: {formula: 'p * foo(B)'}}\n", 3, 30, "ops.ge.under.formula",
     "unknown function"},
    {R "  ge: {under: {curve: [[0, 0], [0, 1]]}}\n", 3, 32, "ops.ge.under.curve[1]", "increase"},
    {R "  ge: {under: {curve: [[0, 1], [1, 0]]}}\n", 3, 32, "ops.ge.under.curve[1]",
     "must not fall"},
    {R "  ge: {under: {curve: [[0, 1]]}}\n", 3, 23, "ops.ge.under.curve", "2 to 64 points"},
    {R "  ge: {met: {curve: [[0, 0], [1, 1]]}}\n", 3, 14, "ops.ge.met.curve", "completion ratio"},
    {R "  ge: {under: {bands: [{from: 0.5, credit: 1}, {from: 0.9, credit: 0.5}]}}\n", 3, 55,
     "ops.ge.under.bands[1]", "highest"},
    {R "  ge: {under: sideways}\n", 3, 15, "ops.ge.under", "unknown clause"},
};

ParameterizedTestParameters(expr, rule_errors)
{
    return cr_make_param_array(pcase, rule_errors, sizeof rule_errors / sizeof *rule_errors);
}

ParameterizedTest(pcase *c, expr, rule_errors)
{
    jx_rules *r;
    jx_error err;
    cr_assert_neq(jx_rules_load_buffer(&r, c->rules, strlen(c->rules), "f.yaml", NULL, &err), JX_OK,
                  "%s loaded", c->rules);
    cr_expect_eq(err.line, c->line, "%s → %zu:%zu %s", c->rules, err.line, err.column, err.message);
    cr_expect_eq(err.column, c->column, "%s → %zu:%zu %s", c->rules, err.line, err.column,
                 err.message);
    cr_expect_str_eq(err.path, c->path);
    cr_expect_not_null(strstr(err.message, c->needle), "%s", err.message);
}
