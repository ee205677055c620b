// SPDX-License-Identifier: MIT
#include "maps/MapRenderer.h"

#include "maps/MapSink.h"
#include "maps/Parallel.h"

#include "maps/RegionRaster.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <list>
#include <mutex>
#include <optional>
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

// One line of the legend: a class, the circle sizes, or the meaning of a fill or outline.
struct LegendRow
{
    enum class Kind { Class, Circles, NoData, Outside, Star, Incomplete, Selection, Partner };
    Kind kind;
    int cls = -1;
    QString text;
};

// Reference values of the circle legend: 1, 2 or 5 × 10^n at or below the largest
// value, a quarter and a twentieth of it; distinct and positive, largest first.
QList<double> circleReferences(double max)
{
    const auto niceBelow = [](double x) {
        if (!(x > 0))
            return 0.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(x)));
        double best = magnitude;
        for (double step : {2.0, 5.0})
            if (magnitude * step <= x)
                best = magnitude * step;
        return best;
    };
    QList<double> refs;
    for (double v : {niceBelow(max), niceBelow(max / 4), niceBelow(max / 20)})
        if (v > 0 && (refs.isEmpty() || v < refs.last()))
            refs.append(v);
    return refs;
}

QList<LegendRow> legendRows(const MapScene &scene)
{
    QList<LegendRow> rows;
    if (scene.symbol == MapScene::Symbol::Circles) {
        if (scene.circleMax > 0)
            rows.append({LegendRow::Kind::Circles, -1, {}});
    } else {
        for (int k = 0; k < scene.classification.classCount(); ++k)
            rows.append({LegendRow::Kind::Class, k, scene.classLabel(k)});
    }
    rows.append(
        {LegendRow::Kind::NoData, -1, QCoreApplication::translate("cs::MapRenderer", "No data")});
    if (scene.anyOutside() || scene.basemap)
        rows.append({LegendRow::Kind::Outside, -1,
                     QCoreApplication::translate("cs::MapRenderer", "Not covered by the data")});
    if (scene.starSymbols > 0 && !scene.stars.isEmpty())
        rows.append({LegendRow::Kind::Star, -1,
                     QCoreApplication::translate("cs::MapRenderer", "Cluster with %1+ stars")
                         .arg(scene.starSymbols)});
    if (scene.anyIncomplete())
        rows.append({LegendRow::Kind::Incomplete, -1,
                     QCoreApplication::translate(
                         "cs::MapRenderer", "Suppressed cells hide > 5 % of the region's total")});
    if (!scene.selection.isEmpty())
        rows.append({LegendRow::Kind::Selection, -1,
                     QCoreApplication::translate("cs::MapRenderer", "Selected region")});
    if (!scene.marked.isEmpty())
        rows.append({LegendRow::Kind::Partner, -1,
                     QCoreApplication::translate("cs::MapRenderer", "Partner region")});
    return rows;
}

QPen selectionPen(double pt)
{
    return QPen(QColor(0x1f, 0x1f, 0x1f), 2.0 * pt);
}
QPen partnerPen(double pt)
{
    QPen pen(QColor(0x1f, 0x1f, 0x1f), 1.5 * pt, Qt::DashLine);
    return pen;
}
QPen highlightPen(double pt)
{
    return QPen(QColor(0xd6, 0x27, 0x28), 2.0 * pt);
}
QPen circlePen(double pt)
{
    return QPen(QColor(0x7f, 0x2f, 0x04), 0.5 * pt);
}

struct LegendMetrics
{
    QFont titleFont, itemFont;
    double pt, pad, swatchW, swatchH, gap, rowH, circleH, width, height;
    QList<double> refs;
    double refRadius = 0; // of the largest reference circle
};

