// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"
#include "widgets/ComparisonView.h"
#include "widgets/MapView.h"
#include "widgets/PeerFinder.h"
#include "widgets/RegionProfile.h"

#include <QApplication>
#include <QDockWidget>
#include <QSlider>
#include <QTest>
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

    // Moving the year slider (LFS data, 2008–2015) changes the map and its legend, and
    // the change can be undone.
    void yearSliderChangesLegend()
    {
        ClusterData data = ClusterData::embedded(QStringLiteral("lfs"));
        ViewOptions view = defaultView(data);
        view.category = QStringLiteral("J");
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
            if (action->text() == QStringLiteral("Cluster &star symbols"))
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
        QVERIFY(window.selectRegions({QStringLiteral("DE11")}).isEmpty());
        QVERIFY(window.showPanel(QStringLiteral("peers")));
        const auto peers = window.peerFinder()->peers();
        QVERIFY(peers.size() >= 5);
        for (int i = 1; i < peers.size(); ++i)
            QVERIFY(peers[i - 1].score >= peers[i].score);
        QVERIFY(!window.mapView()->marked().isEmpty());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
