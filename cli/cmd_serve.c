/*
 * cmd_serve.c - `jixiao serve`: score, explain and audit over HTTP/1.1 (libmicrohttpd), with an
 * upload page at /. Rule sets are loaded once, before the first request, and shared read-only by
 * the worker threads; each request loads its body, scores it and renders the answer with the
 * printers the subcommands use (output.c), so a JSON answer is byte for byte what the CLI prints.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The page at /, generated from cli/serve_page.html at build time. */
extern const char cli_serve_page[];
extern const size_t cli_serve_page_len;

/* What the server holds for its whole life; read-only once the daemon starts. */
typedef struct server {
    jx_rules **builtins; /* in jx_builtin_name order */
    size_t nbuiltins;
    jx_rules *fixed; /* --rules, or NULL */
    size_t max_body;
    atomic_size_t active; /* requests begun and not yet completed */
    atomic_size_t served; /* requests completed */
} server;

/* Bytes that arrive in pieces: a request's body, a form's file. */
typedef struct bytes {
    char *data;
    size_t len, cap;
} bytes;

/* Appends n bytes, doubling the room from 64 KiB; false when memory runs out. */
static bool append(bytes *b, const char *data, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 16;
        while (cap < b->len + n)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown)
            return false;
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    return true;
}

/* One request: its body as it arrives, and what its answer was (for the log line). */
typedef struct request {
    char method[8], path[120]; /* for the log line */
    const char *allow;         /* the methods its path takes */
    bytes body;
    bool too_big;
    struct timespec start;
    unsigned status;
    size_t bytes;
    jx_lang lang; /* of an error's message: ?lang= (or the form's lang field), else English */
} request;

/* ---- answers ----------------------------------------------------------------------------- */