LegendMetrics legendMetrics(const MapScene &scene, const QList<LegendRow> &rows,
                            const QPaintDevice *device, const QFont &base, const QRectF &frame)
{
    LegendMetrics m;
    m.pt = (device ? device->logicalDpiY() : 96) / 72.0;
    const double pt = m.pt;
    m.titleFont = base;
    m.titleFont.setPointSizeF(9.0);
    m.titleFont.setBold(true);
    m.itemFont = base;
    m.itemFont.setPointSizeF(8.0);
    m.itemFont.setBold(false);
    const QFontMetricsF titleMetrics(m.titleFont, device);
    const QFontMetricsF itemMetrics(m.itemFont, device);
    m.pad = 6 * pt, m.swatchW = 16 * pt, m.swatchH = 10 * pt, m.gap = 4 * pt;
    m.rowH = std::max(m.swatchH, itemMetrics.height()) + 2 * pt;
    m.width = titleMetrics.horizontalAdvance(scene.legendTitle);
    m.circleH = 0;
    for (const LegendRow &row : rows) {
        if (row.kind == LegendRow::Kind::Circles) {
            // Reference circles whose values would print over each other are left out.
            for (double v : circleReferences(scene.circleMax))
                if (m.refs.isEmpty() ||
                    2 * (MapRenderer::circleRadius(scene, m.refs.last(), frame) -
                         MapRenderer::circleRadius(scene, v, frame)) >=
                        itemMetrics.height())
                    m.refs.append(v);
            m.refRadius =
                m.refs.isEmpty() ? 0 : MapRenderer::circleRadius(scene, m.refs.first(), frame);
            double labelW = 0;
            for (double v : std::as_const(m.refs))
                labelW = std::max(labelW, itemMetrics.horizontalAdvance(scene.format.format(v)));
            m.circleH = 2 * m.refRadius + itemMetrics.height() / 2 + 2 * pt;
            m.width = std::max(m.width, 2 * m.refRadius + 3 * m.gap + labelW);
            continue;
        }
        m.width = std::max(m.width, m.swatchW + m.gap + itemMetrics.horizontalAdvance(row.text));
    }
    m.width += 2 * m.pad;
    const int lines = int(rows.size()) - (m.circleH > 0 ? 1 : 0);
    m.height = 2 * m.pad + titleMetrics.height() + m.gap + m.rowH * lines + m.circleH;
    return m;
}

