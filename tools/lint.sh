#!/bin/sh
# The habits CI holds: commit subjects (tools/commits.sh), every C source formatted as
# .clang-format says, and clang-tidy (.clang-tidy) clean over the libraries, the CLI and the
# examples. Reads the clang preset's compile commands,
# configuring it first when needed.
#   tools/lint.sh          both
#   tools/lint.sh format   clang-format only (a second)
set -eu
cd "$(dirname "$0")/.."
sources=$(ls engine/*.[ch] engine/forms/*.[ch] cli/*.[ch] include/*.h tests/*.c fuzz/*.c \
  bench/*.c examples/*.c)
echo "== commit subjects" >&2
sh tools/commits.sh
echo "== clang-format" >&2
# shellcheck disable=SC2086
clang-format --dry-run --Werror $sources
[ "${1:-}" = format ] && exit 0
echo "== clang-tidy" >&2
[ -f build-clang/compile_commands.json ] || cmake --preset clang >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# run-clang-tidy exits 0 on findings in some versions: the findings themselves decide.
run-clang-tidy -p build-clang -quiet -j "$(nproc)" '/(engine|cli|examples)/' >"$out" 2>&1 || true
if grep -q -E '(warning|error):' "$out"; then
  grep -E -A3 '(warning|error):' "$out" >&2
  echo "clang-tidy: findings above" >&2
  exit 1
fi
echo "clang-tidy: clean" >&2
