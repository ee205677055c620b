// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"
#include "maps/MapScene.h"

#include <memory>

namespace cs {

// Scores of one query laid onto a NUTS layer, classified and coloured: the common
// step of the window, the PNG export and the screenshot.
MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query);

} // namespace cs
