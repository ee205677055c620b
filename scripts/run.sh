#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Set up (Debian packages, NUTS cache), build in Release and start ClusterScope on its
# embedded default data. Extra arguments go to the app, e.g. --screenshot map.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DCS_BUILD_TESTS=OFF
cmake --build build-release
exec build-release/app/clusterscope "$@"
