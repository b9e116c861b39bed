/* fuzz_stream.c - any bytes as a stream file: the long CSV form (after a header naming the usual
 * columns, and as given, when its own first line names a `sheet` column) and JSONL, read whole as
 * files of many sheets, each scored. Beyond never crashing, hanging or leaking: a load that fails
 * says why, at a line inside the input, and the sheets that load score within their points. Built
 * with libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus replay the test suite runs, with
 * replay.c. */
#include <jixiao_forms.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

static size_t lines_of(const char *s, size_t n)
{
    size_t k = 1;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

static void load(const jx_rules *rules, const char *text, size_t len, const char *name)
{
    jx_doc *doc = NULL;
    jx_error err;
    memset(&err, 0, sizeof err);
    if (jx_forms_load_buffer(&doc, text, len, name, NULL, &err) != JX_OK) {
        CHECK(doc == NULL && err.code < 0 && err.message[0]);
        CHECK(err.line <= lines_of(text, len)); /* an error points inside the input */
        return;
    }
    for (size_t i = 0; i < jx_doc_count(doc); i++) {
        jx_result *res;
        if (jx_score(&res, rules, jx_doc_sheet(doc, i), NULL) != JX_OK)
            continue;
        CHECK(jx_result_total(res) >= 0 && jx_result_total(res) <= jx_result_possible(res));
        jx_result_free(res);
    }
    jx_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static jx_rules *rules;
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        return 0;
    static const char header[] = "sheet,kind,org,level1,level2,name,op,target,unit,actual,points,"
                                 "score,reason,initial,full_year,executed,year\n";
    char *csv = malloc(sizeof header + size);
    if (!csv)
        return 0;
    memcpy(csv, header, sizeof header - 1);
    memcpy(csv + sizeof header - 1, data, size);
    load(rules, csv, sizeof header - 1 + size, "fuzz.csv");
    free(csv);
    load(rules, (const char *)data, size, "fuzz.csv");
    load(rules, (const char *)data, size, "fuzz.jsonl");
    return 0;
}
