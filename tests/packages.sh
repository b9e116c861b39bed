#!/bin/sh
# The Debian packages: cpack -G DEB in the build, each package's dependencies as dpkg-deb reads
# them, then all four unpacked into a fresh root (dpkg-deb -x: no dpkg -i here) and used from
# there: examples/embed.c built with pkg-config against it, the command, the Python module.
# Usage: packages.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 src=$2
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v $tool >/dev/null || { echo "SKIP: needs $tool (dpkg-dev)" >&2; exit 77; }
done
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
(cd "$build" && cpack -G DEB -B "$work/debs" > "$work/cpack.log" 2>&1) || fail "cpack: $(tail -5 "$work/cpack.log")"
for p in jixiao libjixiao0 libjixiao-dev python3-jixiao; do
  deb=$(ls "$work/debs/${p}_"*.deb 2>/dev/null) || fail "no package $p"
  printf '%s: %s\n' "$p" "$(dpkg-deb -f "$deb" Depends)"
  dpkg-deb -x "$deb" "$work/root"
done
deps() { dpkg-deb -f "$work/debs/$1_"*.deb Depends; }
deps jixiao | grep -q 'libmicrohttpd12' || fail "jixiao does not depend on libmicrohttpd12"
deps libjixiao0 | grep -q 'libyaml-0-2' || fail "libjixiao0 does not depend on libyaml-0-2"
if deps libjixiao0 | grep -q microhttpd; then fail "libjixiao0 depends on microhttpd"; fi
deps libjixiao-dev | grep -q 'libjixiao0 (= ' || fail "libjixiao-dev does not pin libjixiao0"

root=$work/root/usr
export PKG_CONFIG_PATH="$root/lib/pkgconfig"
[ "$(cd "$(pkg-config --variable=prefix jixiao)" && pwd -P)" = "$(cd "$root" && pwd -P)" ] ||
  fail "jixiao.pc does not find its prefix"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror "$src/examples/embed.c" -o "$work/embed" $(pkg-config --cflags --libs jixiao)
LD_LIBRARY_PATH="$root/lib" "$work/embed" "$src/examples/project-2023.yaml" | tail -n 1
LD_LIBRARY_PATH="$root/lib" ldd "$work/embed" | grep -q "$root/lib/libjixiao.so.0" ||
  fail "embed did not link the unpacked libjixiao.so.0"
"$root/bin/jixiao" score "$src/examples/project-2023.yaml" | grep '^总分'
"$root/bin/jixiao" serve --help | head -n 1
if command -v python3 >/dev/null; then
  PYTHONPATH="$root/lib/python3/dist-packages" python3 -c '
import sys, jixiao
r = jixiao.score(sys.argv[1])
print("python: total %.2f  grade %s" % (r["total"], r["grade"]))' "$src/examples/project-2023.yaml"
fi
