/*
 * out.c - what every renderer writes with: bytes through the caller's callback (the first failure
 * remembered), JSON and CSV strings, display-width cells, a result's header line and its
 * explanations.
 */
#include "out.h"
#include "msg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jx__emit(jx_out *o, const char *s, size_t n)
{
    if (!o->failed && n && o->fn(o->ctx, s, n) != 0)
        o->failed = 1;
}

void jx__emits(jx_out *o, const char *s) { jx__emit(o, s, strlen(s)); }

void jx__emitf(jx_out *o, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        jx__emit(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void jx__json_str(jx_out *o, const char *s)
{
    jx__emit(o, "\"", 1);
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        jx__emit(o, run, (size_t)(s - run));
        char esc[8];
        if (c == '"' || c == '\\')
            snprintf(esc, sizeof esc, "\\%c", c);
        else if (c == '\n')
            snprintf(esc, sizeof esc, "\\n");
        else if (c == '\t')
            snprintf(esc, sizeof esc, "\\t");
        else
            snprintf(esc, sizeof esc, "\\u%04x", c);
        jx__emits(o, esc);
        run = s + 1;
    }
    jx__emit(o, run, (size_t)(s - run));
    jx__emit(o, "\"", 1);
}

void jx__csv_str(jx_out *o, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        jx__emits(o, s);
        return;
    }
    jx__emit(o, "\"", 1);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            jx__emit(o, "\"", 1);
        jx__emit(o, p, 1);
    }
    jx__emit(o, "\"", 1);
}

/* The explanation of row i, or of the budget row, from a stack buffer, or for a long one from the
 * allocator of the result's rule set. */
void jx__emit_explain(jx_out *o, const jx_result *res, bool budget, size_t i, jx_lang lang,
                      void (*esc)(jx_out *, const char *))
{
    char small[1024];
    size_t n;
    int rc = budget ? jx_result_explain_budget_lang(small, sizeof small, &n, res, lang)
                    : jx_result_explain_lang(small, sizeof small, &n, res, i, lang);
    if (rc != JX_OK)
        return;
    if (n < sizeof small) {
        esc(o, small);
        return;
    }
    const jx_allocator *alc = res->arena.alc;
    char *big = alc->realloc(alc->ctx, NULL, 0, n + 1);
    if (!big) {
        o->failed = 1;
        return;
    }
    if (budget)
        jx_result_explain_budget_lang(big, n + 1, NULL, res, lang);
    else
        jx_result_explain_lang(big, n + 1, NULL, res, i, lang);
    esc(o, big);
    alc->realloc(alc->ctx, big, n + 1, 0);
}

const char *jx__header_line(char *buf, size_t size, const jx_result *res, jx_lang lang)
{
    const jx_sheet *s = res->sheet;
    int n = snprintf(buf, size, "%s", s->org[0] ? s->org : s->source);
    if (s->project[0] && n >= 0 && (size_t)n < size)
        n += snprintf(buf + n, size - (size_t)n, " · %s", s->project);
    if (s->year && n >= 0 && (size_t)n < size)
        n += snprintf(buf + n, size - (size_t)n, lang == JX_LANG_EN ? " · %d" : " · %d年度",
                      s->year);
    if (n >= 0 && (size_t)n < size)
        n += snprintf(buf + n, size - (size_t)n, " · ");
    if (n >= 0 && (size_t)n < size)
        snprintf(buf + n, size - (size_t)n, JX_T(lang, R_RULES), res->rules_name);
    return buf;
}

void jx__cell_out(jx_out *o, const char *s, size_t width, bool right, bool pad)
{
    size_t w = jx__display_width(s), n = strlen(s), len;
    const char *end = s + n;
    bool cut = w > width;
    if (cut) {
        size_t used = 0;
        end = s;
        while (*end) {
            long cp = jx__utf8_next(end, (size_t)(s + n - end), &len);
            char tmp[8] = {0};
            memcpy(tmp, end, len < 8 ? len : 7);
            size_t cw = cp < 0 ? 1 : jx__display_width(tmp);
            if (used + cw + 1 > width)
                break;
            used += cw;
            end += len;
        }
        w = used + 1;
    }
    if (right)
        for (size_t i = w; i < width; i++)
            jx__emit(o, " ", 1);
    jx__emit(o, s, (size_t)(end - s));
    if (cut)
        jx__emits(o, "…");
    if (!right && pad)
        for (size_t i = w; i < width; i++)
            jx__emit(o, " ", 1);
}

void jx__emit_warning(jx_out *o, const jx_result *res, size_t i, jx_lang lang,
                      void (*esc)(jx_out *, const char *))
{
    if (lang == JX_LANG_EN) { /* the one jx_result_warning keeps */
        esc(o, jx__warning(res, i)->message);
        return;
    }
    char text[1024];
    if (jx_result_warning_text(text, sizeof text, NULL, res, i, lang) == JX_OK)
        esc(o, text);
}

const char *jx__op_text(const char *op, jx_lang lang)
{
    if (jx__streq(op, "range"))
        return JX_T(lang, R_OP_RANGE);
    if (jx__streq(op, "date"))
        return JX_T(lang, R_OP_DATE);
    if (jx__streq(op, "定性"))
        return JX_T(lang, R_OP_QUAL);
    return op;
}

const char *jx_path_text(char *buf, size_t size, const char *path, jx_lang lang)
{
    if (!buf || !size)
        return "";
    path = path ? path : "";
    static const char *const fields[][2] = {
        {"level1", "一级指标"},     {"level2", "二级指标"},    {"name", "三级指标"},
        {"op", "指标性质"},         {"target", "年度指标值"},  {"actual", "实际完成值"},
        {"unit", "度量单位"},       {"points", "分值"},        {"score", "得分"},
        {"reason", "偏差原因"},     {"deduct", "扣分"},        {"budget", "预算执行"},
        {"rate", "执行率"},         {"initial", "年初预算数"}, {"full_year", "全年预算数"},
        {"executed", "全年执行数"}, {"total", "总分"},         {"grade", "等级"},
        {"rules", "规则"},          {"indicators", "绩效指标"}};
    if (lang == JX_LANG_EN || !path[0]) {
        snprintf(buf, size, "%s", path);
        return buf;
    }
    size_t used = 0;
    buf[0] = '\0';
    for (const char *p = path; *p && used + 1 < size;) {
        size_t n = strcspn(p, ".[");
        const char *word = NULL;
        for (size_t k = 0; k < sizeof fields / sizeof *fields && !word; k++)
            if (strlen(fields[k][0]) == n && strncmp(p, fields[k][0], n) == 0)
                word = fields[k][1];
        int w;
        if (n == 10 && strncmp(p, "indicators", 10) == 0 && p[n] == '[') {
            char *end;
            unsigned long row = strtoul(p + n + 1, &end, 10);
            w = snprintf(buf + used, size - used, "%s第%lu项指标", used ? " · " : "", row + 1);
            p = *end == ']' ? end + 1 : end;
        } else {
            w = snprintf(buf + used, size - used, "%s%s%.*s", used ? " · " : "", word ? word : "",
                         word ? 0 : (int)n, p);
            p += n;
        }
        used += w > 0 ? (size_t)w : 0;
        if (used >= size)
            used = size - 1;
        while (*p == '.')
            p++;
    }
    return buf;
}
