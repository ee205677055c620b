// SPDX-License-Identifier: MIT
// Issue 18, "Maps that tell the truth at first sight": rendered pixels at known places.
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
    return std::abs(qRed(a) - b.red()) <= tolerance &&
           std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

MapRenderer::Options frameOnly()
{
    MapRenderer::Options options;
    options.legend = options.sourceNote = false;
    return options;
}

QImage render(const MapScene &scene, const QSize &size,
              const MapRenderer::Options &options = frameOnly())
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    MapRenderer::render(painter, scene, QRectF(image.rect()), options);
    return image;
}
} // namespace

class MapTruthTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_sbs, m_lfs;
    std::shared_ptr<NutsLayer> m_layer;

    // The pixels of `image` inside region `index` (by hit test), frame = whole image.
    QList<QRgb> pixelsOf(const MapScene &scene, const QImage &image, int index, int step = 2) const
    {
        const QTransform toMap =
            MapRenderer::mapToDevice(scene.effectiveExtent(), QRectF(image.rect())).inverted();
        QList<QRgb> out;
        for (int y = 0; y < image.height(); y += step)
            for (int x = 0; x < image.width(); x += step)
                if (m_layer->regionAt(toMap.map(QPointF(x + 0.5, y + 0.5))) == index)
                    out.append(image.pixel(x, y));
        return out;
    }

