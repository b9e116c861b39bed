#!/bin/sh
# The core stands alone: libjixiao.so needs neither libzip, expat nor libxlsxwriter (nor the forms
# library), and a program linked with it alone scores the bundled example.
# Usage: core_alone.sh LIBJIXIAO.so EMBED EXAMPLE.yaml
set -eu
lib=$1 embed=$2 example=$3
needed=$(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "libjixiao needs: $(echo $needed)"
for bad in libzip libexpat libxlsxwriter libjixiao-forms; do
  case " $(echo $needed) " in *" $bad"*) echo "core_alone.sh: libjixiao.so needs $bad" >&2; exit 1 ;; esac
done
readelf -d "$embed" | grep -q 'NEEDED.*libjixiao-forms' && {
  echo "core_alone.sh: the embedding example links libjixiao-forms" >&2
  exit 1
}
"$embed" "$example" | tail -n 1
