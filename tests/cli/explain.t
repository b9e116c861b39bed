%% jixiao explain: every row's derivation with its numbers, the budget, the sum, the band
$ jixiao explain tests/cases/mentougou-invest-91.yaml
门头沟区投资促进服务中心 · 2023年度 · rules mof2020
  1. 着力招引总部企业，承接城区溢出优质产业资源，积极走访总部企业，与总部企业进行座谈交流，招引总部企业累计 3 家。 [= 3 家, 10 pts]
     3家 = 3家 → met → 10.00
  2. 推动“两区”建设，促进先行先试政策落地，配合做好“两区”各项工作，加强入库项目落地，确保重点项目实现落地。全年累计报送入库项目不少于130个。 [≥ 130 个, 10 pts]
     442个 ≥ 130个 → met → 10.00
  3. 围绕三大细分产业布局精准招商，进一步打造“专精特新门头沟”产业品牌，累计储备3家专精特新企业，做好跟踪服务。 [= 3 家, 10 pts]
     6家 > 3家 → over the target, full points → 10.00
  4. 探索招商路径，合力招商，打造招商引资活力，积极推进招商引资工作，累计招引重点企业4家。 [= 4 家, 10 pts]
     6家 > 4家 → over the target, full points → 10.00
  5. 深化产业合作，完成与西城区结对协作任务，开展产业对接活动不少于2次，推动西城区企业实体落户门头沟区。 [≥ 2 次, 10 pts]
     3次 ≥ 2次 → met → 10.00
  6. 配合中央广播电视总台“5G+8K”超高清示范园平台相关招商引资工作，招引数字视听头部企业的分、子公司及相关企业累计3家。 [= 3 家, 10 pts]
     4家 > 3家 → over the target, full points → 10.00
  7. 支持阜外医院国家医学中心建设，联动打造百洋医药健康创新转化平台，推动心血管领域医疗器械产业集群发展，累计招引5家相关企业。 [= 5 家, 10 pts]
     10家 > 5家 → over the target, full points → 10.00
  8. 推进“两区”建设工作，支持园区落地更多标志性外资项目，及时报送“两区”项目。 [定性 优良中低差 项, 10 pts]
     '优' on the 优良中低差 scale = 1 → 10 × 1 = 10.00
  9. 重大贡献奖励兑现 [= 199 家, 10 pts]
     197家 < 199家 → 10 × 197/199 = 9.90
 10. 园区企业及人员满意度 [≥ 92 %, 10 pts]
     95% ≥ 92% → met → 10.00
总分 = 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 10.00 + 9.90 + 10.00 = 99.90 of 100.00
等级: 99.90 in [90, 100] → 优秀
warnings (7):
  tests/cases/mentougou-invest-91.yaml:24:13: over-target-without-reason: indicators[1]: actual 442 is 340% of the target 130 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:31:13: over-target-without-reason: indicators[2]: actual 6 is 200% of the target 3 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:38:13: over-target-without-reason: indicators[3]: actual 6 is 150% of the target 4 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:45:13: over-target-without-reason: indicators[4]: actual 3 is 150% of the target 2 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:52:13: over-target-without-reason: indicators[5]: actual 4 is 133% of the target 3 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:59:13: over-target-without-reason: indicators[6]: actual 10 is 200% of the target 5 (over 130%) and 偏差原因 is empty
  tests/cases/mentougou-invest-91.yaml:8:8: unsupported-score: total: the sheet printed 总分 91.00, the rows add up to 99.90

