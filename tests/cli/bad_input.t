%% every bad input: a located message with the source line and a caret, exit 1, no crash
$ jixiao score tests/data/fail_malformed.yaml
2> tests/data/fail_malformed.yaml:2:11: error: malformed YAML: did not find expected ',' or ']' while parsing a flow sequence
2>     2 | indicators: 3
2>       |           ^
[1]

$ jixiao score tests/data/fail_unknown_key.yaml
2> tests/data/fail_unknown_key.yaml:6:5: error: indicators[0]: unknown key 'poins'; did you mean 'points'?
2>     6 |     poins: 5
2>       |     ^
[1]

$ jixiao score tests/data/fail_wrong_type.yaml
2> tests/data/fail_wrong_type.yaml:3:3: error: indicators: expected a list, found a mapping
2>     3 |   name: a
2>       |   ^
[1]

$ jixiao score tests/data/fail_target_not_number.yaml
2> tests/data/fail_target_not_number.yaml:5:13: error: indicators[0].target: '1e3': not a number (an exponent): write 1000
2>     5 |     target: 1e3
2>       |             ^
[1]

$ jixiao score tests/data/fail_actual_not_number.yaml
2> tests/data/fail_actual_not_number.yaml:6:13: error: indicators[0].actual: '很多': the actual is not a number, nor a word the rule set reads as a tier
2>     6 |     actual: 很多
2>       |             ^
[1]

$ jixiao score tests/data/fail_date_actual.yaml
2> tests/data/fail_date_actual.yaml:5:13: error: indicators[0].actual: '延期': the target is a date: the actual must be a date (2023年11月), a month, or a word the rule set reads as a tier (按时完成)
2>     5 |     actual: 延期
2>       |             ^
[1]

$ jixiao score tests/data/fail_units.yaml
2> tests/data/fail_units.yaml:5:13: error: indicators[0].actual: units cannot convert into each other: the target is in 个, the actual in 元
2>     5 |     actual: 5元
2>       |             ^
[1]

$ jixiao score tests/data/fail_negative_points.yaml
2> tests/data/fail_negative_points.yaml:7:13: error: indicators[0].points: points must not be negative (-5)
2>     7 |     points: -5
2>       |             ^
[1]

$ jixiao score tests/data/fail_deduct_reason.yaml
2> tests/data/fail_deduct_reason.yaml:7:13: error: indicators[0].deduct: a deduction needs a reason: deduct: {points: N, reason: ...}
2>     7 |     deduct: {points: 2}
2>       |             ^
[1]

$ jixiao score tests/data/fail_rules_name.yaml
2> tests/data/fail_rules_name.yaml:2:8: error: rules: unknown rule set 'mof2021' (built-ins: budget20, linear-reverse, mof2020, pre2020)
2>     2 | rules: mof2021
2>       |        ^
[1]

$ jixiao score --rules mof2021 tests/cases/mentougou-invest-91.yaml
2> jixiao: error: unknown rule set 'mof2021' (built-ins: budget20, linear-reverse, mof2020, pre2020)
[1]

$ jixiao check --rules tests/data/fail_rules_value.yaml
2> tests/data/fail_rules_value.yaml:4:11: error: budget.points: 'ten' is not a plain number of 分
2>     4 |   points: ten
2>       |           ^
[1]

$ jixiao check --rules tests/data/fail_rules_key.yaml
2> tests/data/fail_rules_key.yaml:3:1: error: unknown key 'budgte'; did you mean 'budget'?
2>     3 | budgte:
2>       | ^
[1]

$ jixiao check --rules tests/data/fail_rules_formula.yaml
2> tests/data/fail_rules_formula.yaml:5:28: error: ops.ge.under: formula 'p * min(1, B / C)': unknown variable (A, B, p, rate, low, high)
2>     5 |     under: "p * min(1, B / C)"
2>       |                            ^
[1]

$ jixiao score tests/data/fail_empty.yaml
2> tests/data/fail_empty.yaml:1:1: error: empty file: no sheet (expected org, indicators, ...)
[1]

$ jixiao score tests/data/fail_binary.yaml
2> tests/data/fail_binary.yaml:1:7: error: a NUL byte: a binary file, not text
2>     1 | org: x
2>       |       ^
[1]

$ jixiao score tests/data/fail_alias_bomb.yaml
2> tests/data/fail_alias_bomb.yaml:2:8: error: YAML aliases (*a) are not accepted: write the value out
2>     2 | b: &b [*a, *a]
2>       |        ^
[1]

$ jixiao score tests/data/fail_deep.yaml
2> tests/data/fail_deep.yaml:1:37: error: nesting deeper than 32 levels
2>     1 | org: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
2>       |                                     ^
[1]

$ truncate -s 100M /tmp/jixiao-100mb.yaml && jixiao check /tmp/jixiao-100mb.yaml; s=$?; rm -f /tmp/jixiao-100mb.yaml; exit $s
2> /tmp/jixiao-100mb.yaml: error: file is 104857600 bytes; the limit is 16777216 (jx_load_options.max_bytes)
[1]

$ jixiao score tests/no-such-file.yaml
2> tests/no-such-file.yaml: error: cannot open: No such file or directory
[1]

$ jixiao score tests/data
2> tests/data: error: is a directory
[1]

%% a bad file among good ones: the good ones are still scored, the status says 1
$ jixiao score --format csv tests/cases/mentougou-sci-swapped.yaml tests/data/fail_units.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/cases/mentougou-sci-swapped.yaml,indicator,0,,,保证人员工资发放到位,定性,完成人员工资足额发放,完成人员工资足额发放,优良,50,50,达成,门头沟区科学技术和信息化局,
tests/cases/mentougou-sci-swapped.yaml,indicator,1,,,实施科技项目及信息化项目,定性,完成科技项目、科普项目及信息化项目,完成科技项目、科普项目及信息化项目,优良,50,50,达成,门头沟区科学技术和信息化局,
tests/cases/mentougou-sci-swapped.yaml,total,,,,总分,,,,,100,100,优秀,门头沟区科学技术和信息化局,
2> tests/data/fail_units.yaml:5:13: error: indicators[0].actual: units cannot convert into each other: the target is in 个, the actual in 元
2>     5 |     actual: 5元
2>       |             ^
[1]

