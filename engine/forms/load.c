/*
 * load.c - libjixiao-forms' loader: a workbook, a printed CSV/TSV form or a pasted table to grids
 * (xlsx.c, table.c), the forms in the grids to sheet trees (form.c), the trees to a doc through the
 * core's validator. Any other input is the core's to read.
 */
#include "grid.h"

#include <string.h>

static bool workbook(const char *data, size_t len, const char *name)
{
    return (len >= 4 && memcmp(data, "PK\3\4", 4) == 0) || jx__has_suffix(name, ".xlsx") ||
           jx__has_suffix(name, ".xlsm");
}

int jx_forms_is_form(const char *data, size_t len, const char *name)
{
    if (!data || !name)
        return 0;
    if (jx__has_suffix(name, ".csv"))
        return !jx__csv_is_long(data, len);
    return workbook(data, len, name) || jx__has_suffix(name, ".tsv") ||
           jx__has_suffix(name, ".txt");
}

/* Grids, then the forms in them, then sheets. */
static int import(jx_doc **out, const char *data, size_t len, const char *name,
                  const jx_load_options *opts, jx_error *err)
{
    jx_limits lim;
    TRY(jx__options(&lim, opts, err));
    jx_arena a;
    jx_arena__init(&a, lim.alloc);
    jx_grid *grids = NULL, one;
    size_t ngrids = 1, nroots = 0;
    jx_node **roots = NULL;
    const char *source = jx_arena__strndup(&a, name, strlen(name));
    int rc = !source ? jx__fail(err, JX_ENOMEM, name, 0, 0, "", JX_M(E_NOMEM))
             : workbook(data, len, name)
                 ? jx__xlsx_grids(&grids, &ngrids, &a, data, len, source, err)
                 : jx__text_grid(grids = &one, &a, data, len, source, err);
    if (rc == JX_OK)
        rc = jx__form_read(&roots, &nroots, &a, grids, ngrids, err);
    if (rc != JX_OK) {
        jx_arena__free(&a);
        return rc;
    }
    /* each sheet's source is its worksheet's: "form.xlsx:表!" */
    return jx__doc_make(out, &a, (const jx_node *const *)roots, nroots, source, &lim, err);
}

int jx_forms_load_buffer(jx_doc **out, const char *data, size_t len, const char *name,
                         const jx_load_options *opts, jx_error *err)
{
    if (!out || !jx_forms_is_form(data, len, name))
        return jx_doc_load_buffer(out, data, len, name, opts, err);
    *out = NULL;
    return import(out, data, len, name, opts, err);
}

int jx_forms_load_file(jx_doc **out, const char *path, const jx_load_options *opts, jx_error *err)
{
    if (out)
        *out = NULL;
    jx_file f;
    TRY(jx__file_open(&f, out, path, opts, err));
    int rc = jx_forms_load_buffer(out, f.text, f.len, path, opts, err);
    jx__file_done(&f);
    return rc;
}
