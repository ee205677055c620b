// SPDX-License-Identifier: MIT
#include "maps/FigureExport.h"

#include "maps/MapRenderer.h"
#include "maps/MapSink.h"
#include "maps/PngWriter.h"
#include "maps/SaveFile.h"
#include "maps/SvgWriter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace cs {

namespace {

double pointsToPixels(QPainter &painter, double points)
{
    return points * painter.device()->logicalDpiY() / 72.0;
}

// A bar of a round length (1, 2 or 5 × 10^n km) about a fifth of the map's width.
void drawScaleBar(QPainter &painter, const MapScene &scene, const QRectF &mapRect)
{
    const QTransform t = MapRenderer::mapToDevice(scene.effectiveExtent(), mapRect);
    const double pixelsPerMetre = t.m11();
    if (pixelsPerMetre <= 0)
        return;
    const double targetMetres = mapRect.width() * 0.18 / pixelsPerMetre;
    const double magnitude = std::pow(10.0, std::floor(std::log10(targetMetres)));
    double metres = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (magnitude * step <= targetMetres)
            metres = magnitude * step;
    const double length = metres * pixelsPerMetre;
    const double pt = pointsToPixels(painter, 1.0);
    QFont font = painter.font();
    font.setPointSizeF(7.0);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const QPointF origin(mapRect.right() - length - 14 * pt, mapRect.bottom() - 20 * pt);
    painter.setPen(QPen(Qt::black, 0.8 * pt));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(origin, origin + QPointF(length, 0));
    painter.drawLine(origin, origin - QPointF(0, 3 * pt));
    painter.drawLine(origin + QPointF(length, 0), origin + QPointF(length, -3 * pt));
    const QString label = QStringLiteral("%1 km").arg(metres / 1000.0, 0, 'f', 0);
    painter.drawText(QPointF(origin.x() + (length - fm.horizontalAdvance(label)) / 2,
                             origin.y() - 4 * pt),
                     label);
}

// An arrow with an "N" above it. In ETRS89-LAEA (EPSG:3035) grid north is true north
// along the 10° E meridian, the centre of the projection; elsewhere the two differ by
// the meridian convergence, as on any Eurostat map that carries an arrow.
void drawNorthArrow(QPainter &painter, const QRectF &box, double pt)
{
    QFont font = painter.font();
    font.setPointSizeF(9.0);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const QRectF letter(box.left(), box.top(), box.width(), fm.height());
    painter.setPen(Qt::black);
    painter.drawText(letter, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("N"));
    const double top = letter.bottom() + 1 * pt;
    const double cx = box.center().x();
    const double half = box.width() / 2.0;
    const QPolygonF left{QPointF(cx, top), QPointF(cx - half, box.bottom()), QPointF(cx, box.bottom() - 5 * pt)};
    const QPolygonF right{QPointF(cx, top), QPointF(cx + half, box.bottom()), QPointF(cx, box.bottom() - 5 * pt)};
    painter.setPen(QPen(Qt::black, 0.6 * pt));
    painter.setBrush(Qt::black);
    painter.drawPolygon(left);
    painter.setBrush(Qt::white);
    painter.drawPolygon(right);
}

// A page at print resolution is tens of megabytes (A4 at 300 dpi: 35 MB). Touching it
// page by page costs a fault per 4 KiB, which on virtual machines took longer than
// drawing the map (~240 ms for A4 at 300 dpi; a third of the first frame of a 1920×1080
// export); transparent huge pages (2 MiB) make that a few faults. The pixels get a
// mapping of their own on 2 MiB boundaries, so that every byte of it can be huge pages
// (a malloc'd buffer starts and ends mid-way). Only a hint: where the kernel has them
// off, nothing changes. Null where the mapping fails (the caller then allocates).
QImage hugePageImage(const QSize &size)
{
#ifdef Q_OS_LINUX
    const size_t huge = size_t(2) << 20;
    const size_t bytesPerLine = size_t(size.width()) * 4;
    const size_t length = (bytesPerLine * size_t(size.height()) + huge - 1) / huge * huge;
    void *mapped = mmap(nullptr, length + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return {};
    const quintptr base = quintptr(mapped);
    const quintptr start = (base + huge - 1) & ~quintptr(huge - 1);
    if (start > base)
        munmap(mapped, size_t(start - base));
    if (start + length < base + length + huge)
        munmap(reinterpret_cast<void *>(start + length), size_t(base + length + huge - (start + length)));
    madvise(reinterpret_cast<void *>(start), length, MADV_HUGEPAGE);
    struct Mapping
    {
        void *start;
        size_t length;
    };
    return QImage(
        reinterpret_cast<uchar *>(start), size.width(), size.height(), qsizetype(bytesPerLine),
        QImage::Format_RGB32,
        [](void *info) {
            const auto *mapping = static_cast<Mapping *>(info);
            munmap(mapping->start, mapping->length);
            delete mapping;
        },
        new Mapping{reinterpret_cast<void *>(start), length});
#else
    Q_UNUSED(size);
    return {};
#endif
}

} // namespace

QRectF FigureExport::northArrowRect(const QRectF &mapRect, double pt)
{
    const QSizeF size(12 * pt, 34 * pt);
    return QRectF(QPointF(mapRect.right() - size.width() - 14 * pt, mapRect.top() + 10 * pt), size);
}

bool FigureOptions::parseFormat(const QString &key, Format *format)
{
    if (key == QLatin1String("png"))
        *format = Format::Png;
    else if (key == QLatin1String("svg"))
        *format = Format::Svg;
    else if (key == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QSize FigureOptions::outputPixels() const
{
    if (!usePage)
        return pixelSize;
    QSizeF mm = page.size(QPageSize::Millimeter);
    if (orientation == QPageLayout::Landscape)
        mm.transpose();
    return QSize(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi));
}

void FigureExport::paint(QPainter &painter, const MapScene &scene, const QRectF &page,
                         const FigureOptions &options)
{
    const double pt = pointsToPixels(painter, 1.0);
    const double margin = options.usePage ? options.marginMm / 25.4 * 72.0 * pt : 0.0;
    QRectF area = page.adjusted(margin, margin, -margin, -margin);
    {
        SinkGroup group(painter, QStringLiteral("page"));
        painter.fillRect(page, Qt::white);
    }

    const QString title = options.title.isEmpty() ? scene.title : options.title;
    if (!title.isEmpty()) {
        SinkGroup group(painter, QStringLiteral("title"));
        QFont font = painter.font();
        font.setPointSizeF(14.0);
        font.setBold(true);
        painter.setFont(font);
        const QFontMetricsF fm(font, painter.device());
        const double pad = 6 * pt;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left() + pad, area.top() + pad, area.width() - 2 * pad,
                                fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, area.width() - 2 * pad));
        double used = fm.height() + pad;
        if (!options.subtitle.isEmpty()) {
            QFont sub = painter.font();
            sub.setPointSizeF(10.0);
            sub.setBold(false);
            painter.setFont(sub);
            const QFontMetricsF sm(sub, painter.device());
            painter.drawText(QRectF(area.left() + pad, area.top() + used + 2 * pt,
                                    area.width() - 2 * pad, sm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, options.subtitle);
            used += sm.height() + 2 * pt;
        }
        area.setTop(area.top() + used + pad);
    }
    MapScene withInsets = scene;
    withInsets.insets = options.insets;
    MapRenderer::Options drawing;
    drawing.reuseRaster = false; // the same file on every export
    drawing.fitFrame = true;     // the data's frame, the legend beside it where it fits
    MapRenderer::render(painter, withInsets, area, drawing);
    const QRectF mainMap = MapRenderer::layout(area, withInsets, drawing).main;
    if (options.scaleBar) {
        SinkGroup group(painter, QStringLiteral("scale-bar"));
        drawScaleBar(painter, withInsets, mainMap);
    }
    if (options.northArrow) {
        SinkGroup group(painter, QStringLiteral("north-arrow"));
        drawNorthArrow(painter, northArrowRect(mainMap, pt), pt);
    }
}

bool FigureExport::write(const MapScene &scene, const FigureOptions &options, const QString &path,
                         QString *error)
{
    const QSize size = options.outputPixels();
    if (size.width() < 16 || size.height() < 16 || size.width() > 30000 || size.height() > 30000) {
        *error = tr("%1: output size %2×%3 px is out of range (16–30000)")
                     .arg(path)
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    // Written straight into the save file (no copy of the whole file in memory); it
    // replaces `path` only on commit(), so a failed export leaves no partial file.
    SaveFile file(path);
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    switch (options.format) {
    case FigureOptions::Format::Png: {
        // Opaque: paint() fills the page white first. PngWriter reads the 32-bit pixels
        // straight, so no second page-sized buffer is allocated.
        QImage image = hugePageImage(size);
        if (image.isNull())
            image = QImage(size, QImage::Format_RGB32);
        if (image.isNull()) {
            *error = tr("%1: not enough memory for %2×%3 px").arg(path).arg(size.width()).arg(size.height());
            return false;
        }
        const int dotsPerMetre = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        {
            QPainter painter(&image);
            paint(painter, scene, QRectF(image.rect()), options);
        }
        if (!PngWriter::encode(image, file.device()))
            file.fail(tr("the PNG encoder failed")); // commit() below cancels
        break;
    }
    case FigureOptions::Format::Svg: {
        // Groups per layer, region ids and titles, clip paths: see SvgWriter.
        SvgWriter svg(size, options.dpi);
        {
            QPainter painter(&svg);
            paint(painter, scene, QRectF(QPointF(0, 0), QSizeF(size)), options);
        }
        if (file.device()->write(svg.document(options.title.isEmpty() ? scene.title : options.title,
                                              scene.sourceNote)) < 0)
            file.fail(tr("the SVG could not be written"));
        break;
    }
    case FigureOptions::Format::Pdf: {
        QPdfWriter pdf(file.device());
        pdf.setResolution(qRound(options.dpi));
        pdf.setCreator(QStringLiteral("ClusterScope"));
        pdf.setTitle(options.title.isEmpty() ? scene.title : options.title);
        if (options.usePage) {
            pdf.setPageLayout(QPageLayout(options.page, options.orientation, QMarginsF()));
        } else {
            pdf.setPageSize(QPageSize(QSizeF(size) / options.dpi * 72.0, QPageSize::Point));
            pdf.setPageMargins(QMarginsF());
        }
        QPainter painter(&pdf);
        paint(painter, scene, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), options);
        break;
    }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cs
