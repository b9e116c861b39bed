/*
 * files.c - command-line arguments to input files: a directory stands for the sheet files below it
 * (*.yaml, *.yml and *.xlsx, or those ending in `suffix`), in sorted order so that output is
 * deterministic.
 */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int push(cli_files *f, const char *path)
{
    if (f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char **items = realloc(f->items, cap * sizeof *items);
        if (!items)
            return -1;
        f->items = items;
        f->cap = cap;
    }
    f->items[f->count] = strdup(path);
    return f->items[f->count++] ? 0 : -1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0;
}

static bool wanted(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    if (strcmp(suffix, "*") == 0)
        return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".jsonl") ||
               ends_with(name, ".csv");
    if (strcmp(suffix, "forms") == 0) /* every file a sheet or form comes in */
        return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".jsonl") ||
               ends_with(name, ".csv") || ends_with(name, ".tsv") || ends_with(name, ".txt") ||
               ends_with(name, ".xlsx") || ends_with(name, ".xlsm");
    if (suffix[0])
        return n > k && strcmp(name + n - k, suffix) == 0;
    return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".xlsx");
}

static int walk(cli_files *f, const char *dir, const char *suffix, int depth)
{
    if (depth > 32)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    size_t first = f->count;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            rc = walk(f, path, suffix, depth + 1);
        else if (S_ISREG(st.st_mode) && wanted(e->d_name, suffix))
            rc = push(f, path);
    }
    closedir(d);
    if (rc == 0)
        qsort(f->items + first, f->count - first, sizeof *f->items, by_name);
    return rc;
}

int cli_expand(cli_files *f, int nargs, char **args, const char *suffix)
{
    memset(f, 0, sizeof *f);
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        int rc = strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)
                     ? walk(f, args[i], suffix, 0)
                     : push(f, args[i]);
        if (rc) {
            fprintf(stderr, CLI_UI(C_CANNOT_READ_DIR), args[i]);
            return -1;
        }
    }
    return 0;
}

void cli_files_free(cli_files *f)
{
    for (size_t i = 0; i < f->count; i++)
        free(f->items[i]);
    free(f->items);
}
