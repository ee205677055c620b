// SPDX-License-Identifier: MIT
#include "app/ExportActions.h"
#include "app/ImportActions.h"
#include "app/MainWindow.h"
#include "app/Imports.h"
#include "app/MethodDialog.h"
#include "app/RecentFiles.h"
#include "widgets/ComparisonView.h"
#include "widgets/MapView.h"
#include "widgets/PeerFinder.h"
#include "widgets/RegionProfile.h"
#include "tests/common/WageTable.h"

#include <gdal.h>
#include <gdal_utils.h>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QSlider>
#include <QAction>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace cs;

namespace {
ViewOptions defaultView(const ClusterData &data)
{
    ViewOptions view;
    view.category = data.defaultCategory();
    view.year = data.years().last();
    return view;
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    // File ▸ Open boundaries: a GeoJSON of the NUTS 2 regions keyed by a column named
    // "region" replaces the built-in boundaries (the key found by content), a file of
    // NUTS 1 regions only moves the view to level 1, a text file is refused with its name,
    // and the built-in boundaries come back.
    void openBoundaries()
    {
        QTemporaryDir dir;
        const auto translate = [&](const QString &name, const char *sql) {
            const QString path = dir.filePath(name);
            GDALAllRegister();
            GDALDatasetH source = GDALOpenEx(NutsLayer::defaultCachePath().toLocal8Bit().constData(),
                                             GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
            if (!source)
                return QString();
            const char *args[] = {"-f", "GeoJSON", "-sql", sql, nullptr};
            GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
            int failed = 0;
            GDALDatasetH out = GDALVectorTranslate(path.toLocal8Bit().constData(), nullptr, 1, &source, options, &failed);
            GDALVectorTranslateOptionsFree(options);
            if (out)
                GDALClose(out);
            GDALClose(source);
            return failed || !out ? QString() : path;
        };
        const QString level2 = translate(QStringLiteral("nuts2.geojson"),
                                         "SELECT geom, NUTS_ID AS region, NAME_LATN AS label FROM nuts_2013_10m_l2");
        const QString level1 = translate(QStringLiteral("nuts1.geojson"),
                                         "SELECT geom, NUTS_ID AS code FROM nuts_2013_10m_l1");
        QVERIFY(!level2.isEmpty() && !level1.isEmpty());

        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int builtin = int(window.mapView()->scene().layer->regions().size());
        QString error;
        QVERIFY2(window.useBoundaries(level2, {}, &error), qPrintable(error));
        QCOMPARE(window.boundaries(), level2);
        QCOMPARE(window.view().level, 2);
        const auto &layer = *window.mapView()->scene().layer;
        QCOMPARE(layer.keyColumn(), QStringLiteral("region"));
        QVERIFY(layer.regions().size() > 250);
        QVERIFY(layer.indexOf(QStringLiteral("DE21")) >= 0);
        QVERIFY(!std::isnan(window.mapView()->scene().values[layer.indexOf(QStringLiteral("DE21"))]));

        QVERIFY2(window.useBoundaries(level1, {}, &error), qPrintable(error));
        QCOMPARE(window.view().level, 1);
        QCOMPARE(window.mapView()->scene().layer->keyColumn(), QStringLiteral("code"));

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a map\n");
        file.close();
        QVERIFY(!window.useBoundaries(text, {}, &error));
        QVERIFY2(error.contains(text), qPrintable(error));
        QCOMPARE(window.boundaries(), level1); // unchanged

        QVERIFY(window.useBoundaries(QString(), {}, &error));
        QVERIFY(window.boundaries().isEmpty());
        ViewOptions back = window.view();
        back.level = 2;
        window.requestView(back);
        QCOMPARE(int(window.mapView()->scene().layer->regions().size()), builtin);
    }

    // File ▸ Embedded data switches to the LFS extract (2008–2015): the year slider gets
    // its eight years and growth can be mapped; back to SBS, one year again.
    void embeddedDataMenu()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QMenu *embedded = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>())
            if (menu->title() == QStringLiteral("&Embedded data"))
                embedded = menu;
        QVERIFY(embedded);
        QCOMPARE(embedded->actions().size(), int(ClusterData::embeddedKeys().size()));
        const int lfs = int(ClusterData::embeddedKeys().indexOf(QStringLiteral("lfs")));
        QVERIFY(lfs >= 0);
        QComboBox *indicator = window.findChild<QComboBox *>(QStringLiteral("indicatorPicker"));
        QVERIFY(indicator);
        QCOMPARE(indicator->findData(int(Indicator::Growth)), -1); // one year: no growth
        embedded->actions().at(lfs)->trigger();
        QCOMPARE(window.yearSlider()->maximum(), 7);
        const int growthItem = indicator->findData(int(Indicator::Growth));
        QVERIFY(growthItem >= 0);
        indicator->setCurrentIndex(growthItem);
        emit indicator->activated(growthItem); // as a user's pick
        QCOMPARE(window.view().indicator, Indicator::Growth);
        QVERIFY(window.lastError().isEmpty());
        int finite = 0;
        for (double v : window.mapView()->scene().values)
            finite += std::isfinite(v);
        QVERIFY2(finite > 200, qPrintable(QString::number(finite)));
        embedded->actions().at(int(ClusterData::embeddedKeys().indexOf(QStringLiteral("sbs"))))->trigger();
        QCOMPARE(window.yearSlider()->maximum(), 0);
        QCOMPARE(indicator->findData(int(Indicator::Growth)), -1);
        QCOMPARE(window.view().indicator, Indicator::LocationQuotient);
    }

