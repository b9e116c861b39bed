#!/bin/bash
# The exported forms, read back by other programs: usage: export.sh JIXIAO OUTDIR
# (run from the source tree).
#  1. score --format xlsx: LibreOffice (headless) opens each workbook and saves its sheets as
#     text; the 分值/得分 of every row, 总分 and 等级 that come back are those of --format json;
#     jixiao imports the workbook again and scores it the same; a 部门整体 sheet's form has its
#     title. The same with --lang en: the form in English (Level 1 indicator ... Total score,
#     Self-evaluation grade) reads back the same numbers and imports as the very same sheets.
#  2. score --format html: headless Chromium loads the page; the rows, scores, totals and grade
#     counts in its DOM are those of --format json; it has no script and no address to fetch; a
#     screenshot of it is left in OUTDIR/report.png (the blank page Chromium gives for a page it
#     cannot render is about 10 kB: the shot must be larger).
#  3. report --format xlsx and html over tests/cases/report: LibreOffice reads back, and Chromium
#     renders, the rows, totals and subtotals of report --format csv, and the failure.
set -eu
jx=$1 out=$2
rm -rf "$out" && mkdir -p "$out" && out=$(cd "$out" && pwd) # absolute: it goes into file:// URLs
fail() { echo "FAIL: $*" >&2; exit 1; }
# Without the readers there is nothing to check against: skipped (ctest's 77), not failed.
soffice=$(command -v soffice || command -v libreoffice) || soffice=""
chromium=$(command -v chromium || command -v chromium-browser) || chromium=""
if [ -z "$soffice" ] || [ -z "$chromium" ]; then
  echo "SKIP: needs LibreOffice and Chromium (sh tools/deps.sh test installs them)" >&2
  exit 77
fi
sheets="examples/project-2023.yaml tests/cases/mentougou-invest-91.yaml tests/cases/zgc-weights-49.yaml tests/cases/mentougou-sci-swapped.yaml"
# "points score" per row, then "possible total", then the grade, as --format json prints them
from_json() {
  "$jx" score --format json "$1" > "$out/one.json" || true
  grep '"index"' "$out/one.json" | grep -o '"points": [0-9.]*, "score": [0-9.]*' |
    awk '{ printf "%.2f %.2f\n", $2, $4 }'
  sed -n 's/^ "total": \([0-9.]*\), "possible": \([0-9.]*\), "grade": "\(.*\)",$/\2 \1 \3/p' \
    "$out/one.json" | awk '{ printf "%.2f %.2f\n%s\n", $1, $2, $3 }'
}

