// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"
#include "maps/MapScene.h"
#include "maps/NutsLayer.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

// Writes the regions of a map with all their scores as a GeoPackage layer in EPSG:3035
// and embeds the map's classes and colours as the layer's default QGIS style (the
// `layer_styles` table with QML and SLD), so the layer opens in QGIS coloured as on
// screen. The file is written beside and renamed into place: no partial output.
class GeoPackageExport
{
    Q_DECLARE_TR_FUNCTIONS(cs::GeoPackageExport)
public:
    struct Input
    {
        const ClusterData *data = nullptr;
        ScoreQuery query;
        NutsLayer::Key regions; // geometries are read again from the NUTS cache …
        // … or from the user's boundary file (any OGR format, e.g. --boundaries): its
        // layer (empty: the first) and key column (e.g. NutsLayer::keyColumn()); only the
        // codes of regions.level are written.
        QString boundariesSource;
        QString boundariesLayer;
        QString keyColumn;
        const MapScene *scene = nullptr; // classes and colours of the style
    };

    static bool write(const Input &input, const QString &path, QString *error);
    // The name of the layer write() creates for a category: "clusterscope_<category>",
    // lower case, other characters than a–z, 0–9 and _ replaced by _.
    static QString layerName(const QString &category);
    // The QGIS style of a scene (rule-based renderer on the field "value"): the
    // <renderer-v2> element alone, and as a whole QML style document.
    static QString renderer(const MapScene &scene);
    static QString qml(const MapScene &scene);
    static QString sld(const MapScene &scene, const QString &layerName);
};

} // namespace cs
