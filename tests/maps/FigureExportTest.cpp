// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/FigureExport.h"
#include "maps/MapRenderer.h"
#include "maps/SceneBuilder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace cs;

namespace {
QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class FigureExportTest : public QObject
{
    Q_OBJECT
private:
    MapScene m_scene;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
        m_scene = buildScene(data, layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        QVERIFY(m_dir.isValid());
    }

    void pngHasExactPixelSize()
    {
        FigureOptions options;
        options.usePage = true; // A4 landscape at 150 dpi: 297 × 210 mm → 1754 × 1240 px
        options.dpi = 150;
        const QString path = m_dir.filePath(QStringLiteral("a4.png"));
        QString error;
        QVERIFY2(FigureExport::write(m_scene, options, path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1754, 1240));
        // Opaque 8-bit RGB with the resolution recorded (pHYs), white in the margins.
        QVERIFY(!image.hasAlphaChannel());
        QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
        QCOMPARE(image.pixel(5, 5), qRgb(255, 255, 255));

        options.usePage = false;
        options.pixelSize = QSize(800, 600);
        QVERIFY(FigureExport::write(m_scene, options, path, &error));
        QCOMPARE(QImage(path).size(), QSize(800, 600));
    }

    // PDF: text is text (title, legend limits, source line), fonts embedded, and a
    // region's interior pixel has its class colour once rasterised.
    void pdfIsVectorWithText()
    {
        FigureOptions options;
        options.format = FigureOptions::Format::Pdf;
        options.usePage = true;
        options.dpi = 300;
        options.title = QStringLiteral("Machinery test figure");
        const QString path = m_dir.filePath(QStringLiteral("figure.pdf"));
        QString error;
        QVERIFY2(FigureExport::write(m_scene, options, path, &error), qPrintable(error));
        // NFKC folds the ligatures (ﬁ) that text extraction may return.
        const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(options.title), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Source: Eurostat")));
        QVERIFY(text.contains(QStringLiteral("© EuroGeographics for the administrative boundaries")));
        QVERIFY(text.contains(m_scene.classLabel(0)));
        QVERIFY(text.contains(QStringLiteral("No data")));
        const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row)); // emb column

