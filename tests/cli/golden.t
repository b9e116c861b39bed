%% The example form in both languages (issue 14): Markdown, the HTML page's text (its DOM has no
%% script: the tags stripped, what a reader sees), the .xlsx form's strings and comments read back
%% out of the package. The numbers are the same in each and are those derived by hand in
%% explain.t: 10 + 10 × 2/6 (3.33) + 10 + 10 + 10 + 15 + 14 (定性, the evaluator's score inside
%% 达成) + 10 + 10 (budget, 100% executed) = 92.33, 优秀 from 90.
$ jixiao score --format md examples/project-2023.yaml
### 中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020

| # | 一级指标 | 二级指标 | 三级指标 | 性质 | 指标值 | 实际完成值 | 分值 | 得分 | 状态 |
|---:|---|---|---|---|---|---|---:|---:|---|
| 1 | 产出指标 | 数量指标 | 园区门户标识设置 | = | 4 | 4 | 10.00 | 10.00 | 达成 |
| 2 | 产出指标 | 数量指标 | “两区”交通指引标识设置 | ≥ | 6 | 2 | 10.00 | 3.33 | 未达成 |
| 3 | 产出指标 | 质量指标 | 标识安装验收合格率 | ≥ | 100% | 100% | 10.00 | 10.00 | 达成 |
| 4 | 产出指标 | 时效指标 | 全部工作完成时间 | 日期 | ≤2023年12月 | 2023年12月 | 10.00 | 10.00 | 达成 |
| 5 | 产出指标 | 成本指标 | 项目成本控制 | ≤ | 22.58 | 225,800元 | 10.00 | 10.00 | 达成 |
| 6 | 效益指标 | 社会效益指标 | 完成两区办布置任务比例 | ≥ | 100 | 100% | 15.00 | 15.00 | 达成 |
| 7 | 效益指标 | 可持续影响指标 | 提升园区知名度，吸引优质企业精准落地园区 | 定性 | 达成预期指标 | 达成 | 15.00 | 14.00 | 达成 |
| 8 | 满意度指标 | 服务对象满意度指标 | 使用者满意度 | ≥ | 95 | 96% | 10.00 | 10.00 | 达成 |

- 预算执行: 年初预算数 225,800.00元, 全年预算数 225,800.00元, 全年执行数 225,800.00元, 执行率 100.00%, 分值 10.00, 得分 10.00
- **总分 92.33 / 100.00   等级 优秀**

**审核发现**

- examples/project-2023.yaml:34:12: unsupported-score: 第2项指标: 表内填报得分 10.00，按评分规则应得 3.33
- examples/project-2023.yaml:86:8: sum-mismatch: 总分: 表内填报总分 100.00，各项得分合计为 99.00

$ jixiao score --format md --lang en examples/project-2023.yaml
### 中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023 · rules mof2020

| # | level 1 | level 2 | indicator | op | target | actual | points | score | status |
|---:|---|---|---|---|---|---|---:|---:|---|
| 1 | 产出指标 | 数量指标 | 园区门户标识设置 | = | 4 | 4 | 10.00 | 10.00 | met |
| 2 | 产出指标 | 数量指标 | “两区”交通指引标识设置 | ≥ | 6 | 2 | 10.00 | 3.33 | short |
| 3 | 产出指标 | 质量指标 | 标识安装验收合格率 | ≥ | 100% | 100% | 10.00 | 10.00 | met |
| 4 | 产出指标 | 时效指标 | 全部工作完成时间 | date | ≤2023年12月 | 2023年12月 | 10.00 | 10.00 | met |
| 5 | 产出指标 | 成本指标 | 项目成本控制 | ≤ | 22.58 | 225,800元 | 10.00 | 10.00 | met |
| 6 | 效益指标 | 社会效益指标 | 完成两区办布置任务比例 | ≥ | 100 | 100% | 15.00 | 15.00 | met |
| 7 | 效益指标 | 可持续影响指标 | 提升园区知名度，吸引优质企业精准落地园区 | qualitative | 达成预期指标 | 达成 | 15.00 | 14.00 | 达成 |
| 8 | 满意度指标 | 服务对象满意度指标 | 使用者满意度 | ≥ | 95 | 96% | 10.00 | 10.00 | met |

- budget: initial 225,800.00元, full year 225,800.00元, executed 225,800.00元, execution 100.00%, points 10.00, score 10.00
- **total 92.33 / 100.00   grade 优秀**

**warnings**

- examples/project-2023.yaml:34:12: unsupported-score: indicators[1]: the sheet printed a score of 10.00, the rules give 3.33
- examples/project-2023.yaml:86:8: sum-mismatch: total: the sheet printed a total of 100.00, its own rows add up to 99.00

