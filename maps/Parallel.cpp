// SPDX-License-Identifier: MIT
#include "maps/Parallel.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace cs {

void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < count; i = next++)
            body(i);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    int started = 0;
    const int helpers = std::min(count, pool->maxThreadCount()) - 1;
    for (int h = 0; h < helpers; ++h) {
        // tryStart: never wait for a busy pool (the caller may be one of its threads).
        if (!pool->tryStart([&] {
                work();
                done.release();
            }))
            break;
        ++started;
    }
    work();
    done.acquire(started);
}

} // namespace cs
