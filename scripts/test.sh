#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Set up, build and run the whole test suite three ways: a normal build, an
# AddressSanitizer + UndefinedBehaviorSanitizer build (both run every test), and the
# libFuzzer targets of the table readers (clang, ASan/UBSan), each run for a bounded time
# (FUZZ_SECONDS per target, default 30). Needs ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCS_SANITIZE=ON -DCS_BUILD_BENCH=OFF
cmake --build build-asan -j "$jobs"
# Leak checking is off here: Qt's and fontconfig's one-time allocations would drown real
# leaks. The fuzz targets below check the readers for leaks.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Fuzzing: builds only the readers and their fuzz targets into build-fuzz; fails on a
# crash, a sanitizer report, a leak or a time-out, leaving the input in build-fuzz/fuzz/artifacts.
FUZZ_BUILD_DIR=build-fuzz bash scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
