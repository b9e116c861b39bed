%% jixiao bulk: the same three sheets (and one bad) as YAML, JSONL and long CSV score alike.
%%   甲: ≤ 100 with 95 → 30; ≥ 200 with 210 → 60; budget 100% → 10: 100 优秀
%%   乙: ≤ 100万元 with 120万元 → 20 × 100/120 = 16.67; ≥ 10 with 8 → 70 × 0.8 = 56; budget 80% → 8:
%%       80.67 良好, warnings: the shortfall of row 2 (no 偏差原因) and execution below 90%
%%   丙: 定性 良 → 0.8 × 50 = 40; ≥ 90% with 93% → 50: 90 优秀
%%   the third record's target 十个 is no number: reported where it stands, skipped
$ jixiao bulk tests/cases/bulk/sheets.yaml
{"id": "tests/cases/bulk/sheets.yaml#1", "input": "tests/cases/bulk/sheets.yaml", "record": 1, "line": 1, "org": "甲单位", "project": "", "total": 100, "grade": "优秀", "budget": 10, "warnings": 0}
{"id": "tests/cases/bulk/sheets.yaml#2", "input": "tests/cases/bulk/sheets.yaml", "record": 2, "line": 7, "org": "乙单位", "project": "", "total": 80.67, "grade": "良好", "budget": 8, "warnings": 2}
{"id": "tests/cases/bulk/sheets.yaml#4", "input": "tests/cases/bulk/sheets.yaml", "record": 4, "line": 17, "org": "丙单位", "project": "", "total": 90, "grade": "优秀", "budget": null, "warnings": 0}
2> tests/cases/bulk/sheets.yaml:16:33: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 3 scored, 1 skipped, 4 read
[1]

$ jixiao bulk --format csv --rows tests/cases/bulk/sheets.jsonl
id,input,record,line,org,project,total,grade,budget,warnings,rows
tests/cases/bulk/sheets.jsonl#1,tests/cases/bulk/sheets.jsonl,1,1,甲单位,,100,优秀,10,0,30;60
tests/cases/bulk/sheets.jsonl#2,tests/cases/bulk/sheets.jsonl,2,2,乙单位,,80.67,良好,8,2,16.67;56
tests/cases/bulk/sheets.jsonl#4,tests/cases/bulk/sheets.jsonl,4,4,丙单位,,90,优秀,,0,40;50
2> tests/cases/bulk/sheets.jsonl:3:69: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 3 scored, 1 skipped, 4 read
[1]

$ jixiao bulk --jobs 2 tests/cases/bulk/sheets.csv
{"id": "tests/cases/bulk/sheets.csv#1", "input": "tests/cases/bulk/sheets.csv", "record": 1, "line": 2, "org": "甲单位", "project": "", "total": 100, "grade": "优秀", "budget": 10, "warnings": 0}
{"id": "tests/cases/bulk/sheets.csv#2", "input": "tests/cases/bulk/sheets.csv", "record": 2, "line": 5, "org": "乙单位", "project": "", "total": 80.67, "grade": "良好", "budget": 8, "warnings": 2}
{"id": "tests/cases/bulk/sheets.csv#4", "input": "tests/cases/bulk/sheets.csv", "record": 4, "line": 9, "org": "丙单位", "project": "", "total": 90, "grade": "优秀", "budget": null, "warnings": 0}
2> tests/cases/bulk/sheets.csv:8:15: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 3 scored, 1 skipped, 4 read
[1]

%% the summary of sheets.yaml: totals 100, 80.67, 90: mean 90.22; sd √((9.78² + 9.55² + 0.22²)/2) = 9.67;
%%   quantiles as GSL's (n−1)p rule: p10 = 80.67 + 0.2 × (90 − 80.67) = 82.54, p25 = 85.33, p75 = 95,
%%   p90 = 98; rows: 3 met, 2 short, 1 定性 of 6
$ jixiao bulk --summary text tests/cases/bulk/sheets.yaml
自评表 3 份，指标 6 项
总分：平均 90.22，标准差 9.67，最低 80.67，10%分位 82.54，25%分位 85.33，中位数 90.00，75%分位 95.00，90%分位 98.00，最高 100.00
等级： 优秀 2 良好 1
指标状态： 达成 50.00% 未达成 33.33% 定性 16.67%
审核发现： execution-below-90-without-reason 1 shortfall-without-reason 1
2> tests/cases/bulk/sheets.yaml:16:33: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 3 scored, 1 skipped, 4 read
[1]

$ jixiao bulk --summary json --jobs 2 tests/cases/bulk
{"sheets": 9, "rows": 18, "total": {"mean": 90.22, "sd": 8.37, "min": 80.67, "p10": 80.67, "p25": 80.67, "median": 90.00, "p75": 100.00, "p90": 100.00, "max": 100.00}, "grades": {"优秀": 6, "良好": 3}, "statuses": {"met": 0.5000, "over": 0.0000, "short": 0.3333, "zero": 0.0000, "qual": 0.1667, "pending": 0.0000}, "warnings": {"execution-below-90-without-reason": 3, "shortfall-without-reason": 3}}
2> tests/cases/bulk/sheets.csv:8:15: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> tests/cases/bulk/sheets.jsonl:3:69: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> tests/cases/bulk/sheets.yaml:16:33: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 9 scored, 3 skipped, 12 read
[1]

%% grades are listed from the highest band down, whatever order the sheets came in (一般 first here)
$ jixiao bulk --summary text tests/data/pass_reading.yaml tests/data/pass_rule_sets.yaml examples/project-2023.yaml
自评表 3 份，指标 17 项
总分：平均 84.71，标准差 7.03，最低 78.48，10%分位 79.45，25%分位 80.91，中位数 83.33，75%分位 87.83，90%分位 90.53，最高 92.33
等级： 优秀 1 良好 1 一般 1
指标状态： 达成 47.06% 未达成 35.29% 未达成（不得分） 5.88% 定性 11.76%
审核发现： op-assumed 2 points-inferred 2 grade-mismatch 1 sum-mismatch 1 unsupported-score 1
2> 3 scored, 0 skipped, 3 read

%% --strict: a finding of severity warning or error makes a record bad, and the run stops there: record 2
%% misses a target and spends 80% with no 偏差原因 (two warnings); stdin needs --input or a guess
$ jixiao bulk --strict --input csv - < tests/cases/bulk/sheets.csv
{"id": "-#1", "input": "-", "record": 1, "line": 2, "org": "甲单位", "project": "", "total": 100, "grade": "优秀", "budget": 10, "warnings": 0}
2> -:6:17: error: indicators[1]: target missed (56.00 of 70.00 points) and no reason for the deviation is given (shortfall-without-reason, --strict; record 2, skipped)
2> -:7:1: error: budget: execution 80.00% is below 90% and no reason for the deviation is given (execution-below-90-without-reason, --strict; record 2, skipped)
2> 1 scored, 1 skipped, 2 read (stopped at the first bad record: --strict)
[1]

$ jixiao bulk --jobs 0 tests/cases/bulk
2> jixiao bulk: --jobs takes 1 to 64
2> Try 'jixiao bulk --help'.
[2]

