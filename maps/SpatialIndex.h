// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace cs {

// A static, packed R-tree (Sort-Tile-Recursive, as GEOS' STRtree and Boost's packing
// build it) over axis-aligned boxes, answering "which boxes contain this point". Built
// once; queries are const and may run from several threads at once.
class SpatialIndex
{
public:
    struct Box
    {
        double minX, minY, maxX, maxY;
        bool contains(double x, double y) const
        {
            return x >= minX && x <= maxX && y >= minY && y <= maxY; // edges included, like QRectF
        }
    };

    SpatialIndex() = default;
    // `boxes[i]` is item i; null boxes are left out. Replaces any previous content.
    explicit SpatialIndex(const std::vector<Box> &boxes);

    bool isEmpty() const { return m_items.empty(); }
    int size() const { return int(m_items.size()); }

    // Calls `visit(item)` for every item whose box contains `point` (edges included),
    // in no particular order.
    template <typename Visit> void forEachContaining(const QPointF &point, Visit &&visit) const;

private:
    static constexpr int kNodeCapacity = 16;

    struct Node
    {
        Box box;
        int first; // leaf: index into m_items; else index into m_nodes
        int count;
    };

    std::vector<Node> m_nodes; // leaves first, then each level above; root is last
    std::vector<int> m_items;  // item ids in leaf order
    std::vector<Box> m_itemBoxes; // parallel to m_items
    int m_leafCount = 0;
};

template <typename Visit>
void SpatialIndex::forEachContaining(const QPointF &point, Visit &&visit) const
{
    const double x = point.x(), y = point.y();
    if (m_nodes.empty() || !m_nodes.back().box.contains(x, y))
        return;
    // Depth × fan-out bounds the stack: kNodeCapacity children per level, < 8 levels.
    int stack[8 * kNodeCapacity];
    int top = 0;
    stack[top++] = int(m_nodes.size()) - 1;
    while (top > 0) {
        const int index = stack[--top];
        const Node &node = m_nodes[size_t(index)];
        if (index < m_leafCount) {
            for (int k = node.first; k < node.first + node.count; ++k)
                if (m_itemBoxes[size_t(k)].contains(x, y))
                    visit(m_items[size_t(k)]);
        } else {
            for (int k = node.first; k < node.first + node.count; ++k)
                if (m_nodes[size_t(k)].box.contains(x, y))
                    stack[top++] = k;
        }
    }
}

} // namespace cs
