// SPDX-License-Identifier: MIT
#include "maps/SpatialIndex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cs {

namespace {

SpatialIndex::Box unite(const SpatialIndex::Box &a, const SpatialIndex::Box &b)
{
    return {std::min(a.minX, b.minX), std::min(a.minY, b.minY), std::max(a.maxX, b.maxX),
            std::max(a.maxY, b.maxY)};
}

// Sort-Tile-Recursive order of `boxes`: slices by centre x, each slice by centre y, so
// that consecutive runs of `capacity` boxes are compact.
std::vector<int> strOrder(const std::vector<SpatialIndex::Box> &boxes, int capacity)
{
    std::vector<int> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    const auto cx = [&](int i) { return boxes[size_t(i)].minX + boxes[size_t(i)].maxX; };
    const auto cy = [&](int i) { return boxes[size_t(i)].minY + boxes[size_t(i)].maxY; };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return cx(a) < cx(b); });
    const size_t groups = (boxes.size() + size_t(capacity) - 1) / size_t(capacity);
    const size_t slices = size_t(std::ceil(std::sqrt(double(groups))));
    const size_t sliceSize = slices * size_t(capacity);
    for (size_t start = 0; start < order.size(); start += sliceSize) {
        const auto end = order.begin() + long(std::min(order.size(), start + sliceSize));
        std::sort(order.begin() + long(start), end, [&](int a, int b) { return cy(a) < cy(b); });
    }
    return order;
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Box> &boxes)
{
    std::vector<Box> kept;
    std::vector<int> ids;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        if (b.minX <= b.maxX && b.minY <= b.maxY) { // also drops NaN boxes
            kept.push_back(b);
            ids.push_back(int(i));
        }
    }
    if (kept.empty())
        return;

    const std::vector<int> order = strOrder(kept, kNodeCapacity);
    m_items.reserve(order.size());
    m_itemBoxes.reserve(order.size());
    for (int k : order) {
        m_items.push_back(ids[size_t(k)]);
        m_itemBoxes.push_back(kept[size_t(k)]);
    }

    // Leaves over runs of items, then each level over runs of the level below.
    const auto group = [this](const std::vector<Box> &childBoxes, int childOffset) {
        for (size_t start = 0; start < childBoxes.size(); start += kNodeCapacity) {
            const size_t end = std::min(childBoxes.size(), start + kNodeCapacity);
            Box box = childBoxes[start];
            for (size_t k = start + 1; k < end; ++k)
                box = unite(box, childBoxes[k]);
            m_nodes.push_back({box, childOffset + int(start), int(end - start)});
        }
    };
    group(m_itemBoxes, 0);
    m_leafCount = int(m_nodes.size());
    int levelStart = 0;
    while (int(m_nodes.size()) - levelStart > 1) {
        const int levelEnd = int(m_nodes.size());
        std::vector<Box> levelBoxes;
        for (int k = levelStart; k < levelEnd; ++k)
            levelBoxes.push_back(m_nodes[size_t(k)].box);
        // Re-tile this level so that siblings are close, keeping child ranges contiguous.
        const std::vector<int> levelOrder = strOrder(levelBoxes, kNodeCapacity);
        std::vector<Node> reordered;
        reordered.reserve(levelOrder.size());
        for (int k : levelOrder)
            reordered.push_back(m_nodes[size_t(levelStart + k)]);
        std::copy(reordered.begin(), reordered.end(), m_nodes.begin() + levelStart);
        for (size_t k = 0; k < reordered.size(); ++k)
            levelBoxes[k] = reordered[k].box;
        group(levelBoxes, levelStart);
        levelStart = levelEnd;
    }
}

} // namespace cs