static enum MHD_Result answer(struct MHD_Connection *con, request *rq, unsigned status,
                              const char *type, char *data, size_t len,
                              enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, data, mode);
    if (!r)
        return MHD_NO;
    if (type)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, rq->allow);
    rq->status = status;
    rq->bytes = len;
    enum MHD_Result ok = MHD_queue_response(con, status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result answer_const(struct MHD_Connection *con, request *rq, unsigned status,
                                    const char *type, const char *text)
{
    return answer(con, rq, status, type, (char *)(uintptr_t)text, strlen(text),
                  MHD_RESPMEM_PERSISTENT);
}

/* A memory stream an answer is printed into. */
typedef struct page {
    FILE *f;
    char *data;
    size_t len;
} page;

static bool page_open(page *p)
{
    p->data = NULL;
    p->len = 0;
    p->f = open_memstream(&p->data, &p->len);
    return p->f != NULL;
}

/* Closes the stream and sends what was printed (the data is MHD's to free). */
static enum MHD_Result page_send(struct MHD_Connection *con, request *rq, page *p, unsigned status,
                                 const char *type)
{
    bool bad = ferror(p->f) != 0;
    if (fclose(p->f) != 0 || bad) {
        free(p->data);
        return answer_const(con, rq, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain",
                            "out of memory\n");
    }
    return answer(con, rq, status, type, p->data, p->len, MHD_RESPMEM_MUST_FREE);
}

/* The located error as JSON: {"error": {"code", "source", "line", "column", "path", "path_text",
 * "message"}}, the texts in the request's language. */
static enum MHD_Result send_error(struct MHD_Connection *con, request *rq, unsigned status,
                                  const jx_error *err)
{
    page p;
    if (!page_open(&p))
        return MHD_NO;
    fprintf(p.f, "{\"error\": {\"code\": \"%s\", \"source\": ", jx_code_name(err->code));
    cli_json_fstr(p.f, err->source);
    fprintf(p.f, ", \"line\": %zu, \"column\": %zu, \"path\": ", err->line, err->column);
    cli_json_fstr(p.f, err->path);
    char path[256];
    fputs(", \"path_text\": ", p.f);
    cli_json_fstr(p.f, jx_path_text(path, sizeof path, err->path, rq->lang));
    fputs(", \"message\": ", p.f);
    cli_json_fstr(p.f, jx_error_message(err, rq->lang));
    fputs("}}\n", p.f);
    return page_send(con, rq, &p, status, "application/json");
}

/* A malformed request (400) or a missing resource: an error without a place. */
/* Fills err's message in both languages from a message's two formats, as CLI_M(S_NOT_FOUND) gives
 * them. */
static void vsay(jx_error *err, const char *en, const char *zh, va_list ap)
    __attribute__((format(printf, 2, 0), format(printf, 3, 0)));
static void vsay(jx_error *err, const char *en, const char *zh, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    vsnprintf(err->message, sizeof err->message, en, ap);
    vsnprintf(err->message_zh, sizeof err->message_zh, zh, aq);
    va_end(aq);
}

static void say(jx_error *err, const char *en, const char *zh, ...)
    __attribute__((format(printf, 2, 4), format(printf, 3, 4)));
static void say(jx_error *err, const char *en, const char *zh, ...)
{
    va_list ap;
    va_start(ap, zh);
    vsay(err, en, zh, ap);
    va_end(ap);
}

/* A malformed request (400) or a missing resource: an error without a place. */
static enum MHD_Result send_plain_error(struct MHD_Connection *con, request *rq, unsigned status,
                                        int code, const char *en, const char *zh, ...)
    __attribute__((format(printf, 5, 7), format(printf, 6, 7)));
static enum MHD_Result send_plain_error(struct MHD_Connection *con, request *rq, unsigned status,
                                        int code, const char *en, const char *zh, ...)
{
    jx_error err = {.code = code};
    va_list ap;
    va_start(ap, zh);
    vsay(&err, en, zh, ap);
    va_end(ap);
    return send_error(con, rq, status, &err);
}

/* ---- rule sets --------------------------------------------------------------------------- */

static const jx_rules *builtin(const server *srv, const char *name)
{
    for (size_t i = 0; i < srv->nbuiltins; i++)
        if (strcmp(jx_rules_name(srv->builtins[i]), name) == 0)
            return srv->builtins[i];
    if (srv->fixed && strcmp(jx_rules_name(srv->fixed), name) == 0)
        return srv->fixed;
    return NULL;
}

/* The rule set of a sheet: ?rules=, else --rules, else the sheet's own `rules:` (a built-in: the
 * server reads no file a request names), else mof2020. NULL with err set when the sheet names one
 * the server does not have. */
static const jx_rules *rules_for(const server *srv, const jx_rules *asked, const jx_sheet *sheet,
                                 const char *source, jx_error *err)
{
    if (asked)
        return asked;
    if (srv->fixed)
        return srv->fixed;
    const char *own = jx_sheet_rules(sheet);
    const jx_rules *r = builtin(srv, own ? own : "mof2020");
    if (!r) {
        memset(err, 0, sizeof *err);
        err->code = JX_ENOTFOUND;
        snprintf(err->source, sizeof err->source, "%s", source);
        snprintf(err->path, sizeof err->path, "rules");
        say(err, CLI_M(S_NO_RULE_FILE), own);
    }
    return r;
}

/* ---- scoring ----------------------------------------------------------------------------- */

typedef enum { DO_SCORE, DO_EXPLAIN, DO_AUDIT } action;

/* The renderings a request may ask for. */
typedef enum { AS_JSON, AS_TEXT, AS_CSV, AS_MD, AS_HTML, AS_XLSX } rendering;

static int rendering_of(rendering *out, const char *name)
{
    static const char *const names[] = {"json", "text", "csv", "md", "html", "xlsx"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (rendering)i;
            return 0;
        }
    return -1;
}

static const char *const content_types[] = {
    "application/json",
    "text/plain; charset=utf-8",
    "text/csv; charset=utf-8",
    "text/markdown; charset=utf-8",
    "text/html; charset=utf-8",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};

typedef struct job {
    action act;
    rendering as;
    jx_lang lang;
    const jx_rules *asked;
    const char *name; /* the input's name: its extension says what it is */
    const char *data;
    size_t len;
} job;

/* What one request scored: the doc and a result per sheet. */
typedef struct scored {
    jx_doc *doc;
    jx_result **res;
    size_t n;
} scored;

static void scored_free(scored *s)
{
    for (size_t i = 0; i < s->n; i++)
        jx_result_free(s->res[i]);
    free(s->res);
    jx_doc_free(s->doc);
}

/* Loads and scores every sheet; the first error stops it (err set, non-zero). */
static int score_all(scored *s, const server *srv, const job *j, jx_error *err)
{
    memset(s, 0, sizeof *s);
    if (jx_forms_load_buffer(&s->doc, j->data, j->len, j->name, NULL, err) != JX_OK)
        return 1;
    size_t count = jx_doc_count(s->doc);
    s->res = calloc(count ? count : 1, sizeof *s->res);
    if (!s->res) {
        *err = (jx_error){
            .code = JX_ENOMEM, .message = EN_C_NOMEM_TEXT, .message_zh = ZH_C_NOMEM_TEXT};
        return 1;
    }
    for (; s->n < count; s->n++) {
        const jx_sheet *sheet = jx_doc_sheet(s->doc, s->n);
        const jx_rules *r = rules_for(srv, j->asked, sheet, j->name, err);
        if (!r)
            return 1;
        int rc = j->act == DO_AUDIT ? jx_audit(&s->res[s->n], r, sheet, err)
                                    : jx_score(&s->res[s->n], r, sheet, err);
        if (rc != JX_OK)
            return 1;
    }
    return 0;
}

/* Prints the results as the subcommand would: an array of JSON objects for several sheets,
 * audit's findings, explain's derivations, or the renderings of score. */
static int render(FILE *out, const job *j, const scored *s, jx_error *err)
{
    const jx_result *const *all = (const jx_result *const *)s->res;
    if (j->as == AS_HTML)
        return jx_results_render_html_failed(all, s->n, NULL, 0, j->lang, cli_write, out);
    if (j->as == AS_XLSX)
        return jx_results_render_xlsx_lang(all, s->n, j->lang, cli_write, out, err);
    if (j->act == DO_AUDIT && (j->as == AS_JSON || j->as == AS_TEXT)) {
        size_t printed = 0;
        if (j->as == AS_JSON)
            fputc('[', out);
        for (size_t i = 0; i < s->n; i++) {
            if (j->as == AS_TEXT && i)
                fputc('\n', out);
            cli_print_findings(out, s->res[i], i, j->as == AS_JSON, j->lang, &printed);
        }
        if (j->as == AS_JSON)
            fprintf(out, "%s]\n", printed ? "\n" : "");
        return JX_OK;
    }
    static const jx_format formats[] = {JX_FORMAT_JSON, JX_FORMAT_TEXT, JX_FORMAT_CSV,
                                        JX_FORMAT_MD};
    jx_format f = j->act == DO_EXPLAIN && j->as == AS_TEXT ? JX_FORMAT_EXPLAIN : formats[j->as];
    bool array = f == JX_FORMAT_JSON && s->n > 1;
    if (array)
        fputs("[\n", out);
    for (size_t i = 0; i < s->n; i++)
        if (cli_print_result(out, f, j->lang, s->res[i], i) != JX_OK)
            return JX_EIO;
    if (array)
        fputs("]\n", out);
    return JX_OK;
}

static enum MHD_Result run_job(struct MHD_Connection *con, request *rq, const server *srv,
                               const job *j)
{
    scored s;
    jx_error err;
    if (score_all(&s, srv, j, &err)) {
        scored_free(&s);
        return send_error(con, rq,
                          err.code == JX_ENOMEM ? MHD_HTTP_INTERNAL_SERVER_ERROR
                                                : MHD_HTTP_UNPROCESSABLE_CONTENT,
                          &err);
    }
    page p;
    if (!page_open(&p)) {
        scored_free(&s);
        return MHD_NO;
    }
    int rc = render(p.f, j, &s, &err);
    scored_free(&s);
    if (rc != JX_OK) {
        (void)fclose(p.f); /* a memory stream: its data is dropped below */
        free(p.data);
        return answer_const(con, rq, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain",
                            "the answer could not be written\n");
    }
    return page_send(con, rq, &p, MHD_HTTP_OK, content_types[j->as]);
}

/* ---- the request's body ------------------------------------------------------------------ */

/* The extension a Content-Type stands for, when the request names no file. */
static const char *name_for_type(const char *type)
{
    static const struct {
        const char *type, *name;
    } types[] = {
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "upload.xlsx"},
        {"application/jsonl", "upload.jsonl"},
        {"application/x-ndjson", "upload.jsonl"},
        {"application/jsonlines", "upload.jsonl"},
        {"application/json", "upload.json"},
        {"text/csv", "upload.csv"},
        {"text/tab-separated-values", "upload.tsv"},
        {"text/plain", "upload.txt"}};
    for (size_t i = 0; type && i < sizeof types / sizeof *types; i++)
        if (strncmp(type, types[i].type, strlen(types[i].type)) == 0)
            return types[i].name;
    return "upload.yaml"; /* application/yaml, text/yaml, or none said */
}

