// SPDX-License-Identifier: MIT
#include "maps/NutsLayer.h"

#include <QRandomGenerator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <tuple>

using namespace cs;

class NutsLayerTest : public QObject
{
    Q_OBJECT
private slots:
    // Feature counts of the GISCO NUTS files (EU + EFTA + candidate countries).
    void featureCount_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("coarse");
        QTest::addColumn<int>("count");
        QTest::newRow("2013 L2 1:3M") << 2013 << 2 << false << 320;
        QTest::newRow("2013 L2 1:10M") << 2013 << 2 << true << 320;
        QTest::newRow("2013 L0 1:3M") << 2013 << 0 << false << 35;
        QTest::newRow("2021 L3 1:3M") << 2021 << 3 << false << 1514;
    }
    void featureCount()
    {
        QFETCH(int, version);
        QFETCH(int, level);
        QFETCH(bool, coarse);
        QFETCH(int, count);
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({version, level, coarse ? NutsLayer::Scale::M10
                                                              : NutsLayer::Scale::M3},
                                     &error),
                 qPrintable(error));
        QCOMPARE(layer.regions().size(), count);
        for (const Region &r : layer.regions())
            QCOMPARE(r.code.size(), level + 2);
    }

    // Known cities fall in their regions once projected to EPSG:3035.
    void pointInRegion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Munich") << 2013 << 11.5755 << 48.1372 << QStringLiteral("DE21");
        QTest::newRow("Lyon 2013") << 2013 << 4.8357 << 45.7640 << QStringLiteral("FR71"); // Rhône-Alpes
        QTest::newRow("Lyon 2021") << 2021 << 4.8357 << 45.7640 << QStringLiteral("FRK2"); // Auvergne-Rhône-Alpes
        QTest::newRow("Munich 2021") << 2021 << 11.5755 << 48.1372 << QStringLiteral("DE21");
        QTest::newRow("Milan") << 2013 << 9.19 << 45.4642 << QStringLiteral("ITC4");
        QTest::newRow("Paris") << 2013 << 2.3522 << 48.8566 << QStringLiteral("FR10");
        QTest::newRow("Kiruna") << 2013 << 20.2253 << 67.8558 << QStringLiteral("SE33");
    }
    void pointInRegion()
    {
        QFETCH(int, version);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, code);
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({version, 2, NutsLayer::Scale::M3}, &error), qPrintable(error));
        const QPointF p = NutsLayer::fromLonLat({lon, lat});
        // EPSG:3035 is centred on 10°E 52°N with false easting 4321 km, northing 3210 km.
        QVERIFY(p.x() > 2.0e6 && p.x() < 7.5e6 && p.y() > 1.0e6 && p.y() < 5.5e6);
        const int index = layer.regionAt(p);
        QVERIFY(index >= 0);
        QCOMPARE(layer.regions()[index].code, code);
    }

    // Level 3 (2021): cities in their NUTS 3 region, found through the spatial index.
    void pointInRegionLevel3_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Munich") << 11.5755 << 48.1372 << QStringLiteral("DE212"); // München, Kreisfreie Stadt
        QTest::newRow("Paris") << 2.3522 << 48.8566 << QStringLiteral("FR101");
        QTest::newRow("Vienna") << 16.3738 << 48.2082 << QStringLiteral("AT130");
        QTest::newRow("Open sea") << -20.0 << 45.0 << QString();
    }
    void pointInRegionLevel3()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, code);
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({2021, 3, NutsLayer::Scale::M3}, &error), qPrintable(error));
        const int index = layer.regionAt(NutsLayer::fromLonLat({lon, lat}));
        if (code.isEmpty()) {
            QCOMPARE(index, -1);
        } else {
            QVERIFY(index >= 0);
            QCOMPARE(layer.regions()[index].code, code);
        }
    }

    // The indexed regionAt() answers exactly like a scan of every region's bounds and
    // path, for random points over the whole layer and over continental Europe.
    void regionAtMatchesBruteForce_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("coarse");
        QTest::newRow("2021 L3 1:3M") << 2021 << 3 << false;
        QTest::newRow("2021 L0 1:3M") << 2021 << 0 << false; // many islands per region
        QTest::newRow("2016 L2 1:10M") << 2016 << 2 << true;
    }
    void regionAtMatchesBruteForce()
    {
        QFETCH(int, version);
        QFETCH(int, level);
        QFETCH(bool, coarse);
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({version, level, coarse ? NutsLayer::Scale::M10
                                                              : NutsLayer::Scale::M3},
                                     &error),
                 qPrintable(error));
        const auto bruteForce = [&](const QPointF &p) {
            for (int i = 0; i < layer.regions().size(); ++i) {
                const Region &r = layer.regions()[i];
                if (r.bounds.contains(p) && r.path.contains(p))
                    return i;
            }
            return -1;
        };
        QRandomGenerator rng(20210103);
        const QRectF europe(2450000.0, 1350000.0, 4950000.0, 4000000.0);
        int hits = 0;
        for (const QRectF &area : {layer.bounds(), europe}) {
            for (int k = 0; k < 2000; ++k) {
                const QPointF p(area.left() + rng.generateDouble() * area.width(),
                                area.top() + rng.generateDouble() * area.height());
                const int expected = bruteForce(p);
                QCOMPARE(layer.regionAt(p), expected);
                hits += expected >= 0;
            }
        }
        QVERIFY2(hits > 500, qPrintable(QString::number(hits))); // not only sea
        // Vertices of the paths: on a border, both answers must still agree.
        for (int i = 0; i < layer.regions().size(); i += 7) {
            const QPainterPath &path = layer.regions()[i].path;
            const QPainterPath::Element e = path.elementAt(path.elementCount() / 2);
            QCOMPARE(layer.regionAt(QPointF(e.x, e.y)), bruteForce(QPointF(e.x, e.y)));
        }
    }

    // Simplified drawing paths keep every ring, stay within the tolerance of the
    // original outline, keep cities inside their regions, and are built once per level.
    void simplifiedPathsForDrawing()
    {
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({2021, 3, NutsLayer::Scale::M3}, &error), qPrintable(error));
        QVERIFY(!layer.drawingPaths(NutsLayer::kMinTolerance)); // zoomed in: full geometry
        const double metresPerPixel = 3700.0; // Europe in 1920×1080
        const auto paths = layer.drawingPaths(metresPerPixel);
        QVERIFY(paths);
        QCOMPARE(paths.get(), layer.drawingPaths(metresPerPixel * 1.1).get()); // same level
        QCOMPARE(paths->size(), layer.regions().size());
        const double tolerance = 1024.0; // largest power of two below half a pixel
        qsizetype before = 0, after = 0;
        for (int i = 0; i < layer.regions().size(); ++i) {
            const QPainterPath &full = layer.regions()[i].path;
            const QPainterPath &simple = (*paths)[i];
            const auto rings = [](const QPainterPath &p) {
                int n = 0;
                for (int k = 0; k < p.elementCount(); ++k)
                    n += p.elementAt(k).type == QPainterPath::MoveToElement;
                return n;
            };
            QCOMPARE(rings(simple), rings(full));
            QVERIFY(simple.elementCount() <= full.elementCount() + rings(full));
            const QRectF a = full.boundingRect(), b = simple.boundingRect();
            QVERIFY2(std::abs(a.left() - b.left()) <= tolerance && std::abs(a.right() - b.right()) <= tolerance &&
                         std::abs(a.top() - b.top()) <= tolerance && std::abs(a.bottom() - b.bottom()) <= tolerance,
                     qPrintable(layer.regions()[i].code));
            before += full.elementCount();
            after += simple.elementCount();
        }
        QVERIFY2(after * 10 < before * 6, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        for (const auto &[lon, lat, code] : {std::tuple{11.5755, 48.1372, "DE212"}, std::tuple{4.8357, 45.7640, "FRK26"},
                                             std::tuple{-3.7038, 40.4168, "ES300"}}) {
            const int index = layer.indexOf(QString::fromLatin1(code));
            QVERIFY(index >= 0);
            QVERIFY2((*paths)[index].contains(NutsLayer::fromLonLat({lon, lat})), code);
        }
        // A square of 10 km with a wiggle of 100 m keeps its corners only.
        QPainterPath square;
        square.moveTo(0, 0);
        square.lineTo(5000, 100);
        square.lineTo(10000, 0);
        square.lineTo(10000, 10000);
        square.lineTo(0, 10000);
        square.closeSubpath();
        const QPainterPath s = NutsLayer::simplified(square, 500);
        QCOMPARE(s.elementCount(), 5); // four corners and the closing point
        QCOMPARE(s.boundingRect(), QRectF(0, 0, 10000, 10000));
    }

    // Any OGR source: the key column is found by its content when it is not NUTS_ID,
    // a file mixing levels is filtered to one, and a missing key is a clear error.
    void keyColumnDetection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regions.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto square = [](double lon, double lat) {
            return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
                .arg(lon).arg(lat).arg(lon + 1).arg(lat + 1);
        };
        QString features;
        const QList<std::tuple<QString, QString, double, double>> rows = {
            {QStringLiteral("DE"), QStringLiteral("Deutschland"), 10, 50},
            {QStringLiteral("DE2"), QStringLiteral("Bayern"), 11, 48},
            {QStringLiteral("DE21"), QStringLiteral("Oberbayern"), 11.2, 48.1},
            {QStringLiteral("DE22"), QStringLiteral("Niederbayern"), 12.5, 48.6},
            {QStringLiteral("AT13"), QStringLiteral("Wien"), 16.2, 48.1}};
        for (const auto &[code, name, lon, lat] : rows)
            features += QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"pop\":1,\"geo\":\"%2\",\"NUTS_NAME\":\"%3\"},\"geometry\":%4}")
                            .arg(features.isEmpty() ? QString() : QStringLiteral(","), code, name, square(lon, lat));
        file.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}").arg(features).toUtf8());
        file.close();

        NutsLayer layer;
        QString error;
        QVERIFY2(layer.load(path, NutsLayer::LoadOptions{}, &error), qPrintable(error));
        QCOMPARE(layer.keyColumn(), QStringLiteral("geo"));
        QCOMPARE(layer.regions().size(), 5);
        QCOMPARE(layer.regions()[layer.indexOf(QStringLiteral("DE21"))].name, QStringLiteral("Oberbayern"));
        QCOMPARE(layer.regions()[layer.indexOf(QStringLiteral("AT13"))].country, QStringLiteral("AT"));

        NutsLayer::LoadOptions level2;
        level2.level = 2;
        QVERIFY2(layer.load(path, level2, &error), qPrintable(error));
        QCOMPARE(layer.regions().size(), 3);
        QCOMPARE(layer.regionAt(NutsLayer::fromLonLat({16.5, 48.5})), layer.indexOf(QStringLiteral("AT13")));

        NutsLayer::LoadOptions byName;
        byName.keyColumn = QStringLiteral("GEO"); // names match without case
        QVERIFY2(layer.load(path, byName, &error), qPrintable(error));
        QCOMPARE(layer.keyColumn(), QStringLiteral("geo"));
        byName.keyColumn = QStringLiteral("nuts");
        QVERIFY(!layer.load(path, byName, &error));
        QVERIFY2(error.contains(QStringLiteral("'nuts'")) && error.contains(QStringLiteral("geo")), qPrintable(error));
        NutsLayer::LoadOptions population;
        population.keyColumn = QStringLiteral("pop"); // numbers are no codes
        QVERIFY2(layer.load(path, population, &error), qPrintable(error)); // the user's choice is kept
        QCOMPARE(layer.keyColumn(), QStringLiteral("pop"));
    }

    // Label points lie inside their regions, on the largest part (the mainland, not an
    // island), and Oberbayern's lies near its middle.
    void labelPointsInsideRegions()
    {
        NutsLayer layer;
        QString error;
        QVERIFY2(layer.loadFromCache({2021, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
        for (int i = 0; i < layer.regions().size(); ++i) {
            const QPointF p = layer.labelPoint(i);
            QVERIFY2(layer.regions()[i].path.contains(p), qPrintable(layer.regions()[i].code));
            QPolygonF largest;
            double largestArea = -1;
            for (const QPolygonF &ring : layer.regions()[i].path.toSubpathPolygons()) {
                double area = 0;
                for (qsizetype k = 0; k + 1 < ring.size(); ++k)
                    area += ring[k].x() * ring[k + 1].y() - ring[k + 1].x() * ring[k].y();
                if (std::abs(area) > largestArea) {
                    largestArea = std::abs(area);
                    largest = ring;
                }
            }
            QVERIFY2(largest.containsPoint(p, Qt::OddEvenFill), qPrintable(layer.regions()[i].code));
        }
        const QPointF munich = NutsLayer::fromLonLat({11.5755, 48.1372});
        const QPointF de21 = layer.labelPoint(layer.indexOf(QStringLiteral("DE21")));
        QVERIFY(QLineF(munich, de21).length() < 60000.0);
        QVERIFY(std::isnan(layer.labelPoint(-1).x()));
    }

    void emptyLayerHasNoRegionAt()
    {
        const NutsLayer layer;
        QCOMPARE(layer.regionAt(QPointF(4321000.0, 3210000.0)), -1);
    }

    void projectionOrigin()
    {
        const QPointF origin = NutsLayer::fromLonLat({10.0, 52.0});
        QVERIFY(std::abs(origin.x() - 4321000.0) < 0.01);
        QVERIFY(std::abs(origin.y() - 3210000.0) < 0.01);
    }

    // The closed-form projection agrees with PROJ from the Azores to Cyprus, from
    // Réunion to the North Cape, to a millimetre.
    void projectionMatchesProj()
    {
        OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr), laea = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs84, 4326);
        OSRImportFromEPSG(laea, 3035);
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(laea, OAMS_TRADITIONAL_GIS_ORDER);
        OGRCoordinateTransformationH transform = OCTNewCoordinateTransformation(wgs84, laea);
        QVERIFY(transform);
        double worst = 0.0;
        int points = 0;
        for (double lon = -32.0; lon <= 56.0; lon += 2.75) {
            for (double lat = -22.0; lat <= 72.0; lat += 2.5) {
                double x = lon, y = lat;
                QVERIFY(OCTTransform(transform, 1, &x, &y, nullptr));
                const QPointF p = NutsLayer::fromLonLat({lon, lat});
                worst = std::max({worst, std::abs(p.x() - x), std::abs(p.y() - y)});
                ++points;
            }
        }
        OCTDestroyCoordinateTransformation(transform);
        OSRDestroySpatialReference(wgs84);
        OSRDestroySpatialReference(laea);
        QVERIFY(points > 1000);
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
        QVERIFY(std::isnan(NutsLayer::fromLonLat({0.0, 95.0}).x()));
    }

    // The compiled copy of a cache layer holds exactly the regions GDAL reads, and a
    // stale, damaged or unwritable copy costs time, never a wrong or missing map.
    void compiledCopyMatchesGdal()
    {
        QTemporaryDir dir;
        const QString compiled = dir.filePath(QStringLiteral("compiled"));
        qputenv("CLUSTERSCOPE_COMPILED_CACHE", QFile::encodeName(compiled));
        const NutsLayer::Key key{2021, 3, NutsLayer::Scale::M10};
        const QString entry = QDir(compiled).filePath(NutsLayer::cacheLayerName(key) + QStringLiteral(".bin"));
        NutsLayer viaGdal, first, second;
        QString error;
        QVERIFY2(viaGdal.load(NutsLayer::defaultCachePath(), NutsLayer::cacheLayerName(key), &error), qPrintable(error));
        QVERIFY(!QFile::exists(entry));
        QVERIFY2(first.loadFromCache(key, &error), qPrintable(error));
        QVERIFY(QFile::exists(entry));
        QVERIFY2(second.loadFromCache(key, &error), qPrintable(error)); // from the entry
        const auto same = [](const NutsLayer &a, const NutsLayer &b) {
            if (a.regions().size() != b.regions().size() || a.bounds() != b.bounds())
                return false;
            for (int i = 0; i < a.regions().size(); ++i) {
                const Region &r = a.regions()[i], &s = b.regions()[i];
                if (r.code != s.code || r.name != s.name || r.country != s.country || r.bounds != s.bounds ||
                    r.path.elementCount() != s.path.elementCount() || r.path.fillRule() != s.path.fillRule())
                    return false;
                for (int e = 0; e < r.path.elementCount(); ++e) {
                    const QPainterPath::Element x = r.path.elementAt(e), y = s.path.elementAt(e);
                    if (x.type != y.type || x.x != y.x || x.y != y.y)
                        return false;
                }
            }
            return true;
        };
        QCOMPARE(viaGdal.regions().size(), 1514);
        QVERIFY(same(viaGdal, first));
        QVERIFY(same(viaGdal, second));
        const QPointF munich = NutsLayer::fromLonLat({11.5755, 48.1372});
        QCOMPARE(second.regionAt(munich), second.indexOf(QStringLiteral("DE212")));

        // Truncated: read again through GDAL, and the entry is whole again.
        const qint64 size = QFileInfo(entry).size();
        QVERIFY(QFile::resize(entry, size / 2));
        NutsLayer afterTruncation;
        QVERIFY2(afterTruncation.loadFromCache(key, &error), qPrintable(error));
        QVERIFY(same(viaGdal, afterTruncation));
        QCOMPARE(QFileInfo(entry).size(), size);
        // Foreign bytes of the right size.
        {
            QFile file(entry);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(size / 3);
            file.write(QByteArray(4096, '\xff'));
        }
        NutsLayer afterDamage;
        QVERIFY2(afterDamage.loadFromCache(key, &error), qPrintable(error));
        QVERIFY(same(viaGdal, afterDamage));

        // A cache that cannot be written: the layer still loads.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("CLUSTERSCOPE_COMPILED_CACHE", QFile::encodeName(dir.filePath(QStringLiteral("file/sub"))));
        NutsLayer unwritable;
        QVERIFY2(unwritable.loadFromCache(key, &error), qPrintable(error));
        QVERIFY(same(viaGdal, unwritable));
        qunsetenv("CLUSTERSCOPE_COMPILED_CACHE");
    }

    // A source file changed after its entry was written: the entry is stale.
    void compiledCopyFollowsItsSource()
    {
        QTemporaryDir dir;
        const QString world = QFileInfo(NutsLayer::defaultCachePath()).dir().filePath(QStringLiteral("world-110m-0.9.1.gpkg"));
        if (!QFile::exists(world))
            QSKIP("no world-110m cache; run scripts/setup.sh");
        const QString copy = dir.filePath(QStringLiteral("world.gpkg"));
        QVERIFY(QFile::copy(world, copy));
        const NutsLayer::LoadOptions options{QStringLiteral("countries"), QStringLiteral("iso_a2"), -1};
        NutsLayer a, b;
        QString error;
        QVERIFY2(a.loadCompiled(copy, options, &error), qPrintable(error));
        const QString entry = dir.filePath(QStringLiteral("world.gpkg.compiled/countries-key-iso_a2.bin"));
        QVERIFY(QFile::exists(entry));
        const int countries = int(a.regions().size());
        QVERIFY(countries > 150);
        // Replace the source by its own first-level subset written with GDAL: fewer
        // features, so only a re-read can give the new count.
        QFile::remove(copy);
        GDALAllRegister();
        GDALDatasetH source = GDALOpenEx(QFile::encodeName(world).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(source);
        const char *argv[] = {"-where", "iso_a2 LIKE 'F%'", "countries", nullptr};
        GDALVectorTranslateOptions *vt = GDALVectorTranslateOptionsNew(const_cast<char **>(argv), nullptr);
        GDALDatasetH out = GDALVectorTranslate(QFile::encodeName(copy).constData(), nullptr, 1, &source, vt, nullptr);
        GDALVectorTranslateOptionsFree(vt);
        QVERIFY(out);
        GDALClose(out);
        GDALClose(source);
        QVERIFY2(b.loadCompiled(copy, options, &error), qPrintable(error));
        QVERIFY(b.regions().size() > 0);
        QVERIFY(b.regions().size() < countries);
        for (const Region &r : b.regions())
            QVERIFY(r.code.startsWith(QLatin1Char('F')));
    }

    void missingSourceIsAClearError()
    {
        NutsLayer layer;
        QString error;
        QVERIFY(!layer.load(QStringLiteral("/nonexistent/nuts.gpkg"), QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/nuts.gpkg")));
        QVERIFY(!layer.loadFromCache({2013, 7, NutsLayer::Scale::M3}, &error));
        QVERIFY(error.contains(QStringLiteral("nuts_2013_03m_l7")));
    }

    // Issue 17: a layer without polygons is refused with its name, and a file GDAL cannot
    // read is reported under the name the user gave, without the set-up advice meant for
    // the app's own cache. Good boundaries of the same form still load.
    void layersWithoutPolygonsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("geometries");
        QTest::addColumn<QString>("expected");
        QTest::newRow("points and lines")
            << QByteArray("{\"type\":\"Point\",\"coordinates\":[16.5,47.5]}|"
                          "{\"type\":\"LineString\",\"coordinates\":[[15,48],[16,48.5]]}")
            << QStringLiteral(": layer 'b' has no polygons (its 2 feature(s) have points, lines or "
                              "empty geometries); boundaries need polygons");
        QTest::newRow("empty geometries")
            << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[]}|null")
            << QStringLiteral(": layer 'b' has no polygons (its 2 feature(s) have points, lines or "
                              "empty geometries); boundaries need polygons");
        QTest::newRow("polygons")
            << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[[[16,47],[17,47],[17,48],[16,47]]]}|"
                          "{\"type\":\"Point\",\"coordinates\":[16.5,47.5]}")
            << QString();
    }
    void layersWithoutPolygonsAreRefused()
    {
        QFETCH(QByteArray, geometries);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.geojson"));
        QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
        const QList<QByteArray> list = geometries.split('|');
        for (qsizetype i = 0; i < list.size(); ++i)
            json += (i ? "," : "") + QByteArray("{\"type\":\"Feature\",\"properties\":{\"NUTS_ID\":\"AT1") +
                    QByteArray::number(i + 1) + "\"},\"geometry\":" + list[i] + "}";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json + "]}");
        file.close();
        NutsLayer layer;
        QString error;
        QCOMPARE(layer.load(path, QString(), &error), expected.isEmpty());
        if (expected.isEmpty())
            QCOMPARE(layer.regions().size(), 2);
        else
            QCOMPARE(error, path + expected);
    }
    void unreadableBoundariesNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a map\n");
        file.close();
        NutsLayer layer;
        QString error;
        QVERIFY(!layer.load(path, QString(), &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot read boundaries: ")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("setup.sh")) && !error.contains(QStringLiteral("()")),
                 qPrintable(error));
        QVERIFY(!layer.load(dir.filePath(QStringLiteral("missing.gpkg")), QString(), &error));
        QCOMPARE(error, dir.filePath(QStringLiteral("missing.gpkg")) + QStringLiteral(": cannot read boundaries: no such file"));
    }
};

QTEST_GUILESS_MAIN(NutsLayerTest)
#include "NutsLayerTest.moc"
