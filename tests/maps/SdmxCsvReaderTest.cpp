// SPDX-License-Identifier: MIT
#include "maps/SdmxCsvReader.h"
#include "tests/common/StatRecords.h"
#include "tests/common/WageTable.h"

#include <QTest>

#include <cmath>

using namespace cs;

namespace {
QString data(const char *name)
{
    return QStringLiteral(CS_TEST_DATA_DIR "/") + QLatin1String(name);
}

// The record of (region, industry, year), or null.
const StatRecord *find(const StatTable &t, const char *region, const char *industry, int year)
{
    return testing::findRecord(t, region, industry, year);
}

SdmxCsvReader::Options lfsOptions(const char *age)
{
    SdmxCsvReader::Options options;
    options.filters.insert(QStringLiteral("age"), QLatin1String(age));
    options.filters.insert(QStringLiteral("unit"), QStringLiteral("THS_PER"));
    options.scale = 1000.0;
    return options;
}

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class SdmxCsvReaderTest : public QObject
{
    Q_OBJECT
private slots:
    // SDMX-CSV 1.0 as the 2.1 API returns it: filters pin age and unit; THS ×1000.
    void version1WithFilters()
    {
        const StatTable t = SdmxCsvReader::read(data("lfst_r_lfe2en2_sdmx10.csv"), lfsOptions("Y15-64"));
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QVERIFY2(t.problems.isEmpty(), qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 12);
        const StatRecord *a2012 = find(t, "FR10", "A", 2012);
        QVERIFY(a2012);
        QCOMPARE(a2012->value, 8600.0);
        QCOMPARE(a2012->flags, Flags(kFlagLowReliability));
        const StatRecord *a2008 = find(t, "FR10", "A", 2008);
        QVERIFY(a2008 && std::abs(a2008->value - 10200.0) < 1e-6);
        QCOMPARE(a2008->flags, Flags(kFlagBreak | kFlagLowReliability));
        const StatRecord *j2015 = find(t, "ITC4", "J", 2015);
        QVERIFY(j2015 && std::abs(j2015->value - 150000.0) < 1e-6);
        QCOMPARE(j2015->flags, Flags(kFlagNone));
        const EmploymentCube cube = t.toCube();
        QCOMPARE(cube.regionCount(), 2);
        QCOMPARE(cube.industryCount(), 2);
        QCOMPARE(cube.yearCount(), 3);
    }

    void confidentialCellIsMissing()
    {
        const StatTable t = SdmxCsvReader::read(data("lfst_r_lfe2en2_sdmx10.csv"), lfsOptions("Y15-24"));
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 4);
        const StatRecord *c = find(t, "FR10", "A", 2012); // ",,c"
        QVERIFY(c && std::isnan(c->value));
        QCOMPARE(c->flags, Flags(kFlagConfidential | kFlagMissing));
        const StatRecord *u = find(t, "FR10", "A", 2015); // ",,u"
        QVERIFY(u && std::isnan(u->value));
        QCOMPARE(u->flags, Flags(kFlagLowReliability | kFlagMissing));
        QCOMPARE(find(t, "ITC4", "A", 2015)->value, 4200.0);
    }

    void unpinnedDimensionIsAnError()
    {
        const StatTable t = SdmxCsvReader::read(data("lfst_r_lfe2en2_sdmx10.csv"), {});
        QVERIFY(!t.ok);
        QCOMPARE(t.problems.size(), 1);
        QVERIFY(t.problems.first().message.contains(QStringLiteral("'age'")));
        QVERIFY(t.problems.first().message.contains(QStringLiteral("Y15-24, Y15-64")));
        QCOMPARE(t.problems.first().line, 1);
        QCOMPARE(t.problems.first().column, 6);
    }

    void filterOnUnknownDimension()
    {
        SdmxCsvReader::Options options = lfsOptions("Y15-64");
        options.filters.insert(QStringLiteral("wstatus"), QStringLiteral("EMP"));
        const StatTable t = SdmxCsvReader::read(data("lfst_r_lfe2en2_sdmx10.csv"), options);
        QVERIFY(!t.ok);
        QVERIFY(t.problems.first().message.contains(QStringLiteral("'wstatus'")));
    }