/* The fields of a multipart/form-data body: the file, its name, and the rules chosen. */
typedef struct form {
    bytes file;
    char filename[256];
    char rules[64];
    char format[16], lang[8];
    bool has_file, too_big;
} form;

static void field_copy(char *into, size_t size, const char *data, uint64_t off, size_t n)
{
    size_t have = strlen(into);
    if (off != have || have + n >= size)
        return;
    memcpy(into + have, data, n);
    into[have + n] = '\0';
}

static enum MHD_Result form_field(void *ctx, enum MHD_ValueKind kind, const char *key,
                                  const char *filename, const char *type, const char *encoding,
                                  const char *data, uint64_t off, size_t size)
{
    (void)kind, (void)type, (void)encoding;
    form *f = ctx;
    if (strcmp(key, "rules") == 0) {
        field_copy(f->rules, sizeof f->rules, data, off, size);
    } else if (strcmp(key, "format") == 0) {
        field_copy(f->format, sizeof f->format, data, off, size);
    } else if (strcmp(key, "lang") == 0) {
        field_copy(f->lang, sizeof f->lang, data, off, size);
    } else if (strcmp(key, "file") == 0) {
        f->has_file = true;
        if (filename && !f->filename[0])
            snprintf(f->filename, sizeof f->filename, "%s", filename);
        if (!append(&f->file, data, size)) {
            f->too_big = true;
            return MHD_NO;
        }
    }
    return MHD_YES;
}