$ jixiao score --format html examples/project-2023.yaml | python3 -c 'import re, sys, html; t = re.sub(r"<style>.*?</style>", "", sys.stdin.read(), flags=re.S); [print(l.strip()) for l in html.unescape(re.sub(r"<[^>]*>", "\n", t)).splitlines() if l.strip()]'
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020
门头沟“两区”标识建设
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020 · examples/project-2023.yaml
优秀 ≥ 90
良好 ≥ 80
一般 ≥ 60
较差 ≥ 0
92.33
总分
92.33
/ 100
优秀
预算执行情况
年初预算数
全年预算数
全年执行数
执行率
分值
得分
225,800.00元
225,800.00元
225,800.00元
100.00%
10
10
执行率 = 225,800.00元 / 225,800.00元 = 100.00% → 10 × 100.00%（以 100% 为上限）= 10.00
绩效指标
一级指标
二级指标
三级指标
指标性质
年度指标值
实际完成值
度量单位
分值
得分
完成 / 得分
状态
产出指标
数量指标
园区门户标识设置
=
4
4
套
10
10
完成 100.0%
得分 10 / 10
达成
产出指标
数量指标
“两区”交通指引标识设置
≥
6
2
套
10
3.33
完成 33.3%
得分 3.33 / 10
未达成
产出指标
质量指标
标识安装验收合格率
≥
100%
100%
10
10
完成 100.0%
得分 10 / 10
达成
产出指标
时效指标
全部工作完成时间
日期
≤2023年12月
2023年12月
10
10
得分 10 / 10
达成
产出指标
成本指标
项目成本控制
≤
22.58
225,800元
万元
10
10
完成 100.0%
得分 10 / 10
达成
效益指标
社会效益指标
完成两区办布置任务比例
≥
100
100%
%
15
15
完成 100.0%
得分 15 / 15
达成
效益指标
可持续影响指标
提升园区知名度，吸引优质企业精准落地园区
定性
达成预期指标
达成
15
14
得分 14 / 15
定性 · 达成
满意度指标
服务对象满意度指标
使用者满意度
≥
95
96%
%
10
10
完成 101.1%
得分 10 / 10
达成
总分
100
92.33
优秀
审核发现（2）
examples/project-2023.yaml:34:12:
unsupported-score
: 第2项指标: 表内填报得分 10.00，按评分规则应得 3.33
examples/project-2023.yaml:86:8:
sum-mismatch
: 总分: 表内填报总分 100.00，各项得分合计为 99.00
计分说明
园区门户标识设置: 4套 = 4套 → 达成 → 10.00
“两区”交通指引标识设置: 2套 < 6套 → 10 × 2/6 = 3.33；表内填报得分 10.00
标识安装验收合格率: 100% ≥ 100% → 达成 → 10.00
全部工作完成时间: 2023年12月底 不晚于 2023年12月底 → 达成 → 10.00
项目成本控制: 225800元 ≤ 225800元 → 达成 → 10.00
完成两区办布置任务比例: 100% ≥ 100% → 达成 → 15.00
提升园区知名度，吸引优质企业精准落地园区: 评价人评分 14.00，在“达成”档 [12.00, 15.00] 之内（实际完成值“达成”所指） → 14.00
使用者满意度: 96% ≥ 95% → 达成 → 10.00

$ jixiao score --format html --lang en examples/project-2023.yaml | python3 -c 'import re, sys, html; t = re.sub(r"<style>.*?</style>", "", sys.stdin.read(), flags=re.S); [print(l.strip()) for l in html.unescape(re.sub(r"<[^>]*>", "\n", t)).splitlines() if l.strip()]'
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023 · rules mof2020
门头沟“两区”标识建设
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023 · rules mof2020 · examples/project-2023.yaml
优秀 ≥ 90
良好 ≥ 80
一般 ≥ 60
较差 ≥ 0
92.33
total
92.33
/ 100
优秀
Budget execution
initial budget
full-year budget
executed
execution rate
points
score
225,800.00元
225,800.00元
225,800.00元
100.00%
10
10
execution = 225,800.00元 / 225,800.00元 = 100.00% → 10 × min(100.00%, 100%) = 10.00
Indicators
level 1
level 2
indicator
nature
target
actual
unit
points
score
completion / score
status
产出指标
数量指标
园区门户标识设置
=
4
4
套
10
10
done 100.0%
score 10 / 10
met
产出指标
数量指标
“两区”交通指引标识设置
≥
6
2
套
10
3.33
done 33.3%
score 3.33 / 10
short
产出指标
质量指标
标识安装验收合格率
≥
100%
100%
10
10
done 100.0%
score 10 / 10
met
产出指标
时效指标
全部工作完成时间
date
≤2023年12月
2023年12月
10
10
score 10 / 10
met
产出指标
成本指标
项目成本控制
≤
22.58
225,800元
万元
10
10
done 100.0%
score 10 / 10
met
效益指标
社会效益指标
完成两区办布置任务比例
≥
100
100%
%
15
15
done 100.0%
score 15 / 15
met
效益指标
可持续影响指标
提升园区知名度，吸引优质企业精准落地园区
定性
达成预期指标
达成
15
14
score 14 / 15
qualitative · 达成
满意度指标
服务对象满意度指标
使用者满意度
≥
95
96%
%
10
10
done 101.1%
score 10 / 10
met
total
100
92.33
优秀
Findings (2)
examples/project-2023.yaml:34:12:
unsupported-score
: indicators[1]: the sheet printed a score of 10.00, the rules give 3.33
examples/project-2023.yaml:86:8:
sum-mismatch
: total: the sheet printed a total of 100.00, its own rows add up to 99.00
How each score came about
园区门户标识设置: 4套 = 4套 → met → 10.00
“两区”交通指引标识设置: 2套 < 6套 → 10 × 2/6 = 3.33; the sheet printed 10.00
标识安装验收合格率: 100% ≥ 100% → met → 10.00
全部工作完成时间: end of 2023-12 on or before end of 2023-12 → met → 10.00
项目成本控制: 225800元 ≤ 225800元 → met → 10.00
完成两区办布置任务比例: 100% ≥ 100% → met → 15.00
提升园区知名度，吸引优质企业精准落地园区: evaluator's score 14.00, inside the 达成 tier [12.00, 15.00] named by '达成' → 14.00
使用者满意度: 96% ≥ 95% → met → 10.00

