// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;
class QPaintDevice;

namespace cs {

// Paints a MapScene on any QPainter (widget, QImage, SVG, PDF): regions, no-data
// hatching, legend and source note. Line widths and fonts are in points, so the
// result looks alike at any DPI. On a QImage, frames of many regions are painted in
// horizontal bands, one thread per core, with the same pixels as in one pass.
class MapRenderer
{
public:
    struct Options
    {
        bool regions = true; // sea, regions and highlight
        bool legend = true;
        bool sourceNote = true;
        // A frame drawn before with the same geometry is recoloured from its
        // rasterised regions (RegionRaster), equal to drawing it afresh to within
        // antialiasing rounding; figure files turn this off to be byte-identical on
        // every export. Off, frames showing a few regions (insets) simplify just those
        // instead of caching the layer's paths for their scale.
        bool reuseRaster = true;
    };

    // An outermost region drawn in its own box (Eurostat map convention).
    struct Inset
    {
        QString name;
        QRectF extent; // EPSG:3035 metres
    };
    static const QList<Inset> &insets();
    // Where the main frame and the inset boxes go inside `target`: the insets take a
    // column on the right, the main frame the rest.
    struct Layout
    {
        QRectF main;
        QList<QRectF> insets;
    };
    static Layout layout(const QRectF &target, bool withInsets);

    // Where star symbols and labels go in the frame `rect` showing `extent` on `device`
    // (device pixels): star rows first, then labels, larger regions first, no label
    // over another label or a star row, none outside `rect`.
    struct StarRow
    {
        int region;
        int count; // symbols in the row
        QRectF box;
    };
    struct Label
    {
        int region;
        QString text;
        QRectF box;
    };
    struct Overlays
    {
        QList<StarRow> stars;
        QList<Label> labels;
    };
    static Overlays overlays(const MapScene &scene, const QRectF &extent, const QRectF &rect,
                             const QPaintDevice *device);

    // EPSG:3035 metres → device pixels of `target`, the extent centred and fitted.
    static QTransform mapToDevice(const QRectF &extent, const QRectF &target);

    // The boundaries a frame showing `extent` on `frame` device pixels needs: GISCO's
    // 1:10 million ones once a pixel covers kOverviewMetresPerPixel or more (their
    // generalisation then stays under a pixel, and they draw fastest), the 1:3 million
    // ones closer in. The window, figures and screenshots all ask here.
    static constexpr double kOverviewMetresPerPixel = 2000.0;
    static NutsLayer::Scale detailFor(const QRectF &extent, const QSizeF &frame);
    static void render(QPainter &painter, const MapScene &scene, const QRectF &target,
                       const Options &options);
    static void render(QPainter &painter, const MapScene &scene, const QRectF &target)
    {
        render(painter, scene, target, Options{});
    }
};

} // namespace cs
