// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/MapRenderer.h"
#include "maps/SceneBuilder.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cs;

namespace {
// The regions, symbols and labels of a frame, without legend, source note or marks.
MapRenderer::Options regionsOnly()
{
    MapRenderer::Options options;
    options.marks = options.legend = options.sourceNote = false;
    return options;
}

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

    // The pixel at a region's interior point has that region's class colour; a region of
    // a country the data has no region of (Ireland is not in the SBS extract) is
    // background land.
    void interiorPixelHasClassColour_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Munich") << 11.5755 << 48.1372 << QStringLiteral("DE21");
        QTest::newRow("Madrid") << -3.7038 << 40.4168 << QStringLiteral("ES30");
        QTest::newRow("Warsaw") << 21.0122 << 52.2297 << QStringLiteral("PL12");
        QTest::newRow("Kildare (no data)") << -6.75 << 53.2 << QStringLiteral("IE02");
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
            MapRenderer::render(painter, scene, QRectF(image.rect()), regionsOnly());
        }
        const int index = m_layer->indexOf(code);
        QVERIFY(index >= 0);
        const QPointF device = MapRenderer::mapToDevice(scene.effectiveExtent(), QRectF(image.rect()))
                                   .map(NutsLayer::fromLonLat({lon, lat}));
        const QRgb pixel = image.pixel(device.toPoint());
        const double value = scene.values[index];
        if (std::isnan(value) && scene.outside[index]) {
            // A country the data has no region of: background land, not "no data".
            QVERIFY(near(pixel, outsideColour(), 2));
        } else if (std::isnan(value)) {
            for (const QColor &c : scene.colours)
                QVERIFY(!near(pixel, c, 2));
            QVERIFY2(near(pixel, noDataColour(), 40), qPrintable(QColor(pixel).name()));
        } else {
            QVERIFY2(near(pixel, scene.colourOf(index)),
                     qPrintable(QStringLiteral("%1: pixel %2 vs class colour %3")
                                    .arg(code, QColor(pixel).name(), scene.colourOf(index).name())));
        }
    }

    // The land around the regions (Belarus, Morocco) and a region of a country the data
    // has no region of (Zurich) are background grey, not hatched; the sea stays sea; a
    // region of the data's countries without a value is marked missing. Both the first
    // frame and its recoloured repeat.
    void landAroundAndOutsideTheEu()
    {
        MapScene scene = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                      Indicator::LocationQuotient, 2015});
        scene.extent = MapScene::europeExtent(); // Rabat lies outside the data's frame
        QVERIFY2(scene.basemap && scene.basemap->size() > 100, "no basemap: run scripts/setup.sh");
        const int zurich = m_layer->indexOf(QStringLiteral("CH04"));
        QVERIFY(zurich >= 0 && std::isnan(scene.values[zurich]));
        QVERIFY(scene.outside[zurich] && !scene.isMissing(zurich));
        int missingInEu = 0;
        for (int i = 0; i < scene.values.size(); ++i)
            if (std::isnan(scene.values[i]) && !scene.outside[i]) {
                QVERIFY(scene.isMissing(i));
                QCOMPARE(scene.colourOf(i), noDataColour());
                ++missingInEu;
            }
        QVERIFY(missingInEu > 0);
        for (int pass = 0; pass < 2; ++pass) {
            QImage image(1600, 1000, QImage::Format_RGB32);
            {
                QPainter painter(&image);
                MapRenderer::render(painter, scene, QRectF(image.rect()), regionsOnly());
            }
            const QTransform toDevice = MapRenderer::mapToDevice(scene.effectiveExtent(), QRectF(image.rect()));
            const auto at = [&](double lon, double lat) {
                return image.pixel(toDevice.map(NutsLayer::fromLonLat({lon, lat})).toPoint());
            };
            QVERIFY2(near(at(27.5667, 53.9), outsideColour(), 2), "Minsk"); // Belarus
            QVERIFY2(near(at(-6.8498, 33.9716), outsideColour(), 2), "Rabat"); // Morocco
            QVERIFY2(near(at(8.5417, 47.3769), outsideColour(), 2), "Zurich");
            QVERIFY2(near(at(-8.0, 45.5), QColor(0xe6, 0xf0, 0xf8), 2), "Bay of Biscay");
        }
    }

    // Level of detail: Europe on a screen gets the 1:10 million boundaries, on an A4 page
    // at 300 dpi or zoomed in the 1:3 million ones; the switch sits at 2 km per pixel.
    void detailFollowsMetresPerPixel()
    {
        const QRectF europe = MapScene::europeExtent(); // 4,950 km × 4,000 km
        QCOMPARE(MapRenderer::detailFor(europe, QSizeF(1920, 1080)), NutsLayer::Scale::M10);
        QCOMPARE(MapRenderer::detailFor(europe, QSizeF(3508, 2480)), NutsLayer::Scale::M3);
        QCOMPARE(MapRenderer::detailFor(QRectF(4000000, 2500000, 500000, 300000), QSizeF(800, 600)),
                 NutsLayer::Scale::M3);
        QCOMPARE(MapRenderer::detailFor(QRectF(0, 0, 2000000, 1000), QSizeF(1000, 1000)), NutsLayer::Scale::M10);
        QCOMPARE(MapRenderer::detailFor(QRectF(0, 0, 1999000, 1000), QSizeF(1000, 1000)), NutsLayer::Scale::M3);
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
            MapRenderer::render(painter, scene, target, regionsOnly());
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

    // Labels never overlap each other or a star row and stay inside the frame; big
    // regions get theirs; star rows sit at label points of regions with enough stars,
    // and the pixel at a star's centre is the star's colour, not the class colour.
    void labelsAndStarSymbols()
    {
        Symbology symbology = Symbology::defaultFor(Indicator::LocationQuotient);
        symbology.labels = MapScene::Labels::Codes;
        symbology.starSymbols = 2;
        const MapScene scene = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                            Indicator::LocationQuotient, 2015},
                                          symbology);
        QCOMPARE(scene.stars.size(), m_layer->regions().size());
        const QRectF frame(0, 0, 1920, 1080);
        QImage image(1920, 1080, QImage::Format_RGB32);
        const MapRenderer::Overlays placed =
            MapRenderer::overlays(scene, scene.effectiveExtent(), frame, &image);
        QVERIFY(placed.labels.size() > 100);
        QVERIFY(!placed.stars.isEmpty());
        QList<QRectF> boxes;
        for (const MapRenderer::StarRow &row : placed.stars) {
            QVERIFY(scene.stars[row.region] >= 2);
            QCOMPARE(row.count, scene.stars[row.region]);
            boxes.append(row.box);
        }
        for (const MapRenderer::Label &label : placed.labels) {
            QVERIFY(frame.contains(label.box));
            QCOMPARE(label.text, m_layer->regions()[label.region].code);
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!label.box.intersects(other), qPrintable(label.text));
            boxes.append(label.box);
        }
        const auto labelled = [&](const QString &code) {
            return std::any_of(placed.labels.begin(), placed.labels.end(),
                               [&](const MapRenderer::Label &l) { return l.text == code; });
        };
        QVERIFY(labelled(QStringLiteral("SE33"))); // Övre Norrland, the largest
        QVERIFY(labelled(QStringLiteral("ES41")));

        {
            QPainter painter(&image);
            MapRenderer::render(painter, scene, frame, regionsOnly());
        }
        const MapRenderer::StarRow &row = placed.stars.first();
        const QPointF firstStar(row.box.left() + row.box.width() / row.count / 2, row.box.center().y());
        QVERIFY2(near(image.pixel(firstStar.toPoint()), QColor(0x1a, 0x1a, 0x1a), 30),
                 qPrintable(QColor(image.pixel(firstStar.toPoint())).name()));
        // Without symbols and labels, nothing is placed.
        const MapScene plain = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                            Indicator::LocationQuotient, 2015});
        const MapRenderer::Overlays none = MapRenderer::overlays(plain, plain.effectiveExtent(), frame, &image);
        QVERIFY(none.labels.isEmpty() && none.stars.isEmpty());
    }

    // The second frame with the same geometry comes from the rasterised regions
    // (RegionRaster) and looks like the first, drawn region by region: the same
    // colours, hatching and outlines, to within antialiasing rounding.
    void recolouredFrameMatchesDirectDrawing()
    {
        MapScene scene = buildScene(m_data, m_layer, {2, QStringLiteral("C28"),
                                                      Indicator::LocationQuotient, 2015});
        const auto frame = [&] {
            QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            MapRenderer::render(painter, scene, QRectF(image.rect()), regionsOnly());
            return image;
        };
        scene.extent = QRectF(2600000.0, 1500000.0, 4100000.0, 3300000.0); // a frame of its own
        const QImage direct = frame();
        const QImage cached = frame();
        QCOMPARE(cached.size(), direct.size());
        int different = 0;
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x)
                different += !near(cached.pixel(x, y), QColor(direct.pixel(x, y)), 24);
        QVERIFY2(different < direct.width() * direct.height() / 200, qPrintable(QString::number(different)));
        // New colours on the same geometry: the region's interior pixel follows them.
        scene.colours = QList<QColor>(scene.colours.size(), QColor(0x12, 0x34, 0x56));
        const QImage recoloured = frame();
        const QPointF munich = MapRenderer::mapToDevice(scene.effectiveExtent(), QRectF(direct.rect()))
                                   .map(NutsLayer::fromLonLat({11.5755, 48.1372}));
        QCOMPARE(QColor(recoloured.pixel(munich.toPoint())).name(), QStringLiteral("#123456"));
    }

    // A one-off frame (figures: reuseRaster off) is painted in bands, one thread each,
    // and its insets simplify only the regions they show; a frame drawn in one pass on
    // another raster device (a pixmap), from the layer's cached drawing paths, looks the
    // same: at most antialiasing rounding where outlines cross a band edge.
    void bandsAndInsetsMatchOnePass()
    {
        auto layer = std::make_shared<NutsLayer>(); // no drawing paths cached yet
        QString error;
        QVERIFY2(layer->loadFromCache({2013, 2, NutsLayer::Scale::M3}, &error), qPrintable(error));
        MapScene scene = buildScene(m_data, layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        scene.insets = true;
        scene.highlighted = layer->indexOf(QStringLiteral("DE21"));
        const QSize size(1500, 900); // a frame size no other test caches (RegionRaster)
        QImage banded(size, QImage::Format_RGB32);
        {
            QPainter painter(&banded);
            MapRenderer::Options options;
            options.reuseRaster = false;
            MapRenderer::render(painter, scene, QRectF(banded.rect()), options);
        }
        QPixmap pixmap(size);
        {
            QPainter painter(&pixmap);
            MapRenderer::render(painter, scene, QRectF(pixmap.rect())); // first frame: direct
        }
        const QImage onePass = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onePass.size(), banded.size());
        int different = 0, far = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                different += banded.pixel(x, y) != onePass.pixel(x, y);
                far += !near(banded.pixel(x, y), QColor(onePass.pixel(x, y)), 24);
            }
        QVERIFY2(far == 0, qPrintable(QString::number(far)));
        QVERIFY2(different < size.width() / 2, qPrintable(QString::number(different)));
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
