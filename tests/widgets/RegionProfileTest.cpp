// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/EurostatTable.h"
#include "maps/NumberFormat.h"
#include "maps/TableReader.h"
#include "tests/common/WageTable.h"
#include "widgets/RegionProfile.h"

#include <QAbstractItemModel>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <QScrollBar>

#include <cmath>
#include <limits>
#include <set>

using namespace cs;

class RegionProfileTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;
    ClusterData m_lfs; // ../shared/data/lfst_r_lfe2en2_2017vintage.tsv, persons aged 15+

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
        EurostatTable::Options options;
        options.filters = {{QStringLiteral("unit"), QStringLiteral("THS")}, {QStringLiteral("age"), QStringLiteral("Y_GE15")}};
        options.scale = 1000.0;
        const QString lfsPath = QStringLiteral(CS_SHARED_DATA_DIR "/lfst_r_lfe2en2_2017vintage.tsv");
        const StatTable table = EurostatTable::read(lfsPath, options);
        m_lfs = ClusterData::fromTable(table, 2013, lfsPath, IndustryScheme::NaceAggregates);
        QVERIFY2(m_lfs.isValid(), qPrintable(lfsPath));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
        QCOMPARE(model->index(row, RegionProfile::LqColumn).data().toString(), numbers::ratio(lq));
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
        QCOMPARE(profile.starTable()->horizontalHeaderItem(5)->text(), QStringLiteral("Robust (±10 %)"));
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

    // One year in the data (SBS 2015): no chart, a sentence says why.
    void trendHiddenForOneYear()
    {
        QCOMPARE(m_data.years().size(), 1);
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        profile.tabs()->setCurrentIndex(2);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QVERIFY(!profile.trendChartView()->isVisible());
        QVERIFY(profile.trendChart()->series().isEmpty());
        QVERIFY2(profile.trendNote().contains(QStringLiteral("one year (2015)")), qPrintable(profile.trendNote()));
    }

    // LFS 2008–2015: one point per year and one axis label per year, the year itself.
    void lfsTrendLabelsAreYears()
    {
        const QList<int> years = m_lfs.years();
        QCOMPARE(years.first(), 2008);
        QCOMPARE(years.last(), 2015);
        RegionProfile profile(&m_lfs);
        profile.resize(560, 700);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("J"));
        profile.tabs()->setCurrentIndex(2);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QVERIFY(profile.trendChartView()->isVisible());
        auto *line = qobject_cast<QLineSeries *>(profile.trendChart()->series().value(0));
        QVERIFY(line);
        const int column = int(m_lfs.categories().indexOf(QStringLiteral("J")));
        QCOMPARE(line->count(), int(years.size()));
        for (int i = 0; i < years.size(); ++i) {
            const LevelAnalysis *a = m_lfs.analysis(2, years[i]);
            QCOMPARE(line->at(i).x(), double(years[i]));
            QCOMPARE(line->at(i).y(), a->employment(a->rowOf(QStringLiteral("ITC4")), column));
        }
        const auto axes = profile.trendChart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
        QVERIFY(axis);
        QStringList expected;
        for (int year : years)
            expected.append(QStringLiteral("%1").arg(year));
        QCOMPARE(axis->categoriesLabels(), expected);
        for (int year : years)
            QCOMPARE(axis->endValue(QStringLiteral("%1").arg(year)), double(year));
    }

    // LFS data have no clusters: the top chart ranks their categories instead of staying
    // empty, and says so.
    void lfsTopChartRanksCategories()
    {
        RegionProfile profile(&m_lfs);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QCOMPARE(profile.topChart()->series().size(), 1);
        auto *series = qobject_cast<QHorizontalBarSeries *>(profile.topChart()->series().first());
        QVERIFY(series);
        QBarSet *set = series->barSets().first();
        double largest = -1.0;
        int withLq = 0;
        for (const ProfileRow &p : m_lfs.profile(QStringLiteral("ITC4"), 2, 2015))
            if (!std::isnan(p.lq)) {
                largest = std::max(largest, p.lq);
                ++withLq;
            }
        QCOMPARE(set->count(), std::min(withLq, 10));
        QCOMPARE(set->at(set->count() - 1), largest);
        QVERIFY2(profile.topNote().contains(QStringLiteral("no clusters")), qPrintable(profile.topNote()));
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
        // No empty chart without a sentence.
        QVERIFY(profile.topChartView()->isHidden());
        QVERIFY(!profile.topNote().isEmpty());
        QVERIFY(profile.trendChartView()->isHidden());
        profile.setCategory(QStringLiteral("C28"));
        QVERIFY(profile.explanationText().isEmpty());
    }

    // By default the portfolio is sorted by strength: stars, then LQ, largest first, rows
    // without an LQ last; the order checked against the engine's own values.
    void sortedByStrength()
    {
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        const QAbstractItemModel *model = profile.model();
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        QVERIFY(a);
        const int region = a->rowOf(QStringLiteral("ITC4"));
        QVERIFY(region >= 0);
        const QStringList categories = m_data.categories();
        QCOMPARE(profile.tableView()->horizontalHeader()->sortIndicatorSection(), int(RegionProfile::StarsColumn));
        QCOMPARE(profile.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        int previousStars = 4;
        double previousLq = std::numeric_limits<double>::infinity();
        bool seenNaN = false;
        int starred = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString code = model->index(row, RegionProfile::CategoryColumn).data().toString();
            const int c = int(categories.indexOf(code));
            QVERIFY(c >= 0);
            const double lq = a->lq(region, c);
            if (std::isnan(lq)) {
                seenNaN = true;
                continue;
            }
            QVERIFY2(!seenNaN, qPrintable(code + QStringLiteral(": a number after NaN")));
            const int stars = a->stars()->ecoStars(region, c);
            starred += stars > 0 ? 1 : 0;
            QVERIFY2(stars < previousStars || (stars == previousStars && lq <= previousLq),
                     qPrintable(QStringLiteral("%1: %2 stars, LQ %3").arg(code).arg(stars).arg(lq)));
            previousStars = stars;
            previousLq = lq;
        }
        QVERIFY(starred > 0); // the order is not only by LQ
        // The header says how it is sorted.
        QVERIFY(model->headerData(RegionProfile::StarsColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("strength")));
    }

    // Numbers in the German locale: decimal comma, dot grouping, via cs::numbers.
    void germanNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        RegionProfile profile(&m_data);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        const QAbstractItemModel *model = profile.model();
        const int row = rowOf(model, QStringLiteral("C28"));
        QVERIFY(row >= 0);
        const auto value = [&](int column) { return model->index(row, column).data(RegionProfile::ValueRole).toDouble(); };
        const auto text = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(text(RegionProfile::LqColumn), QStringLiteral("1,94"));
        QCOMPARE(text(RegionProfile::EmploymentColumn), QStringLiteral("133.060"));
        QCOMPARE(text(RegionProfile::ShareColumn), numbers::share(value(RegionProfile::ShareColumn), 2));
        QVERIFY(text(RegionProfile::ShareColumn).contains(QLatin1Char(',')));
        QCOMPARE(text(RegionProfile::FocusColumn), numbers::share(value(RegionProfile::FocusColumn), 2));
        QCOMPARE(text(RegionProfile::GrowthColumn), QString(QChar(0x2013))); // one year: no growth
        QVERIFY(profile.explanationText().contains(QStringLiteral("133.060")));
        QVERIFY(profile.explanationText().contains(QStringLiteral("= 1,94")));
        // The star table: the LQ of the specialisation star and the rank of the size star.
        QTableWidget *stars = profile.starTable();
        QCOMPARE(stars->item(1, 1)->text(), QStringLiteral("1,94"));
        const Explanation x = m_data.explain(QStringLiteral("ITC4"), QStringLiteral("C28"), 2, 2015);
        QCOMPARE(stars->item(0, 1)->text(), QStringLiteral("133.060"));
        QVERIFY(stars->item(0, 3)->text().startsWith(QStringLiteral("%1 ").arg(x.size.rank)));
        // LFS growth in the German format, with its sign.
        RegionProfile lfs(&m_lfs);
        lfs.setRegion(QStringLiteral("ITC4"), 2, 2015);
        const int j = rowOf(lfs.model(), QStringLiteral("J"));
        const double growth = lfs.model()->index(j, RegionProfile::GrowthColumn).data(RegionProfile::ValueRole).toDouble();
        QVERIFY(std::isfinite(growth));
        const QString shown = lfs.model()->index(j, RegionProfile::GrowthColumn).data().toString();
        QCOMPARE(shown, numbers::signedPercent(growth));
        QVERIFY2(shown.contains(QLatin1Char(',')) && shown.endsWith(QStringLiteral(" %")), qPrintable(shown));
    }

    // In the app's window at 1366×768 the number columns fit beside the label without
    // sideways scrolling, for both data sets.
    void columnsVisibleInDock_data()
    {
        QTest::addColumn<bool>("lfs");
        QTest::newRow("sbs") << false;
        QTest::newRow("lfs") << true;
    }
    void columnsVisibleInDock()
    {
        QFETCH(bool, lfs);
        QMainWindow window;
        window.setCentralWidget(new QWidget);
        auto *profile = new RegionProfile(lfs ? &m_lfs : &m_data);
        auto *dock = new QDockWidget(QStringLiteral("Region profile"), &window);
        dock->setWidget(profile);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        profile->setRegion(QStringLiteral("ITC4"), 2, 2015);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), 1366);
        // The map keeps most of the window.
        QVERIFY2(dock->width() < window.width() / 2, qPrintable(QString::number(dock->width())));
        QVERIFY(window.centralWidget()->width() >= 640);
        QTableView *table = profile->tableView();
        const QHeaderView *header = table->horizontalHeader();
        const int viewport = table->viewport()->width();
        for (int column : {RegionProfile::LabelColumn, RegionProfile::EmploymentColumn, RegionProfile::LqColumn,
                           RegionProfile::StarsColumn, RegionProfile::GrowthColumn, RegionProfile::ShareColumn}) {
            QVERIFY(!table->isColumnHidden(column));
            const int left = header->sectionViewportPosition(column);
            const int size = header->sectionSize(column);
            QVERIFY2(left >= 0 && left + size <= viewport,
                     qPrintable(QStringLiteral("column %1: %2 + %3 > %4").arg(column).arg(left).arg(size).arg(viewport)));
            // Header text and every value fit their column: nothing is cut.
            QVERIFY(size >= header->sectionSizeHint(column));
            if (column != RegionProfile::LabelColumn)
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    const QString text = table->model()->index(row, column).data().toString();
                    QVERIFY2(table->fontMetrics().horizontalAdvance(text) < size, qPrintable(text));
                }
        }
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        // The category's label has room to be read.
        QVERIFY(header->sectionSize(RegionProfile::LabelColumn) >= table->fontMetrics().horizontalAdvance(QStringLiteral("Manufacture of")));
    }

    // The star table shows whole words and numbers: no wrapping, every column as wide and
    // every row as tall as its text.
    void starTableDoesNotWrap_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
    }
    void starTableDoesNotWrap()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        RegionProfile profile(&m_data);
        profile.resize(560, 700);
        profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
        profile.setCategory(QStringLiteral("C28"));
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QTableWidget *stars = profile.starTable();
        QVERIFY(stars->isVisible());
        QVERIFY(!stars->wordWrap());
        QCOMPARE(stars->rowCount(), 3); // size, specialisation, focus; no wages in SBS
        QCOMPARE(stars->item(1, 0)->text(), QStringLiteral("Specialisation"));
        const QFontMetrics metrics = stars->fontMetrics();
        for (int row = 0; row < stars->rowCount(); ++row) {
            QVERIFY(stars->rowHeight(row) >= metrics.height());
            for (int column = 0; column < stars->columnCount(); ++column) {
                const QTableWidgetItem *cell = stars->item(row, column);
                QVERIFY(cell);
                QVERIFY2(metrics.horizontalAdvance(cell->text()) < stars->columnWidth(column),
                         qPrintable(cell->text()));
                QVERIFY(stars->rowHeight(row) >= static_cast<const QAbstractItemView *>(stars)->sizeHintForRow(row));
            }
        }
        // Every row shown, none scrolled away.
        int rows = 0;
        for (int row = 0; row < stars->rowCount(); ++row)
            rows += stars->rowHeight(row);
        QVERIFY(stars->viewport()->height() >= rows);
        QVERIFY(stars->viewport()->width() >= stars->horizontalHeader()->length());
    }

    // The cells left out of the sums in one sentence, with the counts by kind that this
    // test finds in the cube itself (the region's industries and the category's industries
    // in every NUTS 2 region); the list of the cells stays hidden until asked for.
    void excludedCellsSummarised_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("lfs");
        QTest::newRow("ITC4 C28") << QStringLiteral("ITC4") << QStringLiteral("C28") << false;
        QTest::newRow("ITC4 C") << QStringLiteral("ITC4") << QStringLiteral("C") << false;
        QTest::newRow("DE21 C29") << QStringLiteral("DE21") << QStringLiteral("C29") << false;
        QTest::newRow("LFS ITC4 J") << QStringLiteral("ITC4") << QStringLiteral("J") << true;
    }
    void excludedCellsSummarised()
    {
        QFETCH(QString, region);
        QFETCH(QString, category);
        QFETCH(bool, lfs);
        const ClusterData &data = lfs ? m_lfs : m_data;
        const LevelAnalysis *a = data.analysis(2, 2015);
        QVERIFY(a);
        const EmploymentCube &cube = data.cube();
        const int year = cube.yearIndex(2015);
        const int own = cube.regionIndex(region.toStdString());
        QVERIFY(own >= 0);
        // The category's industries: itself, or a section's divisions.
        std::vector<int> industries;
        for (int i = 0; i < cube.industryCount(); ++i) {
            const QString code = QString::fromStdString(cube.industries()[std::size_t(i)]);
            if (code == category || (category.size() == 1 && code.size() == 3 && code.startsWith(category)))
                industries.push_back(i);
        }
        QVERIFY(!industries.empty());
        std::set<std::pair<int, int>> cells;
        for (int i = 0; i < cube.industryCount(); ++i)
            if (std::isnan(cube.value(own, i, year)))
                cells.emplace(own, i);
        for (int r : a->cubeRows)
            for (int i : industries)
                if (std::isnan(cube.value(r, i, year)))
                    cells.emplace(r, i);
        // Why each cell is missing, by its flag.
        const auto kindOf = [](Flags f) {
            if (f & kFlagConfidential)
                return QStringLiteral("confidential");
            if (f & kFlagLowReliability)
                return QStringLiteral("too unreliable to publish");
            if (f & kFlagNotApplicable)
                return QStringLiteral("not applicable");
            QString letters;
            for (const auto &[flag, letter] : {std::pair{kFlagDefinition, 'd'}, std::pair{kFlagNotSignificant, 'n'}})
                if (f & flag)
                    letters += QLatin1Char(letter);
            return letters.isEmpty() ? QStringLiteral("not available")
                                     : QStringLiteral("flagged \u201C%1\u201D").arg(letters);
        };
        QMap<QString, int> byKind;
        int ownCount = 0;
        for (const auto &[r, i] : cells) {
            ++byKind[kindOf(cube.flags(r, i, year))];
            ownCount += r == own ? 1 : 0;
        }
        const int total = int(cells.size());
        QVERIFY(total > 0);
        QStringList parts;
        for (const QString &kind : {QStringLiteral("confidential"), QStringLiteral("too unreliable to publish"),
                                    QStringLiteral("not applicable")})
            if (byKind.contains(kind))
                parts.append(numbers::count(byKind.take(kind)) + QLatin1Char(' ') + kind);
        const int available = byKind.take(QStringLiteral("not available"));
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            parts.append(numbers::count(it.value()) + QLatin1Char(' ') + it.key());
        if (available > 0)
            parts.append(numbers::count(available) + QStringLiteral(" not available"));

        RegionProfile profile(&data);
        profile.resize(560, 700);
        profile.setRegion(region, 2, 2015);
        profile.setCategory(category);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        const QString sentence = profile.excludedSummary();
        QCOMPARE(sentence, QStringLiteral("%1 cell%2 left out of the sums behind this location quotient (%3 of "
                                          "%4's own industries, %5 of %6 in other regions): %7.")
                               .arg(numbers::count(total), total == 1 ? QStringLiteral(" is") : QStringLiteral("s are"),
                                    numbers::count(ownCount), region, numbers::count(total - ownCount), category,
                                    parts.join(QStringLiteral(", "))));
        QVERIFY(!sentence.contains(region + QStringLiteral(" / "))); // no dump of codes
        QTableWidget *list = profile.excludedList();
        QVERIFY(!list->isVisible());
        QVERIFY(profile.excludedButton()->isVisible());
        QTest::mouseClick(profile.excludedButton(), Qt::LeftButton);
        QVERIFY(list->isVisible());
        QCOMPARE(list->rowCount(), total);
        QMap<QString, int> listed;
        for (int row = 0; row < list->rowCount(); ++row)
            ++listed[list->item(row, 2)->text()];
        QCOMPARE(listed.value(QStringLiteral("not available")), available);
        QTest::mouseClick(profile.excludedButton(), Qt::LeftButton);
        QVERIFY(!list->isVisible());
    }

    // The relative wage column is there only when the engine rated wages.
    void wageColumnOnlyWithWages()
    {
        for (const ClusterData *data : {&m_data, &m_lfs}) {
            RegionProfile profile(data);
            profile.setRegion(QStringLiteral("ITC4"), 2, 2015);
            const bool wages = data->analysis(2, 2015)->stars()->relativeProductivity().size() > 0;
            QCOMPARE(profile.tableView()->isColumnHidden(RegionProfile::WageColumn), !wages);
            QCOMPARE(profile.model()->headerData(RegionProfile::WageColumn, Qt::Horizontal).toString().simplified(),
                     QStringLiteral("Relative wage"));
        }
    }

    // With wages (the real SBS extract with derived wages, tests/common/WageTable.h) the
    // column shows the engine's relative wage, and the strength columns still fit the dock.
    void wageColumnWithWages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sbs_wages.csv"));
        QVERIFY(testing::writeFile(path, testing::longCsv(testing::wageRows())));
        TableReader::Options options;
        QString error;
        QVERIFY(TableReader::parseColumnMapping(
            QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,wages=wages"), &options.columns, &error));
        const StatTable table = TableReader::read(path, options);
        const ClusterData data = ClusterData::fromTable(table, 2013, path);
        QVERIFY(data.hasWages());
        const LevelAnalysis *a = data.analysis(2, 2015);
        QVERIFY(a);
        const Eigen::MatrixXd &relative = a->stars()->relativeProductivity();
        QVERIFY(relative.size() > 0);

        QMainWindow window;
        window.setCentralWidget(new QWidget);
        auto *profile = new RegionProfile(&data);
        auto *dock = new QDockWidget(QStringLiteral("Region profile"), &window);
        dock->setWidget(profile);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        profile->setRegion(QStringLiteral("ITC4"), 2, 2015);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = profile->tableView();
        QVERIFY(!view->isColumnHidden(RegionProfile::WageColumn));
        const QAbstractItemModel *model = profile->model();
        const int region = a->rowOf(QStringLiteral("ITC4"));
        int finite = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int c = int(data.categories().indexOf(model->index(row, RegionProfile::CategoryColumn).data().toString()));
            const QModelIndex index = model->index(row, RegionProfile::WageColumn);
            const double expected = relative(region, c);
            QCOMPARE(index.data().toString(), numbers::ratio(expected));
            if (std::isfinite(expected)) {
                QCOMPARE(index.data(RegionProfile::ValueRole).toDouble(), expected);
                ++finite;
            }
        }
        QVERIFY(finite > 10);
        const QHeaderView *header = view->horizontalHeader();
        for (int column : {RegionProfile::EmploymentColumn, RegionProfile::LqColumn, RegionProfile::StarsColumn,
                           RegionProfile::GrowthColumn, RegionProfile::ShareColumn})
            QVERIFY(header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width());
        // The map keeps room for its Europe-wide view.
        QVERIFY2(window.centralWidget()->width() >= 640, qPrintable(QString::number(dock->width())));
    }
};

QTEST_MAIN(RegionProfileTest)
#include "RegionProfileTest.moc"
