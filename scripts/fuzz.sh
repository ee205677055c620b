#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of the table readers (tests/fuzz: CS_FUZZ + ASan/UBSan,
# clang) and runs each for a bounded time, after replaying the saved crash reproducers
# of tests/maps/data/fuzz-regressions. Fails on a crash, a sanitizer report, a leak, a
# timeout or running out of memory; the input is saved under BUILD/fuzz/artifacts.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      (default 30; FUZZ_BUILD_DIR, default build-fuzz)
# Seeds: tests/maps/data and the first lines of ../shared/data files (when present).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
dir=${FUZZ_BUILD_DIR:-build-fuzz}
shared=${CS_SHARED_DATA_DIR:-../shared/data}
targets=(EurostatTable SdmxCsvReader JsonStatReader TableReader)

CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCS_FUZZ=ON -DCS_SANITIZE=ON -DCS_BUILD_TESTS=OFF -DCS_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j "$(nproc)" --target cs_fuzz

# The first byte of an input picks the reader options (tests/fuzz/FuzzInput.h): bit 0
# unit=THS, bit 1 age=Y15-64, bit 2 scale 1000, bit 3 region dimension "GEO", bit 4 the
# long-table column mapping of the SDMX names.
seed() { # TARGET NAME SELECTOR(octal) < bytes
  local out="$dir/fuzz/seeds/$1"
  mkdir -p "$out"
  { printf "\\$3"; cat; } > "$out/$2-$3"
}
slice() { # FILE LINES: the first lines of a shared file, nothing when it is missing
  if [[ -f $1 ]]; then head -n "$2" "$1"; fi
}
rm -rf "$dir/fuzz/seeds"
for f in tests/maps/data/*.csv; do
  for t in SdmxCsvReader TableReader; do seed "$t" "$(basename "$f")" 000 < "$f"; seed "$t" "$(basename "$f")" 022 < "$f"; done
done
for f in tests/maps/data/*.json; do
  for t in JsonStatReader TableReader; do seed "$t" "$(basename "$f")" 000 < "$f"; seed "$t" "$(basename "$f")" 002 < "$f"; done
done
for t in EurostatTable TableReader; do
  slice "$shared/lfst_r_lfe2en2_2017vintage.tsv" 40 | seed "$t" lfs.tsv 001
  slice "$shared/lfst_r_lfe2en2_2017vintage.tsv" 40 | seed "$t" lfs.tsv 000
  slice "$shared/sbs_r_nuts06_r2_2015_persons_employed.csv" 60 | seed "$t" sbs.csv 000
  head -n 20 resources/data/lfst_r_lfe2en2_y_ge15.tsv | seed "$t" lfs_ge15.tsv 001
  head -n 40 resources/data/sbs_r_nuts06_r2_2015_employed.csv | seed "$t" sbs_embedded.csv 004
done
slice "$shared/census_naics2012_to_isic4.csv" 30 | seed TableReader census.csv 000
slice "$shared/uscmp_naics2012_to_cluster_emsi.csv" 30 | seed TableReader uscmp.csv 000
head -c 4000 "$shared/uscmp_clusters-list_naics2007.json" 2>/dev/null | seed JsonStatReader uscmp.json 000
printf 'geo,nace_r2,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nFR10,C,2015,123.5,\nFR10,J,2015,:,c\nITC4,C,2015,"1,5",e\n' |
  seed TableReader long.csv 020

# Leaks are reported too: the readers allocate nothing that should outlive a call.
export ASAN_OPTIONS=abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
regressions=(tests/maps/data/fuzz-regressions/*)
for t in "${targets[@]}"; do
  exe="$dir/tests/fuzz/fuzz_$t"
  corpus="$dir/fuzz/corpus/$t"
  mkdir -p "$corpus" "$dir/fuzz/artifacts"
  if [[ -e ${regressions[0]} ]]; then
    echo "== $t: ${#regressions[@]} saved reproducers"
    "$exe" -rss_limit_mb=2048 -timeout=10 "${regressions[@]}"
  fi
  echo "== $t: fuzzing for $seconds s"
  "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$dir/fuzz/artifacts/$t-" "$corpus" "$dir/fuzz/seeds/$t" \
    2> "$dir/fuzz/$t.log" || { tail -n 60 "$dir/fuzz/$t.log"; echo "fuzz_$t failed; input in $dir/fuzz/artifacts" >&2; exit 1; }
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cov: ' "$dir/fuzz/$t.log" | tail -n 4
done
