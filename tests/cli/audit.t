%% jixiao audit: every claim a filled form prints, checked; findings per class with a severity (tests/test_audit.c derives them)
$ jixiao audit tests/cases/audit-classes.yaml
tests/cases/audit-classes.yaml · 审计样例单位 · 每类发现各一次 · rules mof2020: 11 findings, 5 errors
  tests/cases/audit-classes.yaml:11:75: info: rounding: indicators[0]: the sheet printed 得分 7.00, the rules give 6.67: the same score, rounded
  tests/cases/audit-classes.yaml:12:77: error: deduction-without-reason: indicators[1]: the target is met, yet the sheet printed 得分 8.00 of 10.00 with no 偏差原因
  tests/cases/audit-classes.yaml:13:76: error: unsupported-score: indicators[2]: the sheet printed 得分 9.00, the rules give 5.00
  tests/cases/audit-classes.yaml:14:71: error: qualitative-score-outside-tier: indicators[3]: the 定性 score 6.00 lies outside the 达成 tier [8.00, 10.00] that '优' names: the evaluator's score stands
  tests/cases/audit-classes.yaml:15:55: warning: over-target-without-reason: indicators[4]: actual 150 is 150% of the target 100 (over 130%) and 偏差原因 is empty
  tests/cases/audit-classes.yaml:16:57: warning: actual-looks-like-ratio: indicators[5]: actual 0.95 against a target of 90 looks like a completion ratio, not a value
  tests/cases/audit-classes.yaml:17:54: warning: shortfall-without-reason: indicators[6]: target missed (8.00 of 10.00 points) and 偏差原因 is empty
  tests/cases/audit-classes.yaml:6:3: warning: execution-below-90-without-reason: budget: execution 80.00% is below 90% and 偏差原因 is empty
  tests/cases/audit-classes.yaml:8:9: error: rate-mismatch: budget.rate: the sheet printed 执行率 85%, the amounts give 80.00%
  tests/cases/audit-classes.yaml:3:1: warning: weights-do-not-add-up: the points add up to 80.00 (indicators 70.00 + budget 10.00), not 100.00
  tests/cases/audit-classes.yaml:18:8: error: grade-mismatch: grade: the sheet printed 等级 良好, 53.78 grades 较差

tests/cases/audit-classes.yaml · 审计样例单位 · 总分与各行之和不符 · rules mof2020: 1 finding, 1 error
  tests/cases/audit-classes.yaml:25:8: error: sum-mismatch: total: the sheet printed 总分 95.00, its own rows add up to 100.00

tests/cases/audit-classes.yaml · 审计样例单位 · 读值的各类发现 · rules mof2020: 5 findings, 0 errors
  tests/cases/audit-classes.yaml:33:5: info: points-inferred: indicators[1].points: 分值 inferred for 3 of 4 rows: 产出指标 60 (in its name) less the printed 10 shared by 2 rows; 效益指标 40 (in its name) shared by 1 row
  tests/cases/audit-classes.yaml:32:13: info: truncation: indicators[0]: the sheet printed 得分 9.00, the rules give 9.80: the same score, truncated
  tests/cases/audit-classes.yaml:33:5: info: op-assumed: indicators[1]: no 指标性质 and no sign on the target '0': a target of 0 is read as ≤
  tests/cases/audit-classes.yaml:34:52: warning: op-conflict: indicators[2]: 指标性质 is ≥, but the target is written '≤22.58': 指标性质 wins, scored as ≥
  tests/cases/audit-classes.yaml:34:78: warning: magnitude-suspect: indicators[2]: actual 225800 is 10000× the target ≤22.58 (read in 万元): is it in 元?
[1]

