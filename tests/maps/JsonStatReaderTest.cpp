// SPDX-License-Identifier: MIT
#include "maps/JsonStatReader.h"
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

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

// A 1 × 2 regions × 2 industries × 2 years dataset with one extra dimension `unit`.
QByteArray small(const char *value, const char *extra = "")
{
    return QByteArray(R"({"version":"2.0","class":"dataset",
        "id":["unit","nace_r2","geo","time"],"size":[2,2,2,2],
        "dimension":{
          "unit":{"category":{"index":{"THS":0,"PC":1}}},
          "nace_r2":{"category":{"index":["C","J"]}},
          "geo":{"category":{"index":{"ITC4":0,"FR10":1}}},
          "time":{"category":{"index":{"2014":0,"2015":1}}}},
        "value":)") + value + extra + "}";
}
} // namespace

class JsonStatReaderTest : public QObject
{
    Q_OBJECT
private slots:
    // The shape the Eurostat statistics API returns: sparse value object, status object,
    // all extra dimensions of size 1; one confidential cell without a value.
    void eurostatResponse()
    {
        JsonStatReader::Options options;
        options.scale = 1000.0;
        const StatTable t = JsonStatReader::read(data("lfst_r_lfe2en2.json"), options);
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QVERIFY2(t.problems.isEmpty(), qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 18);
        const StatRecord *u = find(t, "FR10", "A", 2012);
        QVERIFY(u);
        QCOMPARE(u->value, 8600.0);
        QCOMPARE(u->flags, Flags(kFlagLowReliability));
        const StatRecord *c = find(t, "FR10", "K", 2012);
        QVERIFY(c && std::isnan(c->value));
        QCOMPARE(c->flags, Flags(kFlagConfidential | kFlagMissing));
        QVERIFY(std::abs(find(t, "ITC4", "J", 2014)->value - 151800.0) < 1e-6);
        QVERIFY(std::abs(find(t, "ITC4", "K", 2013)->value - 161000.0) < 1e-6);
        const EmploymentCube cube = t.toCube();
        QCOMPARE(cube.regionCount(), 2);
        QCOMPARE(cube.industryCount(), 3);
        QCOMPARE(cube.yearCount(), 3);
    }

