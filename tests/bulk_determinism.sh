#!/bin/sh
# jixiao bulk gives byte-identical output and summary for any --jobs, on inputs large enough to
# span many batches (6,000 sheets per format, some of them bad), and scored + skipped = read.
# Usage: bulk_determinism.sh JIXIAO
set -eu
jx=$1
d=$(mktemp -d) && trap 'rm -rf "$d"' EXIT
awk 'BEGIN {
  for (i = 1; i <= 6000; i++) {
    a = (i * 37) % 250; t = 100 + i % 50; bad = (i % 997 == 0) ? "x" : "";
    printf "{\"org\": \"单位%d\", \"budget\": {\"full_year\": \"%d万元\", \"executed\": \"%d万元\"}, \"indicators\": [{\"name\": \"数量\", \"op\": \"≥\", \"target\": \"%s%d\", \"actual\": %d, \"points\": 60}, {\"name\": \"成本\", \"op\": \"≤\", \"target\": 50, \"actual\": %d, \"points\": 20}, {\"name\": \"质量\", \"op\": \"定性\", \"target\": \"优良中低差\", \"actual\": \"良\", \"points\": 10}]}\n", i, t, a, bad, t, a, 30 + i % 40 > "/dev/stdout"
    printf "---\norg: 单位%d\nbudget: {full_year: %d万元, executed: %d万元}\nindicators:\n  - {name: 数量, op: ≥, target: \"%s%d\", actual: %d, points: 60}\n  - {name: 成本, op: ≤, target: 50, actual: %d, points: 20}\n  - {name: 质量, op: 定性, target: 优良中低差, actual: 良, points: 10}\n", i, t, a, bad, t, a, 30 + i % 40 > "'"$d"'/in.yaml"
    if (i == 1) print "sheet,kind,org,name,op,target,actual,points,full_year,executed" > "'"$d"'/in.csv"
    printf "%d,,单位%d,数量,≥,%s%d,%d,60,,\n%d,,,成本,≤,50,%d,20,,\n%d,,,质量,定性,优良中低差,良,10,,\n%d,budget,,,,,,,%d万元,%d万元\n", i, i, bad, t, a, i, 30 + i % 40, i, i, t, a > "'"$d"'/in.csv"
  }
}' > "$d/in.jsonl"
for f in in.jsonl in.yaml in.csv; do
  for j in 1 2; do
    "$jx" bulk --jobs $j --rows "$d/$f" > "$d/out$j" 2> "$d/err$j" || true
    "$jx" bulk --jobs $j --summary json "$d/$f" > "$d/sum$j" 2>/dev/null || true
  done
  cmp "$d/out1" "$d/out2"
  cmp "$d/err1" "$d/err2"
  cmp "$d/sum1" "$d/sum2"
  tail -n 1 "$d/err1"
  # scored + skipped = read, and the records are the 6,000 written (6 bad: i = 997, 1994, ...)
  tail -n 1 "$d/err1" | grep -q '^5994 scored, 6 skipped, 6000 read$'
  test "$(wc -l < "$d/out1")" -eq 5994
done
echo "bulk output identical for --jobs 1 and 2 on all three formats"
