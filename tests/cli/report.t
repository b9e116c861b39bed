%% jixiao report: a row per sheet of a folder, failures included. tests/cases/report/ holds
%%   a1.yaml  甲局 项目一: 50 × 90/100 = 45 + 50 = 95.00 → 优秀; it prints 95 and 优 (优秀): 0 findings
%%   a2.yaml  甲局 项目二: 100 × 8/10 = 80.00 → 良好; it prints 85: 1 finding (unsupported-score)
%%   b.jsonl  sheet 1, 乙局 项目三: ≤ 10 against 20: 100 × 10/20 = 50.00 → 较差
%%            sheet 2, 甲局 项目四: 部分达成 0.7 × 100 = 70.00 → 一般 (the blank line between is no sheet)
%%   c.yaml   丙局: a target '1e3' that is not a number: the file fails, where it stands
%% 甲局's subtotal: 3 sheets, mean (95 + 80 + 70)/3 = 81.666… → 81.67, min 70, max 95, one grade each.
$ jixiao report tests/cases/report
绩效自评汇总表：已评分 4 份，未能评分 1 份

甲局
  文件                        表序  项目    年度   总分    满分  等级  表内总分  表内等级  审核发现
  tests/cases/report/a1.yaml     1  项目一  2023  95.00  100.00  优秀     95.00  优               0
  tests/cases/report/a2.yaml     1  项目二  2023  80.00  100.00  良好     85.00                   1
  tests/cases/report/b.jsonl     2  项目四        70.00  100.00  一般                             0
  小计：3 份，平均 81.67，最低 70.00，最高 95.00；优秀 1，良好 1，一般 1

乙局
  文件                        表序  项目    年度   总分    满分  等级  表内总分  表内等级  审核发现
  tests/cases/report/b.jsonl     1  项目三        50.00  100.00  较差                             0
  小计：1 份，平均 50.00，最低 50.00，最高 50.00；较差 1

未能评分（1）:
  tests/cases/report/c.yaml:4:26: 第1项指标 · 年度指标值：“1e3”：不是数值（科学计数法）：请写作 1000
2> 1 of 5 files or sheets failed: see the end of the report
[1]

$ jixiao report --format csv tests/cases/report
source,sheet,org,project,year,total,max,grade,printed_total,printed_grade,findings,status,message
tests/cases/report/a1.yaml,1,甲局,项目一,2023,95,100,优秀,95,优,0,scored,
tests/cases/report/a2.yaml,1,甲局,项目二,2023,80,100,良好,85,,1,scored,
tests/cases/report/b.jsonl,1,乙局,项目三,,50,100,较差,,,0,scored,
tests/cases/report/b.jsonl,2,甲局,项目四,,70,100,一般,,,0,scored,
tests/cases/report/c.yaml,0,,,,,,,,,,failed,tests/cases/report/c.yaml:4:26: indicators[0].target: '1e3': not a number (an exponent): write 1000
2> 1 of 5 files or sheets failed: see the end of the report
[1]

$ jixiao report --format json tests/cases/report/a1.yaml tests/cases/report/c.yaml
[
 {"source": "tests/cases/report/a1.yaml", "sheet": 1, "org": "甲局", "project": "项目一", "year": 2023, "total": 95, "max": 100, "grade": "优秀", "printed_total": 95, "printed_grade": "优", "findings": 0, "status": "scored", "message": null},
 {"source": "tests/cases/report/c.yaml", "sheet": 0, "org": "", "project": "", "year": null, "total": null, "max": null, "grade": null, "printed_total": null, "printed_grade": null, "findings": null, "status": "failed", "message": "tests/cases/report/c.yaml:4:26: indicators[0].target: '1e3': not a number (an exponent): write 1000"}
]
2> 1 of 2 files or sheets failed: see the end of the report
[1]

%% the page and the workbook hold the same rows (tests/export.sh reads them back in Chromium and
%% LibreOffice); here, that they are written
$ jixiao report --format html tests/cases/report | grep -c '<tr class="row"'
4
2> 1 of 5 files or sheets failed: see the end of the report

$ T=$(mktemp --suffix=.xlsx); jixiao report --format xlsx -o "$T" tests/cases/report; s=$?; [ "$(head -c 2 "$T")" = PK ] && echo "a workbook (a zip package)"; rm -f "$T"; exit $s
a workbook (a zip package)
2> 1 of 5 files or sheets failed: see the end of the report
[1]

$ jixiao report --format xlsx tests/cases/report
2> jixiao report: --format xlsx writes a workbook: give it a file with -o OUT.xlsx
2> Try 'jixiao report --help'.
[2]

$ jixiao report --help
usage: jixiao report [--rules NAME|FILE] [--format text|csv|json|html|xlsx] [--lang zh|en]
                     [-o OUT] FILE|DIR...

Scores every sheet of every FILE (a directory: every .yaml, .yml, .jsonl, .csv, .tsv, .txt,
.xlsx and .xlsm below it) and prints one row per sheet: source, sheet, org, project, year,
total, max (the points the sheet carries), grade, printed_total, printed_grade (what the
form printed), findings (the audit's), status (scored or failed) and message (a failed
file's error, at its place). text, html and xlsx group the rows by org with a subtotal line
each (sheets, mean, min, max, count per grade) and list the failures last, never dropping
one; csv and json give the rows in the order read. Exit 1 when a file failed.

  --rules NAME|FILE  rule set for every sheet; default: each sheet's own `rules:`, else
                     mof2020
  --format FMT       text (default), csv, json, html (a self-contained page), xlsx (needs -o)
  --lang zh|en       text, html and xlsx are Chinese unless en is asked for;
                     csv and json keep their column names and codes
  -o, --output FILE  write to FILE instead of stdout

