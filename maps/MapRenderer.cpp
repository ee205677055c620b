// SPDX-License-Identifier: MIT
#include "maps/MapRenderer.h"

#include "maps/RegionRaster.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEngine>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>

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
        labels.append(scene.classification.label(k, scene.decimals));
    const QString noData = QCoreApplication::translate("cs::MapRenderer", "No data");
    labels.append(noData);
    const bool starRow = scene.starSymbols > 0 && !scene.stars.isEmpty();
    if (starRow)
        labels.append(QCoreApplication::translate("cs::MapRenderer", "Cluster with %1+ stars")
                          .arg(scene.starSymbols));

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
        const bool isStar = starRow && k == labels.size() - 1;
        const bool isNoData = k == labels.size() - 1 - (starRow ? 1 : 0);
        if (isStar) {
            drawStar(painter, swatch.center(), swatchH * 0.6, pt);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(swatch.right() + gap,
                                     y + (rowH + itemMetrics.ascent() - itemMetrics.descent()) / 2),
                             labels[k]);
            y += rowH;
            continue;
        }
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.4 * pt));
        painter.setBrush(isNoData ? noDataColour() : scene.colours.value(k));
        painter.drawRect(swatch);
        if (isNoData) {
            painter.setBrush(QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern));
            painter.drawRect(swatch);
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

void drawRegions(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect,
                 bool reuseRaster)
{
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QRectF visible = toDevice.inverted().mapRect(rect);
    const double pt = pointsToPixels(painter, 1.0);
    const auto &regions = scene.layer->regions();
    // Geometry simplified to below half a device pixel (the full one when zoomed in).
    const auto simplified = scene.layer->drawingPaths(1.0 / toDevice.m11());
    const QList<QPainterPath> *paths = nullptr;
    QList<QPainterPath> full;
    if (simplified) {
        paths = simplified.get();
    } else {
        full.reserve(regions.size());
        for (const Region &region : regions)
            full.append(region.path);
        paths = &full;
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

    // Raster devices draw in map coordinates under the painter's transform, which spares
    // a transformed copy of every path; the outline is then a cosmetic pen of the same
    // device width. Vector devices (SVG, PDF) get device coordinates and real widths.
    // One fill per region: Qt's antialiasing rasteriser slows down sharply on merged
    // paths larger than its cell pool. Fills first, then every outline on top.
    const QTransform saved = painter.transform();
    QPen outline(Qt::white, 0.35 * pt);
    QBrush hatch(hatchColour, Qt::BDiagPattern);
    if (raster) {
        outline.setCosmetic(true);
        hatch.setTransform(toDevice.inverted()); // hatching stays in device space
        painter.setTransform(toDevice, true);
    }
    const auto draw = [&](const QPainterPath &path) {
        if (raster)
            painter.drawPath(path);
        else
            painter.drawPath(toDevice.map(path));
    };
    // The land around the regions, outlined like them.
    if (basemap) {
        std::vector<int> land;
        for (int k = 0; k < basemap->size(); ++k)
            if ((*basemap)[k].controlPointRect().intersects(visible))
                land.push_back(k);
        painter.setPen(Qt::NoPen);
        painter.setBrush(outsideColour());
        for (int k : land)
            draw((*basemap)[k]);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        for (int k : land)
            draw((*basemap)[k]);
    }
    std::vector<int> shown;
    for (int i = 0; i < regions.size(); ++i)
        if (regions[i].bounds.intersects(visible))
            shown.push_back(i);
    if (!raster) {
        // Vector files: one path per region, filled and outlined in one go. A later
        // region's fill covers half of a shared border's line, and its own outline
        // draws that border again in full, so the picture is the same as fills first,
        // outlines after, at half the size (the PDF engine compresses every path).
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
        return;
    }
    painter.setPen(Qt::NoPen);
    for (int i : shown) {
        painter.setBrush(scene.colourOf(i));
        draw((*paths)[i]);
        if (hatchedAt(i)) {
            painter.setBrush(hatch);
            draw((*paths)[i]);
        }
    }
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    for (int i : shown)
        draw((*paths)[i]);
    painter.setTransform(saved);
}

// The highlighted region's thick outline, drawn live over the regions.
void drawHighlight(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect)
{
    if (scene.highlighted < 0 || scene.highlighted >= scene.layer->regions().size())
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const auto simplified = scene.layer->drawingPaths(1.0 / toDevice.m11());
    const QPainterPath &path = simplified ? (*simplified)[scene.highlighted]
                                          : scene.layer->regions()[scene.highlighted].path;
    painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0 * pointsToPixels(painter, 1.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(toDevice.map(path));
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
        drawRegions(painter, scene, scene.effectiveExtent(), frames.main, options.reuseRaster);
        drawHighlight(painter, scene, scene.effectiveExtent(), frames.main);
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
            drawRegions(painter, scene, insets()[k].extent, mapArea, options.reuseRaster);
            drawHighlight(painter, scene, insets()[k].extent, mapArea);
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
