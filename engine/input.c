/*
 * input.c - the limits every input is read under, and whole files read within them through the
 * caller's allocator.
 */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int jx__options(jx_limits *l, const jx_load_options *o, jx_error *err)
{
    if (o && (o->version < 1 || o->version > JX_LOAD_OPTIONS_VERSION))
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OPTIONS_VERSION), o->version,
                        JX_LOAD_OPTIONS_VERSION);
    l->max_bytes = o && o->max_bytes ? o->max_bytes : (size_t)16 << 20;
    l->max_depth = o && o->max_depth ? o->max_depth : 32;
    if (l->max_depth > JX_DEPTH_CAP)
        l->max_depth = JX_DEPTH_CAP;
    l->max_nodes = o && o->max_nodes ? o->max_nodes : 1000000;
    /* a field a caller of version 1 does not have is not read */
    l->max_rows = o && o->version >= 2 && o->max_rows ? o->max_rows : 100000;
    l->line_offset = 0;
    l->alloc = jx__allocator(o ? o->alloc : NULL);
    return JX_OK;
}

jx_load_options jx_load_options_init(void)
{
    jx_load_options o = JX_LOAD_OPTIONS_INIT;
    return o;
}

int jx__read_file(char **out, size_t *len_out, size_t *cap_out, const char *path,
                  const jx_limits *lim, jx_error *err)
{
    const jx_allocator *alc = lim->alloc;
    *out = NULL;
    *len_out = *cap_out = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_OPEN), strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            (void)fclose(f); /* only read */
            return jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_DIRECTORY));
        }
        if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > lim->max_bytes) {
            (void)fclose(f); /* only read */
            return jx__fail(err, JX_ELIMIT, path, 0, 0, "", JX_M(E_FILE_LIMIT),
                            (long long)st.st_size, lim->max_bytes);
        }
    }
    size_t cap = 0, len = 0;
    char *buf = NULL;
    for (;;) {
        if (len == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            if (ncap > lim->max_bytes + 1)
                ncap = lim->max_bytes + 1;
            if (ncap <= len) {
                jx__free_buffer(alc, buf, cap);
                (void)fclose(f); /* only read */
                return jx__fail(err, JX_ELIMIT, path, 0, 0, "", JX_M(E_INPUT_LIMIT),
                                lim->max_bytes);
            }
            char *nbuf = alc->realloc(alc->ctx, buf, cap, ncap);
            if (!nbuf) {
                jx__free_buffer(alc, buf, cap);
                (void)fclose(f); /* only read */
                return jx__fail(err, JX_ENOMEM, path, 0, 0, "", JX_M(E_NOMEM));
            }
            buf = nbuf;
            cap = ncap;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    (void)fclose(f); /* only read */
    if (bad) {
        jx__free_buffer(alc, buf, cap);
        return jx__fail(err, JX_EIO, path, 0, 0, "", JX_M(E_READ));
    }
    if (len > lim->max_bytes) {
        jx__free_buffer(alc, buf, cap);
        return jx__fail(err, JX_ELIMIT, path, 0, 0, "", JX_M(E_INPUT_LIMIT), lim->max_bytes);
    }
    *out = buf;
    *len_out = len;
    *cap_out = cap;
    return JX_OK;
}

void jx__free_buffer(const jx_allocator *alc, char *p, size_t len)
{
    if (p)
        alc->realloc(alc->ctx, p, len, 0);
}

int jx__file_open(jx_file *f, const void *out, const char *path, const jx_load_options *opts,
                  jx_error *err)
{
    f->buf = NULL;
    if (!out)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_OUT_NULL));
    if (!path)
        return jx__fail(err, JX_EUSAGE, "", 0, 0, "", JX_M(E_PATH_NULL));
    TRY(jx__options(&f->lim, opts, err));
    TRY(jx__read_file(&f->buf, &f->len, &f->cap, path, &f->lim, err));
    f->text = f->buf ? f->buf : "";
    return JX_OK;
}

void jx__file_done(jx_file *f) { jx__free_buffer(f->lim.alloc, f->buf, f->cap); }
