// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "widgets/ComparisonView.h"

#include <QAbstractItemModel>
#include <QHorizontalBarSeries>
#include <QBrush>
#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QPolarChart>
#include <QTest>

#include <cmath>

using namespace cs;

class ComparisonViewTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        QVERIFY(m_data.isValid());
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
