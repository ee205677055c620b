// SPDX-License-Identifier: MIT
#include "maps/MapRenderer.h"

#include "maps/Parallel.h"

#include "maps/RegionRaster.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPaintEngine>
#include <QPaintDevice>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <list>
#include <vector>

namespace cs {

namespace {

// Points → device pixels for this painter's device.
double pointsToPixels(const QPainter &painter, double points)
{
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    return points * dpi / 72.0;
}

// A five-pointed star of outer radius `radius` device pixels: black with a white rim,
// readable on every palette.
void drawStar(QPainter &painter, const QPointF &centre, double radius, double pt)
{
    QPolygonF star;
    for (int k = 0; k < 10; ++k) {
        const double r = k % 2 ? radius * 0.45 : radius;
        const double angle = -M_PI / 2 + k * M_PI / 5;
        star.append(centre + QPointF(r * std::cos(angle), r * std::sin(angle)));
    }
    painter.setPen(QPen(Qt::white, 0.6 * pt));
    painter.setBrush(QColor(0x1a, 0x1a, 0x1a));
    painter.drawPolygon(star);
}

// The outline of regions with an incomplete total: dark dots with a white gap between,
// visible on light and dark fills alike.
QPen incompletePen(double pt)
{
    QPen pen(QColor(0x1a, 0x1a, 0x1a), 1.2 * pt, Qt::DotLine);
    pen.setCosmetic(false);
    return pen;
}

void drawLegend(QPainter &painter, const MapScene &scene, const QRectF &target)
{
    const double pt = pointsToPixels(painter, 1.0);
    QFont titleFont = painter.font();
    titleFont.setPointSizeF(9.0);
    titleFont.setBold(true);
    QFont itemFont = painter.font();
    itemFont.setPointSizeF(8.0);
    itemFont.setBold(false);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF itemMetrics(itemFont, painter.device());

    QStringList labels;
    for (int k = 0; k < scene.classification.classCount(); ++k)
        labels.append(scene.classLabel(k));
    const QString noData = QCoreApplication::translate("cs::MapRenderer", "No data");
    labels.append(noData);
    const bool starRow = scene.starSymbols > 0 && !scene.stars.isEmpty();
    if (starRow)
        labels.append(QCoreApplication::translate("cs::MapRenderer", "Cluster with %1+ stars")
                          .arg(scene.starSymbols));
    const bool incompleteRow = scene.anyIncomplete();
    if (incompleteRow)
        labels.append(QCoreApplication::translate("cs::MapRenderer",
                                                  "Suppressed cells hide > 5 % of the region's total"));

    const double pad = 6 * pt, swatchW = 16 * pt, swatchH = 10 * pt, gap = 4 * pt;
    const double rowH = std::max(swatchH, itemMetrics.height()) + 2 * pt;
    double width = titleMetrics.horizontalAdvance(scene.legendTitle);
    for (const QString &l : labels)
        width = std::max(width, swatchW + gap + itemMetrics.horizontalAdvance(l));
    width += 2 * pad;
    const double height = 2 * pad + titleMetrics.height() + gap + rowH * labels.size();
    const QRectF box(target.left() + 10 * pt, target.top() + 10 * pt, width, height);

    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 0.5 * pt));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(box);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(box.left() + pad, box.top() + pad + titleMetrics.ascent()),
                     scene.legendTitle);
    painter.setFont(itemFont);
    double y = box.top() + pad + titleMetrics.height() + gap;
    for (int k = 0; k < labels.size(); ++k) {
        const QRectF swatch(box.left() + pad, y + (rowH - swatchH) / 2, swatchW, swatchH);
        const int extras = (starRow ? 1 : 0) + (incompleteRow ? 1 : 0);
        const bool isIncomplete = incompleteRow && k == labels.size() - 1;
        const bool isStar = starRow && k == labels.size() - 1 - (incompleteRow ? 1 : 0);
        const bool isNoData = k == labels.size() - 1 - extras;
        if (isIncomplete) {
            painter.setPen(incompletePen(pt));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
        } else if (isStar) {
            drawStar(painter, swatch.center(), swatchH * 0.6, pt);
        } else {
            painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.4 * pt));
            painter.setBrush(isNoData ? noDataColour() : scene.colours.value(k));
            painter.drawRect(swatch);
            if (isNoData) {
                painter.setBrush(QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern));
                painter.drawRect(swatch);
            }
        }
        painter.setPen(Qt::black);
        painter.drawText(QPointF(swatch.right() + gap,
                                 y + (rowH + itemMetrics.ascent() - itemMetrics.descent()) / 2),
                         labels[k]);
        y += rowH;
    }
}

