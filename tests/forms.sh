#!/bin/bash
# The forms as people have them, imported: usage: forms.sh JIXIAO MAKE_FORMS OUTDIR
# (run from the source tree). Every check says what it compares; the first failure stops.
#  1. each seed table pasted as published (tests/forms/NAME.txt), as .xlsx and as GB18030 CSV
#     imports to the same YAML, and scores row for row as its hand transcription
#     (tests/cases/NAME.yaml); zgc-weights-49's tables disagree and give one located error everywhere;
#  2. the official form as .xlsx (merged cells), with its columns moved, as CSV with a BOM and as
#     GB18030 imports to the same YAML, which scores as examples/project-2023.yaml does;
#  3. import -> YAML -> import is stable for every fixture;
#  4. audit findings point at the cell; wrong-shaped files give located errors.
set -eu
jx=$1 make_forms=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
"$make_forms" "$out" tests/forms/*.txt
fail() { echo "FAIL: $*" >&2; exit 1; }
yaml() { "$jx" import "$1" | tail -n +2; } # without the "# imported from" line
rows() { "$jx" score --format csv "$1" | cut -d, -f2-13; } # without source, org, project

for f in tests/forms/*.txt; do
  s=$(basename "$f" .txt)
  iconv -f UTF-8 -t GB18030 "$out/$s.csv" > "$out/$s-gb.csv"
done
iconv -f UTF-8 -t GB18030 "$out/official.csv" | tail -c +4 > "$out/official-gb.csv" # BOM off

# 1. the seeds
for s in mentougou-invest-91 chaoyang-plan-no-weights mentougou-sci-swapped; do
  yaml tests/forms/$s.txt > "$out/$s.yaml"
  for f in "$out/$s.xlsx" "$out/$s-gb.csv"; do
    yaml "$f" | cmp -s - "$out/$s.yaml" || fail "$f imports otherwise than $s.txt"
  done
  rows tests/forms/$s.txt > "$out/$s.rows"
  rows tests/cases/$s.yaml | cmp -s - "$out/$s.rows" ||
    fail "$s.txt scores otherwise than its transcription tests/cases/$s.yaml"
  echo "ok $s: pasted, .xlsx and GB18030 CSV import alike and score as transcribed"
done
for f in tests/forms/zgc-weights-49.txt:245:2 "$out/zgc-weights-49.xlsx:zgc-weights-49!B43" "$out/zgc-weights-49-gb.csv:43:6"; do
  file=${f%%:*}
  if "$jx" import "$file" > /dev/null 2> "$out/err"; then fail "$file imported"; fi
  grep -qF "${f}: error: '5.举办宣传活动' matches no indicator of the table above" "$out/err" ||
    fail "$file: $(head -1 "$out/err")"
done
echo "ok zgc-weights-49: its completion tables name projects its target table lacks: located everywhere"

# 2. the official form
yaml "$out/official.xlsx" > "$out/official.yaml"
grep -q "^  target: 100%$" "$out/official.yaml" || fail "a percent-formatted 1 is not 100%"
grep -q "^  actual: 2023年12月$" "$out/official.yaml" || fail "a date cell is not 2023年12月"
grep -q "^  executed: 22.58万元$" "$out/official.yaml" || fail "the budget is not read in 万元"
grep -q "^org: 中关村科技园区门头沟园管理委员会$" "$out/official.yaml" || fail "实施单位 is not the org"
for f in moved.xlsx official.csv official-gb.csv; do
  yaml "$out/$f" | cmp -s - "$out/official.yaml" || fail "$f imports otherwise than official.xlsx"
done
rows examples/project-2023.yaml > "$out/example.rows"
rows "$out/official.xlsx" | cmp -s - "$out/example.rows" ||
  fail "official.xlsx scores otherwise than examples/project-2023.yaml"
echo "ok official: .xlsx, moved columns, CSV with BOM, GB18030 import alike and score as the example"

# 3. round trips
for f in tests/forms/mentougou-invest-91.txt tests/forms/chaoyang-plan-no-weights.txt tests/forms/mentougou-sci-swapped.txt "$out"/*.xlsx \
         "$out/official.csv" "$out/official-gb.csv"; do
  case $f in *no-form* | *zgc-weights-49* | *far* | *bad-cell*) continue ;; esac
  "$jx" import "$f" -o "$out/once.yaml"
  yaml "$out/once.yaml" > "$out/twice.yaml"
  tail -n +2 "$out/once.yaml" | cmp -s - "$out/twice.yaml" || fail "$f: import of its YAML differs"
  rows "$out/once.yaml" | cmp -s - <(rows "$f") || fail "$f: its YAML scores otherwise"
done
echo "ok round trip: import -> YAML -> import is stable, and scores the same"

# 4. findings at the cell, and wrong-shaped files
"$jx" audit "$out/official.xlsx" > "$out/audit" || true
grep -qF "official.xlsx:项目支出绩效自评表!J11: 错误: unsupported-score: 第2项指标:" "$out/audit" ||
  fail "audit does not point at J11: $(cat "$out/audit")"
"$jx" audit --lang en "$out/official.xlsx" > "$out/audit" || true
grep -qF "official.xlsx:项目支出绩效自评表!J11: error: unsupported-score: indicators[1]:" "$out/audit" ||
  fail "audit --lang en does not point at J11: $(cat "$out/audit")"
expect_error() { # FILE TEXT: exit 1 and TEXT on stderr
  if "$jx" import "$1" > /dev/null 2> "$out/err"; then fail "$1 imported"; fi
  grep -qF "$2" "$out/err" || fail "$1: expected '$2', got: $(cat "$out/err")"
}
expect_error "$out/no-form.xlsx" "no-form.xlsx: error: no 绩效自评表 found: no row names the 三级指标"
head -c 2000 "$out/official.xlsx" > "$out/truncated.xlsx"
expect_error "$out/truncated.xlsx" "truncated.xlsx: error: not a readable .xlsx workbook (zip:"
expect_error "$out/missing.csv" \
  "missing.csv:8:11: error: indicators[0]: indicator '园区门户标识设置' has no target (年度指标值)"
printf '三级指标,指标性质,分值\n\377\376,=,10\n' > "$out/binary.csv"
expect_error "$out/binary.csv" "binary.csv:2:1: error: neither UTF-8 nor GB18030 text (byte 0xFF)"
expect_error "$out/bad-cell.xlsx" "bad-cell.xlsx:表!C2: error: indicators[0].op: unknown 指标性质 '大约'"
expect_error "$out/far.xlsx" "far.xlsx:表!GS100000: error: the sheet's cells span 100000 rows × 201 columns"
printf 'PK\003\004not really a zip' > "$out/fake.xlsx"
expect_error "$out/fake.xlsx" "fake.xlsx: error: not a readable .xlsx workbook"
# the long CSV given to score is read as the long form, a sheet per group: its bad record is the error
expect_error tests/cases/bulk/sheets.csv \
  "sheets.csv:8:15: error: indicators[0].target: '1e3': not a number (an exponent): write 1000"
"$jx" bulk "$out/official.xlsx" > /dev/null 2> "$out/err" && fail "bulk took a workbook"
grep -qF "official.xlsx: error: a form, not a stream of sheets" "$out/err" || fail "bulk: $(cat "$out/err")"
echo "ok errors: no form, a truncated zip, a missing column, undecodable text, a fake workbook,"
echo "   a bad cell in a workbook, a stray far cell, the long CSV to score, a workbook to bulk"
