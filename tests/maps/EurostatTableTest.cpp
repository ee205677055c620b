// SPDX-License-Identifier: MIT
#include "maps/EurostatTable.h"
#include "maps/TableImport.h"
#include "tests/common/StatRecords.h"
#include "tests/common/WageTable.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <algorithm>
#include <functional>
#include <cmath>

using namespace cs;

namespace {
QString shared(const char *name)
{
    return QStringLiteral(CS_SHARED_DATA_DIR "/") + QLatin1String(name);
}

// The record of (region, industry, year), or null.
const StatRecord *find(const StatTable &t, const char *region, const char *industry, int year)
{
    return testing::findRecord(t, region, industry, year);
}

// The real regional SBS file with wages (resources/data/SOURCE.md: Eurostat sbs_r_nuts06_r2,
// 2008–2015, V16110 persons employed and V13320 wages and salaries, NUTS 2 × division),
// read here on its own: "geo|nace" → (persons, wages) of one year, a cell counting when
// it starts with a number ≥ 0 (the readers refuse negative values).
QHash<QString, std::pair<double, double>> realWageCells(int year)
{
    QHash<QString, std::pair<double, double>> cells;
    QFile file(QStringLiteral(CS_REPO_TEST_DATA_DIR "/sbs_r_nuts06_r2_nuts2_div_emp_wages.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return cells;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
    int column = -1;
    for (int c = 1; c < header.size(); ++c)
        if (header[c].trimmed() == QString::number(year))
            column = c;
    if (column < 0)
        return cells;
    const double nan = std::nan("");
    while (!file.atEnd()) {
        const QStringList line = QString::fromUtf8(file.readLine()).split(QLatin1Char('\t'));
        const QStringList key = line.value(0).split(QLatin1Char(','));
        bool ok = false;
        const double v = line.value(column).trimmed().section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        const double value = ok && v >= 0 ? v : nan;
        const QString at = key.value(2) + QLatin1Char('|') + key.value(0);
        if (!cells.contains(at))
            cells.insert(at, {nan, nan});
        auto &cell = cells[at];
        (key.value(1) == QLatin1String("V16110") ? cell.first : cell.second) = value;
    }
    return cells;
}
} // namespace

class EurostatTableTest : public QObject
{
    Q_OBJECT
private slots:
    // The SBS extract: 46,859 rows, one year, flags and 30 damaged cells "12:00 AM".
    void sbsSpreadsheetForm()
    {
        const StatTable t = EurostatTable::read(
            shared("sbs_r_nuts06_r2_2015_persons_employed.csv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 46859);
        QCOMPARE(t.problems.size(), 30);
        // Line 725 is "B05;IS;12:00 AM": reported with line and column, never guessed.
        QCOMPARE(t.problems.first().line, 725);
        QCOMPARE(t.problems.first().column, 3);
        QVERIFY(t.problems.first().toString().startsWith(
            shared("sbs_r_nuts06_r2_2015_persons_employed.csv") + QStringLiteral(":725:3: '12:00 AM'")));
        const StatRecord *damaged = find(t, "IS", "B05", 2015);
        QVERIFY(damaged && std::isnan(damaged->value));

        const StatRecord *flagged = find(t, "NO", "B05", 2015); // "219 d"
        QVERIFY(flagged);
        QCOMPARE(flagged->value, 219.0);
        QCOMPARE(flagged->flags, Flags(kFlagDefinition));
        const StatRecord *flagOnly = find(t, "PL11", "B", 2015); // " d"
        QVERIFY(flagOnly && std::isnan(flagOnly->value));
        QVERIFY(flagOnly->flags & kFlagDefinition);
        const StatRecord *plain = find(t, "ITC4", "C28", 2015);
        QVERIFY(plain);
        QCOMPARE(plain->value, 133060.0);
    }

    // The bulk TSV form: packed dimensions, 8 years, "value flags" cells, ": c".
    void lfsBulkTsv()
    {
        EurostatTable::Options options;
        options.filters.insert(QStringLiteral("age"), QStringLiteral("Y15-64"));
        options.filters.insert(QStringLiteral("unit"), QStringLiteral("THS"));
        options.scale = 1000.0;
        const StatTable t = EurostatTable::read(shared("lfst_r_lfe2en2_2017vintage.tsv"), options);
        QVERIFY2(t.ok, qPrintable(t.problems.value(0).toString()));
        QVERIFY(t.problems.isEmpty());
        const EmploymentCube cube = t.toCube();
        QCOMPARE(cube.yearCount(), 8);
        QCOMPARE(cube.years().front(), 2008);
        // THS,A,Y15-64,ITC4: 2015 = 71.5, 2008 = "70.3 b".
        const StatRecord *a2015 = find(t, "ITC4", "A", 2015);
        QVERIFY(a2015 && std::abs(a2015->value - 71500.0) < 1e-6);
        const StatRecord *a2008 = find(t, "ITC4", "A", 2008);
        QVERIFY(a2008 && std::abs(a2008->value - 70300.0) < 1e-6);
        QCOMPARE(a2008->flags, Flags(kFlagBreak));
    }

    // Issue 21: the SBS indicator dimension (indic_sb) with persons employed and wages and
    // salaries reads the wages as the second measure; other indicators are set aside with a
    // note; a filter on the dimension reads one indicator as before. The table: the real
    // extract's persons employed with derived wages (tests/common/WageTable.h).
    void sbsIndicatorsGiveWages()
    {
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        QByteArray tsv = testing::sbsTsv(rows);
        tsv += "V13320,C28,XX99\t5 \n"; // a wage without persons employed
        const StatTable t = EurostatTable::parse(tsv, QStringLiteral("sbs_r_nuts06_r2.tsv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.wageMeasure, QStringLiteral("wages and salaries (V13320), million euro"));
        QCOMPARE(t.records.size(), rows.size());
        QString mismatch;
        QCOMPARE(testing::matchingWageRecords(rows, t.records, &mismatch), int(rows.size()));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QStringList notes;
        for (const InputProblem &p : t.problems)
            if (p.line == 0)
                notes.append(p.message);
        QCOMPARE(notes, QStringList({QStringLiteral("1 wage cell(s) have no persons-employed cell of the same "
                                                    "region, industry and year; left out"),
                                     QStringLiteral("indicator V11210 is neither persons employed nor wages and "
                                                    "salaries: %1 cell(s) set aside")
                                         .arg(rows.size())}));
        const EmploymentCube cube = t.toCube();
        QVERIFY(cube.hasSecondMeasure());
        const int itc4 = cube.regionIndex("ITC4"), c28 = cube.industryIndex("C28");
        QCOMPARE(cube.value(itc4, c28, 0), 133060.0);
        QCOMPARE(cube.secondMeasure(0)(itc4, c28), find(t, "ITC4", "C28", 2015)->wages);

        // Pinned by a filter: persons employed only, no second measure.
        EurostatTable::Options pinned;
        pinned.filters.insert(QStringLiteral("indic_sb"), QStringLiteral("V16110"));
        const StatTable persons = EurostatTable::parse(tsv, QStringLiteral("sbs_r_nuts06_r2.tsv"), pinned);
        QVERIFY(persons.ok && persons.wageMeasure.isEmpty());
        QVERIFY(!persons.toCube().hasSecondMeasure());
        QCOMPARE(find(persons, "ITC4", "C28", 2015)->value, 133060.0);

        // Wages and local units without persons employed: the dimension must be pinned.
        QByteArray noPersons;
        for (const QByteArray &line : tsv.split('\n'))
            if (!line.startsWith("V16110"))
                noPersons += line + '\n';
        const StatTable refused = EurostatTable::parse(noPersons, QStringLiteral("sbs.tsv"), {});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.first().message,
                 QStringLiteral("dimension 'indic_sb' has several values (V11210, V13320); choose one"));
    }

    // Issue 21, on the real file: Eurostat's bulk TSV of sbs_r_nuts06_r2 with persons
    // employed and wages (resources/data/SOURCE.md). The engine's relative wage of a region
    // in a category is its wage per person over the category's average over every NUTS 2
    // region of the file, both over the cells with both numbers, computed here from the
    // file; the productivity star goes to the top 10 %, counted here.
    void realSbsWages()
    {
        const QString path = QStringLiteral(CS_REPO_TEST_DATA_DIR "/sbs_r_nuts06_r2_nuts2_div_emp_wages.tsv");
        StatTable table = EurostatTable::read(path, {});
        QVERIFY(table.ok);
        QCOMPARE(table.wageMeasure, QStringLiteral("wages and salaries (V13320), million euro"));
        const ClusterData data = TableImport::toClusterData(table, std::nullopt, TableImport::sourceNoteFor(path));
        QVERIFY(data.hasWages());
        QCOMPARE(data.years(), QList<int>({2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015}));
        const int year = 2014; // the last year with all 29 countries
        const QHash<QString, std::pair<double, double>> cells = realWageCells(year);
        QCOMPARE(cells.size(), 21624);
        const LevelAnalysis *a = data.analysis(2, year);
        QVERIFY(a);
        // Stuttgart's motor vehicles as published: 2014 persons and wages of the file.
        const auto de11 = cells.value(QStringLiteral("DE11|C29"));
        QVERIFY(de11.first > 150000 && de11.second > 9000);

        QStringList divisionsOfC;
        for (const QString &c : data.categories())
            if (c.size() == 3 && c.startsWith(QLatin1Char('C')))
                divisionsOfC.append(c);
        QCOMPARE(divisionsOfC.size(), 24);
        const QList<std::pair<QString, QStringList>> categories = {
            {QStringLiteral("C29"), {QStringLiteral("C29")}},
            {QStringLiteral("C21"), {QStringLiteral("C21")}},
            {QStringLiteral("J62"), {QStringLiteral("J62")}},
            {QStringLiteral("C"), divisionsOfC}};
        for (const auto &[category, industries] : categories) {
            // Sums over the cells with both numbers, per region and over all regions.
            QHash<QString, std::pair<double, double>> byRegion; // persons, wages
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                const auto [persons, wages] = it.value();
                if (!industries.contains(it.key().section(QLatin1Char('|'), 1)) || std::isnan(persons) ||
                    std::isnan(wages))
                    continue;
                auto &sum = byRegion[it.key().section(QLatin1Char('|'), 0, 0)];
                sum.first += persons;
                sum.second += wages;
            }
            double persons = 0, wages = 0;
            for (const auto &[e, w] : byRegion)
                if (e > 0) {
                    persons += e;
                    wages += w;
                }
            const double average = wages / persons;
            const auto expected = [&](const QString &region) {
                const auto [e, w] = byRegion.value(region, {0.0, 0.0});
                return e > 0 ? w / e / average : std::nan("");
            };
            const Scores scores = data.compute({2, category, Indicator::RelativeWage, year});
            // A few large regions (confidential cells leave some without a number).
            int named = 0;
            for (const QString &region : {QStringLiteral("DE11"), QStringLiteral("DE71"), QStringLiteral("ITC4"),
                                          QStringLiteral("FR10"), QStringLiteral("ES51"), QStringLiteral("PL22"),
                                          QStringLiteral("CZ01"), QStringLiteral("AT13")}) {
                const double want = expected(region), got = scores.valueOf(region);
                if (std::isnan(want)) {
                    QVERIFY(std::isnan(got));
                    continue;
                }
                QVERIFY2(std::abs(got - want) <= 1e-12 * want,
                         qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(category, region).arg(got).arg(want)));
                ++named;
            }
            QVERIFY2(named >= 5, qPrintable(category));
            int checked = 0;
            QList<double> values;
            for (int k = 0; k < scores.regions.size(); ++k) {
                const double want = expected(scores.regions[k]);
                QVERIFY2(std::isnan(want) ? std::isnan(scores.values[k])
                                          : std::abs(scores.values[k] - want) <= 1e-12 * want,
                         qPrintable(QStringLiteral("%1 %2").arg(category, scores.regions[k])));
                if (std::isfinite(want)) {
                    values.append(want);
                    ++checked;
                }
            }
            QVERIFY2(checked > 100, qPrintable(QStringLiteral("%1: %2").arg(category).arg(checked)));
            std::sort(values.begin(), values.end(), std::greater<>());
            const int top = int(std::ceil(0.1 * values.size()));
            QVERIFY(values[top - 1] - values[top] > 1e-9); // no near-tie at the cut-off
            const int column = int(data.categories().indexOf(category));
            int stars = 0;
            for (int row = 0; row < a->regions.size(); ++row)
                stars += a->stars()->has(row, column, StarRating::kProductivity) ? 1 : 0;
            QCOMPARE(stars, top);
        }
    }

    void unpinnedDimensionIsAnError()
    {
        const StatTable t = EurostatTable::read(shared("lfst_r_lfe2en2_2017vintage.tsv"), {});
        QVERIFY(!t.ok);
        QVERIFY(t.problems.first().message.contains(QStringLiteral("age")));
        QVERIFY(t.problems.first().message.contains(QStringLiteral("Y15-64")));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0garbage", 14) << QStringLiteral("binary");
        QTest::newRow("utf16") << QByteArray("\xff\xfen\0a\0", 6) << QStringLiteral("UTF-16");
        QTest::newRow("no years") << QByteArray("nace_r2;geo;value\nB;AT;1\n")
                                  << QStringLiteral("no year columns");
        QTest::newRow("no geo") << QByteArray("nace_r2;region;n2015\nB;AT;1\n")
                                << QStringLiteral("'geo'");
    }
    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const StatTable t = EurostatTable::parse(bytes, QStringLiteral("bad.csv"), {});
        QVERIFY(!t.ok);
        QVERIFY2(t.problems.first().message.contains(expected),
                 qPrintable(t.problems.first().toString()));
        QVERIFY(t.problems.first().toString().startsWith(QStringLiteral("bad.csv")));
    }

    // A truncated last line is reported with its line number; the rest loads.
    void truncatedLine()
    {
        const StatTable t = EurostatTable::parse(
            QByteArray("nace_r2;geo;n2015\nC28;AT11;100\nC28;AT12;200\nC28"), QStringLiteral("t.csv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 2);
        QCOMPARE(t.problems.size(), 1);
        QCOMPARE(t.problems.first().line, 4);
    }
};

QTEST_GUILESS_MAIN(EurostatTableTest)
#include "EurostatTableTest.moc"
