// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/MapRenderer.h"
#include "maps/NumberFormat.h"
#include "maps/SceneBuilder.h"
#include "widgets/ComparisonView.h"
#include "widgets/MapView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QTabWidget>
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

    // The test's own rule: every region has LQ ≥ threshold, or a specialisation or focus
    // star, by the engine.
    bool strongIn(const LevelAnalysis *a, const QString &region, int category, double threshold) const
    {
        const int r = a->rowOf(region);
        if (r < 0 || std::isnan(a->lq(r, category)))
            return false;
        return a->lq(r, category) >= threshold ||
               a->stars()->has(r, category, StarRating::kSpecialisation) ||
               a->stars()->has(r, category, StarRating::kFocus);
    }
    // The test's own top cluster: most ECO stars, then highest LQ, among the clusters.
    QString topClusterOf(const LevelAnalysis *a, const QString &region) const
    {
        const int r = a->rowOf(region);
        const QStringList categories = m_data.categories();
        QString best;
        int bestStars = -1;
        double bestLq = -1.0;
        for (int c = 0; c < categories.size(); ++c) {
            if (!m_data.isCluster(categories[c]) || std::isnan(a->lq(r, c)))
                continue;
            const int stars = a->stars()->ecoStars(r, c);
            if (stars > bestStars || (stars == bestStars && a->lq(r, c) > bestLq)) {
                best = categories[c];
                bestStars = stars;
                bestLq = a->lq(r, c);
            }
        }
        return best;
    }
    // Every row of the view is shared exactly when the test's rule holds; the rule
    // sentence names the threshold and the count. Returns the number of shared rows.
    int checkSharedRows(const ComparisonView &view) const
    {
        const LevelAnalysis *a = m_data.analysis(view.level(), view.year());
        const QAbstractItemModel *model = view.model();
        const QStringList categories = m_data.categories();
        int shared = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString code = model->index(row, ComparisonView::CategoryColumn).data().toString();
            const int c = int(categories.indexOf(code));
            bool expected = true;
            for (const QString &region : view.regions())
                expected &= strongIn(a, region, c, view.sharedThreshold());
            const QModelIndex cell = model->index(row, ComparisonView::FirstRegionColumn);
            if (cell.data(ComparisonView::SharedRole).toBool() != expected) {
                qWarning() << code << "should be shared:" << expected;
                return -1;
            }
            if (cell.data(Qt::FontRole).value<QFont>().bold() != expected)
                return -1;
            if (expected != view.sharedStrengths().contains(code))
                return -1;
            shared += expected ? 1 : 0;
        }
        if (shared != view.sharedStrengths().size())
            return -1;
        const QString rule = view.ruleLabel()->text();
        if (!rule.contains(QStringLiteral("LQ ≥ %1").arg(numbers::ratio(view.sharedThreshold()))) ||
            !rule.contains(QStringLiteral("specialisation or focus star")) ||
            !rule.contains(QStringLiteral(" %1 shared").arg(shared)))
            return -1;
        return shared;
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

    // Default (country) mode: each map frames its own region's country and outlines its
    // region; maps of regions in different countries differ, and they pan on their own.
    void countryMapsFrameEachRegionsCountry()
    {
        ComparisonView view(&m_data);
        QCOMPARE(view.mapMode(), ComparisonView::MapMode::Country);
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        view.setMapContext(m_layer, query, Symbology::defaultFor(query.indicator));
        const QStringList regions{QStringLiteral("DE11"), QStringLiteral("ITC4"), QStringLiteral("FR10"),
                                  QStringLiteral("DE21")};
        view.setRegions(regions, 2, 2015);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMapCount(), 4);
        const QList<MapView *> maps = view.mapViews();
        QCOMPARE(maps.size(), ComparisonView::kMaxRegions);
        auto bounds = [this](const QString &code) { return m_layer->regions()[m_layer->indexOf(code)].bounds; };
        for (int i = 0; i < 4; ++i) {
            QVERIFY(maps[i]->isVisible());
            QCOMPARE(maps[i]->selection(), indicesOf({regions[i]}));
            QVERIFY(maps[i]->extent().contains(bounds(regions[i])));
            QCOMPARE(view.mapCategory(i), QStringLiteral("C28"));
        }
        QVERIFY(!maps[4]->isVisible());
        // Germany, Italy, France: three different frames; each holds its country only.
        QVERIFY(maps[0]->extent() != maps[1]->extent());
        QVERIFY(maps[0]->extent() != maps[2]->extent());
        QVERIFY(maps[1]->extent() != maps[2]->extent());
        QVERIFY(maps[0]->extent().contains(bounds(QStringLiteral("DE21"))));
        for (const char *code : {"DE21", "DEF0", "FR10", "DE11"})
            QVERIFY2(m_layer->indexOf(QLatin1String(code)) >= 0, code);
        QVERIFY(maps[0]->extent().contains(bounds(QStringLiteral("DEF0")))); // Schleswig-Holstein
        QVERIFY(!maps[0]->extent().contains(bounds(QStringLiteral("FR10")).center()));
        QVERIFY(!maps[1]->extent().contains(bounds(QStringLiteral("DE11")).center()));
        // France's frame is the continent, not the overseas regions.
        QVERIFY(m_layer->indexOf(QStringLiteral("FRA1")) >= 0); // Guadeloupe (NUTS 2013)
        QVERIFY(!maps[2]->extent().contains(bounds(QStringLiteral("FRA1")).center()));
        // Two German regions: the same country frame.
        QCOMPARE(maps[3]->extent(), maps[0]->extent());

        // Dragging one map moves that map only.
        const QRectF before0 = maps[0]->extent();
        const QRectF before1 = maps[1]->extent();
        const QPoint start = maps[1]->rect().center();
        QTest::mousePress(maps[1], Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(maps[1], start + QPoint(20, 0));
        QTest::mouseMove(maps[1], start + QPoint(60, 0));
        QTest::mouseRelease(maps[1], Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
        QVERIFY(maps[1]->extent().center().x() < before1.center().x());
        QCOMPARE(maps[0]->extent(), before0);
        // A drag is no click: the region stays selected.
        QCOMPARE(maps[1]->selection(), indicesOf({QStringLiteral("ITC4")}));

        // A click on another region does not change what the map shows.
        const QPoint munich = maps[0]->toWidget(NutsLayer::fromLonLat({11.5755, 48.1372})).toPoint();
        QCOMPARE(maps[0]->regionAt(munich), m_layer->indexOf(QStringLiteral("DE21")));
        QTest::mouseClick(maps[0], Qt::LeftButton, Qt::NoModifier, munich);
        QCOMPARE(maps[0]->selection(), indicesOf({QStringLiteral("DE11")}));
    }

    // Top-cluster mode, picked in the combo box: each map shows its region's top cluster
    // (most stars, then highest LQ, by the engine), outlines all compared regions, and
    // the maps share one extent: dragging one pans the others, and so does the wheel.
    void topClusterMapsAreLinked()
    {
        ComparisonView view(&m_data);
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        view.setMapContext(m_layer, query, Symbology::defaultFor(query.indicator));
        view.setRegions(threeRegions(), 2, 2015);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QComboBox *mode = view.mapModePicker();
        mode->setCurrentIndex(mode->findData(int(ComparisonView::MapMode::TopCluster)));
        emit mode->activated(mode->currentIndex());
        QCOMPARE(view.mapMode(), ComparisonView::MapMode::TopCluster);

        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const QList<MapView *> maps = view.mapViews();
        QSet<QString> tops;
        for (int i = 0; i < 3; ++i) {
            const QString top = topClusterOf(a, threeRegions()[i]);
            QVERIFY(!top.isEmpty());
            QVERIFY(m_data.isCluster(top));
            QCOMPARE(view.topCluster(threeRegions()[i]), top);
            QCOMPARE(view.mapCategory(i), top);
            QVERIFY(maps[i]->scene().title.startsWith(m_data.categoryLabel(top)));
            tops.insert(top);
            QCOMPARE(maps[i]->selection(), indicesOf(threeRegions()));
            QCOMPARE(maps[i]->extent(), maps[0]->extent());
            for (const QString &code : threeRegions())
                QVERIFY(maps[i]->extent().contains(m_layer->regions()[m_layer->indexOf(code)].bounds));
        }
        QVERIFY(tops.size() >= 2); // the maps tell different stories

        // Drag the middle map 60 px to the right: every map moves west alike.
        const QRectF before = maps[0]->extent();
        const QPoint start = maps[1]->rect().center();
        QTest::mousePress(maps[1], Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(maps[1], start + QPoint(20, 0));
        QTest::mouseMove(maps[1], start + QPoint(60, 0));
        QTest::mouseRelease(maps[1], Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
        QVERIFY(maps[1]->extent().center().x() < before.center().x());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(maps[i]->extent(), maps[1]->extent());
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
        for (int i = 0; i < 3; ++i)
            QCOMPARE(maps[i]->extent(), maps[2]->extent());

        // Back to countries: each map frames its own region's country again.
        view.setMapMode(ComparisonView::MapMode::Country);
        QCOMPARE(view.mapCategory(0), QStringLiteral("C28"));
        QVERIFY(maps[0]->extent() != maps[1]->extent());
        QCOMPARE(maps[1]->selection(), indicesOf({QStringLiteral("ITC4")}));
    }

    // Each map has its own indicator and year, defaulting to the main view's; changing
    // one map's year changes its legend (quantiles of that year's values) and leaves the
    // others alone. Equal legends show once, under the maps.
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
        // The small maps' legends sit under them, one swatch and range per class; the
        // same legend twice shows once.
        QVERIFY(!map1->legendVisible());
        const QString legend1 = view.legend(0)->text();
        QCOMPARE(view.legend(1)->text(), legend1);
        QVERIFY(!view.legend(0)->isVisible());
        QVERIFY(!view.legend(1)->isVisible());
        const bool gaps = std::any_of(map1->scene().values.cbegin(), map1->scene().values.cend(),
                                      [](double v) { return std::isnan(v); });
        QCOMPARE(legend1.count(QStringLiteral("\u25A0")),
                 map1->scene().classification.classCount() + (gaps ? 1 : 0));
        QCOMPARE(legend1.contains(QStringLiteral("no data")), gaps);
        QVERIFY(legend1.contains(numbers::ratio(breaks1[1])));

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
        QVERIFY(view.legend(0)->isVisible()); // two legends now
        QVERIFY(view.legend(1)->isVisible());
        QVERIFY(map1->scene().title.contains(QStringLiteral("2015")));
        QCOMPARE(map2->selection(), indicesOf({QStringLiteral("ITC4")}));

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
        view.setRegions({QStringLiteral("FR10"), QStringLiteral("ITC4")}, 2, 2012);
        QCOMPARE(view.yearPicker(1)->currentData().toInt(), 2012);
        QCOMPARE(view.indicatorPicker(0)->currentData().toInt(), int(Indicator::LocationQuotient));
        QVERIFY(map1->extent() != extent);
    }

    // Tab walks from the map mode through each map's picker and the map, then the next
    // map, then the rule's threshold, the filter and the table; hidden maps are skipped.
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
        view.mapModePicker()->setFocus();
        // The SBS extract has one year: no year to pick.
        QCOMPARE(m_data.years().size(), 1);
        QVERIFY(!view.yearPicker(0)->isVisible());
        const QList<QWidget *> expected{view.indicatorPicker(0), view.mapViews()[0], view.indicatorPicker(1),
                                        view.mapViews()[1], view.thresholdBox()};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QCheckBox *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.tableView()));
        // Arrow keys pan the focused map; in country mode the other one stays.
        const QRectF before = view.mapViews()[1]->extent();
        const QRectF other = view.mapViews()[0]->extent();
        view.mapViews()[1]->setFocus();
        QTest::keyClick(view.mapViews()[1], Qt::Key_Left);
        QVERIFY(view.mapViews()[1]->extent() != before);
        QCOMPARE(view.mapViews()[0]->extent(), other);
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
        view.setClustersOnly(false);
        QCOMPARE(view.regions(), (QStringList{QStringLiteral("DE11"), QStringLiteral("ITC4")}));
        const QAbstractItemModel *model = view.model();
        QCOMPARE(model->columnCount(), ComparisonView::FirstRegionColumn + 2);
        QCOMPARE(model->headerData(ComparisonView::FirstRegionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("DE11"));
        QCOMPARE(model->headerData(ComparisonView::FirstRegionColumn + 1, Qt::Horizontal).toString(),
                 QStringLiteral("ITC4"));
        QVERIFY(model->rowCount() > 0);

        // The ITC4 column carries the same LQ as the region's profile, shown as a ratio.
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const int c28 = int(m_data.categories().indexOf(QStringLiteral("C28")));
        const double expected = a->lq(a->rowOf(QStringLiteral("ITC4")), c28);
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ComparisonView::CategoryColumn).data().toString() !=
                QStringLiteral("C28"))
                continue;
            const QModelIndex cell = model->index(row, ComparisonView::FirstRegionColumn + 1);
            QCOMPARE(cell.data(ComparisonView::ValueRole).toDouble(), expected);
            QVERIFY(cell.data().toString().startsWith(numbers::ratio(expected)));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(
                QStringLiteral("LQ %1;").arg(numbers::ratio(expected))));
            ++found;
        }
        QCOMPARE(found, 1);
    }

    // Shared strength = every region has LQ ≥ the threshold (default: the engine's
    // specialisation star) or a specialisation or focus star; bold on a tint; the
    // sentence above the table says the rule and the count, for any threshold.
    void sharedStrengthsFollowTheRule()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("DE21")}, 2, 2015);
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        QCOMPARE(view.sharedThreshold(), a->stars()->parameters().specialisationMinLq);
        const int clusters = checkSharedRows(view);
        QVERIFY(clusters > 0);
        QVERIFY(view.ruleLabel()->isVisibleTo(&view));
        // Strongest first, when the table is not sorted.
        QVERIFY(view.model()->index(0, 0).data(ComparisonView::SharedRole).toBool());
        QVERIFY(view.model()->index(0, ComparisonView::FirstRegionColumn)
                    .data(Qt::BackgroundRole)
                    .canConvert<QBrush>());
        QVERIFY(!view.model()->index(view.model()->rowCount() - 1, 0).data(ComparisonView::SharedRole).toBool());

        // All categories: sections and divisions may share too.
        view.setClustersOnly(false);
        const int all = checkSharedRows(view);
        QVERIFY(all >= clusters);
        // A lower threshold, through the spin box: more shared strengths, still by the rule.
        view.thresholdBox()->setValue(1.25);
        QCOMPARE(view.sharedThreshold(), 1.25);
        const int lower = checkSharedRows(view);
        QVERIFY(lower > all);
        view.setSharedThreshold(3.0);
        const int higher = checkSharedRows(view);
        QVERIFY(higher >= 0 && higher <= all);

        // Four regions: the threshold stays the user's; the rule holds for any number.
        view.setClustersOnly(true);
        view.setSharedThreshold(1.0);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("DE21"), QStringLiteral("ITC4"),
                         QStringLiteral("FR10")},
                        2, 2015);
        QCOMPARE(view.sharedThreshold(), 1.0);
        QVERIFY(checkSharedRows(view) > 0);
        view.setSharedThreshold(a->stars()->parameters().specialisationMinLq);
        QVERIFY(checkSharedRows(view) >= 0);
    }

    // A region with only a size star (a big region, LQ below the threshold, no focus
    // star) does not make a shared strength, even when the other region is specialised.
    void sizeStarAloneIsNoStrength()
    {
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const StarRating *stars = a->stars();
        const double threshold = stars->parameters().specialisationMinLq;
        const QStringList categories = m_data.categories();
        QString sizeOnly, specialised, category;
        for (int c = 0; c < categories.size() && category.isEmpty(); ++c) {
            if (!m_data.isCluster(categories[c]))
                continue;
            QString big, strong;
            for (int r = 0; r < a->regions.size(); ++r) {
                const int s = stars->stars(r, c);
                if (big.isEmpty() && (s & StarRating::kSize) && !(s & StarRating::kSpecialisation) &&
                    !(s & StarRating::kFocus) && a->lq(r, c) < threshold)
                    big = a->regions[r];
                if (strong.isEmpty() && (s & StarRating::kSpecialisation))
                    strong = a->regions[r];
            }
            if (!big.isEmpty() && !strong.isEmpty()) {
                sizeOnly = big;
                specialised = strong;
                category = categories[c];
            }
        }
        QVERIFY(!category.isEmpty());
        ComparisonView view(&m_data);
        view.setRegions({sizeOnly, specialised}, 2, 2015);
        QVERIFY(checkSharedRows(view) >= 0);
        QVERIFY(!view.sharedStrengths().contains(category));
        bool seen = false;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            if (view.model()->index(row, 0).data().toString() == category) {
                const QModelIndex cell = view.model()->index(row, ComparisonView::FirstRegionColumn);
                QVERIFY(cell.data(ComparisonView::StarsRole).toInt() >= 1); // the size star
                QVERIFY(!cell.data(ComparisonView::SharedRole).toBool());
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("size")));
                seen = true;
            }
        QVERIFY(seen);
    }

    // The bars: one set per region (the shared clusters' LQ) and the LQ = 1 line on the
    // same axes; the radar: one closed line per region, short labels cut at a word,
    // none outside the chart.
    void chartsHaveOneSeriesOrSetPerRegion()
    {
        ComparisonView view(&m_data);
        view.setSharedThreshold(1.0);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4"), QStringLiteral("DE21")},
                        2, 2015);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto radar = view.radarChart()->series();
        QCOMPARE(radar.size(), 3);
        auto *line = qobject_cast<QLineSeries *>(radar.first());
        QVERIFY(line);
        QCOMPARE(line->count(), 9); // 8 clusters and the closing point
        QCOMPARE(line->at(0).y(), line->at(8).y());

        QVERIFY(!view.sharedStrengths().isEmpty());
        const auto bars = view.barChart()->series();
        QCOMPARE(bars.size(), 2);
        auto *sets = qobject_cast<QHorizontalBarSeries *>(bars[0]);
        QVERIFY(sets);
        QCOMPARE(sets->count(), 3);
        auto *reference = qobject_cast<QLineSeries *>(bars[1]);
        QVERIFY(reference);
        QVERIFY(reference->name().startsWith(QStringLiteral("LQ = 1")));
        QCOMPARE(reference->count(), 2);
        QCOMPARE(reference->at(0).x(), 1.0);
        QCOMPARE(reference->at(1).x(), 1.0);
        QCOMPARE(reference->attachedAxes().size(), 2);
        for (QAbstractAxis *axis : sets->attachedAxes())
            QVERIFY(reference->attachedAxes().contains(axis));
        // The bars are the strongest shared clusters' LQ.
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const QString strongest = view.sharedStrengths().first();
        QVERIFY(m_data.isCluster(strongest));
        const int last = sets->barSets()[0]->count() - 1; // drawn bottom-up
        QCOMPARE(sets->barSets()[1]->at(last),
                 a->lq(a->rowOf(QStringLiteral("ITC4")), int(m_data.categories().indexOf(strongest))));

        auto *angular = qobject_cast<QCategoryAxis *>(view.radarChart()->axes(QPolarChart::PolarOrientationAngular).value(0));
        QVERIFY(angular);
        int shortened = 0;
        for (const QString &label : angular->categoriesLabels()) {
            QVERIFY2(label.size() <= ComparisonView::kRadarLabelLength, qPrintable(label));
            if (!label.endsWith(QChar(0x2026)))
                continue;
            ++shortened;
            // Cut between words: the full name goes on with a space after the kept part.
            const QString kept = label.chopped(1);
            bool matched = false;
            for (const QString &code : m_data.categories()) {
                const QString full = m_data.categoryLabel(code);
                matched |= m_data.isCluster(code) && full.startsWith(kept) && full.size() > kept.size() &&
                           !full[kept.size()].isLetterOrNumber() &&
                           view.radarKey()->text().contains(full);
            }
            QVERIFY2(matched, qPrintable(label));
        }
        QVERIFY(shortened > 0);

        // On screen, every radar label lies inside the chart.
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(view.radarKey()->isVisible());
        const QRectF chartArea = view.radarChart()->sceneBoundingRect();
        int labels = 0;
        for (QGraphicsItem *item : view.radarChart()->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            ++labels;
            QVERIFY2(chartArea.contains(text->sceneBoundingRect()), qPrintable(text->toPlainText()));
        }
        QVERIFY(labels >= 8);
    }

    // Up to ten regions, as the US Cluster Mapping Project: the eleventh is dropped, and
    // the ten maps sit in two rows of five.
    void keepsAtMostTenDistinctRegions()
    {
        const QStringList codes{QStringLiteral("DE11"), QStringLiteral("DE11"), QStringLiteral("DE21"),
                                QStringLiteral("ITC4"), QStringLiteral("FR10"), QStringLiteral("ES51"),
                                QStringLiteral("NL33"), QStringLiteral("SE11"), QStringLiteral("AT13"),
                                QStringLiteral("CZ01"), QStringLiteral("PL12"), QStringLiteral("ES30")};
        QCOMPARE(ComparisonView::kMaxRegions, 10);
        ComparisonView view(&m_data);
        const ScoreQuery query{2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015};
        view.setMapContext(m_layer, query, Symbology::defaultFor(query.indicator));
        view.setRegions(codes, 2, 2015);
        QCOMPARE(view.regions().size(), 10);
        QCOMPARE(view.regions().first(), QStringLiteral("DE11"));
        QCOMPARE(view.regions().last(), QStringLiteral("PL12"));
        QVERIFY(!view.regions().contains(QStringLiteral("ES30")));
        QCOMPARE(view.model()->columnCount(), ComparisonView::FirstRegionColumn + 10);
        QVERIFY(checkSharedRows(view) >= 0);

        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleMapCount(), 10);
        const QList<MapView *> maps = view.mapViews();
        for (int i = 0; i < 10; ++i) {
            QVERIFY(maps[i]->isVisible());
            QVERIFY(maps[i]->width() >= 100);
            QVERIFY(maps[i]->height() >= 80);
            const QPoint at = maps[i]->mapTo(&view, QPoint());
            const QPoint first = maps[i < 5 ? 0 : 5]->mapTo(&view, QPoint());
            QCOMPARE(at.y(), first.y()); // five to a row
            if (i % 5)
                QVERIFY(at.x() > maps[i - 1]->mapTo(&view, QPoint()).x());
        }
        QVERIFY(maps[5]->mapTo(&view, QPoint()).y() > maps[0]->mapTo(&view, QPoint()).y());
    }

    // Clusters only by default; NACE sections and divisions on demand.
    void clustersOnlyByDefault()
    {
        ComparisonView view(&m_data);
        view.setRegions({QStringLiteral("DE11"), QStringLiteral("ITC4")}, 2, 2015);
        QVERIFY(view.clustersOnly());
        const int clusters = view.model()->rowCount();
        QVERIFY(clusters > 0);
        for (int row = 0; row < clusters; ++row)
            QVERIFY(m_data.isCluster(view.model()->index(row, 0).data().toString()));
        // Cluster keys are not shown: the label column names the cluster.
        QVERIFY(view.tableView()->isColumnHidden(ComparisonView::CategoryColumn));
        view.setClustersOnly(false);
        QVERIFY(!view.tableView()->isColumnHidden(ComparisonView::CategoryColumn));
        const int all = view.model()->rowCount();
        QVERIFY(all > clusters);
        bool nace = false;
        for (int row = 0; row < all; ++row)
            nace |= !m_data.isCluster(view.model()->index(row, 0).data().toString());
        QVERIFY(nace);
    }
};

QTEST_MAIN(ComparisonViewTest)
#include "ComparisonViewTest.moc"
