%% jixiao audit: every claim a filled form prints, checked; findings per class with a severity (tests/test_audit.c derives them)
$ jixiao audit tests/cases/audit-classes.yaml
tests/cases/audit-classes.yaml · 审计样例单位 · 每类发现各一次 · 规则 mof2020：审核发现 11 项，其中错误 5 项
  tests/cases/audit-classes.yaml:11:75: 提示: rounding: 第1项指标: 表内填报得分 7.00，按评分规则应得 6.67：为同一得分四舍五入所致
  tests/cases/audit-classes.yaml:12:77: 错误: deduction-without-reason: 第2项指标: 目标已达成，表内却填报得分 8.00（分值 10.00），未填写偏差原因
  tests/cases/audit-classes.yaml:13:76: 错误: unsupported-score: 第3项指标: 表内填报得分 9.00，按评分规则应得 5.00
  tests/cases/audit-classes.yaml:14:71: 错误: qualitative-score-outside-tier: 第4项指标: 定性评分 6.00 不在“达成”档 [8.00, 10.00] 之内（实际完成值“优”所指）：仍以评价人评分为准
  tests/cases/audit-classes.yaml:15:55: 警告: over-target-without-reason: 第5项指标: 实际完成值 150 为目标值的 150%（目标值 100，超过 130%），未填写偏差原因
  tests/cases/audit-classes.yaml:16:57: 警告: actual-looks-like-ratio: 第6项指标: 实际完成值 0.95（目标值 90）像是完成比例而非实际数值
  tests/cases/audit-classes.yaml:17:54: 警告: shortfall-without-reason: 第7项指标: 未达成目标（得 8.00 分，分值 10.00），未填写偏差原因
  tests/cases/audit-classes.yaml:6:3: 警告: execution-below-90-without-reason: 预算执行: 预算执行率 80.00% 低于 90%，未填写偏差原因
  tests/cases/audit-classes.yaml:8:9: 错误: rate-mismatch: 预算执行 · 执行率: 表内填报执行率 85%，按金额计算为 80.00%
  tests/cases/audit-classes.yaml:3:1: 警告: weights-do-not-add-up: 分值合计为 80.00（指标 70.00 + 预算执行 10.00），不是 100.00
  tests/cases/audit-classes.yaml:18:8: 错误: grade-mismatch: 等级: 表内填报等级“良好”，53.78 分应评为较差

tests/cases/audit-classes.yaml · 审计样例单位 · 总分与各行之和不符 · 规则 mof2020：审核发现 1 项，其中错误 1 项
  tests/cases/audit-classes.yaml:25:8: 错误: sum-mismatch: 总分: 表内填报总分 95.00，各项得分合计为 100.00

tests/cases/audit-classes.yaml · 审计样例单位 · 读值的各类发现 · 规则 mof2020：审核发现 5 项，其中错误 0 项
  tests/cases/audit-classes.yaml:33:5: 提示: points-inferred: 第2项指标 · 分值: 3 个指标（共 4 个）未填分值，已推定：产出指标 60 分（见其名称），扣除已填报的 10，由 2 个指标均分；效益指标 40 分（见其名称），由 1 个指标均分
  tests/cases/audit-classes.yaml:32:13: 提示: truncation: 第1项指标: 表内填报得分 9.00，按评分规则应得 9.80：为同一得分截去小数所致
  tests/cases/audit-classes.yaml:33:5: 提示: op-assumed: 第2项指标: 未填指标性质，目标值“0”也未带符号：目标值为 0，按 ≤ 计
  tests/cases/audit-classes.yaml:34:52: 警告: op-conflict: 第3项指标: 指标性质为 ≥，但目标值写作“≤22.58”：以指标性质为准，按 ≥ 评分
  tests/cases/audit-classes.yaml:34:78: 警告: magnitude-suspect: 第3项指标: 实际完成值 225800 是目标值的 10000 倍（目标值 ≤22.58）（按万元计）：是否应为元？
[1]

