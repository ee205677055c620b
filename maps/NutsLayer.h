// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include "maps/SpatialIndex.h"

#include <vector>

namespace cs {

// One NUTS region, projected to ETRS89-LAEA (EPSG:3035), coordinates in metres,
// y pointing north.
struct Region
{
    QString code;     // NUTS_ID, e.g. "DE21"
    QString name;     // NAME_LATN
    QString country;  // CNTR_CODE
    QPainterPath path;
    QRectF bounds;
};

// The regions of one NUTS version and level, read through OGR from any vector source
// (by default the GeoPackage cache made by scripts/setup.sh) and reprojected with PROJ.
class NutsLayer
{
    Q_DECLARE_TR_FUNCTIONS(cs::NutsLayer)
public:
    enum class Scale { M3, M10 }; // GISCO 1:3 million and 1:10 million

    struct Key
    {
        int version = 2013; // NUTS 2010, 2013, 2016 or 2021
        int level = 2;      // 0..3
        Scale scale = Scale::M3;
    };

    // CLUSTERSCOPE_NUTS_GPKG, else the path set at build time (scripts/setup.sh's cache).
    static QString defaultCachePath();
    static QString cacheLayerName(const Key &key);

    // Reads `layerName` of `source`; the key column is NUTS_ID. Returns false and
    // sets `error` (naming the file and layer) on failure.
    bool load(const QString &source, const QString &layerName, QString *error);
    bool loadFromCache(const Key &key, QString *error);

    const QList<Region> &regions() const { return m_regions; }
    int indexOf(const QString &code) const { return m_index.value(code, -1); }
    QRectF bounds() const { return m_bounds; }

    // WGS 84 longitude/latitude (degrees) → EPSG:3035 metres; NaN if PROJ fails.
    static QPointF fromLonLat(const QPointF &lonLat);

    // Index of the region containing `point` (EPSG:3035 metres), or -1; the lowest index
    // if the point lies in several (on a shared border). Same answers as testing
    // bounds + QPainterPath::contains on every region, through an R-tree of the rings.
    int regionAt(const QPointF &point) const;

private:
    // One closed subpath of a region's path: elements [first, end) of Region::path.
    struct Ring
    {
        int region;
        int first;
        int end;
    };
    void buildIndex();

    QList<Region> m_regions;
    std::vector<Ring> m_rings;
    SpatialIndex m_ringIndex; // items are indices into m_rings
    QHash<QString, int> m_index;
    QRectF m_bounds;
};

} // namespace cs
