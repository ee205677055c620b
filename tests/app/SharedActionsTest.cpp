// SPDX-License-Identifier: MIT
// Each user action has one implementation: the window's File menu and the command line
// (and batch, which runs the command line's export) must write the same files.
#include "app/ExportActions.h"
#include "app/ImportActions.h"
#include "app/MainWindow.h"
#include "widgets/MapView.h"
#include "tests/common/RunProgram.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

using Run = test::ProgramRun;

Run run(const QString &program, const QStringList &arguments)
{
    return test::runProgram(program, arguments);
}

Run clusterscope(const QStringList &arguments)
{
    return run(QStringLiteral(CS_CLUSTERSCOPE_EXE), arguments);
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What GDAL reads from a workbook or GeoPackage: layers, fields and every feature.
QByteArray ogrDump(const QString &path)
{
    const Run r = run(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), QStringLiteral("-q"), path});
    return r.code == 0 ? r.out.toUtf8() : QByteArray("ogrinfo failed: ") + r.err.toUtf8();
}

ViewOptions c28Lq(const ClusterData &data)
{
    ViewOptions view;
    view.category = QStringLiteral("C28");
    view.year = data.years().last();
    return view;
}

const QStringList kC28 = {QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("--indicator"),
                          QStringLiteral("lq")};

} // namespace

class SharedActionsTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // File ▸ Export scores and `clusterscope export`: the same CSV, byte for byte, and a
    // workbook with the same columns and rows.
    void exportScoresFromBothEntryPoints()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        MainWindow window(data, c28Lq(data));
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString fromWindow = m_dir.filePath(QStringLiteral("window.") + suffix);
            const QString fromCli = m_dir.filePath(QStringLiteral("cli.") + suffix);
            QString error;
            QVERIFY2(window.exports()->writeScores(fromWindow, &error), qPrintable(error));
            const Run r = clusterscope(QStringList{QStringLiteral("export"), QStringLiteral("--format"), suffix} + kC28 +
                                       QStringList{QStringLiteral("-o"), fromCli});
            QVERIFY2(r.code == 0, r.err.toUtf8().constData());
            if (suffix == QLatin1String("csv")) {
                const QByteArray csv = bytes(fromWindow);
                QVERIFY(csv.startsWith("nuts_id,name,value\nAT11,"));
                QVERIFY(csv.count('\n') > 250);
                QCOMPARE(csv, bytes(fromCli));
            } else {
                const QByteArray dump = ogrDump(fromWindow);
                QVERIFY2(dump.contains("Layer name: scores") && dump.contains("Layer name: about"), dump.constData());
                QVERIFY(dump.contains("nuts_id (String) = DE11"));
                QCOMPARE(dump, ogrDump(fromCli));
            }
        }
    }

    // File ▸ Export layer for QGIS and `export --format gpkg --qgs`: the same layer and
    // style, and projects that differ only in nothing.
    void exportForQgisFromBothEntryPoints()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        MainWindow window(data, c28Lq(data));
        QDir(m_dir.path()).mkpath(QStringLiteral("w"));
        QDir(m_dir.path()).mkpath(QStringLiteral("c"));
        const QString qgsWindow = m_dir.filePath(QStringLiteral("w/map.qgs"));
        const QString qgsCli = m_dir.filePath(QStringLiteral("c/map.qgs"));
        QString error;
        QVERIFY2(window.exports()->writeForQgis(qgsWindow, &error), qPrintable(error));
        const Run r = clusterscope(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("gpkg")} +
                                   kC28 +
                                   QStringList{QStringLiteral("-o"), m_dir.filePath(QStringLiteral("c/map.gpkg")),
                                               QStringLiteral("--qgs"), qgsCli});
        QVERIFY2(r.code == 0, r.err.toUtf8().constData());
        const QByteArray dump = ogrDump(m_dir.filePath(QStringLiteral("w/map.gpkg")));
        QVERIFY2(dump.contains("nuts_id (String) = DE11"), dump.left(400).constData());
        QCOMPARE(dump, ogrDump(m_dir.filePath(QStringLiteral("c/map.gpkg"))));
        QCOMPARE(bytes(qgsWindow), bytes(qgsCli));
    }

    // File ▸ Export figure and `export --format svg`: the same drawing of the same view
    // (the window not zoomed shows the same extent), and a recipe beside it that batch
    // reads back.
    void exportFigureFromBothEntryPoints()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        MainWindow window(data, c28Lq(data));
        FigureOptions options;
        options.format = FigureOptions::Format::Png;
        options.pixelSize = QSize(800, 600);
        const QString fromWindow = m_dir.filePath(QStringLiteral("window.png"));
        QString error;
        QVERIFY2(window.exports()->writeFigure(fromWindow, options, &error), qPrintable(error));
        const QString recipe = Recipe::recipePathFor(fromWindow);
        QVERIFY(QFile::exists(recipe));
        QVERIFY(bytes(fromWindow).startsWith("\x89PNG"));
        const QString fromCli = m_dir.filePath(QStringLiteral("cli.png"));
        const Run r = clusterscope(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("png"), QStringLiteral("--size"), QStringLiteral("800x600")} +
                                   kC28 + QStringList{QStringLiteral("-o"), fromCli});
        QVERIFY2(r.code == 0, r.err.toUtf8().constData());
        QImage a(fromWindow), b(fromCli);
        QCOMPARE(a.size(), QSize(800, 600));
        QCOMPARE(a.size(), b.size());
        // The window not zoomed shows Europe as the command line draws it: the same image.
        QCOMPARE(a, b);
        // Batch rebuilds the window's figure from its recipe, in place: the same image.
        QVERIFY(QFile::remove(fromWindow));
        const Run rebuilt = clusterscope({QStringLiteral("batch"), recipe});
        QVERIFY2(rebuilt.code == 0, rebuilt.err.toUtf8().constData());
        QCOMPARE(QImage(fromWindow), b);
    }

    // File ▸ Import statistics and `--data FILE`: the same regions and values.
    void importTableFromBothEntryPoints()
    {
        const QString table = QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv");
        ClusterData data = ClusterData::embedded(QStringLiteral("lfs"));
        MainWindow window(data, c28Lq(data));
        QVERIFY(window.imports()->importStatistics(table, {}, std::nullopt));
        ViewOptions view = window.view();
        view.category = QStringLiteral("C28");
        view.indicator = Indicator::LocationQuotient;
        window.requestView(view);
        const QString fromWindow = m_dir.filePath(QStringLiteral("imported.csv"));
        QString error;
        QVERIFY2(window.exports()->writeScores(fromWindow, &error), qPrintable(error));
        const QString fromCli = m_dir.filePath(QStringLiteral("data.csv"));
        const Run r = clusterscope(QStringList{QStringLiteral("export"), QStringLiteral("--data"), table} + kC28 +
                                   QStringList{QStringLiteral("-o"), fromCli});
        QVERIFY2(r.code == 0, r.err.toUtf8().constData());
        const QByteArray csv = bytes(fromWindow);
        QVERIFY(csv.count('\n') > 250);
        QCOMPARE(csv, bytes(fromCli));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(SharedActionsTest)
#include "SharedActionsTest.moc"
