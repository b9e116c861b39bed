/*
 * load.c - sheets and rule sets as the subcommands load them: any file, a form included, or stdin;
 * the rule set of --rules, else the sheet's own. A failure is printed with its place.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cli_load_doc(jx_doc **out, const char *path) { return cli_load_doc_kept(out, path, NULL); }

int cli_load_doc_kept(jx_doc **out, const char *path, jx_error *kept)
{
    jx_error scratch, *err = kept ? kept : &scratch;
    if (strcmp(path, "-") != 0) {
        if (jx_forms_load_file(out, path, NULL, err) == JX_OK)
            return 0;
        cli_error(err, NULL, 0);
        return 1;
    }
    size_t cap = 1 << 16, len = 0, limit = (size_t)16 << 20;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len, stdin);
        len += got;
        if (got == 0 || len > limit)
            break;
        if (len == cap) {
            char *nbuf = realloc(buf, cap * 2);
            if (!nbuf) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nbuf;
            cap *= 2;
        }
    }
    if (!buf) {
        *err = (jx_error){.code = JX_ENOMEM,
                          .source = "-",
                          .message = EN_C_NOMEM_TEXT,
                          .message_zh = ZH_C_NOMEM_TEXT};
        cli_error(err, NULL, 0);
        return 1;
    }
    int rc = jx_forms_load_buffer(out, buf, len, "-", NULL, err);
    if (rc != JX_OK)
        cli_error(err, buf, len);
    free(buf);
    return rc != JX_OK;
}

int cli_load_rules(jx_rules **out, const char *option, const jx_sheet *sheet)
{
    return cli_load_rules_kept(out, option, sheet, NULL);
}

int cli_load_rules_kept(jx_rules **out, const char *option, const jx_sheet *sheet, jx_error *kept)
{
    jx_error scratch, *err = kept ? kept : &scratch;
    int rc = option ? jx_rules_load(out, option, NULL, err)
                    : jx_rules_for_sheet(out, sheet, NULL, NULL, err);
    if (rc == JX_OK)
        return 0;
    cli_error(err, NULL, 0);
    return 1;
}
