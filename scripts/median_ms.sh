# SPDX-License-Identifier: MIT
# Sourced by the benchmark scripts: median_ms N COMMAND… prints the median wall time of N
# runs of COMMAND (its output discarded), in milliseconds.
median_ms() {
  local n=$1; shift
  local times=()
  for ((i = 0; i < n; ++i)); do
    local t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
