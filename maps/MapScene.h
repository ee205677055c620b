// SPDX-License-Identifier: MIT
#pragma once

#include "maps/Classification.h"
#include "maps/NutsLayer.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>

namespace cs {

// What to draw, as a plain value (cf. QgsMapSettings): the regions, one value per
// region (NaN = no data), their classes and colours, the extent and the texts.
struct MapScene
{
    std::shared_ptr<const NutsLayer> layer;
    QList<double> values; // indexed like layer->regions()
    // Regions outside the data's scope, indexed like layer->regions(): of a country of
    // which the data has no region at all (decided by the data, not by any membership).
    // Without a value they are drawn as background land (outsideColour()); regions in
    // scope without a value are hatched "No data". The legend names both.
    QList<bool> outside;
    // The land around the regions, drawn in outsideColour() under them (Basemap); null:
    // sea around the regions.
    std::shared_ptr<const QList<QPainterPath>> basemap;
    Classification classification;
    QList<QColor> colours; // one per class
    // How the legend, the tooltips and the exported styles write the values: percent for
    // shares, thousands separators for counts.
    ValueFormat format;
    QRectF extent; // EPSG:3035 metres; empty = dataExtent, or continental Europe
    // The regions in scope on the continent (the outermost regions go to insets), with a
    // margin: the frame a map opens with, so that it shows the data rather than the
    // land around it. Empty: continental Europe.
    QRectF dataExtent;
    QString title;
    QString legendTitle;
    QString sourceNote;
    int highlighted = -1; // region index drawn with a thick outline (hover)
    // Region indices outlined on the map, each kind with a legend entry: the selection
    // (solid dark) and partner regions (dashed). Drawn by MapRenderer (Options::marks).
    QSet<int> selection;
    QSet<int> marked;
    bool insets = false;      // boxes for the outermost regions, beside the main frame
    bool insetLabels = false; // region labels inside the inset boxes too

    // How values are shown: classes of colour (choropleth), or circles whose area is
    // proportional to the value over a neutral base (counts: employment).
    enum class Symbol { Choropleth, Circles };
    Symbol symbol = Symbol::Choropleth;
    // Circles: the value the largest circle stands for (the largest of every year the
    // classes are computed over, so that a size means the same number in every year).
    double circleMax = 0.0;

    // Region labels at each region's label point, larger regions first; a label that
    // would overlap another label or a star symbol, or is much wider than its region,
    // is left out.
    enum class Labels { None, Codes, Names };
    Labels labels = Labels::None;
    // Cluster stars (0–3) per region, indexed like layer->regions(); regions with at
    // least `starSymbols` stars get that many star symbols at their label point
    // (0: no symbols).
    QList<int> stars;
    int starSymbols = 0;
    // Regions whose suppressed cells hide more than 5 % of their published total (the
    // engine's coverage), indexed like layer->regions(): outlined with a dotted line and
    // named in the legend, as their focus, LQ and stars rest on an incomplete total.
    QList<bool> incomplete;
    bool anyIncomplete() const { return incomplete.contains(true); }

    // Continental Europe in EPSG:3035 (the outermost regions fall outside it).
    static QRectF europeExtent() { return QRectF(2450000.0, 1350000.0, 4950000.0, 4000000.0); }
    QRectF effectiveExtent() const
    {
        return !extent.isEmpty() ? extent : !dataExtent.isEmpty() ? dataExtent : europeExtent();
    }
    // The base of proportional circles: a light neutral, apart from the background land.
    static QColor circleBaseColour() { return QColor(0xf3, 0xee, 0xe4); }
    static QColor circleColour() { return QColor(0xd9, 0x5f, 0x0e, 200); }
    QColor colourOf(int region) const
    {
        const int cls = classification.classOf(values.value(region, qQNaN()));
        if (cls >= 0)
            return symbol == Symbol::Circles ? circleBaseColour() : colours.value(cls);
        return outside.value(region) ? outsideColour() : noDataColour();
    }
    bool hasValue(int region) const
    {
        return classification.classOf(values.value(region, qQNaN())) >= 0;
    }
    bool anyOutside() const { return outside.contains(true); }
    QString classLabel(int cls) const { return classification.label(cls, format); }
    // No value, and inside the data's scope: drawn hatched.
    bool isMissing(int region) const
    {
        return classification.classOf(values.value(region, qQNaN())) < 0 && !outside.value(region);
    }
};

} // namespace cs
