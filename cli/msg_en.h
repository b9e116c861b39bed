/* msg_en.h - the command's own English texts (the library's are engine/msg_en.h); msg_zh.h holds
 * the same names in Chinese, with the same conversions in the same order. */
#ifndef JX_CLI_MSG_EN_H
#define JX_CLI_MSG_EN_H

#define EN_A_HEAD_RULES " · rules %s: "
#define EN_A_FINDINGS   "%zu finding%s, %zu error%s\n"

/* ---- messages, usage errors and the server's own errors ---- */
#define EN_C_ERROR               "%s: error: "
#define EN_C_PATH                "%s: "
#define EN_C_PATH_SEP            ": "
#define EN_C_USAGE_HEAD          "jixiao%s%s: "
#define EN_C_USAGE_TAIL          "\nTry 'jixiao %s%s--help'.\n"
#define EN_C_REFUSED             "%s: error: %s%s%s (%s, --strict"
#define EN_C_REFUSED_END         ")\n"
#define EN_C_CANNOT_WRITE_OUTPUT "jixiao: error: cannot write the output: %s\n"
#define EN_C_WRITE_FAILED        "a write failed"
#define EN_C_CANNOT_WRITE_OUT    "jixiao: error: cannot write the output\n"
#define EN_C_CANNOT_WRITE        "%s: error: cannot write: %s\n"
#define EN_C_CANNOT_READ_DIR     "%s: error: cannot read the directory\n"
#define EN_C_NOMEM               "jixiao: error: out of memory\n"
#define EN_C_NOMEM_TEXT          "out of memory"
#define EN_C_CHECK_RULES_OK      "%s: ok (rule set %s)\n"
#define EN_C_CHECK_OK            "%s: ok (%zu sheet%s, %zu indicators, %zu warning%s)\n"
#define EN_C_BULK_CANNOT_OPEN    "%s: error: cannot open\n"
#define EN_C_BULK_FORM                                                                             \
    "%s: error: a form, not a stream of sheets: score it with jixiao score, or jixiao import it "  \
    "to YAML for bulk\n"
#define EN_C_BULK_NOT_SHEETS "%s: error: not a sheet format (yaml, jsonl, csv)\n"
#define EN_C_BULK_NOMEM      "jixiao bulk: out of memory\n"
#define EN_C_BULK_COUNTS     "%zu scored, %zu skipped, %zu read%s\n"
#define EN_C_STOP_SIGINT     " (stopped by SIGINT)"
#define EN_C_STOP_SIGTERM    " (stopped by SIGTERM)"
#define EN_C_STOP_NOMEM      " (stopped: out of memory)"
#define EN_C_STOP_READ       " (stopped: a read failed)"
#define EN_C_STOP_WRITE      " (stopped: the output cannot be written)"
#define EN_C_STOP_STRICT     " (stopped at the first bad record: --strict)"
#define EN_C_BULK_CUT        "%s:%zu: error: the input cannot be read further\n"
#define EN_C_BULK_JOBS_NOMEM "jixiao bulk: out of memory for %d jobs: going on with 1\n"
#define EN_C_BULK_JOBS_START "jixiao bulk: cannot start %d jobs: going on with 1\n"
#define EN_C_BULK_JOBS_SOME  "jixiao bulk: %d of %d workers could start: going on with %d\n"
#define EN_C_IMPORTED        "%s# imported by jixiao from %s\n"
#define EN_C_DIFF_SHEET      ": %s → %s (%s), %s → %s\n"
#define EN_C_DIFF_ROW        "  [%zu] %s: %s → %s (%s)\n"
#define EN_C_DIFF_BUDGET     "  [budget]: %s → %s (%s)\n"
#define EN_C_DIFF_SUMMARY                                                                           \
    "%s → %s: %zu sheet%s scored, %zu changed, %zu changed grade (%zu up, %zu down), mean shift " \
    "%s\n"
