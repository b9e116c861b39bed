/*
 * keys.c - the keys of an indicator file: English names are canonical, the printed form's Chinese
 * headings are their aliases. The sheet reader, the long CSV's header and the schema checks read
 * these tables; nothing else names a key.
 */
#include "schema.h"

const jx_key jx__sheet_keys[SK_N] = {
    {"org", {"单位", "部门", "单位名称", "部门名称", "部门(单位)名称", "实施单位"}},
    {"project", {"项目名称", "项目"}},
    {"year", {"年度"}},
    {"rules", {"规则"}},
    {"budget", {"预算执行情况", "预算执行"}},
    {"indicators", {"绩效指标", "指标"}},
    {"total", {"总分", "绩效自评总分", "自评总分"}},
    {"grade", {"等级", "自评等级", "绩效自评等级"}},
};

const jx_key jx__budget_keys[BK_N] = {
    {"unit", {"单位", "金额单位"}},
    {"initial", {"年初预算数"}},
    {"full_year", {"全年预算数", "调整后预算数"}},
    {"executed", {"全年执行数", "执行数"}},
    {"points", {"分值"}},
    {"rate", {"执行率"}},
    {"score", {"得分"}},
    {"reason", {"偏差原因", "偏差原因分析及改进措施"}},
};

const jx_key jx__row_keys[IK_N] = {
    {"id", {"序号"}},
    {"group", {"活动"}},
    {"level1", {"一级指标"}},
    {"level2", {"二级指标"}},
    {"name", {"三级指标", "指标名称", "绩效指标"}},
    {"op", {"指标性质"}},
    {"target", {"年度指标值", "指标值", "计划值"}},
    {"unit", {"度量单位", "单位"}},
    {"points", {"分值", "指标权重", "权重"}},
    {"actual", {"实际完成值", "完成值"}},
    {"score", {"得分"}},
    {"deduct", {"扣分"}},
    {"reason", {"偏差原因分析及改进措施", "偏差原因"}},
};

const jx_key jx__deduct_keys[DK_N] = {{"points", {"分值", "扣分"}},
                                      {"reason", {"原因", "扣分原因"}}};
