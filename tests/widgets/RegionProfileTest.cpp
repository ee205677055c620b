// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "widgets/RegionProfile.h"

#include <QAbstractItemModel>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace cs;

class RegionProfileTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;

    static int rowOf(const QAbstractItemModel *model, const QString &category)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, RegionProfile::CategoryColumn).data().toString() == category)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        QVERIFY(m_data.isValid());
    }

    // ITC4 (Lombardia) is specialised in machinery (C28) with LQ 1.937729 in 2015.
    void portfolioListsCategoryWithLq()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        const QAbstractItemModel *model = profile.model();
        QCOMPARE(model->rowCount(), int(m_data.categories().size()));
        QCOMPARE(model->columnCount(), int(RegionProfile::ColumnCount));
        const int row = rowOf(model, QStringLiteral("C28"));
        QVERIFY(row >= 0);
        const double lq =
            model->index(row, RegionProfile::LqColumn).data(RegionProfile::ValueRole).toDouble();
        QVERIFY2(std::abs(lq - 1.937729) < 1e-6, qPrintable(QString::number(lq, 'g', 10)));
        QCOMPARE(model->index(row, RegionProfile::LqColumn).data().toString(),
                 QLocale().toString(lq, 'f', 2));
        QCOMPARE(model->index(row, RegionProfile::LabelColumn).data().toString(),
                 m_data.categoryLabel(QStringLiteral("C28")));
        const QString stars = model->index(row, RegionProfile::StarsColumn).data().toString();
        QCOMPARE(stars.size(), 3);
        QVERIFY(stars.contains(QChar(0x2605)) || stars.contains(QChar(0x2606)));
    }

    // Sorting by LQ descending puts the largest first, numerically, and NaN last.
    void sortsByLqNumerically()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QAbstractItemModel *model = profile.model();
        model->sort(RegionProfile::LqColumn, Qt::DescendingOrder);
        double largest = -1.0;
        for (const ProfileRow &p : m_data.profile(QStringLiteral("ITC4"), 2, 2015))
            if (!std::isnan(p.lq))
                largest = std::max(largest, p.lq);
        QCOMPARE(model->index(0, RegionProfile::LqColumn).data(RegionProfile::ValueRole).toDouble(),
                 largest);
        bool seenNaN = false;
        double previous = largest;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, RegionProfile::LqColumn);
            const double v = index.data(RegionProfile::ValueRole).toDouble();
            if (std::isnan(v)) {
                seenNaN = true;
                QCOMPARE(index.data().toString(), QString(QChar(0x2013)));
                continue;
            }
            QVERIFY2(!seenNaN, "a number after NaN");
            QVERIFY(v <= previous);
            previous = v;
        }
        model->sort(RegionProfile::EmploymentColumn, Qt::AscendingOrder);
        double last = -1.0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const double v = model->index(row, RegionProfile::EmploymentColumn)
                                 .data(RegionProfile::ValueRole)
                                 .toDouble();
            if (std::isnan(v))
                break;
            QVERIFY(v >= last);
            last = v;
        }
    }

    void explainShowsNumbersAndFormula()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        QCOMPARE(profile.category(), QStringLiteral("C28"));
        const QString text = profile.explanationText();
        QVERIFY2(text.contains(QStringLiteral("133060")) || text.contains(QStringLiteral("133,060")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("LQ = (e_rc / e_r) / (E_c / E)")));
        QVERIFY(text.contains(QStringLiteral("e_rc")));
        QVERIFY(text.contains(QStringLiteral("E_c")));
        QVERIFY(text.contains(QStringLiteral("Robust")));
        // The current category is selected in the table.
        const QModelIndex current = profile.tableView()->currentIndex();
        QCOMPARE(current.siblingAtColumn(RegionProfile::CategoryColumn).data().toString(),
                 QStringLiteral("C28"));
    }

    // The bar chart holds at most ten clusters, strongest on top, and never NACE codes.
    void topChartShowsClusters()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QCOMPARE(profile.topChart()->series().size(), 1);
        auto *series = qobject_cast<QHorizontalBarSeries *>(profile.topChart()->series().first());
        QVERIFY(series);
        QBarSet *set = series->barSets().first();
        QVERIFY(set->count() > 0 && set->count() <= 10);
        for (int i = 1; i < set->count(); ++i)
            QVERIFY(set->at(i) >= set->at(i - 1));
    }

    // One year in the data: one point, and a note says so.
    void trendHasOnePointPerYear()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        auto *line = qobject_cast<QLineSeries *>(profile.trendChart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), int(m_data.years().size()));
        QCOMPARE(line->at(0).y(), 133060.0);
    }

    void doubleClickActivatesCategory()
    {
        RegionProfile profile(&m_data);
        profile.resize(1000, 700);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QSignalSpy activated(&profile, &RegionProfile::categoryActivated);
        QTableView *table = profile.tableView();
        const QModelIndex index = table->currentIndex();
        table->scrollTo(index);
        const QRect rect = table->visualRect(index);
        QVERIFY(table->viewport()->rect().contains(rect.center()));
        // A real double-click is a click followed by a double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("C28"));
    }

    void unknownRegionIsEmpty()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("XX99"), 2, 2015);
        QCOMPARE(profile.model()->rowCount(), 0);
        profile.setCategory(QStringLiteral("C28"));
        QVERIFY(profile.explanationText().isEmpty());
    }
};

QTEST_MAIN(RegionProfileTest)
#include "RegionProfileTest.moc"
