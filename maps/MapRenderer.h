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
// hatching, symbols, labels, the marks of selection, partners and hover, legend and
// source note; the one painter of every map (the window draws nothing itself). Line
// widths and fonts are in points, so the result looks alike at any DPI. On a QImage,
// frames of many regions are painted in horizontal bands, one thread per core, with the
// same pixels as in one pass.
class MapRenderer
{
public:
    // Which layers to paint; the window caches the first three and paints the rest live.
    struct Options
    {
        bool regions = true; // sea, land, region fills and borders, inset boxes
        bool symbols = true; // proportional circles, star symbols, incomplete-total dots
        bool labels = true;  // region labels (MapScene::labels)
        bool marks = true;   // selection, partner regions, hover highlight
        bool legend = true;
        bool sourceNote = true;
        // A frame drawn before with the same geometry is recoloured from its
        // rasterised regions (RegionRaster), equal to drawing it afresh to within
        // antialiasing rounding; figure files turn this off to be byte-identical on
        // every export. Off, frames showing a few regions (insets) simplify just those
        // instead of caching the layer's paths for their scale.
        bool reuseRaster = true;
        // Figures: a scene without an extent of its own gets a main frame of the data's
        // shape (MapScene::dataExtent) rather than the whole width with the land beyond;
        // the strip left over holds the legend, outside the map, when it fits there.
        bool fitFrame = false;
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
        QRectF strip; // beside a fitted main frame (Options::fitFrame); empty otherwise
    };
    static Layout layout(const QRectF &target, bool withInsets);
    // The layout render() uses for `scene` with `options`.
    static Layout layout(const QRectF &target, const MapScene &scene, const Options &options);
    // The map inside an inset box (below its name); `pt` is one point in device pixels.
    static QRectF insetMapArea(const QRectF &box, double pt);
    // Where the legend goes in the main frame `frame` of `scene` on `device`: the corner
    // (or middle of a side) whose box covers the least land (regions in scope count most),
    // top left on ties.
    // Its rows follow the scene: classes or circle sizes, no data, outside the data,
    // and one per kind of symbol and outline the scene has.
    static QRectF legendRect(const MapScene &scene, const QRectF &frame,
                             const QPaintDevice *device);
    // The radius in device pixels of the circle of `value` (MapScene::Symbol::Circles) in
    // a main frame `frame`: the largest value gets 4.5 % of the frame's shorter side.
    static double circleRadius(const MapScene &scene, double value, const QRectF &frame);

    // Where star symbols and labels go in the frame `rect` showing `extent` on `device`
    // (device pixels): star rows first, more stars first, then the higher value, none
    // over another (thinned by the scale, with a collision grid); then labels of regions
    // with data, larger regions first, none over another label or a star row, none
    // outside `rect`.
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
