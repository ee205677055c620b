// SPDX-License-Identifier: MIT
#include "maps/SceneBuilder.h"

#include <QCoreApplication>

namespace cs {

MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query)
{
    MapScene scene;
    const Scores scores = data.compute(query);
    if (layer) {
        scene.values.reserve(layer->regions().size());
        for (const Region &region : layer->regions())
            scene.values.append(scores.valueOf(region.code));
    }
    scene.layer = std::move(layer);
    constexpr int kClasses = 5;
    scene.classification = Classification::quantiles(scene.values, kClasses);
    scene.colours = sequentialPalette(scene.classification.classCount());
    scene.decimals = query.indicator == Indicator::Employment ? 0
                     : query.indicator == Indicator::LocationQuotient ? 2
                                                                       : 4;
    scene.legendTitle = ClusterData::indicatorLabel(query.indicator);
    scene.title = QCoreApplication::translate("cs::SceneBuilder", "%1 — %2, NUTS %3, %4")
                      .arg(data.categoryLabel(query.category), scene.legendTitle)
                      .arg(query.level)
                      .arg(query.year);
    scene.sourceNote = data.sourceNote();
    return scene;
}

} // namespace cs
