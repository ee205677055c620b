#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the benchmarks in Release and runs them; results are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCS_BUILD_TESTS=ON -DCS_BUILD_BENCH=ON
targets=$(sed -n 's/^add_executable(\([A-Za-z]*Bench\).*/\1/p' tests/bench/CMakeLists.txt)
cmake --build build-bench --target $targets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash scripts/make_bench_table.sh "$work/nuts3.csv" # the table of the export benchmarks
export CLUSTERSCOPE_BENCH_CSV="$work/nuts3.csv"
for t in $targets; do
  echo "== $t"
  QT_QPA_PLATFORM=offscreen "build-bench/tests/bench/$t" --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true
done
