// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace cs {

// Runs body(0) … body(count - 1) on the program's one thread pool (Qt's global
// QThreadPool) and the calling thread, and returns when all are done. Indices are handed
// out one at a time, so uneven pieces balance. Safe to call from a pool thread: pieces
// no pool thread is free for run on the caller. The engine takes it as its ParallelFor.
void parallelFor(int count, const std::function<void(int)> &body);

} // namespace cs
