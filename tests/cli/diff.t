%% jixiao diff: mof2020 → linear-reverse on a folder of sheets lists exactly those with an over-spent ≤ row.
%%   b.yaml: ≤ 100万元, actual 120万元, p 20: 20 × 100/120 = 16.67 → 20 × (1 − 20/100) = 16.00; total 96.67 → 96.00
%%   d.yaml#2: ≤ 10 天, actual 15, p 40: 40 × 10/15 = 26.67 → 40 × (1 − 5/10) = 20.00;
%%     total 26.67 + 47.50 + 10 = 84.17 良好 → 77.50 一般
%%   a.yaml, c.yaml and d.yaml#1 keep within their ≤ targets or have none: unchanged
%%   mean shift over 5 sheets = (−0.67 − 6.67) / 5 = −1.468 → −1.47
$ jixiao diff --from mof2020 --to linear-reverse tests/cases/diff
tests/cases/diff/b.yaml 乙单位: 96.67 → 96 (-0.67), 优秀 → 优秀
  [1] 项目成本: 16.67 → 16 (-0.67)
tests/cases/diff/d.yaml#2 丁单位: 84.17 → 77.5 (-6.67), 良好 → 一般
  [1] 办理时限: 26.67 → 20 (-6.67)
mof2020 → linear-reverse: 5 sheets scored, 2 changed, 1 changed grade (0 up, 1 down), mean shift -1.47
largest moves:
     -6.67  tests/cases/diff/d.yaml#2
     -0.67  tests/cases/diff/b.yaml

$ jixiao diff --from mof2020 --to linear-reverse --format json tests/cases/diff
{"from": "mof2020", "to": "linear-reverse",
 "sheets": [
  {"source": "tests/cases/diff/b.yaml", "sheet": 1, "org": "乙单位", "project": "", "total_from": 96.67, "total_to": 96, "delta": -0.67, "grade_from": "优秀", "grade_to": "优秀", "rows": [{"row": 1, "name": "项目成本", "from": 16.67, "to": 16, "delta": -0.67}]},
  {"source": "tests/cases/diff/d.yaml", "sheet": 2, "org": "丁单位", "project": "二期", "total_from": 84.17, "total_to": 77.5, "delta": -6.67, "grade_from": "良好", "grade_to": "一般", "rows": [{"row": 1, "name": "办理时限", "from": 26.67, "to": 20, "delta": -6.67}]}],
 "summary": {"scored": 5, "changed": 2, "grade_changed": 1, "up": 0, "down": 1, "failed": 0, "mean_shift": -1.47, "largest": [{"sheet": "tests/cases/diff/d.yaml#2", "delta": -6.67}, {"sheet": "tests/cases/diff/b.yaml", "delta": -0.67}]}}

$ jixiao diff --from mof2020 --to linear-reverse --format csv tests/cases/diff/d.yaml
source,sheet,org,project,row,name,from,to,delta,grade_from,grade_to
tests/cases/diff/d.yaml,2,丁单位,二期,total,总分,84.17,77.5,-6.67,良好,一般
tests/cases/diff/d.yaml,2,丁单位,二期,1,办理时限,26.67,20,-6.67,,

%% budget20 on the same folder: rows keep their given points, the budget row is worth 20 where the sheet gives none
$ jixiao diff --from mof2020 --to budget20 tests/cases/diff/b.yaml
tests/cases/diff/b.yaml 乙单位: 96.67 → 106.67 (+10), 优秀 → 优秀
  [budget]: 10 → 20 (+10)
mof2020 → budget20: 1 sheet scored, 1 changed, 0 changed grade (0 up, 0 down), mean shift +10
largest moves:
       +10  tests/cases/diff/b.yaml

$ jixiao diff --from mof2020 tests/cases/diff
2> jixiao diff: both --from RULES and --to RULES are required
2> Try 'jixiao diff --help'.
[2]

$ jixiao diff --from mof2020 --to nosuch tests/cases/diff
2> jixiao: error: unknown rule set 'nosuch' (built-ins: budget20, linear-reverse, mof2020, pre2020)
[1]

