// SPDX-License-Identifier: MIT
#include "maps/SceneBuilder.h"

#include "maps/Basemap.h"
#include "maps/NutsCodes.h"
#include "maps/Palette.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <thread>

namespace cs {

namespace {

// scores.valueOf() of every region, through a hash rather than a search per region.
QList<double> valuesFor(const Scores &scores, const QList<Region> &regions)
{
    QHash<QString, double> byCode;
    byCode.reserve(scores.regions.size());
    for (qsizetype k = scores.regions.size() - 1; k >= 0; --k) // the first of a code wins
        byCode.insert(scores.regions[k], k < scores.values.size() ? scores.values[k] : qQNaN());
    QList<double> values;
    values.reserve(regions.size());
    for (const Region &region : regions)
        values.append(byCode.value(region.code, qQNaN()));
    return values;
}

} // namespace

Symbology Symbology::defaultFor(Indicator indicator)
{
    Symbology s;
    if (indicator == Indicator::Stars) {
        s.method = ClassificationMethod::Stars;
        s.classes = 4;
    }
    return s;
}

MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query, const Symbology &symbology)
{
    MapScene scene;
    // The first time, the background countries (a file to read) load on a thread while
    // the scores are computed (the whole analysis of a level and year). Later scenes,
    // one per change of category, year or indicator in the window, start no thread.
    std::jthread basemap;
    if (layer && !Basemap::isLoaded())
        basemap = std::jthread([&scene, &layer] { scene.basemap = Basemap::around(*layer); });
    else if (layer)
        scene.basemap = Basemap::around(*layer);
    const Scores scores = data.compute(query);
    if (layer) {
        scene.values = valuesFor(scores, layer->regions());
        scene.outside.reserve(layer->regions().size());
        for (const Region &region : layer->regions())
            scene.outside.append(!NutsCodes::isEu27Member(region.country.isEmpty() ? region.code.left(2)
                                                                                  : region.country));
        if (basemap.joinable())
            basemap.join();
    }
    if (layer && scores.incomplete.contains(true)) {
        QHash<QString, bool> byCode;
        for (qsizetype k = 0; k < scores.regions.size(); ++k)
            byCode.insert(scores.regions[k], scores.incomplete.value(k));
        scene.incomplete.reserve(layer->regions().size());
        for (const Region &region : layer->regions())
            scene.incomplete.append(byCode.value(region.code, false));
    }
    scene.labels = symbology.labels;
    scene.starSymbols = std::clamp(symbology.starSymbols, 0, 3);
    if (scene.starSymbols > 0 && layer) {
        ScoreQuery starQuery = query;
        starQuery.indicator = Indicator::Stars;
        const Scores stars = query.indicator == Indicator::Stars ? scores : data.compute(starQuery);
        scene.stars.reserve(layer->regions().size());
        for (const double v : valuesFor(stars, layer->regions()))
            scene.stars.append(std::isnan(v) ? 0 : int(v));
    }
    scene.layer = std::move(layer);
    ClassificationOptions options;
    options.manualBreaks = symbology.manualBreaks;
    scene.classification =
        Classification::create(symbology.method, scene.values, symbology.classes, options);
    Palette palette = Palette::byName(symbology.palette);
    if (!palette.isValid()) {
        if (symbology.method == ClassificationMethod::Diverging)
            palette = Palette::defaultDiverging();
        else if (symbology.method == ClassificationMethod::Stars)
            palette = Palette::byName(QStringLiteral("YlOrRd"));
    }
    // The sequential default stays the ramp the legend tests know (sequentialPalette).
    scene.colours = palette.isValid() ? palette.coloursFor(scene.classification)
                                      : sequentialPalette(scene.classification.classCount());
    scene.decimals = query.indicator == Indicator::Employment || query.indicator == Indicator::Stars
                         ? 0
                     : query.indicator == Indicator::LocationQuotient ? 2
                     : query.indicator == Indicator::Growth           ? 1 // % per year
                                                                       : 4;
    scene.legendTitle = ClusterData::indicatorLabel(query.indicator);
    scene.title = QCoreApplication::translate("cs::SceneBuilder", "%1 — %2, NUTS %3, %4")
                      .arg(data.categoryLabel(query.category), scene.legendTitle)
                      .arg(query.level)
                      .arg(query.year);
    scene.sourceNote = data.sourceNote() + QLatin1Char(' ') + data.referenceNote(query.level) +
                       QLatin1Char('.');
    return scene;
}

} // namespace cs