$ jixiao audit --format json tests/cases/audit-classes.yaml
[
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "rounding", "severity": "info", "line": 11, "column": 75, "path": "indicators[0]", "message": "the sheet printed 得分 7.00, the rules give 6.67: the same score, rounded"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "deduction-without-reason", "severity": "error", "line": 12, "column": 77, "path": "indicators[1]", "message": "the target is met, yet the sheet printed 得分 8.00 of 10.00 with no 偏差原因"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "unsupported-score", "severity": "error", "line": 13, "column": 76, "path": "indicators[2]", "message": "the sheet printed 得分 9.00, the rules give 5.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "qualitative-score-outside-tier", "severity": "error", "line": 14, "column": 71, "path": "indicators[3]", "message": "the 定性 score 6.00 lies outside the 达成 tier [8.00, 10.00] that '优' names: the evaluator's score stands"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "over-target-without-reason", "severity": "warning", "line": 15, "column": 55, "path": "indicators[4]", "message": "actual 150 is 150% of the target 100 (over 130%) and 偏差原因 is empty"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "actual-looks-like-ratio", "severity": "warning", "line": 16, "column": 57, "path": "indicators[5]", "message": "actual 0.95 against a target of 90 looks like a completion ratio, not a value"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "shortfall-without-reason", "severity": "warning", "line": 17, "column": 54, "path": "indicators[6]", "message": "target missed (8.00 of 10.00 points) and 偏差原因 is empty"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "execution-below-90-without-reason", "severity": "warning", "line": 6, "column": 3, "path": "budget", "message": "execution 80.00% is below 90% and 偏差原因 is empty"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "rate-mismatch", "severity": "error", "line": 8, "column": 9, "path": "budget.rate", "message": "the sheet printed 执行率 85%, the amounts give 80.00%"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "weights-do-not-add-up", "severity": "warning", "line": 3, "column": 1, "path": "", "message": "the points add up to 80.00 (indicators 70.00 + budget 10.00), not 100.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "grade-mismatch", "severity": "error", "line": 18, "column": 8, "path": "grade", "message": "the sheet printed 等级 良好, 53.78 grades 较差"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 1, "org": "审计样例单位", "project": "总分与各行之和不符", "class": "sum-mismatch", "severity": "error", "line": 25, "column": 8, "path": "total", "message": "the sheet printed 总分 95.00, its own rows add up to 100.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "points-inferred", "severity": "info", "line": 33, "column": 5, "path": "indicators[1].points", "message": "分值 inferred for 3 of 4 rows: 产出指标 60 (in its name) less the printed 10 shared by 2 rows; 效益指标 40 (in its name) shared by 1 row"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "truncation", "severity": "info", "line": 32, "column": 13, "path": "indicators[0]", "message": "the sheet printed 得分 9.00, the rules give 9.80: the same score, truncated"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "op-assumed", "severity": "info", "line": 33, "column": 5, "path": "indicators[1]", "message": "no 指标性质 and no sign on the target '0': a target of 0 is read as ≤"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "op-conflict", "severity": "warning", "line": 34, "column": 52, "path": "indicators[2]", "message": "指标性质 is ≥, but the target is written '≤22.58': 指标性质 wins, scored as ≥"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "magnitude-suspect", "severity": "warning", "line": 34, "column": 78, "path": "indicators[2]", "message": "actual 225800 is 10000× the target ≤22.58 (read in 万元): is it in 元?"}
]
[1]

%% the seed tables as published
$ jixiao audit tests/cases/mentougou-invest-91.yaml tests/cases/zgc-weights-49.yaml tests/cases/mentougou-sci-swapped.yaml
tests/cases/mentougou-invest-91.yaml · 门头沟区投资促进服务中心 · rules mof2020: 7 findings, 1 error
  tests/cases/mentougou-invest-91.yaml:24:13: warning: over-target-without-reason: indicators[1]: actual 442 is 340% of the target 130 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:31:13: warning: over-target-without-reason: indicators[2]: actual 6 is 200% of the target 3 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:38:13: warning: over-target-without-reason: indicators[3]: actual 6 is 150% of the target 4 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:45:13: warning: over-target-without-reason: indicators[4]: actual 3 is 150% of the target 2 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:52:13: warning: over-target-without-reason: indicators[5]: actual 4 is 133% of the target 3 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:59:13: warning: over-target-without-reason: indicators[6]: actual 10 is 200% of the target 5 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:8:8: error: unsupported-score: total: the sheet printed 总分 91.00, the rows add up to 99.90

