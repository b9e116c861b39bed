/*
 * bench_score.c - how fast jixiao loads and scores realistic sheets, through the public API.
 *
 * A seeded generator writes N sheets (10-14 indicators: about half ≥, 15% ≤, 15% =, 20% 定性;
 * integer points adding up to 90, a budget row of 10) as one multi-document YAML buffer. Then, each
 * measured as the median of 5 runs after a warm-up:
 *   load   jx_doc_load_buffer over the whole buffer   (MB/s, rows/s)
 *   score  jx_score over every loaded sheet            (rows/s, single thread)
 *   core   jx_score_columns over the same rows, pre-parsed into columns (rows/s, single thread)
 * One JSON line per case, with the machine, compiler and build type.
 *   libyaml-events  libyaml's bare event parse of the same YAML bytes (the YAML path's ceiling)
 *   bulk-*  `jixiao bulk --jobs 1|2` end to end on YAML, JSONL and CSV files of the same sheets,
 *           each with its ratio to Node's JSON.parse of the JSONL lines and to a bare line scan
 *   floor-cat, floor-line-scan  `cat` of the JSONL file, and memchr over its lines with a byte sum
 *   node-json-parse, node-plain-loop  (when `node` is on PATH) JSON.parse of every line, and a
 * plain JS loop scoring the parsed sheets in memory, beside which jx_score's rate is given Usage:
 * bench_score [SHEETS [JIXIAO [--rss | --write DIR]]]   (default 10000 sheets and the built CLI);
 * with --rss, only the peak RSS of `jixiao bulk` on SHEETS sheets of JSONL; with --write, only the
 * inputs written to DIR (in.yaml, in.jsonl, in.csv), for profiling.
 */
#define _DEFAULT_SOURCE
#include <jixiao.h>
#include <jixiao_forms.h>

#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

#ifndef JX_CLI
#define JX_CLI "jixiao"
#endif
#ifndef JX_BUILD_TYPE
#define JX_BUILD_TYPE "unknown"
#endif

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        b->cap = b->cap * 2 + 4096;
        b->p = realloc(b->p, b->cap);
    }
}

typedef struct gen_row {
    const char *level, *op, *unit, *actual_text;
    unsigned target, actual, frac;
    int points;
} gen_row;

/* One sheet's rows, drawn from the seeded generator. */
static int gen_sheet(gen_row *rows, unsigned *full, unsigned *cents, unsigned *executed)
{
    static const char *const levels[] = {"产出指标", "效益指标", "满意度指标"};
    static const char *const quals[] = {"优", "良", "中", "达成"};
    int n = 10 + (int)(next() % 5), left = 90;
    *full = 100 + next() % 900;
    *cents = next() % 100;
    *executed = 90 + next() % 900;
    for (int i = 0; i < n; i++) {
        gen_row *r = &rows[i];
        r->points = i == n - 1 ? left : 90 / n;
        left -= r->points;
        unsigned kind = next() % 100;
        r->target = 1 + next() % 500;
        r->actual = next() % 600;
        r->frac = next() % 10;
        r->level = levels[i * 3 / n];
        r->op = kind < 50 ? "≥" : kind < 65 ? "≤" : kind < 80 ? "=" : "定性";
        r->unit = kind < 50 ? "个" : kind < 65 ? "万元" : "";
        r->actual_text = kind >= 80 ? quals[next() % 4] : NULL;
    }
    return n;
}

