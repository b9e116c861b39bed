"""The page of jixiao serve in headless Chromium, driven over the DevTools protocol: the example
form is chosen in the file input, as a person would, and the total and grade are read off the page
(they must be the CLI's); then the filled .xlsx is downloaded and must score the same; then a bad
sheet shows its located error. Standard library only (cdp.py).
Usage: page.py JIXIAO OUTDIR (from the source tree); exit 77 when Chromium is missing."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

from cdp import Browser, fail

CLI, OUT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    b = Browser(OUT)
    server = subprocess.Popen([CLI, "serve", "--listen", "127.0.0.1:0"], stderr=subprocess.PIPE,
                              text=True)
    base = re.search(r"(http://[0-9.:]+/)", server.stderr.readline()).group(1)  # any language
    try:
        b.call("Page.setDownloadBehavior", behavior="allow", downloadPath=OUT)
        b.call("Page.navigate", url=base)
        b.wait("document.readyState === 'complete' && "
               "document.querySelectorAll('#rules option').length > 4", "its rule sets")

        want = json.loads(subprocess.run([CLI, "score", "--format", "json",
                                          "examples/project-2023.yaml"],
                                         capture_output=True, check=False).stdout)
        b.choose("examples/project-2023.yaml")
        b.wait("document.getElementById('status').getAttribute('data-done')", "a scored sheet")
        total = b.eval("document.getElementById('total0').textContent")
        grade = b.eval("document.getElementById('grade0').textContent")
        rows = b.eval("document.querySelectorAll('#sheet0 tr[data-score]').length")
        if (total, grade) != ("%.2f" % want["total"], want["grade"]):
            fail("the page shows %s %s, the CLI %.2f %s" % (total, grade, want["total"],
                                                            want["grade"]))
        if rows != len(want["indicators"]) + 1:
            fail("the page shows %s rows, the sheet has %d and a budget row" %
                 (rows, len(want["indicators"])))
        english = b.eval("(document.getElementById('result').innerText"
                         ".match(/indicators\\[|\\bdate\\b|\\bshort\\b|\\bmet\\b/g) || [])")
        if english:
            fail("the page shows machine words to a Chinese reader: %s" % english)
        findings = b.eval("document.querySelectorAll('#sheet0 ul.warnings li').length")
        if findings != len(want["warnings"]):
            fail("the page lists %s findings, the CLI %d" % (findings, len(want["warnings"])))
        b.screenshot(os.path.join(OUT, "page.png"))
        print("ok page: the example scores %s %s on the page, as on the command line (%s)" %
              (total, grade, os.path.join(OUT, "page.png")))

        b.eval("document.getElementById('download').click()")
        end, got = time.time() + 30, None
        while time.time() < end and not got:
            got = [f for f in os.listdir(OUT) if f.endswith(".xlsx")]
            time.sleep(0.1)
        if not got:
            fail("no .xlsx was downloaded")
        time.sleep(0.3)
        back = json.loads(subprocess.run([CLI, "score", "--format", "json",
                                          os.path.join(OUT, got[0])],
                                         capture_output=True, check=False).stdout)
        if back["total"] != want["total"] or back["grade"] != want["grade"]:
            fail("the downloaded workbook scores %s %s" % (back["total"], back["grade"]))
        print("ok page: the downloaded %s scores %.2f %s again" % (got[0], back["total"],
                                                                    back["grade"]))

        # a pasted Word table under the rule set picked in the list: the CLI's total and findings
        form = "tests/forms/mentougou-invest-91.txt"
        want = json.loads(subprocess.run([CLI, "score", "--format", "json", "--rules", "pre2020",
                                          form], capture_output=True, check=False).stdout)
        b.eval("document.getElementById('rules').value = 'pre2020'")
        b.eval("document.getElementById('status').removeAttribute('data-done')")
        b.choose(form)
        b.wait("document.getElementById('status').getAttribute('data-done')", "the pasted form")
        shown = b.eval("[document.getElementById('total0').textContent, "
                       "Array.from(document.querySelectorAll('#sheet0 ul.warnings li .at'))"
                       ".map((e) => e.textContent)]")
        places = ["第 %d 行 %d 列" % (w["line"], w["column"]) for w in want["warnings"]]
        if shown != ["%.2f" % want["total"], places] or want["rules"] != "pre2020":
            fail("the pasted form under pre2020 shows %s, the CLI %.2f %s" %
                 (shown, want["total"], places))
        print("ok page: the pasted form under pre2020 scores %s with %d findings at their lines" %
              (shown[0], len(places)))

        b.choose("tests/data/fail_units.yaml")
        error = b.wait("document.getElementById('error').style.display === 'block' && "
                       "document.getElementById('error').textContent", "the error")
        if not error.startswith("fail_units.yaml:5:13: 第1项指标 · 实际完成值：单位无法互相换算"):
            fail("the page shows the error as: " + error)
        print("ok page: a bad sheet shows " + error.split(": units")[0])
    finally:
        b.close()
        server.send_signal(signal.SIGTERM)
        if server.wait(timeout=20) != 0:
            fail("the server exited %s" % server.returncode)


main()
