/*
 * msg.h - the texts a reader sees, by language: msg_en.h and msg_zh.h hold them, one place per
 * language; JX_T(lang, NAME) is the one asked for. Both arms are string literals, so the compiler
 * checks each arm's conversions against the arguments' types; tests/python/msg_pairs.py checks
 * that the two arms have the same conversions in the same order. Never installed.
 */
#ifndef JX_MSG_H
#define JX_MSG_H

#include "msg_en.h"
#include "msg_zh.h"

#define JX_T(lang, id) ((lang) == JX_LANG_EN ? EN_##id : ZH_##id)

#endif