# 1. xlsx through LibreOffice, in Chinese and in English
for f in $sheets $(for s in $sheets; do echo "en:$s"; done); do
  lang=zh heads="一级指标 总分 自评等级"
  case $f in en:*) f=${f#en:} lang=en heads="Level 1 indicator|Total score|Self-evaluation grade" ;; esac
  stem=$(basename "$f" .yaml)-$lang
  "$jx" score --lang $lang --format xlsx -o "$out/$stem.xlsx" "$f" || true
  [ -s "$out/$stem.xlsx" ] || fail "no workbook for $f"
  timeout 120 "$soffice" --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false' \
    --outdir "$out" "$out/$stem.xlsx" > "$out/lo.log" 2>&1 || fail "LibreOffice: $(cat "$out/lo.log")"
  [ -s "$out/$stem.csv" ] || fail "LibreOffice wrote no CSV for $stem.xlsx: $(cat "$out/lo.log")"
  [ $lang = zh ] && IFS=' ' read -r h1 ht hg <<< "$heads" || IFS='|' read -r h1 ht hg <<< "$heads"
  awk -F'\t' -v h1="$h1" -v ht="$ht" -v hg="$hg" '
    $1 == h1 { rows = 1; next }
    $1 == ht { printf "%.2f %.2f\n", $8, $9; rows = 0; next }
    $1 == hg { print $8; next }
    rows && $3 != "" { printf "%.2f %.2f\n", $8, $9 }' "$out/$stem.csv" > "$out/$stem.lo"
  from_json "$f" > "$out/$stem.want"
  cmp -s "$out/$stem.lo" "$out/$stem.want" ||
    fail "$stem.xlsx read by LibreOffice: $(diff "$out/$stem.want" "$out/$stem.lo" | head -5)"
  "$jx" score --format csv "$out/$stem.xlsx" | cut -d, -f3- | grep -v '^budget' > "$out/back" || true
  "$jx" score --format csv "$f" | cut -d, -f3- | grep -v '^budget' > "$out/orig" || true
  awk -F, '{ print $10 }' "$out/back" | cmp -s - <(awk -F, '{ print $10 }' "$out/orig") ||
    fail "$stem.xlsx imported again scores otherwise than $f"
  "$jx" import "$out/$stem.xlsx" | tail -n +2 > "$out/$stem.imported" || true
  if [ $lang = en ]; then
    cmp -s "$out/$stem.imported" "$out/$(basename "$f" .yaml)-zh.imported" ||
      fail "$stem.xlsx imports otherwise than the Chinese form: $(diff "$out/$(basename "$f" .yaml)-zh.imported" "$out/$stem.imported" | head -5)"
  fi
done
"$jx" score --format xlsx -o "$out/all.xlsx" $sheets || true
timeout 120 "$soffice" --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$out/all" "$out/all.xlsx" > "$out/lo.log" 2>&1
[ "$(ls "$out/all" | wc -l)" -eq 4 ] || fail "all.xlsx: LibreOffice saw $(ls "$out/all" | wc -l) sheets, not 4"
# a department's sheet that names itself in `project` is titled as a department's form
"$jx" score --format xlsx -o "$out/department.xlsx" tests/data/pass_department.yaml > /dev/null || true
timeout 120 "$soffice" --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false' \
  --outdir "$out" "$out/department.xlsx" > "$out/lo.log" 2>&1 || fail "LibreOffice: $(cat "$out/lo.log")"
title=$(head -n 1 "$out/department.csv" | cut -f1)
[ "$title" = "部门整体支出绩效自评表" ] || fail "department.xlsx is titled '$title'"
echo "ok xlsx: LibreOffice reads back every row's 分值 and 得分, 总分 and 等级 of --format json; the English form imports as the Chinese one"

# 2. html through Chromium
chrome() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$out/chrome-profile" "$@" 2>> "$out/chrome.log"
}
"$jx" score --format html -o "$out/report.html" $sheets || true
if grep -qiE '<script|https?://|src=' "$out/report.html"; then fail "report.html loads something"; fi
chrome --dump-dom "file://$out/report.html" > "$out/dom.html"
grep -q '</section>' "$out/dom.html" || fail "Chromium rendered no section: $(tail -3 "$out/chrome.log")"
: > "$out/want"
for f in $sheets; do from_json "$f" | awk 'NF == 2' | sed '$d' >> "$out/want"; done
grep -o '<tr id="r[0-9]*" data-row="[0-9]*" data-points="[0-9.]*" data-score="[0-9.]*"' "$out/dom.html" |
  sed 's/.*data-points="\([0-9.]*\)" data-score="\([0-9.]*\)"/\1 \2/' |
  awk '{ printf "%.2f %.2f\n", $1, $2 }' > "$out/got"
cmp -s "$out/got" "$out/want" || fail "report.html rows: $(diff "$out/want" "$out/got" | head -5)"
for f in $sheets; do from_json "$f" | tail -2 | head -1; done | awk '{ print $2 }' > "$out/want"
grep -o '<section class="sheet" id="sheet[0-9]*" data-total="[0-9.]*"' "$out/dom.html" |
  sed 's/.*data-total="\([0-9.]*\)"/\1/' | awk '{ printf "%.2f\n", $1 }' > "$out/got"
cmp -s "$out/got" "$out/want" || fail "report.html totals: $(paste "$out/want" "$out/got")"
excellent=$(for f in $sheets; do from_json "$f" | tail -1; done | grep -c '^优秀$' || true)
grep -q "<td class=\"g\">优秀</td><td class=\"n\" data-grade-count=\"$excellent\">" "$out/dom.html" ||
  fail "the overview does not count $excellent 优秀"
chrome --hide-scrollbars --window-size=1280,2400 --screenshot="$out/report.png" \
  "file://$out/report.html" > /dev/null
