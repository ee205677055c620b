// SPDX-License-Identifier: MIT
#include "app/ExportActions.h"
#include "app/ImportActions.h"
#include "app/MainWindow.h"
#include "app/RecentFiles.h"
#include "widgets/MapView.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace cs;

namespace {

ViewOptions defaultView(const ClusterData &data)
{
    ViewOptions view;
    view.category = data.defaultCategory();
    view.year = data.years().last();
    return view;
}

// Austrian and German rows of the shared SBS extract as a long CSV
// (region;industry;year;persons;flag), plus one row with a word for a number.
QString writeAustriaGermany(const QTemporaryDir &dir, int *rows)
{
    QFile in(QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    in.readLine();
    QByteArray out = "region;industry;year;persons;flag\n";
    *rows = 0;
    while (!in.atEnd()) {
        const QList<QByteArray> cells = in.readLine().trimmed().split(';');
        if (!cells.value(1).startsWith("AT") && !cells.value(1).startsWith("DE"))
            continue;
        const QList<QByteArray> value = cells.value(2).split(' ');
        out += cells.value(1) + ';' + cells.value(0) + ";2015;" + value.first() + ';' + value.value(1) + '\n';
        ++*rows;
    }
    out += "AT13;C99;2015;twelve;\n";
    QFile file(dir.filePath(QStringLiteral("at-de.csv")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(out);
    return file.fileName();
}

int regionsWithValues(const MapScene &scene)
{
    int n = 0;
    for (double v : scene.values)
        n += std::isfinite(v);
    return n;
}

QString reportListText(const MainWindow &window)
{
    const auto dialogs = window.findChildren<QDialog *>(QStringLiteral("reportDialog"));
    if (dialogs.isEmpty())
        return {};
    const auto *list = dialogs.last()->findChild<QPlainTextEdit *>();
    return list ? list->toPlainText() : QString();
}

} // namespace

class StatisticsImportTest : public QObject
{
    Q_OBJECT
private slots:
    // Import a long CSV: the map switches to its regions, and the report names the bad row
    // and the codes that are no NUTS 2021 regions (DE41, DE42, DED1, DED3).
    void importLongTable()
    {
        QTemporaryDir dir;
        int rows = 0;
        const QString path = writeAustriaGermany(dir, &rows);
        QVERIFY(rows > 1000);
        ClusterData data = ClusterData::embeddedDefault();
        MainWindow window(std::move(data), defaultView(ClusterData::embeddedDefault()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int before = regionsWithValues(window.mapView()->scene());
        QVERIFY(before > 200); // all of Europe
        window.requestView([&] {
            ViewOptions v = window.view();
            v.category = QStringLiteral("C29");
            return v;
        }());
        QCOMPARE(window.undoStack()->count(), 1);

        TableReader::Options options;
        QString error;
        QVERIFY(TableReader::parseColumnMapping(
            QStringLiteral("region=region,industry=industry,year=year,value=persons,flag=flag"),
            &options.columns, &error));
        QVERIFY(window.imports()->importStatistics(path, options, std::nullopt));
        // Austria (9 NUTS 2) and Germany (38): far fewer regions with values, some confidential.
        const MapScene &scene = window.mapView()->scene();
        const int after = regionsWithValues(scene);
        QVERIFY2(after >= 30 && after <= 50, qPrintable(QString::number(after)));
        for (int i = 0; i < scene.values.size(); ++i) {
            const QString code = scene.layer->regions()[i].code;
            if (std::isfinite(scene.values[i]))
                QVERIFY2(code.startsWith(QStringLiteral("AT")) || code.startsWith(QStringLiteral("DE")),
                         qPrintable(code));
        }
        QCOMPARE(window.view().category, QStringLiteral("C29")); // kept: the new data has it
        QCOMPARE(window.view().year, 2015);
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(scene.sourceNote.contains(QStringLiteral("at-de.csv")));
        // Without a translation loaded, plurals read "value(s)". The four German codes of
        // NUTS 2003/2006 (DE41, DE42, DED1, DED3: 101 records each) are no region of the
        // versions the app knows: left out, one problem each.
        const QRegularExpression summary(QStringLiteral("^%1 values? ?(\\(s\\))? read from at-de\\.csv; 5 "
                                                        "problems?(\\(s\\))? listed below")
                                             .arg(rows + 1 - 4 * 101));
        QVERIFY2(summary.match(window.imports()->lastReport()).hasMatch(), qPrintable(window.imports()->lastReport() + reportListText(window)));
        const QString expected = path + QStringLiteral(":%1:4: 'twelve' is not a number").arg(rows + 2);
        QVERIFY2(reportListText(window).startsWith(expected), qPrintable(reportListText(window)));
        // Region codes are checked against the NUTS version detected (2021 knows the most).
        QVERIFY(window.imports()->lastReport().contains(QStringLiteral("boundaries of NUTS 2021")));
        QVERIFY(reportListText(window).contains(
            path + QStringLiteral(": DE41: not a NUTS code in 2010, 2013, 2016, 2021: 101 records (none "
                                  "with a number) left out")));
    }

    // File ▸ Import statistics…, Download from Eurostat…, Load category mapping….
    void fileMenuActions()
    {
        MainWindow window(ClusterData::embeddedDefault(), defaultView(ClusterData::embeddedDefault()));
        QStringList texts;
        for (const QAction *action : window.findChildren<QAction *>())
            texts.append(action->text());
        for (const char *text : {"&Import statistics…", "&Download from Eurostat…", "Load category &mapping…"})
            QVERIFY2(texts.contains(QString::fromUtf8(text)), text);
    }

    // A file with nothing usable leaves the data alone and says why.
    void importUnusableKeepsData()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("latin1.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("geo,nace_r2,year,value\nDE21,C28,2015,100\nDE25 N\xfcrnberg,C28,2015,70\n");
        f.close();
        MainWindow window(ClusterData::embeddedDefault(), defaultView(ClusterData::embeddedDefault()));
        const int before = regionsWithValues(window.mapView()->scene());
        QVERIFY(!window.imports()->importStatistics(f.fileName(), {}, std::nullopt));
        QCOMPARE(regionsWithValues(window.mapView()->scene()), before);
        QVERIFY2(reportListText(window).startsWith(f.fileName() + QStringLiteral(":3:7: byte 0xFC is not UTF-8")),
                 qPrintable(reportListText(window)));
    }

    // A mapping without the food divisions: the window names them as unmapped.
    void categoryMappingReportsUnmapped()
    {
        QFile shipped(QStringLiteral(":/categories/nace_to_cluster.csv"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray kept;
        for (const QByteArray &line : shipped.readAll().split('\n'))
            if (!line.startsWith("division,C10,") && !line.startsWith("division,C11,"))
                kept += line + '\n';
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mapping.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kept);
        f.close();
        MainWindow window(ClusterData::embeddedDefault(), defaultView(ClusterData::embeddedDefault()));
        QVERIFY(window.imports()->loadCategoryMapping(f.fileName()));
        QVERIFY2(window.imports()->lastReport().contains(QStringLiteral("of the data are not mapped: C10, C11")),
                 qPrintable(window.imports()->lastReport()));
        QVERIFY(!window.imports()->loadCategoryMapping(dir.filePath(QStringLiteral("absent.csv"))));
        QVERIFY(window.imports()->lastReport().startsWith(QStringLiteral("The mapping was not loaded.")));
        // The mapping stays for data imported later, and the import names its gaps.
        int rows = 0;
        const QString table = writeAustriaGermany(dir, &rows);
        TableReader::Options options;
        QString error;
        QVERIFY(TableReader::parseColumnMapping(
            QStringLiteral("region=region,industry=industry,year=year,value=persons"), &options.columns, &error));
        QVERIFY(window.imports()->importStatistics(table, options, 2013));
        QVERIFY2(reportListText(window).contains(f.fileName() + QStringLiteral(": warning: 3 NACE code")),
                 qPrintable(window.imports()->lastReport()));
        // C99 (no such division) comes from the table's bad row.
        QVERIFY(reportListText(window).contains(QStringLiteral("not mapped: C10, C11, C99")));
        QVERIFY(reportListText(window).contains(QStringLiteral("DE41: not a NUTS code in 2010, 2013, 2016, 2021: ")));
        // A project saved now names the mapping beside the imported table.
        const QString project = dir.filePath(QStringLiteral("view.json"));
        QVERIFY2(window.saveProject(project, &error), qPrintable(error));
        QFile saved(project);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY2(json.contains("\"category-mapping\"") && json.contains(QFileInfo(f.fileName()).fileName().toUtf8()),
                 json.constData());
    }
};

QTEST_MAIN(StatisticsImportTest)
#include "StatisticsImportTest.moc"
