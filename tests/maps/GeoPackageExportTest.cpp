// SPDX-License-Identifier: MIT
#include "maps/GeoPackageExport.h"
#include "maps/SceneBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

using namespace cs;

class GeoPackageExportTest : public QObject
{
    Q_OBJECT
private slots:
    // The layer opens with GDAL with every region, the score fields and a default
    // QGIS style whose rules are the map's classes plus no data.
    void writesLayerAndStyle()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        const NutsLayer::Key key{2013, 2, NutsLayer::Scale::M10};
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache(key, &error), qPrintable(error));
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        const MapScene scene = buildScene(data, layer, query);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c28.gpkg"));
        QVERIFY2(GeoPackageExport::write({&data, query, key, QString(), QString(), QString(), &scene}, path, &error),
                 qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("c28.gpkg")});

        GDALAllRegister();
        GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH regions = GDALDatasetGetLayerByName(ds, "clusterscope_c28");
        QVERIFY(regions);
        QCOMPARE(OGR_L_GetFeatureCount(regions, TRUE), GIntBig(320));
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(regions);
        for (const char *field : {"nuts_id", "name", "value", "class", "employment", "lq", "stars"})
            QVERIFY2(OGR_FD_GetFieldIndex(defn, field) >= 0, field);
        OGR_L_SetAttributeFilter(regions, "nuts_id = 'ITC4'");
        OGRFeatureH itc4 = OGR_L_GetNextFeature(regions);
        QVERIFY(itc4);
        // LQ of C28 in Lombardia, hand-computed in tests/app/CommandLineTest.cpp.
        QVERIFY(std::abs(OGR_F_GetFieldAsDouble(itc4, OGR_F_GetFieldIndex(itc4, "lq")) - 1.93772916857) < 1e-9);
        QCOMPARE(OGR_F_GetFieldAsDouble(itc4, OGR_F_GetFieldIndex(itc4, "employment")), 133060.0);
        const int cls = OGR_F_GetFieldAsInteger(itc4, OGR_F_GetFieldIndex(itc4, "class"));
        QCOMPARE(cls, scene.classification.classOf(1.93772916857));
        QVERIFY(OGR_G_GetGeometryType(OGR_F_GetGeometryRef(itc4)) != wkbNone);
        OGR_F_Destroy(itc4);

        OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
        QVERIFY(styles);
        QCOMPARE(OGR_L_GetFeatureCount(styles, TRUE), GIntBig(1));
        OGRFeatureH style = OGR_L_GetNextFeature(styles);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(style, OGR_F_GetFieldIndex(style, "f_table_name"))),
                 QStringLiteral("clusterscope_c28"));
        QCOMPARE(OGR_F_GetFieldAsInteger(style, OGR_F_GetFieldIndex(style, "useAsDefault")), 1);
        const QString qml = QString::fromUtf8(OGR_F_GetFieldAsString(style, OGR_F_GetFieldIndex(style, "styleQML")));
        OGR_F_Destroy(style);
        GDALClose(ds);

        QXmlStreamReader xml(qml);
        int rules = 0;
        QStringList colours;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("rule"))
                ++rules;
            if (xml.name() == QLatin1String("Option") &&
                xml.attributes().value(QLatin1String("name")) == QLatin1String("color"))
                colours.append(xml.attributes().value(QLatin1String("value")).toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rules, scene.classification.classCount() + 1);
        const QColor first = scene.colours.first();
        QVERIFY(colours.contains(QStringLiteral("%1,%2,%3,255").arg(first.red()).arg(first.green()).arg(first.blue())));
    }

    void missingFolderIsAClearError()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        QString error;
        const QString path = QStringLiteral("/nonexistent-dir/x.gpkg");
        QVERIFY(!GeoPackageExport::write({&data, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015},
                                          {2013, 2, NutsLayer::Scale::M10}, QString(), QString(), QString(), nullptr},
                                         path, &error));
        QVERIFY(error.contains(path));
    }
};

QTEST_GUILESS_MAIN(GeoPackageExportTest)
#include "GeoPackageExportTest.moc"
