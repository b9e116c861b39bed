"""The Python module against the CLI: the same dicts as its JSON, the same located errors, and one
Rules shared by 8 threads. Run by ctest with JIXIAO_LIBRARY (the built libjixiao.so), JIXIAO_CLI
(the built jixiao) and PYTHONPATH=bindings/python, from the source tree."""

import json
import os
import subprocess
import threading
import unittest

import jixiao

CLI = os.environ["JIXIAO_CLI"]
EXAMPLE = "examples/project-2023.yaml"
FORM = "tests/forms/mentougou-invest-91.txt"


def cli(*args):
    run = subprocess.run([CLI, *args], capture_output=True, check=False)
    return run.stdout.decode(), run.stderr.decode(), run.returncode


def cli_json(*args):
    return json.loads(cli(*args)[0])


class Scores(unittest.TestCase):
    def test_the_example_as_the_cli(self):
        got = jixiao.score(EXAMPLE)
        self.assertEqual(got, cli_json("score", "--format", "json", EXAMPLE))
        self.assertEqual((got["total"], got["grade"]), (92.33, "优秀"))
        # row 2: 2 of 6 套 under ≥ with 10 points: 10 × 2/6 = 3.333… → 3.33
        self.assertEqual(got["indicators"][1]["score"], 3.33)

    def test_a_pasted_form_under_named_rules(self):
        got = jixiao.score(FORM, rules="pre2020")
        self.assertEqual(got, cli_json("score", "--format", "json", "--rules", "pre2020", FORM))
        self.assertEqual(got["rules"], "pre2020")

    def test_a_stream_of_several_sheets_is_a_list(self):
        with open("tests/cases/bulk/sheets.jsonl", encoding="utf-8") as f:
            lines = f.read().splitlines()
        text = "\n".join(lines[:2] + lines[3:]) + "\n"
        got = jixiao.score(text, name="three.jsonl")
        self.assertIsInstance(got, list)
        self.assertEqual([s["org"] for s in got], ["甲单位", "乙单位", "丙单位"])
        self.assertEqual(got, jixiao.score(text.encode(), name="three.jsonl"))

    def test_text_is_read_as_stdin_is(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        want = json.loads(subprocess.run([CLI, "score", "--format", "json", "-"], input=text.encode(),
                                         capture_output=True, check=False).stdout)
        self.assertEqual(jixiao.score(text), want)
        self.assertEqual(jixiao.score(text)["source"], "-")

    def test_explain_carries_the_derivations(self):
        got = jixiao.explain(EXAMPLE)
        self.assertEqual(got, cli_json("explain", "--format", "json", EXAMPLE))
        self.assertEqual(got["indicators"][1]["explain"],
                         "2套 < 6套 → 10 × 2/6 = 3.33; the sheet printed 10.00")

    def test_audit_as_the_cli(self):
        got = jixiao.audit(EXAMPLE)
        self.assertEqual(got, cli_json("audit", "--format", "json", EXAMPLE))
        self.assertEqual([f["class"] for f in got], ["unsupported-score", "sum-mismatch"])
        self.assertEqual(jixiao.audit(FORM, rules="pre2020"),
                         cli_json("audit", "--format", "json", "--rules", "pre2020", FORM))


class Languages(unittest.TestCase):
    def test_the_readers_texts_in_chinese(self):
        got = jixiao.score(EXAMPLE, lang="zh")
        self.assertEqual(got, cli_json("score", "--format", "json", "--lang", "zh", EXAMPLE))
        self.assertEqual(got["indicators"][1]["status"], "short")  # the code stays
        self.assertEqual(got["indicators"][1]["status_text"], "未达成")
        self.assertEqual(jixiao.audit(EXAMPLE, lang="zh"),
                         cli_json("audit", "--format", "json", "--lang", "zh", EXAMPLE))
        self.assertEqual(jixiao.audit(EXAMPLE, lang="zh")[0]["message"],
                         "表内填报得分 10.00，按评分规则应得 3.33")
        with self.assertRaises(ValueError):
            jixiao.score(EXAMPLE, lang="fr")


class Errors(unittest.TestCase):
    def test_a_bad_sheet_raises_at_the_cli_place(self):
        bad = "tests/data/fail_units.yaml"
        with self.assertRaises(jixiao.Error) as caught:
            jixiao.score(bad)
        e = caught.exception
        first = cli("score", bad)[1].splitlines()[0]
        self.assertEqual(first, "%s:%d:%d: error: %s: %s" % (e.source, e.line, e.column, e.path,
                                                            e.message))
        self.assertEqual((e.code, e.line, e.column, e.path), ("value", 5, 13,
                                                              "indicators[0].actual"))

    def test_the_error_in_chinese(self):
        bad = "tests/data/fail_units.yaml"
        with self.assertRaises(jixiao.Error) as caught:
            jixiao.score(bad, lang="zh")
        e = caught.exception
        first = cli("--lang", "zh", "score", bad)[1].splitlines()[0]
        self.assertTrue(first.endswith("：" + e.message), first)
        self.assertTrue(e.message.startswith("单位无法互相换算"), e.message)
        self.assertEqual(e.messages["en"], cli("score", bad)[1].splitlines()[0].split(": ", 3)[3])

    def test_malformed_text(self):
        with self.assertRaises(jixiao.Error) as caught:
            jixiao.score("org: [unclosed\nindicators: x\n")
        self.assertEqual((caught.exception.code, caught.exception.source), ("syntax", "-"))

    def test_unknown_rules(self):
        with self.assertRaises(jixiao.Error) as caught:
            jixiao.Rules("no-such-rules")
        self.assertEqual(caught.exception.code, "notfound")
        with self.assertRaises(jixiao.Error):
            jixiao.score(EXAMPLE, rules="no-such-rules")

    def test_a_missing_file(self):
        with self.assertRaises(jixiao.Error) as caught:
            jixiao.score("no/such/file.yaml")
        self.assertEqual((caught.exception.code, caught.exception.source),
                         ("io", "no/such/file.yaml"))


class Threads(unittest.TestCase):
    def test_eight_threads_share_one_rules(self):
        rules = jixiao.Rules("mof2020")
        sources = [EXAMPLE, FORM, "tests/cases/mentougou-invest-91.yaml",
                   "tests/cases/zgc-weights-49.yaml"]
        want = {s: rules.score(s) for s in sources}
        failures = []

        def work(k):
            try:
                for i in range(60):
                    s = sources[(k + i) % len(sources)]
                    if rules.score(s) != want[s]:
                        failures.append((k, s))
                    if k % 2 and i % 10 == 0:
                        try:
                            rules.score("tests/data/fail_units.yaml")
                            failures.append((k, "no error"))
                        except jixiao.Error as e:
                            if e.line != 5:
                                failures.append((k, str(e)))
            except Exception as e:  # pylint: disable=broad-except
                failures.append((k, repr(e)))

        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])
        self.assertEqual(rules.name, "mof2020")
        rules.close()


class Module(unittest.TestCase):
    def test_version_and_builtins(self):
        self.assertEqual(jixiao.version(), cli("--version")[0].split()[1])
        self.assertIn("mof2020", [name for name, _ in jixiao.builtins()])


if __name__ == "__main__":
    unittest.main()