void drawSourceNote(QPainter &painter, const QString &note, const QRectF &target)
{
    const double pt = pointsToPixels(painter, 1.0);
    QFont font = painter.font();
    font.setPointSizeF(7.0);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF box(target.left() + 6 * pt, target.bottom() - metrics.height() - 6 * pt,
                     target.width() - 12 * pt, metrics.height() + 2 * pt);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, note);
}

} // namespace

QTransform MapRenderer::mapToDevice(const QRectF &extent, const QRectF &target)
{
    const double scale = std::min(target.width() / extent.width(),
                                  target.height() / extent.height());
    const QPointF c = extent.center();
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, -scale); // north up
    t.translate(-c.x(), -c.y());
    return t;
}

NutsLayer::Scale MapRenderer::detailFor(const QRectF &extent, const QSizeF &frame)
{
    if (extent.isEmpty() || frame.isEmpty())
        return NutsLayer::Scale::M3;
    const double metresPerPixel = std::max(extent.width() / frame.width(), extent.height() / frame.height());
    return metresPerPixel >= kOverviewMetresPerPixel ? NutsLayer::Scale::M10 : NutsLayer::Scale::M3;
}

namespace {

// The tolerance NutsLayer::drawingPaths() simplifies with at `metresPerPixel`: the
// largest power of two not above half a pixel; 0 where it returns the full geometry.
double drawingTolerance(double metresPerPixel)
{
    const double tolerance = metresPerPixel / 2.0;
    if (!(tolerance >= NutsLayer::kMinTolerance))
        return 0;
    return std::ldexp(1.0, int(std::floor(std::log2(tolerance))));
}

// What one raster frame draws: background land, then region fills (hatched where data
// are missing), then every outline on top. Paths are in map coordinates.
struct RasterFrame
{
    const MapScene *scene;
    QTransform toDevice;
    QPen outline;
    QColor hatchColour;
};
struct Shown
{
    int region;
    const QPainterPath *path;
};

// Raster devices draw in map coordinates under the painter's transform, which spares a
// transformed copy of every path; the outline is then a cosmetic pen of the same device
// width. One fill per region: Qt's antialiasing rasteriser slows down sharply on merged
// paths larger than its cell pool. Fills first, then every outline on top.
void paintRaster(QPainter &painter, const RasterFrame &frame, const std::vector<const QPainterPath *> *land,
                 const std::vector<Shown> &shown)
{
    QPen outline = frame.outline;
    outline.setCosmetic(true);
    QBrush hatch(frame.hatchColour, Qt::BDiagPattern);
    hatch.setTransform(frame.toDevice.inverted()); // hatching stays in device space
    const QTransform saved = painter.transform();
    painter.setTransform(frame.toDevice, true);
    // The land around the regions, outlined like them.
    if (land) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(outsideColour());
        for (const QPainterPath *path : *land)
            painter.drawPath(*path);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        for (const QPainterPath *path : *land)
            painter.drawPath(*path);
    }
    painter.setPen(Qt::NoPen);
    for (const Shown &s : shown) {
        painter.setBrush(frame.scene->colourOf(s.region));
        painter.drawPath(*s.path);
        if (frame.scene->isMissing(s.region)) {
            painter.setBrush(hatch);
            painter.drawPath(*s.path);
        }
    }
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    for (const Shown &s : shown)
        painter.drawPath(*s.path);
    painter.setTransform(saved);
}

