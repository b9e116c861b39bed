#!/bin/sh
# Builds jixiao and scores the bundled example: the table, then the derivation of every row.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" >/dev/null
./build/jixiao score examples/project-2023.yaml
echo
./build/jixiao explain examples/project-2023.yaml
