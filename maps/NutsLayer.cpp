// SPDX-License-Identifier: MIT
#include "maps/NutsLayer.h"

#include "maps/Parallel.h"

#include "maps/CompiledCache.h"
#include "maps/GdalHandles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThread>


#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
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

// A NUTS code or a country code: two letters, then up to three letters or digits.
bool looksLikeNutsCode(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9A-Z]{0,3}$"));
    return pattern.match(value).hasMatch();
}

QStringList fieldNames(OGRLayerH layer)
{
    QStringList names;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
        names.append(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))));
    return names;
}

// The first of `preferred` among `names`, compared without case; empty if none.
QString firstOf(const QStringList &names, std::initializer_list<const char *> preferred)
{
    for (const char *p : preferred)
        for (const QString &name : names)
            if (name.compare(QLatin1String(p), Qt::CaseInsensitive) == 0)
                return name;
    return {};
}

// The column holding NUTS codes: among the first 500 features, the text column with the
// largest share of code-like, distinct values (at least 80 %); known names win ties.
QString detectKeyColumn(OGRLayerH layer, const QStringList &names)
{
    static const QStringList known = {QStringLiteral("NUTS_ID"), QStringLiteral("NUTS_CODE"),
                                      QStringLiteral("NUTSCODE"), QStringLiteral("NUTS"),
                                      QStringLiteral("GEO"), QStringLiteral("ID"), QStringLiteral("CODE")};
    std::vector<int> codeLike(size_t(names.size()), 0);
    std::vector<QSet<QString>> distinct(size_t(names.size()));
    int sampled = 0;
    OGR_L_ResetReading(layer);
    while (sampled < 500) {
        FeaturePtr feature{OGR_L_GetNextFeature(layer)};
        if (!feature)
            break;
        ++sampled;
        for (int i = 0; i < names.size(); ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(feature.get(), i))
                continue;
            const QString value = QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), i));
            if (looksLikeNutsCode(value)) {
                ++codeLike[size_t(i)];
                distinct[size_t(i)].insert(value);
            }
        }
    }
    OGR_L_ResetReading(layer);
    QString best;
    double bestScore = 0.8;
    for (int i = 0; i < names.size(); ++i) {
        if (sampled == 0)
            break;
        const double score = std::min(codeLike[size_t(i)], int(distinct[size_t(i)].size())) / double(sampled);
        const bool knownName = known.contains(names[i], Qt::CaseInsensitive);
        if (score > bestScore || (score == bestScore && knownName && !best.isEmpty() &&
                                  !known.contains(best, Qt::CaseInsensitive))) {
            best = names[i];
            bestScore = score;
        }
    }
    return best;
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
    const QString path = defaultCachePath();
    if (loadCompiled(path, LoadOptions{cacheLayerName(key), QString(), -1}, error))
        return true;
    // Only the app's own cache is made by set-up; a user's file gets no such advice.
    if (error && !QFileInfo(path).isFile())
        *error = tr("%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, "
                    "or set CLUSTERSCOPE_NUTS_GPKG.")
                     .arg(path);
    return false;
}

QList<NutsLayer::SourceLayer> NutsLayer::describe(const QString &source, QString *error)
{
    return gdal::guarded(error, [&]() -> QList<NutsLayer::SourceLayer> {
    DatasetPtr dataset = gdal::openVector(source);
    if (!dataset) {
        if (error)
            *error = tr("%1: not a vector file GDAL can read (%2)")
                         .arg(source, QString::fromUtf8(CPLGetLastErrorMsg()));
        return {};
    }
    QList<SourceLayer> layers;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), i);
        if (OGR_L_GetGeomType(layer) == wkbNone)
            continue; // attribute tables (e.g. a GeoPackage's layer_styles)
        layers.append({QString::fromUtf8(OGR_L_GetName(layer)), fieldNames(layer)});
    }
    if (layers.isEmpty() && error)
        *error = tr("%1: this file has no layer with geometries").arg(source);
    return layers;
    });
}

