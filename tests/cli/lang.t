%% the command's own texts in Chinese (issue 14): --lang zh anywhere on the command line, or a zh_*
%% locale; usage, help, errors at their place, check's lines, bulk's counts, diff's and test's
%% summaries. The library's errors are worded in Chinese when they happen, beside the English.
$ jixiao --lang zh --help
用法：jixiao <命令> [选项] [文件...]

按规则集为绩效自评表评分。

命令：
  score    为自评表评分并打印评分表（text、json、csv、md、html、xlsx）
  explain  逐行列出计分过程，以及预算执行行、合计与等级
  check    载入并校验自评表和规则文件，不打印得分
  rules    列出内置规则集，或以 YAML 显示其中一个
  audit    核对表上填写的得分，并为每处不一致分类
  diff     在两套规则集下为自评表评分，报告规则改动带来的变化
  test     运行规则回归用例：预期的总分、等级、各行、警告、错误
  bulk     为大量自评表流（YAML、JSONL、CSV、文件夹）评分并汇总
  import   读取 Excel、CSV/TSV 或从 Word 粘贴的表格，写成 YAML
  report   一个文件夹的自评表每表一行，按单位分组，失败的也列出
  serve    通过 HTTP 评分、说明和核对，附上传页面

选项：--help（每个命令都有）、--version、--lang zh|en（输出所用的语言）
退出状态：0 完成（可有警告），1 输入有误，2 用法有误

$ jixiao rules --help --lang zh
用法：jixiao rules [show 名称|文件]

列出内置规则集，或以 YAML 打印其中一个（或先经检查的规则文件）。

$ jixiao --lang zh score
2> jixiao score：未给出文件（- 读标准输入）
2> 请运行“jixiao score --help”查看用法。
[2]

$ jixiao frob --lang=zh
2> jixiao：未知的命令“frob”
2> 请运行“jixiao --help”查看用法。
[2]

$ jixiao score --lang
2> jixiao score: --lang needs a value
2> Try 'jixiao score --help'.
[2]

$ LC_ALL=zh_CN.UTF-8 jixiao score --format yaml x.yaml
2> jixiao score：未知的格式“yaml”（text、json、csv、md、html、xlsx）
2> 请运行“jixiao score --help”查看用法。
[2]

$ LC_ALL=zh_CN.UTF-8 jixiao --lang en score --format yaml x.yaml
2> jixiao score: unknown format 'yaml' (text, json, csv, md, html, xlsx)
2> Try 'jixiao score --help'.
[2]

$ jixiao check --lang zh examples/project-2023.yaml tests/data/pass_two_sheets.yaml
examples/project-2023.yaml：通过（1 张表，8 项指标，2 条警告）
tests/data/pass_two_sheets.yaml：通过（2 张表，2 项指标，1 条警告）

$ jixiao check --lang zh --rules tests/data/pass_rules_suzhou.yaml
tests/data/pass_rules_suzhou.yaml：通过（规则集 苏州）

$ jixiao --lang zh score tests/data/fail_units.yaml
2> tests/data/fail_units.yaml:5:13: 错误：第1项指标 · 实际完成值：单位无法互相换算：年度指标值的单位是 个，实际完成值的单位是 元
2>     5 |     actual: 5元
2>       |             ^
[1]

$ jixiao --lang zh check tests/data/fail_target_not_number.yaml tests/data/fail_unknown_key.yaml tests/data/fail_wrong_type.yaml tests/data/fail_rules_name.yaml
2> tests/data/fail_target_not_number.yaml:5:13: 错误：第1项指标 · 年度指标值：“1e3”：不是数值（科学计数法）：请写作 1000
2>     5 |     target: 1e3
2>       |             ^
2> tests/data/fail_unknown_key.yaml:6:5: 错误：第1项指标：未知的键“poins”；是否应为“points”？
2>     6 |     poins: 5
2>       |     ^
2> tests/data/fail_wrong_type.yaml:3:3: 错误：绩效指标：应为列表，实为映射
2>     3 |   name: a
2>       |   ^
2> tests/data/fail_rules_name.yaml:2:8: 错误：规则：未知的规则集“mof2021”（内置：budget20, linear-reverse, mof2020, pre2020）
2>     2 | rules: mof2021
2>       |        ^
[1]

$ jixiao --lang zh check --strict tests/data/pass_printed_forms.yaml
2> tests/data/pass_printed_forms.yaml:7:62: 错误：第1项指标：未达成目标（得 9.80 分，分值 10.00），未填写偏差原因（shortfall-without-reason，--strict）
[1]

$ jixiao --lang zh bulk --summary json tests/data/pass_two_sheets.yaml > /dev/null
2> 评分 2 条，跳过 0 条，读取 2 条

$ printf '{"org": "x", "indicators": [{"name": "a", "op": "≥", "target": "1e3", "points": 100, "actual": 5}]}\n' | jixiao --lang zh bulk --input jsonl - > /dev/null
2> -:1:64: 错误：第1项指标 · 年度指标值：“1e3”：不是数值（科学计数法）：请写作 1000（第 1 条记录，已跳过）
2> 评分 0 条，跳过 1 条，读取 1 条
[1]

$ jixiao --lang zh diff --from mof2020 --to linear-reverse tests/cases/diff
tests/cases/diff/b.yaml 乙单位：96.67 → 96（-0.67），优秀 → 优秀
  [1] 项目成本：16.67 → 16（-0.67）
tests/cases/diff/d.yaml#2 丁单位：84.17 → 77.5（-6.67），良好 → 一般
  [1] 办理时限：26.67 → 20（-6.67）
mof2020 → linear-reverse：评分 5 张表，2 张有变化，1 张等级改变（升 0 张，降 1 张），平均变化 -1.47
变化最大的：
     -6.67  tests/cases/diff/d.yaml#2
     -0.67  tests/cases/diff/b.yaml

$ jixiao --lang zh report --format xlsx tests/cases
2> jixiao report：--format xlsx 写出工作簿：请用 -o 输出.xlsx 指定文件
2> 请运行“jixiao report --help”查看用法。
[2]

%% English stays as it was: the default in the C locale, and --lang en
$ jixiao score tests/data/fail_units.yaml
2> tests/data/fail_units.yaml:5:13: error: indicators[0].actual: units cannot convert into each other: the target is in 个, the actual in 元
2>     5 |     actual: 5元
2>       |             ^
[1]

$ jixiao --lang en check tests/data/fail_target_not_number.yaml
2> tests/data/fail_target_not_number.yaml:5:13: error: indicators[0].target: '1e3': not a number (an exponent): write 1000
2>     5 |     target: 1e3
2>       |             ^
[1]

%% a rule maintainer's failing cases, said in Chinese; a case may expect either language's words
$ jixiao --lang zh test tests/cases/broken.case.yaml
tests/cases/broken.case.yaml:3: a wrong expectation：总分：预期 99.89，实为 99.9
tests/cases/broken.case.yaml:3: a wrong expectation：第 9 行（重大贡献奖励兑现）：预期 9.89，实为 9.9——197家 < 199家 → 10 × 197/199 = 9.90
通过 1 个，未通过 1 个
[1]

$ jixiao --lang zh test tests/cases/lang.case.yaml
tests/cases/lang.case.yaml:13: neither：错误信息：预期含有“单位不对”，实为“单位无法互相换算：年度指标值的单位是 个，实际完成值的单位是 元”
通过 2 个，未通过 1 个
[1]

