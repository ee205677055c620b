// SPDX-License-Identifier: MIT
#pragma once

#include "maps/Classification.h"
#include "maps/ClusterData.h"
#include "maps/MapScene.h"

#include <memory>

namespace cs {

// How scores become colours. An empty palette picks the default for the method:
// reversed viridis for sequential data, PuOr around the centre, a star ramp for stars.
struct Symbology
{
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;
    QString palette;
    QList<double> manualBreaks;
    MapScene::Labels labels = MapScene::Labels::None;
    int starSymbols = 0; // star symbols on regions with at least this many stars (0: none)

    // The natural choice for an indicator: stars for stars, quantiles otherwise.
    static Symbology defaultFor(Indicator indicator);
};

// Scores of one query laid onto a NUTS layer, classified and coloured: the common
// step of the window, the figure export and the screenshot.
MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query, const Symbology &symbology);
inline MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                           const ScoreQuery &query)
{
    return buildScene(data, std::move(layer), query, Symbology::defaultFor(query.indicator));
}

} // namespace cs
