// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/MapRenderer.h"
#include "maps/SceneBuilder.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace cs;

namespace {
bool near(QRgb a, QColor b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}
} // namespace

class MapRendererTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;
    std::shared_ptr<NutsLayer> m_layer;

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        QVERIFY(m_data.isValid());
        m_layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(m_layer->loadFromCache({2013, 2, NutsLayer::Scale::M3}, &error), qPrintable(error));
    }

    // The pixel at a region's interior point has that region's class colour; a region
    // without data (Switzerland is not in the SBS extract) is drawn as no data.
    void interiorPixelHasClassColour_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Munich") << 11.5755 << 48.1372 << QStringLiteral("DE21");
        QTest::newRow("Madrid") << -3.7038 << 40.4168 << QStringLiteral("ES30");
        QTest::newRow("Warsaw") << 21.0122 << 52.2297 << QStringLiteral("PL12");
        QTest::newRow("Zurich (no data)") << 8.5417 << 47.3769 << QStringLiteral("CH04");
    }
    void interiorPixelHasClassColour()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, code);
        const MapScene scene = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                            Indicator::LocationQuotient, 2015});
        QImage image(1920, 1080, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            MapRenderer::render(painter, scene, QRectF(image.rect()), {true, false, false});
        }
        const int index = m_layer->indexOf(code);
        QVERIFY(index >= 0);
        const QPointF device = MapRenderer::mapToDevice(scene.effectiveExtent(), QRectF(image.rect()))
                                   .map(NutsLayer::fromLonLat({lon, lat}));
        const QRgb pixel = image.pixel(device.toPoint());
        const double value = scene.values[index];
        if (std::isnan(value)) {
            for (const QColor &c : scene.colours)
                QVERIFY(!near(pixel, c, 2));
            QVERIFY(near(pixel, noDataColour(), 40));
        } else {
            QVERIFY2(near(pixel, scene.colourOf(index)),
                     qPrintable(QStringLiteral("%1: pixel %2 vs class colour %3")
                                    .arg(code, QColor(pixel).name(), scene.colourOf(index).name())));
        }
    }

    // The inset boxes lie inside the frame, beside (not over) the main map, and the
    // Canary Islands are drawn in theirs with ES70's class colour.
    void insetsInsideFrame()
    {
        const QRectF target(0, 0, 1920, 1080);
        const MapRenderer::Layout layout = MapRenderer::layout(target, true);
        QCOMPARE(layout.insets.size(), MapRenderer::insets().size());
        QCOMPARE(layout.insets.size(), 8);
        for (const QRectF &box : layout.insets) {
            QVERIFY(target.contains(box));
            QVERIFY(!box.intersects(layout.main));
            QVERIFY(box.width() > 100 && box.height() > 80);
        }
        MapScene scene = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                      Indicator::LocationQuotient, 2015});
        scene.insets = true;
        QImage image(1920, 1080, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            MapRenderer::render(painter, scene, target, {true, false, false});
        }
        // Gran Canaria's centre (-15.6 E, 27.96 N) in the Canarias box; the box's map
        // area is inset by the label strip exactly as MapRenderer draws it (96 dpi: 1 pt = 4/3 px).
        const double pt = 96.0 / 72.0;
        const QRectF mapArea = layout.insets[0].adjusted(2 * pt, 9 * pt, -2 * pt, -2 * pt);
        const QPointF p = MapRenderer::mapToDevice(MapRenderer::insets()[0].extent, mapArea)
                              .map(NutsLayer::fromLonLat({-15.6, 27.96}));
        QVERIFY(layout.insets[0].contains(p));
        const int es70 = m_layer->indexOf(QStringLiteral("ES70"));
        QCOMPARE(QColor(image.pixel(p.toPoint())).name(), scene.colourOf(es70).name());
    }

    // Hand-computed quantile breaks and class membership.
    void quantileBreaks()
    {
        const Classification c =
            Classification::quantiles({1, 2, 3, 4, 5, 6, 7, 8, 9, qQNaN()}, 4);
        // Type 7 quantiles of 1..9 at 0.25, 0.5, 0.75: 3, 5, 7.
        QCOMPARE(c.breaks(), (QList<double>{1, 3, 5, 7, 9}));
        QCOMPARE(c.countNoData(), 1);
        QCOMPARE(c.classOf(1), 0);
        QCOMPARE(c.classOf(2.99), 0);
        QCOMPARE(c.classOf(3), 1);
        QCOMPARE(c.classOf(9), 3);
        QCOMPARE(c.classOf(qQNaN()), -1);
    }
};

QTEST_MAIN(MapRendererTest)
#include "MapRendererTest.moc"