    // SDMX-CSV 2.0 (SDMX 3.0 API style): ACTION column, CONF_STATUS "C" for confidential,
    // CRLF line ends, several NACE levels and a non-EU country.
    void version2ConfStatus()
    {
        const StatTable t = SdmxCsvReader::read(data("sbs_r_nuts06_r2_sdmx20.csv"), {});
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QVERIFY2(t.problems.isEmpty(), qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 11);
        QCOMPARE(find(t, "ITC4", "C28", 2015)->value, 133060.0);
        const StatRecord *d = find(t, "NO", "B05", 2015);
        QVERIFY(d);
        QCOMPARE(d->value, 219.0);
        QCOMPARE(d->flags, Flags(kFlagDefinition));
        const StatRecord *c = find(t, "ITC4", "B06", 2015);
        QVERIFY(c && std::isnan(c->value));
        QCOMPARE(c->flags, Flags(kFlagConfidential | kFlagMissing));
    }

    // labels=both: a label column after each code column, quoted labels with commas, UTF-8.
    void version2WithLabelColumns()
    {
        const StatTable t = SdmxCsvReader::read(data("lfst_r_lfe2en2_sdmx20_labels.csv"),
                                                lfsOptions("Y15-64"));
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QVERIFY2(t.problems.isEmpty(), qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 5);
        const StatRecord *u = find(t, "FR10", "A", 2012);
        QVERIFY(u);
        QCOMPARE(u->value, 8600.0);
        QCOMPARE(u->flags, Flags(kFlagLowReliability));
        QCOMPARE(find(t, "ITC4", "J", 2015)->value, 150000.0);
    }