bool NutsLayer::load(const QString &source, const LoadOptions &options, QString *error)
{
    return gdal::guarded(error, [&]() -> bool {
    // GDAL would wait on a FIFO or read a device without end. (Sources that are no file,
    // such as /vsizip/… paths, go to GDAL as they are.)
    const QFileInfo info(source);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        if (error)
            *error = tr("%1: not a regular file").arg(source);
        return false;
    }
    CPLErrorReset();
    DatasetPtr dataset = gdal::openVector(source);
    if (!dataset) {
        QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        if (!info.exists())
            reason = tr("no such file");
        else if (reason.isEmpty())
            reason = tr("not a vector format GDAL knows");
        if (error)
            *error = tr("%1: cannot read boundaries: %2").arg(source, reason);
        return false;
    }
    OGRLayerH layer = options.layer.isEmpty()
                          ? GDALDatasetGetLayer(dataset.get(), 0)
                          : GDALDatasetGetLayerByName(dataset.get(), options.layer.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = options.layer.isEmpty() ? tr("%1: this file has no layer").arg(source)
                                             : tr("%1: no layer '%2' in this file").arg(source, options.layer);
        return false;
    }
    const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
    const QStringList names = fieldNames(layer);
    QString key;
    if (!options.keyColumn.isEmpty()) {
        key = firstOf(names, {options.keyColumn.toUtf8().constData()});
        if (key.isEmpty()) {
            if (error)
                *error = tr("%1: layer '%2' has no column '%3'; its columns: %4")
                             .arg(source, layerName, options.keyColumn, names.join(QStringLiteral(", ")));
            return false;
        }
    } else {
        key = firstOf(names, {"NUTS_ID"});
        if (key.isEmpty())
            key = detectKeyColumn(layer, names);
        if (key.isEmpty()) {
            if (error)
                *error = tr("%1: layer '%2' has no column of NUTS codes; name one as the key "
                            "column. Its columns: %3")
                             .arg(source, layerName, names.join(QStringLiteral(", ")));
            return false;
        }
    }
    const QString nameColumn = firstOf(names, {"NAME_LATN", "NUTS_NAME", "NAME_LATIN", "NAME", "NAME_ENGL"});
    const QString countryColumn = firstOf(names, {"CNTR_CODE", "CNTR_ID", "COUNTRY"});
    const QByteArray keyUtf8 = key.toUtf8(), nameUtf8 = nameColumn.toUtf8(),
                     countryUtf8 = countryColumn.toUtf8();
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
    bool anyPolygon = false;
    int coded = 0; // features with a code (of the level), with or without a geometry
    OGR_L_ResetReading(layer);
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        Region region;
        region.code = fieldString(feature.get(), keyUtf8.constData()).trimmed();
        if (region.code.isEmpty())
            continue;
        if (options.level >= 0 && region.code.size() != options.level + 2)
            continue;
        ++coded;
        if (!geometry)
            continue;
        region.name = nameColumn.isEmpty() ? region.code : fieldString(feature.get(), nameUtf8.constData());
        region.country = countryColumn.isEmpty() ? region.code.left(2)
                                                 : fieldString(feature.get(), countryUtf8.constData());
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
        anyPolygon = anyPolygon || !region.path.isEmpty();
        region.bounds = region.path.boundingRect();
        regions.append(std::move(region));
    }
    if (coded == 0) {
        if (error)
            *error = options.level >= 0
                         ? tr("%1: layer '%2' has no regions of NUTS level %3 in column %4")
                               .arg(source, layerName)
                               .arg(options.level)
                               .arg(key)
                         : tr("%1: layer '%2' has no features with a code in column %3")
                               .arg(source, layerName, key);
        return false;
    }
    // Points, lines or empty geometries would draw an empty map.
    if (!anyPolygon) {
        if (error)
            *error = tr("%1: layer '%2' has no polygons (its %n feature(s) have points, lines or "
                        "empty geometries); boundaries need polygons",
                        nullptr, coded)
                         .arg(source, layerName);
        return false;
    }
    adopt(std::move(regions), key);
    return true;
    });
}

