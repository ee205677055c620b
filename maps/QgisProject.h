// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

// A QGIS 3 project (.qgs) showing one layer of a GeoPackage written by GeoPackageExport:
// project CRS EPSG:3035, canvas on continental Europe, the layer styled with the same
// rule-based renderer as its embedded QML, the data source and boundary copyright in the
// layer's metadata. The GeoPackage is referenced relative to the project file
// ("./map.gpkg|layername=…"), so both can be moved together. Saved atomically.
class QgisProject
{
    Q_DECLARE_TR_FUNCTIONS(cs::QgisProject)
public:
    struct Input
    {
        QString geoPackage; // path of the GeoPackage
        QString layerName;  // its layer (GeoPackageExport::layerName)
        const MapScene *scene = nullptr; // classes, colours, title and source note
    };

    // The project text for a project file at `path`.
    static QString document(const Input &input, const QString &path);
    static bool write(const Input &input, const QString &path, QString *error);
    // The data source of the layer as written in the project: the GeoPackage relative to
    // the folder of `path`, starting with "./" or "../".
    static QString dataSource(const Input &input, const QString &path);
};

} // namespace cs
