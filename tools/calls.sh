#!/bin/sh
# Which source file calls which, read from the objects of a build (nm: the symbols each object
# defines and those it uses), and a check that the arrows never close a circle and never point up:
# the core never calls the forms, neither library calls the CLI (docs/design.md draws the
# pipeline). Run it from the source tree. Exit 1 on a circle or an upward arrow.
#   tools/calls.sh BUILD_DIR            check; print nothing when all is well
#   tools/calls.sh BUILD_DIR --edges    print every arrow: "caller -> callee: symbols"
set -eu
build=$1
list=$(mktemp) && trap 'rm -f "$list" "$list.e"' EXIT
find "$build/CMakeFiles/jixiao_objects.dir" "$build/CMakeFiles/jixiao_forms_objects.dir" \
  "$build/CMakeFiles/jixiao_cli.dir" -name '*.c.o' | sort >"$list"
while read -r o; do
  f=${o#*.dir/}
  f=${f%.o}
  [ -f "$f" ] || continue # an object of a file since moved or removed
  nm -g --defined-only "$o" | awk -v f="$f" 'NF == 3 {print "D", $3, f}'
  nm -u "$o" | awk -v f="$f" '{print "U", $2, f}'
done <"$list" | awk '
  $1 == "D" { def[$2] = $3; next }
  { n++; sym[n] = $2; by[n] = $3 }
  END {
    for (i = 1; i <= n; i++)
      if ((sym[i] in def) && def[sym[i]] != by[i])
        print by[i], def[sym[i]], sym[i]
  }' | sort -u >"$list.e"
if [ "${2:-}" = --edges ]; then
  awk '{ k = $1 " -> " $2; s[k] = n[k]++ ? s[k] ", " $3 : $3 } END { for (k in s) print k ": " s[k] }' \
    "$list.e" | sort
fi
status=0
# upward arrows: core -> forms, library -> cli
if awk '($1 ~ /^engine\// && $1 !~ /^engine\/forms\// && $2 ~ /^engine\/forms\//) || ($1 ~ /^engine\// && $2 ~ /^cli\//) {
      print "calls.sh: " $1 " calls up into " $2 " (" $3 ")"; bad = 1 } END { exit !bad }' "$list.e" >&2
then
  status=1
fi
# circles: tsort names the files of each loop
if ! awk '{ print $2, $1 }' "$list.e" | sort -u | tsort >/dev/null 2>"$list"; then
  sed 's/^tsort: /calls.sh: /' "$list" >&2
  status=1
fi
exit $status
