#!/bin/sh
# Builds jixiao with -Werror and runs the whole suite, then again under ASan+UBSan.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh test
for preset in ci asan; do
  echo "== $preset" >&2
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
  ctest --preset "$preset"
done
