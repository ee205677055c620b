#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the synthetic statistics of the export benchmarks to $1: every NUTS 3 2021
# region (1,514, from the boundary cache) × 24 manufacturing divisions C10–C33, year
# 2021, log-normal employment from a fixed seed; long form region,industry,year,value.
set -euo pipefail
out=${1:?usage: make_bench_table.sh OUT.csv}
gpkg=${CLUSTERSCOPE_NUTS_GPKG:-$HOME/.cache/clusterscope/nuts-atlas-0.9.1.gpkg}
ogrinfo -ro -q -dialect sqlite -sql "select NUTS_ID from nuts_2021_10m_l3" "$gpkg" |
  sed -n 's/.*NUTS_ID (String) = //p' |
  awk 'BEGIN { srand(7); print "region,industry,year,value" }
       { size = exp(10 + 2 * (rand() - 0.5)); for (d = 10; d <= 33; ++d)
           printf "%s,C%02d,2021,%d\n", $1, d, size * exp(2 * (rand() - 0.5)) + 1 }' > "$out"
