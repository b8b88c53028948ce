#!/usr/bin/env bash
# Rebuilds shared/data/wilayah/wilayah.tsv from the idn-area-data CSVs (provinces, regencies, districts,
# villages). Run by a developer when the upstream data changes; the build only reads the .tsv.
#
# Format: one region per line, in code order (so a parent comes right before its children):
#   <level><last code segment><TAB><name>
# level: P province, K kabupaten/kota, C kecamatan, D desa/kelurahan. The full code is the parent's code
# plus "." plus the segment, e.g. P32 / K73 / C05 / D1001 -> 32.73.05.1001.
set -euo pipefail
src=${1:?usage: make-compact.sh DIR_WITH_CSVS [OUT]}
out=${2:-"$(dirname "$0")/../../shared/data/wilayah/wilayah.tsv"}
export LC_ALL=C
{
  tail -n +2 "$src/provinces.csv" | awk -F, '{ print $1 "\tP" $1 "\t" $2 }'
  for f in regencies districts villages; do
    case $f in regencies) l=K ;; districts) l=C ;; villages) l=D ;; esac
    tail -n +2 "$src/$f.csv" | awk -F, -v l=$l '{ n = split($1, s, "."); name = $3; for (i = 4; i <= NF; i++) name = name "," $i; print $1 "\t" l s[n] "\t" name }'
  done
} | tr -d '\r' | sort -t "$(printf '\t')" -k1,1 | cut -f2- > "$out"
echo "wrote $(wc -l < "$out") regions to $out"