// paintRaster() in horizontal bands of a QImage, one thread each (figures of thousands of
// regions). Each band paints, through its own QImage over the same pixels, what touches its
// rows, in the same order and clipped to them, so every pixel sees the same operations as
// in one pass. A path drawn by several bands is deep-copied for all but the first:
// QPainterPath caches its rasteriser form on first use, which threads must not share.
// False (nothing drawn) where this does not apply.
bool paintRasterInBands(QPainter &painter, const RasterFrame &frame, const QRectF &clip,
                        const std::vector<const QPainterPath *> *land, const std::vector<Shown> &shown)
{
    const int threads = std::min(QThread::idealThreadCount(), 8);
    QPaintDevice *device = painter.device();
    if (threads < 2 || shown.size() < 200 || !device || device->devType() != QInternal::Image ||
        painter.transform().type() != QTransform::TxNone ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver || painter.opacity() != 1.0)
        return false;
    QImage *image = static_cast<QImage *>(device);
    if (image->devicePixelRatio() != 1.0 || image->depth() < 8)
        return false;
    const QRect rows = clip.toAlignedRect().intersected(image->rect());
    if (rows.height() < 64 * threads)
        return false;

    // Device rows of every path (with a margin for antialiasing and the outline) and a
    // cost estimate (vertices and rows) to split the work evenly.
    struct Item
    {
        const QPainterPath *path;
        double top, bottom;
    };
    std::vector<Item> landItems, regionItems;
    std::vector<std::pair<double, double>> weights; // centre row, cost
    const auto item = [&](const QPainterPath *path, const QRectF &bounds) {
        const QRectF r = frame.toDevice.mapRect(bounds);
        weights.emplace_back(r.center().y(), path->elementCount() + r.height());
        return Item{path, r.top() - 2, r.bottom() + 2};
    };
    if (land)
        for (const QPainterPath *path : *land)
            landItems.push_back(item(path, path->controlPointRect()));
    for (const Shown &s : shown)
        regionItems.push_back(item(s.path, frame.scene->layer->regions()[s.region].bounds));
    std::sort(weights.begin(), weights.end());
    double total = 0;
    for (const auto &w : weights)
        total += w.second;
    std::vector<int> edges{rows.top()};
    double sum = 0;
    size_t next = 0;
    for (int b = 1; b < threads; ++b) {
        while (next < weights.size() && sum < total * b / threads)
            sum += weights[next++].second;
        const double y = next > 0 ? weights[next - 1].first : rows.top();
        edges.push_back(std::clamp(int(std::lround(y)), edges.back() + 16, rows.bottom() + 1 - 16 * (threads - b)));
    }
    edges.push_back(rows.bottom() + 1);

    // Per band: the paths it draws; the first band touching a path draws the original.
    struct Band
    {
        int top, bottom;
        std::vector<const QPainterPath *> land;
        std::vector<Shown> shown;
    };
    std::vector<Band> bands(static_cast<size_t>(threads));
    std::list<QPainterPath> copies; // stable addresses
    const auto assign = [&](const Item &it, auto &&add) {
        bool first = true;
        for (size_t b = 0; b < bands.size(); ++b) {
            if (it.bottom < edges[b] || it.top > edges[b + 1])
                continue;
            if (first) {
                add(bands[b], it.path);
                first = false;
                continue;
            }
            QPainterPath copy = *it.path;
            if (copy.elementCount() > 0) // detaches: a deep copy without cached state
                copy.setElementPositionAt(0, copy.elementAt(0).x, copy.elementAt(0).y);
            copies.push_back(std::move(copy));
            add(bands[b], &copies.back());
        }
    };
    for (size_t b = 0; b < bands.size(); ++b) {
        bands[b].top = edges[b];
        bands[b].bottom = edges[b + 1];
    }
    for (const Item &it : landItems)
        assign(it, [](Band &band, const QPainterPath *path) { band.land.push_back(path); });
    for (size_t k = 0; k < regionItems.size(); ++k)
        assign(regionItems[k], [&](Band &band, const QPainterPath *path) {
            band.shown.push_back({shown[k].region, path});
        });

    // The pixels the caller's painter draws into, without detaching them.
    uchar *pixels = const_cast<uchar *>(image->constBits());
    const auto paintBand = [&](const Band &band) {
        QImage view(pixels, image->width(), image->height(), image->bytesPerLine(), image->format());
        view.setDotsPerMeterX(image->dotsPerMeterX());
        view.setDotsPerMeterY(image->dotsPerMeterY());
        QPainter p(&view);
        p.setRenderHints(painter.renderHints());
        p.setClipRect(clip); // rounded to pixels as the caller's painter rounds it
        p.setClipRect(QRect(0, band.top, image->width(), band.bottom - band.top), Qt::IntersectClip);
        paintRaster(p, frame, land ? &band.land : nullptr, band.shown);
    };
    parallelFor(int(bands.size()), [&](int b) { paintBand(bands[size_t(b)]); });
    return true;
}