#define EN_C_DIFF_LARGEST     "largest moves:\n"
#define EN_C_DIFF_FAILED      "%zu sheet%s could not be scored\n"
#define EN_C_REPORT_NOMEM     "jixiao report: error: out of memory\n"
#define EN_C_REPORT_FAILED    "%zu of %zu files or sheets failed: see the end of the report\n"
#define EN_C_TEST_REWRITE     "%s: error: cannot rewrite the expectations\n"
#define EN_C_TEST_LINE        "%s:%zu: %s: %.*s\n"
#define EN_C_TEST_UPDATED     "%s: updated %zu case%s\n"
#define EN_C_TEST_NONE        "jixiao test: no case files (*.case.yaml) found\n"
#define EN_C_TEST_COUNTS      "%zu passed, %zu failed\n"
#define EN_C_SERVE_SIGNALS    "jixiao serve: error: cannot set up its signals\n"
#define EN_C_SERVE_LISTEN     "jixiao serve: error: cannot listen on %s: %s\n"
#define EN_C_SERVE_TAKEN      "the address is taken or not this machine's"
#define EN_C_SERVE_LISTENING  "jixiao serve: listening on http://%s:%u/ (%zu threads, rules %s)\n"
#define EN_C_SERVE_EACH_SHEET "of each sheet, else mof2020"
#define EN_C_SERVE_FINISHING  "jixiao serve: %s: finishing %zu request(s) in flight\n"
#define EN_C_SERVE_STOPPED    "jixiao serve: stopped\n"
#define EN_U_NEEDS_VALUE      "%s needs a value"
#define EN_U_UNKNOWN_OPTION   "unknown option '%s'"
#define EN_U_LANG             "--lang takes zh or en, not '%s'"
#define EN_U_NO_COMMAND                                                                            \
    "a command is required (score, explain, check, rules, audit, diff, test, bulk, import, "       \
    "report, serve)"
#define EN_U_UNKNOWN_COMMAND  "unknown command '%s'"
#define EN_U_FORMAT_TEXT_JSON "unknown format '%s' (text, json)"
#define EN_U_FORMAT_SCORE     "unknown format '%s' (text, json, csv, md, html, xlsx)"
#define EN_U_FORMAT_DIFF      "unknown format '%s' (text, json, csv)"
#define EN_U_FORMAT_REPORT    "unknown format '%s' (text, csv, json, html, xlsx)"
#define EN_U_FORMAT_BULK      "unknown format '%s' (jsonl, csv)"
#define EN_U_SUMMARY          "unknown summary '%s' (text, json)"
#define EN_U_INPUT            "unknown input '%s' (yaml, jsonl, csv)"
#define EN_U_JOBS             "--jobs takes 1 to %d"
#define EN_U_NO_FILE          "no FILE given (- reads stdin)"
#define EN_U_NO_INPUT         "no INPUT given (- reads stdin)"
#define EN_U_NO_FILE_DIR      "no FILE or DIR given"
#define EN_U_NO_CASES         "no CASES given (case files or directories)"
#define EN_U_NOTHING_TO_CHECK "nothing to check: give FILEs and/or --rules FILE"
#define EN_U_XLSX_OUTPUT      "--format xlsx writes a workbook: give it a file with -o OUT.xlsx"
#define EN_U_FROM_TO          "both --from RULES and --to RULES are required"
#define EN_U_RULES_ARG        "unknown argument '%s'"
#define EN_U_RULES_SHOW       "show takes one NAME or FILE"
#define EN_U_SERVE_OPTION     "unknown option or missing value: '%s'"
#define EN_U_THREADS          "--threads takes a number from 1 to 256, not '%s'"
#define EN_U_MAX_BODY         "--max-body takes a number of bytes, not '%s'"
#define EN_U_LISTEN           "--listen takes HOST:PORT (127.0.0.1:8080), not '%s'"
#define EN_C_RECORD_SIZE                                                                           \
    "%s:%zu:1: error: a sheet of %zu bytes; the limit is %zu (record %zu, skipped)\n"
#define EN_C_SKIPPED        "%s:%zu:%zu: error: %s%s%s (record %zu, skipped)\n"
#define EN_C_REFUSED_RECORD "%s; record %zu, skipped)\n"
#define EN_S_MULTIPART      "a multipart body needs a `file` field with the form"
#define EN_S_FORMAT         "unknown format '%.100s' (json, text, csv, md, html, xlsx)"
#define EN_S_LANG           "unknown language '%.20s' (zh, en)"
#define EN_S_RULES          "unknown rule set '%.100s' (GET /rules lists them)"
#define EN_S_NO_RULE_FILE                                                                          \
    "the sheet names rule set '%.200s'; this server has the built-ins (GET /rules) and reads no "  \
    "rule file a request names: pick one with ?rules=NAME"
