%% jixiao test: the built-in rule sets' suites pass
$ jixiao test rules/cases
54 passed, 0 failed

%% a deliberately broken expectation prints the difference, with the row's explanation, and exits 1
$ jixiao test tests/cases/broken.case.yaml
tests/cases/broken.case.yaml:3: a wrong expectation: total: expected 99.89, got 99.9
tests/cases/broken.case.yaml:3: a wrong expectation: row 9 (重大贡献奖励兑现): expected 9.89, got 9.9 — 197家 < 199家 → 10 × 197/199 = 9.90
1 passed, 1 failed
[1]

%% --update rewrites the failing expectation from the results; the case then passes
$ d=$(mktemp -d) && cp tests/cases/broken.case.yaml tests/cases/mentougou-invest-91.yaml tests/cases/mentougou-sci-swapped.yaml $d/ && jixiao test --update $d/broken.case.yaml | sed "s|$d|TMP|"; jixiao test $d/broken.case.yaml && sed -n 3,12p $d/broken.case.yaml; rm -rf $d
TMP/broken.case.yaml:3: a wrong expectation: total: expected 99.89, got 99.9
TMP/broken.case.yaml:3: a wrong expectation: row 9 (重大贡献奖励兑现): expected 9.89, got 9.9 — 197家 < 199家 → 10 × 197/199 = 9.90
TMP/broken.case.yaml: updated 1 case
1 passed, 1 failed
2 passed, 0 failed
name: a wrong expectation
sheet: mentougou-invest-91.yaml
expect:
  total: 99.9
  grade: 优秀
  rows: [10, 10, 10, 10, 10, 10, 10, 10, 9.9, 10]
  warnings: [over-target-without-reason, over-target-without-reason, over-target-without-reason, over-target-without-reason, over-target-without-reason, over-target-without-reason, unsupported-score]
---
name: a right one
sheet: mentougou-sci-swapped.yaml

%% --rules runs every case under another rule set: only the cases with an over-spent ≤ row differ (the
%% line gives 20 × (1 − 2.5/10) = 15 where mof2020 gives 20 × 10/12.5 = 16)
$ jixiao test --rules linear-reverse rules/cases/mof2020.case.yaml
rules/cases/mof2020.case.yaml:45: the weight split and every op: total: expected 83.33, got 82.5
rules/cases/mof2020.case.yaml:45: the weight split and every op: row 2 (单位成本): expected 20.83, got 20 — 600元 > 500元 → p * max(0, 1 - (B - A) / A) with A = 500, B = 600, p = 25 = 20.00
rules/cases/mof2020.case.yaml:91: ≤ met, under, over, target 0, no actual: total: expected 56, got 55
rules/cases/mof2020.case.yaml:91: ≤ met, under, over, target 0, no actual: row 3 (超出上限): expected 16, got 15 — 12.5 > 10 → p * max(0, 1 - (B - A) / A) with A = 10, B = 12.5, p = 20 = 15.00
rules/cases/mof2020.case.yaml:151: ops no one wrote: total: expected 92, got 90
rules/cases/mof2020.case.yaml:151: ops no one wrote: row 1 (印刷费用): expected 16, got 15 — no nature (指标性质) given, a cost: read as ≤; 125万元 > 100万元 → p * max(0, 1 - (B - A) / A) with A = 100, B = 125, p = 20 = 15.00
rules/cases/mof2020.case.yaml:151: ops no one wrote: row 4 (响应时间): expected 16, got 15 — no nature (指标性质) given, a time to respond: read as ≤; 5小时 > 4小时 → p * max(0, 1 - (B - A) / A) with A = 4, B = 5, p = 20 = 15.00
15 passed, 3 failed
[1]

$ jixiao test
2> jixiao test: no CASES given (case files or directories)
2> Try 'jixiao test --help'.
[2]

