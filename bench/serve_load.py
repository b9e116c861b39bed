"""A load run of jixiao serve on loopback: usage: serve_load.py JIXIAO [REQUESTS]

Starts the server (4 threads), then 16 clients, each on one keep-alive connection, POST the
example sheet to /score (and every 50th request a bad sheet, answered 422). Prints requests/s
and the p50/p99/max latency as the clients saw them, and the server's resident memory after the
first 1,000 requests and after all of them (default 100,000): the two must be equal within a few
pages for a server that keeps nothing per request. When wrk is installed, a 10-second wrk run of
16 connections follows, with its own numbers. Standard library only."""

import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

CLI = os.path.abspath(sys.argv[1])
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
with open(os.path.join(SRC, "examples/project-2023.yaml"), "rb") as f:
    GOOD = f.read()
with open(os.path.join(SRC, "tests/data/fail_units.yaml"), "rb") as f:
    BAD = f.read()


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def run(host, port, n, clients=16):
    lat, errors, lock = [], [], threading.Lock()
    per = n // clients

    def client():
        con = http.client.HTTPConnection(host, port, timeout=60)
        mine = []
        for i in range(per):
            bad = i % 50 == 49
            t = time.perf_counter()
            con.request("POST", "/score", GOOD if not bad else BAD,
                        {"Content-Type": "application/yaml"})
            r = con.getresponse()
            r.read()
            mine.append(time.perf_counter() - t)
            if r.status != (422 if bad else 200):
                errors.append(r.status)
        con.close()
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    lat.sort()
    return len(lat), elapsed, lat, errors


def main():
    server = subprocess.Popen([CLI, "serve", "--listen", "127.0.0.1:0", "--threads", "4"],
                              stderr=subprocess.PIPE, text=True)
    m = re.search(r"http://([0-9.]+):(\d+)/", server.stderr.readline())
    host, port = m.group(1), int(m.group(2))
    drain = threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True)
    drain.start()
    try:
        n, elapsed, lat, errors = run(host, port, 1008)
        first = rss_kb(server.pid)
        done = n
        while done < TOTAL:
            n, elapsed, lat, errors2 = run(host, port, min(TOTAL - done, 20000))
            errors += errors2
            done += n
        last = rss_kb(server.pid)
        print("requests %d (16 clients, keep-alive; every 50th a bad sheet), errors %d" %
              (done, len(errors)))
        print("last batch: %d requests in %.2f s = %.0f requests/s; latency p50 %.2f ms, "
              "p99 %.2f ms, max %.2f ms" % (n, elapsed, n / elapsed, lat[len(lat) // 2] * 1e3,
                                           lat[int(len(lat) * 0.99)] * 1e3, lat[-1] * 1e3))
        print("server RSS after 1,008 requests %d kB, after %d requests %d kB" %
              (first, done, last))
        wrk = shutil.which("wrk")
        if wrk:
            with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
                body = GOOD.decode().replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
                lua.write('wrk.method = "POST"\nwrk.body = "%s"\n'
                          'wrk.headers["Content-Type"] = "application/yaml"\n' % body)
            out = subprocess.run([wrk, "-t2", "-c16", "-d10s", "--latency", "-s", lua.name,
                                  "http://%s:%d/score" % (host, port)],
                                 capture_output=True, text=True, check=False).stdout
            os.unlink(lua.name)
            keep = [l.strip() for l in out.splitlines()
                    if re.match(r"\s*(50%|99%|Requests/sec|\d+ requests in)", l)]
            print("wrk -t2 -c16 -d10s: " + "; ".join(keep))
            print("server RSS after wrk %d kB" % rss_kb(server.pid))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    return 1 if errors else 0


sys.exit(main())