// `clip` is the painter's clip rectangle, set by render() for this frame.
void drawRegions(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect,
                 const QRectF &clip, bool reuseRaster)
{
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QRectF visible = toDevice.inverted().mapRect(rect);
    const double pt = pointsToPixels(painter, 1.0);
    const auto &regions = scene.layer->regions();
    std::vector<int> shown;
    for (int i = 0; i < regions.size(); ++i)
        if (regions[i].bounds.intersects(visible))
            shown.push_back(i);
    // Geometry simplified to below half a device pixel (the full one when zoomed in). A
    // one-off frame showing a few regions (an inset of a figure) simplifies just those, to
    // the same paths, rather than the layer's whole set for this scale.
    const double metresPerPixel = 1.0 / toDevice.m11();
    std::shared_ptr<const QList<QPainterPath>> simplified;
    const QList<QPainterPath> *paths = nullptr;
    QList<QPainterPath> own;
    if (!reuseRaster && shown.size() * 4 < size_t(regions.size())) {
        const double tolerance = drawingTolerance(metresPerPixel);
        own.resize(regions.size());
        for (int i : shown)
            own[i] = tolerance > 0 ? NutsLayer::simplified(regions[i].path, tolerance) : regions[i].path;
        paths = &own;
    } else if ((simplified = scene.layer->drawingPaths(metresPerPixel))) {
        paths = simplified.get();
    } else {
        own.reserve(regions.size());
        for (const Region &region : regions)
            own.append(region.path);
        paths = &own;
    }
    const QColor sea(0xe6, 0xf0, 0xf8), hatchColour(0x8c, 0x8c, 0x8c);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const auto hatchedAt = [&](int i) { return scene.isMissing(i); };
    const QList<QPainterPath> *basemap = scene.basemap.get();

    // A frame drawn before with the same geometry comes from its rasterised regions:
    // only the colours are new (see RegionRaster).
    const bool plainDevice = reuseRaster && raster && simplified &&
                             painter.transform().type() == QTransform::TxNone && painter.device() &&
                             painter.device()->devicePixelRatio() == 1.0;
    if (plainDevice) {
        const RegionRaster::Geometry geometry{scene.layer, paths, basemap, toDevice,
                                              rect.toAlignedRect(), visible, 0.35 * pt};
        if (const auto cached = RegionRaster::forFrame(geometry)) {
            QList<QColor> colours;
            std::vector<bool> hatched(size_t(regions.size()));
            colours.reserve(regions.size());
            for (int i = 0; i < regions.size(); ++i) {
                colours.append(scene.colourOf(i));
                hatched[size_t(i)] = hatchedAt(i);
            }
            painter.drawImage(cached->device().topLeft(),
                              cached->compose(colours, hatched, sea, hatchColour, outsideColour()));
            return;
        }
    }

    const QPen outline(Qt::white, 0.35 * pt);
    std::vector<const QPainterPath *> land;
    if (basemap)
        for (const QPainterPath &path : *basemap)
            if (path.controlPointRect().intersects(visible))
                land.push_back(&path);
    if (raster) {
        std::vector<Shown> drawn;
        drawn.reserve(shown.size());
        for (int i : shown)
            drawn.push_back({i, &(*paths)[i]});
        const RasterFrame frame{&scene, toDevice, outline, hatchColour};
        if (!paintRasterInBands(painter, frame, clip, basemap ? &land : nullptr, drawn))
            paintRaster(painter, frame, basemap ? &land : nullptr, drawn);
        return;
    }
    // Vector devices (SVG, PDF) get device coordinates and real widths.
    QBrush hatch(hatchColour, Qt::BDiagPattern);
    if (basemap) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(outsideColour());
        for (const QPainterPath *path : land)
            painter.drawPath(toDevice.map(*path));
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        for (const QPainterPath *path : land)
            painter.drawPath(toDevice.map(*path));
    }
    // Vector files: one path per region, filled and outlined in one go. A later region's
    // fill covers half of a shared border's line, and its own outline draws that border
    // again in full, so the picture is the same as fills first, outlines after, at half
    // the size (the PDF engine compresses every path).
    for (int i : shown) {
        const QPainterPath path = toDevice.map((*paths)[i]);
        if (hatchedAt(i)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(scene.colourOf(i));
            painter.drawPath(path);
            painter.setBrush(hatch);
        } else {
            painter.setBrush(scene.colourOf(i));
        }
        painter.setPen(outline);
        painter.drawPath(path);
    }
}

