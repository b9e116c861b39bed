#!/bin/sh
# Installs what jixiao needs on Debian 12, when it is missing. Idempotent.
#   deps.sh        to build: compilers, cmake, libyaml, GSL, libzip, expat, libxlsxwriter,
#                  libmicrohttpd
#   deps.sh test   also what the tests use: Criterion; clang, clang-tidy and clang-format for the
#                  second build and tools/lint.sh; and the programs that read the exported forms
#                  back (LibreOffice Calc, Chromium, CJK fonts for its screenshot); curl, python3
#                  and dpkg-dev for the server, the Python module and the Debian packages
set -eu
pkgs="gcc g++ make cmake pkg-config libyaml-dev libgsl-dev libzip-dev libexpat1-dev libxlsxwriter-dev libmicrohttpd-dev"
if [ "${1:-}" = test ]; then
  pkgs="$pkgs libcriterion-dev clang clang-tidy clang-format chromium libreoffice-calc-nogui fonts-noto-cjk time
    curl python3 dpkg-dev"
fi
need=""
for pkg in $pkgs; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
[ -z "$need" ] && exit 0
echo "installing:$need" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