    // labels=both in 1.0 style: "geo:Geopolitical entity" headers, "ITC4:Lombardia" cells.
    void version1WithCodeLabelCells()
    {
        const QByteArray bytes =
            "DATAFLOW,LAST UPDATE,freq:Time frequency,nace_r2:NACE,geo:Geopolitical entity,"
            "TIME_PERIOD:Time,OBS_VALUE:Observation value,OBS_FLAG:Observation status\n"
            "ESTAT:NAMA_10R_3EMPERS(1.0),25/04/24 23:00:00,A:Annual,"
            "\"C:Manufacturing\",ITC4:Lombardia,2015,1003.2,p:provisional\n";
        const StatTable t = SdmxCsvReader::parse(bytes, QStringLiteral("l.csv"), {});
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.records.first().region, QStringLiteral("ITC4"));
        QCOMPARE(t.records.first().industry, QStringLiteral("C"));
        QCOMPARE(t.records.first().value, 1003.2);
        QCOMPARE(t.records.first().flags, Flags(kFlagProvisional));
    }

    // Every bad cell is reported with its line and field number; good rows still load.
    void badCells()
    {
        const QString path = data("lfst_r_lfe2en2_sdmx10_bad.csv");
        const StatTable t = SdmxCsvReader::read(path, lfsOptions("Y15-64"));
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 5);
        QCOMPARE(t.problems.size(), 5);
        const QList<std::pair<int, int>> where = {{3, 10}, {4, 11}, {6, 1}, {7, 9}, {8, 11}};
        for (int i = 0; i < where.size(); ++i) {
            QCOMPARE(t.problems[i].line, where[i].first);
            QCOMPARE(t.problems[i].column, where[i].second);
        }
        QVERIFY(t.problems[0].toString().startsWith(
            path + QStringLiteral(":3:10: '12:00 AM' is not a number (region ITC4, industry A, 2015)")));
        QVERIFY(t.problems[1].message.contains(QStringLiteral("'x' is not a Eurostat flag")));
        QVERIFY(t.problems[2].message.contains(QStringLiteral("duplicate observation for region ITC4, industry J, 2015")));
        QVERIFY(t.problems[3].message.contains(QStringLiteral("'2015-Q1' is not a year")));
        QVERIFY(t.problems[4].message.contains(QStringLiteral("expected 11 cells, found 10")));

        const StatRecord *damaged = find(t, "ITC4", "A", 2015);
        QVERIFY(damaged && std::isnan(damaged->value));
        QVERIFY(damaged->flags & kFlagMissing);
        QCOMPARE(find(t, "FR10", "J", 2015)->value, 324000.0); // bad flag, value kept
        QCOMPARE(find(t, "ITC4", "J", 2015)->value, 150000.0); // quoted cells
        QVERIFY(std::abs(find(t, "ITC4", "K", 2015)->value - 173900.0) < 1e-6);
    }

    // RFC 4180: a quoted field across lines; later rows keep their physical line numbers.
    void quotedFieldSpanningLines()
    {
        const QByteArray bytes =
            "DATAFLOW,LAST UPDATE,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            "\"ESTAT:X(1.0)\",\"note, with \"\"quotes\"\"\nand a second line\",C,ITC4,2015,1,\n"
            "ESTAT:X(1.0),,C,FR10,2015,oops,\n";
        const StatTable t = SdmxCsvReader::parse(bytes, QStringLiteral("q.csv"), {});
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 2);
        QCOMPARE(t.problems.size(), 1);
        QCOMPARE(t.problems.first().toString().left(11), QStringLiteral("q.csv:4:6: "));
    }

    void truncated()
    {
        const QByteArray bytes = "DATAFLOW,LAST UPDATE,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                                 "ESTAT:X(1.0),,C,ITC4,2015,1,\n"
                                 "ESTAT:X(1.0),,C,FR10,20";
        const StatTable t = SdmxCsvReader::parse(bytes, QStringLiteral("t.csv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.problems.size(), 1);
        QCOMPARE(t.problems.first().line, 3);
        QVERIFY(t.problems.first().message.contains(QStringLiteral("expected 7 cells, found 5")));
    }

    void unterminatedQuote()
    {
        const QByteArray bytes = "DATAFLOW,LAST UPDATE,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                                 "ESTAT:X(1.0),,C,ITC4,2015,1,\n"
                                 "ESTAT:X(1.0),\"25/04/24";
        const StatTable t = SdmxCsvReader::parse(bytes, QStringLiteral("u.csv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.problems.size(), 2);
        QCOMPARE(t.problems.last().line, 3);
        QVERIFY(t.problems.last().message.contains(QStringLiteral("not closed")));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank lines") << QByteArray("\n\r\n") << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0garbage", 14) << QStringLiteral("binary");
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0\0\0", 6) << QStringLiteral("gzip");
        QTest::newRow("utf16") << QByteArray("\xff\xfe" "D\0A\0", 6) << QStringLiteral("UTF-16");
        QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><message:Error/>")
                             << QStringLiteral("XML");
        QTest::newRow("json") << QByteArray("{\"version\":\"2.0\"}") << QStringLiteral("JSON-stat");
        QTest::newRow("tsv") << QByteArray("unit,nace_r2,geo\\time\t2015\nTHS,A,AT\t1\n")
                             << QStringLiteral("TIME_PERIOD and OBS_VALUE");
        QTest::newRow("no geo")
            << QByteArray("DATAFLOW,LAST UPDATE,nace_r2,region,TIME_PERIOD,OBS_VALUE\nX,,C,AT,2015,1\n")
            << QStringLiteral("'geo'");
        QTest::newRow("header only")
            << QByteArray("DATAFLOW,LAST UPDATE,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n")
            << QStringLiteral("no data rows");
    }
    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const StatTable t = SdmxCsvReader::parse(bytes, QStringLiteral("bad.csv"), {});
        QVERIFY(!t.ok);
        QVERIFY(!t.problems.isEmpty());
        QVERIFY2(t.problems.first().message.contains(expected),
                 qPrintable(t.problems.first().toString()));
        QVERIFY(t.problems.first().toString().startsWith(QStringLiteral("bad.csv")));
    }

    void missingFile()
    {
        const StatTable t = SdmxCsvReader::read(data("no-such-file.csv"), {});
        QVERIFY(!t.ok);
        QVERIFY(t.problems.first().message.startsWith(QStringLiteral("cannot open")));
    }

    // Issue 21: indic_sb with persons employed (V16110) and wages (V13320): the wages are
    // the second measure of the same region, industry and year (the real extract's persons
    // employed with derived wages, tests/common/WageTable.h).
    void sbsIndicatorsGiveWages()
    {
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        const StatTable t = SdmxCsvReader::parse(testing::sbsSdmxCsv(rows), QStringLiteral("sbs.csv"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.wageMeasure, QStringLiteral("wages and salaries (V13320), million euro"));
        QCOMPARE(t.records.size(), rows.size());
        QString mismatch;
        QCOMPARE(testing::matchingWageRecords(rows, t.records, &mismatch), int(rows.size()));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(t.toCube().hasSecondMeasure());
    }
};

QTEST_GUILESS_MAIN(SdmxCsvReaderTest)
#include "SdmxCsvReaderTest.moc"
