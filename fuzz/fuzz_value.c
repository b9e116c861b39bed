/* fuzz_value.c - the value reader alone: any bytes as one value under every flag (value.c), and as
 * a row "target|actual|unit|op|level2|name" read by its meaning (read.c), then scored.
 * Beyond never crashing, hanging or leaking, what it reads must hold together: a number prints
 * and reads back the same, a date is a real day, a range goes low to high, and an error always
 * says why. Built with libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus replay the test suite
 * runs, with replay.c. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

static void one_value(const char *s, size_t n, unsigned flags)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    jx_val v;
    memset(&v, 0, sizeof v);
    jx_why why = {0};
    int rc = jx__parse_value(&v, &a, s, n, flags, &why);
    CHECK(rc == JX_OK || (rc == JX_EVALUE && why.en[0] && why.zh[0]) || rc == JX_ENOMEM);
    if (rc == JX_OK && v.kind == JX_V_NUM && v.op == JX_OP_NONE && !v.unit[0] && v.mag == 0) {
        char buf[48];
        jx_why why2;
        jx__fmt_micro(buf, v.num); /* a number prints and reads back the same */
        jx_val w;
        memset(&w, 0, sizeof w);
        CHECK(jx__parse_value(&w, &a, buf, strlen(buf), 0, &why2) == JX_OK);
        CHECK(w.kind == JX_V_NUM && w.num == v.num);
    }
    if (rc == JX_OK && v.kind == JX_V_DATE) {
        static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        CHECK(v.month >= 1 && v.month <= 12);
        CHECK(v.day >= 0 && v.day <= days[v.month - 1]);
        CHECK(v.year == 0 || (v.year >= 1900 && v.year <= 2199));
    }
    if (rc == JX_OK && v.kind == JX_V_RANGE)
        CHECK(v.num <= v.hi);
    jx_arena__free(&a);
}

/* Cuts the next '|' field off *s; NULL text when there is none. */
static jx_cell_in field(const char **s, const char *end, unsigned column)
{
    jx_cell_in c = {NULL, 0, false, 1, column};
    if (*s > end)
        return c;
    const char *bar = memchr(*s, '|', (size_t)(end - *s));
    const char *stop = bar ? bar : end;
    c.text = *s;
    c.len = (size_t)(stop - *s);
    c.typed = c.len > 0 && (*s)[0] == '#'; /* "#2023.12": as a YAML number would come */
    if (c.typed) {
        c.text++;
        c.len--;
    }
    *s = stop + 1;
    return c;
}

static const char *text_of(jx_arena *a, jx_cell_in c)
{
    return c.text ? jx__trim_dup(a, c.text, c.len) : "";
}

static void one_row(const char *s, size_t n)
{
    jx_arena a;
    jx_arena__init(&a, NULL);
    const char *p = s, *end = s + n;
    jx_row_in in = {.source = "fuzz", .path = "indicators[0]", .year = 2023};
    in.target = field(&p, end, 1);
    in.actual = field(&p, end, 2);
    if (!memchr(s, '|', n)) /* a bare value: as target and as actual */
        in.actual = in.target;
    jx_cell_in unit = field(&p, end, 3), op = field(&p, end, 4), level2 = field(&p, end, 5),
               name = field(&p, end, 6);
    in.op = op;
    jx_row *r = jx_arena__alloc(&a, sizeof *r);
    jx_sheet *sh = jx_arena__alloc(&a, sizeof *sh);
    if (!r || !sh) {
        jx_arena__free(&a);
        return;
    }
    r->unit = text_of(&a, unit);
    r->op_text = text_of(&a, op);
    r->level2 = text_of(&a, level2);
    r->name = text_of(&a, name);
    r->level1 = r->level2;
    r->group = r->reason = "";
    r->has_points = true;
    r->points = 1000;
    jx_error err;
    int rc = jx__read_row(r, &a, &in, &err);
    CHECK(rc == JX_OK || (rc < 0 && err.message[0]));
    static jx_rules *rules; /* loaded once: immutable, shared by every input */
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        rules = NULL;
    if (rc == JX_OK && rules) {
        CHECK(r->op != JX_OP_NONE);
        *sh = (jx_sheet){.source = "fuzz",
                         .org = "",
                         .project = "",
                         .grade = "",
                         .rows = r,
                         .nrows = 1,
                         .year = 2023};
        jx_result *res;
        if (jx_score(&res, rules, sh, &err) == JX_OK) {
            jx_item it;
            CHECK(jx_result_item(&it, res, 0) == JX_OK);
            CHECK(it.score >= 0 && it.score <= it.points);
            char buf[2048];
            CHECK(jx_result_explain(buf, sizeof buf, NULL, res, 0) == JX_OK);
            jx_result_free(res);
        }
    }
    jx_arena__free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    size_t n = strlen(s); /* values are text: up to the first NUL */
    for (unsigned flags = 0; flags < 4; flags++)
        one_value(s, n, flags);
    one_row(s, n);
    free(s);
    return 0;
}
