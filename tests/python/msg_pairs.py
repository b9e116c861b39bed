"""The message tables agree: every name of engine/msg_en.h is in engine/msg_zh.h and back (and so
for cli/), and each pair has the same printf conversions in the same order, so one call's
arguments fit both languages. (The compiler checks each arm's conversions against the arguments'
types, but not that both arms take the same number of them.) Usage: msg_pairs.py (from the source tree)."""

import re
import sys

CONV = re.compile(r"%(?:%|[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXfFeEgGcsp])")


def table(path, prefix):
    text = open(path, encoding="utf-8").read().replace("\\\n", " ")
    out = {}
    for m in re.finditer(r"#define %s_(\w+)\s+((?:\"(?:[^\"\\]|\\.)*\"\s*)+)" % prefix, text):
        out[m.group(1)] = "".join(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", m.group(2)))
    return out


failed = []
for en_file, zh_file in (("engine/msg_en.h", "engine/msg_zh.h"), ("cli/msg_en.h", "cli/msg_zh.h")):
    en, zh = table(en_file, "EN"), table(zh_file, "ZH")
    for name in sorted(set(en) | set(zh)):
        if name not in zh or name not in en:
            failed.append("%s: %s only in %s" % (zh_file, name, en_file if name in en else zh_file))
            continue
        a = [c for c in CONV.findall(en[name]) if c != "%%"]
        b = [c for c in CONV.findall(zh[name]) if c != "%%"]
        if a != b:
            failed.append("%s: %s: %s in English, %s in Chinese" % (zh_file, name, a, b))
    print("%s: %d texts in both languages" % (en_file, len(en)))
if failed:
    print("FAIL:\n  " + "\n  ".join(failed), file=sys.stderr)
    sys.exit(1)
