// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

class QPainter;

namespace cs {

// How a figure is laid out and written; one struct instead of many parameters.
struct FigureOptions
{
    enum class Format { Png, Svg, Pdf };
    Format format = Format::Png;
    QSize pixelSize{1920, 1080}; // PNG/SVG without a page: exact output size
    bool usePage = false;        // true: page × DPI decides the size (PNG, PDF, SVG)
    QPageSize page{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double dpi = 96.0;
    double marginMm = 10.0;
    QString title;    // empty: the scene's title
    QString subtitle;
    bool scaleBar = true;
    bool northArrow = false; // arrow with "N" in the top right corner of the main map
    bool insets = true; // outermost regions in boxes beside continental Europe

    static bool parseFormat(const QString &key, Format *format);
    // Output size in pixels at the chosen DPI (page × DPI, or pixelSize).
    QSize outputPixels() const;
};

// Writes a map figure (title, map with legend and insets, scale bar, source note)
// through MapRenderer, so files look like the screen. Saves are atomic: a failed
// export leaves no partial file.
class FigureExport
{
    Q_DECLARE_TR_FUNCTIONS(cs::FigureExport)
public:
    // Paints the whole figure into `page` (device pixels of `painter`).
    static void paint(QPainter &painter, const MapScene &scene, const QRectF &page,
                      const FigureOptions &options);
    static bool write(const MapScene &scene, const FigureOptions &options, const QString &path,
                      QString *error);
    // Where paint() puts the north arrow for a main map frame `mapRect`; `pt` is one
    // typographic point in device pixels.
    static QRectF northArrowRect(const QRectF &mapRect, double pt);
};

} // namespace cs
