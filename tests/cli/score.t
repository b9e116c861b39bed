%% jixiao score: the seed tables and the example (numbers derived in tests/cases/*.expect)
$ jixiao score tests/cases/mentougou-invest-91.yaml
门头沟区投资促进服务中心 · 2023年度 · 规则 mof2020
 #  三级指标                        性质  指标值      实际完成值   分值   得分  状态
 1  着力招引总部企业，承接城区溢…   =     3           3           10.00  10.00  达成
 2  推动“两区”建设，促进先行先试…   ≥     130         442         10.00  10.00  超额完成
 3  围绕三大细分产业布局精准招商…   =     3           6           10.00  10.00  超额完成
 4  探索招商路径，合力招商，打造…   =     4           6           10.00  10.00  超额完成
 5  深化产业合作，完成与西城区结…   ≥     2           3           10.00  10.00  超额完成
 6  配合中央广播电视总台“5G+8K”超…  =     3           4           10.00  10.00  超额完成
 7  支持阜外医院国家医学中心建设…   =     5           10          10.00  10.00  超额完成
 8  推进“两区”建设工作，支持园区…   定性  优良中低差  优          10.00  10.00  优
 9  重大贡献奖励兑现                =     199         197         10.00   9.90  未达成
10  园区企业及人员满意度            ≥     92          95%         10.00  10.00  达成
总分 99.90 / 100.00   等级 优秀
审核发现（7）:
  tests/cases/mentougou-invest-91.yaml:24:13: over-target-without-reason: 第2项指标: 实际完成值 442 为目标值的 340%（目标值 130，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:31:13: over-target-without-reason: 第3项指标: 实际完成值 6 为目标值的 200%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:38:13: over-target-without-reason: 第4项指标: 实际完成值 6 为目标值的 150%（目标值 4，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:45:13: over-target-without-reason: 第5项指标: 实际完成值 3 为目标值的 150%（目标值 2，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:52:13: over-target-without-reason: 第6项指标: 实际完成值 4 为目标值的 133%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:59:13: over-target-without-reason: 第7项指标: 实际完成值 10 为目标值的 200%（目标值 5，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:8:8: unsupported-score: 总分: 表内填报总分 91.00，按评分规则合计为 99.90

$ jixiao score tests/cases/zgc-weights-49.yaml
中关村科技园区门头沟园管理委员会 · 2023年度 · 规则 mof2020
 #  三级指标                        性质  指标值      实际完成值  分值  得分  状态
 1  方案编制内容                    ≥     4           1           3.00  0.75  未达成
 2  方案编制通过验收率              ≥     90          1           3.00  0.03  未达成
 3  全部工作完成                    日期  12          1           1.00  1.00  达成
 4  方案辐射期间                    ≥     1           1           4.00  4.00  达成
 5  方案收益方抽访满意度            ≥     95          1           1.00  0.01  未达成
 6  年末预算执行率                  ≥     90          1           2.00  0.02  未达成
 7  重点项目                        ≥     1           1           3.00  3.00  达成
 8  重点产业集群                    ≥     3           1           3.00  1.00  未达成
 9  全部工作完成                    日期  12          1           1.00  1.00  达成
10  促进产业空间升级                定性  优良中低差  1           4.00  4.00  达成
11  重点项目参与人员抽访满意度      ≥     95          1           1.00  0.01  未达成
12  年末预算执行率                  ≥     90          1           2.00  0.02  未达成
13  主导产业细分领域外出活动        ≥     1           1           3.00  3.00  达成
14  外出考察活动成功率              =     100         1           3.00  0.03  未达成
15  全部工作完成                    日期  12          1           1.00  1.00  达成
16  了解产业发展前沿，学习其他园…   定性  优良中低差  1           4.00  4.00  达成
17  招商人员服务及专业度抽访满意度  ≥     95          1           1.00  0.01  未达成
18  年末预算执行率                  ≥     90          1           2.00  0.02  未达成
19  开展人工智能算力算法平台基座…   ≥     1           1           3.00  3.00  达成
20  发展成果                        ≥     1           1           3.00  3.00  达成
21  全部工作完成                    日期  12          1           1.00  1.00  达成
总分 29.90 / 49.00   等级 较差
审核发现（25）:
  tests/cases/zgc-weights-49.yaml:19:13: shortfall-without-reason: 第1项指标: 未达成目标（得 0.75 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:19:13: actual-looks-like-ratio: 第1项指标: 实际完成值 1（目标值 4）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:26:13: shortfall-without-reason: 第2项指标: 未达成目标（得 0.03 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:26:13: actual-looks-like-ratio: 第2项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:47:13: shortfall-without-reason: 第5项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:47:13: actual-looks-like-ratio: 第5项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:54:13: shortfall-without-reason: 第6项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:54:13: actual-looks-like-ratio: 第6项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:68:13: shortfall-without-reason: 第8项指标: 未达成目标（得 1.00 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:68:13: actual-looks-like-ratio: 第8项指标: 实际完成值 1（目标值 3）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:82:13: actual-looks-like-ratio: 第10项指标: 实际完成值 1（目标值 优良中低差）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:89:13: shortfall-without-reason: 第11项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:89:13: actual-looks-like-ratio: 第11项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:96:13: shortfall-without-reason: 第12项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:96:13: actual-looks-like-ratio: 第12项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:110:13: shortfall-without-reason: 第14项指标: 未达成目标（得 0.03 分，分值 3.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:110:13: actual-looks-like-ratio: 第14项指标: 实际完成值 1（目标值 100）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:123:13: actual-looks-like-ratio: 第16项指标: 实际完成值 1（目标值 优良中低差）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:130:13: shortfall-without-reason: 第17项指标: 未达成目标（得 0.01 分，分值 1.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:130:13: actual-looks-like-ratio: 第17项指标: 实际完成值 1（目标值 95）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:137:13: shortfall-without-reason: 第18项指标: 未达成目标（得 0.02 分，分值 2.00），未填写偏差原因
  tests/cases/zgc-weights-49.yaml:137:13: actual-looks-like-ratio: 第18项指标: 实际完成值 1（目标值 90）像是完成比例而非实际数值
  tests/cases/zgc-weights-49.yaml:8:1: weights-do-not-add-up: 分值合计为 49.00（指标 49.00），不是 100.00
  tests/cases/zgc-weights-49.yaml:10:8: unsupported-score: 总分: 表内填报总分 98.00，按评分规则合计为 29.90
  tests/cases/zgc-weights-49.yaml:11:8: grade-mismatch: 等级: 表内填报等级“优秀”，29.90 分应评为较差

$ jixiao score tests/cases/mentougou-sci-swapped.yaml
门头沟区科学技术和信息化局 · 2023年度 · 规则 mof2020
#  三级指标                  性质  指标值            实际完成值         分值   得分  状态
1  保证人员工资发放到位      定性  完成人员工资足…   完成人员工资足…   50.00  50.00  达成
2  实施科技项目及信息化项目  定性  完成科技项目、…   完成科技项目、…   50.00  50.00  达成
总分 100.00 / 100.00   等级 优秀
审核发现（3）:
  tests/cases/mentougou-sci-swapped.yaml:9:5: unit-is-scale: 第1项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/cases/mentougou-sci-swapped.yaml:17:5: unit-is-scale: 第2项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/cases/mentougou-sci-swapped.yaml:7:8: unsupported-score: 总分: 表内填报总分 98.50，按评分规则合计为 100.00

$ jixiao score tests/cases/chaoyang-plan-no-weights.yaml
朝阳区投资促进服务中心 · 2023年度 · 规则 mof2020
 #  一级指标    二级指标      三级指标                性质  指标值      实际完成值   分值  得分  状态
 1  产出指标    数量指标      数据分析                ≥     2                        6.25        待填报
 2  产出指标    数量指标      举办或参与宣传活动次数  ≥     1                        6.25        待填报
 3  满意度指标  服务对象满…   服务对象满意度          ≥     70                       5.00        待填报
 4  满意度指标  服务对象满…   举办或参与活动的满意度  ≥     85                       5.00        待填报
 5  成本指标    经济成本指标  按预算合理支配使用      定性  优良中低差               6.25        待填报
 6  成本指标    经济成本指标  按预算合理支配使用      定性  优良中低差               6.25        待填报
 7  产出指标    质量指标      系统维护质量            定性  优良中低差               6.25        待填报
 8  产出指标    质量指标      举办或参与宣传活动质量  定性  优良中低差               6.25        待填报
 9  产出指标    时效指标      系统利用率提高          定性  优良中低差               6.25        待填报
10  产出指标    时效指标      活动按时举办            定性  优良中低差               6.25        待填报
11  效益指标    社会效益指标  中介数据平台系统管理    定性  优良中低差              15.00        待填报
12  效益指标    社会效益指标  举办或参与活动影响力    定性  优良中低差              15.00        待填报
总分 0.00 / 90.00   等级 —（尚有指标未填报实际完成值）
审核发现（14）:
  tests/cases/chaoyang-plan-no-weights.yaml:8:5: points-inferred: 第1项指标 · 分值: 12 个指标（共 12 个）未填分值，已推定：产出指标 50 分（mof2020 的分配），由 8 个指标均分；满意度指标 10 分（mof2020 的分配），由 2 个指标均分；效益指标 30 分（mof2020 的分配），由 2 个指标均分
  tests/cases/chaoyang-plan-no-weights.yaml:8:5: missing-actual: 第1项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:15:5: missing-actual: 第2项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:22:5: missing-actual: 第3项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:29:5: missing-actual: 第4项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:36:5: missing-actual: 第5项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:42:5: missing-actual: 第6项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:48:5: missing-actual: 第7项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:54:5: missing-actual: 第8项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:60:5: missing-actual: 第9项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:66:5: missing-actual: 第10项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:72:5: missing-actual: 第11项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:78:5: missing-actual: 第12项指标: 未填报实际完成值：该指标不计分，全表不评定等级
  tests/cases/chaoyang-plan-no-weights.yaml:5:1: weights-do-not-add-up: 分值合计为 90.00（指标 90.00），不是 100.00

$ jixiao score examples/project-2023.yaml
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020
#  一级指标    二级指标      三级指标                        性质  指标值        实际完成值   分值   得分  状态
1  产出指标    数量指标      园区门户标识设置                =     4             4           10.00  10.00  达成
2  产出指标    数量指标      “两区”交通指引标识设置          ≥     6             2           10.00   3.33  未达成
3  产出指标    质量指标      标识安装验收合格率              ≥     100%          100%        10.00  10.00  达成
4  产出指标    时效指标      全部工作完成时间                日期  ≤2023年12月   2023年12月  10.00  10.00  达成
5  产出指标    成本指标      项目成本控制                    ≤     22.58         225,800元   10.00  10.00  达成
6  效益指标    社会效益指标  完成两区办布置任务比例          ≥     100           100%        15.00  15.00  达成
7  效益指标    可持续影响…   提升园区知名度，吸引优质企业…   定性  达成预期指标  达成        15.00  14.00  达成
8  满意度指标  服务对象满…   使用者满意度                    ≥     95            96%         10.00  10.00  达成
预算执行: 年初预算数 225,800.00元, 全年预算数 225,800.00元, 全年执行数 225,800.00元, 执行率 100.00%, 分值 10.00, 得分 10.00
总分 92.33 / 100.00   等级 优秀
审核发现（2）:
  examples/project-2023.yaml:34:12: unsupported-score: 第2项指标: 表内填报得分 10.00，按评分规则应得 3.33
  examples/project-2023.yaml:86:8: sum-mismatch: 总分: 表内填报总分 100.00，各项得分合计为 99.00

%% one sheet under the four built-ins, no weights given, so each rule set's split applies:
%%   mof2020:  产出 50 → 25 + 25, 效益 30, 满意度 10, budget 10
%%     25 × 180/200 = 22.50; 25 × 500/600 = 20.83; 部分达成 0.7 × 30 = 21.00; 10.00;
%%     budget 90/100 = 90% → 9.00; total 83.33 良好
%%   pre2020:  部分达成 0.65 × 30 = 19.50; budget over 年初预算数 90/80 = 112.5% → capped 10.00;
%%     total 22.50 + 20.83 + 19.50 + 10 + 10 = 82.83 良好
%%   linear-reverse: 25 × (600 − 2×500)/(500 − 2×500) = 20.00; total 82.50 良好
%%   budget20: 产出 40 → 20 + 20: 18.00, 16.67; 21.00; 10.00; budget 20 × 0.9 = 18.00; total 83.67 良好
$ jixiao score --format csv tests/data/pass_rule_sets.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/data/pass_rule_sets.yaml,indicator,0,产出指标,,培训人次,≥,200,180,人次,25,22.5,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,1,产出指标,,单位成本,≤,500,600,元,25,20.83,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,2,效益指标,,培训效果,定性,达成年度指标,部分达成,,30,21,部分达成,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,3,满意度指标,,学员满意度,≥,90%,92%,,10,10,met,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,budget,,,,预算执行,,,90%,,10,9,,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,total,,,,总分,,,,,100,83.33,良好,示例单位,规则集对照

$ jixiao score --rules pre2020 --format csv tests/data/pass_rule_sets.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/data/pass_rule_sets.yaml,indicator,0,产出指标,,培训人次,≥,200,180,人次,25,22.5,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,1,产出指标,,单位成本,≤,500,600,元,25,20.83,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,2,效益指标,,培训效果,定性,达成年度指标,部分达成,,30,19.5,部分达成,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,3,满意度指标,,学员满意度,≥,90%,92%,,10,10,met,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,budget,,,,预算执行,,,112.5%,,10,10,,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,total,,,,总分,,,,,100,82.83,良好,示例单位,规则集对照

$ jixiao score --rules linear-reverse --format csv tests/data/pass_rule_sets.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/data/pass_rule_sets.yaml,indicator,0,产出指标,,培训人次,≥,200,180,人次,25,22.5,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,1,产出指标,,单位成本,≤,500,600,元,25,20,short,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,2,效益指标,,培训效果,定性,达成年度指标,部分达成,,30,21,部分达成,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,indicator,3,满意度指标,,学员满意度,≥,90%,92%,,10,10,met,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,budget,,,,预算执行,,,90%,,10,9,,示例单位,规则集对照
tests/data/pass_rule_sets.yaml,total,,,,总分,,,,,100,82.5,良好,示例单位,规则集对照

$ jixiao score --rules budget20 tests/data/pass_rule_sets.yaml
示例单位 · 规则集对照 · 规则 budget20
#  一级指标    三级指标    性质  指标值        实际完成值   分值   得分  状态
1  产出指标    培训人次    ≥     200           180         20.00  18.00  未达成
2  产出指标    单位成本    ≤     500           600         20.00  16.67  未达成
3  效益指标    培训效果    定性  达成年度指标  部分达成    30.00  21.00  部分达成
4  满意度指标  学员满意度  ≥     90%           92%         10.00  10.00  达成
预算执行: 年初预算数 800,000.00元, 全年预算数 1,000,000.00元, 全年执行数 900,000.00元, 执行率 90.00%, 分值 20.00, 得分 18.00
总分 83.67 / 100.00   等级 良好
审核发现（1）:
  tests/data/pass_rule_sets.yaml:6:5: points-inferred: 第1项指标 · 分值: 4 个指标（共 4 个）未填分值，已推定：产出指标 40 分（budget20 的分配），由 2 个指标均分；效益指标 30 分（budget20 的分配），由 1 个指标均分；满意度指标 10 分（budget20 的分配），由 1 个指标均分

$ jixiao score --format json examples/project-2023.yaml
{"source": "examples/project-2023.yaml", "rules": "mof2020", "org": "中关村科技园区门头沟园管理委员会", "project": "门头沟“两区”标识建设", "year": 2023,
 "budget": {"initial": 225800, "full_year": 225800, "executed": 225800, "rate": 100, "points": 10, "score": 10, "explain": "execution = 225,800.00元 / 225,800.00元 = 100.00% → 10 × min(100.00%, 100%) = 10.00"},
 "indicators": [
  {"index": 0, "line": 17, "level1": "产出指标", "level2": "数量指标", "name": "园区门户标识设置", "op": "=", "op_text": "=", "target": "4", "actual": "4", "unit": "套", "points": 10, "score": 10, "claimed": 10, "status": "met", "status_text": "met", "tier": "", "explain": "4套 = 4套 → met → 10.00"},
  {"index": 1, "line": 26, "level1": "产出指标", "level2": "数量指标", "name": "“两区”交通指引标识设置", "op": "≥", "op_text": "≥", "target": "6", "actual": "2", "unit": "套", "points": 10, "score": 3.33, "claimed": 10, "status": "short", "status_text": "short", "tier": "", "explain": "2套 < 6套 → 10 × 2/6 = 3.33; the sheet printed 10.00"},
  {"index": 2, "line": 36, "level1": "产出指标", "level2": "质量指标", "name": "标识安装验收合格率", "op": "≥", "op_text": "≥", "target": "100%", "actual": "100%", "unit": "", "points": 10, "score": 10, "claimed": 10, "status": "met", "status_text": "met", "tier": "", "explain": "100% ≥ 100% → met → 10.00"},
  {"index": 3, "line": 44, "level1": "产出指标", "level2": "时效指标", "name": "全部工作完成时间", "op": "date", "op_text": "date", "target": "≤2023年12月", "actual": "2023年12月", "unit": "", "points": 10, "score": 10, "claimed": 10, "status": "met", "status_text": "met", "tier": "", "explain": "end of 2023-12 on or before end of 2023-12 → met → 10.00"},
  {"index": 4, "line": 51, "level1": "产出指标", "level2": "成本指标", "name": "项目成本控制", "op": "≤", "op_text": "≤", "target": "22.58", "actual": "225,800元", "unit": "万元", "points": 10, "score": 10, "claimed": 10, "status": "met", "status_text": "met", "tier": "", "explain": "225800元 ≤ 225800元 → met → 10.00"},
  {"index": 5, "line": 60, "level1": "效益指标", "level2": "社会效益指标", "name": "完成两区办布置任务比例", "op": "≥", "op_text": "≥", "target": "100", "actual": "100%", "unit": "%", "points": 15, "score": 15, "claimed": 15, "status": "met", "status_text": "met", "tier": "", "explain": "100% ≥ 100% → met → 15.00"},
  {"index": 6, "line": 69, "level1": "效益指标", "level2": "可持续影响指标", "name": "提升园区知名度，吸引优质企业精准落地园区", "op": "定性", "op_text": "qualitative", "target": "达成预期指标", "actual": "达成", "unit": "", "points": 15, "score": 14, "status": "qual", "status_text": "qualitative", "tier": "达成", "explain": "evaluator's score 14.00, inside the 达成 tier [12.00, 15.00] named by '达成' → 14.00"},
  {"index": 7, "line": 77, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "使用者满意度", "op": "≥", "op_text": "≥", "target": "95", "actual": "96%", "unit": "%", "points": 10, "score": 10, "claimed": 10, "status": "met", "status_text": "met", "tier": "", "explain": "96% ≥ 95% → met → 10.00"}],
 "total": 92.33, "possible": 100, "grade": "优秀",
 "warnings": [
  {"code": "unsupported-score", "severity": "error", "line": 34, "column": 12, "path": "indicators[1]", "path_text": "indicators[1]", "message": "the sheet printed a score of 10.00, the rules give 3.33"},
  {"code": "sum-mismatch", "severity": "error", "line": 86, "column": 8, "path": "total", "path_text": "total", "message": "the sheet printed a total of 100.00, its own rows add up to 99.00"}]}

$ jixiao score --format md tests/cases/mentougou-sci-swapped.yaml
### 门头沟区科学技术和信息化局 · 2023年度 · 规则 mof2020

| # | 三级指标 | 性质 | 指标值 | 实际完成值 | 分值 | 得分 | 状态 |
|---:|---|---|---|---|---:|---:|---|
| 1 | 保证人员工资发放到位 | 定性 | 完成人员工资足额发放 | 完成人员工资足额发放 | 50.00 | 50.00 | 达成 |
| 2 | 实施科技项目及信息化项目 | 定性 | 完成科技项目、科普项目及信息化项目 | 完成科技项目、科普项目及信息化项目 | 50.00 | 50.00 | 达成 |

- **总分 100.00 / 100.00   等级 优秀**

**审核发现**

- tests/cases/mentougou-sci-swapped.yaml:9:5: unit-is-scale: 第1项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
- tests/cases/mentougou-sci-swapped.yaml:17:5: unit-is-scale: 第2项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
- tests/cases/mentougou-sci-swapped.yaml:7:8: unsupported-score: 总分: 表内填报总分 98.50，按评分规则合计为 100.00

%% two sheets in one file; ≤ 5% with 8% scores 90 × 5/8 = 56.25, and linear-reverse 90 × (8−10)/(5−10) = 36
$ jixiao score --format csv tests/data/pass_two_sheets.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
tests/data/pass_two_sheets.yaml,indicator,0,,,培训人次,≥,100,90,,90,81,short,甲单位,
tests/data/pass_two_sheets.yaml,budget,,,,预算执行,,,90%,,10,9,,甲单位,
tests/data/pass_two_sheets.yaml,total,,,,总分,,,,,100,90,优秀,甲单位,
tests/data/pass_two_sheets.yaml,indicator,0,,,投诉率,≤,5%,8%,,90,56.25,short,乙单位,
tests/data/pass_two_sheets.yaml,budget,,,,预算执行,,,100%,,10,10,,乙单位,
tests/data/pass_two_sheets.yaml,total,,,,总分,,,,,100,66.25,一般,乙单位,

$ jixiao score --rules linear-reverse --format json tests/data/pass_two_sheets.yaml
[
{"source": "tests/data/pass_two_sheets.yaml", "rules": "linear-reverse", "org": "甲单位", "project": "", "year": null,
 "budget": {"initial": null, "full_year": 500000, "executed": 450000, "rate": 90, "points": 10, "score": 9, "explain": "execution = 450,000.00元 / 500,000.00元 = 90.00% → 10 × min(90.00%, 100%) = 9.00"},
 "indicators": [
  {"index": 0, "line": 4, "level1": "", "level2": "", "name": "培训人次", "op": "≥", "op_text": "≥", "target": "100", "actual": "90", "unit": "", "points": 90, "score": 81, "status": "short", "status_text": "short", "tier": "", "explain": "90 < 100 → 90 × 90/100 = 81.00"}],
 "total": 90, "possible": 100, "grade": "优秀",
 "warnings": []}
,
{"source": "tests/data/pass_two_sheets.yaml", "rules": "linear-reverse", "org": "乙单位", "project": "", "year": null,
 "budget": {"initial": null, "full_year": 500000, "executed": 500000, "rate": 100, "points": 10, "score": 10, "explain": "execution = 500,000.00元 / 500,000.00元 = 100.00% → 10 × min(100.00%, 100%) = 10.00"},
 "indicators": [
  {"index": 0, "line": 9, "level1": "", "level2": "", "name": "投诉率", "op": "≤", "op_text": "≤", "target": "5%", "actual": "8%", "unit": "", "points": 90, "score": 36, "status": "short", "status_text": "short", "tier": "", "explain": "8% > 5% → p * max(0, 1 - (B - A) / A) with A = 5, B = 8, p = 90 = 36.00"}],
 "total": 46, "possible": 100, "grade": "较差",
 "warnings": [
  {"code": "shortfall-without-reason", "severity": "warning", "line": 9, "column": 44, "path": "indicators[0]", "path_text": "indicators[0]", "message": "target missed (36.00 of 90.00 points) and no reason for the deviation is given"}]}
]

$ jixiao score --rules tests/data/pass_rules_suzhou.yaml tests/data/pass_two_sheets.yaml
甲单位 · 规则 苏州
#  三级指标  性质  指标值  实际完成值   分值   得分  状态
1  培训人次  ≥     100     90          90.00  81.00  未达成
预算执行: 年初预算数 —, 全年预算数 500,000.00元, 全年执行数 450,000.00元, 执行率 90.00%, 分值 10.00, 得分 9.00
总分 90.00 / 100.00   等级 优

乙单位 · 规则 苏州
#  三级指标  性质  指标值  实际完成值   分值   得分  状态
1  投诉率    ≤     5%      8%          90.00  36.00  未达成
预算执行: 年初预算数 —, 全年预算数 500,000.00元, 全年执行数 500,000.00元, 执行率 100.00%, 分值 10.00, 得分 10.00
总分 46.00 / 100.00   等级 差
审核发现（1）:
  tests/data/pass_two_sheets.yaml:9:44: shortfall-without-reason: 第1项指标: 未达成目标（得 36.00 分，分值 90.00），未填写偏差原因

%% stdin
$ jixiao score --format csv - < tests/cases/mentougou-sci-swapped.yaml
source,kind,index,level1,level2,name,op,target,actual,unit,points,score,status,org,project
-,indicator,0,,,保证人员工资发放到位,定性,完成人员工资足额发放,完成人员工资足额发放,优良,50,50,达成,门头沟区科学技术和信息化局,
-,indicator,1,,,实施科技项目及信息化项目,定性,完成科技项目、科普项目及信息化项目,完成科技项目、科普项目及信息化项目,优良,50,50,达成,门头沟区科学技术和信息化局,
-,total,,,,总分,,,,,100,100,优秀,门头沟区科学技术和信息化局,

%% --lang: the table a reader reads is Chinese unless English is asked for; the numbers are the same
$ jixiao score --lang en examples/project-2023.yaml
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023 · rules mof2020
#  level 1     level 2       indicator                       op      target        actual      points  score  status
1  产出指标    数量指标      园区门户标识设置                =       4             4            10.00  10.00  met
2  产出指标    数量指标      “两区”交通指引标识设置          ≥       6             2            10.00   3.33  short
3  产出指标    质量指标      标识安装验收合格率              ≥       100%          100%         10.00  10.00  met
4  产出指标    时效指标      全部工作完成时间                date    ≤2023年12月   2023年12月   10.00  10.00  met
5  产出指标    成本指标      项目成本控制                    ≤       22.58         225,800元    10.00  10.00  met
6  效益指标    社会效益指标  完成两区办布置任务比例          ≥       100           100%         15.00  15.00  met
7  效益指标    可持续影响…   提升园区知名度，吸引优质企业…   quali…  达成预期指标  达成         15.00  14.00  达成
8  满意度指标  服务对象满…   使用者满意度                    ≥       95            96%          10.00  10.00  met
budget: initial 225,800.00元, full year 225,800.00元, executed 225,800.00元, execution 100.00%, points 10.00, score 10.00
total 92.33 / 100.00   grade 优秀
warnings (2):
  examples/project-2023.yaml:34:12: unsupported-score: indicators[1]: the sheet printed a score of 10.00, the rules give 3.33
  examples/project-2023.yaml:86:8: sum-mismatch: total: the sheet printed a total of 100.00, its own rows add up to 99.00

$ jixiao score --lang fr examples/project-2023.yaml
2> jixiao score: --lang takes zh or en, not 'fr'
2> Try 'jixiao score --help'.
[2]

%% JSON gives the machine's status and the reader's text beside it, in the language asked for
$ jixiao score --format json --lang zh tests/data/pass_two_sheets.yaml
[
{"source": "tests/data/pass_two_sheets.yaml", "rules": "mof2020", "org": "甲单位", "project": "", "year": null,
 "budget": {"initial": null, "full_year": 500000, "executed": 450000, "rate": 90, "points": 10, "score": 9, "explain": "执行率 = 450,000.00元 / 500,000.00元 = 90.00% → 10 × 90.00%（以 100% 为上限）= 9.00"},
 "indicators": [
  {"index": 0, "line": 4, "level1": "", "level2": "", "name": "培训人次", "op": "≥", "op_text": "≥", "target": "100", "actual": "90", "unit": "", "points": 90, "score": 81, "status": "short", "status_text": "未达成", "tier": "", "explain": "90 < 100 → 90 × 90/100 = 81.00"}],
 "total": 90, "possible": 100, "grade": "优秀",
 "warnings": []}
,
{"source": "tests/data/pass_two_sheets.yaml", "rules": "mof2020", "org": "乙单位", "project": "", "year": null,
 "budget": {"initial": null, "full_year": 500000, "executed": 500000, "rate": 100, "points": 10, "score": 10, "explain": "执行率 = 500,000.00元 / 500,000.00元 = 100.00% → 10 × 100.00%（以 100% 为上限）= 10.00"},
 "indicators": [
  {"index": 0, "line": 9, "level1": "", "level2": "", "name": "投诉率", "op": "≤", "op_text": "≤", "target": "5%", "actual": "8%", "unit": "", "points": 90, "score": 56.25, "status": "short", "status_text": "未达成", "tier": "", "explain": "8% > 5% → 90 × 5/8 = 56.25"}],
 "total": 66.25, "possible": 100, "grade": "一般",
 "warnings": [
  {"code": "shortfall-without-reason", "severity": "warning", "line": 9, "column": 44, "path": "indicators[0]", "path_text": "第1项指标", "message": "未达成目标（得 56.25 分，分值 90.00），未填写偏差原因"}]}
]

