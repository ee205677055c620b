// SPDX-License-Identifier: MIT
#include "maps/GeoPackageExport.h"
#include "maps/QgisProject.h"
#include "maps/SceneBuilder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gdal.h>
#include <ogr_api.h>

using namespace cs;

namespace {

// What a reader of the project needs: the layer's source, provider and style.
struct Parsed
{
    QString treeSource, datasource, provider, projectCrs, layerCrs, abstract;
    QStringList filters;
    QList<QStringList> symbolColours; // per <symbol>, the colour of each of its layers
    QRectF canvas;
};

Parsed parse(const QString &path, QString *error)
{
    Parsed p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return p;
    }
    QXmlStreamReader xml(&file);
    QStringList stack;
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString parent = stack.value(stack.size() - 1);
        const QXmlStreamAttributes a = xml.attributes();
        stack.append(name);
        const QString where = stack.join(QLatin1Char('/'));
        if (name == QLatin1String("layer-tree-layer")) {
            p.treeSource = a.value(QLatin1String("source")).toString();
        } else if (name == QLatin1String("symbol")) {
            p.symbolColours.append(QStringList());
        } else if (name == QLatin1String("rule")) {
            p.filters.append(a.value(QLatin1String("filter")).toString());
        } else if (name == QLatin1String("Option") && a.value(QLatin1String("name")) == QLatin1String("color") &&
                   !p.symbolColours.isEmpty()) {
            p.symbolColours.last().append(a.value(QLatin1String("value")).toString());
        } else if (where == QLatin1String("qgis/projectlayers/maplayer/datasource")) {
            p.datasource = xml.readElementText();
            stack.removeLast();
        } else if (where == QLatin1String("qgis/projectlayers/maplayer/provider")) {
            p.provider = xml.readElementText();
            stack.removeLast();
        } else if (where == QLatin1String("qgis/projectlayers/maplayer/resourceMetadata/abstract")) {
            p.abstract = xml.readElementText();
            stack.removeLast();
        } else if (where == QLatin1String("qgis/projectCrs/spatialrefsys/authid")) {
            p.projectCrs = xml.readElementText();
            stack.removeLast();
        } else if (where == QLatin1String("qgis/projectlayers/maplayer/srs/spatialrefsys/authid")) {
            p.layerCrs = xml.readElementText();
            stack.removeLast();
        } else if (parent == QLatin1String("extent") && stack.value(stack.size() - 3) == QLatin1String("mapcanvas")) {
            const double v = xml.readElementText().toDouble();
            stack.removeLast();
            (name == QLatin1String("xmin") ? xmin : name == QLatin1String("ymin") ? ymin
                                                    : name == QLatin1String("xmax") ? xmax
                                                                                    : ymax) = v;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
    p.canvas = QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
    return p;
}

QString rgba(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,255").arg(c.red()).arg(c.green()).arg(c.blue());
}

} // namespace

class QgisProjectTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GDALAllRegister(); }

    // A project in one folder, its GeoPackage in a sibling folder: the data source is
    // relative ("../data/…"), resolves to the written GeoPackage, whose layer has the
    // field the rules filter on; the rules are the legend's classes plus no data, in
    // the legend's colours; project and layer in EPSG:3035; canvas on Europe.
    void projectOpensTheGeoPackage_data()
    {
        QTest::addColumn<QString>("projectFolder");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("same folder") << QStringLiteral("data") << QStringLiteral("./c28.gpkg");
        QTest::newRow("sibling folder") << QStringLiteral("project") << QStringLiteral("../data/c28.gpkg");
    }
    void projectOpensTheGeoPackage()
    {
        QFETCH(QString, projectFolder);
        QFETCH(QString, prefix);
        const ClusterData data = ClusterData::embeddedDefault();
        const NutsLayer::Key key{2013, 2, NutsLayer::Scale::M10};
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache(key, &error), qPrintable(error));
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        const MapScene scene = buildScene(data, layer, query);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")) && QDir(dir.path()).mkpath(projectFolder));
        const QString gpkg = dir.filePath(QStringLiteral("data/c28.gpkg"));
        const QString project = dir.filePath(projectFolder + QStringLiteral("/c28.qgs"));
        QVERIFY2(GeoPackageExport::write({&data, query, key, QString(), QString(), QString(), &scene}, gpkg, &error), qPrintable(error));
        const QString layerName = GeoPackageExport::layerName(query.category);
        QCOMPARE(layerName, QStringLiteral("clusterscope_c28"));
        QVERIFY2(QgisProject::write({gpkg, layerName, &scene}, project, &error), qPrintable(error));

        const Parsed p = parse(project, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.datasource, prefix + QStringLiteral("|layername=clusterscope_c28"));
        QCOMPARE(p.treeSource, p.datasource);
        QCOMPARE(p.provider, QStringLiteral("ogr"));
        QCOMPARE(p.projectCrs, QStringLiteral("EPSG:3035"));
        QCOMPARE(p.layerCrs, QStringLiteral("EPSG:3035"));
        QCOMPARE(p.canvas, MapScene::europeExtent());
        QVERIFY2(p.abstract.contains(QStringLiteral("Source: Eurostat")) &&
                     p.abstract.contains(QStringLiteral("© EuroGeographics for the administrative boundaries")),
                 qPrintable(p.abstract));

        // The source resolves, relative to the project file, to the GeoPackage written.
        const QString relative = p.datasource.section(QLatin1Char('|'), 0, 0);
        const QString resolved = QDir::cleanPath(QFileInfo(project).absoluteDir().filePath(relative));
        QCOMPARE(resolved, QFileInfo(gpkg).absoluteFilePath());
        const QByteArray name = p.datasource.section(QStringLiteral("|layername="), 1).toUtf8();
        GDALDatasetH ds = GDALOpenEx(QFile::encodeName(resolved).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH regions = GDALDatasetGetLayerByName(ds, name.constData());
        QVERIFY(regions);
        QCOMPARE(OGR_L_GetFeatureCount(regions, TRUE), GIntBig(320));
        // Every rule filters on a field of that layer.
        const QRegularExpression field(QStringLiteral("\"(\\w+)\""));
        QCOMPARE(p.filters.size(), scene.classification.classCount() + 1);
        for (const QString &filter : p.filters) {
            const auto m = field.match(filter);
            QVERIFY2(m.hasMatch(), qPrintable(filter));
            QVERIFY2(OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(regions), m.captured(1).toUtf8().constData()) >= 0,
                     qPrintable(filter));
        }
        GDALClose(ds);

        // One symbol per legend class in its colour, then no data (fill and hatching).
        const int classes = scene.classification.classCount();
        QCOMPARE(classes, 6); // LQ's default: log-symmetric around 1, limits 0.5 … 2
        QCOMPARE(p.symbolColours.size(), classes + 1);
        for (int k = 0; k < classes; ++k)
            QCOMPARE(p.symbolColours[k], QStringList{rgba(scene.colours.value(k))});
        QCOMPARE(p.symbolColours[classes].value(0), rgba(noDataColour()));
        QCOMPARE(QDir(dir.filePath(projectFolder)).entryList(QDir::Files | QDir::Hidden).size(),
                 projectFolder == QLatin1String("data") ? 2 : 1);
    }

    // Same renderer as the style embedded in the GeoPackage.
    void rendererIsTheEmbeddedStyle()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
        const MapScene scene =
            buildScene(data, layer, {2, QStringLiteral("C10"), Indicator::LocationQuotient, 2015});
        const QString qml = GeoPackageExport::qml(scene);
        const QString renderer = GeoPackageExport::renderer(scene);
        QVERIFY(renderer.startsWith(QLatin1String("<renderer-v2 ")));
        QVERIFY(qml.contains(renderer));
        const QString document = QgisProject::document({QStringLiteral("/tmp/x.gpkg"), QStringLiteral("l"), &scene},
                                                       QStringLiteral("/tmp/x.qgs"));
        QXmlStreamReader a(document), b(renderer);
        while (!a.atEnd() && !(a.readNext() == QXmlStreamReader::StartElement && a.name() == QLatin1String("renderer-v2"))) {
        }
        QVERIFY(!a.atEnd());
        b.readNextStartElement();
        // Element by element, the project's renderer equals the embedded one.
        int elements = 0;
        while (!b.atEnd()) {
            const auto tb = b.readNext();
            if (tb == QXmlStreamReader::Characters && b.isWhitespace())
                continue;
            auto ta = a.readNext();
            while (ta == QXmlStreamReader::Characters && a.isWhitespace())
                ta = a.readNext();
            QCOMPARE(ta, tb);
            if (tb == QXmlStreamReader::StartElement) {
                ++elements;
                QCOMPARE(a.name(), b.name());
                QCOMPARE(a.attributes(), b.attributes());
            }
            if (tb == QXmlStreamReader::EndElement && b.name() == QLatin1String("renderer-v2"))
                break;
        }
        QVERIFY(elements > 20);
    }

    void unwritablePathIsAClearError()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
        const MapScene scene = buildScene(data, layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        const QString path = QStringLiteral("/nonexistent-dir/c28.qgs");
        QVERIFY(!QgisProject::write({QStringLiteral("/nonexistent-dir/c28.gpkg"), QStringLiteral("clusterscope_c28"), &scene},
                                    path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        // A folder in place of the file: nothing written, the folder untouched.
        QTemporaryDir dir;
        const QString taken = dir.filePath(QStringLiteral("c28.qgs"));
        QVERIFY(QDir().mkdir(taken));
        error.clear();
        QVERIFY(!QgisProject::write({dir.filePath(QStringLiteral("c28.gpkg")), QStringLiteral("clusterscope_c28"), &scene},
                                    taken, &error));
        QVERIFY2(error.contains(taken), qPrintable(error));
        QVERIFY(QFileInfo(taken).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(QgisProjectTest)
#include "QgisProjectTest.moc"