// The highlighted region's thick outline, drawn live over the regions. One-off frames
// simplify just that region (to the same path), not the layer's whole set.
void drawHighlight(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect,
                   bool reuseRaster)
{
    if (scene.highlighted < 0 || scene.highlighted >= scene.layer->regions().size())
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QPainterPath &full = scene.layer->regions()[scene.highlighted].path;
    QPainterPath path = full;
    if (reuseRaster) {
        if (const auto simplified = scene.layer->drawingPaths(1.0 / toDevice.m11()))
            path = (*simplified)[scene.highlighted];
    } else if (const double tolerance = drawingTolerance(1.0 / toDevice.m11()); tolerance > 0) {
        path = NutsLayer::simplified(full, tolerance);
    }
    painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0 * pointsToPixels(painter, 1.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(toDevice.map(path));
}

// Dotted outlines of the regions whose total is incomplete (MapScene::incomplete).
void drawIncomplete(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect)
{
    if (!scene.anyIncomplete())
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const double tolerance = drawingTolerance(1.0 / toDevice.m11());
    const QRectF visible = toDevice.inverted().mapRect(rect);
    QPen white(Qt::white, 1.2 * pointsToPixels(painter, 1.0));
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i < scene.layer->regions().size(); ++i) {
        if (!scene.incomplete.value(i))
            continue;
        const Region &region = scene.layer->regions()[i];
        if (!region.bounds.intersects(visible))
            continue;
        const QPainterPath path =
            toDevice.map(tolerance > 0 ? NutsLayer::simplified(region.path, tolerance) : region.path);
        painter.setPen(white);
        painter.drawPath(path);
        painter.setPen(incompletePen(pointsToPixels(painter, 1.0)));
        painter.drawPath(path);
    }
}

// Star symbols, then labels, as MapRenderer::overlays() places them.
void drawOverlays(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect)
{
    if ((scene.starSymbols <= 0 || scene.stars.isEmpty()) && scene.labels == MapScene::Labels::None)
        return;
    const double pt = pointsToPixels(painter, 1.0);
    const MapRenderer::Overlays overlays = MapRenderer::overlays(scene, extent, rect, painter.device());
    for (const MapRenderer::StarRow &row : overlays.stars) {
        const double step = row.box.width() / row.count;
        for (int k = 0; k < row.count; ++k)
            drawStar(painter, QPointF(row.box.left() + step * (k + 0.5), row.box.center().y()),
                     row.box.height() / 2, pt);
    }
    if (overlays.labels.isEmpty())
        return;
    QFont font = painter.font();
    font.setPointSizeF(scene.labels == MapScene::Labels::Codes ? 6.5 : 7.0);
    font.setBold(false);
    const QFontMetricsF metrics(font, painter.device());
    QPainterPath text;
    for (const MapRenderer::Label &label : overlays.labels)
        text.addText(label.box.left(), label.box.top() + metrics.ascent(), font, label.text);
    // A white halo, then the text: readable on dark and light classes alike.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 1.6 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1a, 0x1a, 0x1a));
    painter.drawPath(text);
}

} // namespace

