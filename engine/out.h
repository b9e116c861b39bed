/*
 * out.h - the renderers' output: bytes through the caller's write callback, the first failure
 * remembered. Never installed.
 */
#ifndef JX_OUT_H
#define JX_OUT_H

#include "internal.h"

typedef struct jx_out {
    jx_write_fn fn;
    void *ctx;
    int failed;
} jx_out;

JX_PRIVATE void jx__emit(jx_out *o, const char *s, size_t n);
JX_PRIVATE void jx__emits(jx_out *o, const char *s);
JX_PRIVATE void jx__emitf(jx_out *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The explanation of row i, or of the budget row, passed through esc. */
JX_PRIVATE void jx__emit_explain(jx_out *o, const jx_result *res, bool budget, size_t i,
                                 jx_lang lang, void (*esc)(jx_out *, const char *));
/* Warning i's message in a language, passed through esc. */
JX_PRIVATE void jx__emit_warning(jx_out *o, const jx_result *res, size_t i, jx_lang lang,
                                 void (*esc)(jx_out *, const char *));
/* s as a JSON string, quoted; as a CSV field, quoted when it must be. */
void jx__json_str(jx_out *o, const char *s);
void jx__csv_str(jx_out *o, const char *s);
/* s cut to at most `width` display columns (with … when cut), right-aligned or padded to `width`
 * unless it ends the line (pad false). */
void jx__cell_out(jx_out *o, const char *s, size_t width, bool right, bool pad);
/* A finding's path as a reader reads it: in Chinese "indicators[1].actual" is "第2项指标 ·
 * 实际完成值"; in English the path as it is. */
JX_PRIVATE const char *jx__path_text(char *buf, size_t size, const char *path, jx_lang lang);
/* A row's 指标性质 as a reader reads it: the sign, or range, date and 定性 in the language. */
JX_PRIVATE const char *jx__op_text(const char *op, jx_lang lang);
/* "org · project · 2023年度 · 规则 mof2020" (or "rules mof2020") */
JX_PRIVATE const char *jx__header_line(char *buf, size_t size, const jx_result *res, jx_lang lang);

#endif
