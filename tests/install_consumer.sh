#!/bin/sh
# Installs the build into a temporary prefix, then builds the examples against it as an embedding
# system would: examples/embed.c with the core alone, examples/form_to_html.c with the forms, each
# with pkg-config and with find_package(jixiao) from CMake; and the Python module from the
# prefix's Python path, finding the installed library by itself.
# Usage: install_consumer.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 src=$2
prefix=$(mktemp -d) && trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(ls -d "$prefix"/lib*/ | head -n 1)
export PKG_CONFIG_PATH="$libdir/pkgconfig"
form=$src/tests/forms/mentougou-sci-swapped.txt
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror "$src/examples/embed.c" -o "$prefix/embed" $(pkg-config --cflags --libs jixiao)
LD_LIBRARY_PATH="$libdir" "$prefix/embed" "$src/examples/project-2023.yaml" | tail -n 1
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror "$src/examples/form_to_html.c" -o "$prefix/form_to_html" \
  $(pkg-config --cflags --libs jixiao-forms)
LD_LIBRARY_PATH="$libdir" "$prefix/form_to_html" "$form" "$prefix/form.html" | sed 's/^[^:]*: //'
mkdir "$prefix/consumer"
cat >"$prefix/consumer/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(consumer C)
find_package(jixiao 0.1 REQUIRED)
add_executable(embed $src/examples/embed.c)
target_link_libraries(embed PRIVATE jixiao::jixiao_static)
add_executable(form_to_html $src/examples/form_to_html.c)
target_link_libraries(form_to_html PRIVATE jixiao::forms_static)
CMAKE
cmake -S "$prefix/consumer" -B "$prefix/consumer/build" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$prefix/consumer/build" >/dev/null
"$prefix/consumer/build/embed" "$src/examples/project-2023.yaml" | tail -n 1
"$prefix/consumer/build/form_to_html" "$form" "$prefix/form.html" | sed 's/^[^:]*: //'
if command -v python3 >/dev/null; then
  PYTHONPATH="$prefix/lib/python3/dist-packages" python3 -c '
import sys, jixiao
r = jixiao.score(sys.argv[1])
print("python: total %.2f  grade %s" % (r["total"], r["grade"]))' "$src/examples/project-2023.yaml"
fi
