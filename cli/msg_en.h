/* msg_en.h - the command's own English texts (the library's are engine/msg_en.h); msg_zh.h holds
 * the same names in Chinese, with the same conversions in the same order. */
#ifndef JX_CLI_MSG_EN_H
#define JX_CLI_MSG_EN_H

#define EN_A_HEAD_RULES " · rules %s: "
#define EN_A_FINDINGS   "%zu finding%s, %zu error%s\n"

#endif
