#!/bin/bash
# jixiao serve against curl: usage: serve.sh JIXIAO OUTDIR (run from the source tree).
#  - every answer of POST /score, /explain, /audit is byte for byte what the CLI prints for the
#    same file (YAML, a JSONL stream, a pasted form, an .xlsx form, multipart from the page);
#  - bad input is 422 with the CLI's located error; 413 past --max-body; 400, 404, 405;
#  - the server keeps answering after all of that, and SIGTERM during a large request lets it
#    finish (200, whole) and exits 0.
set -eu
export LC_ALL=C # the log line it reads is English
jx=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") out=$2
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*" >&2; [ -f "$out/serve.log" ] && tail -5 "$out/serve.log" >&2; exit 1; }
command -v curl > /dev/null || { echo "SKIP: needs curl" >&2; exit 77; }

# Starts the server on a free port; sets $pid and $base.
start() {
  "$jx" serve --listen 127.0.0.1:0 "$@" 2> "$out/serve.log" &
  pid=$!
  for _ in $(seq 100); do
    base=$(sed -n 's|.*listening on \(http://[0-9.:]*\)/.*|\1|p' "$out/serve.log")
    [ -n "$base" ] && return 0
    sleep 0.05
  done
  fail "the server did not start: $(cat "$out/serve.log")"
}
trap '[ -n "${pid:-}" ] && kill "$pid" 2> /dev/null || true' EXIT

# post PATH FILE [curl args...]: the body into $out/body, the status into $code
post() {
  local path=$1 file=$2
  shift 2
  code=$(curl -s -o "$out/body" -w '%{http_code}' --data-binary "@$file" "$@" "$base$path")
}
same() { # same WHAT FILE: $out/body against FILE
  cmp -s "$out/body" "$2" || fail "$1: $(diff "$2" "$out/body" | head -5)"
}

start --max-body 2000000
ex=examples/project-2023.yaml
form=tests/forms/mentougou-invest-91.txt

# 1. the same bytes as the CLI
for cmd in score explain audit; do
  "$jx" $cmd --format json "$ex" > "$out/want" || true
  post "/$cmd?name=$ex" "$ex" -H 'Content-Type: application/yaml'
  [ "$code" = 200 ] || fail "$cmd: HTTP $code"
  same "POST /$cmd" "$out/want"
done
for fmt in text csv md; do
  "$jx" score --format $fmt "$ex" > "$out/want"
  post "/score?name=$ex&format=$fmt" "$ex"
  same "POST /score?format=$fmt" "$out/want"
done
"$jx" explain "$ex" > "$out/want"
post "/explain?name=$ex&format=text" "$ex"
same "POST /explain?format=text" "$out/want"
"$jx" audit "$ex" > "$out/want" || true
post "/audit?name=$ex&format=text" "$ex"
same "POST /audit?format=text" "$out/want"
# a JSONL stream of three sheets, by Content-Type (named upload.jsonl) and by ?name=
sed 3d tests/cases/bulk/sheets.jsonl > "$out/three.jsonl"
(cd "$out" && "$jx" score --format json three.jsonl) > "$out/want"
post "/score?name=three.jsonl" "$out/three.jsonl" -H 'Content-Type: application/jsonl'
same "POST /score JSONL" "$out/want"
sed 's/"three.jsonl/"upload.jsonl/' "$out/want" > "$out/want2"
post /score "$out/three.jsonl" -H 'Content-Type: application/jsonl'
same "POST /score JSONL by Content-Type" "$out/want2"
# a pasted Word table, as text/plain, under ?rules=
"$jx" score --format json --rules pre2020 "$form" > "$out/want"
post "/score?rules=pre2020&name=$form" "$form" -H 'Content-Type: text/plain'
same "POST /score pasted form" "$out/want"
# an .xlsx form, sent as bytes; and multipart/form-data as the page sends it
"$jx" score --format xlsx -o "$out/form.xlsx" "$ex" || true
(cd "$out" && "$jx" score --format json form.xlsx) > "$out/want"
post "/score?name=form.xlsx" "$out/form.xlsx" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
same "POST /score xlsx" "$out/want"
code=$(curl -s -o "$out/body" -w '%{http_code}' -F "file=@$out/form.xlsx" -F rules=mof2020 \
  "$base/score")
same "POST /score multipart" "$out/want"
# the workbook answer reads back as the CLI's own
post "/score?format=xlsx&name=$ex" "$ex"
[ "$code" = 200 ] && cp "$out/body" "$out/answer.xlsx" || fail "format=xlsx: HTTP $code"
(cd "$out" && "$jx" score --format csv answer.xlsx | cut -d, -f2-) > "$out/got"
(cd "$out" && "$jx" score --format csv form.xlsx | cut -d, -f2-) > "$out/want"
cmp -s "$out/got" "$out/want" || fail "format=xlsx: $(diff "$out/want" "$out/got" | head -3)"
# html: by ?format= and by Accept
post "/score?name=$ex" "$ex" -H 'Accept: text/html'
"$jx" score --format html "$ex" > "$out/want"
same "Accept: text/html" "$out/want"
echo "ok same bytes as the CLI: score, explain, audit x json, text, csv, md, html, xlsx; YAML, JSONL, pasted, xlsx, multipart"

