// SPDX-License-Identifier: MIT
#include "maps/NutsLayer.h"

#include "maps/GdalHandles.h"

#include <QDir>

#include <cpl_error.h>

#include <QVarLengthArray>

#include <memory>

namespace cs {

using namespace gdal;

namespace {

void appendRing(QPainterPath &path, OGRGeometryH ring)
{
    const int n = OGR_G_GetPointCount(ring);
    if (n < 3)
        return;
    path.moveTo(OGR_G_GetX(ring, 0), OGR_G_GetY(ring, 0));
    for (int i = 1; i < n; ++i)
        path.lineTo(OGR_G_GetX(ring, i), OGR_G_GetY(ring, i));
    path.closeSubpath();
}

void appendGeometry(QPainterPath &path, OGRGeometryH geometry)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(geometry))) {
    case wkbPolygon:
        for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i)
            appendRing(path, OGR_G_GetGeometryRef(geometry, i));
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i)
            appendGeometry(path, OGR_G_GetGeometryRef(geometry, i));
        break;
    default:
        break;
    }
}

int pointCount(OGRGeometryH geometry)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(geometry))) {
    case wkbLineString:
    case wkbLinearRing:
        return OGR_G_GetPointCount(geometry);
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        int n = 0;
        for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i)
            n += pointCount(OGR_G_GetGeometryRef(geometry, i));
        return n;
    }
    default:
        return 0;
    }
}

// Signed crossings of the ray from `point` towards -x with the closed ring made of
// elements [first, end) of `path`: the arithmetic of QPainterPath::contains
// (qt_painterpath_isect_line, horizontal edges ignored), so that summing the rings of
// a path gives its winding number exactly as Qt counts it.
int ringWinding(const QPainterPath &path, int first, int end, const QPointF &point)
{
    int winding = 0;
    const double py = point.y(), px = point.x();
    QPainterPath::Element previous = path.elementAt(end - 1); // implicit closing edge
    for (int i = first; i < end; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        double x1 = previous.x, y1 = previous.y, x2 = e.x, y2 = e.y;
        previous = e;
        if (qFuzzyCompare(y1, y2))
            continue;
        int dir = 1;
        if (y2 < y1) {
            std::swap(x1, x2);
            std::swap(y1, y2);
            dir = -1;
        }
        if (py >= y1 && py < y2) {
            const double x = x1 + ((x2 - x1) / (y2 - y1)) * (py - y1);
            if (x <= px)
                winding += dir;
        }
    }
    return winding;
}

QString fieldString(OGRFeatureH feature, const char *name)
{
    const int index = OGR_F_GetFieldIndex(feature, name);
    if (index < 0 || !OGR_F_IsFieldSetAndNotNull(feature, index))
        return {};
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, index));
}

} // namespace

QString NutsLayer::defaultCachePath()
{
    const QByteArray env = qgetenv("CLUSTERSCOPE_NUTS_GPKG");
    return env.isEmpty() ? QStringLiteral(CS_DEFAULT_NUTS_GPKG) : QString::fromLocal8Bit(env);
}

QString NutsLayer::cacheLayerName(const Key &key)
{
    return QStringLiteral("nuts_%1_%2_l%3")
        .arg(key.version)
        .arg(key.scale == Scale::M3 ? QStringLiteral("03m") : QStringLiteral("10m"))
        .arg(key.level);
}

bool NutsLayer::loadFromCache(const Key &key, QString *error)
{
    return load(defaultCachePath(), cacheLayerName(key), error);
}

