// SPDX-License-Identifier: MIT
#pragma once

#include "maps/Classification.h"
#include "maps/NutsLayer.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <memory>

namespace cs {

// What to draw, as a plain value (cf. QgsMapSettings): the regions, one value per
// region (NaN = no data), their classes and colours, the extent and the texts.
struct MapScene
{
    std::shared_ptr<const NutsLayer> layer;
    QList<double> values; // indexed like layer->regions()
    // Regions outside the EU (NutsCodes::isEu27Member), indexed like layer->regions():
    // without a value they are drawn as background land (outsideColour()), not hatched
    // as missing data.
    QList<bool> outside;
    // The land around the regions, drawn in outsideColour() under them (Basemap); null:
    // sea around the regions.
    std::shared_ptr<const QList<QPainterPath>> basemap;
    Classification classification;
    QList<QColor> colours; // one per class
    // How the legend, the tooltips and the exported styles write the values: percent for
    // shares, thousands separators for counts.
    ValueFormat format;
    QRectF extent; // EPSG:3035 metres; empty = continental Europe
    QString title;
    QString legendTitle;
    QString sourceNote;
    int highlighted = -1; // region index drawn with a thick outline
    bool insets = false;  // boxes for the outermost regions (figures; the window pans instead)

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
    QRectF effectiveExtent() const { return extent.isEmpty() ? europeExtent() : extent; }
    QColor colourOf(int region) const
    {
        const int cls = classification.classOf(values.value(region, qQNaN()));
        return cls >= 0 ? colours.value(cls) : outside.value(region) ? outsideColour() : noDataColour();
    }
    QString classLabel(int cls) const { return classification.label(cls, format); }
    // No value, and inside the EU: drawn hatched.
    bool isMissing(int region) const
    {
        return classification.classOf(values.value(region, qQNaN())) < 0 && !outside.value(region);
    }
};

} // namespace cs
