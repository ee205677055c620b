#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Times the whole `clusterscope export --all` process (start, read, region set, engine,
# write) on the two real Eurostat files of ../shared/data: the SBS 2015 extract and the
# LFS 2008–2015 file. Reported, never asserted.
# Usage: scripts/bench_all.sh [CLUSTERSCOPE_EXE] (default: build-bench/app/clusterscope)
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-build-bench/app/clusterscope}
data=${CLUSTERSCOPE_SHARED_DATA:-../shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source scripts/median_ms.sh

sbs=(export --data "$data/sbs_r_nuts06_r2_2015_persons_employed.csv" --all -o "$work/sbs.csv")
lfs=(export --data "$data/lfst_r_lfe2en2_2017vintage.tsv" --filter unit=THS,age=Y15-64 --scale 1000
     --all -o "$work/lfs.csv")
"$exe" "${sbs[@]}" 2>/dev/null
echo "export --all, SBS 2015 (sbs_r_nuts06_r2, NUTS 2): $(median_ms 7 "$exe" "${sbs[@]}") ms (median of 7), $(wc -l < "$work/sbs.csv") lines"
"$exe" "${lfs[@]}" 2>/dev/null
echo "export --all, LFS 2008-2015 (lfst_r_lfe2en2, NUTS 2): $(median_ms 7 "$exe" "${lfs[@]}") ms (median of 7), $(wc -l < "$work/lfs.csv") lines"
