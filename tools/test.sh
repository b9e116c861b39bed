#!/bin/sh
# The whole suite: the habits (tools/lint.sh: clang-format, clang-tidy), then a gcc build with
# -Werror, the same under ASan+UBSan, and a clang build with -Werror, each with every test.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh test
cmake --preset clang >/dev/null
sh tools/lint.sh
for preset in ci asan clang; do
  echo "== $preset" >&2
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
  ctest --preset "$preset" -j "$(nproc)"
done
