/* fuzz_doc.c - any bytes as an indicator file (YAML, a JSONL line, CSV rows) and as a rule file:
 * load, score under mof2020, render every format.
 * Must never crash, hang or leak. Built with libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus
 * replay the test suite runs, with replay.c. */
#include <jixiao.h>

#include <stddef.h>
#include <stdint.h>

static int discard(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static jx_rules *rules; /* loaded once: a rule set is immutable and reusable */
    jx_doc *doc = NULL;
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        return 0;
    if (jx_doc_load_buffer(&doc, (const char *)data, size, "fuzz", NULL, NULL) == JX_OK) {
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            jx_result *res;
            if (jx_score(&res, rules, jx_doc_sheet(doc, i), NULL) != JX_OK)
                continue;
            for (int f = JX_FORMAT_TEXT; f <= JX_FORMAT_CSV_BODY; f++)
                jx_result_render(res, (jx_format)f, discard, NULL);
            jx_result_free(res);
        }
    }
    /* the same bytes as a JSONL line and as the rows of a long-CSV sheet */
    static const char header[] = "sheet,kind,org,level1,name,op,target,unit,actual,points,score,"
                                 "reason,full_year,executed\n";
    for (int k = JX_INPUT_JSONL; k <= JX_INPUT_CSV; k++) {
        jx_doc *rec = NULL;
        if (jx_doc_load_record(&rec, (jx_input)k, (const char *)data, size, header,
                               sizeof header - 1, "fuzz", 7, NULL, NULL) == JX_OK) {
            jx_result *res;
            if (jx_score(&res, rules, jx_doc_sheet(rec, 0), NULL) == JX_OK)
                jx_result_free(res);
        }
        jx_doc_free(rec);
    }
    /* the same bytes as a rule file */
    jx_rules *mine = NULL;
    if (jx_rules_load_buffer(&mine, (const char *)data, size, "fuzz", NULL, NULL) == JX_OK)
        jx_rules_free(mine);
    jx_doc_free(doc);
    return 0;
}
