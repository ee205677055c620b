// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/XlsxExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <cpl_conv.h>
#include <ogr_api.h>

#include <cmath>

using namespace cs;

class XlsxExportTest : public QObject
{
    Q_OBJECT
private:
    static XlsxSheet scores()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        const Scores s = data.compute({2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        XlsxSheet sheet{QStringLiteral("scores"), {QStringLiteral("nuts_id")}, {QStringLiteral("lq")}, {}, {}};
        for (int i = 0; i < s.regions.size(); ++i) {
            sheet.texts.append({s.regions[i]});
            sheet.numbers.append(QList<double>{s.values[i]});
        }
        return sheet;
    }

private slots:
    // The workbook reopens with GDAL: every region, the location quotient of C28 as
    // computed by hand from the SBS file (ITC4 1.93772916857), confidential cells empty.
    void workbookReopensWithScores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c28.xlsx"));
        const XlsxSheet sheet = scores();
        const XlsxSheet note{QStringLiteral("source"), {QStringLiteral("note")}, {}, {{QStringLiteral("Source: Eurostat")}}, {{}}};
        QString error;
        QVERIFY2(XlsxExport::write({sheet, note}, path, &error), qPrintable(error));

        GDALAllRegister();
        // A sheet of text only leaves GDAL's reader unsure whether row 1 is a header;
        // spreadsheet programs show it as the header row, so read it as one.
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        QCOMPARE(GDALDatasetGetLayerCount(ds), 2);
        OGRLayerH layer = GDALDatasetGetLayerByName(ds, "scores");
        QVERIFY(layer);
        QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(sheet.texts.size()));
        int empty = 0;
        bool foundItc4 = false;
        OGR_L_ResetReading(layer);
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            const QString code = QString::fromUtf8(OGR_F_GetFieldAsString(f, 0));
            if (!OGR_F_IsFieldSetAndNotNull(f, 1))
                ++empty;
            if (code == QLatin1String("ITC4")) {
                foundItc4 = true;
                QVERIFY(std::abs(OGR_F_GetFieldAsDouble(f, 1) - 1.93772916857) < 1e-9);
            }
            OGR_F_Destroy(f);
        }
        int expectedEmpty = 0;
        for (const QList<double> &row : sheet.numbers)
            expectedEmpty += std::isfinite(row.first()) ? 0 : 1;
        QVERIFY(foundItc4);
        QCOMPARE(empty, expectedEmpty);
        OGRLayerH source = GDALDatasetGetLayerByName(ds, "source");
        QVERIFY(source);
        OGRFeatureH f = OGR_L_GetNextFeature(source);
        QVERIFY(f);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)), QStringLiteral("Source: Eurostat"));
        OGR_F_Destroy(f);
        GDALClose(ds);
    }

    // A missing directory gives a message naming the file and leaves nothing behind.
    void unwritableDirectory()
    {
        const QString path = QStringLiteral("/nonexistent-dir/c28.xlsx");
        QString error;
        QVERIFY(!XlsxExport::write({scores()}, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(XlsxExportTest)
#include "XlsxExportTest.moc"