        // Rasterise at 72 dpi: the page is then 842 × 595 px; Munich (DE21) keeps its colour.
        const QString prefix = m_dir.filePath(QStringLiteral("raster"));
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                             QStringLiteral("72"), QStringLiteral("-singlefile"),
                                             path, prefix});
        const QImage raster(prefix + QStringLiteral(".png"));
        QCOMPARE(raster.size(), QSize(842, 595));
        // Recompute where the map frame is, as FigureExport::paint lays it out at 72 dpi.
        QImage probe(raster.size(), QImage::Format_RGB32);
        probe.setDotsPerMeterX(qRound(72 / 0.0254));
        probe.setDotsPerMeterY(qRound(72 / 0.0254));
        QPainter painter(&probe);
        FigureOptions at72 = options;
        at72.dpi = 72;
        FigureExport::paint(painter, m_scene, QRectF(probe.rect()), at72);
        painter.end();
        const int de21 = m_scene.layer->indexOf(QStringLiteral("DE21"));
        const QColor expected = m_scene.colourOf(de21);
        // Find the reference pixel of DE21's colour in our own paint, compare with poppler's.
        int matches = 0, checked = 0;
        for (int y = 0; y < probe.height(); y += 3)
            for (int x = 0; x < probe.width(); x += 3)
                if (probe.pixel(x, y) == expected.rgb()) {
                    ++checked;
                    const QColor got(raster.pixel(x, y));
                    if (std::abs(got.red() - expected.red()) < 8 &&
                        std::abs(got.green() - expected.green()) < 8 &&
                        std::abs(got.blue() - expected.blue()) < 8)
                        ++matches;
                }
        QVERIFY(checked > 100);
        QVERIFY2(matches > checked * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(matches).arg(checked)));
    }

    void svgParsesWithLegendText()
    {
        FigureOptions options;
        options.format = FigureOptions::Format::Svg;
        const QString path = m_dir.filePath(QStringLiteral("figure.svg"));
        QString error;
        QVERIFY2(FigureExport::write(m_scene, options, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.contains(QStringLiteral("No data")));
        QVERIFY(texts.contains(m_scene.classLabel(1)));
    }

    // Issue 18, item 6: an SVG for drawing programs. One <path id="DE11"> with the region's
    // name as <title>; a group per layer with the map's layers clipped to the map frame
    // (land never over the title band); drawn alike to the PNG (QSvgRenderer).
    void svgHasLayersIdsAndClips()
    {
        FigureOptions options;
        options.format = FigureOptions::Format::Svg;
        options.pixelSize = QSize(1200, 800);
        MapScene scene = m_scene;
        scene.labels = MapScene::Labels::Names;
        scene.stars = QList<int>(scene.values.size(), 3);
        scene.starSymbols = 3;
        const QString path = m_dir.filePath(QStringLiteral("layers.svg"));
        QString error;
        QVERIFY2(FigureExport::write(scene, options, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList groups, de11Titles, haloTexts;
        QHash<QString, QRectF> clips;
        QString clipOfRegions, pendingClip;
        int de11 = 0, regionPaths = 0, depthInRegions = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto a = xml.attributes();
                if (depthInRegions > 0)
                    ++depthInRegions;
                if (xml.name() == QLatin1String("g")) {
                    groups.append(a.value(QLatin1String("id")).toString());
                    if (groups.last() == QLatin1String("regions")) {
                        clipOfRegions = a.value(QLatin1String("clip-path")).toString();
                        depthInRegions = 1;
                    }
                } else if (xml.name() == QLatin1String("text") && a.hasAttribute(QLatin1String("stroke"))) {
                    haloTexts.append(xml.readElementText()); // labels: editable text with a halo
                } else if (xml.name() == QLatin1String("clipPath")) {
                    pendingClip = a.value(QLatin1String("id")).toString();
                } else if (xml.name() == QLatin1String("rect") && !pendingClip.isEmpty()) {
                    clips.insert(pendingClip, QRectF(a.value(QLatin1String("x")).toDouble(),
                                                     a.value(QLatin1String("y")).toDouble(),
                                                     a.value(QLatin1String("width")).toDouble(),
                                                     a.value(QLatin1String("height")).toDouble()));
                    pendingClip.clear();
                } else if (xml.name() == QLatin1String("path") && depthInRegions > 0) {
                    if (a.hasAttribute(QLatin1String("id")))
                        ++regionPaths;
                    if (a.value(QLatin1String("id")) == QLatin1String("DE11")) {
                        ++de11;
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
                            de11Titles.append(xml.readElementText());
                    }
                }
            } else if (xml.isEndElement() && depthInRegions > 0) {
                --depthInRegions;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(de11, 1);
        QCOMPARE(de11Titles, QStringList{QStringLiteral("Stuttgart")});
        QVERIFY(regionPaths > 250);
        QVERIFY2(haloTexts.size() > 20, qPrintable(QString::number(haloTexts.size())));
        QVERIFY(haloTexts.contains(QStringLiteral("Andalucía")));
        for (const char *layer :
             {"regions", "borders", "labels", "symbols", "legend", "insets", "title", "source"})
            QVERIFY2(groups.contains(QLatin1String(layer)), layer);
        // The regions are clipped to the map frame, which starts below the title band.
        QVERIFY(clipOfRegions.startsWith(QLatin1String("url(#")));
        const QRectF clip = clips.value(clipOfRegions.mid(5).chopped(1));
        QVERIFY(!clip.isEmpty());
        QVERIFY2(clip.top() > 20, qPrintable(QString::number(clip.top())));
        QVERIFY2(clip.right() < 1200 && clip.bottom() <= 800.01,
                 qPrintable(QStringLiteral("%1 %2").arg(clip.right()).arg(clip.bottom())));

        // Drawn as the PNG draws it: Munich's pixel has DE21's class colour.
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QImage image(options.pixelSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderer.render(&painter);
        }
        FigureOptions png = options;
        png.format = FigureOptions::Format::Png;
        const QString pngPath = m_dir.filePath(QStringLiteral("layers.png"));
        QVERIFY2(FigureExport::write(scene, png, pngPath, &error), qPrintable(error));
        const QImage reference(pngPath);
        QCOMPARE(reference.size(), image.size());
        int same = 0, checked = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7, ++checked) {
                const QRgb a = image.pixel(x, y), b = reference.pixel(x, y);
                same += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                            std::abs(qBlue(a) - qBlue(b)) <
                        40;
            }
        QVERIFY2(same > checked * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(same).arg(checked)));
    }

    // A failed export keeps the file that was there (saves are atomic).
    // The north arrow changes pixels only inside its own box, in the main map's top
    // right corner, and only when asked for.
    void northArrowInItsBox()
    {
        FigureOptions options;
        options.pixelSize = QSize(1200, 800);
        options.insets = false;
        auto render = [&](bool arrow) {
            QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            options.northArrow = arrow;
            QPainter painter(&image);
            FigureExport::paint(painter, m_scene, QRectF(image.rect()), options);
            return image;
        };
        const QImage without = render(false);
        const QImage with = render(true);
        const double pt = without.logicalDpiY() / 72.0;
        // paint() puts the title band above the map; the arrow sits below it, inside
        // the right edge of the frame.
        const QRectF box = FigureExport::northArrowRect(QRectF(without.rect()), pt);
        int changed = 0, outside = 0, dark = 0;
        for (int y = 0; y < with.height(); ++y) {
            for (int x = 0; x < with.width(); ++x) {
                if (with.pixel(x, y) == without.pixel(x, y))
                    continue;
                ++changed;
                if (x < box.left() - 2 || x > box.right() + 2)
                    ++outside;
                if (qGray(with.pixel(x, y)) < 60)
                    ++dark;
            }
        }
        QVERIFY2(changed > 100, qPrintable(QString::number(changed)));
        QCOMPARE(outside, 0);
        QVERIFY(dark > 50); // the black half of the arrow and the "N"
    }

    // Page margins stay white.
    void marginsStayWhite()
    {
        FigureOptions options;
        options.usePage = true;
        options.dpi = 100; // A4 landscape: 1169 × 827 px; 25 mm = 98 px
        auto firstInkColumn = [&](double mm) {
            options.marginMm = mm;
            QImage image(options.outputPixels(), QImage::Format_ARGB32_Premultiplied);
            image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
            image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                FigureExport::paint(painter, m_scene, QRectF(image.rect()), options);
            }
            for (int x = 0; x < image.width(); ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (image.pixel(x, y) != qRgb(255, 255, 255))
                        return x;
            return -1;
        };
        const int wide = firstInkColumn(25.0);
        const int narrow = firstInkColumn(5.0);
        QVERIFY2(wide >= 98, qPrintable(QString::number(wide)));
        QVERIFY2(narrow >= 19 && narrow < 98, qPrintable(QString::number(narrow)));
    }

    void failedExportKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.png"));
        FigureOptions options;
        options.pixelSize = QSize(400, 300);
        QString error;
        QVERIFY(FigureExport::write(m_scene, options, path, &error));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        options.pixelSize = QSize(400, 40000);
        QVERIFY(!FigureExport::write(m_scene, options, path, &error));
        QVERIFY(error.contains(path));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep*")}, QDir::Files).size(), 1);
    }

    void unwritableDirectory()
    {
        const QString path = QStringLiteral("/nonexistent-dir/figure.pdf");
        QString error;
        FigureOptions options;
        options.format = FigureOptions::Format::Pdf;
        QVERIFY(!FigureExport::write(m_scene, options, path, &error));
        QVERIFY(error.contains(path));
    }
};

QTEST_MAIN(FigureExportTest)
#include "FigureExportTest.moc"
