"""jixiao serve against Python's urllib from 16 threads at once: good sheets (the CLI's bytes),
bad sheets (422 at the CLI's place), bodies past --max-body (413) and health checks, mixed; the
server answers all of them and exits 0 on SIGTERM. Run by ctest with JIXIAO_CLI, from the source
tree."""

import json
import os
import re
import signal
import subprocess
import threading
import time
import unittest
import urllib.error
import urllib.request

CLI = os.environ["JIXIAO_CLI"]
EXAMPLE = "examples/project-2023.yaml"
BAD = "tests/data/fail_units.yaml"


def start(*args):
    proc = subprocess.Popen([CLI, "serve", "--listen", "127.0.0.1:0", *args],
                            stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    m = re.search(r"(http://[0-9.:]+)/", line)  # the startup line, in any language
    if not m:
        proc.kill()
        raise RuntimeError("the server did not start: " + line)
    log = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
    return proc, m.group(1), log


def post(base, path, body, headers=None):
    req = urllib.request.Request(base + path, data=body, headers=headers or {}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class Clients(unittest.TestCase):
    def test_sixteen_threads(self):
        proc, base, log = start("--threads", "4", "--max-body", "100000")
        try:
            with open(EXAMPLE, "rb") as f:
                good = f.read()
            with open(BAD, "rb") as f:
                bad = f.read()
            want = subprocess.run([CLI, "score", "--format", "json", EXAMPLE],
                                  capture_output=True, check=False).stdout
            first = subprocess.run([CLI, "score", BAD], capture_output=True,
                                   check=False).stderr.decode().splitlines()[0]
            where = first.split(": error: ")[0].split(":")  # source, line, column
            failures, counts = [], {}
            lock = threading.Lock()

            def work(k):
                for i in range(40):
                    kind = (k + i) % 4
                    if kind == 0:
                        got = post(base, "/score?name=" + EXAMPLE, good)
                        ok = got == (200, want)
                    elif kind == 1:
                        status, body = post(base, "/score?name=" + BAD, bad)
                        e = json.loads(body)["error"] if status == 422 else {}
                        ok = status == 422 and [e.get("source"), str(e.get("line")),
                                                str(e.get("column"))] == where
                        got = (status, body[:200])
                    elif kind == 2:
                        got = post(base, "/score", b"x" * 200000)
                        ok = got[0] == 413
                    else:
                        with urllib.request.urlopen(base + "/healthz", timeout=60) as r:
                            got = (r.status, r.read())
                        ok = got[0] == 200 and b'"ok"' in got[1]
                    with lock:
                        counts[kind] = counts.get(kind, 0) + 1
                        if not ok:
                            failures.append((k, i, kind, got[0]))

            threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(failures, [])
            self.assertEqual(sum(counts.values()), 640)
        finally:
            proc.send_signal(signal.SIGTERM)
            status = proc.wait(timeout=60)
        self.assertEqual(status, 0)
        time.sleep(0.1)
        requests = [l for l in log if re.match(r"^(GET|POST) /\S* \d{3} \d+ \d+$", l)]
        self.assertEqual(len(requests), 640)


if __name__ == "__main__":
    unittest.main()
