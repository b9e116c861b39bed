#!/bin/sh
# Commit subjects, as CI holds them: at most 72 characters, after an area prefix naming what the
# commit touches ("engine: ...", "tests, cli: ..."). Checks the commits after 6d481e3, where the
# rule began (history is not rewritten); skipped outside a git clone, and in a shallow one
# without that commit only HEAD is checked.
set -eu
cd "$(dirname "$0")/.."
git rev-parse --git-dir >/dev/null 2>&1 || { echo "commits.sh: not a git clone, skipped" >&2; exit 0; }
base=6d481e3
range=$base..HEAD
git cat-file -e "$base^{commit}" 2>/dev/null || range="-1 HEAD"
areas='engine|forms|cli|include|rules|tests|bench|fuzz|docs|examples|build|ci|tools|README|debian|python|serve'
bad=0
# shellcheck disable=SC2086
git log --format='%h %s' $range | while read -r hash subject; do
  n=$(printf %s "$subject" | LC_ALL=C.UTF-8 wc -m)
  if [ "$n" -gt 72 ]; then
    echo "$hash: subject is $n characters (72 at most): $subject" >&2
    bad=1
  fi
  if ! printf %s "$subject" | grep -Eq "^($areas)(, ($areas))*: [^ ]"; then
    echo "$hash: subject has no area prefix ($areas): $subject" >&2
    bad=1
  fi
  [ "$bad" -eq 0 ] || exit 1
done