bool NutsLayer::load(const QString &source, const QString &layerName, QString *error)
{
    GDALAllRegister();
    const QByteArray path = QDir::toNativeSeparators(source).toLocal8Bit();
    DatasetPtr dataset(GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                  nullptr, nullptr));
    if (!dataset) {
        if (error)
            *error = tr("%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the "
                        "cache, or set CLUSTERSCOPE_NUTS_GPKG.")
                         .arg(source, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset.get(), layerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = tr("%1: no layer '%2' in this file").arg(source, layerName);
        return false;
    }
    OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer);
    SrsPtr wgs84 = srsFromEpsg(4326);
    SrsPtr laea = srsFromEpsg(3035);
    SrsPtr sourceSrs(layerSrs ? OSRClone(layerSrs) : OSRClone(wgs84.get()));
    OSRSetAxisMappingStrategy(sourceSrs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    TransformPtr transform(OCTNewCoordinateTransformation(sourceSrs.get(), laea.get()));
    if (!transform) {
        if (error)
            *error = tr("%1: cannot reproject layer '%2' to EPSG:3035 (%3)")
                         .arg(source, layerName, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }

    QList<Region> regions;
    OGR_L_ResetReading(layer);
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        Region region;
        region.code = fieldString(feature.get(), "NUTS_ID");
        if (region.code.isEmpty() || !geometry)
            continue;
        region.name = fieldString(feature.get(), "NAME_LATN");
        region.country = fieldString(feature.get(), "CNTR_CODE");
        if (OGR_G_Transform(geometry, transform.get()) != OGRERR_NONE) {
            if (error)
                *error = tr("%1: region %2 could not be reprojected to EPSG:3035")
                             .arg(source, region.code);
            return false;
        }
        region.path.setFillRule(Qt::OddEvenFill);
        // Exact size: a growing element list keeps up to half again as much spare room.
        region.path.reserve(pointCount(geometry) + 1);
        appendGeometry(region.path, geometry);
        region.bounds = region.path.boundingRect();
        regions.append(std::move(region));
    }
    if (regions.isEmpty()) {
        if (error)
            *error = tr("%1: layer '%2' has no features with a NUTS_ID").arg(source, layerName);
        return false;
    }
    m_regions = std::move(regions);
    m_index.clear();
    m_bounds = QRectF();
    for (int i = 0; i < m_regions.size(); ++i) {
        m_index.insert(m_regions[i].code, i);
        m_bounds = m_bounds.united(m_regions[i].bounds);
    }
    buildIndex();
    return true;
}

void NutsLayer::buildIndex()
{
    m_rings.clear();
    std::vector<SpatialIndex::Box> boxes;
    for (int r = 0; r < m_regions.size(); ++r) {
        const QPainterPath &path = m_regions[r].path;
        const int n = path.elementCount();
        int first = 0;
        while (first < n) {
            int end = first + 1;
            while (end < n && path.elementAt(end).type != QPainterPath::MoveToElement)
                ++end;
            SpatialIndex::Box box{qInf(), qInf(), -qInf(), -qInf()};
            for (int i = first; i < end; ++i) {
                const QPainterPath::Element e = path.elementAt(i);
                box = {std::min(box.minX, e.x), std::min(box.minY, e.y), std::max(box.maxX, e.x),
                       std::max(box.maxY, e.y)};
            }
            m_rings.push_back({r, first, end});
            boxes.push_back(box);
            first = end;
        }
    }
    m_rings.shrink_to_fit();
    m_ringIndex = SpatialIndex(boxes);
}

QPointF NutsLayer::fromLonLat(const QPointF &lonLat)
{
    SrsPtr wgs84 = srsFromEpsg(4326);
    SrsPtr laea = srsFromEpsg(3035);
    TransformPtr transform(OCTNewCoordinateTransformation(wgs84.get(), laea.get()));
    double x = lonLat.x(), y = lonLat.y();
    if (!transform || !OCTTransform(transform.get(), 1, &x, &y, nullptr))
        return {qQNaN(), qQNaN()};
    return {x, y};
}

int NutsLayer::regionAt(const QPointF &point) const
{
    // A ring whose box misses the point adds nothing to the path's winding number, so
    // the rings the index returns decide it. Paths hold only lines (see appendRing).
    struct Count
    {
        int region;
        int winding;
    };
    QVarLengthArray<Count, 16> counts;
    m_ringIndex.forEachContaining(point, [&](int ring) {
        const Ring &r = m_rings[size_t(ring)];
        const int w = ringWinding(m_regions[r.region].path, r.first, r.end, point);
        for (Count &c : counts) {
            if (c.region == r.region) {
                c.winding += w;
                return;
            }
        }
        counts.append({r.region, w});
    });
    int best = -1;
    for (const Count &c : counts) {
        const bool inside = m_regions[c.region].path.fillRule() == Qt::WindingFill
                                ? c.winding != 0
                                : c.winding % 2 != 0;
        if (inside && (best < 0 || c.region < best))
            best = c.region;
    }
    return best;
}

} // namespace cs