$ jixiao audit --format json tests/cases/audit-classes.yaml
[
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "rounding", "severity": "info", "line": 11, "column": 75, "path": "indicators[0]", "message": "the sheet printed a score of 7.00, the rules give 6.67: the same score, rounded"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "deduction-without-reason", "severity": "error", "line": 12, "column": 77, "path": "indicators[1]", "message": "the target is met, yet the sheet printed a score of 8.00 of 10.00 with no reason for the deviation"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "unsupported-score", "severity": "error", "line": 13, "column": 76, "path": "indicators[2]", "message": "the sheet printed a score of 9.00, the rules give 5.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "qualitative-score-outside-tier", "severity": "error", "line": 14, "column": 71, "path": "indicators[3]", "message": "the qualitative score 6.00 lies outside the 达成 tier [8.00, 10.00] that '优' names: the evaluator's score stands"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "over-target-without-reason", "severity": "warning", "line": 15, "column": 55, "path": "indicators[4]", "message": "actual 150 is 150% of the target 100 (over 130%) and no reason for the deviation is given"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "actual-looks-like-ratio", "severity": "warning", "line": 16, "column": 57, "path": "indicators[5]", "message": "actual 0.95 against a target of 90 looks like a completion ratio, not a value"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "shortfall-without-reason", "severity": "warning", "line": 17, "column": 54, "path": "indicators[6]", "message": "target missed (8.00 of 10.00 points) and no reason for the deviation is given"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "execution-below-90-without-reason", "severity": "warning", "line": 6, "column": 3, "path": "budget", "message": "execution 80.00% is below 90% and no reason for the deviation is given"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "rate-mismatch", "severity": "error", "line": 8, "column": 9, "path": "budget.rate", "message": "the sheet printed an execution rate of 85%, the amounts give 80.00%"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "weights-do-not-add-up", "severity": "warning", "line": 3, "column": 1, "path": "", "message": "the points add up to 80.00 (indicators 70.00 + budget 10.00), not 100.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 0, "org": "审计样例单位", "project": "每类发现各一次", "class": "grade-mismatch", "severity": "error", "line": 18, "column": 8, "path": "grade", "message": "the sheet printed the grade 良好, 53.78 grades 较差"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 1, "org": "审计样例单位", "project": "总分与各行之和不符", "class": "sum-mismatch", "severity": "error", "line": 25, "column": 8, "path": "total", "message": "the sheet printed a total of 95.00, its own rows add up to 100.00"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "points-inferred", "severity": "info", "line": 33, "column": 5, "path": "indicators[1].points", "message": "points inferred for 3 of 4 rows: 产出指标 60 (in its name) less the printed 10 shared by 2 rows; 效益指标 40 (in its name) shared by 1 row"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "truncation", "severity": "info", "line": 32, "column": 13, "path": "indicators[0]", "message": "the sheet printed a score of 9.00, the rules give 9.80: the same score, truncated"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "op-assumed", "severity": "info", "line": 33, "column": 5, "path": "indicators[1]", "message": "no nature given and no sign on the target '0': a target of 0 is read as ≤"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "op-conflict", "severity": "warning", "line": 34, "column": 52, "path": "indicators[2]", "message": "the nature is ≥, but the target is written '≤22.58': the nature wins, scored as ≥"},
 {"source": "tests/cases/audit-classes.yaml", "sheet": 2, "org": "审计样例单位", "project": "读值的各类发现", "class": "magnitude-suspect", "severity": "warning", "line": 34, "column": 78, "path": "indicators[2]", "message": "actual 225800 is 10000× the target ≤22.58 (read in 万元): is it in 元?"}
]
[1]

%% the seed tables as published
$ jixiao audit tests/cases/mentougou-invest-91.yaml tests/cases/zgc-weights-49.yaml tests/cases/mentougou-sci-swapped.yaml
tests/cases/mentougou-invest-91.yaml · 门头沟区投资促进服务中心 · 规则 mof2020：审核发现 7 项，其中错误 1 项
  tests/cases/mentougou-invest-91.yaml:24:13: 警告: over-target-without-reason: 第2项指标: 实际完成值 442 为目标值的 340%（目标值 130，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:31:13: 警告: over-target-without-reason: 第3项指标: 实际完成值 6 为目标值的 200%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:38:13: 警告: over-target-without-reason: 第4项指标: 实际完成值 6 为目标值的 150%（目标值 4，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:45:13: 警告: over-target-without-reason: 第5项指标: 实际完成值 3 为目标值的 150%（目标值 2，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:52:13: 警告: over-target-without-reason: 第6项指标: 实际完成值 4 为目标值的 133%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:59:13: 警告: over-target-without-reason: 第7项指标: 实际完成值 10 为目标值的 200%（目标值 5，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:8:8: 错误: unsupported-score: 总分: 表内填报总分 91.00，按评分规则合计为 99.90

