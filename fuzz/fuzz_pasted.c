/* fuzz_pasted.c - any bytes as a table pasted out of a Word report (.txt: prose, then tables a cell
 * a line, then prose) and as a printed form saved as CSV or TSV: decoded, cut into a grid, the
 * forms found in it, each sheet scored and rendered, the report of them rendered. Beyond never
 * crashing, hanging or leaking: a load that fails says why and where, and a sheet that loads scores
 * within its points. Built with libFuzzer (clang, JX_BUILD_FUZZ) or, for the corpus replay the
 * test suite runs, with replay.c. */
#include <jixiao_forms.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

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
    if (!rules && jx_rules_builtin(&rules, "mof2020", NULL) != JX_OK)
        return 0;
    static const char *const names[] = {"fuzz.txt", "fuzz.csv", "fuzz.tsv"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        jx_doc *doc = NULL;
        jx_error err;
        memset(&err, 0, sizeof err);
        if (jx_forms_load_buffer(&doc, (const char *)data, size, names[k], NULL, &err) != JX_OK) {
            CHECK(doc == NULL && err.code < 0 && err.message[0]);
            continue;
        }
        jx_report *rep = NULL;
        jx_report_new(&rep, NULL, NULL);
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            jx_result *res;
            if (jx_audit(&res, rules, jx_doc_sheet(doc, i), &err) != JX_OK) {
                if (rep)
                    jx_report_add_failure(rep, names[k], i + 1, &err);
                continue;
            }
            CHECK(jx_result_total(res) >= 0 && jx_result_total(res) <= jx_result_possible(res));
            jx_result_render(res, JX_FORMAT_TEXT, discard, NULL);
            jx_result_render(res, JX_FORMAT_JSON, discard, NULL);
            if (rep)
                jx_report_add(rep, res, i + 1);
            jx_result_free(res);
        }
        if (rep) {
            jx_report_render(rep, JX_FORMAT_TEXT, discard, NULL);
            jx_report_render_html(rep, discard, NULL);
        }
        jx_report_free(rep);
        jx_doc_write_yaml(doc, NULL, discard, NULL, NULL);
        jx_doc_free(doc);
    }
    return 0;
}
