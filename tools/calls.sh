#!/bin/sh
# Which source file calls which, read from the objects of a build (nm: the symbols each object
# defines and those it uses), and a check that the arrows never close a circle and never point up
# across the layers of docs/design.md (the table below): the core never calls the forms, neither
# library calls the CLI, a reader never calls the validator. Run it from the source tree. Exit 1
# on a circle, an upward arrow or a file the table does not place.
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
# The layers of docs/design.md, bottom first: a file calls files of its own layer or below.
layers='
support  engine/arena.c engine/error.c engine/text.c
input    engine/input.c engine/decode.c engine/node.c engine/csv.c engine/keys.c
read     engine/yaml_doc.c engine/json_doc.c engine/csv_doc.c
validate engine/value.c engine/schema.c engine/read.c engine/sheet.c engine/direct.c engine/expr.c
         engine/curve.c engine/rules.c engine/doc.c
score    engine/score.c
result   engine/result.c engine/explain.c
output   engine/out.c engine/render.c engine/summary.c engine/report.c engine/batch.c engine/cases.c
forms    engine/forms/*.c
cli      cli/*.c'
if printf '%s\n' "$layers" | awk '
    NR == FNR { for (i = 1; i <= NF; i++) if ($i ~ /\//) { pat[++np] = $i; lay[np] = n } else { n++; name[n] = $i }; next }
    function layer(f,   i) { for (i = 1; i <= np; i++) if (f == pat[i] || (pat[i] ~ /\*/ && index(f, substr(pat[i], 1, length(pat[i]) - 3)) == 1)) return lay[i]; return 0 }
    { a = layer($1); b = layer($2)
      if (!a || !b) { print "calls.sh: " (a ? $2 : $1) " has no layer in tools/calls.sh"; bad = 1 }
      else if (b > a) { print "calls.sh: " $1 " (" name[a] ") calls up into " $2 " (" name[b] "): " $3; bad = 1 } }
    END { exit !bad }' - "$list.e" >&2
then
  status=1
fi
# circles: tsort names the files of each loop
if ! awk '{ print $2, $1 }' "$list.e" | sort -u | tsort >/dev/null 2>"$list"; then
  sed 's/^tsort: /calls.sh: /' "$list" >&2
  status=1
fi
exit $status