    // Issue 21: the relative wage is offered only for data with wages: not for the
    // embedded data (persons employed only), for a file with a wages column (the real SBS
    // extract with derived wages, tests/common/WageTable.h); Help ▸ Method says so.
    void relativeWageOnlyWithWages()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QComboBox *indicator = window.findChild<QComboBox *>(QStringLiteral("indicatorPicker"));
        QVERIFY(indicator);
        QCOMPARE(indicator->findData(int(Indicator::RelativeWage)), -1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sbs_wages.csv"));
        QVERIFY(testing::writeFile(path, testing::longCsv(testing::wageRows())));
        TableReader::Options options;
        QString error;
        QVERIFY(TableReader::parseColumnMapping(
            QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,wages=wages"), &options.columns, &error));
        Imports::Result imported = Imports::table(path, options, 2013);
        QVERIFY(imported.ok && imported.data.hasWages());
        window.setData(std::move(imported.data), DataSource{});
        const int item = indicator->findData(int(Indicator::RelativeWage));
        QVERIFY(item >= 0);
        QCOMPARE(indicator->itemText(item), QStringLiteral("Relative wage (productivity)"));
        indicator->setCurrentIndex(item);
        emit indicator->activated(item);
        QCOMPARE(window.view().indicator, Indicator::RelativeWage);
        int finite = 0;
        for (double v : window.mapView()->scene().values)
            finite += std::isfinite(v);
        QVERIFY2(finite > 200, qPrintable(QString::number(finite)));
        QVERIFY(window.mapView()->scene().sourceNote.contains(QStringLiteral("Wages: wages (column")));

        window.setData(ClusterData::embeddedDefault(), DataSource::embedded(QStringLiteral("sbs")));
        QCOMPARE(indicator->findData(int(Indicator::RelativeWage)), -1);
        QCOMPARE(window.view().indicator, Indicator::LocationQuotient);
        MethodDialog method(ClusterData::embeddedDefault().sourceNote(), &window);
        QVERIFY(method.browser()->toPlainText().contains(QStringLiteral("--dataset sbs-wages")));
    }

    // Ctrl-click two regions on the map, then Compare: the side-by-side view has both.
    void selectTwoAndCompare()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapView *map = window.mapView();
        const QPoint paris = map->toWidget(NutsLayer::fromLonLat({2.3522, 48.8566})).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, paris);
        // The click opens the profile panel, which narrows the map: positions move.
        QApplication::processEvents();
        const QPoint milan = map->toWidget(NutsLayer::fromLonLat({9.19, 45.4642})).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, milan);
        QCOMPARE(map->selection().size(), 2);
        // The click opened the profile of the last region clicked.
        QCOMPARE(window.regionProfile()->region(), QStringLiteral("ITC4"));
        QVERIFY(window.compareSelection());
        QCOMPARE(window.comparisonView()->regions(), (QStringList{QStringLiteral("FR10"), QStringLiteral("ITC4")}));
        QVERIFY(window.comparisonView()->isVisible());
    }

    // Moving the year slider (LFS data, 2008–2015) changes the map; with View ▸ Class
    // limits per year (quantiles) it changes the legend, and the change can be undone.
    // Play animates the years as one undo step, and reads Pause while it runs.
    // Help ▸ Method explains the formulas, the star rule and the data's source in the app.
    void helpMethodShowsTheMethod()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QAction *method = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text().contains(QStringLiteral("Help")))
                for (QAction *action : menu->menu()->actions())
                    if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Method"))
                        method = action;
        QVERIFY(method);
        method->trigger();
        auto *dialog = window.findChild<MethodDialog *>();
        QVERIFY(dialog);
        const QString text = dialog->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("LQ = (erc / er) / (Ec / E)")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("LQ ≥ 2")));
        QVERIFY(text.contains(QStringLiteral("sbs_r_nuts06_r2")));
        QVERIFY(text.contains(QStringLiteral("© EuroGeographics for the administrative boundaries")));
    }

    // The category picker: grouped under titles that cannot be picked, clusters by their
    // names (no snake_case keys), NACE codes with theirs, every category once.
    void categoryPickerIsGrouped()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        const QStringList categories = data.categories();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QComboBox *picker = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>())
            if (box->isEditable())
                picker = box;
        QVERIFY(picker);
        QStringList titles, codes;
        for (int i = 0; i < picker->count(); ++i) {
            const QString code = picker->itemData(i).toString();
            const auto *model = qobject_cast<const QStandardItemModel *>(picker->model());
            if (code.isEmpty()) {
                QVERIFY(!(model->item(i)->flags() & Qt::ItemIsSelectable));
                titles.append(picker->itemText(i));
                continue;
            }
            codes.append(code);
            if (window.data().isCluster(code))
                QVERIFY2(!picker->itemText(i).contains(QLatin1Char('_')), qPrintable(picker->itemText(i)));
            else
                QVERIFY(picker->itemText(i).startsWith(code + QStringLiteral(" — ")));
        }
        QVERIFY2(titles.size() >= 3 && titles.contains(QStringLiteral("NACE divisions")), qPrintable(titles.join(u'|')));
        QVERIFY(titles.first().startsWith(QStringLiteral("Traded clusters")));
        QCOMPARE(codes.size(), categories.size());
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()), QSet<QString>(categories.begin(), categories.end()));
    }

    void animationIsOneUndoStep()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("lfs"));
        ViewOptions view = defaultView(data);
        view.year = 2008;
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *play = window.playButton();
        QCOMPARE(play->text(), QStringLiteral("Play"));
        play->setChecked(true);
        QCOMPARE(play->text(), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(window.view().year >= 2010, 5000); // two frames or more
        QCOMPARE(window.undoStack()->count(), 0);
        play->setChecked(false);
        QCOMPARE(play->text(), QStringLiteral("Play"));
        const int reached = window.view().year;
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(window.view().year, 2008);
        window.undoStack()->redo();
        QCOMPARE(window.view().year, reached);
    }

    void yearSliderChangesLegend()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("lfs"));
        ViewOptions view = defaultView(data);
        view.category = QStringLiteral("J");
        view.method = ClassificationMethod::Quantile;
        view.classesPerYear = true;
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSlider *slider = window.yearSlider();
        QCOMPARE(slider->maximum(), 7);
        QCOMPARE(slider->value(), 7);
        const QList<double> breaks2015 = window.mapView()->scene().classification.breaks();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(window.view().year, 2008);
        QVERIFY(window.mapView()->scene().title.contains(QStringLiteral("2008")));
        QVERIFY(window.mapView()->scene().classification.breaks() != breaks2015);
        window.undoStack()->undo();
        QCOMPARE(window.view().year, 2015);
        QCOMPARE(window.mapView()->scene().classification.breaks(), breaks2015);
    }

    // By default (View ▸ Class limits per year off) the limits come from every year, so
    // the legend stays while the year changes; the pickers name the defaults in use.
    void classesOverAllYearsByDefault()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("lfs"));
        ViewOptions view = defaultView(data);
        view.category = QStringLiteral("J");
        view.indicator = Indicator::Share;
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<double> breaks2015 = window.mapView()->scene().classification.breaks();
        window.yearSlider()->setValue(0);
        QCOMPARE(window.view().year, 2008);
        QCOMPARE(window.mapView()->scene().classification.breaks(), breaks2015);
        QAction *perYear = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Class limits per year"))
                perYear = action;
        QVERIFY(perYear && perYear->isCheckable() && !perYear->isChecked());
        perYear->trigger();
        QVERIFY(window.view().classesPerYear);
        QVERIFY(window.mapView()->scene().classification.breaks() != breaks2015);
        window.undoStack()->undo();
        QVERIFY(!perYear->isChecked());

        // The Classes and Palette pickers say what the default is.
        const auto pickerText = [&](const QString &prefix) {
            for (QComboBox *box : window.findChildren<QComboBox *>())
                if (box->currentText().startsWith(prefix))
                    return box->currentText();
            return QString();
        };
        QCOMPARE(pickerText(QStringLiteral("Default: Q")), QStringLiteral("Default: Quantiles"));
        QCOMPARE(pickerText(QStringLiteral("Default: v")), QStringLiteral("Default: viridis_r"));
        ViewOptions lq = window.view();
        lq.indicator = Indicator::LocationQuotient;
        window.requestView(lq);
        QVERIFY(pickerText(QStringLiteral("Default: Log-symmetric")).contains(QStringLiteral("up to 2")));
        QCOMPARE(pickerText(QStringLiteral("Default: P")), QStringLiteral("Default: PuOr_r"));
    }

    // View ▸ Region labels and Cluster star symbols reach the map's scene, and undo
    // takes them back.
    void labelsAndStarsFromTheViewMenu()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *codes = nullptr, *stars = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("NUTS &codes"))
                codes = action;
            if (action->text() == QStringLiteral("Cluster s&tar symbols"))
                stars = action;
        }
        QVERIFY(codes && stars);
        codes->trigger();
        QCOMPARE(window.mapView()->scene().labels, MapScene::Labels::Codes);
        stars->trigger();
        QCOMPARE(window.view().starSymbols, 2);
        QCOMPARE(window.mapView()->scene().stars.size(), window.mapView()->scene().layer->regions().size());
        window.undoStack()->undo();
        QCOMPARE(window.view().starSymbols, 0);
        QVERIFY(!stars->isChecked());
        window.undoStack()->undo();
        QCOMPARE(window.mapView()->scene().labels, MapScene::Labels::None);
    }

    void searchFindsByNameAndCode()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        QVERIFY(window.findRegion(QStringLiteral("lombardia")));
        auto layer = window.mapView()->scene().layer;
        QCOMPARE(window.mapView()->selection(), QSet<int>{layer->indexOf(QStringLiteral("ITC4"))});
        QVERIFY(window.mapView()->extent().width() < 1000000.0); // zoomed in
        QCOMPARE(window.regionProfile()->region(), QStringLiteral("ITC4"));
        QVERIFY(window.findRegion(QStringLiteral("de21")));
        layer = window.mapView()->scene().layer;
        QCOMPARE(window.mapView()->selection(), QSet<int>{layer->indexOf(QStringLiteral("DE21"))});
        QVERIFY(!window.findRegion(QStringLiteral("Atlantis")));
    }

    // The partner list of a selected region is ordered by score.
    void partnersOrderedByScore()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRegions({QStringLiteral("DE11")}).isEmpty());
        // Partners are marked only while their panel is in view.
        QVERIFY(window.showPanel(QStringLiteral("profile")));
        QVERIFY(window.mapView()->marked().isEmpty());
        QVERIFY(window.showPanel(QStringLiteral("peers")));
        const auto peers = window.peerFinder()->peers();
        QVERIFY(peers.size() >= 5);
        for (int i = 1; i < peers.size(); ++i)
            QVERIFY(peers[i - 1].score >= peers[i].score);
        QTRY_VERIFY(!window.mapView()->marked().isEmpty());
        QVERIFY(window.showPanel(QStringLiteral("profile")));
        QTRY_VERIFY(window.mapView()->marked().isEmpty());
    }

    // File ▸ Open recent: projects opened or saved, newest first, at most 8; deleted
    // files drop out; "Clear list" empties it. Settings live in a temporary directory.
    void recentFilesMenu()
    {
        QTemporaryDir settingsDir, files;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        ClusterData data = ClusterData::embeddedDefault();
        ViewOptions view = defaultView(data);
        MainWindow window(data, view);
        QVERIFY(window.recentFiles()->files().isEmpty());
        QList<QAction *> actions = window.recentFiles()->menu()->actions();
        QCOMPARE(actions.size(), 1); // only "Clear list", disabled
        QVERIFY(!actions.first()->isEnabled());

        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths.append(files.filePath(QStringLiteral("p%1.clusterscope.json").arg(i)));
            QString error;
            QVERIFY2(window.saveProject(paths.last(), &error), qPrintable(error));
            window.recentFiles()->add(paths.last());
        }
        QStringList recent = window.recentFiles()->files();
        QCOMPARE(recent.size(), RecentFiles::kMax);
        QCOMPARE(recent.first(), paths[9]);
        QCOMPARE(recent.last(), paths[2]);
        // Opening one again moves it to the top without a duplicate.
        QString error;
        QVERIFY2(window.openProject(paths[5], &error), qPrintable(error));
        recent = window.recentFiles()->files();
        QCOMPARE(recent.first(), paths[5]);
        QCOMPARE(recent.count(paths[5]), 1);
        QCOMPARE(recent.size(), RecentFiles::kMax);

        // A deleted file leaves the list and the menu (rebuilt when it opens).
        QVERIFY(QFile::remove(paths[9]));
        emit window.recentFiles()->menu()->aboutToShow();
        QVERIFY(!window.recentFiles()->files().contains(paths[9]));
        actions = window.recentFiles()->menu()->actions();
        QStringList listed;
        for (QAction *action : actions)
            if (!action->data().toString().isEmpty())
                listed.append(action->data().toString());
        QCOMPARE(listed, window.recentFiles()->files());
        QCOMPARE(listed.size(), RecentFiles::kMax - 1);
        QVERIFY(actions.first()->text().startsWith(QStringLiteral("&1 ")));

        // Another window (the next session) has the same list; its entries open projects.
        ViewOptions other = view;
        other.year = view.year;
        other.category = QStringLiteral("C29");
        MainWindow second(std::move(data), other);
        QCOMPARE(second.recentFiles()->files(), window.recentFiles()->files());
        QAction *p8 = nullptr;
        for (QAction *action : second.recentFiles()->menu()->actions())
            if (action->data().toString() == paths[8])
                p8 = action;
        QVERIFY(p8);
        p8->trigger();
        QCOMPARE(second.view().category, view.category);

        // Clear list.
        QAction *clear = second.recentFiles()->menu()->actions().last();
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(second.recentFiles()->files().isEmpty());
        QCOMPARE(second.recentFiles()->menu()->actions().size(), 1);
        QVERIFY(window.recentFiles()->files().isEmpty());
    }

    // A figure export shows the status bar's progress bar while it runs, keeps the event
    // loop turning (a timer fires meanwhile), and hides the bar when done.
    void progressBarDuringExport()
    {
        QTemporaryDir settingsDir, files;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QProgressBar *bar = window.progressBar();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        int ticks = 0, visibleTicks = 0;
        QString message;
        QTimer probe;
        probe.setInterval(1);
        connect(&probe, &QTimer::timeout, this, [&] {
            ++ticks;
            if (bar->isVisible()) {
                ++visibleTicks;
                message = window.statusBar()->currentMessage();
            }
        });
        probe.start();
        FigureOptions options;
        options.pixelSize = QSize(4000, 3000);
        const QString path = files.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(window.exports()->writeFigure(path, options, &error), qPrintable(error));
        probe.stop();
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(ticks > 0);
        QCOMPARE(visibleTicks, ticks); // every tick ran during the export
        QVERIFY(message.contains(QStringLiteral("map.png")));
        QVERIFY(!bar->isVisible());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    // The pickers people change most (level, category, indicator, year, reference area)
    // and the search field sit in the toolbars, not behind their "»" menu, at 1280×720 and
    // 1024×700, in English and German (the longer labels).
    void toolbarPickersVisible_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")})
            for (const QSize &size : {QSize(1280, 720), QSize(1024, 700)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }

    void toolbarPickersVisible()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        // The translations the program ships, compiled beside it.
        QTranslator translator;
        const QString qm = QFileInfo(QStringLiteral(CS_CLUSTERSCOPE_EXE)).absolutePath() +
                           QStringLiteral("/../translations/clusterscope_") + language + QStringLiteral(".qm");
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        {
            ClusterData data = ClusterData::embeddedDefault();
            const ViewOptions view = defaultView(data);
            MainWindow window(std::move(data), view);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.width(), size.width());
            if (language == QLatin1String("de"))
                QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
            QList<QWidget *> pickers;
            for (const char *name : {"levelPicker", "categoryPicker", "indicatorPicker", "referencePicker"})
                pickers.append(window.findChild<QComboBox *>(QLatin1String(name)));
            pickers << window.yearSlider() << window.playButton();
            for (QLineEdit *edit : window.findChildren<QLineEdit *>())
                if (qobject_cast<QToolBar *>(edit->parentWidget()))
                    pickers << edit; // the region search
            QCOMPARE(pickers.size(), 7);
            for (QWidget *picker : pickers) {
                QVERIFY(picker);
                const QString what = picker->objectName().isEmpty() ? picker->toolTip() : picker->objectName();
                // Hidden when the toolbar moved it into its extension menu.
                QVERIFY2(picker->isVisible(), qPrintable(what));
                const QRect inWindow(picker->mapTo(&window, QPoint(0, 0)), picker->size());
                QVERIFY2(window.rect().contains(inWindow), qPrintable(what));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Searching a name zooms so the region is framed by its surroundings (at most about
    // half the view), not filling it.
    void searchFramesRegion()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findRegion(QStringLiteral("Lomb")));
        const auto layer = window.mapView()->scene().layer;
        const int i = layer->indexOf(QStringLiteral("ITC4"));
        QCOMPARE(window.mapView()->selection(), QSet<int>{i});
        const QRectF region = layer->regions()[i].bounds;
        const QRectF extent = window.mapView()->extent();
        QVERIFY(extent.contains(region));
        QVERIFY2(region.width() <= 0.55 * extent.width() && region.height() <= 0.55 * extent.height(),
                 qPrintable(QStringLiteral("%1 × %2 of %3 × %4")
                                .arg(region.width())
                                .arg(region.height())
                                .arg(extent.width())
                                .arg(extent.height())));
    }

    // Keyboard only: Ctrl+F, type a code, Enter selects; Ctrl+F, another, Ctrl+Enter
    // adds; Ctrl+K compares both, with a linked map for each.
    void keyboardOnlyCompare()
    {
        ClusterData data = ClusterData::embeddedDefault();
        const ViewOptions view = defaultView(data);
        MainWindow window(std::move(data), view);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *search = nullptr;
        for (QLineEdit *edit : window.findChildren<QLineEdit *>())
            if (edit->placeholderText().contains(QStringLiteral("Find region")))
                search = edit;
        QVERIFY(search);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("DE11"));
        QTest::keyClick(search, Qt::Key_Return);
        auto layer = window.mapView()->scene().layer;
        QCOMPARE(window.mapView()->selection(), QSet<int>{layer->indexOf(QStringLiteral("DE11"))});
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(search->selectedText(), QStringLiteral("DE11"));
        QTest::keyClicks(search, QStringLiteral("ITC4"));
        QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
        layer = window.mapView()->scene().layer;
        QCOMPARE(window.mapView()->selection(), (QSet<int>{layer->indexOf(QStringLiteral("DE11")),
                                                           layer->indexOf(QStringLiteral("ITC4"))}));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.comparisonView()->isVisible());
        QCOMPARE(window.comparisonView()->regions(), (QStringList{QStringLiteral("DE11"), QStringLiteral("ITC4")}));
        QCOMPARE(window.comparisonView()->visibleMapCount(), 2);
        // Each map (country mode) outlines its own region.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(window.comparisonView()->mapViews()[i]->selection(),
                     QSet<int>{layer->indexOf(window.comparisonView()->regions()[i])});
        // Ctrl+M back to the map, where + zooms in.
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(window.mapView()->hasFocus());
        const double width = window.mapView()->extent().width();
        QTest::keyClick(window.mapView(), Qt::Key_Plus);
        QVERIFY(window.mapView()->extent().width() < width);
        // Ctrl+3 hides the comparison again.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(!window.comparisonView()->isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
