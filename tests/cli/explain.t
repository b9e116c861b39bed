%% jixiao explain: every row's derivation with its numbers, the budget, the sum, the band
$ jixiao explain tests/cases/mentougou-invest-91.yaml
门头沟区投资促进服务中心 · 2023年度 · 规则 mof2020
  1. 着力招引总部企业，承接城区溢出优质产业资源，积极走访总部企业，与总部企业进行座谈交流，招引总部企业累计 3 家。 [= 3 家，分值 10]
     3家 = 3家 → 达成 → 10.00
  2. 推动“两区”建设，促进先行先试政策落地，配合做好“两区”各项工作，加强入库项目落地，确保重点项目实现落地。全年累计报送入库项目不少于130个。 [≥ 130 个，分值 10]
     442个 ≥ 130个 → 达成 → 10.00
  3. 围绕三大细分产业布局精准招商，进一步打造“专精特新门头沟”产业品牌，累计储备3家专精特新企业，做好跟踪服务。 [= 3 家，分值 10]
     6家 > 3家 → 超过目标值，满分 → 10.00
  4. 探索招商路径，合力招商，打造招商引资活力，积极推进招商引资工作，累计招引重点企业4家。 [= 4 家，分值 10]
     6家 > 4家 → 超过目标值，满分 → 10.00
  5. 深化产业合作，完成与西城区结对协作任务，开展产业对接活动不少于2次，推动西城区企业实体落户门头沟区。 [≥ 2 次，分值 10]
     3次 ≥ 2次 → 达成 → 10.00
  6. 配合中央广播电视总台“5G+8K”超高清示范园平台相关招商引资工作，招引数字视听头部企业的分、子公司及相关企业累计3家。 [= 3 家，分值 10]
     4家 > 3家 → 超过目标值，满分 → 10.00
  7. 支持阜外医院国家医学中心建设，联动打造百洋医药健康创新转化平台，推动心血管领域医疗器械产业集群发展，累计招引5家相关企业。 [= 5 家，分值 10]
     10家 > 5家 → 超过目标值，满分 → 10.00
  8. 推进“两区”建设工作，支持园区落地更多标志性外资项目，及时报送“两区”项目。 [定性 优良中低差 项，分值 10]
     “优”按“优良中低差”等级 = 1 → 10 × 1 = 10.00
  9. 重大贡献奖励兑现 [= 199 家，分值 10]
     197家 < 199家 → 10 × 197/199 = 9.90
 10. 园区企业及人员满意度 [≥ 92 %，分值 10]
     95% ≥ 92% → 达成 → 10.00
总分 = 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 9.90 + 10.00 = 99.90（满分 100.00）
等级: 99.90 在 [90, 100] 之内 → 优秀
审核发现（7）:
  tests/cases/mentougou-invest-91.yaml:24:13: over-target-without-reason: 第2项指标: 实际完成值 442 为目标值的 340%（目标值 130，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:31:13: over-target-without-reason: 第3项指标: 实际完成值 6 为目标值的 200%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:38:13: over-target-without-reason: 第4项指标: 实际完成值 6 为目标值的 150%（目标值 4，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:45:13: over-target-without-reason: 第5项指标: 实际完成值 3 为目标值的 150%（目标值 2，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:52:13: over-target-without-reason: 第6项指标: 实际完成值 4 为目标值的 133%（目标值 3，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:59:13: over-target-without-reason: 第7项指标: 实际完成值 10 为目标值的 200%（目标值 5，超过 130%），未填写偏差原因
  tests/cases/mentougou-invest-91.yaml:8:8: unsupported-score: 总分: 表内填报总分 91.00，按评分规则合计为 99.90

$ jixiao explain examples/project-2023.yaml
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · 规则 mof2020
  1. 园区门户标识设置 [= 4 套，分值 10]
     4套 = 4套 → 达成 → 10.00
  2. “两区”交通指引标识设置 [≥ 6 套，分值 10]
     2套 < 6套 → 10 × 2/6 = 3.33；表内填报得分 10.00
  3. 标识安装验收合格率 [≥ 100%，分值 10]
     100% ≥ 100% → 达成 → 10.00
  4. 全部工作完成时间 [日期 ≤2023年12月，分值 10]
     2023年12月底 不晚于 2023年12月底 → 达成 → 10.00
  5. 项目成本控制 [≤ 22.58 万元，分值 10]
     225800元 ≤ 225800元 → 达成 → 10.00
  6. 完成两区办布置任务比例 [≥ 100 %，分值 15]
     100% ≥ 100% → 达成 → 15.00
  7. 提升园区知名度，吸引优质企业精准落地园区 [定性 达成预期指标，分值 15]
     评价人评分 14.00，在“达成”档 [12.00, 15.00] 之内（实际完成值“达成”所指） → 14.00
  8. 使用者满意度 [≥ 95 %，分值 10]
     96% ≥ 95% → 达成 → 10.00
  预算执行
     执行率 = 225,800.00元 / 225,800.00元 = 100.00% → 10 × 100.00%（以 100% 为上限）= 10.00
总分 = 10.00 + 3.33 + 10.00 + 10.00 + 10.00 + 15.00 + 14.00 + 10.00 + 10.00 = 92.33（满分 100.00）
等级: 92.33 在 [90, 100] 之内 → 优秀
审核发现（2）:
  examples/project-2023.yaml:34:12: unsupported-score: 第2项指标: 表内填报得分 10.00，按评分规则应得 3.33
  examples/project-2023.yaml:86:8: sum-mismatch: 总分: 表内填报总分 100.00，各项得分合计为 99.00