#define EN_S_NOT_FOUND "no such resource: %.200s"
#define EN_S_TOO_LARGE "the body is larger than this server's --max-body (%zu bytes)"
#define EN_S_POST_ONLY "%s takes POST with a sheet or form as its body"
#define EN_S_METHOD    "%s is not served"

/* ---- help (--help of each command): a literal per line, as printed ---- */
/* clang-format off */
#define EN_H_MAIN \
    "usage: jixiao <command> [options] [FILE...]\n" \
    "\n" \
    "Scores 绩效自评表 (performance self-evaluation sheets) under a rule set.\n" \
    "\n" \
    "commands:\n" \
    "  score    score sheets and print the table (text, json, csv, md, html, xlsx)\n" \
    "  explain  show the derivation of every row, the budget row, the sum and the grade\n" \
    "  check    load and validate sheets and rule files without printing scores\n" \
    "  rules    list the built-in rule sets, or show one as YAML\n" \
    "  audit    check the scores a filled form claims, and classify every disagreement\n" \
    "  diff     score sheets under two rule sets and report what a rule change moves\n" \
    "  test     run rule regression cases: expected totals, grades, rows, warnings, errors\n" \
    "  bulk     score streams of many sheets (YAML, JSONL, CSV, folders) with a summary\n" \
    "  import   read forms from Excel, CSV/TSV or pasted Word tables and write them as YAML\n" \
    "  report   a row per sheet of a folder of forms, grouped by org, failures included\n" \
    "  serve    score, explain and audit over HTTP, with an upload page\n" \
    "\n" \
    "options: --help (on every command), --version, --lang zh|en (the language it writes in)\n" \
    "exit status: 0 done (warnings allowed), 1 bad input, 2 usage\n"
#define EN_H_SCORE \
    "usage: jixiao score [--rules NAME|FILE] [--format FMT] [--lang zh|en] [-o OUT] FILE...\n" \
    "\n" \
    "Scores every sheet of every FILE (- reads stdin) and prints the table: indicators with\n" \
    "their target, actual, points, score and status, the budget row, 总分 and 等级, then warnings.\n" \
    "\n" \
    "  --rules NAME|FILE  rule set to use: a built-in (jixiao rules) or a YAML file; default: the\n" \
    "                     sheet's own `rules:`, else mof2020\n" \
    "  --format FMT       text (default), json (an object per sheet, an array for several),\n" \
    "                     csv (a row per indicator), md (Markdown), html (a self-contained\n" \
    "                     report: gauge, bars, warnings, explanations; an overview for several\n" \
    "                     sheets), xlsx (the filled official form, a worksheet per sheet; needs -o)\n" \
    "  --lang zh|en       the language of statuses, explanations, findings and headings: text,\n" \
    "                     md, html and xlsx (the official form) are Chinese unless en is asked\n" \
    "                     for; json and csv keep their keys and codes and follow\n" \
    "                     LC_ALL/LC_MESSAGES/LANG (zh_* is Chinese)\n" \
    "  -o, --output FILE  write to FILE instead of stdout\n" \
    "\n" \
    "FILE is YAML, or a form as people have it: .xlsx, .csv/.tsv, pasted Word tables (.txt);\n" \
    "see jixiao import --help.\n"
#define EN_H_EXPLAIN \
    "usage: jixiao explain [--rules NAME|FILE] [--format text|json] [--lang zh|en] [-o OUT] FILE...\n" \
    "\n" \
    "Shows for every row the derivation with its numbers (442 ≥ 130 → met → 10.00), the budget\n" \
    "row, the sum and the grade band. --format json prints score's JSON, whose rows and budget\n" \
    "carry their derivations in `explain`. The text is Chinese unless --lang en.\n"
