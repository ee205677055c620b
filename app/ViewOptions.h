// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"
#include "maps/SceneBuilder.h"

#include <optional>

namespace cs {

// What the map shows: the same for the window, the command line, recipes and projects.
struct ViewOptions
{
    int level = 2;
    QString category;
    Indicator indicator = Indicator::LocationQuotient;
    int year = 0;
    // Symbology; without a method or palette the indicator's natural one
    // (Symbology::defaultFor, Symbology::defaultPalette).
    std::optional<ClassificationMethod> method;
    int classes = 5;
    QString palette;
    bool classesPerYear = false; // class limits from this year's values only (default: all years)
    QList<double> manualBreaks;
    MapScene::Labels labels = MapScene::Labels::None;
    int starSymbols = 0; // 0: none; 1–3: star symbols on regions with that many stars or more
    // Choropleth or proportional circles; unset: the indicator's default (circles for
    // employment, Symbology::defaultFor).
    std::optional<MapScene::Symbol> symbol;

    Symbology symbology() const;
    // The scores the view asks the data for.
    ScoreQuery query() const { return ScoreQuery{level, category, indicator, year}; }
    bool operator==(const ViewOptions &) const = default;
};

} // namespace cs
