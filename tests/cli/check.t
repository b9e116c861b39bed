%% jixiao check, rules, version and help
$ jixiao check tests/cases/mentougou-invest-91.yaml tests/cases/chaoyang-plan-no-weights.yaml tests/cases/zgc-weights-49.yaml tests/cases/mentougou-sci-swapped.yaml examples/project-2023.yaml
tests/cases/mentougou-invest-91.yaml: ok (1 sheet, 10 indicators, 7 warnings)
tests/cases/chaoyang-plan-no-weights.yaml: ok (1 sheet, 12 indicators, 14 warnings)
tests/cases/zgc-weights-49.yaml: ok (1 sheet, 21 indicators, 25 warnings)
tests/cases/mentougou-sci-swapped.yaml: ok (1 sheet, 2 indicators, 3 warnings)
examples/project-2023.yaml: ok (1 sheet, 8 indicators, 2 warnings)

$ jixiao check --rules tests/data/pass_rules_suzhou.yaml
tests/data/pass_rules_suzhou.yaml: ok (rule set 苏州)

$ jixiao check --rules tests/data/pass_rules_suzhou.yaml tests/data/pass_two_sheets.yaml
tests/data/pass_rules_suzhou.yaml: ok (rule set 苏州)
tests/data/pass_two_sheets.yaml: ok (2 sheets, 2 indicators, 1 warning)

$ jixiao rules
budget20         budget execution worth 20, indicators 80
linear-reverse   mof2020 with ≤ falling linearly to 0 at twice the target
mof2020          财预〔2020〕10号 (default)
pre2020          forms before 2020 (定性 100–80/80–50/50–0, rate over 年初预算数)

$ jixiao rules show linear-reverse
# linear-reverse: as mof2020, but a ≤ (反向) indicator over its target falls linearly from p at the
# target to 0 at twice the target, as some finance systems score it.
name: linear-reverse
title: mof2020 with ≤ falling linearly to 0 at twice the target
extends: mof2020

ops:
  le:
    over: "p * max(0, 1 - (B - A) / A)"

$ jixiao --version
jixiao 0.1.0

$ jixiao --help
usage: jixiao <command> [options] [FILE...]

Scores 绩效自评表 (performance self-evaluation sheets) under a rule set.

commands:
  score    score sheets and print the table (text, json, csv, md, html, xlsx)
  explain  show the derivation of every row, the budget row, the sum and the grade
  check    load and validate sheets and rule files without printing scores
  rules    list the built-in rule sets, or show one as YAML
  audit    check the scores a filled form claims, and classify every disagreement
  diff     score sheets under two rule sets and report what a rule change moves
  test     run rule regression cases: expected totals, grades, rows, warnings, errors
  bulk     score streams of many sheets (YAML, JSONL, CSV, folders) with a summary
  import   read forms from Excel, CSV/TSV or pasted Word tables and write them as YAML
  report   a row per sheet of a folder of forms, grouped by org, failures included
  serve    score, explain and audit over HTTP, with an upload page

options: --help (on every command), --version, --lang zh|en (the language it writes in)
exit status: 0 done (warnings allowed), 1 bad input, 2 usage

$ jixiao score --help
usage: jixiao score [--rules NAME|FILE] [--format FMT] [--lang zh|en] [-o OUT] FILE...

Scores every sheet of every FILE (- reads stdin) and prints the table: indicators with
their target, actual, points, score and status, the budget row, 总分 and 等级, then warnings.

  --rules NAME|FILE  rule set to use: a built-in (jixiao rules) or a YAML file; default: the
                     sheet's own `rules:`, else mof2020
  --format FMT       text (default), json (an object per sheet, an array for several),
                     csv (a row per indicator), md (Markdown), html (a self-contained
                     report: gauge, bars, warnings, explanations; an overview for several
                     sheets), xlsx (the filled official form, a worksheet per sheet; needs -o)
  --lang zh|en       the language of statuses, explanations, findings and headings: text,
                     md, html and xlsx (the official form) are Chinese unless en is asked
                     for; json and csv keep their keys and codes and follow
                     LC_ALL/LC_MESSAGES/LANG (zh_* is Chinese)
  -o, --output FILE  write to FILE instead of stdout

FILE is YAML, or a form as people have it: .xlsx, .csv/.tsv, pasted Word tables (.txt);
see jixiao import --help.

$ jixiao check --help
usage: jixiao check [--rules NAME|FILE] [--strict] [FILE...]

Loads and validates sheets (and with --rules, a rule file) without printing scores. Each
sheet is checked under its rule set too, so words the rules must read are checked as well.
A form that can be read but disagrees with itself passes with its warnings counted; with
--strict every finding of severity warning or error (the rule set's audit.severity) refuses
the sheet and is printed as an error at its place: no guess and no disagreement passes.

$ jixiao explain --help
usage: jixiao explain [--rules NAME|FILE] [--format text|json] [--lang zh|en] [-o OUT] FILE...

Shows for every row the derivation with its numbers (442 ≥ 130 → met → 10.00), the budget
row, the sum and the grade band. --format json prints score's JSON, whose rows and budget
carry their derivations in `explain`. The text is Chinese unless --lang en.

$ jixiao rules --help
usage: jixiao rules [show NAME|FILE]

Lists the built-in rule sets, or prints one (or a rule file, checked first) as YAML.