$ jixiao explain examples/project-2023.yaml
中关村科技园区门头沟园管理委员会 · 门头沟“两区”标识建设 · 2023年度 · rules mof2020
  1. 园区门户标识设置 [= 4 套, 10 pts]
     4套 = 4套 → met → 10.00
  2. “两区”交通指引标识设置 [≥ 6 套, 10 pts]
     2套 < 6套 → 10 × 2/6 = 3.33; the sheet printed 10.00
  3. 标识安装验收合格率 [≥ 100%, 10 pts]
     100% ≥ 100% → met → 10.00
  4. 全部工作完成时间 [date ≤2023年12月, 10 pts]
     2023年12月底 on or before 2023年12月底 → met → 10.00
  5. 项目成本控制 [≤ 22.58 万元, 10 pts]
     225800元 ≤ 225800元 → met → 10.00
  6. 完成两区办布置任务比例 [≥ 100 %, 15 pts]
     100% ≥ 100% → met → 15.00
  7. 提升园区知名度，吸引优质企业精准落地园区 [定性 达成预期指标, 15 pts]
     evaluator's score 14.00, inside the 达成 tier [12.00, 15.00] named by '达成' → 14.00
  8. 使用者满意度 [≥ 95 %, 10 pts]
     96% ≥ 95% → met → 10.00
  预算执行
     执行率 = 225,800.00元 / 225,800.00元 = 100.00% → 10 × min(100.00%, 100%) = 10.00
总分 = 10.00 + 3.33 + 10.00 + 10.00 + 10.00 + 15.00 + 14.00 + 10.00 + 10.00 = 92.33 of 100.00
等级: 92.33 in [90, 100] → 优秀
warnings (2):
  examples/project-2023.yaml:34:12: unsupported-score: indicators[1]: the sheet printed 得分 10.00, the rules give 3.33
  examples/project-2023.yaml:86:8: sum-mismatch: total: the sheet printed 总分 100.00, its own rows add up to 99.00

$ jixiao explain tests/cases/zgc-weights-49.yaml
中关村科技园区门头沟园管理委员会 · 2023年度 · rules mof2020
  1. 方案编制内容 [≥ 4 项, 3 pts]
     1项 < 4项 → 3 × 1/4 = 0.75
  2. 方案编制通过验收率 [≥ 90 %, 3 pts]
     1% < 90% → 3 × 1/90 = 0.03
  3. 全部工作完成 [date 12 月, 1 pts]
     2023年1月底 on or before 2023年12月底 → met → 1.00
  4. 方案辐射期间 [≥ 1 年, 4 pts]
     1年 ≥ 1年 → met → 4.00
  5. 方案收益方抽访满意度 [≥ 95 %, 1 pts]
     1% < 95% → 1 × 1/95 = 0.01
  6. 年末预算执行率 [≥ 90 %, 2 pts]
     1% < 90% → 2 × 1/90 = 0.02
  7. 重点项目 [≥ 1 个, 3 pts]
     1个 ≥ 1个 → met → 3.00
  8. 重点产业集群 [≥ 3 类, 3 pts]
     1类 < 3类 → 3 × 1/3 = 1.00
  9. 全部工作完成 [date 12 月, 1 pts]
     2023年1月底 on or before 2023年12月底 → met → 1.00
 10. 促进产业空间升级 [定性 优良中低差 项, 4 pts]
     actual 1 read as a completion ratio → 4 × 1 = 4.00
 11. 重点项目参与人员抽访满意度 [≥ 95 %, 1 pts]
     1% < 95% → 1 × 1/95 = 0.01
 12. 年末预算执行率 [≥ 90 %, 2 pts]
     1% < 90% → 2 × 1/90 = 0.02
 13. 主导产业细分领域外出活动 [≥ 1 次, 3 pts]
     1次 ≥ 1次 → met → 3.00
 14. 外出考察活动成功率 [= 100 %, 3 pts]
     1% < 100% → 3 × 1/100 = 0.03
 15. 全部工作完成 [date 12 月, 1 pts]
     2023年1月底 on or before 2023年12月底 → met → 1.00
 16. 了解产业发展前沿，学习其他园区发展经验。 [定性 优良中低差, 4 pts]
     actual 1 read as a completion ratio → 4 × 1 = 4.00
 17. 招商人员服务及专业度抽访满意度 [≥ 95 %, 1 pts]
     1% < 95% → 1 × 1/95 = 0.01
 18. 年末预算执行率 [≥ 90 %, 2 pts]
     1% < 90% → 2 × 1/90 = 0.02
 19. 开展人工智能算力算法平台基座搭建 [≥ 1 个, 3 pts]
     1个 ≥ 1个 → met → 3.00
 20. 发展成果 [≥ 1 项, 3 pts]
     1项 ≥ 1项 → met → 3.00
 21. 全部工作完成 [date 12 月, 1 pts]
     2023年1月底 on or before 2023年12月底 → met → 1.00
