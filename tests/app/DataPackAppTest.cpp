// SPDX-License-Identifier: MIT
// Data packs in the program (issue 21): `clusterscope packs`, `--data PACK` giving the
// scores of the pack's data file, File ▸ Data packs, and a download from a local server
// kept as a pack and opened.
#include "app/ImportActions.h"
#include "app/MainWindow.h"
#include "maps/DataPack.h"
#include "tests/common/RecordedEurostatServer.h"
#include "widgets/DataPackDialog.h"
#include "widgets/DownloadDialog.h"
#include "tests/common/RunProgram.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cs;

namespace {

using Run = test::ProgramRun;

Run run(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return test::runProgram(QStringLiteral(CS_CLUSTERSCOPE_EXE), arguments, environment);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A copy of a built-in pack in `folder`, byte for byte.
bool copyBuiltIn(const QString &key, const QString &folder)
{
    QString error;
    const std::optional<DataPack> pack = DataPack::read(DataPack::builtInPath(key), &error);
    return pack && QDir().mkpath(folder) &&
           writeAll(folder + QStringLiteral("/pack.json"),
                    readAll(DataPack::builtInPath(key) + QStringLiteral("/pack.json"))) &&
           writeAll(folder + QLatin1Char('/') + pack->manifest().files[0].name,
                    readAll(pack->dataFile()));
}

ViewOptions defaultView(const ClusterData &data)
{
    ViewOptions view;
    view.category = data.defaultCategory();
    view.year = data.years().last();
    return view;
}

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->actions())
        if (action->menu())
            for (QAction *item : action->menu()->actions())
                if (item->text() == text)
                    return item;
    return nullptr;
}

} // namespace

class DataPackAppTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClusterScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("DataPackAppTest"));
    }

    // `clusterscope packs`: the three built-in packs, then those of the user's folder, one
    // line each; a changed pack given on the command line is named on stderr, exit 1.
    void listsPacks()
    {
        QTemporaryDir home;
        const QString userPacks = home.filePath(QStringLiteral("ClusterScope/ClusterScope/packs"));
        QVERIFY(copyBuiltIn(QStringLiteral("lfs"), userPacks + QStringLiteral("/lfs_copy.cspack")));
        Run r = run({QStringLiteral("packs")}, home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[1], QStringLiteral(
                               "sbs\tsbs_r_nuts06_r2\t2013\t2015\t2023-06-17\t:/packs/sbs.cspack"));
        QCOMPARE(
            lines[2],
            QStringLiteral("lfs\tlfst_r_lfe2en2\t2013\t2008–2015\t2017-05-02\t:/packs/lfs.cspack"));
        QCOMPARE(lines[3], QStringLiteral("sbs-wages\tsbs_r_nuts06_r2\t2013\t2008–2015\t2017-07-31\t"
                                          ":/packs/sbs-wages.cspack"));
        QCOMPARE(lines[4],
                 QStringLiteral("lfs_copy\tlfst_r_lfe2en2\t2013\t2008–2015\t2017-05-02\t%1")
                     .arg(QDir(userPacks).absoluteFilePath(QStringLiteral("lfs_copy.cspack"))));

        const QString bad = home.filePath(QStringLiteral("bad.cspack"));
        QVERIFY(copyBuiltIn(QStringLiteral("sbs"), bad));
        const QString data = bad + QStringLiteral("/sbs_r_nuts06_r2_2015_employed.csv");
        QByteArray bytes = readAll(data);
        bytes[500] = bytes[500] == '7' ? '8' : '7';
        QVERIFY(writeAll(data, bytes));
        r = run({QStringLiteral("packs"), bad}, home.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "bad.cspack/sbs_r_nuts06_r2_2015_employed.csv: checksum differs")),
                 qPrintable(r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5); // the header, the three built-in packs, the user's copy
        // --data refuses it too, naming the file, with nothing exported.
        r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                 home.filePath(QStringLiteral("bad.csv")), QStringLiteral("--data"), bad},
                home.path());
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "bad.cspack/sbs_r_nuts06_r2_2015_employed.csv: checksum differs")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("bad.csv"))));
    }

    // `--data PACK` (the folder or its pack.json) gives exactly the scores of the embedded
    // data the pack holds: `export --all` byte for byte.
    void packScoresAreTheDataFilesScores_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("sbs") << QStringLiteral("sbs");
        QTest::newRow("lfs") << QStringLiteral("lfs");
    }
    void packScoresAreTheDataFilesScores()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString pack = dir.filePath(key + QStringLiteral(".cspack"));
        QVERIFY(copyBuiltIn(key, pack));
        const auto exportAll = [&](const QString &out, const QStringList &data) {
            return run(QStringList{QStringLiteral("export"), QStringLiteral("--all"),
                                   QStringLiteral("-o"), dir.filePath(out)} +
                           data,
                       dir.path());
        };
        QCOMPARE(exportAll(QStringLiteral("embedded.csv"), {QStringLiteral("--dataset"), key}).code,
                 0);
        QCOMPARE(exportAll(QStringLiteral("folder.csv"), {QStringLiteral("--data"), pack}).code, 0);
        QCOMPARE(exportAll(QStringLiteral("json.csv"),
                           {QStringLiteral("--data"), pack + QStringLiteral("/pack.json")})
                     .code,
                 0);
        const QByteArray embedded = readAll(dir.filePath(QStringLiteral("embedded.csv")));
        QVERIFY(embedded.count('\n') > 100000);
        QVERIFY(readAll(dir.filePath(QStringLiteral("folder.csv"))) == embedded);
        QVERIFY(readAll(dir.filePath(QStringLiteral("json.csv"))) == embedded);
    }

    // The window opens a pack: its data and source, the retrieval date in the status bar
    // and the source note; File ▸ Data packs lists it afterwards; a changed pack is refused
    // with the file named and the data kept.
    void windowOpensPacks()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lfs_copy.cspack"));
        QVERIFY(copyBuiltIn(QStringLiteral("lfs"), folder));
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QVERIFY(window.imports()->openPack(folder));
        QCOMPARE(window.source().file, QFileInfo(folder).absoluteFilePath());
        QCOMPARE(window.data().years().size(), 8);
        QVERIFY2(
            window.statusBar()->currentMessage().contains(QStringLiteral("retrieved 2017-05-02")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(window.data().sourceNote().startsWith(
                     QStringLiteral("Source: Eurostat (lfst_r_lfe2en2), retrieved 2017-05-02.")),
                 qPrintable(window.data().sourceNote()));
        QVERIFY(ImportActions::openedPacks().contains(QFileInfo(folder).absoluteFilePath()));
        // The data source rebuilds it from the command line: --data PACK.
        QCOMPARE(window.source().arguments(),
                 (QStringList{QStringLiteral("--data"), QFileInfo(folder).absoluteFilePath()}));

        // The pack list: built-in ones first, the opened one selected.
        DataPackDialog dialog(ImportActions::openedPacks(), window.source().file);
        QVERIFY(dialog.table()->rowCount() >= 3);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("sbs_r_nuts06_r2"));
        const int row = dialog.table()->selectedRanges().value(0).topRow();
        QCOMPARE(dialog.packs()[row].path, QFileInfo(folder).absoluteFilePath());
        QCOMPARE(dialog.table()->item(row, 4)->text(), QStringLiteral("2017-05-02"));
        QVERIFY(dialog.openButton()->isEnabled());
        QVERIFY(dialog.showFolderButton()->isEnabled());
        QVERIFY(dialog.selectPack(DataPack::builtInPath(QStringLiteral("sbs"))));
        QVERIFY(!dialog.showFolderButton()->isEnabled()); // built in: no folder on disk
        dialog.openSelected();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenPath(), DataPack::builtInPath(QStringLiteral("sbs")));
        // A built-in pack is the embedded data (projects keep "dataset": "sbs").
        QVERIFY(window.imports()->openPack(dialog.chosenPath()));
        QCOMPARE(window.source(), DataSource::embedded(QStringLiteral("sbs")));
        QVERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("retrieved 2023-06-17")));

        const QString data2 = folder + QStringLiteral("/lfst_r_lfe2en2_y_ge15.tsv");
        QByteArray bytes = readAll(data2);
        bytes.chop(1);
        QVERIFY(writeAll(data2, bytes));
        QVERIFY(!window.imports()->openPack(folder));
        QVERIFY2(window.imports()->lastReport().contains(
                     QStringLiteral("lfs_copy.cspack/lfst_r_lfe2en2_y_ge15.tsv: size differs")),
                 qPrintable(window.imports()->lastReport()));
        QCOMPARE(window.source(), DataSource::embedded(QStringLiteral("sbs")));
    }

    // File ▸ Download from Eurostat against a local server: the download lands as a pack
    // in the user's packs folder and the window shows it.
    void downloadLandsAsPack()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
        QStandardPaths::setTestModeEnabled(false);
        test::RecordedEurostatServer server;
        QVERIFY(server.listen());
        qputenv("CLUSTERSCOPE_EUROSTAT_URL", server.baseUrl().toString().toUtf8());
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QAction *download = fileAction(window, QStringLiteral("&Download from Eurostat…"));
        QVERIFY(download);
        bool started = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<DownloadDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setDataset(QStringLiteral("lfst_r_lfe2en2"));
            started = true;
            dialog->start();
        });
        download->trigger();
        qunsetenv("CLUSTERSCOPE_EUROSTAT_URL");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(started);
        const QString expected =
            QDir(home.filePath(QStringLiteral("data/ClusterScopeTest/DataPackAppTest/packs")))
                .absoluteFilePath(QStringLiteral("lfst_r_lfe2en2_%1.cspack")
                                      .arg(QDate::currentDate().toString(Qt::ISODate)));
        QCOMPARE(window.source().file, expected);
        QString error;
        const std::optional<DataPack> pack = DataPack::read(expected, &error);
        QVERIFY2(pack, qPrintable(error));
        QCOMPARE(pack->manifest().dataset, QStringLiteral("lfst_r_lfe2en2"));
        QVERIFY(window.data().isValid());
        QVERIFY(window.data().sourceNote().contains(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Opened data pack")));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CACHE_HOME");
    }
};

QTEST_MAIN(DataPackAppTest)
#include "DataPackAppTest.moc"