/* POST /score, /explain, /audit with its whole body in rq. */
static enum MHD_Result post(struct MHD_Connection *con, request *rq, const server *srv, action act)
{
    const char *type = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Content-Type");
    const char *format = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "format");
    const char *rules = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "rules");
    const char *name = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "name");
    const char *accept = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Accept");
    const char *lang = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "lang");
    job j = {
        .act = act, .as = AS_JSON, .data = rq->body.data ? rq->body.data : "", .len = rq->body.len};
    form f = {0};
    enum MHD_Result ok;
    if (type && strncmp(type, "multipart/form-data", 19) == 0) {
        struct MHD_PostProcessor *pp = MHD_create_post_processor(con, 1 << 16, form_field, &f);
        bool read = pp && MHD_post_process(pp, j.data, j.len) == MHD_YES;
        if (pp)
            MHD_destroy_post_processor(pp);
        if (!read || !f.has_file) {
            free(f.file.data);
            return send_plain_error(con, rq, MHD_HTTP_BAD_REQUEST, JX_EUSAGE, CLI_M(S_MULTIPART));
        }
        j.data = f.file.data ? f.file.data : "";
        j.len = f.file.len;
        if (!name && f.filename[0])
            name = f.filename;
        if (!rules && f.rules[0])
            rules = f.rules;
        if (!format && f.format[0])
            format = f.format;
        if (!lang && f.lang[0]) {
            lang = f.lang;
            rq->lang = strcmp(lang, "zh") == 0 ? JX_LANG_ZH : JX_LANG_EN;
        }
        type = NULL;
    }
    j.name = name && name[0] ? name : name_for_type(type);
    if (format && rendering_of(&j.as, format) != 0)
        ok = send_plain_error(con, rq, MHD_HTTP_BAD_REQUEST, JX_EUSAGE, CLI_M(S_FORMAT), format);
    else if (lang && strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
        ok = send_plain_error(con, rq, MHD_HTTP_BAD_REQUEST, JX_EUSAGE, CLI_M(S_LANG), lang);
    else if (rules && rules[0] && !(j.asked = builtin(srv, rules)))
        ok = send_plain_error(con, rq, MHD_HTTP_BAD_REQUEST, JX_ENOTFOUND, CLI_M(S_RULES), rules);
    else {
        if (!format && accept && strstr(accept, "text/html"))
            j.as = AS_HTML;
        /* as the CLI in the C locale: what a person reads in Chinese, JSON and CSV in English */
        bool reader = j.as != AS_JSON && j.as != AS_CSV;
        j.lang = lang     ? (strcmp(lang, "en") == 0 ? JX_LANG_EN : JX_LANG_ZH)
                 : reader ? JX_LANG_ZH
                          : JX_LANG_EN;
        ok = run_job(con, rq, srv, &j);
    }
    free(f.file.data);
    return ok;
}