const QList<MapRenderer::Inset> &MapRenderer::insets()
{
    // Longitude/latitude boxes of the outermost regions (NUTS 2013/2016/2021 codes).
    static const QList<Inset> list = [] {
        struct Box
        {
            const char *name;
            double west, south, east, north;
        };
        const Box boxes[] = {
            {"Canarias", -18.4, 27.5, -13.2, 29.5},    {"Açores", -31.4, 36.8, -24.9, 39.8},
            {"Madeira", -17.35, 32.35, -16.2, 33.15},  {"Guadeloupe", -61.85, 15.8, -60.95, 16.55},
            {"Martinique", -61.25, 14.35, -60.78, 14.9}, {"Guyane", -54.7, 2.0, -51.5, 5.9},
            {"Réunion", 55.15, -21.45, 55.9, -20.8},   {"Mayotte", 44.95, -13.05, 45.35, -12.6}};
        QList<Inset> out;
        for (const Box &b : boxes) {
            QRectF extent;
            // Edges sampled, since a box's image in EPSG:3035 is not a rectangle.
            for (int k = 0; k <= 8; ++k) {
                const double t = k / 8.0;
                for (const QPointF &p : {QPointF(b.west + t * (b.east - b.west), b.south),
                                         QPointF(b.west + t * (b.east - b.west), b.north),
                                         QPointF(b.west, b.south + t * (b.north - b.south)),
                                         QPointF(b.east, b.south + t * (b.north - b.south))}) {
                    const QPointF q = NutsLayer::fromLonLat(p);
                    extent = extent.isNull() ? QRectF(q, QSizeF(1, 1)) : extent.united(QRectF(q, QSizeF(1, 1)));
                }
            }
            out.append({QString::fromUtf8(b.name), extent});
        }
        return out;
    }();
    return list;
}

MapRenderer::Overlays MapRenderer::overlays(const MapScene &scene, const QRectF &extent, const QRectF &rect,
                                            const QPaintDevice *device)
{
    Overlays out;
    const bool stars = scene.starSymbols > 0 && !scene.stars.isEmpty();
    if (!scene.layer || (!stars && scene.labels == MapScene::Labels::None))
        return out;
    const QTransform toDevice = mapToDevice(extent, rect);
    const double pt = (device ? device->logicalDpiY() : 96) / 72.0;
    const auto &regions = scene.layer->regions();
    // Larger regions (on the page) first.
    std::vector<std::pair<double, int>> order;
    for (int i = 0; i < regions.size(); ++i) {
        const QRectF box = toDevice.mapRect(regions[i].bounds);
        if (box.intersects(rect))
            order.emplace_back(-box.width() * box.height(), i);
    }
    std::sort(order.begin(), order.end());
    QList<QRectF> taken;
    const auto isFree = [&](const QRectF &r) {
        if (!rect.contains(r))
            return false;
        for (const QRectF &t : std::as_const(taken))
            if (t.intersects(r))
                return false;
        return true;
    };
    const double radius = 3.2 * pt, step = 2 * radius + 0.8 * pt;
    QHash<int, double> starBottom; // region → lower edge of its star row
    if (stars) {
        for (const auto &[area, i] : order) {
            const int count = std::clamp(scene.stars.value(i, 0), 0, 3);
            if (count < scene.starSymbols)
                continue;
            const QPointF centre = toDevice.map(scene.layer->labelPoint(i));
            if (!rect.contains(centre))
                continue;
            // Symbols are data: they are drawn even where they touch another row.
            const QRectF row(centre.x() - step * count / 2, centre.y() - radius, step * count, 2 * radius);
            out.stars.append({i, count, row});
            taken.append(row);
            starBottom.insert(i, row.bottom());
        }
    }
    if (scene.labels == MapScene::Labels::None)
        return out;
    QFont font;
    font.setPointSizeF(scene.labels == MapScene::Labels::Codes ? 6.5 : 7.0);
    const QFontMetricsF metrics(font, device);
    for (const auto &[area, i] : order) {
        const QString text = scene.labels == MapScene::Labels::Codes ? regions[i].code : regions[i].name;
        if (text.isEmpty())
            continue;
        const double width = metrics.horizontalAdvance(text);
        const QRectF region = toDevice.mapRect(regions[i].bounds);
        if (width > region.width() * 1.3 || metrics.height() > region.height() * 1.3)
            continue;
        const QPointF anchor = toDevice.map(scene.layer->labelPoint(i));
        const double top = starBottom.contains(i) ? starBottom.value(i) + 0.5 * pt
                                                  : anchor.y() - metrics.height() / 2;
        const QRectF box(anchor.x() - width / 2, top, width, metrics.height());
        if (!isFree(box.adjusted(-pt, 0, pt, 0)))
            continue;
        taken.append(box.adjusted(-pt, 0, pt, 0));
        out.labels.append({i, text, box});
    }
    return out;
}