// In `strip` (beside the map) where it fits, else in the corner of `frame` over the least land.
void drawLegend(QPainter &painter, const MapScene &scene, const QRectF &frame, const QRectF &strip)
{
    const QList<LegendRow> rows = legendRows(scene);
    const LegendMetrics m = legendMetrics(scene, rows, painter.device(), QFont(), frame);
    const double margin = 10 * m.pt;
    const QRectF box =
        strip.width() >= m.width + 2 * margin && strip.height() >= m.height + 2 * margin
            ? QRectF(strip.right() - margin - m.width, strip.top() + margin, m.width, m.height)
            : MapRenderer::legendRect(scene, frame, painter.device());
    const double pt = m.pt, pad = m.pad, gap = m.gap, rowH = m.rowH, swatchW = m.swatchW,
                 swatchH = m.swatchH;
    const QFontMetricsF titleMetrics(m.titleFont, painter.device());
    const QFontMetricsF itemMetrics(m.itemFont, painter.device());

    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 0.5 * pt));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(box);
    painter.setFont(m.titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(box.left() + pad, box.top() + pad + titleMetrics.ascent()),
                     scene.legendTitle);
    painter.setFont(m.itemFont);
    double y = box.top() + pad + titleMetrics.height() + gap;
    for (const LegendRow &row : rows) {
        if (row.kind == LegendRow::Kind::Circles) {
            // Nested circles on one base line, each value beside the top of its circle.
            const double cx = box.left() + pad + m.refRadius;
            const double base = y + itemMetrics.height() / 2 + 2 * m.refRadius;
            for (double v : m.refs) {
                const double r = MapRenderer::circleRadius(scene, v, frame);
                painter.setPen(circlePen(pt));
                painter.setBrush(MapScene::circleColour());
                painter.drawEllipse(QPointF(cx, base - r), r, r);
                painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.4 * pt));
                const double top = base - 2 * r;
                painter.drawLine(QPointF(cx, top), QPointF(cx + m.refRadius + gap, top));
                painter.setPen(Qt::black);
                painter.drawText(QPointF(cx + m.refRadius + 1.5 * gap,
                                         top + (itemMetrics.ascent() - itemMetrics.descent()) / 2),
                                 scene.format.format(v));
            }
            y += m.circleH;
            continue;
        }
        const QRectF swatch(box.left() + pad, y + (rowH - swatchH) / 2, swatchW, swatchH);
        painter.setBrush(Qt::NoBrush);
        switch (row.kind) {
        case LegendRow::Kind::Incomplete:
            painter.setPen(incompletePen(pt));
            painter.drawRect(swatch);
            break;
        case LegendRow::Kind::Selection:
            painter.setPen(selectionPen(pt));
            painter.drawRect(swatch);
            break;
        case LegendRow::Kind::Partner:
            painter.setPen(partnerPen(pt));
            painter.drawRect(swatch);
            break;
        case LegendRow::Kind::Star:
            drawStar(painter, swatch.center(), swatchH * 0.6, pt);
            break;
        default:
            painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.4 * pt));
            painter.setBrush(row.kind == LegendRow::Kind::NoData    ? noDataColour()
                             : row.kind == LegendRow::Kind::Outside ? outsideColour()
                                                                    : scene.colours.value(row.cls));
            painter.drawRect(swatch);
            if (row.kind == LegendRow::Kind::NoData) {
                painter.setBrush(QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern));
                painter.drawRect(swatch);
            }
        }
        painter.setPen(Qt::black);
        painter.drawText(QPointF(swatch.right() + gap,
                                 y + (rowH + itemMetrics.ascent() - itemMetrics.descent()) / 2),
                         row.text);
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
    // On a light background, so the line stays readable where it runs over land.
    const QRectF used = metrics.boundingRect(box, Qt::AlignLeft | Qt::AlignVCenter, note) & box;
    painter.fillRect(used.adjusted(-2 * pt, 0, 2 * pt, 0), QColor(255, 255, 255, 200));
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
                 const QRectF &clip, bool reuseRaster, bool inset)
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
    if ((!reuseRaster || inset) && shown.size() * 4 < size_t(regions.size())) {
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
    if (MapSink *sink = MapSink::of(painter)) {
        // Structured files (SVG): the land, the regions (one path each, named by its
        // code), then every border as one path, each a layer of its own.
        {
            SinkGroup group(painter, QStringLiteral("land"), clip);
            painter.setPen(outline);
            painter.setBrush(outsideColour());
            for (const QPainterPath *path : land)
                painter.drawPath(toDevice.map(*path));
        }
        {
            SinkGroup group(painter, QStringLiteral("regions"), clip);
            painter.setPen(Qt::NoPen);
            for (int i : shown) {
                const QPainterPath path = toDevice.map((*paths)[i]);
                sink->setRegion(regions[i].code, regions[i].name);
                painter.setBrush(scene.colourOf(i));
                painter.drawPath(path);
                if (hatchedAt(i)) {
                    painter.setBrush(hatch);
                    painter.drawPath(path);
                }
            }
        }
        SinkGroup group(painter, QStringLiteral("borders"), clip);
        QPainterPath borders;
        for (int i : shown)
            borders.addPath(toDevice.map((*paths)[i]));
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(borders);
        return;
    }
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

// A region's outline in device pixels, simplified as drawRegions() simplifies it. One-off
// frames simplify just that region (to the same path), not the layer's whole set.
QPainterPath outlineOf(const MapScene &scene, int region, const QTransform &toDevice,
                       bool reuseRaster)
{
    const QPainterPath &full = scene.layer->regions()[region].path;
    if (reuseRaster) {
        if (const auto simplified = scene.layer->drawingPaths(1.0 / toDevice.m11()))
            return toDevice.map((*simplified)[region]);
    } else if (const double tolerance = drawingTolerance(1.0 / toDevice.m11()); tolerance > 0) {
        return toDevice.map(NutsLayer::simplified(full, tolerance));
    }
    return toDevice.map(full);
}

// Partner regions (dashed), the selection (solid) and the hovered region (red), each with
// a legend entry but the transient hover.
void drawMarks(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect,
               bool reuseRaster)
{
    const int count = int(scene.layer->regions().size());
    if (scene.marked.isEmpty() && scene.selection.isEmpty() &&
        (scene.highlighted < 0 || scene.highlighted >= count))
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QRectF visible = toDevice.inverted().mapRect(rect);
    const double pt = pointsToPixels(painter, 1.0);
    painter.setBrush(Qt::NoBrush);
    const auto draw = [&](const QSet<int> &regions, const QPen &pen) {
        painter.setPen(pen);
        for (int i : regions)
            if (i >= 0 && i < count && scene.layer->regions()[i].bounds.intersects(visible))
                painter.drawPath(outlineOf(scene, i, toDevice, reuseRaster));
    };
    draw(scene.marked, partnerPen(pt));
    draw(scene.selection, selectionPen(pt));
    if (scene.highlighted >= 0 && scene.highlighted < count)
        draw({scene.highlighted}, highlightPen(pt));
}

// Circles of area proportional to the value at the regions' label points, larger first so
// that the smaller stay visible on top.
void drawCircles(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect,
                 const QRectF &mainFrame)
{
    if (scene.symbol != MapScene::Symbol::Circles || !(scene.circleMax > 0))
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QRectF visible = toDevice.inverted().mapRect(rect);
    std::vector<std::pair<double, QPointF>> circles;
    for (int i = 0; i < scene.layer->regions().size(); ++i) {
        const double v = scene.values.value(i, qQNaN());
        if (!(v > 0) || !scene.layer->regions()[i].bounds.intersects(visible))
            continue;
        circles.emplace_back(MapRenderer::circleRadius(scene, v, mainFrame),
                             toDevice.map(scene.layer->labelPoint(i)));
    }
    std::sort(circles.begin(), circles.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    painter.setPen(circlePen(pointsToPixels(painter, 1.0)));
    painter.setBrush(MapScene::circleColour());
    for (const auto &[r, centre] : circles)
        painter.drawEllipse(centre, r, r);
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

// Star symbols as MapRenderer::overlays() places them.
void drawStars(QPainter &painter, const MapRenderer::Overlays &overlays)
{
    const double pt = pointsToPixels(painter, 1.0);
    for (const MapRenderer::StarRow &row : overlays.stars) {
        const double step = row.box.width() / row.count;
        for (int k = 0; k < row.count; ++k)
            drawStar(painter, QPointF(row.box.left() + step * (k + 0.5), row.box.center().y()),
                     row.box.height() / 2, pt);
    }
}

// Labels as MapRenderer::overlays() places them: dark text in a light halo.
void drawLabels(QPainter &painter, const MapScene &scene, const MapRenderer::Overlays &overlays)
{
    if (overlays.labels.isEmpty())
        return;
    const double pt = pointsToPixels(painter, 1.0);
    QFont font = painter.font();
    font.setPointSizeF(scene.labels == MapScene::Labels::Codes ? 6.5 : 7.0);
    font.setBold(false);
    const QFontMetricsF metrics(font, painter.device());
    const QColor haloColour(255, 255, 255, 220), textColour(0x1a, 0x1a, 0x1a);
    if (MapSink *sink = MapSink::of(painter)) {
        // Structured files keep labels as text, with the halo as a stroke under it.
        sink->setTextHalo(haloColour, 1.6 * pt);
        painter.setFont(font);
        painter.setPen(textColour);
        for (const MapRenderer::Label &label : overlays.labels)
            painter.drawText(QPointF(label.box.left(), label.box.top() + metrics.ascent()), label.text);
        sink->setTextHalo(QColor(), 0);
        return;
    }
    QPainterPath text;
    for (const MapRenderer::Label &label : overlays.labels)
        text.addText(label.box.left(), label.box.top() + metrics.ascent(), font, label.text);
    // A light halo, then the dark text: readable on dark and light classes alike.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(haloColour, 1.6 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(textColour);
    painter.drawPath(text);
}

// Rectangles already placed, bucketed in square cells, so that a test looks at the
// neighbours only (thousands of NUTS 3 labels and stars).
class CollisionGrid
{
public:
    CollisionGrid(const QRectF &area, double cell)
        : m_area(area), m_cell(std::max(cell, 1.0)),
          m_columns(std::max(1, int(std::ceil(area.width() / m_cell)))),
          m_rows(std::max(1, int(std::ceil(area.height() / m_cell)))),
          m_cells(size_t(m_columns) * size_t(m_rows))
    {
    }
    bool isFree(const QRectF &r) const
    {
        bool free = true;
        visit(r, [&](const std::vector<QRectF> &cell) {
            for (const QRectF &t : cell)
                if (t.intersects(r))
                    free = false;
        });
        return free;
    }
    void add(const QRectF &r)
    {
        visit(r, [&](std::vector<QRectF> &cell) { cell.push_back(r); });
    }

private:
    template <typename F> void visit(const QRectF &r, F &&f) const
    {
        const int x0 = std::clamp(int((r.left() - m_area.left()) / m_cell), 0, m_columns - 1);
        const int x1 = std::clamp(int((r.right() - m_area.left()) / m_cell), 0, m_columns - 1);
        const int y0 = std::clamp(int((r.top() - m_area.top()) / m_cell), 0, m_rows - 1);
        const int y1 = std::clamp(int((r.bottom() - m_area.top()) / m_cell), 0, m_rows - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(const_cast<std::vector<QRectF> &>(
                    m_cells[size_t(y) * size_t(m_columns) + size_t(x)]));
    }
    QRectF m_area;
    double m_cell;
    int m_columns, m_rows;
    std::vector<std::vector<QRectF>> m_cells;
};

MapRenderer::Overlays placeOverlays(const MapScene &scene, const QRectF &extent, const QRectF &rect,
                                    const QPaintDevice *device, bool withLabels)
{
    MapRenderer::Overlays out;
    const bool stars = scene.starSymbols > 0 && !scene.stars.isEmpty();
    withLabels = withLabels && scene.labels != MapScene::Labels::None;
    if (!scene.layer || (!stars && !withLabels))
        return out;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const double pt = (device ? device->logicalDpiY() : 96) / 72.0;
    const auto &regions = scene.layer->regions();
    const double radius = 3.2 * pt, step = 2 * radius + 0.8 * pt;
    CollisionGrid taken(rect, 24 * pt);
    QHash<int, double> starBottom; // region → lower edge of its star row
    if (stars) {
        // More stars first, then the higher value; a row over another is left out, so
        // that zooming out thins the symbols instead of piling them up.
        struct Candidate
        {
            int count;
            double value;
            int region;
        };
        std::vector<Candidate> candidates;
        for (int i = 0; i < regions.size(); ++i) {
            const int count = std::clamp(scene.stars.value(i, 0), 0, 3);
            if (count < scene.starSymbols || count == 0)
                continue;
            const double v = scene.values.value(i, qQNaN());
            candidates.push_back({count, std::isfinite(v) ? v : -qInf(), i});
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            return a.count != b.count   ? a.count > b.count
                   : a.value != b.value ? a.value > b.value
                                        : a.region < b.region;
        });
        for (const Candidate &c : candidates) {
            const QPointF centre = toDevice.map(scene.layer->labelPoint(c.region));
            const QRectF row(centre.x() - step * c.count / 2, centre.y() - radius, step * c.count,
                             2 * radius);
            if (!rect.contains(row) || !taken.isFree(row))
                continue;
            out.stars.append({c.region, c.count, row});
            taken.add(row);
            starBottom.insert(c.region, row.bottom());
        }
    }
    if (!withLabels)
        return out;
    // Larger regions (on the page) first; only regions with data get a name.
    std::vector<std::pair<double, int>> order;
    for (int i = 0; i < regions.size(); ++i) {
        if (!scene.hasValue(i))
            continue;
        const QRectF box = toDevice.mapRect(regions[i].bounds);
        if (box.intersects(rect))
            order.emplace_back(-box.width() * box.height(), i);
    }
    std::sort(order.begin(), order.end());
    QFont font;
    font.setPointSizeF(scene.labels == MapScene::Labels::Codes ? 6.5 : 7.0);
    const QFontMetricsF metrics(font, device);
    for (const auto &[area, i] : order) {
        const QString text =
            scene.labels == MapScene::Labels::Codes ? regions[i].code : regions[i].name;
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
        const QRectF padded = box.adjusted(-pt, 0, pt, 0);
        if (!rect.contains(padded) || !taken.isFree(padded))
            continue;
        taken.add(padded);
        out.labels.append({i, text, box});
    }
    return out;
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
    return placeOverlays(scene, extent, rect, device, true);
}

QRectF MapRenderer::insetMapArea(const QRectF &box, double pt)
{
    return box.adjusted(2 * pt, 9 * pt, -2 * pt, -2 * pt);
}

double MapRenderer::circleRadius(const MapScene &scene, double value, const QRectF &frame)
{
    if (!(scene.circleMax > 0) || !(value > 0))
        return 0.0;
    const double largest = 0.045 * std::min(frame.width(), frame.height());
    return largest * std::sqrt(std::min(value, scene.circleMax) / scene.circleMax);
}

QRectF MapRenderer::legendRect(const MapScene &scene, const QRectF &frame,
                               const QPaintDevice *device)
{
    const QList<LegendRow> rows = legendRows(scene);
    const LegendMetrics m = legendMetrics(scene, rows, device, QFont(), frame);
    const double margin = 10 * m.pt;
    const double bottom =
        margin + (scene.sourceNote.isEmpty() ? 0.0 : 12 * m.pt); // above the source note
    const QSizeF size(m.width, m.height);
    // The window repaints the legend on every hover: the last answer is kept for the
    // same geometry (layer, land, scope, extent, frame and box size).
    struct Key
    {
        const void *layer, *basemap;
        size_t outside;
        QRectF extent, frame;
        QSizeF size;
        bool operator==(const Key &) const = default;
    };
    const Key key{scene.layer.get(),
                  scene.basemap.get(),
                  qHashRange(scene.outside.begin(), scene.outside.end()),
                  scene.effectiveExtent(),
                  frame,
                  size};
    static std::mutex cacheMutex;
    static std::optional<std::pair<Key, QRectF>> cache;
    {
        const std::lock_guard lock(cacheMutex);
        if (cache && cache->first == key)
            return cache->second;
    }
    // A legend wider than a narrow frame starts at its left edge (its text begins there).
    const double right = std::max(frame.left() + margin, frame.right() - margin - size.width());
    const QRectF corners[] = {
        QRectF(QPointF(frame.left() + margin, frame.top() + margin), size),
        QRectF(QPointF(right, frame.top() + margin), size),
        QRectF(QPointF(frame.left() + margin, frame.bottom() - bottom - size.height()), size),
        QRectF(QPointF(right, frame.bottom() - bottom - size.height()), size),
        QRectF(QPointF(frame.left() + margin, frame.center().y() - size.height() / 2), size),
        QRectF(QPointF(right, frame.center().y() - size.height() / 2), size)};
    if (!scene.layer)
        return corners[0];
    // Land under each candidate box (corners, then the middle of either side), sampled on
    // a grid: regions in scope weigh most, the other regions and the land around less.
    const QTransform toMap = MapRenderer::mapToDevice(scene.effectiveExtent(), frame).inverted();
    const QList<QPainterPath> *land = scene.basemap.get();
    double best = qInf();
    QRectF chosen = corners[0];
    for (int c = 0; c < 6; ++c) {
        const QRectF &box = corners[c];
        // The scale bar sits bottom right; the corners are preferred to the sides.
        double cost = c == 3 ? 0.5 : c >= 4 ? 0.25 : 0.0;
        constexpr int n = 8;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const QPointF p = toMap.map(QPointF(box.left() + (x + 0.5) * box.width() / n,
                                                    box.top() + (y + 0.5) * box.height() / n));
                const int region = scene.layer->regionAt(p);
                if (region >= 0) {
                    cost += scene.outside.value(region) ? 0.5 : 1.0;
                } else if (land) {
                    for (const QPainterPath &path : *land)
                        if (path.controlPointRect().contains(p) && path.contains(p)) {
                            cost += 0.4;
                            break;
                        }
                }
            }
        if (cost < best - 1e-9) {
            best = cost;
            chosen = box;
        }
    }
    const std::lock_guard lock(cacheMutex);
    cache.emplace(key, chosen);
    return chosen;
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

MapRenderer::Layout MapRenderer::layout(const QRectF &target, const MapScene &scene,
                                        const Options &options)
{
    Layout l = layout(target, scene.insets);
    const QRectF data = scene.dataExtent;
    if (!options.fitFrame || !scene.extent.isEmpty() || data.isEmpty() || l.main.isEmpty())
        return l;
    const double aspect = data.width() / data.height();
    if (l.main.width() > l.main.height() * aspect * 1.02) {
        // Right-aligned beside the insets; the strip on the left is for the legend.
        const double width = l.main.height() * aspect;
        l.strip = QRectF(l.main.left(), l.main.top(), l.main.width() - width, l.main.height());
        l.main.setLeft(l.main.right() - width);
    } else if (l.main.height() > l.main.width() / aspect * 1.02) {
        l.main.setHeight(l.main.width() / aspect);
    }
    return l;
}

void MapRenderer::render(QPainter &painter, const MapScene &scene, const QRectF &target,
                         const Options &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const Layout frames = layout(target, scene, options);
    const double pt = pointsToPixels(painter, 1.0);
    const QColor sea(0xe6, 0xf0, 0xf8);
    if (options.regions) {
        // A fitted frame leaves the page around it as it is (figures: white).
        const QRectF seaRect = options.fitFrame ? frames.main : target;
        SinkGroup group(painter, QStringLiteral("sea"), seaRect);
        painter.fillRect(seaRect, sea);
    }

    if (scene.layer) {
        struct Frame
        {
            QRectF extent, box, area;
            int inset; // -1: the main frame
        };
        QList<Frame> list{{scene.effectiveExtent(), frames.main, frames.main, -1}};
        for (int k = 0; k < frames.insets.size(); ++k)
            list.append(
                {insets()[k].extent, frames.insets[k], insetMapArea(frames.insets[k], pt), k});
        QFont insetFont = painter.font();
        std::optional<SinkGroup> insetsGroup; // opened before the first inset
        insetFont.setPointSizeF(6.5);
        insetFont.setBold(false);
        for (const Frame &f : list) {
            const bool inset = f.inset >= 0;
            std::optional<SinkGroup> insetGroup;
            if (inset && !insetsGroup)
                insetsGroup.emplace(painter, QStringLiteral("insets"));
            if (inset)
                insetGroup.emplace(painter, QStringLiteral("inset-") + insets()[f.inset].name,
                                   f.box);
            painter.setClipRect(f.box);
            if (options.regions && inset) {
                SinkGroup group(painter, QStringLiteral("sea"), f.box);
                painter.fillRect(f.box, sea);
            }
            if (options.regions)
                drawRegions(painter, scene, f.extent, f.area, f.box, options.reuseRaster, inset);
            const bool labels = options.labels && (!inset || scene.insetLabels) &&
                                scene.labels != MapScene::Labels::None;
            const bool stars = options.symbols && scene.starSymbols > 0 && !scene.stars.isEmpty();
            const Overlays placed =
                stars || labels ? placeOverlays(scene, f.extent, f.area, painter.device(), labels)
                                : Overlays{};
            if (options.symbols) {
                SinkGroup group(painter, QStringLiteral("symbols"), f.box);
                drawIncomplete(painter, scene, f.extent, f.area);
                drawCircles(painter, scene, f.extent, f.area, frames.main);
                drawStars(painter, placed);
            }
            if (options.marks) {
                SinkGroup group(painter, QStringLiteral("marks"), f.box);
                drawMarks(painter, scene, f.extent, f.area, options.reuseRaster && !inset);
            }
            if (labels) {
                SinkGroup group(painter, QStringLiteral("labels"), f.box);
                drawLabels(painter, scene, placed);
            }
            if (inset && options.regions) {
                painter.setFont(insetFont);
                painter.setPen(QColor(0x33, 0x33, 0x33));
                painter.drawText(f.box.adjusted(3 * pt, 1 * pt, -2 * pt, 0),
                                 Qt::AlignLeft | Qt::AlignTop, insets()[f.inset].name);
                painter.setClipping(false);
                insetGroup.reset();
                painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6 * pt));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(f.box);
            }
        }
        if (insetsGroup)
            insetsGroup.reset();
    }
    painter.setClipping(false);
    if (options.legend) {
        SinkGroup group(painter, QStringLiteral("legend"));
        drawLegend(painter, scene, frames.main, frames.strip);
    }
    if (options.sourceNote && !scene.sourceNote.isEmpty()) {
        SinkGroup group(painter, QStringLiteral("source"));
        drawSourceNote(painter, scene.sourceNote, target);
    }
    painter.restore();
}

} // namespace cs
