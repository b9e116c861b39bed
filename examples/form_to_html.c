/* form_to_html.c - a form as people have it (Excel, a printed CSV/TSV, a table pasted out of Word),
 * scored, and written back as an HTML page: libjixiao-forms on top of the core. */
#include <jixiao_forms.h>
#include <stdio.h>

static int to_file(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: form_to_html FORM OUT.html\n");
        return 2;
    }
    jx_rules *rules = NULL;
    jx_doc *doc = NULL;
    jx_result *res = NULL;
    jx_error err;
    FILE *out = NULL;
    int rc = jx_rules_builtin(&rules, "mof2020", &err);
    if (rc == JX_OK)
        rc = jx_forms_load_file(&doc, argv[1], NULL, &err);
    if (rc == JX_OK)
        rc = jx_score(&res, rules, jx_doc_sheet(doc, 0), &err);
    if (rc != JX_OK) {
        char where[300];
        fprintf(stderr, "%s: %s\n",
                jx_location(where, sizeof where, err.source, err.line, err.column), err.message);
    } else if (!(out = fopen(argv[2], "wb")) ||
               jx_results_render_html((const jx_result *const *)&res, 1, to_file, out) != JX_OK) {
        fprintf(stderr, "%s: cannot write\n", argv[2]);
        rc = JX_EIO;
    } else {
        const char *grade = jx_result_grade(res);
        printf("%s: total %lld.%02lld  grade %s\n", jx_result_source(res),
               (long long)(jx_result_total(res) / 100), (long long)(jx_result_total(res) % 100),
               grade ? grade : "-");
    }
    if (out && fclose(out) != 0 && rc == JX_OK)
        rc = JX_EIO;
    jx_result_free(res);
    jx_doc_free(doc);
    jx_rules_free(rules);
    return rc == JX_OK ? 0 : 1;
}
