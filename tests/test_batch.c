/* test_batch.c - batches: columns of pre-parsed rows score exactly as jx_score scores the same rows
 * written as a sheet, under every built-in rule set; and many sheets in one call. */
#include "helpers.h"

#include <stdlib.h>

static uint64_t seed = 0x243F6A8885A308D3ull;
static uint32_t rnd(uint32_t n)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return (uint32_t)(seed >> 32) % n;
}

enum { N = 3000 };

/* Writes a micro-unit number as YAML text. */
static void num(char *buf, int64_t v) { jx__fmt_micro(buf, v); }

static void random_rows(jx_columns *c, uint8_t *kind, int64_t *target, int64_t *high,
                        int64_t *actual, int64_t *points, char **yaml)
{
    size_t cap = (size_t)N * 160 + 64, len = 0;
    char *y = malloc(cap);
    len += (size_t)snprintf(y, cap, "org: t\nindicators:\n");
    static const char *const ops[] = {"≥", "≤", "="};
    static const char *const grades[] = {"优", "良", "中", "低", "差"};
    static const int64_t credits[] = {1000000, 800000, 600000, 400000, 200000};
    for (size_t i = 0; i < N; i++) {
        uint32_t k = rnd(100);
        kind[i] = k < 45   ? JX_ROW_GE
                  : k < 60 ? JX_ROW_LE
                  : k < 75 ? JX_ROW_EQ
                  : k < 82 ? JX_ROW_RANGE
                  : k < 90 ? JX_ROW_DATE
                           : JX_ROW_QUAL;
        /* targets from 0 to huge, decimals, actuals around them, some negative */
        int64_t scale = (int64_t[]){1, 1000, 1000000, 1000000000, 1000000000000LL}[rnd(5)];
        target[i] = rnd(8) == 0 ? 0 : (int64_t)rnd(1000000) * scale / 1000;
        actual[i] = rnd(10) == 0
                        ? -(int64_t)rnd(1000) * 1000
                        : target[i] / 2 + (int64_t)rnd(1000000) * (target[i] / 1000000 + 1);
        high[i] = target[i] + (int64_t)rnd(1000) * 1000;
        points[i] = 1 + rnd(2000); /* 0.01 .. 20.00 */
        char t[40], b[40], h[40], p[40];
        num(t, target[i]);
        num(b, actual[i]);
        num(h, high[i]);
        num(p, points[i] * 10000);
        const char *rs = rnd(2) ? ", reason: r" : "";
        if (kind[i] <= JX_ROW_EQ) {
            len += (size_t)snprintf(y + len, cap - len,
                                    "  - {name: r%zu, op: \"%s\", target: \"%s\", actual: \"%s\", "
                                    "points: %s%s}\n",
                                    i, ops[kind[i]], t, b, p, rs);
        } else if (kind[i] == JX_ROW_RANGE) {
            if (actual[i] < 0)
                actual[i] = 0; /* a range's actual is written as a plain number */
            num(b, actual[i]);
            len += (size_t)snprintf(y + len, cap - len,
                                    "  - {name: r%zu, target: \"%s-%s\", actual: \"%s\", points: "
                                    "%s%s}\n",
                                    i, t, h, b, p, rs);
        } else if (kind[i] == JX_ROW_DATE) {
            int tm = 1 + (int)rnd(12), am = 1 + (int)rnd(12), ty = 2023, ay = 2022 + (int)rnd(3);
            target[i] = ty * 10000 + tm * 100;
            actual[i] = ay * 10000 + am * 100;
            len += (size_t)snprintf(y + len, cap - len,
                                    "  - {name: r%zu, target: %d年%d月, actual: %d年%d月, points: "
                                    "%s%s}\n",
                                    i, ty, tm, ay, am, p, rs);
        } else {
            uint32_t g = rnd(5);
            actual[i] = credits[g];
            len += (size_t)snprintf(y + len, cap - len,
                                    "  - {name: r%zu, op: 定性, target: 优良中低差, actual: %s, "
                                    "points: %s%s}\n",
                                    i, grades[g], p, rs);
        }
    }
    *c = (jx_columns){N, kind, target, high, actual, points};
    *yaml = y;
}

