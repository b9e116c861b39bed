"""Chinese and English outputs of the same sheets (issue 14): usage: lang_scan.py JIXIAO OUTDIR
(from the source tree).
  1. Nothing a Chinese reader sees is English: the text table, Markdown, the derivation, the
     audit, the HTML page (its text, tags stripped) and the filled .xlsx (its strings and cell
     comments) of every sheet under examples/, tests/cases/ and tests/data/pass_* hold no ASCII
     word but the finding codes, the rule sets' names and the files' own names.
  2. --lang en gives the same numbers in the same order as the Chinese, in the table, the
     derivation and the audit: only the words change. The English .xlsx form holds no Chinese
     but the sheet's own words (its org, project, names, targets, units, reasons, grades: what
     the sheet and `score --format json` carry).
  3. The command's own texts and the library's errors under --lang zh: every command's help,
     usage errors, check's lines, bulk's counts, and the located error of every bad sheet
     (tests/data/fail_*) hold no ASCII word but the machine names of MACHINE (options, formats,
     keys, codes, file kinds), the words the failing file itself holds (a message quotes them),
     and what libyaml says of malformed YAML (its own words, quoted after "YAML 格式错误：").
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
# Names a Chinese text still writes as they are typed: commands, options and their values,
# formats and file kinds, JSON keys and columns, HTTP, signals, environment variables, the API.
MACHINE = set("""
jixiao score explain check rules audit diff test bulk import report serve show help version lang
zh en zh_ format output from to jobs rows summary strict input update listen threads max body
text json csv md html xlsx xlsm jsonl yaml yml tsv txt YAML JSON JSONL CSV TSV UTF BOM GB Excel
Word Markdown HTTP POST GET Content Type Accept multipart form data file name healthz error code
source line column path message SIGTERM SIGINT LC_ALL LC_MESSAGES LANG id record org project year
total grade budget warnings findings status scored failed printed_total printed_grade sheet
expect case docs cases mof pre iconv zip memfd TMPDIR NULL NUL jx_load_options max_bytes max_rows
jx_load_options_init JX_LOAD_OPTIONS_INIT jx_forms_load_file libjixiao forms indicator indicators
kind actual points deduct executed full_year initial rate base mode down severity info warning
extends tier curve bands formula ratio credit zero full inverse nonneg nonpos min abs clamp round
floor ceil if A B p low high R N http s OUT rounding
""".split())
# kebab-case names (finding codes, rule sets, a rounding mode: over-target-without-reason,
# linear-reverse, half-up) are machine names whatever words they are made of
KEBAB = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")


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


def english(found, what, text, allow):
    """Notes in found each ASCII word of text outside allow, with its line."""
    for line in text.splitlines():
        for w in WORD.findall(line):
            if w not in allow:
                found.setdefault((what, w), line.strip()[:160])


def fail_on(found, where):
    if found:
        for (what, w), line in sorted(found.items())[:40]:
            print("FAIL: English in %s: '%s' in: %s" % (where % what, w, line), file=sys.stderr)
        sys.exit(1)


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
            english(found, kind, text, allow)
    fail_on(found, "the Chinese %s")
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

    cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
    for s in SHEETS:
        book = os.path.join(OUT, os.path.basename(s) + ".en.xlsx")
        run("score", "--lang", "en", "--format", "xlsx", "-o", book, s)
        data = run("score", "--format", "json", s)
        data = json.dumps(json.loads(data), ensure_ascii=False) if data else ""
        with open(s, encoding="utf-8") as f:
            data += f.read()  # what the JSON leaves out (偏差原因)
        for line in xlsx_text(book).splitlines() if os.path.exists(book) else ["(no workbook)"]:
            for w in cjk.findall(line):
                if w not in data:
                    print("FAIL: Chinese in the English form of %s: '%s' in: %s" % (s, w, line),
                          file=sys.stderr)
                    sys.exit(1)
    print("ok en: the English .xlsx form of %d sheets: no Chinese but the sheets' own words" %
          len(SHEETS))


def cli_texts():
    """The command's own texts and the library's errors, asked for in Chinese."""
    def both(*args, out=True):
        """What the command prints, but its arguments (file names, a wrong word) as echoed, and
        the system's own words for an errno (strerror: the command sets no locale)."""
        p = subprocess.run([CLI, "--lang", "zh", *args], capture_output=True, check=False)
        text = (p.stdout.decode() if out else "") + p.stderr.decode()
        for a in sorted(args, key=len, reverse=True):
            if not a.startswith("-") and len(a) > 2:
                text = text.replace(a, "")
        return KEBAB.sub("", text.replace("No such file or directory", ""))
    commands = ["score", "explain", "check", "rules", "audit", "diff", "test", "bulk", "import",
                "report", "serve"]
    texts = {"--help": both("--help")}
    for c in commands:
        texts[c + " --help"] = both(c, "--help")
    for args in ([], ["frob"], ["score"], ["score", "--format", "yaml", "nofile"], ["audit"],
                 ["diff", "nofile"], ["bulk", "--jobs", "0", "nofile"],
                 ["report", "--format", "xlsx", "nofile"],
                 ["rules", "show"], ["test"], ["import"], ["check"], ["serve", "--threads", "0"],
                 ["score", "no-such-file.yaml"]):
        texts[" ".join(args) or "(none)"] = both(*args)
    texts["check FILES"] = both("check", "examples/project-2023.yaml",
                                "tests/data/pass_two_sheets.yaml")
    texts["bulk FILE"] = both("bulk", "--summary", "json", "tests/data/pass_two_sheets.yaml",
                              out=False)
    found = {}
    bad_files = sorted(glob.glob("tests/data/fail_*"))
    for bad in bad_files:
        with open(bad, "rb") as f:
            own = set(WORD.findall(f.read().decode("utf-8", "replace")))
        said = re.sub(r"YAML 格式错误：.*", "", both("check", bad))
        named = {w for w in WORD.findall(said) if w in bad}  # the file's name, as located
        english(found, "check " + bad, said, MACHINE | own | named)
    for what, text in texts.items():
        english(found, what, text, MACHINE)
    fail_on(found, "the Chinese of `jixiao %s`")
    print("ok zh: the help of %d commands, %d usage and other outputs, the errors of %d bad sheets:"
          " no English word but machine names" % (len(commands) + 1, len(texts) - len(commands) - 1,
                                                  len(bad_files)))


main()
cli_texts()
