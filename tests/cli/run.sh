#!/usr/bin/env bash
# Runs a CLI transcript: `$ command` lines, each followed by its expected stdout, then its stderr
# lines prefixed with "2> ", then "[N]" when the exit status is not 0, then a blank line. Lines
# starting with %% are comments (output may start with #). Usage: run.sh BINDIR FILE.t [--update]
set -u
bindir=$1 file=$2 update=${3:-}
export PATH="$bindir:$PATH" LC_ALL=C.UTF-8
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
actual=$tmp/actual
: >"$actual"
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    '$ '*)
      cmd=${line#'$ '}
      printf '%s\n' "$line" >>"$actual"
      bash -c "$cmd" >"$tmp/out" 2>"$tmp/err" </dev/null
      status=$?
      cat "$tmp/out" >>"$actual"
      sed 's/^/2> /' "$tmp/err" >>"$actual"
      [ "$status" -ne 0 ] && printf '[%d]\n' "$status" >>"$actual"
      printf '\n' >>"$actual"
      ;;
    '%%'*) printf '%s\n' "$line" >>"$actual" ;;
  esac
done <"$file"
if [ "$update" = --update ]; then
  cp "$actual" "$file"
  exit 0
fi
if ! diff -u "$file" "$actual"; then
  echo "transcript $file differs (run with --update after checking the change)" >&2
  exit 1
fi
