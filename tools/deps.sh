#!/bin/sh
# Installs what jixiao needs to build and test on Debian 12, when it is missing. Idempotent.
set -eu
need=""
for pkg in gcc g++ make cmake pkg-config libyaml-dev libgsl-dev libcriterion-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
[ -z "$need" ] && exit 0
echo "installing:$need" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
