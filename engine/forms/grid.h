/*
 * grid.h - tables as people have them (a worksheet, CSV/TSV, a table pasted out of Word), as a
 * grid of text cells that keep where they came from; and the form reader that turns a grid into
 * the node tree a YAML sheet gives. Never installed.
 *
 * A cell's position is a line and column of the text it was read from, or, in a workbook, its row
 * and column, the source then ending in '!' ("form.xlsx:自评表!"): jx_location prints "B7".
 */
#ifndef JX_GRID_H
#define JX_GRID_H

#include "jixiao_forms.h"
#include "schema.h"

typedef struct jx_cell {
    const char *text; /* trimmed, NUL-terminated; "" when empty */
    unsigned line, column;
    const char *source;
} jx_cell;

typedef struct jx_grow {
    jx_cell *cells;
    size_t n;
} jx_grow;

typedef struct jx_grid {
    const char *source; /* the file, or "file.xlsx:sheet!" */
    const char *name;   /* a worksheet's name, NULL for text */
    jx_grow *rows;
    size_t nrows, cap;
} jx_grid;

#define JX_GRID_MAX_COLS  256
#define JX_GRID_MAX_ROWS  100000
#define JX_GRID_MAX_CELLS 2000000 /* a worksheet's used range, filled densely */

/* Appends a row of n cells (copied). */
int jx__grid_row(jx_grid *g, jx_arena *a, const jx_cell *cells, size_t n, jx_error *err);

/* Text tables: decodes UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 to UTF-8, then
 * reads CSV, TSV or pasted Word cells (a cell per line after a tab, rows split by blank lines). The
 * kind is chosen from the name's extension (.csv, .tsv, .txt) and, failing that, the content. */
int jx__text_grid(jx_grid *g, jx_arena *a, const char *data, size_t len, const char *source,
                  jx_error *err);

/* A workbook: every worksheet as a grid, merged cells filled from their first cell. */
int jx__xlsx_grids(jx_grid **grids, size_t *n, jx_arena *a, const char *data, size_t len,
                   const char *source, jx_error *err);

/* The forms in a grid: each header row of indicators starts a table; tables whose rows share
 * 序号 or the indicator's name are joined. Roots are sheet trees (NULL-free), *n of them. */
int jx__form_read(jx_node ***roots, size_t *n, jx_arena *a, const jx_grid *grids, size_t ngrids,
                  jx_error *err);

#endif