# 2. bad requests, each with its status and the CLI's place
for bad in tests/data/fail_units.yaml tests/data/fail_malformed.yaml tests/data/fail_binary.yaml \
  tests/data/fail_alias_bomb.yaml tests/data/fail_unknown_key.yaml; do
  post "/score?name=$bad" "$bad"
  [ "$code" = 422 ] || fail "$bad: HTTP $code, not 422"
  where=$("$jx" score "$bad" 2>&1 | head -1 | sed 's/: error: .*//') || true
  line=$(echo "$where" | cut -d: -f2) col=$(echo "$where" | cut -d: -f3)
  grep -q "\"source\": \"$bad\", \"line\": ${line:-0}, \"column\": ${col:-0}," "$out/body" ||
    fail "$bad: the answer does not say $where: $(cat "$out/body")"
  for lang in en zh; do # the message in the language asked for, worded as the CLI words it
    post "/score?lang=$lang&name=$bad" "$bad"
    said=$(python3 - "$out/body" "$lang" <<'PY'
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))["error"]
where = "%s:%d:%d" % (e["source"], e["line"], e["column"]) if e["line"] else e["source"]
zh = sys.argv[2] == "zh"
path = e["path_text"] + ("：" if zh else ": ") if e["path"] else ""
print(where + (": 错误：" if zh else ": error: ") + path + e["message"])
PY
)
    cli=$("$jx" --lang "$lang" score "$bad" 2>&1 | head -1) || true
    [ "$said" = "$cli" ] || fail "$bad ?lang=$lang: '$said', the CLI says '$cli'"
  done
done
head -c 3000000 /dev/urandom > "$out/big"
post /score "$out/big"
[ "$code" = 413 ] || fail "3 MB past --max-body 2000000: HTTP $code"
grep -q '"code": "limit"' "$out/body" || fail "413 without its error: $(cat "$out/body")"
code=$(head -c 3000000 /dev/zero | curl -s -o /dev/null -w '%{http_code}' -H 'Transfer-Encoding: chunked' \
  --data-binary @- "$base/score")
[ "$code" = 413 ] || fail "3 MB chunked: HTTP $code"
post "/score?format=pdf" "$ex"
[ "$code" = 400 ] || fail "format=pdf: HTTP $code"
post "/score?rules=nope" "$ex"
[ "$code" = 400 ] || fail "rules=nope: HTTP $code"
code=$(curl -s -o "$out/body" -w '%{http_code}' -H 'Content-Type: multipart/form-data; boundary=x' \
  --data-binary 'garbage' "$base/score")
[ "$code" = 400 ] || fail "a multipart body without a file: HTTP $code"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/nowhere")
[ "$code" = 404 ] || fail "GET /nowhere: HTTP $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -D "$out/headers" "$base/score")
[ "$code" = 405 ] && grep -qi '^Allow: POST' "$out/headers" || fail "GET /score: HTTP $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$base/healthz")
[ "$code" = 405 ] || fail "PUT /healthz: HTTP $code"
# a sheet naming a rule file is not read from the server's disk
printf 'rules: /etc/passwd\nindicators: [{name: a, op: "≥", target: 1, actual: 1, points: 100}]\n' \
  > "$out/path.yaml"
post /score "$out/path.yaml"
[ "$code" = 422 ] && grep -q "reads no rule file" "$out/body" || fail "rules: /etc/passwd: HTTP $code"
echo "ok bad input: 422 at the CLI's place, 413, 400, 404, 405, no rule file read"

# 3. the resources, and the server still up
curl -sf "$base/healthz" | grep -q '"status": "ok"' || fail "healthz"
curl -sf "$base/rules" | grep -q '"name": "pre2020"' || fail "GET /rules"
curl -sf "$base/rules/pre2020" | cmp -s - <("$jx" rules show pre2020) || fail "GET /rules/pre2020"
curl -sf "$base/" | grep -q '<input type="file"' || fail "GET /: no upload page"
if curl -sf "$base/" | grep -qiE 'https?://|<script src|<link'; then fail "the page loads something"; fi
grep -q '^POST /score 422 [0-9]* [0-9]*$' "$out/serve.log" || fail "no access log line for a 422"
grep -q '^GET /healthz 200 [0-9]* [0-9]*$' "$out/serve.log" || fail "no access log line for healthz"
echo "ok healthz, rules, the page; a log line per request"

# 4. SIGTERM while a request is in flight (its body sent slowly, over about two seconds): it is
#    answered whole, then the server exits 0
kill "$pid" && wait "$pid" || true
start --threads 2
for _ in $(seq 400); do cat "$out/three.jsonl"; done > "$out/many.jsonl"
sheets=$(wc -l < "$out/many.jsonl")
curl -s -o "$out/body" -w '%{http_code}' -H 'Content-Type: application/jsonl' --limit-rate 200k \
  --data-binary "@$out/many.jsonl" "$base/score" > "$out/code" &
curl_pid=$!
sleep 0.5
kill -TERM "$pid"
wait "$curl_pid"
status=0
wait "$pid" || status=$?
pid=""
[ "$status" = 0 ] || fail "after SIGTERM the server exited $status"
[ "$(cat "$out/code")" = 200 ] || fail "the request in flight got HTTP $(cat "$out/code")"
got=$(grep -c '"source": "upload.jsonl"' "$out/body" || true)
[ "$got" = "$sheets" ] || fail "the request in flight got $got of $sheets sheets"
grep -q 'finishing 1 request' "$out/serve.log" && grep -q 'stopped' "$out/serve.log" ||
  fail "no 'finishing 1 request' and 'stopped' lines"
echo "ok SIGTERM: the request in flight answered whole ($sheets sheets), exit 0"
