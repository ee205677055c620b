// SPDX-License-Identifier: MIT
#include "app/Exports.h"

#include "maps/GeoPackageExport.h"
#include "maps/QgisProject.h"

#include <QDir>
#include <QFileInfo>

namespace cs {

bool Exports::figure(const MapScene &scene, const FigureOptions &options, const QString &path,
                     const Recipe *recipe, QString *error)
{
    MapScene figure = scene;
    figure.highlighted = -1; // the mouse is not part of a figure
    if (!FigureExport::write(figure, options, path, error))
        return false;
    return !recipe || recipe->writeBeside(path, error);
}

bool Exports::forQgis(const ClusterData &data, const ViewOptions &view, const MapScene &scene,
                      const Boundaries &boundaries, const QString &gpkgPath, const QString &qgsPath, QString *error)
{
    MapScene styled = scene;
    styled.highlighted = -1;
    GeoPackageExport::Input input;
    input.data = &data;
    input.query = view.query();
    input.regions = {data.nutsVersion(), view.level, NutsLayer::Scale::M3};
    input.boundariesSource = boundaries.file;
    input.boundariesLayer = boundaries.layer;
    input.keyColumn = boundaries.keyColumn;
    input.scene = &styled;
    if (!GeoPackageExport::write(input, gpkgPath, error))
        return false;
    return qgsPath.isEmpty() ||
           QgisProject::write({gpkgPath, GeoPackageExport::layerName(view.category), &styled}, qgsPath, error);
}

QString Exports::geoPackageBeside(const QString &qgsPath)
{
    const QFileInfo info(qgsPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".gpkg"));
}

QHash<QString, QString> Exports::regionNames(const NutsLayer &layer)
{
    QHash<QString, QString> names;
    for (const Region &r : layer.regions())
        names.insert(r.code, r.name);
    return names;
}

} // namespace cs