size=$(wc -c < "$out/report.png")
[ "$size" -gt 30000 ] || fail "the screenshot is $size bytes: a blank page?"
echo "ok html: Chromium renders every row's score, the totals and the grade counts of --format json ($out/report.png)"

# 3. the report, as a workbook through LibreOffice and as a page through Chromium
"$jx" report --format csv tests/cases/report > "$out/report.csv" 2> /dev/null || true
"$jx" report --format xlsx -o "$out/rep.xlsx" tests/cases/report 2> /dev/null || true
timeout 120 "$soffice" --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false' \
  --outdir "$out" "$out/rep.xlsx" > "$out/lo.log" 2>&1 || fail "LibreOffice: $(cat "$out/lo.log")"
# the rows as LibreOffice reads them: source, sheet, total, grade
awk -F'\t' 'NR > 1 && $2 ~ /^[0-9]+$/ { printf "%s %s %.2f %s\n", $1, $2, $6, $8 }' "$out/rep.csv" \
  > "$out/rep.lo"
# the same rows from the CSV, grouped by org in the order orgs first appear
awk -F, 'NR > 1 && $12 == "scored" { if (!($3 in seen)) { seen[$3] = 1; orgs[++n] = $3 }
    row[$3] = row[$3] sprintf("%s %s %.2f %s\n", $1, $2, $6, $8) }
  END { for (i = 1; i <= n; i++) printf "%s", row[orgs[i]] }' "$out/report.csv" > "$out/rep.want"
cmp -s "$out/rep.lo" "$out/rep.want" ||
  fail "rep.xlsx read by LibreOffice: $(diff "$out/rep.want" "$out/rep.lo" | head -5)"
grep -q "小计：3 份，平均 81.67，最低 70.00，最高 95.00；优秀 1，良好 1，一般 1" "$out/rep.csv" ||
  fail "rep.xlsx: no subtotal of 甲局"
grep -q "c.yaml:4:26: 第1项指标 · 年度指标值：“1e3”" "$out/rep.csv" || fail "rep.xlsx: the failure is missing"
# in English: the same rows, an English subtotal and the failure in English
"$jx" report --lang en --format xlsx -o "$out/rep-en.xlsx" tests/cases/report 2> /dev/null || true
timeout 120 "$soffice" --headless --norestore "-env:UserInstallation=file://$out/lo-profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false' \
  --outdir "$out" "$out/rep-en.xlsx" > "$out/lo.log" 2>&1 || fail "LibreOffice: $(cat "$out/lo.log")"
awk -F'\t' 'NR > 1 && $2 ~ /^[0-9]+$/ { printf "%s %s %.2f %s\n", $1, $2, $6, $8 }' "$out/rep-en.csv" |
  cmp -s - "$out/rep.want" || fail "rep-en.xlsx: the rows differ from the CSV's"
grep -q "subtotal: 3 sheets, mean 81.67" "$out/rep-en.csv" || fail "rep-en.xlsx: no English subtotal"
grep -q "c.yaml:4:26: indicators\[0\].target: '1e3'" "$out/rep-en.csv" ||
  fail "rep-en.xlsx: the failure is not in English"
"$jx" report --format html -o "$out/rep.html" tests/cases/report 2> /dev/null || true
if grep -qiE '<script|https?://|src=' "$out/rep.html"; then fail "rep.html loads something"; fi
chrome --dump-dom "file://$out/rep.html" > "$out/rep-dom.html"
grep -o '<tr class="row" data-total="[0-9.]*"' "$out/rep-dom.html" |
  sed 's/.*data-total="\([0-9.]*\)"/\1/' | awk '{ printf "%.2f\n", $1 }' > "$out/got"
awk '{ print $3 }' "$out/rep.want" | cmp -s - "$out/got" ||
  fail "rep.html totals: $(paste "$out/rep.want" "$out/got")"
grep -q '<tr class="sub" data-org="甲局" data-sheets="3">' "$out/rep-dom.html" ||
  fail "rep.html: no subtotal row of 甲局"
grep -q '<li class="fail" data-source="tests/cases/report/c.yaml">' "$out/rep-dom.html" ||
  fail "rep.html: the failure is missing"
echo "ok report: LibreOffice and Chromium read back the rows grouped by org, the subtotals and the failure"