/* The same seeded sheets as a YAML stream, JSONL and the long CSV form. */
static size_t generate(buf *y, buf *j, buf *c, size_t sheets)
{
    size_t rows = 0;
    rng = 0x9E3779B97F4A7C15ull;
    put(c, "sheet,kind,org,project,year,level1,name,op,target,unit,points,actual,reason,full_year,"
           "executed\n");
    for (size_t s = 0; s < sheets; s++) {
        gen_row r[14];
        unsigned full, cents, executed;
        int n = gen_sheet(r, &full, &cents, &executed);
        put(y, "---\norg: 单位%zu\nproject: 项目%zu\nyear: 2023\n", s % 97, s);
        put(y, "budget: {full_year: %u.%02u万元, executed: %u万元, points: 10}\nindicators:\n",
            full, cents, executed);
        put(j,
            "{\"org\": \"单位%zu\", \"project\": \"项目%zu\", \"year\": 2023, \"budget\": "
            "{\"full_year\": \"%u.%02u万元\", \"executed\": \"%u万元\", \"points\": 10}, "
            "\"indicators\": [",
            s % 97, s, full, cents, executed);
        for (int i = 0; i < n; i++) {
            char actual[32];
            if (r[i].actual_text)
                snprintf(actual, sizeof actual, "%s", r[i].actual_text);
            else if (r[i].unit[0] == '\xE4') /* 万元: a decimal actual */
                snprintf(actual, sizeof actual, "%u.%u", r[i].actual, r[i].frac);
            else
                snprintf(actual, sizeof actual, "%u", r[i].actual);
            const char *target = r[i].actual_text ? "优良中低差" : NULL;
            char t[16];
            snprintf(t, sizeof t, "%u", r[i].target);
            const char *reason = r[i].op[0] == '=' ? "说明" : "";
            put(y,
                "  - {level1: %s, name: 指标%d, op: %s, target: %s, unit: %s, points: %d, actual: "
                "%s%s%s}\n",
                r[i].level, i, r[i].op, target ? target : t, r[i].unit[0] ? r[i].unit : "\"\"",
                r[i].points, actual, reason[0] ? ", reason: " : "", reason);
            put(j,
                "%s{\"level1\": \"%s\", \"name\": \"指标%d\", \"op\": \"%s\", \"target\": \"%s\", "
                "\"unit\": \"%s\", \"points\": %d, \"actual\": \"%s\"%s%s%s}",
                i ? ", " : "", r[i].level, i, r[i].op, target ? target : t, r[i].unit, r[i].points,
                actual, reason[0] ? ", \"reason\": \"" : "", reason, reason[0] ? "\"" : "");
            put(c, "%zu,,%s,%s,%s,%s,指标%d,%s,%s,%s,%d,%s,%s,,\n", s, i ? "" : "单位",
                i ? "" : "项目", i ? "" : "2023", r[i].level, i, r[i].op, target ? target : t,
                r[i].unit, r[i].points, actual, reason);
            rows++;
        }
        put(j, "]}\n");
        put(c, "%zu,budget,,,,,,,,,10,,,%u.%02u万元,%u万元\n", s, full, cents, executed);
    }
    return rows;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp);
    return v[n / 2];
}

/* Writes a buffer to a file under dir. */
static void save(const char *dir, const char *name, const buf *b, char *path, size_t size)
{
    snprintf(path, size, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->p, 1, b->len, f) != b->len || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

/* A forked child starts with its parent's resident pages, and Linux keeps that high-water mark
 * across exec: a small spawner, forked before the big buffers exist, runs the commands instead, so
 * the peak RSS reported is jixiao's own. */
static int to_spawner[2], from_spawner[2];

typedef struct spawn_req {
    char cli[256], file[256];
    int jobs;
} spawn_req;

typedef struct spawn_res {
    double seconds;
    long rss_kib;
    int status;
} spawn_res;

static void spawner(void)
{
    spawn_req q;
    while (read(to_spawner[0], &q, sizeof q) == (ssize_t)sizeof q) {
        char j[16];
        snprintf(j, sizeof j, "%d", q.jobs);
        double t0 = now();
        pid_t pid = fork();
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
            execl(q.cli, q.cli, "bulk", "--jobs", j, q.file, (char *)NULL);
            _exit(127);
        }
        spawn_res r = {0, 0, 0};
        struct rusage ru;
        wait4(pid, &r.status, 0, &ru);
        r.seconds = now() - t0;
        r.rss_kib = ru.ru_maxrss;
        if (write(from_spawner[1], &r, sizeof r) != (ssize_t)sizeof r)
            _exit(1);
    }
    _exit(0);
}