#define EN_H_CHECK \
    "usage: jixiao check [--rules NAME|FILE] [--strict] [FILE...]\n" \
    "\n" \
    "Loads and validates sheets (and with --rules, a rule file) without printing scores. Each\n" \
    "sheet is checked under its rule set too, so words the rules must read are checked as well.\n" \
    "A form that can be read but disagrees with itself passes with its warnings counted; with\n" \
    "--strict every finding of severity warning or error (the rule set's audit.severity) refuses\n" \
    "the sheet and is printed as an error at its place: no guess and no disagreement passes.\n"
#define EN_H_AUDIT \
    "usage: jixiao audit [--rules NAME|FILE] [--format text|json] [--lang zh|en] FILE...\n" \
    "\n" \
    "Recomputes every sheet and reports each disagreement with what the form prints (得分, 执行率,\n" \
    "总分, 等级) and each gap a reviewer must see, as findings with a class and a severity:\n" \
    "rounding, deduction-without-reason, unsupported-score, rate-mismatch, sum-mismatch,\n" \
    "grade-mismatch, weights-do-not-add-up, over-target-without-reason, shortfall-without-reason,\n" \
    "execution-below-90-without-reason, actual-looks-like-ratio, qualitative-score-outside-tier.\n" \
    "Text groups findings per sheet; json prints one object per finding. Exit 1 on an error.\n" \
    "The findings' messages are Chinese in text unless --lang en; json follows the locale.\n"
#define EN_H_BULK \
    "usage: jixiao bulk [--rules NAME|FILE] [--jobs N] [--format jsonl|csv] [--rows]\n" \
    "                   [--summary text|json] [--strict] [--input yaml|jsonl|csv] [--lang zh|en]\n" \
    "                   INPUT...\n" \
    "\n" \
    "Scores every sheet of every INPUT: a directory (the .yaml, .yml, .jsonl and .csv files below\n" \
    "it), a multi-document YAML stream, a JSONL stream (one sheet per line), or the long CSV form\n" \
    "(a row per indicator and per budget block, a `sheet` column grouping them); - reads stdin\n" \
    "(--input names its kind; else it is guessed from the first byte). Writes one record per\n" \
    "sheet, in input order whatever --jobs is: id (input#record), input, record, line, org,\n" \
    "project, total, grade, budget score, warning count (--rows adds the row scores).\n" \
    "\n" \
    "A bad record is reported with its place and skipped; with --strict a sheet with a finding of\n" \
    "severity warning or error is bad too (each finding printed at its place), and the run stops\n" \
    "at the first bad record. The counts end the run on stderr, 'N scored, N skipped, N read',\n" \
    "scored + skipped = read; a record is a JSONL line, a YAML document or a CSV sheet, and blank\n" \
    "lines and YAML documents holding only comments are none, so they are not counted. Exit 1\n" \
    "when any record was skipped. --summary prints statistics of the totals, the grades, the row\n" \
    "statuses and the most common warnings instead of the records (with --format too: both);\n" \
    "its text is Chinese unless --lang en, its JSON keeps its keys.\n" \
    "SIGTERM or SIGINT stops the run at a record boundary: what was written is a prefix of whole\n" \
    "records.\n"
#define EN_H_DIFF \
    "usage: jixiao diff --from RULES --to RULES [--format text|json|csv] FILE|DIR...\n" \
    "\n" \
    "Scores every sheet (a directory stands for the .yaml files below it) under both rule sets\n" \
    "and reports each sheet whose score moves: total and grade before and after, and the rows\n" \
    "that moved; then how many sheets changed grade (up or down), the largest moves and the mean\n" \
    "shift over all sheets.\n"
#define EN_H_TEST \
    "usage: jixiao test [--rules NAME|FILE] [--update] CASES...\n" \
    "\n" \
    "Runs rule regression cases: case files, or directories searched for *.case.yaml. A case\n" \
    "names a sheet (a path or inline), the rules, and what must come out: total, grade, budget,\n" \
    "rows, warnings, or an error with its line and column (docs/cases.md). --rules runs every\n" \
    "case under that rule set instead. --update rewrites the expectations of failing cases from\n" \
    "the current results. Exit 1 when a case fails.\n"