/* ---- GET --------------------------------------------------------------------------------- */

static enum MHD_Result get(struct MHD_Connection *con, request *rq, const server *srv,
                           const char *url)
{
    if (strcmp(url, "/") == 0)
        return answer(con, rq, MHD_HTTP_OK, "text/html; charset=utf-8",
                      (char *)(uintptr_t)cli_serve_page, cli_serve_page_len,
                      MHD_RESPMEM_PERSISTENT);
    if (strcmp(url, "/healthz") == 0) {
        page p;
        if (!page_open(&p))
            return MHD_NO;
        fprintf(p.f, "{\"status\": \"ok\", \"version\": \"%s\"}\n", jx_version());
        return page_send(con, rq, &p, MHD_HTTP_OK, "application/json");
    }
    if (strcmp(url, "/rules") == 0) {
        page p;
        if (!page_open(&p))
            return MHD_NO;
        fputs("[", p.f);
        for (size_t i = 0; jx_builtin_name(i); i++) {
            fprintf(p.f, "%s\n {\"name\": ", i ? "," : "");
            cli_json_fstr(p.f, jx_builtin_name(i));
            fputs(", \"title\": ", p.f);
            cli_json_fstr(p.f, jx_builtin_title(i));
            fprintf(p.f, ", \"default\": %s}",
                    srv->fixed                              ? "false"
                    : strcmp(jx_builtin_name(i), "mof2020") ? "false"
                                                            : "true");
        }
        if (srv->fixed) {
            fputs(",\n {\"name\": ", p.f);
            cli_json_fstr(p.f, jx_rules_name(srv->fixed));
            fputs(", \"title\": \"--rules of this server\", \"default\": true}", p.f);
        }
        fputs("\n]\n", p.f);
        return page_send(con, rq, &p, MHD_HTTP_OK, "application/json");
    }
    if (strncmp(url, "/rules/", 7) == 0) {
        const jx_rules *r = builtin(srv, url + 7);
        if (r)
            return answer_const(con, rq, MHD_HTTP_OK, "application/yaml; charset=utf-8",
                                jx_rules_source(r));
    }
    return send_plain_error(con, rq, MHD_HTTP_NOT_FOUND, JX_ENOTFOUND, CLI_M(S_NOT_FOUND), url);
}

/* ---- the daemon -------------------------------------------------------------------------- */

static enum MHD_Result too_big(struct MHD_Connection *con, request *rq, const server *srv)
{
    jx_error err = {.code = JX_ELIMIT};
    say(&err, CLI_M(S_TOO_LARGE), srv->max_body);
    return send_error(con, rq, MHD_HTTP_CONTENT_TOO_LARGE, &err);
}

