/* helpers.h - shared by the Criterion suites: score a YAML string, read hundredths. */
#ifndef JX_TEST_HELPERS_H
#define JX_TEST_HELPERS_H

#include "internal.h"
#include "jixiao_forms.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

/* Loads `yaml` as a sheet and scores its first sheet under the built-in `rules`. */
static inline jx_result *score_yaml(const char *rules, const char *yaml, jx_doc **doc_out,
                                    jx_rules **rules_out)
{
    jx_error err;
    jx_rules *r = NULL;
    jx_doc *d = NULL;
    jx_result *res = NULL;
    cr_assert_eq(jx_rules_builtin(&r, rules, &err), JX_OK, "rules: %s", err.message);
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "t.yaml", NULL, &err), JX_OK,
                 "%zu:%zu: %s", err.line, err.column, err.message);
    cr_assert_eq(jx_score(&res, r, jx_doc_sheet(d, 0), &err), JX_OK, "%zu:%zu: %s", err.line,
                 err.column, err.message);
    *doc_out = d;
    *rules_out = r;
    return res;
}

/* Scores one indicator row (YAML mapping body, indented by 4) with points 10. */
static inline int64_t score_row(const char *rules, const char *row, jx_status *status)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml, "org: t\nindicators:\n  - name: r\n    points: 10\n%s", row);
    jx_doc *d;
    jx_rules *r;
    jx_result *res = score_yaml(rules, yaml, &d, &r);
    jx_item it;
    cr_assert_eq(jx_result_item(&it, res, 0), JX_OK);
    if (status)
        *status = it.status;
    int64_t s = it.score;
    jx_result_free(res);
    jx_doc_free(d);
    jx_rules_free(r);
    return s;
}

/* Loads a sheet that must fail; returns the error. */
static inline jx_error load_fail(const char *yaml)
{
    jx_error err;
    memset(&err, 0, sizeof err);
    jx_doc *d = NULL;
    int rc = jx_doc_load_buffer(&d, yaml, strlen(yaml), "bad.yaml", NULL, &err);
    cr_assert_neq(rc, JX_OK, "expected a load error");
    cr_assert_null(d);
    cr_assert_eq(err.code, rc);
    return err;
}

/* Loads a sheet that must load, scores it under mof2020 and expects a scoring error. */
static inline jx_error score_fail(const char *yaml)
{
    jx_error err;
    memset(&err, 0, sizeof err);
    jx_doc *d = NULL;
    jx_rules *r = NULL;
    jx_result *res = NULL;
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", &err), JX_OK);
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "bad.yaml", NULL, &err), JX_OK, "%s",
                 err.message);
    int rc = jx_score(&res, r, jx_doc_sheet(d, 0), &err);
    cr_assert_neq(rc, JX_OK, "expected a scoring error");
    cr_assert_null(res);
    jx_doc_free(d);
    jx_rules_free(r);
    return err;
}

/* Checks that an error is where the table says: code, source, line, column, path, and a phrase. */
static inline void expect_located(const jx_error *err, const char *input, int code,
                                  const char *source, size_t line, size_t column, const char *path,
                                  const char *needle)
{
    cr_expect_eq(err->code, code, "%s → code %d: %s", input, err->code, err->message);
    cr_expect_str_eq(err->source, source);
    cr_expect_eq(err->line, line, "%s → line %zu: %s", input, err->line, err->message);
    cr_expect_eq(err->column, column, "%s → column %zu: %s", input, err->column, err->message);
    cr_expect_str_eq(err->path, path, "%s → path '%s'", input, err->path);
    cr_expect_not_null(strstr(err->message, needle), "'%s' lacks '%s'", err->message, needle);
}

#endif