Test(batch, columns_score_as_sheets_do)
{
    static uint8_t kind[N];
    static int64_t target[N], high[N], actual[N], points[N], score[N];
    static uint8_t status[N];
    jx_columns c;
    char *yaml;
    random_rows(&c, kind, target, high, actual, points, &yaml);
    const char *names[] = {"mof2020", "pre2020", "linear-reverse", "budget20"};
    for (size_t k = 0; k < 4; k++) {
        jx_doc *d;
        jx_rules *r;
        jx_result *res = score_yaml(names[k], yaml, &d, &r);
        jx_error err;
        cr_assert_eq(jx_score_columns(score, status, r, &c, &err), JX_OK, "%s: %s", names[k],
                     err.message);
        size_t differ = 0;
        for (size_t i = 0; i < N; i++) {
            jx_item it;
            jx_result_item(&it, res, i);
            if (it.score != score[i] || (jx_status)status[i] != it.status) {
                if (differ++ < 5)
                    cr_expect_fail("%s row %zu (kind %d, %s vs %s): sheet %lld %s, columns %lld %s",
                                   names[k], i, kind[i], it.target, it.actual, (long long)it.score,
                                   jx_status_name(it.status), (long long)score[i],
                                   jx_status_name((jx_status)status[i]));
            }
        }
        cr_expect_eq(differ, 0, "%s: %zu rows differ", names[k], differ);
        /* without statuses (a shorter way for most rows), the same scores */
        static int64_t again[N];
        cr_assert_eq(jx_score_columns(again, NULL, r, &c, &err), JX_OK);
        cr_expect_arr_eq(again, score, sizeof score, "%s: scores differ without statuses",
                         names[k]);
        jx_result_free(res);
        jx_doc_free(d);
        jx_rules_free(r);
    }
    free(yaml);
}

Test(batch, bad_rows_are_located)
{
    jx_rules *r;
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", NULL), JX_OK);
    uint8_t kind[] = {JX_ROW_GE, 9};
    int64_t t[] = {10, 10}, a[] = {5, 5}, p[] = {1000, 1000}, s[2];
    jx_columns c = {2, kind, t, NULL, a, p};
    jx_error err;
    cr_expect_eq(jx_score_columns(s, NULL, r, &c, &err), JX_EVALUE);
    cr_expect_eq(err.line, 2);
    cr_expect_eq(s[0], 500); /* 10 × 5/10, scored before the bad row */
    kind[1] = JX_ROW_RANGE;  /* a range needs the high column */
    cr_expect_eq(jx_score_columns(s, NULL, r, &c, &err), JX_EVALUE);
    jx_rules_free(r);
}

Test(batch, many_sheets)
{
    const char *yaml =
        "org: a\nindicators: [{name: x, target: ≥4, actual: 3, points: 100, reason: r}]\n"
        "---\norg: b\nindicators: [{name: y, target: ≥1, actual: 1, points: 100}]\n";
    jx_doc *d;
    jx_rules *r;
    cr_assert_eq(jx_doc_load_buffer(&d, yaml, strlen(yaml), "m.yaml", NULL, NULL), JX_OK);
    cr_assert_eq(jx_rules_builtin(&r, "mof2020", NULL), JX_OK);
    const jx_sheet *sheets[2] = {jx_doc_sheet(d, 0), jx_doc_sheet(d, 1)};
    jx_result *out[2];
    size_t failed = 99;
    cr_assert_eq(jx_score_batch(out, &failed, r, sheets, 2, NULL), JX_OK);
    cr_expect_eq(jx_result_total(out[0]), 7500); /* 100 × 3/4 */
    cr_expect_eq(jx_result_total(out[1]), 10000);
    cr_expect_eq(failed, 99);
    jx_result_free(out[0]);
    jx_result_free(out[1]);
    jx_doc_free(d);
    jx_rules_free(r);
}