void NutsLayer::adopt(QList<Region> regions, const QString &keyColumn)
{
    m_keyColumn = keyColumn;
    m_regions = std::move(regions);
    m_index.clear();
    m_index.reserve(m_regions.size());
    m_bounds = QRectF();
    for (int i = 0; i < m_regions.size(); ++i) {
        m_index.insert(m_regions[i].code, i);
        m_bounds = m_bounds.united(m_regions[i].bounds);
    }
    buildIndex();
}

namespace {

// A compiled layer: the key column, then per region its code, name, country, bounds,
// ring starts and points (EPSG:3035 metres), exactly the elements of its path.
constexpr quint32 kCompiledLayerFormat = 1;

QString compiledName(const QString &source, const NutsLayer::LoadOptions &options)
{
    const QString layer = options.layer.isEmpty() ? QFileInfo(source).completeBaseName() : options.layer;
    QString name = layer;
    if (!options.keyColumn.isEmpty())
        name += QStringLiteral("-key-") + options.keyColumn;
    if (options.level >= 0)
        name += QStringLiteral("-level-%1").arg(options.level);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    return name.replace(unsafe, QStringLiteral("_"));
}

QByteArray compile(const QList<Region> &regions, const QString &keyColumn)
{
    CompiledCache::Writer out;
    out.put<quint32>(kCompiledLayerFormat);
    out.putString(keyColumn);
    out.put<quint32>(quint32(regions.size()));
    std::vector<quint32> starts;
    std::vector<double> xy;
    for (const Region &region : regions) {
        out.putString(region.code);
        out.putString(region.name);
        out.putString(region.country);
        for (double v : {region.bounds.x(), region.bounds.y(), region.bounds.width(), region.bounds.height()})
            out.put<double>(v);
        const QPainterPath &path = region.path;
        starts.clear();
        xy.clear();
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            if (e.type == QPainterPath::MoveToElement)
                starts.push_back(quint32(i));
            xy.push_back(e.x);
            xy.push_back(e.y);
        }
        out.put<quint32>(quint32(path.elementCount()));
        out.put<quint32>(quint32(starts.size()));
        out.putRaw(starts.data(), qsizetype(starts.size() * sizeof(quint32)));
        out.putRaw(xy.data(), qsizetype(xy.size() * sizeof(double)));
    }
    return out.bytes();
}

// The regions of a compiled layer, or false when the bytes do not hold one.
bool decompile(QByteArrayView bytes, QList<Region> *regions, QString *keyColumn)
{
    CompiledCache::Reader in(bytes);
    if (in.get<quint32>() != kCompiledLayerFormat)
        return false;
    *keyColumn = in.getString();
    const quint32 count = in.get<quint32>();
    if (!in.ok() || count > quint32(bytes.size()))
        return false;
    const auto read = [](const char *at, size_t index, auto value) { // unaligned
        std::memcpy(&value, at + index * sizeof value, sizeof value);
        return value;
    };
    QList<Region> out;
    out.reserve(count);
    for (quint32 r = 0; r < count && in.ok(); ++r) {
        Region region;
        region.code = in.getString();
        region.name = in.getString();
        region.country = in.getString();
        const double x = in.get<double>(), y = in.get<double>(), w = in.get<double>(), h = in.get<double>();
        region.bounds = QRectF(x, y, w, h);
        const quint32 elements = in.get<quint32>(), rings = in.get<quint32>();
        const char *starts = in.getRaw(qsizetype(rings) * qsizetype(sizeof(quint32)));
        const char *points = in.getRaw(qsizetype(elements) * 2 * qsizetype(sizeof(double)));
        if (!starts || !points || (elements > 0 && (rings == 0 || read(starts, 0, quint32()) != 0)))
            return false;
        region.path.setFillRule(Qt::OddEvenFill);
        region.path.reserve(int(elements));
        quint32 ring = 0;
        for (quint32 i = 0; i < elements; ++i) {
            const double px = read(points, 2 * size_t(i), 0.0), py = read(points, 2 * size_t(i) + 1, 0.0);
            if (!std::isfinite(px) || !std::isfinite(py))
                return false;
            if (ring < rings && read(starts, ring, quint32()) == i) {
                region.path.moveTo(px, py);
                ++ring;
            } else {
                region.path.lineTo(px, py);
            }
        }
        if (ring != rings || region.path.elementCount() != int(elements))
            return false;
        out.append(std::move(region));
    }
    if (!in.atEnd() || out.isEmpty())
        return false;
    *regions = std::move(out);
    return true;
}

} // namespace