static int action_of(const char *url)
{
    return strcmp(url, "/score") == 0     ? DO_SCORE
           : strcmp(url, "/explain") == 0 ? DO_EXPLAIN
           : strcmp(url, "/audit") == 0   ? DO_AUDIT
                                          : -1;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *con, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
    (void)version;
    server *srv = cls;
    request *rq = *con_cls;
    if (!rq) { /* the headers: the body, if any, follows in the next calls */
        rq = calloc(1, sizeof *rq);
        if (!rq)
            return MHD_NO;
        clock_gettime(CLOCK_MONOTONIC, &rq->start);
        snprintf(rq->method, sizeof rq->method, "%s", method);
        snprintf(rq->path, sizeof rq->path, "%s", url);
        atomic_fetch_add(&srv->active, 1);
        *con_cls = rq;
        rq->allow = action_of(url) >= 0 ? "POST" : "GET, HEAD";
        const char *lang = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, "lang");
        rq->lang = lang && strcmp(lang, "zh") == 0 ? JX_LANG_ZH : JX_LANG_EN;
        const char *length =
            MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length && strtoull(length, NULL, 10) > srv->max_body) {
            rq->too_big = true; /* said at once: the body is not read */
            return too_big(con, rq, srv);
        }
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (rq->too_big || rq->body.len + n > srv->max_body) {
            rq->too_big = true;
            return MHD_YES; /* read and dropped: the answer follows the whole body */
        }
        return append(&rq->body, upload, n) ? MHD_YES : MHD_NO;
    }
    int act = action_of(url);
    bool is_post = strcmp(method, "POST") == 0, is_get = strcmp(method, "GET") == 0;
    if (act >= 0 && !is_post)
        return send_plain_error(con, rq, MHD_HTTP_METHOD_NOT_ALLOWED, JX_EUSAGE, CLI_M(S_POST_ONLY),
                                url);
    if (rq->too_big)
        return too_big(con, rq, srv);
    if (act >= 0)
        return post(con, rq, srv, (action)act);
    if (!is_get && strcmp(method, "HEAD") != 0)
        return send_plain_error(con, rq,
                                strcmp(url, "/") == 0 || strcmp(url, "/healthz") == 0 ||
                                        strncmp(url, "/rules", 6) == 0
                                    ? MHD_HTTP_METHOD_NOT_ALLOWED
                                    : MHD_HTTP_NOT_FOUND,
                                JX_EUSAGE, CLI_M(S_METHOD), method);
    return get(con, rq, srv, url);
}

/* The log line of a finished request, and its memory released. */
static void completed(void *cls, struct MHD_Connection *con, void **con_cls,
                      enum MHD_RequestTerminationCode how)
{
    (void)con;
    server *srv = cls;
    request *rq = *con_cls;
    if (!rq)
        return;
    struct timespec end;
    clock_gettime(CLOCK_MONOTONIC, &end);
    long long us = (long long)(end.tv_sec - rq->start.tv_sec) * 1000000 +
                   (end.tv_nsec - rq->start.tv_nsec) / 1000;
    fprintf(stderr, "%s %s %u %zu %lld%s\n", rq->method, rq->path, rq->status, rq->bytes, us,
            how == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut)");
    free(rq->body.data);
    free(rq);
    *con_cls = NULL;
    atomic_fetch_sub(&srv->active, 1);
    /* glibc keeps what the threads freed in their arenas; after a burst of large bodies that is
     * memory no request holds. Every 1,024 requests it goes back to the system, so a server's
     * resident size is what it needs now, not the worst moment of its life. */
    if ((atomic_fetch_add(&srv->served, 1) + 1) % 1024 == 0)
        malloc_trim(0);
}

/* --listen HOST:PORT (an IPv4 address or "localhost"). */
static int parse_listen(struct sockaddr_in *sa, const char *text)
{
    const char *colon = strrchr(text, ':');
    char host[64];
    if (!colon || (size_t)(colon - text) >= sizeof host)
        return -1;
    memcpy(host, text, (size_t)(colon - text));
    host[colon - text] = '\0';
    char *end;
    unsigned long port = strtoul(colon + 1, &end, 10);
    if (!colon[1] || *end || port > 65535)
        return -1;
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    sa->sin_port = htons((uint16_t)port);
    if (strcmp(host, "localhost") == 0)
        strcpy(host, "127.0.0.1");
    return inet_pton(AF_INET, host[0] ? host : "0.0.0.0", &sa->sin_addr) == 1 ? 0 : -1;
}

static int number(size_t *out, const char *text, size_t lo, size_t hi)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || end == text || *end || text[0] == '-' || v < lo || v > hi)
        return -1;
    *out = (size_t)v;
    return 0;
}

static void free_rules(server *srv)
{
    for (size_t i = 0; i < srv->nbuiltins; i++)
        jx_rules_free(srv->builtins[i]);
    free(srv->builtins);
    jx_rules_free(srv->fixed);
}

