"""The page of jixiao serve in headless Chromium, driven over the DevTools protocol: the example
form is chosen in the file input, as a person would, and the total and grade are read off the page
(they must be the CLI's); then the filled .xlsx is downloaded and must score the same; then a bad
sheet shows its located error. Standard library only: a small WebSocket client is below.
Usage: page.py JIXIAO OUTDIR (from the source tree); exit 77 when Chromium is missing."""

import base64
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

CLI, OUT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


class Socket:
    """A WebSocket client of RFC 6455, enough for the DevTools protocol: text frames, masked."""

    def __init__(self, url):
        m = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        self.s = socket.create_connection((m.group(1), int(m.group(2))), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.s.sendall(("GET %s HTTP/1.1\r\nHost: %s:%s\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                        "Sec-WebSocket-Version: 13\r\n\r\n" % (m.group(3), m.group(1),
                                                               m.group(2), key)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.s.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("no WebSocket: " + head.decode(errors="replace"))

    def _exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.s.recv(n - len(data))
            if not chunk:
                raise RuntimeError("the browser closed the socket")
            data += chunk
        return data

    def send(self, text):
        data = text.encode()
        n = len(data)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else
                                bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else
                                bytes([0x80 | 127]) + struct.pack(">Q", n))
        mask = os.urandom(4)
        self.s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            data = self._exact(n)
            if b0 & 0x0F in (0x1, 0x0):
                message += data
                if b0 & 0x80:
                    return message.decode()


class Browser:
    def __init__(self, ws):
        self.ws, self.next, self.session = Socket(ws), 0, None

    def call(self, method, **params):
        self.next += 1
        msg = {"id": self.next, "method": method, "params": params}
        if self.session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        while True:
            answer = json.loads(self.ws.recv())
            if answer.get("id") == self.next:
                if "error" in answer:
                    raise RuntimeError("%s: %s" % (method, answer["error"]))
                return answer["result"]

    def eval(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        return r["result"].get("value")

    def wait(self, expr, what, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            value = self.eval(expr)
            if value:
                return value
            time.sleep(0.1)
        fail("the page never showed " + what + ": " + str(self.eval("document.body.innerText")))

    def choose(self, path):
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector="#file")["nodeId"]
        self.call("DOM.setFileInputFiles", files=[os.path.abspath(path)], nodeId=node)


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: needs Chromium (sh tools/deps.sh test installs it)", file=sys.stderr)
        sys.exit(77)
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    server = subprocess.Popen([CLI, "serve", "--listen", "127.0.0.1:0"], stderr=subprocess.PIPE,
                              text=True)
    base = re.search(r"listening on (http://[0-9.:]+/)", server.stderr.readline()).group(1)
    profile = tempfile.mkdtemp(dir=OUT)
    browser = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"],
        stderr=subprocess.PIPE, text=True)
    try:
        ws = None
        for line in browser.stderr:
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                ws = m.group(1)
                break
        if not ws:
            fail("Chromium gave no DevTools address")
        b = Browser(ws)
        target = b.call("Target.createTarget", url="about:blank")["targetId"]
        b.session = b.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        b.call("Page.enable")
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
        findings = b.eval("document.querySelectorAll('#sheet0 ul.warnings li').length")
        if findings != len(want["warnings"]):
            fail("the page lists %s findings, the CLI %d" % (findings, len(want["warnings"])))
        b.call("Emulation.setDeviceMetricsOverride", width=1280, height=1100, deviceScaleFactor=1,
               mobile=False)
        shot = b.call("Page.captureScreenshot", format="png")["data"]
        with open(os.path.join(OUT, "page.png"), "wb") as f:
            f.write(base64.b64decode(shot))
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
        if not error.startswith("fail_units.yaml:5:13: indicators[0].actual: units cannot"):
            fail("the page shows the error as: " + error)
        print("ok page: a bad sheet shows " + error.split(": units")[0])
    finally:
        browser.send_signal(signal.SIGTERM)
        server.send_signal(signal.SIGTERM)
        try:
            browser.wait(timeout=20)
        except subprocess.TimeoutExpired:
            browser.kill()
        if server.wait(timeout=20) != 0:
            fail("the server exited %s" % server.returncode)


main()
