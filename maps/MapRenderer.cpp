// SPDX-License-Identifier: MIT
#include "maps/MapRenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>

#include <algorithm>

namespace cs {

namespace {

// Points → device pixels for this painter's device.
double pointsToPixels(const QPainter &painter, double points)
{
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    return points * dpi / 72.0;
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
        const bool isNoData = k == labels.size() - 1;
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

namespace {

void drawRegions(QPainter &painter, const MapScene &scene, const QRectF &extent, const QRectF &rect)
{
    const QTransform toDevice = MapRenderer::mapToDevice(extent, rect);
    const QRectF visible = toDevice.inverted().mapRect(rect);
    const double pt = pointsToPixels(painter, 1.0);
    const QPen outline(QColor(0xff, 0xff, 0xff), 0.35 * pt);
    const QBrush hatch(QColor(0x8c, 0x8c, 0x8c), Qt::BDiagPattern);
    const auto &regions = scene.layer->regions();
    for (int i = 0; i < regions.size(); ++i) {
        const Region &region = regions[i];
        if (!region.bounds.intersects(visible))
            continue;
        const QPainterPath path = toDevice.map(region.path);
        const bool noData = scene.classification.classOf(scene.values.value(i, qQNaN())) < 0;
        painter.setPen(outline);
        painter.setBrush(scene.colourOf(i));
        painter.drawPath(path);
        if (noData) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawPath(path);
        }
    }
    if (scene.highlighted >= 0 && scene.highlighted < regions.size()) {
        painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0 * pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(toDevice.map(regions[scene.highlighted].path));
    }
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
        drawRegions(painter, scene, scene.effectiveExtent(), frames.main);
        const double pt = pointsToPixels(painter, 1.0);
        QFont font = painter.font();
        font.setPointSizeF(6.5);
        font.setBold(false);
        for (int k = 0; k < frames.insets.size(); ++k) {
            const QRectF box = frames.insets[k];
            painter.setClipRect(box);
            painter.fillRect(box, QColor(0xe6, 0xf0, 0xf8));
            drawRegions(painter, scene, insets()[k].extent, box.adjusted(2 * pt, 9 * pt, -2 * pt, -2 * pt));
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