static void start_spawner(void)
{
    if (pipe(to_spawner) || pipe(from_spawner))
        exit(1);
    if (fork() == 0) {
        close(to_spawner[1]); /* so that the spawner sees the end when the bench exits */
        close(from_spawner[0]);
        spawner();
    }
    close(to_spawner[0]);
    close(from_spawner[1]);
}

/* Runs `jixiao bulk --jobs N FILE > /dev/null`; returns the wall time, sets the peak RSS (KiB). */
static double run_bulk(const char *cli, const char *file, int jobs, long *rss_kib)
{
    spawn_req q;
    memset(&q, 0, sizeof q);
    snprintf(q.cli, sizeof q.cli, "%s", cli);
    snprintf(q.file, sizeof q.file, "%s", file);
    q.jobs = jobs;
    spawn_res r;
    if (write(to_spawner[1], &q, sizeof q) != (ssize_t)sizeof q ||
        read(from_spawner[0], &r, sizeof r) != (ssize_t)sizeof r)
        exit(1);
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0) {
        fprintf(stderr, "%s bulk %s: exit %d\n", cli, file, WEXITSTATUS(r.status));
        exit(1);
    }
    *rss_kib = r.rss_kib;
    return r.seconds;
}

/* libyaml's bare event parse of the same bytes: the ceiling of the YAML path. */
static double yaml_events(const buf *y)
{
    yaml_parser_t p;
    yaml_event_t ev;
    double t0 = now();
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)y->p, y->len);
    for (int done = 0; !done;) {
        if (!yaml_parser_parse(&p, &ev))
            exit(1);
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&p);
    return now() - t0;
}

/* The floors a stream reader can be held against, on the JSONL file: `cat` to /dev/null, and a
 * line scan in this process (memchr over the lines, a byte sum over each); rows/s. */
static double floor_cat(const char *path)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cat '%s' > /dev/null", path);
    double t0 = now();
    if (system(cmd) != 0)
        return -1;
    return now() - t0;
}

static double floor_scan(const buf *b, size_t *lines)
{
    double t0 = now();
    unsigned sum = 0;
    *lines = 0;
    for (const char *p = b->p, *end = b->p + b->len; p < end; (*lines)++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        for (; p < nl; p++)
            sum += (unsigned char)*p;
        p = nl + 1;
    }
    double t = now() - t0;
    return sum ? t : t; /* the sum keeps the loop */
}

/* Node, when present: JSON.parse of every line (the parse alone, timed inside node), and a plain
 * hand-written loop scoring the parsed sheets in memory (≥ ≤ = as ratios capped at 1, 定性 words
 * as fixed credits; timed alone). Seconds of each, median of 5 inside node; -1 without node. */
static const char node_script[] =
    "const d=require('fs').readFileSync(process.argv[1],'utf8').split('\\n');d.pop();"
    "const med=a=>a.sort((x,y)=>x-y)[2];const T=()=>Number(process.hrtime.bigint())/1e9;"
    "let ps=[],ls=[],sheets;for(let r=0;r<5;r++){let t=T();sheets=d.map(l=>JSON.parse(l));"
    "ps.push(T()-t);}"
    "const q={'优':1,'良':0.8,'中':0.6,'低':0.4,'差':0.2};"
    "const num=s=>parseFloat(s);let tot=0;"
    "for(let r=0;r<5;r++){let t=T();tot=0;for(const s of sheets){let sum=0;"
    "for(const i of s.indicators){const p=i.points,a=num(i.actual),g=num(i.target);let c;"
    "if(i.op==='定性')c=q[i.actual[0]]||0;else if(i.op==='≤')c=a<=g?1:g/a;"
    "else if(i.op==='=')c=a===g?1:0;else c=a>=g?1:a/g;"
    "sum+=Math.round(c*p*100)/100;}tot+=sum;}ls.push(T()-t);}"
    "console.log(med(ps),med(ls),tot>0?1:0);";

