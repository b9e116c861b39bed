%% usage errors exit 2
$ jixiao
2> jixiao: a command is required (score, explain, check, rules, audit, diff, test, bulk, import, report)
2> Try 'jixiao --help'.
[2]

$ jixiao frobnicate
2> jixiao: unknown command 'frobnicate'
2> Try 'jixiao --help'.
[2]

$ jixiao score
2> jixiao score: no FILE given (- reads stdin)
2> Try 'jixiao score --help'.
[2]

$ jixiao score --format xml tests/cases/mentougou-invest-91.yaml
2> jixiao score: unknown format 'xml' (text, json, csv, md, html, xlsx)
2> Try 'jixiao score --help'.
[2]

$ jixiao score --rules
2> jixiao score: --rules needs a value
2> Try 'jixiao score --help'.
[2]

$ jixiao score --verbose tests/cases/mentougou-invest-91.yaml
2> jixiao score: unknown option '--verbose'
2> Try 'jixiao score --help'.
[2]

$ jixiao rules show
2> jixiao rules: show takes one NAME or FILE
2> Try 'jixiao rules --help'.
[2]

$ jixiao check
2> jixiao check: nothing to check: give FILEs and/or --rules FILE
2> Try 'jixiao check --help'.
[2]

