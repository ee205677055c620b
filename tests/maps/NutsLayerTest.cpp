// SPDX-License-Identifier: MIT
#include "maps/NutsLayer.h"

#include <QRandomGenerator>
#include <QTest>

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

    void missingSourceIsAClearError()
    {
        NutsLayer layer;
        QString error;
        QVERIFY(!layer.load(QStringLiteral("/nonexistent/nuts.gpkg"), QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/nuts.gpkg")));
        QVERIFY(!layer.loadFromCache({2013, 7, NutsLayer::Scale::M3}, &error));
        QVERIFY(error.contains(QStringLiteral("nuts_2013_03m_l7")));
    }
};

QTEST_GUILESS_MAIN(NutsLayerTest)
#include "NutsLayerTest.moc"
