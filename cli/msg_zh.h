/* msg_zh.h - the command's own Chinese texts: the names of msg_en.h, the same conversions in the
 * same order. */
#ifndef JX_CLI_MSG_ZH_H
#define JX_CLI_MSG_ZH_H

#define ZH_A_HEAD_RULES " · 规则 %s："
#define ZH_A_FINDINGS   "审核发现 %zu 项%s，其中错误 %zu 项%s\n"

#endif