$ jixiao explain tests/cases/zgc-weights-49.yaml
中关村科技园区门头沟园管理委员会 · 2023年度 · 规则 mof2020
  1. 方案编制内容 [≥ 4 项，分值 3]
     1项 < 4项 → 3 × 1/4 = 0.75
  2. 方案编制通过验收率 [≥ 90 %，分值 3]
     1% < 90% → 3 × 1/90 = 0.03
  3. 全部工作完成 [日期 12 月，分值 1]
     2023年1月底 不晚于 2023年12月底 → 达成 → 1.00
  4. 方案辐射期间 [≥ 1 年，分值 4]
     1年 ≥ 1年 → 达成 → 4.00
  5. 方案收益方抽访满意度 [≥ 95 %，分值 1]
     1% < 95% → 1 × 1/95 = 0.01
  6. 年末预算执行率 [≥ 90 %，分值 2]
     1% < 90% → 2 × 1/90 = 0.02
  7. 重点项目 [≥ 1 个，分值 3]
     1个 ≥ 1个 → 达成 → 3.00
  8. 重点产业集群 [≥ 3 类，分值 3]
     1类 < 3类 → 3 × 1/3 = 1.00
  9. 全部工作完成 [日期 12 月，分值 1]
     2023年1月底 不晚于 2023年12月底 → 达成 → 1.00
 10. 促进产业空间升级 [定性 优良中低差 项，分值 4]
     实际完成值 1 按完成比例计 → 4 × 1 = 4.00
 11. 重点项目参与人员抽访满意度 [≥ 95 %，分值 1]
     1% < 95% → 1 × 1/95 = 0.01
 12. 年末预算执行率 [≥ 90 %，分值 2]
     1% < 90% → 2 × 1/90 = 0.02
 13. 主导产业细分领域外出活动 [≥ 1 次，分值 3]
     1次 ≥ 1次 → 达成 → 3.00
 14. 外出考察活动成功率 [= 100 %，分值 3]
     1% < 100% → 3 × 1/100 = 0.03
 15. 全部工作完成 [日期 12 月，分值 1]
     2023年1月底 不晚于 2023年12月底 → 达成 → 1.00
 16. 了解产业发展前沿，学习其他园区发展经验。 [定性 优良中低差，分值 4]
     实际完成值 1 按完成比例计 → 4 × 1 = 4.00
 17. 招商人员服务及专业度抽访满意度 [≥ 95 %，分值 1]
     1% < 95% → 1 × 1/95 = 0.01
 18. 年末预算执行率 [≥ 90 %，分值 2]
     1% < 90% → 2 × 1/90 = 0.02
 19. 开展人工智能算力算法平台基座搭建 [≥ 1 个，分值 3]
     1个 ≥ 1个 → 达成 → 3.00
 20. 发展成果 [≥ 1 项，分值 3]
     1项 ≥ 1项 → 达成 → 3.00
 21. 全部工作完成 [日期 12 月，分值 1]
     2023年1月底 不晚于 2023年12月底 → 达成 → 1.00
总分 = 0.75 + 0.03 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 1.00 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 0.03 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 3.00 + 1.00 = 29.90（满分 49.00）
等级: 29.90 在 [0, 60) 之内 → 较差
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

%% a target written with its sign and unit is shown once; a printed 9 against 9.80 is cut, not rounded
$ jixiao explain tests/data/pass_printed_forms.yaml
测试 · 测试项目 · 规则 mof2020
  1. 培训人次 [≥ 100 人次，分值 10]
     98人次 < 100人次 → 10 × 98/100 = 9.80；表内填报得分 9.00
  2. 满意度 [≥ 200平方米，分值 90]
     250平方米 ≥ 200平方米 → 达成 → 90.00
总分 = 9.80 + 90.00 = 99.80（满分 100.00）
等级: 99.80 在 [90, 100] 之内 → 优秀
审核发现（2）:
  tests/data/pass_printed_forms.yaml:7:62: shortfall-without-reason: 第1项指标: 未达成目标（得 9.80 分，分值 10.00），未填写偏差原因
  tests/data/pass_printed_forms.yaml:7:95: truncation: 第1项指标: 表内填报得分 9.00，按评分规则应得 9.80：为同一得分截去小数所致

$ jixiao audit tests/data/pass_printed_forms.yaml
tests/data/pass_printed_forms.yaml · 测试 · 测试项目 · 规则 mof2020：审核发现 2 项，其中错误 0 项
  tests/data/pass_printed_forms.yaml:7:62: 警告: shortfall-without-reason: 第1项指标: 未达成目标（得 9.80 分，分值 10.00），未填写偏差原因
  tests/data/pass_printed_forms.yaml:7:95: 提示: truncation: 第1项指标: 表内填报得分 9.00，按评分规则应得 9.80：为同一得分截去小数所致

%% the derivation in English when asked for
$ jixiao explain --lang en tests/data/pass_printed_forms.yaml
测试 · 测试项目 · rules mof2020
  1. 培训人次 [≥ 100 人次, 10 pts]
     98人次 < 100人次 → 10 × 98/100 = 9.80; the sheet printed 9.00
  2. 满意度 [≥ 200平方米, 90 pts]
     250平方米 ≥ 200平方米 → met → 90.00
total = 9.80 + 90.00 = 99.80 of 100.00
grade: 99.80 in [90, 100] → 优秀
warnings (2):
  tests/data/pass_printed_forms.yaml:7:62: shortfall-without-reason: indicators[0]: target missed (9.80 of 10.00 points) and no reason for the deviation is given
  tests/data/pass_printed_forms.yaml:7:95: truncation: indicators[0]: the sheet printed a score of 9.00, the rules give 9.80: the same score, truncated