总分 = 0.75 + 0.03 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 1.00 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 0.03 + 1.00 + 4.00 + 0.01 + 0.02 + 3.00 + 3.00 + 1.00 = 29.90 of 49.00
等级: 29.90 in [0, 60) → 较差
warnings (25):
  tests/cases/zgc-weights-49.yaml:19:13: shortfall-without-reason: indicators[0]: target missed (0.75 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:19:13: actual-looks-like-ratio: indicators[0]: actual 1 against a target of 4 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:26:13: shortfall-without-reason: indicators[1]: target missed (0.03 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:26:13: actual-looks-like-ratio: indicators[1]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:47:13: shortfall-without-reason: indicators[4]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:47:13: actual-looks-like-ratio: indicators[4]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:54:13: shortfall-without-reason: indicators[5]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:54:13: actual-looks-like-ratio: indicators[5]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:68:13: shortfall-without-reason: indicators[7]: target missed (1.00 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:68:13: actual-looks-like-ratio: indicators[7]: actual 1 against a target of 3 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:82:13: actual-looks-like-ratio: indicators[9]: actual 1 against a target of 优良中低差 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:89:13: shortfall-without-reason: indicators[10]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:89:13: actual-looks-like-ratio: indicators[10]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:96:13: shortfall-without-reason: indicators[11]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:96:13: actual-looks-like-ratio: indicators[11]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:110:13: shortfall-without-reason: indicators[13]: target missed (0.03 of 3.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:110:13: actual-looks-like-ratio: indicators[13]: actual 1 against a target of 100 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:123:13: actual-looks-like-ratio: indicators[15]: actual 1 against a target of 优良中低差 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:130:13: shortfall-without-reason: indicators[16]: target missed (0.01 of 1.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:130:13: actual-looks-like-ratio: indicators[16]: actual 1 against a target of 95 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:137:13: shortfall-without-reason: indicators[17]: target missed (0.02 of 2.00 points) and 偏差原因 is empty
  tests/cases/zgc-weights-49.yaml:137:13: actual-looks-like-ratio: indicators[17]: actual 1 against a target of 90 looks like a completion ratio, not a value
  tests/cases/zgc-weights-49.yaml:8:1: weights-do-not-add-up: the points add up to 49.00 (indicators 49.00), not 100.00
  tests/cases/zgc-weights-49.yaml:10:8: unsupported-score: total: the sheet printed 总分 98.00, the rows add up to 29.90
  tests/cases/zgc-weights-49.yaml:11:8: grade-mismatch: grade: the sheet printed 等级 优秀, 29.90 grades 较差

%% a target written with its sign and unit is shown once; a printed 9 against 9.80 is cut, not rounded
$ jixiao explain tests/data/pass_printed_forms.yaml
测试 · 测试项目 · rules mof2020
  1. 培训人次 [≥ 100 人次, 10 pts]
     98人次 < 100人次 → 10 × 98/100 = 9.80; the sheet printed 9.00
  2. 满意度 [≥ 200平方米, 90 pts]
     250平方米 ≥ 200平方米 → met → 90.00
总分 = 9.80 + 90.00 = 99.80 of 100.00
等级: 99.80 in [90, 100] → 优秀
warnings (2):
  tests/data/pass_printed_forms.yaml:7:62: shortfall-without-reason: indicators[0]: target missed (9.80 of 10.00 points) and 偏差原因 is empty
  tests/data/pass_printed_forms.yaml:7:95: truncation: indicators[0]: the sheet printed 得分 9.00, the rules give 9.80: the same score, truncated

$ jixiao audit tests/data/pass_printed_forms.yaml
tests/data/pass_printed_forms.yaml · 测试 · 测试项目 · rules mof2020: 2 findings, 0 errors
  tests/data/pass_printed_forms.yaml:7:62: warning: shortfall-without-reason: indicators[0]: target missed (9.80 of 10.00 points) and 偏差原因 is empty
  tests/data/pass_printed_forms.yaml:7:95: info: truncation: indicators[0]: the sheet printed 得分 9.00, the rules give 9.80: the same score, truncated

