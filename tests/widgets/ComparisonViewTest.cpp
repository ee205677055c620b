// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/MapRenderer.h"
#include "maps/SceneBuilder.h"
#include "widgets/ComparisonView.h"
#include "widgets/MapView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QHorizontalBarSeries>
#include <QBrush>
#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QLocale>
#include <QTableView>
#include <QPolarChart>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace cs;

class ComparisonViewTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;
    std::shared_ptr<NutsLayer> m_layer;

    static QStringList threeRegions()
    {
        return {QStringLiteral("DE11"), QStringLiteral("ITC4"), QStringLiteral("FR10")};
    }
    QSet<int> indicesOf(const QStringList &codes) const
    {
        QSet<int> indices;
        for (const QString &code : codes)
            indices.insert(m_layer->indexOf(code));
        return indices;
    }

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        QVERIFY(m_data.isValid());
        m_layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(m_layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
    }

    // One linked map per compared region, each selecting all the compared regions, all
    // on one extent around them; dragging one map pans the others, and so does the wheel.
    void linkedMapsFollowEachOther()
    {
        ComparisonView view(&m_data);
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        view.setMapContext(m_layer, query, Symbology::defaultFor(query.indicator));
        view.setRegions(threeRegions(), 2, 2015);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMapCount(), 3);
        const QList<MapView *> maps = view.mapViews();
        QCOMPARE(maps.size(), ComparisonView::kMaxRegions);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(maps[i]->isVisible());
            QCOMPARE(maps[i]->selection(), indicesOf(threeRegions()));
            QCOMPARE(maps[i]->extent(), maps[0]->extent());
            for (const QString &code : threeRegions())
                QVERIFY(maps[i]->extent().contains(m_layer->regions()[m_layer->indexOf(code)].bounds));
        }
        QVERIFY(!maps[3]->isVisible());

        // Drag the middle map 60 px to the right: every map moves west alike.
        const QRectF before = maps[0]->extent();
        const QPoint start = maps[1]->rect().center();
        QTest::mousePress(maps[1], Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(maps[1], start + QPoint(20, 0));
        QTest::mouseMove(maps[1], start + QPoint(60, 0));
        QTest::mouseRelease(maps[1], Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
        QVERIFY(maps[1]->extent().center().x() < before.center().x());
        for (MapView *map : maps)
            QCOMPARE(map->extent(), maps[1]->extent());
        // A drag is no click: the compared regions stay selected.
        QCOMPARE(maps[1]->selection(), indicesOf(threeRegions()));

        // Wheel over the third map zooms all of them.
        const QRectF panned = maps[2]->extent();
        const QPointF at = maps[2]->rect().center();
        QWheelEvent wheel(at, maps[2]->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(maps[2], &wheel);
        const QRectF area(maps[2]->rect());
        QVERIFY(MapRenderer::mapToDevice(maps[2]->extent(), area).m11() >
                MapRenderer::mapToDevice(panned, area).m11() * 1.5); // pixels per metre
        for (MapView *map : maps)
            QCOMPARE(map->extent(), maps[2]->extent());

        // A click on another region does not change what the maps compare.
        const QPoint paris = maps[0]->toWidget(NutsLayer::fromLonLat({2.3522, 48.8566})).toPoint();
        const QPoint munich = maps[0]->toWidget(NutsLayer::fromLonLat({11.5755, 48.1372})).toPoint();
        QCOMPARE(maps[0]->regionAt(paris), m_layer->indexOf(QStringLiteral("FR10")));
        QCOMPARE(maps[0]->regionAt(munich), m_layer->indexOf(QStringLiteral("DE21")));
        QTest::mouseClick(maps[0], Qt::LeftButton, Qt::NoModifier, munich);
        QCOMPARE(maps[0]->selection(), indicesOf(threeRegions()));
    }

    // Each map has its own indicator and year, defaulting to the main view's; changing
    // one map's year changes its legend (quantiles of that year's values) and leaves the
    // others alone.
    void eachMapHasItsOwnIndicatorAndYear()
    {
        const ClusterData lfs = ClusterData::embedded(QStringLiteral("lfs"));
        ComparisonView view(&lfs);
        const ScoreQuery query{2, QStringLiteral("J"), Indicator::LocationQuotient, 2015};
        Symbology perYear = Symbology::defaultFor(query.indicator);
        perYear.method = ClassificationMethod::Quantile;
        perYear.classes = 5;
        perYear.classesPerYear = true;
        view.setMapContext(m_layer, query, perYear);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMapCount(), 2);
        MapView *map1 = view.mapViews()[0];
        MapView *map2 = view.mapViews()[1];
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(view.yearPicker(i)->currentData().toInt(), 2015);
            QCOMPARE(view.indicatorPicker(i)->currentData().toInt(), int(Indicator::LocationQuotient));
            QCOMPARE(view.yearPicker(i)->count(), 8); // 2008–2015
        }
        const QList<double> breaks1 = map1->scene().classification.breaks();
        QCOMPARE(map2->scene().classification.breaks(), breaks1);
        // The small maps' legends sit under them, one swatch and range per class.
        QVERIFY(!map1->legendVisible());
        const QString legend1 = view.legend(0)->text();
        QCOMPARE(view.legend(1)->text(), legend1);
        const bool gaps = std::any_of(map1->scene().values.cbegin(), map1->scene().values.cend(),
                                      [](double v) { return std::isnan(v); });
        QCOMPARE(legend1.count(QStringLiteral("\u25A0")),
                 map1->scene().classification.classCount() + (gaps ? 1 : 0));
        QCOMPARE(legend1.contains(QStringLiteral("no data")), gaps);
        QVERIFY(legend1.contains(QLocale().toString(breaks1[1], 'f', 2)));

        // Map 2's year by keyboard: focus its year picker, Home picks 2008.
        QComboBox *year2 = view.yearPicker(1);
        year2->setFocus();
        QTest::keyClick(year2, Qt::Key_Home);
        QCOMPARE(year2->currentData().toInt(), 2008);
        QVERIFY(map2->scene().title.contains(QStringLiteral("2008")));
        QVERIFY(map2->scene().classification.breaks() != breaks1);
        QCOMPARE(map1->scene().classification.breaks(), breaks1);
        QCOMPARE(view.legend(0)->text(), legend1);
        QVERIFY(view.legend(1)->text() != legend1);
        QVERIFY(map1->scene().title.contains(QStringLiteral("2015")));
        QCOMPARE(map2->selection(), indicesOf({QStringLiteral("DE11"), QStringLiteral("ITC4")}));

        // Map 1's indicator: stars, with its own legend title; map 2 keeps LQ.
        QComboBox *indicator1 = view.indicatorPicker(0);
        indicator1->setCurrentIndex(indicator1->findData(int(Indicator::Stars)));
        emit indicator1->activated(indicator1->currentIndex());
        QCOMPARE(map1->scene().legendTitle, ClusterData::indicatorLabel(Indicator::Stars));
        QCOMPARE(map2->scene().legendTitle, ClusterData::indicatorLabel(Indicator::LocationQuotient));

        // The main view moves on (another year): maps the user set keep their choice,
        // the same regions keep their extent.
        const QRectF extent = map1->extent();
        view.setMapContext(m_layer, {2, QStringLiteral("J"), Indicator::LocationQuotient, 2012},
                           Symbology::defaultFor(Indicator::LocationQuotient));
        view.setRegions(view.regions(), 2, 2012);
        QCOMPARE(view.yearPicker(1)->currentData().toInt(), 2008);
        QCOMPARE(view.indicatorPicker(0)->currentData().toInt(), int(Indicator::Stars));
        QCOMPARE(map1->extent(), extent);
        // A new comparison starts from the main view's choices again.
        view.setRegions({QStringLiteral("DE21"), QStringLiteral("ITC4")}, 2, 2012);
        QCOMPARE(view.yearPicker(1)->currentData().toInt(), 2012);
        QCOMPARE(view.indicatorPicker(0)->currentData().toInt(), int(Indicator::LocationQuotient));
        QVERIFY(map1->extent() != extent);
    }

    // Tab walks each map's pickers and the map, then the next map, then the table tabs;
    // the hidden maps (fewer regions than maps) are skipped.
    void tabOrderFollowsTheMaps()
    {
        ComparisonView view(&m_data);
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        view.setMapContext(m_layer, query, Symbology::defaultFor(query.indicator));
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        view.resize(900, 700);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.indicatorPicker(0)->setFocus();
        const QList<QWidget *> expected{view.yearPicker(0), view.mapViews()[0], view.indicatorPicker(1),
                                        view.yearPicker(1), view.mapViews()[1]};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.tableView()));
        // Arrow keys pan the focused map, and the other one follows.
        const QRectF before = view.mapViews()[1]->extent();
        view.mapViews()[1]->setFocus();
        QTest::keyClick(view.mapViews()[1], Qt::Key_Left);
        QVERIFY(view.mapViews()[1]->extent() != before);
        QCOMPARE(view.mapViews()[0]->extent(), view.mapViews()[1]->extent());
    }

    // Without boundaries the maps stay hidden and the table still works.
    void noLayerNoMaps()
    {
        ComparisonView view(&m_data);
        view.setRegions(threeRegions(), 2, 2015);
        view.show();
        QCOMPARE(view.visibleMapCount(), 0);
        for (MapView *map : view.mapViews())
            QVERIFY(!map->isVisible());
        QVERIFY(view.model()->rowCount() > 0);
    }

    void regionsAreColumns()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        QCOMPARE(view.regions(), (QStringList{QStringLiteral("DE11"), QStringLiteral("ITC4")}));
        const QAbstractItemModel *model = view.model();
        QCOMPARE(model->columnCount(), ComparisonView::FirstRegionColumn + 2);
        QCOMPARE(model->headerData(ComparisonView::FirstRegionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("DE11"));
        QCOMPARE(model->headerData(ComparisonView::FirstRegionColumn + 1, Qt::Horizontal).toString(),
                 QStringLiteral("ITC4"));
        QVERIFY(model->rowCount() > 0);

        // The ITC4 column carries the same LQ as the region's profile.
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const int c28 = int(m_data.categories().indexOf(QStringLiteral("C28")));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ComparisonView::CategoryColumn).data().toString() !=
                QStringLiteral("C28"))
                continue;
            const double lq = model->index(row, ComparisonView::FirstRegionColumn + 1)
                                  .data(ComparisonView::ValueRole)
                                  .toDouble();
            QCOMPARE(lq, a->lq(a->rowOf(QStringLiteral("ITC4")), c28));
        }
    }

    // A category where both regions have LQ ≥ 1 is a shared strength, shown in bold on a
    // tinted background; one where neither has is not.
    void sharedStrengthIsHighlighted()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        const QAbstractItemModel *model = view.model();
        int highlighted = 0, plain = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const double de11 = model->index(row, ComparisonView::FirstRegionColumn)
                                    .data(ComparisonView::ValueRole)
                                    .toDouble();
            const double itc4 = model->index(row, ComparisonView::FirstRegionColumn + 1)
                                    .data(ComparisonView::ValueRole)
                                    .toDouble();
            const QModelIndex cell = model->index(row, ComparisonView::FirstRegionColumn);
            const bool bold = cell.data(Qt::FontRole).value<QFont>().bold();
            const bool tinted = cell.data(Qt::BackgroundRole).canConvert<QBrush>();
            if (de11 >= 1.0 && itc4 >= 1.0) {
                QVERIFY(cell.data(ComparisonView::SharedRole).toBool());
                QVERIFY(bold);
                QVERIFY(tinted);
                QVERIFY(view.sharedStrengths().contains(
                    model->index(row, ComparisonView::CategoryColumn).data().toString()));
                ++highlighted;
            } else if (!(de11 >= 1.0) && !(itc4 >= 1.0)) {
                const int stars = cell.data(ComparisonView::StarsRole).toInt() *
                                  model->index(row, ComparisonView::FirstRegionColumn + 1)
                                      .data(ComparisonView::StarsRole)
                                      .toInt();
                if (stars == 0) {
                    QVERIFY(!cell.data(ComparisonView::SharedRole).toBool());
                    QVERIFY(!bold);
                    ++plain;
                }
            }
        }
        QVERIFY(highlighted > 0);
        QVERIFY(plain > 0);
        // Shared strengths come first when the table is not sorted.
        QVERIFY(model->index(0, 0).data(ComparisonView::SharedRole).toBool());
    }

    void chartsHaveOneSeriesOrSetPerRegion()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4"), QStringLiteral("DE21")},
                        2, 2015);
        const auto radar = view.radarChart()->series();
        QCOMPARE(radar.size(), 3);
        auto *line = qobject_cast<QLineSeries *>(radar.first());
        QVERIFY(line);
        QCOMPARE(line->count(), 9); // 8 clusters and the closing point
        QCOMPARE(line->at(0).y(), line->at(8).y());
        if (!view.barChart()->series().isEmpty()) {
            auto *bars = qobject_cast<QHorizontalBarSeries *>(view.barChart()->series().first());
            QVERIFY(bars);
            QCOMPARE(bars->count(), 3);
        }
    }

    void keepsAtMostFourDistinctRegions()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("DE11"), QStringLiteral("ITC4"),
                         QStringLiteral("DE21"), QStringLiteral("FR10"), QStringLiteral("ES51")},
                        2, 2015);
        QCOMPARE(view.regions().size(), ComparisonView::kMaxRegions);
        QCOMPARE(view.regions().first(), QStringLiteral("DE11"));
        QCOMPARE(view.model()->columnCount(), ComparisonView::FirstRegionColumn + 4);
    }

    void clustersOnlyFilters()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        const int all = view.model()->rowCount();
        view.setClustersOnly(true);
        const int clusters = view.model()->rowCount();
        QVERIFY(clusters > 0 && clusters < all);
        for (int row = 0; row < clusters; ++row)
            QVERIFY(m_data.isCluster(view.model()->index(row, 0).data().toString()));
    }
};

QTEST_MAIN(ComparisonViewTest)
#include "ComparisonViewTest.moc"
