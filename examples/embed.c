/* embed.c - score a 绩效自评表 through the public API only: load, score, read, free. */
#include <jixiao.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: embed SHEET.yaml\n");
        return 2;
    }
    jx_rules *rules = NULL;
    jx_doc *doc = NULL;
    jx_result *res = NULL;
    jx_error err;
    if (jx_rules_builtin(&rules, "mof2020", &err) != JX_OK ||
        jx_doc_load_file(&doc, argv[1], NULL, &err) != JX_OK ||
        jx_score(&res, rules, jx_doc_sheet(doc, 0), &err) != JX_OK) {
        fprintf(stderr, "%s:%zu:%zu: %s\n", err.source, err.line, err.column, err.message);
        jx_doc_free(doc);
        jx_rules_free(rules);
        return 1;
    }
    for (size_t i = 0; i < jx_result_count(res); i++) {
        jx_item it;
        char why[256];
        jx_result_item(&it, res, i);
        jx_result_explain(why, sizeof why, NULL, res, i);
        printf("%2zu %3lld.%02lld / %3lld.%02lld  %s\n", i + 1, (long long)(it.score / 100),
               (long long)(it.score % 100), (long long)(it.points / 100),
               (long long)(it.points % 100), why);
    }
    const char *grade = jx_result_grade(res);
    printf("total %lld.%02lld  grade %s\n", (long long)(jx_result_total(res) / 100),
           (long long)(jx_result_total(res) % 100), grade ? grade : "-");
    jx_result_free(res);
    jx_doc_free(doc);
    jx_rules_free(rules);
    return 0;
}
