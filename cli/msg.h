/* msg.h - the command's texts by language: CLI_T(lang, NAME) picks from msg_en.h or msg_zh.h. */
#ifndef JX_CLI_MSG_H
#define JX_CLI_MSG_H

#include "msg_en.h"
#include "msg_zh.h"

#define CLI_T(lang, id) ((lang) == JX_LANG_EN ? EN_##id : ZH_##id)

#endif
