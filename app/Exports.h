// SPDX-License-Identifier: MIT
#pragma once

#include "app/Recipe.h"
#include "app/ViewOptions.h"
#include "maps/FigureExport.h"
#include "maps/NutsLayer.h"

#include <QCoreApplication>
#include <QHash>

namespace cs {

// The exports of a map, one implementation each for the window's File menu, the
// `clusterscope export` command and batch recipes. (Score tables: maps/ScoreExport.)
class Exports
{
    Q_DECLARE_TR_FUNCTIONS(cs::Exports)
public:
    // Export figure: PNG, SVG or PDF of `scene`; with a recipe, FILE.recipe.json beside
    // it so that `clusterscope batch` rebuilds the figure.
    static bool figure(const MapScene &scene, const FigureOptions &options, const QString &path,
                       const Recipe *recipe, QString *error);

    // A user's boundary file (any OGR format), its layer (empty: the first) and key column.
    struct Boundaries
    {
        QString file; // empty: the NUTS cache
        QString layer;
        QString keyColumn;
    };
    // Export for QGIS: the regions with every score as a GeoPackage styled as `scene`
    // and, when `qgsPath` is set, a QGIS project that opens it by a relative path. The
    // geometries come from the NUTS cache at 1:3 million or from `boundaries`.
    static bool forQgis(const ClusterData &data, const ViewOptions &view, const MapScene &scene,
                        const Boundaries &boundaries, const QString &gpkgPath, const QString &qgsPath,
                        QString *error);
    // The GeoPackage written beside a QGIS project: NAME.qgs → NAME.gpkg.
    static QString geoPackageBeside(const QString &qgsPath);

    // NUTS code → region name of a boundary layer (for score tables).
    static QHash<QString, QString> regionNames(const NutsLayer &layer);
};

} // namespace cs
