// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "maps/SpatialIndex.h"

#include <map>
#include <memory>
#include <mutex>
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

    // How to read a boundary file of any OGR format (GeoPackage, GeoJSON, TopoJSON,
    // Shapefile, FlatGeobuf…).
    struct LoadOptions
    {
        QString layer;     // empty: the file's first layer
        QString keyColumn; // empty: detected (NUTS_ID, NUTS_CODE, GEO… or by content)
        int level = -1;    // 0..3: keep only the codes of that level (files mixing levels)
    };
    // Reads a layer of `source`, reprojected to EPSG:3035. Returns false and sets
    // `error` (naming the file and layer) on failure.
    bool load(const QString &source, const LoadOptions &options, QString *error);
    bool load(const QString &source, const QString &layerName, QString *error)
    {
        return load(source, LoadOptions{layerName, QString(), -1}, error);
    }
    // load(), through a compiled copy of the layer (CompiledCache) when a current one
    // exists, which reads in a few milliseconds and without GDAL; after reading the
    // source, writes that copy. For caches the application made, not users' files.
    bool loadCompiled(const QString &source, const LoadOptions &options, QString *error);
    // The layer `key` of defaultCachePath(), through its compiled copy.
    bool loadFromCache(const Key &key, QString *error);
    // The layers of a vector source and the columns of each, for choosing the layer and
    // key column; empty with `error` set when the file does not open.
    struct SourceLayer
    {
        QString name;
        QStringList columns;
    };
    static QList<SourceLayer> describe(const QString &source, QString *error);
    // The column that held the region codes in the last load.
    QString keyColumn() const { return m_keyColumn; }

    const QList<Region> &regions() const { return m_regions; }
    int indexOf(const QString &code) const { return m_index.value(code, -1); }
    QRectF bounds() const { return m_bounds; }

    // WGS 84 longitude/latitude (degrees) → EPSG:3035 metres; NaN if PROJ fails.
    static QPointF fromLonLat(const QPointF &lonLat);

    // Index of the region containing `point` (EPSG:3035 metres), or -1; the lowest index
    // if the point lies in several (on a shared border). Same answers as testing
    // bounds + QPainterPath::contains on every region, through an R-tree of the rings.
    int regionAt(const QPointF &point) const;

    // Region paths (indexed like regions()) for drawing at `metresPerPixel`: each ring
    // simplified by Douglas–Peucker with a tolerance between a quarter and half a pixel,
    // so the picture is the same and the rasteriser sees a fraction of the vertices.
    // Built once per power-of-two tolerance and kept; null when the full geometry is
    // needed (zoomed in below kMinTolerance). Thread-safe.
    std::shared_ptr<const QList<QPainterPath>> drawingPaths(double metresPerPixel) const;
    static constexpr double kMinTolerance = 16.0; // metres

    // A point well inside the region for its label or star symbol: on its largest
    // ring, the grid-refined point farthest from every edge (a pole of
    // inaccessibility, as polylabel finds). Computed for all regions on first use.
    QPointF labelPoint(int region) const;

    // Douglas–Peucker on each closed subpath of `path` (lines only); a ring keeps at
    // least three points, so small islands stay visible as specks.
    static QPainterPath simplified(const QPainterPath &path, double tolerance);

private:
    // One closed subpath of a region's path: elements [first, end) of Region::path.
    struct Ring
    {
        int region;
        int first;
        int end;
    };
    void adopt(QList<Region> regions, const QString &keyColumn);
    void buildIndex();

    QList<Region> m_regions;
    std::vector<Ring> m_rings;
    SpatialIndex m_ringIndex; // items are indices into m_rings
    QHash<QString, int> m_index;
    QRectF m_bounds;
    struct DrawingCache
    {
        std::mutex mutex;
        std::map<int, std::shared_ptr<const QList<QPainterPath>>> byLevel; // tolerance 2^level m
        std::vector<QPointF> labelPoints;
    };
    QString m_keyColumn;
    std::shared_ptr<DrawingCache> m_drawing = std::make_shared<DrawingCache>();
};

} // namespace cs