#define EN_H_IMPORT \
    "usage: jixiao import [-o OUT.yaml] FILE...\n" \
    "\n" \
    "Reads 绩效自评表 forms and writes them as YAML sheets (a document each) to OUT.yaml or\n" \
    "stdout. FILE is an Excel workbook (.xlsx: every worksheet with a form), CSV or TSV laid out as\n" \
    "the printed form (UTF-8, UTF-8 with BOM, UTF-16 or GB18030), a table pasted out of Word\n" \
    "(.txt: a cell per line after a tab, rows split by blank lines), or YAML. The header row is\n" \
    "found by its titles (三级指标, 指标性质, 年度指标值, 实际完成值, 分值, 得分, ...), so column order\n" \
    "and extra columns do not matter; merged 一级/二级 cells carry down. An error names the cell.\n" \
    "\n" \
    "  -o, --output FILE  write the YAML to FILE instead of stdout\n"
#define EN_H_REPORT \
    "usage: jixiao report [--rules NAME|FILE] [--format text|csv|json|html|xlsx] [--lang zh|en]\n" \
    "                     [-o OUT] FILE|DIR...\n" \
    "\n" \
    "Scores every sheet of every FILE (a directory: every .yaml, .yml, .jsonl, .csv, .tsv, .txt,\n" \
    ".xlsx and .xlsm below it) and prints one row per sheet: source, sheet, org, project, year,\n" \
    "total, max (the points the sheet carries), grade, printed_total, printed_grade (what the\n" \
    "form printed), findings (the audit's), status (scored or failed) and message (a failed\n" \
    "file's error, at its place). text, html and xlsx group the rows by org with a subtotal line\n" \
    "each (sheets, mean, min, max, count per grade) and list the failures last, never dropping\n" \
    "one; csv and json give the rows in the order read. Exit 1 when a file failed.\n" \
    "\n" \
    "  --rules NAME|FILE  rule set for every sheet; default: each sheet's own `rules:`, else\n" \
    "                     mof2020\n" \
    "  --format FMT       text (default), csv, json, html (a self-contained page), xlsx (needs -o)\n" \
    "  --lang zh|en       text, html and xlsx are Chinese unless en is asked for;\n" \
    "                     csv and json keep their column names and codes\n" \
    "  -o, --output FILE  write to FILE instead of stdout\n"
#define EN_H_RULES \
    "usage: jixiao rules [show NAME|FILE]\n" \
    "\n" \
    "Lists the built-in rule sets, or prints one (or a rule file, checked first) as YAML.\n"
#define EN_H_SERVE \
    "usage: jixiao serve [--listen HOST:PORT] [--rules NAME|FILE] [--threads N]\n" \
    "                    [--max-body BYTES]\n" \
    "\n" \
    "Serves scoring over HTTP/1.1 until SIGTERM or SIGINT, which finish the requests in flight.\n" \
    "\n" \
    "  POST /score, /explain, /audit   the body is a sheet or form: YAML, JSON, JSONL, an .xlsx\n" \
    "        form, a CSV or pasted table (by Content-Type), or multipart/form-data with a `file`\n" \
    "        field (and optionally `rules`). ?rules=NAME picks a built-in; ?name=FILE names the\n" \
    "        input as a file would be named (its extension says what it is, as on the command\n" \
    "        line). The answer is what `jixiao score|explain|audit --format json` prints;\n" \
    "        ?format=text|csv|md|html|xlsx, or Accept: text/html, gives the others;\n" \
    "        ?lang=zh|en the language of the texts.\n" \
    "        A bad input is 422 {\"error\": {code, source, line, column, path, message}}; a body\n" \
    "        past --max-body 413; a malformed request 400.\n" \
    "  GET /          an upload page: drop a form, see its scored table, download the .xlsx\n" \
    "  GET /healthz  GET /rules  GET /rules/NAME\n" \
    "\n" \
    "  --listen HOST:PORT  address to listen on (default 127.0.0.1:8080; port 0 picks one)\n" \
    "  --rules NAME|FILE   rule set for sheets that name none (default mof2020)\n" \
    "  --threads N         worker threads (default 4)\n" \
    "  --max-body BYTES    largest request body (default 16777216)\n" \
    "\n" \
    "One line per request goes to stderr: method, path, status, bytes, microseconds.\n"
/* clang-format on */

#endif
