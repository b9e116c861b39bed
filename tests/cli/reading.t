%% Values read as their row means them (domain.md §5), end to end. tests/data/pass_reading.yaml holds
%% rows that real forms showed misread. No cell prints a 分值: 产出指标(60分) gives 15 to each of its 4
%% rows, 效益指标(30分) 30 to its one, the budget the rule set's 10: 100 in all.
%%   [1] 1万人次 against 9000 in the 度量单位 人次: 15 × 9000/10000 = 13.50 (was 9000万人次: full)
%%   [2] 成本指标, no sign: a ceiling; 225800 in 元 is 22.58万元 → met, 15.00 (was 0.00)
%%   [3] 12月底前 takes the sheet's year: 2024年3月 is late → 部分达成 0.7 × 15 = 10.50 (was met)
%%   [4] a target of 0, no sign: a ceiling; 2 accidents > 0 → 0.00 (was ≥: full marks)
%%   [5] '1934.09' 米 is a number, not September 1934: 30 × 1900.5/1934.09 = 29.48 (was met)
%%   budget 207.4538 is 万元 (was refused: "a fraction of a 分"): 100% → 10.00
%%   total 13.50 + 15 + 10.50 + 0 + 29.48 + 10 = 78.48 → 一般; the printed 良 is 良好: a mismatch
$ jixiao score tests/data/pass_reading.yaml
示例单位 · 读值示例 · 2023年度 · 规则 mof2020
#  一级指标      二级指标      三级指标  性质  指标值     实际完成值   分值   得分  状态
1  产出指标(60…  数量指标      服务人次  ≥     1万人次    9000        15.00  13.50  未达成
2  产出指标(60…  成本指标      项目成本  ≤     22.58万元  225800      15.00  15.00  达成
3  产出指标(60…  时效指标      完成时间  日期  12月底前   2024年3月   15.00  10.50  未达成
4  产出指标(60…  质量指标      安全事故  ≤     0          2           15.00   0.00  未达成（不…
5  效益指标(30…  社会效益指标  堤防长度  ≥     1934.09    1900.5      30.00  29.48  未达成
预算执行: 年初预算数 —, 全年预算数 2,074,538.00元, 全年执行数 2,074,538.00元, 执行率 100.00%, 分值 10.00, 得分 10.00
总分 78.48 / 100.00   等级 一般
审核发现（4）:
  tests/data/pass_reading.yaml:8:5: points-inferred: 第1项指标 · 分值: 5 个指标（共 5 个）未填分值，已推定：产出指标 60 分（见其名称），由 4 个指标均分；效益指标 30 分（见其名称），由 1 个指标均分
  tests/data/pass_reading.yaml:10:5: op-assumed: 第2项指标: 未填指标性质，目标值“22.58万元”也未带符号：成本类指标（成本指标）按 ≤ 计
  tests/data/pass_reading.yaml:14:5: op-assumed: 第4项指标: 未填指标性质，目标值“0”也未带符号：目标值为 0，按 ≤ 计
  tests/data/pass_reading.yaml:18:8: grade-mismatch: 等级: 表内填报等级“良”，78.48 分应评为一般

$ jixiao explain tests/data/pass_reading.yaml
示例单位 · 读值示例 · 2023年度 · 规则 mof2020
  1. 服务人次 [≥ 1万人次，分值 15]
     9000人次 < 10000人次 → 15 × 9000/10000 = 13.50
  2. 项目成本 [≤ 22.58万元，分值 15]
     未填指标性质，成本类指标，按 ≤ 计；225800元 ≤ 225800元 → 达成 → 15.00
  3. 完成时间 [日期 12月底前，分值 15]
     2024年3月底 晚于 2023年12月底 → 逾期: 部分达成 = 0.7 → 15 × 0.7 → 10.50
  4. 安全事故 [≤ 0 次，分值 15]
     未填指标性质，目标值为 0，按 ≤ 计；目标值为 0，实际完成值 2次 > 0 → 0.00
  5. 堤防长度 [≥ 1934.09 米，分值 30]
     1900.5米 < 1934.09米 → 30 × 1900.5/1934.09 = 29.48
  预算执行
     执行率 = 2,074,538.00元 / 2,074,538.00元 = 100.00% → 10 × 100.00%（以 100% 为上限）= 10.00
总分 = 13.50 + 15.00 + 10.50 + 0.00 + 29.48 + 10.00 = 78.48（满分 100.00）
等级: 78.48 在 [60, 80) 之内 → 一般
审核发现（4）:
  tests/data/pass_reading.yaml:8:5: points-inferred: 第1项指标 · 分值: 5 个指标（共 5 个）未填分值，已推定：产出指标 60 分（见其名称），由 4 个指标均分；效益指标 30 分（见其名称），由 1 个指标均分
  tests/data/pass_reading.yaml:10:5: op-assumed: 第2项指标: 未填指标性质，目标值“22.58万元”也未带符号：成本类指标（成本指标）按 ≤ 计
  tests/data/pass_reading.yaml:14:5: op-assumed: 第4项指标: 未填指标性质，目标值“0”也未带符号：目标值为 0，按 ≤ 计
  tests/data/pass_reading.yaml:18:8: grade-mismatch: 等级: 表内填报等级“良”，78.48 分应评为一般

%% The printed form as CSV: 项目成本's 225800 is in 元 as its 度量单位 says, so the row is met and the
%% total 20 + 20 + 30 + 20 + budget 10 = 100.00 is 优秀, as printed (reading it as 225800万元 scored
%% the row 0.00 and the form 80.00, 良好, with no word said)
$ jixiao score tests/data/pass_form_units.csv
示例管委会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020
#  一级指标    二级指标      三级指标      性质  指标值        实际完成值   分值   得分  状态
1  产出指标    数量指标      标识设置      ≥     6             6           20.00  20.00  达成
2  产出指标    成本指标      项目成本      ≤     22.58万元     225800      20.00  20.00  达成
3  效益指标    社会效益指标  园区知名度    定性  达成预期指标  达成        30.00  30.00  达成
4  满意度指标  服务对象满…   使用者满意度  ≥     95            96          20.00  20.00  达成
预算执行: 年初预算数 225,800.00元, 全年预算数 225,800.00元, 全年执行数 225,800.00元, 执行率 100.00%, 分值 10.00, 得分 10.00
总分 100.00 / 100.00   等级 优秀

%% A 定性 score outside its tier is scored as the evaluator gave it, with a warning (it was refused)
$ jixiao score tests/data/pass_tier_outside.yaml
x · 规则 mof2020
#  三级指标  性质  指标值      实际完成值   分值  得分  状态
1  工作质量  定性  优良中低差  优          10.00  6.00  优
总分 6.00 / 10.00   等级 较差
审核发现（2）:
  tests/data/pass_tier_outside.yaml:7:12: qualitative-score-outside-tier: 第1项指标: 定性评分 6.00 不在“达成”档 [8.00, 10.00] 之内（实际完成值“优”所指）：仍以评价人评分为准
  tests/data/pass_tier_outside.yaml:1:1: weights-do-not-add-up: 分值合计为 10.00（指标 10.00），不是 100.00

%% --strict refuses what has a finding of severity warning or error: here the printed grade
$ jixiao check tests/data/pass_reading.yaml
tests/data/pass_reading.yaml: ok (1 sheet, 5 indicators, 4 warnings)

$ jixiao check --strict tests/data/pass_reading.yaml
2> tests/data/pass_reading.yaml:18:8: error: grade: the sheet printed the grade 良, 78.48 grades 一般 (grade-mismatch, --strict)
[1]