bool NutsLayer::loadCompiled(const QString &source, const LoadOptions &options, QString *error)
{
    const CompiledCache cache(source);
    const QString name = compiledName(source, options);
    if (const std::optional<CompiledCache::Entry> entry = cache.read(name)) {
        QList<Region> regions;
        QString keyColumn;
        if (decompile(entry->payload(), &regions, &keyColumn)) {
            adopt(std::move(regions), keyColumn);
            return true;
        }
    }
    if (!load(source, options, error))
        return false;
    cache.write(name, compile(m_regions, m_keyColumn)); // a cache that cannot be written only costs time
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
    m_drawing = std::make_shared<DrawingCache>();
}

QPainterPath NutsLayer::simplified(const QPainterPath &path, double tolerance)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    const double tol2 = tolerance * tolerance;
    std::vector<QPointF> ring;
    std::vector<char> keep;
    std::vector<std::pair<int, int>> stack;
    const auto distance2 = [](const QPointF &p, const QPointF &a, const QPointF &b) {
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
        return ex * ex + ey * ey;
    };
    const auto flush = [&] {
        const int n = int(ring.size());
        if (n < 3) {
            ring.clear();
            return;
        }
        // Anchors: the first point and the point farthest from it; ring[n] is ring[0].
        ring.push_back(ring.front());
        keep.assign(size_t(n) + 1, 0);
        int far = 1;
        double best = -1;
        for (int i = 1; i < n; ++i) {
            const double dx = ring[size_t(i)].x() - ring[0].x(), dy = ring[size_t(i)].y() - ring[0].y();
            if (dx * dx + dy * dy > best) {
                best = dx * dx + dy * dy;
                far = i;
            }
        }
        keep[0] = keep[size_t(far)] = keep[size_t(n)] = 1;
        stack.assign({{0, far}, {far, n}});
        while (!stack.empty()) {
            const auto [a, b] = stack.back();
            stack.pop_back();
            int split = -1;
            double worst = tol2;
            for (int i = a + 1; i < b; ++i) {
                const double d = distance2(ring[size_t(i)], ring[size_t(a)], ring[size_t(b)]);
                if (d > worst) {
                    worst = d;
                    split = i;
                }
            }
            if (split > 0) {
                keep[size_t(split)] = 1;
                stack.push_back({a, split});
                stack.push_back({split, b});
            }
        }
        int kept = 0;
        for (int i = 0; i < n; ++i)
            kept += keep[size_t(i)];
        if (kept < 3) { // a sliver below the tolerance: keep its widest third point
            int third = -1;
            double widest = -1;
            for (int i = 1; i < n; ++i) {
                if (i == far)
                    continue;
                const double d = distance2(ring[size_t(i)], ring[0], ring[size_t(far)]);
                if (d > widest) {
                    widest = d;
                    third = i;
                }
            }
            if (third > 0)
                keep[size_t(third)] = 1;
        }
        bool first = true;
        for (int i = 0; i < n; ++i) {
            if (!keep[size_t(i)])
                continue;
            if (first)
                out.moveTo(ring[size_t(i)]);
            else
                out.lineTo(ring[size_t(i)]);
            first = false;
        }
        out.closeSubpath();
        ring.clear();
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.type == QPainterPath::MoveToElement)
            flush();
        ring.emplace_back(e.x, e.y);
    }
    flush();
    return out;
}