$ d=$(mktemp -d) && jixiao score --format xlsx -o $d/f.xlsx examples/project-2023.yaml && python3 -c 'import re, sys, zipfile, html; z = zipfile.ZipFile(sys.argv[1]); [print(html.unescape(t)) for n in sorted(z.namelist()) if n.startswith(("xl/sharedStrings", "xl/comments")) for t in re.findall(r"<t[^>]*>([^<]*)</t>", z.read(n).decode())]' $d/f.xlsx; rm -rf $d
unsupported-score: 表内填报得分 10.00，按评分规则应得 3.33
sum-mismatch: 表内填报总分 100.00，各项得分合计为 99.00
项目支出绩效自评表
（2023年度）
项目名称
门头沟“两区”标识建设
实施单位
中关村科技园区门头沟园管理委员会
项目资金（万元）
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
一级指标
二级指标
三级指标
指标性质
年度指标值
度量单位
实际完成值
偏差原因分析及改进措施
产出指标
效益指标
满意度指标
数量指标
质量指标
时效指标
成本指标
社会效益指标
可持续影响指标
服务对象满意度指标
园区门户标识设置
=
4
套
“两区”交通指引标识设置
≥
6
2
经与市“两区”办沟通，打造1套交通指引标识即算作完成考核任务，标的物由6套变更为2套。
标识安装验收合格率
100%
全部工作完成时间
≤2023年12月
2023年12月
项目成本控制
≤
22.58
万元
225,800元
完成两区办布置任务比例
100
%
提升园区知名度，吸引优质企业精准落地园区
定性
达成预期指标
达成
使用者满意度
95
96%
总分
自评等级
优秀

$ d=$(mktemp -d) && jixiao score --lang en --format xlsx -o $d/f.xlsx examples/project-2023.yaml && python3 -c 'import re, sys, zipfile, html; z = zipfile.ZipFile(sys.argv[1]); [print(html.unescape(t)) for n in sorted(z.namelist()) if n.startswith(("xl/sharedStrings", "xl/comments")) for t in re.findall(r"<t[^>]*>([^<]*)</t>", z.read(n).decode())]' $d/f.xlsx; rm -rf $d
unsupported-score: the sheet printed a score of 10.00, the rules give 3.33
sum-mismatch: the sheet printed a total of 100.00, its own rows add up to 99.00
Project expenditure performance self-evaluation
Year: 2023
Project
门头沟“两区”标识建设
Implementing unit
中关村科技园区门头沟园管理委员会
Funds (10,000 yuan)
Initial budget
Full-year budget
Executed
Points
Execution rate
Score
Annual funds
Level 1 indicator
Level 2 indicator
Level 3 indicator
Nature
Annual target
Unit
Actual
Reasons for deviation and improvements
产出指标
效益指标
满意度指标
数量指标
质量指标
时效指标
成本指标
社会效益指标
可持续影响指标
服务对象满意度指标
园区门户标识设置
=
4
套
“两区”交通指引标识设置
≥
6
2
经与市“两区”办沟通，打造1套交通指引标识即算作完成考核任务，标的物由6套变更为2套。
标识安装验收合格率
100%
全部工作完成时间
≤2023年12月
2023年12月
项目成本控制
≤
22.58
万元
225,800元
完成两区办布置任务比例
100
%
提升园区知名度，吸引优质企业精准落地园区
定性
达成预期指标
达成
使用者满意度
95
96%
Total score
Self-evaluation grade
优秀

