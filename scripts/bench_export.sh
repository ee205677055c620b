#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times the whole `clusterscope export --format png --size 1920x1080 --level 3` process
# (start, load, compute, draw, encode, exit) on a synthetic NUTS 2021 level-3 table, and
# the same picture made with GDAL's command-line tools (reproject + classify in
# ogr2ogr, gdal_rasterize, gdaldem color-relief to PNG). Reported, never asserted.
# Usage: scripts/bench_export.sh [CLUSTERSCOPE_EXE] (default: build-bench/app/clusterscope)
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-build-bench/app/clusterscope}
gpkg=${CLUSTERSCOPE_NUTS_GPKG:-$HOME/.cache/clusterscope/nuts-atlas-0.9.1.gpkg}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash scripts/make_bench_table.sh "$work/nuts3.csv"
args=(export --data "$work/nuts3.csv" --map-columns region=region,industry=industry,year=year,value=value
      --nuts-version 2021 --level 3 --category C28 --indicator lq)

source scripts/median_ms.sh

"$exe" "${args[@]}" --format png --size 1920x1080 -o "$work/map.png" 2>/dev/null
echo "clusterscope export png 1920x1080 level 3: $(median_ms 11 "$exe" "${args[@]}" --format png --size 1920x1080 -o "$work/map.png") ms (median of 11)"
echo "  of which the process start with no work (export --help): $(median_ms 11 "$exe" export --help) ms"

# The same classes for GDAL: quintile limits of the LQ that clusterscope computed.
"$exe" "${args[@]}" --format csv -o "$work/lq.csv" 2>/dev/null
read -r b1 b2 b3 b4 < <(awk -F, 'NR > 1 && $3 != "" { print $3 }' "$work/lq.csv" | sort -g |
  awk '{ v[NR] = $1 } END { for (q = 1; q <= 4; ++q) { p = 1 + (NR - 1) * q / 5; i = int(p);
        printf "%s ", v[i] + (p - i) * (v[i + 1] - v[i]) } print "" }')
ogr2ogr -f GPKG "$work/gis.gpkg" "$gpkg" nuts_2021_10m_l3 -nln nuts
ogr2ogr -f GPKG -update "$work/gis.gpkg" "$work/lq.csv" -nln lq
cat > "$work/colours.txt" <<COLOURS
0 230 240 248
1 253 231 37
2 94 201 98
3 33 145 140
4 59 82 139
5 68 1 84
6 200 200 200
COLOURS
gis() {
  rm -f "$work/classes.gpkg" "$work/classes.tif" "$work/gdal.png"
  ogr2ogr -f GPKG "$work/classes.gpkg" "$work/gis.gpkg" -t_srs EPSG:3035 -nln classes -dialect sqlite -sql \
    "select n.geom, case when l.value is null or l.value = '' then 6 when cast(l.value as real) <= $b1 then 1
       when cast(l.value as real) <= $b2 then 2 when cast(l.value as real) <= $b3 then 3
       when cast(l.value as real) <= $b4 then 4 else 5 end as cls
     from nuts n left join lq l on n.NUTS_ID = l.nuts_id"
  # The extent of clusterscope's frame: continental Europe fitted into 16:9.
  gdal_rasterize -q -a cls -ot Byte -init 0 -ts 1920 1080 -te 1369444 1350000 8480556 5350000 \
    "$work/classes.gpkg" "$work/classes.tif"
  gdaldem color-relief -q -nearest_color_entry "$work/classes.tif" "$work/colours.txt" "$work/gdal.png" -of PNG
}
gis
echo "GDAL pipeline (ogr2ogr + gdal_rasterize + gdaldem, no legend, no antialiasing): $(median_ms 5 gis) ms (median of 5)"
if [[ -n ${BENCH_KEEP:-} ]]; then # keep both pictures for a look
  mkdir -p "$BENCH_KEEP" && cp "$work/map.png" "$work/gdal.png" "$BENCH_KEEP/"
fi
