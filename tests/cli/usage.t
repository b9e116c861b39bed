%% usage errors exit 2
$ jixiao
2> jixiao: a command is required (score, explain, check, rules, audit, diff, test, bulk, import, report, serve)
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

%% serve: its options are checked before it listens
$ jixiao serve --threads 0
2> jixiao serve: --threads takes a number from 1 to 256, not '0'
2> Try 'jixiao serve --help'.
[2]

$ jixiao serve --listen nowhere
2> jixiao serve: --listen takes HOST:PORT (127.0.0.1:8080), not 'nowhere'
2> Try 'jixiao serve --help'.
[2]

$ jixiao serve --max-body 10x
2> jixiao serve: --max-body takes a number of bytes, not '10x'
2> Try 'jixiao serve --help'.
[2]

$ jixiao serve --port 80
2> jixiao serve: unknown option '--port'
2> Try 'jixiao serve --help'.
[2]

$ jixiao serve --rules nope.yaml
2> nope.yaml: error: cannot open: No such file or directory
[1]

$ jixiao explain --format csv examples/project-2023.yaml
2> jixiao explain: unknown format 'csv' (text, json)
2> Try 'jixiao explain --help'.
[2]