tests/cases/zgc-weights-49.yaml · 中关村科技园区门头沟园管理委员会 · rules mof2020: 25 findings, 2 errors
  tests/cases/zgc-weights-49.yaml:19:13: warning: shortfall-without-reason: indicators[0]: target missed (0.75 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:19:13: warning: actual-looks-like-ratio: indicators[0]: actual 1 against a target of 4 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:26:13: warning: shortfall-without-reason: indicators[1]: target missed (0.03 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:26:13: warning: actual-looks-like-ratio: indicators[1]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:47:13: warning: shortfall-without-reason: indicators[4]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:47:13: warning: actual-looks-like-ratio: indicators[4]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:54:13: warning: shortfall-without-reason: indicators[5]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:54:13: warning: actual-looks-like-ratio: indicators[5]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:68:13: warning: shortfall-without-reason: indicators[7]: target missed (1.00 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:68:13: warning: actual-looks-like-ratio: indicators[7]: actual 1 against a target of 3 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:82:13: warning: actual-looks-like-ratio: indicators[9]: actual 1 against a target of 优良中低差 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:89:13: warning: shortfall-without-reason: indicators[10]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:89:13: warning: actual-looks-like-ratio: indicators[10]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:96:13: warning: shortfall-without-reason: indicators[11]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:96:13: warning: actual-looks-like-ratio: indicators[11]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:110:13: warning: shortfall-without-reason: indicators[13]: target missed (0.03 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:110:13: warning: actual-looks-like-ratio: indicators[13]: actual 1 against a target of 100 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:123:13: warning: actual-looks-like-ratio: indicators[15]: actual 1 against a target of 优良中低差 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:130:13: warning: shortfall-without-reason: indicators[16]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:130:13: warning: actual-looks-like-ratio: indicators[16]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:137:13: warning: shortfall-without-reason: indicators[17]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:137:13: warning: actual-looks-like-ratio: indicators[17]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:8:1: warning: weights-do-not-add-up: the points add up to 49.00 (indicators 49.00), not 100.00
  tests/cases/zgc-weights-49.yaml:10:8: error: unsupported-score: total: the sheet printed 总分 98.00, the rows add up to 29.90
  tests/cases/zgc-weights-49.yaml:11:8: error: grade-mismatch: grade: the sheet printed 等级 优秀, 29.90 grades 较差

tests/cases/mentougou-sci-swapped.yaml · 门头沟区科学技术和信息化局 · rules mof2020: 3 findings, 1 error
  tests/cases/mentougou-sci-swapped.yaml:9:5: warning: unit-is-scale: indicators[0]: 度量单位 '优良' names a grade scale: are 指标值 and 度量单位 swapped?
  tests/cases/mentougou-sci-swapped.yaml:17:5: warning: unit-is-scale: indicators[1]: 度量单位 '优良' names a grade scale: are 指标值 and 度量单位 swapped?
  tests/cases/mentougou-sci-swapped.yaml:7:8: error: unsupported-score: total: the sheet printed 总分 98.50, the rows add up to 100.00
[1]

%% a form whose claims all hold: exit 0
$ jixiao audit tests/data/pass_rule_sets.yaml
tests/data/pass_rule_sets.yaml · 示例单位 · 规则集对照 · rules mof2020: 1 finding, 0 errors
  tests/data/pass_rule_sets.yaml:6:5: info: points-inferred: indicators[0].points: 分值 inferred for 4 of 4 rows: 产出指标 50 (mof2020's split) shared by 2 rows; 效益指标 30 (mof2020's split) shared by 1 row; 满意度指标 10 (mof2020's split) shared by 1 row

$ jixiao audit --help
usage: jixiao audit [--rules NAME|FILE] [--format text|json] FILE...

Recomputes every sheet and reports each disagreement with what the form prints (得分, 执行率,
总分, 等级) and each gap a reviewer must see, as findings with a class and a severity:
rounding, deduction-without-reason, unsupported-score, rate-mismatch, sum-mismatch,
grade-mismatch, weights-do-not-add-up, over-target-without-reason, shortfall-without-reason,
execution-below-90-without-reason, actual-looks-like-ratio, qualitative-score-outside-tier.
Text groups findings per sheet; json prints one object per finding. Exit 1 on an error.

$ jixiao audit
2> jixiao audit: no FILE given (- reads stdin)
2> Try 'jixiao audit --help'.
[2]

