%% Nothing lost, nothing silently wrong: input that cannot be read is reported where it is and
%% counted, and output that cannot be written is an error.
%%
%% A long CSV of 5,000 sheets whose sheet 2 opens a quote that never closes: that row is refused
%% where the quote opens (line 3, column 5), and the 4,998 sheets after it are read on: sheet 1
%% scores 100, the others 2 → 1 of 100 points each, 50.00, so the mean is (100 + 4998 × 50)/4999 = 50.01.
$ { echo 'sheet,org,name,op,target,actual,points'; echo '1,甲,a,≥,1,1,100'; echo '2,乙,"未闭合,≥,1,1,100'; seq 3 5000 | awk -F, '{print $1 ",单位" $1 ",a,≥,2,1,100"}'; } | jixiao bulk --input csv --summary text -
自评表 4999 份，指标 4999 项
总分：平均 50.01，标准差 0.71，最低 50.00，10%分位 50.00，25%分位 50.00，中位数 50.00，75%分位 50.00，90%分位 50.00，最高 100.00
等级： 优秀 1 较差 4998
指标状态： 达成 0.02% 未达成 99.98%
审核发现： actual-looks-like-ratio 4998 shortfall-without-reason 4998
2> -:3:5: error: a quoted field is not closed (record 2, skipped)
2> 4999 scored, 1 skipped, 5000 read
[1]

%% One sheet of 3,000,000 rows (107 MB) is refused at its first line, unread, in bounded memory (it
%% took 6.2 GB and 33 s here before); the sheets around it are scored.
$ T=$(mktemp); awk 'BEGIN { print "sheet,org,name,op,target,actual,points"; print "1,甲,a,≥,1,1,100"; for (i = 0; i < 3000000; i++) print "2,乙,指标" i ",≥,100,90,0.01"; print "3,丙,c,≥,1,1,100" }' | /usr/bin/time -f %M -o "$T" jixiao bulk --input csv --summary text -; s=$?; tail -n 1 "$T" | awk '{ print ($1 < 204800 ? "peak memory under 200 MB" : "peak memory " $1 " KiB") }'; rm -f "$T"; exit $s
自评表 2 份，指标 2 项
总分：平均 100.00，标准差 0.00，最低 100.00，10%分位 100.00，25%分位 100.00，中位数 100.00，75%分位 100.00，90%分位 100.00，最高 100.00
等级： 优秀 2
指标状态： 达成 100.00%
审核发现：
peak memory under 200 MB
2> -:3:1: error: a sheet of 106888890 bytes; the limit is 16777216 (record 2, skipped)
2> 2 scored, 1 skipped, 3 read
[1]

%% Output that cannot be written (a full disk) is an error, exit 1, for every command
$ jixiao rules > /dev/full
2> jixiao: error: cannot write the output: No space left on device
[1]

$ jixiao rules show mof2020 > /dev/full
2> jixiao: error: cannot write the output: a write failed
[1]

$ jixiao check examples/project-2023.yaml > /dev/full
2> jixiao: error: cannot write the output: No space left on device
[1]

$ jixiao --help > /dev/full
2> jixiao: error: cannot write the output: No space left on device
[1]

$ jixiao bulk --summary text tests/cases/bulk/sheets.jsonl > /dev/full
2> tests/cases/bulk/sheets.jsonl:3:69: error: indicators[0].target: '1e3': not a number (an exponent): write 1000 (record 3, skipped)
2> 3 scored, 1 skipped, 4 read
2> jixiao: error: cannot write the output: a write failed
[1]

$ jixiao score examples/project-2023.yaml > /dev/full
2> jixiao: error: cannot write the output: No space left on device
[1]

%% The library never prints: a workbook that cannot be written is the error it returns, and no
%% [ERROR] line of libxlsxwriter's
$ jixiao score --format xlsx -o /dev/full examples/project-2023.yaml
2> /dev/full: error: cannot write the workbook: No space left on device
[1]

$ jixiao score --format xlsx -o /nonexistent/form.xlsx examples/project-2023.yaml
2> /nonexistent/form.xlsx: error: cannot write the workbook: No such file or directory
[1]

%% SIGTERM in the middle of a run of 1,000,000 sheets: what was written ends at a record (no line of
%% the output is cut), and the run still ends as killed by the signal (143), or had already finished
$ F=$(mktemp); O=$(mktemp); awk 'BEGIN { for (i = 1; i <= 1000000; i++) print "{\"org\": \"单位" i "\", \"indicators\": [{\"name\": \"a\", \"target\": \"≥2\", \"actual\": 1, \"points\": 100}]}" }' > "$F"; jixiao bulk --jobs 2 "$F" > "$O" 2>/dev/null & sleep 0.5; kill -TERM $!; wait $!; s=$?; awk '!/^\{.*\}$/ { cut++ } END { print cut + 0, "lines cut" }' "$O"; rm -f "$F" "$O"; { [ $s -eq 143 ] || [ $s -eq 0 ]; } && echo "ended by SIGTERM, or done"
0 lines cut
ended by SIGTERM, or done