    void badCellsNameTheJsonPath()
    {
        const StatTable t = JsonStatReader::read(data("lfst_r_lfe2en2_bad.json"), {});
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QStringList messages;
        for (const InputProblem &p : t.problems) {
            QCOMPARE(p.line, 0);
            messages.append(p.message);
        }
        messages.sort();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0], QStringLiteral("status[\"3\"]: 'x' is not a Eurostat flag; ignored"));
        QCOMPARE(messages[1], QStringLiteral("value[\"12\"]: not a number"));
        QCOMPARE(messages[2], QStringLiteral("value[\"99\"]: index out of range (the dataset has 18 cells)"));
        QVERIFY(t.problems.first().toString().startsWith(data("lfst_r_lfe2en2_bad.json") + QStringLiteral(": ")));
        QVERIFY(std::isnan(find(t, "FR10", "K", 2012)->value));
        QCOMPARE(find(t, "ITC4", "A", 2012)->flags, Flags(kFlagNone)); // bad status dropped
    }

    // Dense array with null, index as array and object; the flat index is row-major.
    void denseArrayAndFilter()
    {
        JsonStatReader::Options options;
        options.filters.insert(QStringLiteral("unit"), QStringLiteral("PC"));
        const StatTable t = JsonStatReader::parse(
            small("[1,2,3,4,5,6,7,8, 9,10,11,null,13,14,15,16]", R"(,"status":{"15":"p","14":"bu"})"),
            QStringLiteral("s.json"), options);
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.records.size(), 8);
        // unit PC = 8 + nace(J=1)*4 + geo(FR10=1)*2 + time(2015=1) = 15 → 16.
        QCOMPARE(find(t, "FR10", "J", 2015)->value, 16.0);
        QCOMPARE(find(t, "FR10", "J", 2015)->flags, Flags(kFlagProvisional));
        QCOMPARE(find(t, "FR10", "J", 2014)->flags, Flags(kFlagBreak | kFlagLowReliability));
        QCOMPARE(find(t, "ITC4", "C", 2014)->value, 9.0);
        QVERIFY(std::isnan(find(t, "FR10", "C", 2015)->value)); // index 11: null
        QCOMPARE(find(t, "FR10", "C", 2015)->flags, Flags(kFlagMissing));
    }

    void unpinnedDimensionIsAnError()
    {
        const StatTable t = JsonStatReader::parse(small("{}"), QStringLiteral("s.json"), {});
        QVERIFY(!t.ok);
        QCOMPARE(t.problems.first().message,
                 QStringLiteral("dimension 'unit' has several values (THS, PC); choose one"));
    }

    void filterOnMissingCategory()
    {
        JsonStatReader::Options options;
        options.filters.insert(QStringLiteral("unit"), QStringLiteral("THS_PER"));
        const StatTable t = JsonStatReader::parse(small("{}"), QStringLiteral("s.json"), options);
        QVERIFY(!t.ok);
        QVERIFY(t.problems.first().message.startsWith(QStringLiteral("dimension.unit: no category 'THS_PER'")));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("{\0\0\x01", 4) << QStringLiteral("binary");
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0\0\0", 6) << QStringLiteral("gzip");
        QTest::newRow("csv") << QByteArray("DATAFLOW,LAST UPDATE\n") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not an object");
        QTest::newRow("no id") << QByteArray("{\"class\":\"dataset\"}") << QStringLiteral("id: missing");
        QTest::newRow("bundle") << QByteArray("{\"class\":\"collection\"}") << QStringLiteral("class: 'collection'");
        QTest::newRow("size mismatch")
            << QByteArray(R"({"id":["geo","time"],"size":[1],"dimension":{},"value":[]})")
            << QStringLiteral("size: 1 entries, but id names 2 dimensions");
        QTest::newRow("no category")
            << QByteArray(R"({"id":["geo","time"],"size":[1,1],"dimension":{"geo":{}},"value":[]})")
            << QStringLiteral("dimension.geo.category: missing");
        QTest::newRow("index count")
            << QByteArray(R"({"id":["geo"],"size":[2],"dimension":{"geo":{"category":{"index":{"AT":0}}}},"value":[]})")
            << QStringLiteral("dimension.geo.category.index: 1 categories, but size says 2");
        QTest::newRow("index clash")
            << QByteArray(R"({"id":["geo"],"size":[2],"dimension":{"geo":{"category":{"index":{"AT":0,"BE":0}}}},"value":[]})")
            << QStringLiteral("dimension.geo.category.index[\"BE\"]: position 0 is taken by 'AT'");
        QTest::newRow("no nace")
            << QByteArray(R"({"id":["geo","time"],"size":[1,1],"dimension":{"geo":{"category":{"index":["AT"]}},"time":{"category":{"index":["2015"]}}},"value":[1]})")
            << QStringLiteral("'nace_r2'");
        QTest::newRow("value length") << small("[1,2,3]") << QStringLiteral("value: 3 cells, but size says 16");
        QTest::newRow("no value") << small("null") << QStringLiteral("value: missing");
        QTest::newRow("server error")
            << QByteArray(R"({"error":[{"status":404,"id":100,"label":"No results found"}]})")
            << QStringLiteral("No results found");
    }
    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        JsonStatReader::Options options;
        options.filters.insert(QStringLiteral("unit"), QStringLiteral("THS"));
        const StatTable t = JsonStatReader::parse(bytes, QStringLiteral("bad.json"), options);
        QVERIFY(!t.ok);
        QVERIFY(!t.problems.isEmpty());
        QVERIFY2(t.problems.first().message.contains(expected),
                 qPrintable(t.problems.first().toString()));
        QVERIFY(t.problems.first().toString().startsWith(QStringLiteral("bad.json")));
    }

    // A download cut short: the syntax error carries line and column.
    void truncated()
    {
        QFile file(data("lfst_r_lfe2en2_bad.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const StatTable t = JsonStatReader::parse(bytes.left(200), QStringLiteral("cut.json"), {});
        QVERIFY(!t.ok);
        QCOMPARE(t.problems.size(), 1);
        QVERIFY(t.problems.first().line > 1);
        QVERIFY(t.problems.first().column > 0);
        QVERIFY(t.problems.first().message.startsWith(QStringLiteral("not valid JSON")));
    }

    void quarterlyTimeIsReported()
    {
        const QByteArray bytes = R"({"id":["nace_r2","geo","time"],"size":[1,1,2],
            "dimension":{"nace_r2":{"category":{"index":["C"]}},"geo":{"category":{"index":["AT"]}},
            "time":{"category":{"index":["2015","2015-Q1"]}}},"value":[1,2]})";
        const StatTable t = JsonStatReader::parse(bytes, QStringLiteral("q.json"), {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.problems.size(), 1);
        QCOMPARE(t.problems.first().message,
                 QStringLiteral("dimension.time.category.index[\"2015-Q1\"]: not a year; only annual data is read; skipped"));
    }

    // Issue 21: indic_sb [V13320, V16110]: pinned at persons employed, the wages read from
    // the cell of the same region, industry and year (the real extract's persons employed
    // with derived wages, tests/common/WageTable.h); a filter pins it as before.
    void sbsIndicatorsGiveWages()
    {
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        const QByteArray json = testing::sbsJsonStat(rows);
        const StatTable t = JsonStatReader::parse(json, QStringLiteral("sbs.json"), {});
        QVERIFY2(t.ok, qPrintable(t.problems.value(0).toString()));
        QCOMPARE(t.wageMeasure, QStringLiteral("wages and salaries (V13320), million euro"));
        QString mismatch;
        // Every (geo, nace) cell becomes a record; the extract's rows are among them.
        QCOMPARE(testing::matchingWageRecords(rows, t.records, &mismatch), int(rows.size()));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        EurostatTable::Options pinned;
        pinned.filters.insert(QStringLiteral("indic_sb"), QStringLiteral("V13320"));
        const StatTable wagesOnly = JsonStatReader::parse(json, QStringLiteral("sbs.json"), pinned);
        QVERIFY(wagesOnly.ok && wagesOnly.wageMeasure.isEmpty());
        const StatRecord *itc4 = find(wagesOnly, "ITC4", "C28", 2015);
        QVERIFY(itc4 && std::isnan(itc4->wages));
        QCOMPARE(itc4->value, find(t, "ITC4", "C28", 2015)->wages);
    }
};

QTEST_GUILESS_MAIN(JsonStatReaderTest)
#include "JsonStatReaderTest.moc"