QPointF NutsLayer::labelPoint(int region) const
{
    if (region < 0 || region >= m_regions.size())
        return {qQNaN(), qQNaN()};
    const std::lock_guard lock(m_drawing->mutex);
    std::vector<QPointF> &points = m_drawing->labelPoints;
    if (points.empty()) {
        points.reserve(size_t(m_regions.size()));
        for (const Region &r : m_regions) {
            // Coarse geometry (1/60 of the region's size) keeps the search cheap.
            const double size = std::max(r.bounds.width(), r.bounds.height());
            const QList<QPolygonF> rings = simplified(r.path, std::max(1.0, size / 60.0)).toSubpathPolygons();
            // The largest ring by area; its box is where the search runs.
            qsizetype main = 0;
            double largest = -1;
            for (qsizetype k = 0; k < rings.size(); ++k) {
                double area = 0;
                for (qsizetype j = 0; j + 1 < rings[k].size(); ++j)
                    area += rings[k][j].x() * rings[k][j + 1].y() - rings[k][j + 1].x() * rings[k][j].y();
                if (std::abs(area) > largest) {
                    largest = std::abs(area);
                    main = k;
                }
            }
            std::vector<QRectF> boxes;
            for (const QPolygonF &ring : rings)
                boxes.push_back(ring.boundingRect());
            // Distance to the nearest edge of any ring; negative outside the largest ring
            // or inside a hole (even-odd over all rings). A ring whose box misses the
            // point cannot contain it, and its edges matter only when its box is nearer
            // than the nearest edge so far.
            const auto crosses = [](const QPolygonF &ring, const QPointF &p) {
                bool odd = false;
                for (qsizetype j = 0, i = ring.size() - 1; j < ring.size(); i = j++) {
                    const QPointF a = ring[i], b = ring[j];
                    if ((a.y() > p.y()) != (b.y() > p.y()) &&
                        p.x() < a.x() + (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()))
                        odd = !odd;
                }
                return odd;
            };
            const auto depth = [&](const QPointF &p) {
                if (rings.isEmpty() || !boxes[size_t(main)].contains(p) || !crosses(rings[main], p))
                    return -1.0;
                for (qsizetype k = 0; k < rings.size(); ++k) // holes and rings inside the main one
                    if (k != main && boxes[size_t(k)].contains(p) && crosses(rings[k], p))
                        return -1.0;
                double best = qInf();
                for (qsizetype n = 0; n < rings.size(); ++n) {
                    const qsizetype k = n == 0 ? main : n == main ? 0 : n; // the largest first
                    const QRectF &bb = boxes[size_t(k)];
                    const double gx = std::max({bb.left() - p.x(), 0.0, p.x() - bb.right()});
                    const double gy = std::max({bb.top() - p.y(), 0.0, p.y() - bb.bottom()});
                    if (gx * gx + gy * gy >= best)
                        continue;
                    const QPolygonF &ring = rings[k];
                    for (qsizetype j = 0, i = ring.size() - 1; j < ring.size(); i = j++) {
                        const QPointF a = ring[i], b = ring[j];
                        const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
                        const double t = len2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0)
                                                  : 0.0;
                        const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
                        best = std::min(best, ex * ex + ey * ey);
                    }
                }
                return std::sqrt(best);
            };
            const QRectF box = rings.isEmpty() ? r.bounds : rings[main].boundingRect();
            QPointF bestPoint = box.center();
            double bestDepth = depth(bestPoint);
            // An 8×8 grid over the ring's box, then four finer 3×3 grids around the best.
            double stepX = box.width() / 8, stepY = box.height() / 8;
            QPointF centre = box.center();
            for (int round = 0; round < 5; ++round) {
                const double half = round == 0 ? 3.5 : 1.0;
                for (double ix = -half; ix <= half; ix += 1.0) {
                    for (double iy = -half; iy <= half; iy += 1.0) {
                        const QPointF p(centre.x() + ix * stepX, centre.y() + iy * stepY);
                        const double d = depth(p);
                        if (d > bestDepth) {
                            bestDepth = d;
                            bestPoint = p;
                        }
                    }
                }
                centre = bestPoint;
                stepX /= 2;
                stepY /= 2;
            }
            if (bestDepth < 0 && !rings.isEmpty() && !rings[main].isEmpty()) // a sliver the grid missed
                bestPoint = rings[main].first();
            points.push_back(bestPoint);
        }
    }
    return points[size_t(region)];
}