private slots:
    void initTestCase()
    {
        m_sbs = ClusterData::embedded(QStringLiteral("sbs"));
        m_lfs = ClusterData::embedded(QStringLiteral("lfs"));
        QVERIFY(m_sbs.isValid() && m_lfs.isValid());
        m_layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(m_layer->loadFromCache({2013, 2, NutsLayer::Scale::M3}, &error),
                 qPrintable(error));
    }

    // Item 5: the data decides. The LFS file has UK regions, so a UK region without a
    // value in 2008 (the data carries NUTS 2010 London codes that year) is hatched "No
    // data", whatever today's EU membership; Switzerland, of which the SBS extract has no
    // region, is background land.
    void missingDataIsDecidedByTheData()
    {
        MapScene lfs =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("F"), Indicator::LocationQuotient, 2008});
        int uk = -1;
        for (int i = 0; i < m_layer->regions().size(); ++i)
            if (m_layer->regions()[i].code.startsWith(QLatin1String("UK")) &&
                std::isnan(lfs.values[i]))
                uk = i;
        QVERIFY2(uk >= 0, "no UK region without a value in 2008");
        QVERIFY(!lfs.outside[uk]);
        QVERIFY(lfs.isMissing(uk));
        const QRectF b = m_layer->regions()[uk].bounds;
        lfs.extent =
            b.adjusted(-b.width() * 0.2, -b.height() * 0.2, b.width() * 0.2, b.height() * 0.2);
        const QImage image = render(lfs, QSize(400, 400));
        const QList<QRgb> pixels = pixelsOf(lfs, image, uk, 1);
        QVERIFY(pixels.size() > 200);
        int grey = 0, lines = 0;
        for (QRgb p : pixels) {
            grey += near(p, noDataColour(), 8);
            lines += near(p, QColor(0x8c, 0x8c, 0x8c), 24) && !near(p, noDataColour(), 8);
            for (const QColor &c : std::as_const(lfs.colours))
                QVERIFY(!near(p, c, 2) || near(p, noDataColour(), 8));
        }
        QVERIFY2(
            grey > pixels.size() / 3 && lines > pixels.size() / 20,
            qPrintable(
                QStringLiteral("%1 grey, %2 hatch of %3").arg(grey).arg(lines).arg(pixels.size())));

        MapScene sbs = buildScene(m_sbs, m_layer,
                                  {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        const int zurich = m_layer->indexOf(QStringLiteral("CH04"));
        QVERIFY(sbs.outside[zurich] && !sbs.isMissing(zurich));
        const QRectF z = m_layer->regions()[zurich].bounds;
        sbs.extent =
            z.adjusted(-z.width() * 0.2, -z.height() * 0.2, z.width() * 0.2, z.height() * 0.2);
        const QImage swiss = render(sbs, QSize(400, 400));
        int background = 0;
        const QList<QRgb> swissPixels = pixelsOf(sbs, swiss, zurich);
        for (QRgb p : swissPixels)
            background += near(p, outsideColour(), 2);
        QVERIFY(background > swissPixels.size() * 9 / 10);
    }

    // Item 6: the frame fits the data (no empty Russia and Turkey); the outermost regions
    // are left to the insets.
    void frameFitsTheData()
    {
        const MapScene scene = buildScene(
            m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        const QRectF europe = MapScene::europeExtent();
        QVERIFY(!scene.dataExtent.isEmpty());
        QCOMPARE(scene.effectiveExtent(), scene.dataExtent);
        QVERIFY(scene.dataExtent.width() < europe.width() * 0.9);
        QVERIFY(scene.dataExtent.right() < europe.right() - 600000.0); // Cyprus is the eastmost
        QVERIFY(!scene.dataExtent.contains(NutsLayer::fromLonLat({44.8, 41.7}))); // Tbilisi
        QVERIFY(scene.dataExtent.contains(
            m_layer->regions()[m_layer->indexOf(QStringLiteral("DE21"))].bounds));
        QVERIFY(!scene.dataExtent.contains(NutsLayer::fromLonLat({-15.6, 27.96}))); // Gran Canaria
        // A figure's main frame takes the data's shape; the legend goes beside it.
        MapRenderer::Options fitted;
        fitted.fitFrame = true;
        const MapRenderer::Layout layout =
            MapRenderer::layout(QRectF(0, 0, 1920, 1080), scene, fitted);
        QVERIFY(layout.main.width() < 1500);
        QVERIFY(layout.strip.width() > 200);
    }

    // Item 6: the legend sits where it covers (almost) no region of the data.
    void legendCoversNoLand()
    {
        const MapScene scene = buildScene(
            m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        QImage device(1280, 800, QImage::Format_RGB32);
        const QRectF frame(device.rect());
        const QRectF box = MapRenderer::legendRect(scene, frame, &device);
        QVERIFY(frame.contains(box));
        const QTransform toMap =
            MapRenderer::mapToDevice(scene.effectiveExtent(), frame).inverted();
        int onData = 0, samples = 0;
        for (double y = box.top(); y < box.bottom(); y += 4)
            for (double x = box.left(); x < box.right(); x += 4) {
                const int r = m_layer->regionAt(toMap.map(QPointF(x, y)));
                onData += r >= 0 && !scene.outside[r];
                ++samples;
            }
        QVERIFY2(onData < samples / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(onData).arg(samples)));
    }

    // Item 4: names only on regions with data, a light halo around dark text, none in
    // the insets unless asked for.
    void labelsOnDataWithHalo()
    {
        Symbology symbology = Symbology::defaultFor(Indicator::LocationQuotient);
        symbology.labels = MapScene::Labels::Names;
        MapScene scene =
            buildScene(m_sbs, m_layer,
                       {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015}, symbology);
        const QSize size(1920, 1080);
        QImage device(size, QImage::Format_RGB32);
        const MapRenderer::Overlays placed =
            MapRenderer::overlays(scene, scene.effectiveExtent(), QRectF(device.rect()), &device);
        QVERIFY(placed.labels.size() > 50);
        for (const MapRenderer::Label &label : placed.labels)
            QVERIFY2(scene.hasValue(label.region), qPrintable(label.text));
        // A region without a value keeps its name off: every one of them is left out.
        int unlabelled = 0;
        for (int i = 0; i < scene.values.size(); ++i)
            unlabelled += !scene.hasValue(i);
        QVERIFY(unlabelled > 0);

        const QImage image = render(scene, size);
        // The label of a dark region: white halo pixels and dark text pixels in its box.
        bool checked = false;
        for (const MapRenderer::Label &label : placed.labels) {
            const QColor fill = scene.colourOf(label.region);
            if (fill.lightness() > 90)
                continue;
            int halo = 0, text = 0;
            const QRect box = label.box.toAlignedRect().intersected(image.rect());
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x) {
                    halo += near(image.pixel(x, y), Qt::white, 30);
                    text += near(image.pixel(x, y), QColor(0x1a, 0x1a, 0x1a), 30);
                }
            QVERIFY2(halo > 5 && text > 5, qPrintable(label.text));
            checked = true;
            break;
        }
        QVERIFY(checked);

        // Insets: the same pixels with and without labels, unless asked for.
        scene.insets = true;
        const MapRenderer::Layout layout = MapRenderer::layout(QRectF(QPoint(0, 0), size), true);
        const QRect canarias = layout.insets[0].toAlignedRect().adjusted(1, 1, -1, -1);
        MapScene plain = scene;
        plain.labels = MapScene::Labels::None;
        const QImage with = render(scene, size), without = render(plain, size);
        QCOMPARE(with.copy(canarias), without.copy(canarias));
        scene.insetLabels = true;
        QVERIFY(render(scene, size).copy(canarias) != without.copy(canarias));
    }

    // Item 4: star rows never overlap; more stars win; a smaller frame shows fewer.
    void starsThinnedWithoutOverlap()
    {
        Symbology symbology = Symbology::defaultFor(Indicator::Stars);
        symbology.starSymbols = 1;
        const MapScene scene = buildScene(
            m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::Stars, 2015}, symbology);
        QImage device(10, 10, QImage::Format_RGB32);
        int candidates = 0;
        for (int s : scene.stars)
            candidates += s >= 1;
        const auto placedIn = [&](const QSize &size) {
            const MapRenderer::Overlays o = MapRenderer::overlays(
                scene, scene.effectiveExtent(), QRectF(QPointF(0, 0), QSizeF(size)), &device);
            for (int a = 0; a < o.stars.size(); ++a)
                for (int b = a + 1; b < o.stars.size(); ++b)
                    if (o.stars[a].box.intersects(o.stars[b].box))
                        return -1;
            return int(o.stars.size());
        };
        const int large = placedIn(QSize(3000, 2000)), small = placedIn(QSize(800, 500));
        QVERIFY2(large > 0 && small > 0, "overlapping star rows");
        QVERIFY(small < large);
        QVERIFY(large <= candidates);
        const MapRenderer::Overlays o =
            MapRenderer::overlays(scene, scene.effectiveExtent(), QRectF(0, 0, 800, 500), &device);
        int threes = 0, placedThrees = 0;
        for (int s : scene.stars)
            threes += s == 3;
        for (const MapRenderer::StarRow &row : o.stars)
            placedThrees += row.count == 3;
        QVERIFY(placedThrees > 0);
        QVERIFY(placedThrees >= std::min(threes, int(o.stars.size())) / 2);
    }

    // Item 7: selection and partner marks are drawn by MapRenderer, each with a legend
    // entry (the legend grows by their rows).
    void marksAreRenderedWithLegendRows()
    {
        MapScene scene = buildScene(m_sbs, m_layer,
                                    {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        scene.extent = MapScene::europeExtent();
        QImage device(1280, 800, QImage::Format_RGB32);
        const QRectF frame(device.rect());
        const QRectF before = MapRenderer::legendRect(scene, frame, &device);
        const QImage plain = render(scene, device.size());
        const int de21 = m_layer->indexOf(QStringLiteral("DE21")),
                  fr10 = m_layer->indexOf(QStringLiteral("FR10"));
        scene.selection = {de21};
        scene.marked = {fr10};
        const QRectF after = MapRenderer::legendRect(scene, frame, &device);
        QVERIFY(after.height() > before.height() + 20);
        const QImage marked = render(scene, device.size());
        const QTransform toDevice = MapRenderer::mapToDevice(scene.effectiveExtent(), frame);
        for (int region : {de21, fr10}) {
            const QRect r = toDevice.mapRect(m_layer->regions()[region].bounds)
                                .toAlignedRect()
                                .adjusted(-3, -3, 3, 3);
            int dark = 0, darkBefore = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    dark += near(marked.pixel(x, y), QColor(0x1f, 0x1f, 0x1f), 40);
                    darkBefore += near(plain.pixel(x, y), QColor(0x1f, 0x1f, 0x1f), 40);
                }
            QVERIFY2(dark > darkBefore + 20, qPrintable(m_layer->regions()[region].code));
        }
    }

    // Item 1: employment defaults to circles of area proportional to the value over a
    // neutral base; the choropleth stays available.
    void employmentAsCircles()
    {
        MapScene scene =
            buildScene(m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::Employment, 2015});
        QCOMPARE(scene.symbol, MapScene::Symbol::Circles);
        QVERIFY(scene.circleMax > 0);
        int largest = -1;
        for (int i = 0; i < scene.values.size(); ++i)
            if (std::isfinite(scene.values[i]) &&
                (largest < 0 || scene.values[i] > scene.values[largest]))
                largest = i;
        QCOMPARE(scene.colourOf(largest), MapScene::circleBaseColour());
        const QRectF frame(0, 0, 1280, 800);
        const double r = MapRenderer::circleRadius(scene, scene.values[largest], frame);
        QVERIFY(r > 10);
        // Area ∝ value: a quarter of the value, half the radius.
        QVERIFY(std::abs(MapRenderer::circleRadius(scene, scene.values[largest] / 4, frame) -
                         r / 2) < 0.01);
        const QImage image = render(scene, frame.size().toSize());
        const QPointF centre = MapRenderer::mapToDevice(scene.effectiveExtent(), frame)
                                   .map(m_layer->labelPoint(largest));
        const QRgb p = image.pixel(centre.toPoint());
        QVERIFY2(qRed(p) > 180 && qBlue(p) < 120, qPrintable(QColor(p).name())); // orange circle
        Symbology choropleth = Symbology::defaultFor(Indicator::Employment);
        choropleth.symbol = MapScene::Symbol::Choropleth;
        const MapScene classes = buildScene(
            m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::Employment, 2015}, choropleth);
        QCOMPARE(classes.symbol, MapScene::Symbol::Choropleth);
        QVERIFY(classes.colourOf(largest) != MapScene::circleBaseColour());
    }
};

QTEST_MAIN(MapTruthTest)
#include "MapTruthTest.moc"