int cmd_serve(int argc, char **argv)
{
    const char *listen = "127.0.0.1:8080", *rules = NULL;
    size_t threads = 4, max_body = (size_t)16 << 20;
    for (int i = 1; i < argc; i += 2) { /* every option takes a value */
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(CLI_UI(H_SERVE), stdout);
            return EXIT_DONE;
        }
        if (!v)
            return cli_usage("serve", CLI_M(U_SERVE_OPTION), a);
        if (strcmp(a, "--listen") == 0)
            listen = v;
        else if (strcmp(a, "--rules") == 0)
            rules = v;
        else if (strcmp(a, "--threads") == 0 && number(&threads, v, 1, 256) != 0)
            return cli_usage("serve", CLI_M(U_THREADS), v);
        else if (strcmp(a, "--max-body") == 0 && number(&max_body, v, 1, SIZE_MAX / 2) != 0)
            return cli_usage("serve", CLI_M(U_MAX_BODY), v);
        else if (strcmp(a, "--listen") != 0 && strcmp(a, "--rules") != 0 &&
                 strcmp(a, "--threads") != 0 && strcmp(a, "--max-body") != 0)
            return cli_usage("serve", CLI_M(U_UNKNOWN_OPTION), a);
    }
    struct sockaddr_in sa;
    if (parse_listen(&sa, listen) != 0)
        return cli_usage("serve", CLI_M(U_LISTEN), listen);

    server srv = {.max_body = max_body};
    while (jx_builtin_name(srv.nbuiltins))
        srv.nbuiltins++;
    srv.builtins = calloc(srv.nbuiltins + 1, sizeof *srv.builtins);
    if (!srv.builtins) {
        fputs(CLI_UI(C_NOMEM), stderr);
        return EXIT_BAD_INPUT;
    }
    for (size_t i = 0; i < srv.nbuiltins; i++) {
        jx_error err;
        if (jx_rules_builtin(&srv.builtins[i], jx_builtin_name(i), &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            free_rules(&srv);
            return EXIT_BAD_INPUT;
        }
    }
    if (rules && !builtin(&srv, rules) && cli_load_rules(&srv.fixed, rules, NULL) != 0) {
        free_rules(&srv);
        return EXIT_BAD_INPUT;
    }
    if (rules && !srv.fixed) { /* a built-in's name: that one is the default */
        jx_error err;
        if (jx_rules_builtin(&srv.fixed, rules, &err) != JX_OK) {
            cli_error(&err, NULL, 0);
            free_rules(&srv);
            return EXIT_BAD_INPUT;
        }
    }

    /* SIGTERM and SIGINT are waited for by this thread; the daemon's threads inherit the mask */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    if (pthread_sigmask(SIG_BLOCK, &stop, NULL) != 0 || signal(SIGPIPE, SIG_IGN) == SIG_ERR) {
        fputs(CLI_UI(C_SERVE_SIGNALS), stderr);
        free_rules(&srv);
        return EXIT_BAD_INPUT;
    }
    struct MHD_Daemon *d =
        MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ITC, 0, NULL, NULL, handle, &srv,
                         MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE,
                         (unsigned)threads, MHD_OPTION_NOTIFY_COMPLETED, completed, &srv,
                         MHD_OPTION_CONNECTION_TIMEOUT, 60u, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                         (size_t)(64 << 10), MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, CLI_UI(C_SERVE_LISTEN), listen,
                errno ? strerror(errno) : CLI_UI(C_SERVE_TAKEN));
        free_rules(&srv);
        return EXIT_BAD_INPUT;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char host[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.sin_addr, host, sizeof host);
    fprintf(stderr, CLI_UI(C_SERVE_LISTENING), host, info ? info->port : ntohs(sa.sin_port),
            threads, srv.fixed ? jx_rules_name(srv.fixed) : CLI_UI(C_SERVE_EACH_SHEET));
    int sig = 0;
    sigwait(&stop, &sig);
    /* no new connections; the requests in flight finish (up to a minute), then the daemon stops */
    MHD_quiesce_daemon(d);
    fprintf(stderr, CLI_UI(C_SERVE_FINISHING), sig == SIGINT ? "SIGINT" : "SIGTERM",
            atomic_load(&srv.active));
    for (int waited = 0; atomic_load(&srv.active) > 0 && waited < 6000; waited++)
        nanosleep(&(struct timespec){0, 10L * 1000 * 1000}, NULL);
    MHD_stop_daemon(d);
    free_rules(&srv);
    fputs(CLI_UI(C_SERVE_STOPPED), stderr);
    return EXIT_DONE;
}