MapRenderer::Layout MapRenderer::layout(const QRectF &target, bool withInsets)
{
    Layout l;
    l.main = target;
    if (!withInsets)
        return l;
    const int n = int(insets().size());
    const double gap = std::max(2.0, target.height() * 0.006);
    const double boxHeight = (target.height() - gap * (n + 1)) / n;
    const double columnWidth = std::min(target.width() * 0.16, boxHeight * 1.5);
    l.main = target.adjusted(0, 0, -(columnWidth + gap), 0);
    for (int k = 0; k < n; ++k)
        l.insets.append(QRectF(target.right() - columnWidth - gap / 2, target.top() + gap + k * (boxHeight + gap),
                               columnWidth, boxHeight));
    return l;
}

void MapRenderer::render(QPainter &painter, const MapScene &scene, const QRectF &target,
                         const Options &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const Layout frames = layout(target, scene.insets);
    if (options.regions)
        painter.fillRect(target, QColor(0xe6, 0xf0, 0xf8)); // sea

    if (scene.layer && options.regions) {
        painter.setClipRect(frames.main);
        drawRegions(painter, scene, scene.effectiveExtent(), frames.main, frames.main, options.reuseRaster);
        drawIncomplete(painter, scene, scene.effectiveExtent(), frames.main);
        drawHighlight(painter, scene, scene.effectiveExtent(), frames.main, options.reuseRaster);
        drawOverlays(painter, scene, scene.effectiveExtent(), frames.main);
        const double pt = pointsToPixels(painter, 1.0);
        QFont font = painter.font();
        font.setPointSizeF(6.5);
        font.setBold(false);
        for (int k = 0; k < frames.insets.size(); ++k) {
            const QRectF box = frames.insets[k];
            painter.setClipRect(box);
            painter.fillRect(box, QColor(0xe6, 0xf0, 0xf8));
            const QRectF mapArea = box.adjusted(2 * pt, 9 * pt, -2 * pt, -2 * pt);
            drawRegions(painter, scene, insets()[k].extent, mapArea, box, options.reuseRaster);
            drawIncomplete(painter, scene, insets()[k].extent, mapArea);
            drawHighlight(painter, scene, insets()[k].extent, mapArea, options.reuseRaster);
            drawOverlays(painter, scene, insets()[k].extent, mapArea);
            painter.setFont(font);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(box.adjusted(3 * pt, 1 * pt, -2 * pt, 0), Qt::AlignLeft | Qt::AlignTop,
                             insets()[k].name);
            painter.setClipping(false);
            painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6 * pt));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
        }
    }
    painter.setClipping(false);
    if (options.legend)
        drawLegend(painter, scene, frames.main);
    if (options.sourceNote && !scene.sourceNote.isEmpty())
        drawSourceNote(painter, scene.sourceNote, target);
    painter.restore();
}

} // namespace cs
