%% The seed reports as published (tests/seeds/, whole documents pasted out of .docx), scored as they
%% are: the prose before, between and after the tables is passed over, and the totals and grades the
%% text prints ("绩效自评总分：91分") are the sheet's claims.
%%
%% 000: ten indicators of 10; nine met or over (= scores over-achievement in full), 197 of = 199 gives
%% 10 × 197/199 = 9.90: 99.90 → 优秀. The report prints 91 (from a wider framework): audit says so.
$ jixiao audit tests/seeds/000_23489890decf77c3.txt
tests/seeds/000_23489890decf77c3.txt · 规则 mof2020：审核发现 7 项，其中错误 1 项
  tests/seeds/000_23489890decf77c3.txt:290:2: 警告: over-target-without-reason: 第2项指标: 实际完成值 442 为目标值的 340%（目标值 130，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:296:2: 警告: over-target-without-reason: 第3项指标: 实际完成值 6 为目标值的 200%（目标值 3，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:302:2: 警告: over-target-without-reason: 第4项指标: 实际完成值 6 为目标值的 150%（目标值 4，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:308:2: 警告: over-target-without-reason: 第5项指标: 实际完成值 3 为目标值的 150%（目标值 2，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:314:2: 警告: over-target-without-reason: 第6项指标: 实际完成值 4 为目标值的 133%（目标值 3，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:320:2: 警告: over-target-without-reason: 第7项指标: 实际完成值 10 为目标值的 200%（目标值 5，超过 130%），未填写偏差原因
  tests/seeds/000_23489890decf77c3.txt:388:8: 错误: unsupported-score: 总分: 表内填报总分 91.00，按评分规则合计为 99.90
[1]

%% 004: two 定性 indicators of 50 whose 完成值 restates the 指标值 (达成): 50 + 50 = 100.00 → 优秀. The
%% report prints 98.5, and its 等级 line names no grade.
$ jixiao score tests/seeds/004_8e91665a9f6b0ab2.txt
tests/seeds/004_8e91665a9f6b0ab2.txt · 2023年度 · 规则 mof2020
#  三级指标                  性质  指标值            实际完成值         分值   得分  状态
1  保证人员工资发放到位      定性  完成人员工资足…   完成人员工资足…   50.00  50.00  达成
2  实施科技项目及信息化项目  定性  完成科技项目、…   完成科技项目、…   50.00  50.00  达成
总分 100.00 / 100.00   等级 优秀
审核发现（3）:
  tests/seeds/004_8e91665a9f6b0ab2.txt:274:2: unit-is-scale: 第1项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/seeds/004_8e91665a9f6b0ab2.txt:281:2: unit-is-scale: 第2项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/seeds/004_8e91665a9f6b0ab2.txt:353:8: unsupported-score: 总分: 表内填报总分 98.50，按评分规则合计为 100.00

%% 001: a plan (no 完成值): every row pending, no grade.
$ jixiao score --format csv tests/seeds/001_21a6c8ad716b99ca.txt
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,0,产出指标,数量指标,数据分析,≥,2,,期/年,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,1,产出指标,数量指标,举办或参与宣传活动次数,≥,1,,次/年,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,2,满意度指标,服务对象满意度指标,服务对象满意度,≥,70,,%,5,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,3,满意度指标,服务对象满意度指标,举办或参与活动的满意度,≥,85,,%,5,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,4,成本指标,经济成本指标,按预算合理支配使用,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,5,成本指标,经济成本指标,按预算合理支配使用,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,6,产出指标,质量指标,系统维护质量,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,7,产出指标,质量指标,举办或参与宣传活动质量,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,8,产出指标,时效指标,系统利用率提高,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,9,产出指标,时效指标,活动按时举办,定性,优良中低差,,,6.25,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,10,效益指标,社会效益指标,中介数据平台系统管理,定性,优良中低差,,,15,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,indicator,11,效益指标,社会效益指标,举办或参与活动影响力,定性,优良中低差,,,15,,pending,,
tests/seeds/001_21a6c8ad716b99ca.txt,total,,,,总分,,,,,90,0,,,

%% 002: its completion tables cover 7 projects, its target table 4: the first completion row that no
%% target row matches is an error where it stands, as before.
$ jixiao score tests/seeds/002_7c5bc21cad8e64a2.txt
2> tests/seeds/002_7c5bc21cad8e64a2.txt:439:2: error: '5.举办宣传活动' matches no indicator of the table above (by name or 序号): the tables disagree, and a completion row needs the target it completes
2>   439 |  5.举办宣传活动
2>       |  ^
[1]

