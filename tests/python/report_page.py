"""The HTML report of several sheets in headless Chromium, read as a person sees it (DevTools
protocol, cdp.py): the rough edges of issue 14 stay gone.
  - the 计分说明 list of each sheet is numbered from 1;
  - no grade word (优秀, 良好, 一般, 较差, 未评定) of the overview wraps, even in a narrow window;
  - the overview says what each total is out of (92.33 / 100.00);
  - the histogram names its axes;
  - a file that failed to load is listed with its error at its place, not left out;
  - with --lang en, every heading and status is English.
Usage: report_page.py JIXIAO OUTDIR (from the source tree); exit 77 without Chromium."""

import json
import os
import shutil
import subprocess
import sys

from cdp import Browser, fail

CLI, OUT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SHEETS = ["examples/project-2023.yaml", "tests/data/pass_rule_sets.yaml",
          "tests/data/pass_reading.yaml", "tests/cases/audit-classes.yaml",
          "tests/data/fail_units.yaml"]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    page = os.path.join(OUT, "report.html")
    subprocess.run([CLI, "score", "--format", "html", "-o", page, *SHEETS], capture_output=True,
                   check=False)
    b = Browser(OUT)
    try:
        b.call("Emulation.setDeviceMetricsOverride", width=520, height=900, deviceScaleFactor=1,
               mobile=False)
        b.call("Page.navigate", url="file://" + page)
        b.wait("document.readyState === 'complete' && !!document.querySelector('section')",
               "the report")
        got = b.eval("""(() => {
          const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el);
                                  return new Set(Array.from(r.getClientRects()).map(
                                    (x) => Math.round(x.top))).size; };
          const grades = ['优秀', '良好', '一般', '较差', '未评定'];
          const ov = document.getElementById('overview');
          const cells = ov ? Array.from(ov.querySelectorAll('td'))
                               .filter((td) => grades.includes(td.textContent.trim())) : [];
          const rows = ov ? Array.from(ov.querySelectorAll('table')).pop()
                              .querySelectorAll('tr') : [];
          const box = (sel) => { const e = document.querySelector(sel);
                                 return e ? e.getBBox().width : 0; };
          const failed = document.querySelector('#failed li.fail');
          return {
            starts: Array.from(document.querySelectorAll('ol.ex')).map((ol) => ol.start),
            grade_cells: cells.length,
            wrapped: cells.filter((td) => lines(td) > 1).map((td) => td.textContent),
            totals: Array.from(rows).slice(1).map((tr) => tr.children[2].textContent),
            axes: [box('#x-axis'), box('#y-axis')],
            failed: failed ? failed.textContent : ''
          };
        })()""")
        b.screenshot(os.path.join(OUT, "report.png"), width=520, height=1400)
        # the same page with --lang en: every heading and status a reader sees is English (what
        # stays Chinese is the sheets' own words: names, units, the rule set's grades)
        page_en = os.path.join(OUT, "report-en.html")
        subprocess.run([CLI, "score", "--format", "html", "--lang", "en", "-o", page_en, *SHEETS],
                       capture_output=True, check=False)
        b.call("Page.navigate", url="file://" + page_en)
        b.wait("document.readyState === 'complete' && !!document.querySelector('section')",
               "the English report")
        got["en"] = b.eval("""(() => {
          const cjk = /[\u3400-\u9fff\uff00-\uffef]/;
          const texts = Array.from(document.querySelectorAll(
              'th, h2, #overview .sub, #x-axis, #y-axis, tr[data-row] td:last-child'))
            .map((e) => e.textContent.replace(/ · .*$/, ''));
          return {lang: document.documentElement.lang, n: texts.length,
                  chinese: texts.filter((t) => cjk.test(t))};
        })()""")
    finally:
        b.close()
    wants = []
    for f in SHEETS[:-1]:
        out = subprocess.run([CLI, "score", "--format", "json", f], capture_output=True,
                             check=False).stdout
        doc = json.loads(out)
        for s in doc if isinstance(doc, list) else [doc]:
            wants.append((s["total"], s["possible"]))
    problems = []
    if not got["starts"] or any(s != 1 for s in got["starts"]):
        problems.append("计分说明 numbered from %s" % got["starts"])
    if got["grade_cells"] < 5 or got["wrapped"]:
        problems.append("grade cells %d, wrapped: %s" % (got["grade_cells"], got["wrapped"]))
    shown = []
    for t in got["totals"]:
        parts = t.split(" / ")
        shown.append(tuple(float(x) for x in parts) if len(parts) == 2 else t)
    if shown != wants:
        problems.append("overview totals %s, want %s" % (got["totals"], wants))
    if not all(w > 0 for w in got["axes"]):
        problems.append("histogram axes %s" % got["axes"])
    if not got["failed"].startswith("tests/data/fail_units.yaml:5:13: 第1项指标 · 实际完成值：单位无法互相换算"):
        problems.append("failed file listed as %r" % got["failed"])
    if got["en"]["lang"] != "en" or got["en"]["n"] < 40 or got["en"]["chinese"]:
        problems.append("the English page: lang %s, %d headings and statuses, Chinese in %s" %
                        (got["en"]["lang"], got["en"]["n"], got["en"]["chinese"][:8]))
    if problems:
        fail("; ".join(problems))
    print("ok report page: 计分说明 from 1, %d grade cells on one line at 520 px, totals out of "
          "their points, axes named, the failed file listed; in English %d headings and statuses, "
          "none Chinese" % (got["grade_cells"], got["en"]["n"]))


main()
