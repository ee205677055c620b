// SPDX-License-Identifier: MIT
#pragma once

#include "maps/Classification.h"
#include "maps/ClusterData.h"
#include "maps/MapScene.h"

#include <memory>

namespace cs {

// How scores become colours. An empty palette picks defaultPalette() for the method
// and indicator.
struct Symbology
{
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;
    QString palette;
    QList<double> manualBreaks;
    double centre = 1.0; // Diverging, Symmetric, LogSymmetric: LQ 1, growth 0
    // Class limits from the values of this year only; by default (false) from the values
    // of every year of the data, so that a colour means the same number in every year.
    bool classesPerYear = false;
    MapScene::Labels labels = MapScene::Labels::None;
    int starSymbols = 0; // star symbols on regions with at least this many stars (0: none)
    // Colour classes, or circles of area proportional to the value over a neutral base
    // (the default for employment, a count; circles of other indicators use the same
    // scale from 0).
    MapScene::Symbol symbol = MapScene::Symbol::Choropleth;

    // The natural choice for an indicator:
    // - LQ: LogSymmetric, 6 classes around 1 up to the specialisation threshold 2
    //   (limits 0.5, 0.71, 1, 1.41, 2), PuOr_r (above 1 orange, below 1 purple);
    // - growth: Symmetric, 6 classes around 0, BrBG (decline brown, growth blue-green);
    // - stars: the four ratings 0–3, YlOrRd;
    // - employment: proportional circles (the quantiles, reversed viridis, when switched
    //   to a choropleth);
    // - share, focus: 5 quantiles, reversed viridis.
    static Symbology defaultFor(Indicator indicator);
    // The palette an empty `palette` stands for: YlOrRd for stars, BrBG (growth) or PuOr_r
    // around a centre, viridis_r otherwise (drawn with sequentialPalette()).
    static QString defaultPalette(ClassificationMethod method, Indicator indicator);
    // The centre of diverging classes for an indicator: 0 for growth, 1 otherwise.
    static double centreFor(Indicator indicator);
};

// How an indicator's values read: employment as counts with thousands separators,
// share and focus in percent, LQ with 2 decimals, growth (% per year) with 1, stars as
// integers. buildScene() adds decimals where the class limits need them.
ValueFormat valueFormatFor(Indicator indicator);

// Scores of one query laid onto a NUTS layer, classified and coloured: the common
// step of the window, the figure export and the screenshot. The data decides the scope:
// a region of a country the data has regions of is hatched where it has no value, any
// other region is background land (MapScene::outside); the frame fits the scope.
MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query, const Symbology &symbology);
inline MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                           const ScoreQuery &query)
{
    return buildScene(data, std::move(layer), query, Symbology::defaultFor(query.indicator));
}

} // namespace cs