static int node_times(const char *path, double *parse, double *loop)
{
    char cmd[4096];
    *parse = *loop = -1;
    if (system("node --version > /dev/null 2>&1") != 0)
        return -1;
    snprintf(cmd, sizeof cmd, "node -e \"%s\" '%s'", node_script, path);
    FILE *f = popen(cmd, "r");
    int ok = 0;
    if (f) {
        ok = fscanf(f, "%lf %lf", parse, loop) == 2;
        ok &= pclose(f) == 0;
    }
    return ok ? 0 : -1;
}

int main(int argc, char **argv)
{
    size_t sheets = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 10000;
    const char *cli = argc > 2 ? argv[2] : JX_CLI;
    start_spawner();
    buf b = {malloc(1 << 20), 0, 1 << 20}, jl = {malloc(1 << 20), 0, 1 << 20},
        csv = {malloc(1 << 20), 0, 1 << 20};
    size_t rows = generate(&b, &jl, &csv, sheets);
    if (argc > 3 && strcmp(argv[3], "--write") == 0 && argc > 4) { /* the inputs, for profiling */
        char path[512];
        save(argv[4], "in.yaml", &b, path, sizeof path);
        save(argv[4], "in.jsonl", &jl, path, sizeof path);
        save(argv[4], "in.csv", &csv, path, sizeof path);
        printf("%zu sheets, %zu rows written to %s/in.{yaml,jsonl,csv}\n", sheets, rows, argv[4]);
        return 0;
    }
    if (argc > 3 && strcmp(argv[3], "--rss") == 0) { /* peak RSS of jixiao bulk on JSONL only */
        char dir[] = "/tmp/jx_bench_XXXXXX", path[256];
        if (!mkdtemp(dir))
            return 1;
        save(dir, "in.jsonl", &jl, path, sizeof path);
        long rss;
        double t = run_bulk(cli, path, 1, &rss);
        printf("{\"case\": \"bulk-rss\", \"sheets\": %zu, \"rows\": %zu, \"bytes\": %zu, "
               "\"seconds\": %.2f, \"peak_rss_kib\": %ld}\n",
               sheets, rows, jl.len, t, rss);
        remove(path);
        rmdir(dir);
        return 0;
    }
    jx_load_options o = JX_LOAD_OPTIONS_INIT;
    o.max_bytes = b.len + 1;
    o.max_nodes = (size_t)-1;
    jx_rules *rules;
    jx_error err;
    if (jx_rules_builtin(&rules, "mof2020", &err) != JX_OK)
        return 1;
    struct utsname u;
    uname(&u);
    char meta[256];
    snprintf(meta, sizeof meta,
             "\"machine\": \"%s %s\", \"compiler\": \"%s\", \"build\": \"%s\", \"sheets\": %zu, "
             "\"rows\": %zu, \"bytes\": %zu",
             u.sysname, u.machine, __VERSION__, JX_BUILD_TYPE, sheets, rows, b.len);

    enum { RUNS = 5 };
    double load[RUNS], score[RUNS];
    jx_doc *doc = NULL;
    for (int r = -1; r < RUNS; r++) { /* run -1 warms up */
        jx_doc_free(doc);
        double t0 = now();
        if (jx_doc_load_buffer(&doc, b.p, b.len, "bench", &o, &err) != JX_OK) {
            fprintf(stderr, "bench:%zu:%zu: %s\n", err.line, err.column, err.message);
            return 1;
        }
        double t1 = now();
        int64_t check = 0;
        for (size_t i = 0; i < jx_doc_count(doc); i++) {
            jx_result *res;
            if (jx_score(&res, rules, jx_doc_sheet(doc, i), &err) != JX_OK) {
                fprintf(stderr, "score: %s\n", err.message);
                return 1;
            }
            check += jx_result_total(res);
            jx_result_free(res);
        }
        double t2 = now();
        if (r >= 0) {
            load[r] = t1 - t0;
            score[r] = t2 - t1;
        }
        if (check == 0)
            return 1;
    }
    double lt = median(load, RUNS), st = median(score, RUNS);
    double ye[RUNS];
    for (int r = -1; r < RUNS; r++) {
        double t = yaml_events(&b);
        if (r >= 0)
            ye[r] = t;
    }
    double yt = median(ye, RUNS);
    printf("{\"case\": \"libyaml-events\", %s, \"seconds\": %.4f, \"mb_per_s\": %.1f}\n", meta, yt,
           (double)b.len / yt / 1e6);
    printf("{\"case\": \"load-yaml\", %s, \"seconds\": %.4f, \"mb_per_s\": %.1f, \"rows_per_s\": "
           "%.0f}\n",
           meta, lt, (double)b.len / lt / 1e6, (double)rows / lt);
    printf("{\"case\": \"score\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta, st,
           (double)rows / st);
    /* the same workload as columns: the core rate, with no parsing and no results */
    size_t n = rows;
    uint8_t *kind = malloc(n);
    int64_t *target = malloc(n * sizeof *target), *actual = malloc(n * sizeof *actual);
    int64_t *points = malloc(n * sizeof *points), *scores = malloc(n * sizeof *scores);
    rng = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < n; i++) {
        unsigned k = next() % 100;
        kind[i] = k < 50 ? JX_ROW_GE : k < 65 ? JX_ROW_LE : k < 80 ? JX_ROW_EQ : JX_ROW_QUAL;
        target[i] = (int64_t)(1 + next() % 500) * 1000000;
        actual[i] = kind[i] == JX_ROW_QUAL ? (int64_t)(next() % 5 + 1) * 200000
                                           : (int64_t)(next() % 600) * 1000000;
        points[i] = (int64_t)(1 + next() % 15) * 100;
    }
    jx_columns cols = {n, kind, target, NULL, actual, points};
    double core[RUNS];
    for (int r = -1; r < RUNS; r++) {
        double t0 = now();
        if (jx_score_columns(scores, NULL, rules, &cols, &err) != JX_OK) {
            fprintf(stderr, "columns: %s\n", err.message);
            return 1;
        }
        if (r >= 0)
            core[r] = now() - t0;
    }
    double ct = median(core, RUNS);
    printf("{\"case\": \"core-columns\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta, ct,
           (double)n / ct);
    /* the forms as people have them: up to 1,000 sheets written as one workbook, read back */
    char dir[] = "/tmp/jx_bench_XXXXXX", paths[3][256];
    if (!mkdtemp(dir))
        return 1;
    size_t nx = jx_doc_count(doc) < 1000 ? jx_doc_count(doc) : 1000, xrows = 0;
    jx_result **rs = calloc(nx, sizeof *rs);
    for (size_t i = 0; rs && i < nx; i++) {
        if (jx_score(&rs[i], rules, jx_doc_sheet(doc, i), &err) != JX_OK)
            return 1;
        xrows += jx_result_count(rs[i]);
    }
    char xpath[300];
    snprintf(xpath, sizeof xpath, "%s/forms.xlsx", dir);
    double wx[RUNS], rx[RUNS];
    jx_load_options xo = JX_LOAD_OPTIONS_INIT;
    xo.max_bytes = (size_t)1 << 30;
    for (int r = -1; r < RUNS; r++) {
        double t0 = now();
        if (jx_results_write_xlsx((const jx_result *const *)rs, nx, xpath, &err) != JX_OK) {
            fprintf(stderr, "xlsx: %s\n", err.message);
            return 1;
        }
        double t1 = now();
        jx_doc *back;
        if (jx_forms_load_file(&back, xpath, &xo, &err) != JX_OK || jx_doc_count(back) != nx) {
            fprintf(stderr, "xlsx import: %s\n", err.message);
            return 1;
        }
        double t2 = now();
        jx_doc_free(back);
        if (r >= 0) {
            wx[r] = t1 - t0;
            rx[r] = t2 - t1;
        }
    }
    struct stat xs;
    long xbytes = stat(xpath, &xs) == 0 ? (long)xs.st_size : 0;
    double wt = median(wx, RUNS), rt = median(rx, RUNS);
    printf(
        "{\"case\": \"xlsx-export\", %s, \"forms\": %zu, \"form_rows\": %zu, \"xlsx_bytes\": %ld, "
        "\"seconds\": %.4f, \"forms_per_s\": %.0f, \"rows_per_s\": %.0f}\n",
        meta, nx, xrows, xbytes, wt, (double)nx / wt, (double)xrows / wt);
    printf(
        "{\"case\": \"xlsx-import\", %s, \"forms\": %zu, \"form_rows\": %zu, \"xlsx_bytes\": %ld, "
        "\"seconds\": %.4f, \"forms_per_s\": %.0f, \"rows_per_s\": %.0f}\n",
        meta, nx, xrows, xbytes, rt, (double)nx / rt, (double)xrows / rt);
    remove(xpath);
    for (size_t i = 0; rs && i < nx; i++)
        jx_result_free(rs[i]);
    free(rs);
    /* end to end: jixiao bulk on each format, 1 and 2 jobs, output to /dev/null, beside the
     * floors of the JSONL file and Node's parse of it, as ratios */
    const buf *ins[3] = {&b, &jl, &csv};
    const char *names[3] = {"in.yaml", "in.jsonl", "in.csv"};
    save(dir, names[1], &jl, paths[1], sizeof paths[1]);
    double fc[RUNS], fs[RUNS], np = -1, nl = -1;
    size_t lines = 0;
    for (int r = 0; r < RUNS; r++) {
        fc[r] = floor_cat(paths[1]);
        fs[r] = floor_scan(&jl, &lines);
    }
    double cat_t = median(fc, RUNS), scan_t = median(fs, RUNS);
    int have_node = node_times(paths[1], &np, &nl) == 0;
    printf("{\"case\": \"floor-cat\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta, cat_t,
           (double)rows / cat_t);
    printf("{\"case\": \"floor-line-scan\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n", meta,
           scan_t, (double)rows / scan_t);
    if (have_node) {
        printf("{\"case\": \"node-json-parse\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f}\n",
               meta, np, (double)rows / np);
        printf("{\"case\": \"node-plain-loop\", %s, \"seconds\": %.4f, \"rows_per_s\": %.0f, "
               "\"jx_score_ratio\": %.2f}\n",
               meta, nl, (double)rows / nl, nl / st);
    }
    for (int f = 0; f < 3; f++) {
        save(dir, names[f], ins[f], paths[f], sizeof paths[f]);
        for (int jobs = 1; jobs <= 2; jobs++) {
            double bt[RUNS];
            long rss = 0;
            for (int r = -1; r < RUNS; r++) {
                double t = run_bulk(cli, paths[f], jobs, &rss);
                if (r >= 0)
                    bt[r] = t;
            }
            double t = median(bt, RUNS);
            printf("{\"case\": \"bulk-%s\", \"jobs\": %d, %s, \"input_bytes\": %zu, \"seconds\": "
                   "%.4f, \"mb_per_s\": %.1f, \"rows_per_s\": %.0f, \"peak_rss_kib\": %ld, "
                   "\"x_node_parse\": %.2f, \"x_line_scan\": %.3f}\n",
                   names[f] + 3, jobs, meta, ins[f]->len, t, (double)ins[f]->len / t / 1e6,
                   (double)rows / t, rss, have_node ? np / t : 0.0, scan_t / t);
        }
        remove(paths[f]);
    }
    rmdir(dir);
    free(jl.p);
    free(csv.p);
    free(kind);
    free(target);
    free(actual);
    free(points);
    free(scores);
    jx_doc_free(doc);
    jx_rules_free(rules);
    free(b.p);
    return 0;
}
