// SPDX-License-Identifier: MIT
#include "maps/EurostatTable.h"
#include "tests/common/StatRecords.h"

#include <QTest>

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
