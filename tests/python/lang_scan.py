"""Chinese and English outputs of the same sheets (issue 14): usage: lang_scan.py JIXIAO OUTDIR
(from the source tree).
  1. Nothing a Chinese reader sees is English: the text table, Markdown, the derivation, the
     audit, the HTML page (its text, tags stripped) and the filled .xlsx (its strings and cell
     comments) of every sheet under examples/, tests/cases/ and tests/data/pass_* hold no ASCII
     word but the finding codes, the rule sets' names and the files' own names.
  2. --lang en gives the same numbers in the same order as the Chinese, in the table, the
     derivation and the audit: only the words change.
Standard library only."""

import glob
import html
import json
import os
import re
import subprocess
import sys
import zipfile

CLI, OUT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
os.makedirs(OUT, exist_ok=True)
SHEETS = sorted(glob.glob("examples/*.yaml") + glob.glob("tests/cases/*.yaml") +
                glob.glob("tests/data/pass_*.yaml"))
SHEETS = [s for s in SHEETS if not s.endswith(".case.yaml") and "pass_rules_" not in s]
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, check=False).stdout.decode()


def allowed_words():
    words = set()
    for line in run("rules").splitlines():  # the built-in rule sets' names
        words.update(WORD.findall(line.split()[0]) if line.split() else [])
    for s in SHEETS:
        words.update(WORD.findall(s))  # the file names, as every location prints them
        for doc in [json.loads(run("score", "--format", "json", s) or "null")]:
            for sheet in doc if isinstance(doc, list) else [doc] if doc else []:
                words.update(WORD.findall(sheet["rules"]))
                for w in sheet["warnings"]:
                    words.update(WORD.findall(w["code"]))  # the finding codes
    return words


def xlsx_text(path):
    text = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/sharedStrings") or name.startswith("xl/comments"):
                text += re.findall(r"<t[^>]*>([^<]*)</t>", z.read(name).decode())
    return html.unescape("\n".join(text))


def main():
    allow = allowed_words()
    found = {}
    for s in SHEETS:
        outputs = {
            "text": run("score", s),
            "md": run("score", "--format", "md", s),
            "explain": run("explain", s),
            "audit": run("audit", s),
        }
        page = run("score", "--format", "html", s)
        page = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
        outputs["html"] = html.unescape(re.sub(r"<[^>]*>", " ", page))
        book = os.path.join(OUT, os.path.basename(s) + ".xlsx")
        run("score", "--format", "xlsx", "-o", book, s)
        outputs["xlsx"] = xlsx_text(book) if os.path.exists(book) else ""
        for kind, text in outputs.items():
            for line in text.splitlines():
                for w in WORD.findall(line):
                    if w not in allow:
                        found.setdefault((kind, w), line.strip()[:160])
    if found:
        for (kind, w), line in sorted(found.items())[:40]:
            print("FAIL: English in the Chinese %s: '%s' in: %s" % (kind, w, line),
                  file=sys.stderr)
        sys.exit(1)
    print("ok zh: %d sheets x text, md, explain, audit, html, xlsx: no English word but %d codes, "
          "names and files" % (len(SHEETS), len(allow)))

    number = re.compile(r"\d+(?:\.\d+)?")
    for s in SHEETS:
        for args in (["score"], ["explain"], ["audit"]):
            # the table's heading names its columns ("level 1"): the numbers are below it; a
            # finding's row is counted from 1 in Chinese (第2项指标), from 0 in its path
            def body(t):
                t = re.sub(r"indicators\[\d+\]|第\d+项指标", "", t)
                return "\n".join(l for l in t.splitlines() if not l.lstrip().startswith("#"))
            zh = [float(x) for x in number.findall(body(run(*args, s)))]
            en = [float(x) for x in number.findall(body(run(*args, "--lang", "en", s)))]
            if zh != en:
                print("FAIL: %s %s: the numbers differ in English: %s / %s" %
                      (" ".join(args), s, zh[:20], en[:20]), file=sys.stderr)
                sys.exit(1)
    print("ok en: the same numbers in the same order as the Chinese, %d sheets x score, explain, "
          "audit" % len(SHEETS))


main()