tests/cases/zgc-weights-49.yaml · 中关村科技园区门头沟园管理委员会 · 规则 mof2020：审核发现 25 项，其中错误 2 项
  tests/cases/zgc-weights-49.yaml:19:13: 警告: shortfall-without-reason: 第1项指标: 未达成目标（得 0.75 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:19:13: 警告: actual-looks-like-ratio: 第1项指标: 实际完成值 1（目标值 4）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:26:13: 警告: shortfall-without-reason: 第2项指标: 未达成目标（得 0.03 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:26:13: 警告: actual-looks-like-ratio: 第2项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:47:13: 警告: shortfall-without-reason: 第5项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:47:13: 警告: actual-looks-like-ratio: 第5项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:54:13: 警告: shortfall-without-reason: 第6项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:54:13: 警告: actual-looks-like-ratio: 第6项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:68:13: 警告: shortfall-without-reason: 第8项指标: 未达成目标（得 1.00 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:68:13: 警告: actual-looks-like-ratio: 第8项指标: 实际完成值 1（目标值 3）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:82:13: 警告: actual-looks-like-ratio: 第10项指标: 实际完成值 1（目标值 优良中低差）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:89:13: 警告: shortfall-without-reason: 第11项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:89:13: 警告: actual-looks-like-ratio: 第11项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:96:13: 警告: shortfall-without-reason: 第12项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:96:13: 警告: actual-looks-like-ratio: 第12项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:110:13: 警告: shortfall-without-reason: 第14项指标: 未达成目标（得 0.03 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:110:13: 警告: actual-looks-like-ratio: 第14项指标: 实际完成值 1（目标值 100）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:123:13: 警告: actual-looks-like-ratio: 第16项指标: 实际完成值 1（目标值 优良中低差）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:130:13: 警告: shortfall-without-reason: 第17项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:130:13: 警告: actual-looks-like-ratio: 第17项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:137:13: 警告: shortfall-without-reason: 第18项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:137:13: 警告: actual-looks-like-ratio: 第18项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:8:1: 警告: weights-do-not-add-up: 分值合计为 49.00（指标 49.00），不是 100.00
  tests/cases/zgc-weights-49.yaml:10:8: 错误: unsupported-score: 总分: 表内填报总分 98.00，按评分规则合计为 29.90
  tests/cases/zgc-weights-49.yaml:11:8: 错误: grade-mismatch: 等级: 表内填报等级“优秀”，29.90 分应评为较差

tests/cases/mentougou-sci-swapped.yaml · 门头沟区科学技术和信息化局 · 规则 mof2020：审核发现 3 项，其中错误 1 项
  tests/cases/mentougou-sci-swapped.yaml:9:5: 警告: unit-is-scale: 第1项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/cases/mentougou-sci-swapped.yaml:17:5: 警告: unit-is-scale: 第2项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/cases/mentougou-sci-swapped.yaml:7:8: 错误: unsupported-score: 总分: 表内填报总分 98.50，按评分规则合计为 100.00
[1]

%% a form whose claims all hold: exit 0
$ jixiao audit tests/data/pass_rule_sets.yaml
tests/data/pass_rule_sets.yaml · 示例单位 · 规则集对照 · 规则 mof2020：审核发现 1 项，其中错误 0 项
  tests/data/pass_rule_sets.yaml:6:5: 提示: points-inferred: 第1项指标 · 分值: 4 个指标（共 4 个）未填分值，已推定：产出指标 50 分（mof2020 的分配），由 2 个指标均分；效益指标 30 分（mof2020 的分配），由 1 个指标均分；满意度指标 10 分（mof2020 的分配），由 1 个指标均分

$ jixiao audit --help
usage: jixiao audit [--rules NAME|FILE] [--format text|json] [--lang zh|en] FILE...

Recomputes every sheet and reports each disagreement with what the form prints (得分, 执行率,
总分, 等级) and each gap a reviewer must see, as findings with a class and a severity:
rounding, deduction-without-reason, unsupported-score, rate-mismatch, sum-mismatch,
grade-mismatch, weights-do-not-add-up, over-target-without-reason, shortfall-without-reason,
execution-below-90-without-reason, actual-looks-like-ratio, qualitative-score-outside-tier.
Text groups findings per sheet; json prints one object per finding. Exit 1 on an error.
The findings' messages are Chinese in text unless --lang en; json follows the locale.

$ jixiao audit
2> jixiao audit: no FILE given (- reads stdin)
2> Try 'jixiao audit --help'.
[2]

%% audit's findings in English when asked for; JSON in the locale's language (C: English)
$ jixiao audit --lang en examples/project-2023.yaml
examples/project-2023.yaml · 中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · rules mof2020: 2 findings, 2 errors
  examples/project-2023.yaml:34:12: error: unsupported-score: indicators[1]: the sheet printed a score of 10.00, the rules give 3.33
  examples/project-2023.yaml:86:8: error: sum-mismatch: total: the sheet printed a total of 100.00, its own rows add up to 99.00
[1]

$ jixiao audit --format json --lang zh examples/project-2023.yaml
[
 {"source": "examples/project-2023.yaml", "sheet": 0, "org": "中关村科技园区门头沟园管理委员会", "project": "门头沟“两区”标识建设", "class": "unsupported-score", "severity": "error", "line": 34, "column": 12, "path": "indicators[1]", "message": "表内填报得分 10.00，按评分规则应得 3.33"},
 {"source": "examples/project-2023.yaml", "sheet": 0, "org": "中关村科技园区门头沟园管理委员会", "project": "门头沟“两区”标识建设", "class": "sum-mismatch", "severity": "error", "line": 86, "column": 8, "path": "total", "message": "表内填报总分 100.00，各项得分合计为 99.00"}
]
[1]

