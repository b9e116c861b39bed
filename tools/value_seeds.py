#!/usr/bin/env python3
"""Writes fuzz/corpus/value/: every value in the tests (YAML scalars, CSV and pasted-form cells, the
value tables of test_value.c and test_read.c), one file each, and every indicator of the YAML tests as a row "target|actual|unit|op|level2|name"
- the seeds of fuzz/fuzz_value.c. A development tool (Debian: python3-yaml), not run by the tests:
the corpus it writes is committed and replayed by ctest. Usage: tools/value_seeds.py"""
import csv, glob, hashlib, os, re, yaml

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = os.path.join(root, "fuzz", "corpus", "value")
seeds = set()

def walk(node):
    if isinstance(node, dict):
        keys = {"target", "actual", "unit", "op", "level2", "name"}
        if "target" in node or "actual" in node:
            seeds.add("|".join("" if node.get(k) is None else str(node.get(k))
                               for k in ["target", "actual", "unit", "op", "level2", "name"]))
        for k, v in node.items():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
    elif node is not None and not isinstance(node, bool):
        seeds.add(str(node))

for path in glob.glob(os.path.join(root, "tests", "**", "*.yaml"), recursive=True) + \
        glob.glob(os.path.join(root, "rules", "cases", "*.yaml")) + \
        glob.glob(os.path.join(root, "examples", "*.yaml")):
    try:
        for doc in yaml.safe_load_all(open(path, encoding="utf-8")):
            walk(doc)
    except yaml.YAMLError:
        pass  # the malformed fixtures are malformed on purpose
for path in glob.glob(os.path.join(root, "tests", "**", "*.csv"), recursive=True):
    for row in csv.reader(open(path, encoding="utf-8-sig")):
        seeds.update(cell for cell in row if cell)
for path in glob.glob(os.path.join(root, "tests", "forms", "*.txt")):
    seeds.update(line.strip() for line in open(path, encoding="utf-8") if line.strip())

for path in [os.path.join(root, "tests", n) for n in ("test_value.c", "test_read.c")]:
    seeds.update(re.findall(r'^\s*\{"([^"\\]*)",', open(path, encoding="utf-8").read(), re.M))

os.makedirs(out, exist_ok=True)
for s in seeds:
    data = s.encode("utf-8")
    if 0 < len(data) <= 200:
        open(os.path.join(out, hashlib.sha1(data).hexdigest()[:16]), "wb").write(data)
print(len(os.listdir(out)), "seeds in", out)
