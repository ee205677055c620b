// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QRectF>
#include <QTransform>

class QPainter;

namespace cs {

// Paints a MapScene on any QPainter (widget, QImage, SVG, PDF): regions, no-data
// hatching, legend and source note. Line widths and fonts are in points, so the
// result looks alike at any DPI.
class MapRenderer
{
public:
    struct Options
    {
        bool regions = true; // sea, regions and highlight
        bool legend = true;
        bool sourceNote = true;
    };

    // EPSG:3035 metres → device pixels of `target`, the extent centred and fitted.
    static QTransform mapToDevice(const QRectF &extent, const QRectF &target);
    static void render(QPainter &painter, const MapScene &scene, const QRectF &target,
                       const Options &options);
    static void render(QPainter &painter, const MapScene &scene, const QRectF &target)
    {
        render(painter, scene, target, Options{});
    }
};

} // namespace cs