namespace {

// simplified() of every region, the regions split into runs of about equal vertex counts,
// one thread per core for large layers (the first frame of a figure waits for this).
std::shared_ptr<const QList<QPainterPath>> simplifiedInParallel(const QList<Region> &regions, double tolerance)
{
    auto built = std::make_shared<QList<QPainterPath>>(regions.size());
    qsizetype vertices = 0;
    for (const Region &region : regions)
        vertices += region.path.elementCount();
    const int threads = vertices < 20000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    QPainterPath *out = built->data(); // detached once, before the threads write to it
    const auto run = [&](qsizetype first, qsizetype end) {
        for (qsizetype i = first; i < end; ++i)
            out[i] = NutsLayer::simplified(regions[i].path, tolerance);
    };
    std::vector<qsizetype> starts = {0};
    qsizetype seen = 0;
    for (int k = 1; k < threads; ++k) {
        qsizetype end = starts.back();
        while (end < regions.size() && seen < vertices * k / threads)
            seen += regions[end++].path.elementCount();
        starts.push_back(end);
    }
    starts.push_back(regions.size());
    parallelFor(threads, [&](int k) { run(starts[size_t(k)], starts[size_t(k) + 1]); });
    return built;
}

} // namespace

std::shared_ptr<const QList<QPainterPath>> NutsLayer::drawingPaths(double metresPerPixel) const
{
    // The largest power of two not above half a pixel.
    const double tolerance = metresPerPixel / 2.0;
    if (!(tolerance >= kMinTolerance))
        return nullptr;
    const int level = int(std::floor(std::log2(tolerance)));
    const std::lock_guard lock(m_drawing->mutex);
    auto &paths = m_drawing->byLevel[level];
    if (!paths)
        paths = simplifiedInParallel(m_regions, std::ldexp(1.0, level));
    return paths;
}

QPointF NutsLayer::fromLonLat(const QPointF &lonLat)
{
    // ETRS89-LAEA (EPSG:3035): Lambert azimuthal equal-area on the GRS 1980 ellipsoid,
    // centre 52°N 10°E, false easting 4,321,000 m, false northing 3,210,000 m. The
    // formulas of IOGP Guidance Note 7-2 (method EPSG:9820), closed form, so drawing
    // needs no PROJ; NutsLayerTest holds them against PROJ to a millimetre.
    constexpr double a = 6378137.0, f = 1.0 / 298.257222101;
    constexpr double e2 = f * (2.0 - f);
    constexpr double degree = M_PI / 180.0;
    constexpr double lat0 = 52.0 * degree, lon0 = 10.0 * degree;
    constexpr double falseEasting = 4321000.0, falseNorthing = 3210000.0;
    static const double e = std::sqrt(e2);
    const auto q = [](double sinPhi) {
        return (1.0 - e2) * (sinPhi / (1.0 - e2 * sinPhi * sinPhi) -
                             1.0 / (2.0 * e) * std::log((1.0 - e * sinPhi) / (1.0 + e * sinPhi)));
    };
    static const double qp = q(1.0);
    static const double beta0 = std::asin(q(std::sin(lat0)) / qp);
    static const double rq = a * std::sqrt(qp / 2.0);
    static const double d = a * std::cos(lat0) / std::sqrt(1.0 - e2 * std::sin(lat0) * std::sin(lat0)) /
                            (rq * std::cos(beta0));
    const double lat = lonLat.y() * degree, dLon = lonLat.x() * degree - lon0;
    if (!std::isfinite(lat) || !std::isfinite(dLon) || std::abs(lat) > M_PI / 2)
        return {qQNaN(), qQNaN()};
    const double beta = std::asin(std::clamp(q(std::sin(lat)) / qp, -1.0, 1.0));
    const double denominator =
        1.0 + std::sin(beta0) * std::sin(beta) + std::cos(beta0) * std::cos(beta) * std::cos(dLon);
    if (denominator <= 0.0) // the antipode of the centre
        return {qQNaN(), qQNaN()};
    const double b = rq * std::sqrt(2.0 / denominator);
    return {falseEasting + b * d * std::cos(beta) * std::sin(dLon),
            falseNorthing + b / d *
                                (std::cos(beta0) * std::sin(beta) -
                                 std::sin(beta0) * std::cos(beta) * std::cos(dLon))};
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
