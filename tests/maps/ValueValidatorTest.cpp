// SPDX-License-Identifier: MIT
// Issue 17, items 2–3: every reader (Eurostat TSV, SDMX-CSV, JSON-stat, long CSV) applies
// the one ValueValidator, with the same message for the same problem, and the input
// limits refuse oversized input quickly, before the work. Each case also checks that the
// good cell of the same file still loads.
#include "maps/ValueValidator.h"
#include "maps/EurostatTable.h"
#include "maps/JsonStatReader.h"
#include "maps/SdmxCsvReader.h"
#include "maps/TableReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cs;

namespace {

// Not a speed target (those live in tests/bench): a bound that only a hang (a reader
// that slurps a bomb, a FIFO that waits for a writer) exceeds, even under ASan on a
// loaded machine; the refused input itself is checked separately.
constexpr qint64 kNoHangMs = 30000;

const QString kFile = QStringLiteral("t");

StatTable parseAs(const QString &format, const QByteArray &bytes)
{
    if (format == QLatin1String("tsv"))
        return EurostatTable::parse(bytes, kFile, {});
    if (format == QLatin1String("sdmx"))
        return SdmxCsvReader::parse(bytes, kFile, {});
    if (format == QLatin1String("json"))
        return JsonStatReader::parse(bytes, kFile, {});
    TableReader::Options options;
    options.columns = {{QStringLiteral("region"), QStringLiteral("geo")},
                       {QStringLiteral("industry"), QStringLiteral("nace_r2")},
                       {QStringLiteral("year"), QStringLiteral("year")},
                       {QStringLiteral("value"), QStringLiteral("value")}};
    return TableReader::parseLong(bytes, kFile, options);
}

// A table of each format with AT11 = 5 (good) and AT12 = `cell` (as written in the format).
QByteArray table(const QString &format, const QByteArray &cell)
{
    if (format == QLatin1String("tsv"))
        return "unit,nace_r2,geo\\time\t2015\nTHS,C,AT11\t5 \nTHS,C,AT12\t" + cell + " \n";
    if (format == QLatin1String("sdmx"))
        return "DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
               "X,,A,C,AT11,2015,5,\nX,,A,C,AT12,2015," +
               cell + ",\n";
    if (format == QLatin1String("json"))
        return "{\"class\":\"dataset\",\"id\":[\"nace_r2\",\"geo\",\"time\"],\"size\":[1,2,1],"
               "\"dimension\":{\"nace_r2\":{\"category\":{\"index\":{\"C\":0}}},"
               "\"geo\":{\"category\":{\"index\":{\"AT11\":0,\"AT12\":1}}},"
               "\"time\":{\"category\":{\"index\":{\"2015\":0}}}},\"value\":[5," +
               cell + "]}";
    return "geo;nace_r2;year;value\nAT11;C;2015;5\nAT12;C;2015;" + cell + "\n";
}

const StatRecord *find(const StatTable &t, const char *region)
{
    for (const StatRecord &r : t.records)
        if (r.region == QLatin1String(region))
            return &r;
    return nullptr;
}

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A zip with one entry per part; `claimed` > 0 overrides the unpacked size the
// directory states (a forged directory). Deflated with zlib through qCompress.
QByteArray zip(const QList<std::pair<QByteArray, QByteArray>> &parts, quint32 claimed = 0)
{
    QByteArray out, directory;
    const auto put = [](QByteArray &to, quint64 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            to.append(char(value >> (8 * i) & 0xff));
    };
    for (const auto &[name, data] : parts) {
        // qCompress: 4-byte size, 2-byte zlib header, raw deflate, 4-byte Adler-32.
        const QByteArray z = qCompress(data, 9);
        const QByteArray deflated = z.mid(6, z.size() - 10);
        const quint32 size = claimed ? claimed : quint32(data.size());
        const quint64 offset = quint64(out.size());
        for (QByteArray *record : {&out, &directory}) {
            const bool central = record == &directory;
            put(*record, central ? 0x02014b50 : 0x04034b50, 4);
            if (central)
                put(*record, 20, 2); // made by
            put(*record, 20, 2);     // needed
            put(*record, 0, 2);      // flags
            put(*record, 8, 2);      // deflate
            put(*record, 0, 4);      // time, date
            put(*record, 0, 4);      // CRC (not checked before the refusal)
            put(*record, quint64(deflated.size()), 4);
            put(*record, size, 4);
            put(*record, quint64(name.size()), 2);
            put(*record, 0, 2); // extra
            if (central) {
                put(*record, 0, 6); // comment length, disk, internal attributes
                put(*record, 0, 4); // external attributes
                put(*record, offset, 4);
            }
            record->append(name);
        }
        out.append(deflated);
    }
    const quint64 directoryOffset = quint64(out.size());
    out.append(directory);
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, quint64(parts.size()), 2);
    put(out, quint64(parts.size()), 2);
    put(out, quint64(directory.size()), 4);
    put(out, directoryOffset, 4);
    put(out, 0, 2);
    return out;
}

} // namespace

class ValueValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    // A bad number cell: the same message in every format, at its line and column (JSON-
    // stat: its key); the cell is missing, the good cell of the file keeps its value.
    void badValues_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("expected");
        const struct
        {
            const char *format;
            const char *where;
        } formats[] = {{"tsv", "t:3:2: "},
                       {"sdmx", "t:3:7: "},
                       {"json", "t: value[1]: "},
                       {"long", "t:3:4: "}};
        for (const auto &f : formats) {
            const QString format = QLatin1String(f.format);
            const QString where = QLatin1String(f.where);
            QTest::addRow("%s negative", f.format)
                << format << QByteArray("-3") << where + QStringLiteral("negative value '-3' (");
            QTest::addRow("%s near the double limit", f.format)
                << format << QByteArray("1e308")
                << where +
                       (format == QLatin1String("json") ? QStringLiteral("'1e+308'")
                                                        : QStringLiteral("'1e308'")) +
                       QStringLiteral(" is too large: above 1e+15 after scaling (");
            QTest::addRow("%s decimal comma", f.format)
                << format
                << QByteArray(format == QLatin1String("long") || format == QLatin1String("tsv")
                                  ? "2,5"
                                  : "\"2,5\"")
                << where + QStringLiteral(
                               "'2,5' has a comma: decimal commas and thousands "
                               "separators are not read; write digits with a decimal point (");
        }
    }
    void badValues()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, cell);
        QFETCH(QString, expected);
        const StatTable t = parseAs(format, table(format, cell));
        QVERIFY2(t.ok, qPrintable(dump(t)));
        QCOMPARE(t.problems.size(), 1);
        QVERIFY2(t.problems.first().toString().startsWith(expected), qPrintable(dump(t)));
        QVERIFY2(t.problems.first().toString().endsWith(QStringLiteral("; treated as missing")),
                 qPrintable(dump(t)));
        QVERIFY(find(t, "AT11") && find(t, "AT11")->value == 5.0);
        const StatRecord *bad = find(t, "AT12");
        QVERIFY(bad && std::isnan(bad->value) && (bad->flags & kFlagMissing));
    }

    // Totals of values at the cap stay finite: the share of one of two equal regions is 0.5.
    void largeValuesKeepTotalsFinite()
    {
        const QByteArray cell = QByteArray::number(limits::kMaxValue, 'g', 17);
        const StatTable t =
            parseAs(QStringLiteral("long"),
                    "geo;nace_r2;year;value\nAT11;C;2015;" + cell + "\nAT12;C;2015;" + cell + "\n");
        QVERIFY2(t.ok && t.problems.isEmpty(), qPrintable(dump(t)));
        const double total = t.records[0].value + t.records[1].value;
        QVERIFY(std::isfinite(total));
        QCOMPARE(t.records[0].value / total, 0.5);
    }

    // Rows with more or fewer cells than the header, duplicate header names, implausible
    // years and files without a usable value: one message each, the same in every format.
    void structure_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok"); // the good row AT11 = 5 still loads
        const QByteArray sdmxHeader =
            "DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
        const QByteArray sdmxGood = "X,,A,C,AT11,2015,5,\n";
        QTest::newRow("tsv extra cell")
            << QStringLiteral("tsv")
            << QByteArray("unit,nace_r2,geo\\time\t2015\nTHS,C,AT11\t5 \nTHS,C,AT12\t3 \t4 \n")
            << QStringLiteral("t:3:3: expected 2 cells, found 3; line skipped") << true;
        QTest::newRow("sdmx extra cell")
            << QStringLiteral("sdmx") << sdmxHeader + sdmxGood + "X,,A,C,AT12,2015,3,,9\n"
            << QStringLiteral("t:3:9: expected 8 cells, found 9; line skipped") << true;
        QTest::newRow("long extra cell")
            << QStringLiteral("long")
            << QByteArray("geo;nace_r2;year;value\nAT11;C;2015;5\nAT12;C;2015;3;9\n")
            << QStringLiteral("t:3:5: expected 4 cells, found 5; line skipped") << true;
        QTest::newRow("long missing cell")
            << QStringLiteral("long")
            << QByteArray("geo;nace_r2;year;value\nAT11;C;2015;5\nAT12;C;2015\n")
            << QStringLiteral("t:3:4: expected 4 cells, found 3; line skipped") << true;
        QTest::newRow("tsv duplicate year")
            << QStringLiteral("tsv")
            << QByteArray("unit,nace_r2,geo\\time\t2015\tn2015\nTHS,C,AT11\t5 \t6 \n")
            << QStringLiteral("t:1:3: column '2015' appears twice (columns 2 and 3); rename one")
            << false;
        QTest::newRow("sdmx duplicate column")
            << QStringLiteral("sdmx")
            << QByteArray("DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_VALUE\n"
                          "X,,A,C,AT11,2015,5,6\n")
            << QStringLiteral(
                   "t:1:8: column 'OBS_VALUE' appears twice (columns 7 and 8); rename one")
            << false;
        QTest::newRow("long duplicate column")
            << QStringLiteral("long")
            << QByteArray("geo;nace_r2;year;value;geo\nAT11;C;2015;5;AT12\n")
            << QStringLiteral("t:1:5: column 'geo' appears twice (columns 1 and 5); rename one")
            << false;
        QTest::newRow("json duplicate dimension")
            << QStringLiteral("json")
            << QByteArray("{\"id\":[\"nace_r2\",\"geo\",\"time\",\"geo\"],\"size\":[1,1,1,1],"
                          "\"dimension\":{"
                          "\"nace_r2\":{\"category\":{\"index\":{\"C\":0}}},"
                          "\"geo\":{\"category\":{\"index\":{\"AT11\":0}}},"
                          "\"time\":{\"category\":{\"index\":{\"2015\":0}}}},\"value\":[5]}")
            << QStringLiteral("t: id: column 'geo' appears twice (columns 2 and 4); rename one")
            << false;
        QTest::newRow("tsv implausible year")
            << QStringLiteral("tsv")
            << QByteArray("unit,nace_r2,geo\\time\t2015\t1850\nTHS,C,AT11\t5 \t6 \n")
            << QStringLiteral("t:1:3: year 1850 is implausible (expected 1900 to 2100); skipped")
            << false;
        QTest::newRow("sdmx implausible year")
            << QStringLiteral("sdmx") << sdmxHeader + sdmxGood + "X,,A,C,AT12,9999,3,\n"
            << QStringLiteral(
                   "t:3:6: year 9999 is implausible (expected 1900 to 2100; region AT12, "
                   "industry C); skipped")
            << true;
        QTest::newRow("long implausible year")
            << QStringLiteral("long")
            << QByteArray("geo;nace_r2;year;value\nAT11;C;2015;5\nAT12;C;0015;3\n")
            << QStringLiteral("t:3:3: year 15 is implausible (expected 1900 to 2100); skipped")
            << true;
        QTest::newRow("json implausible year")
            << QStringLiteral("json")
            << QByteArray(
                   "{\"id\":[\"nace_r2\",\"geo\",\"time\"],\"size\":[1,1,2],\"dimension\":{"
                   "\"nace_r2\":{\"category\":{\"index\":{\"C\":0}}},"
                   "\"geo\":{\"category\":{\"index\":{\"AT11\":0}}},"
                   "\"time\":{\"category\":{\"index\":{\"2015\":0,\"3015\":1}}}},\"value\":[5,6]}")
            << QStringLiteral(
                   "t: dimension.time.category.index[\"3015\"]: year 3015 is implausible "
                   "(expected 1900 to 2100); skipped")
            << true;
        const QString noValue =
            QStringLiteral("t: no usable value: all 2 cells are empty, missing or invalid");
        QTest::newRow("tsv no value")
            << QStringLiteral("tsv")
            << QByteArray("unit,nace_r2,geo\\time\t2015\nTHS,C,AT11\t: \nTHS,C,AT12\t: c\n")
            << noValue << false;
        QTest::newRow("sdmx no value")
            << QStringLiteral("sdmx") << sdmxHeader + "X,,A,C,AT11,2015,,\nX,,A,C,AT12,2015,NaN,c\n"
            << noValue << false;
        QTest::newRow("json no value")
            << QStringLiteral("json")
            << table(QStringLiteral("json"), "null").replace("[5,", "[null,") << noValue << false;
        QTest::newRow("long no value")
            << QStringLiteral("long")
            << QByteArray("geo;nace_r2;year;value\nAT11;C;2015;:\nAT12;C;2015;\n") << noValue
            << false;
    }
    void structure()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const StatTable t = parseAs(format, bytes);
        QCOMPARE(t.ok, ok);
        QVERIFY2(t.problems.size() == 1 && t.problems.first().toString() == expected,
                 qPrintable(dump(t)));
        if (ok) {
            QVERIFY(find(t, "AT11") && find(t, "AT11")->value == 5.0);
            QCOMPARE(t.records.size(), 1);
        }
    }

    // Offending text is cut to 40 characters.
    void longCellsAreCut()
    {
        const QByteArray cell(5000, 'x');
        const StatTable t = parseAs(QStringLiteral("long"), table(QStringLiteral("long"), cell));
        QVERIFY(t.ok);
        QCOMPARE(t.problems.size(), 1);
        const QString expected =
            QStringLiteral("t:3:4: '") + QString(40, QLatin1Char('x')) + QChar(0x2026) +
            QStringLiteral("' is not a number (region AT12, industry C, 2015); treated as missing");
        QCOMPARE(t.problems.first().toString(), expected);
    }

    // Text limits, checked before any splitting: every text reader refuses a line over
    // 1 MiB, a file of CR-only line ends, too many columns and too many rows, at once.
    void textLimits_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray longLine = QByteArray(limits::kMaxLineBytes + 1, 'x') + '\n';
        QByteArray crOnly = "geo;nace_r2;year;value\r";
        for (int i = 0; i < 200000; ++i)
            crOnly += "AT11;C;2015;" + QByteArray::number(i) + '\r';
        QByteArray wide = "geo;nace_r2;year;value";
        for (qsizetype c = 4; c <= limits::kMaxColumns; ++c)
            wide += ";c" + QByteArray::number(c);
        const QString lineMessage =
            QStringLiteral("the line is longer than 1 MiB; the file is not read (is it a table?)");
        for (const char *format : {"tsv", "sdmx", "long"}) {
            QTest::addRow("%s long header", format)
                << QString::fromLatin1(format) << longLine + "AT11;C;2015;5\n"
                << QStringLiteral("t:1:1: ") + lineMessage;
            QTest::addRow("%s long row", format)
                << QString::fromLatin1(format) << "geo;nace_r2;year;value\n" + longLine
                << QStringLiteral("t:2:1: ") + lineMessage;
            QTest::addRow("%s CR only", format)
                << QString::fromLatin1(format) << crOnly
                << QStringLiteral(
                       "t:1:23: the lines end with CR only (classic Mac OS); save the file "
                       "with LF or CR LF line ends");
        }
        QTest::newRow("long columns")
            << QStringLiteral("long") << wide + "\nAT11;C;2015;5\n"
            << QStringLiteral("t:1: the header has 10001 columns, more than the 10000 read");
        QTest::newRow("tsv columns")
            << QStringLiteral("tsv") << QByteArray(wide).replace(';', '\t') + "\n"
            << QStringLiteral("t:1: the header has 10001 columns, more than the 10000 read");
        QTest::newRow("long rows")
            << QStringLiteral("long")
            << "geo;nace_r2;year;value\n" + QByteArray(limits::kMaxRows + 1, '\n')
            << QStringLiteral("t:5000002:1: more than 5000000 data lines; the file is not read");
    }
    void textLimits()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QElapsedTimer timer;
        timer.start();
        const StatTable t = parseAs(format, bytes);
        QVERIFY2(timer.elapsed() < kNoHangMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!t.ok);
        QVERIFY2(t.problems.size() == 1 && t.problems.first().toString() == expected,
                 qPrintable(dump(t)));
    }

    // Through TableReader::read, with guessed or mapped columns: a 50 MB header line and
    // a CR-only file are refused within a second and exit 3 (ok false).
    void limitsThroughRead()
    {
        QTemporaryDir dir;
        QByteArray header;
        header.reserve(50 << 20);
        for (int c = 0; header.size() < (50 << 20); ++c)
            header += "c" + QByteArray::number(c) + ',';
        const QString wide = write(dir, QStringLiteral("wide.csv"), header + "\nAT11,C,2015,5\n");
        TableReader::Options mapped;
        TableReader::parseColumnMapping(QStringLiteral("region=a,industry=b,year=c,value=d"),
                                        &mapped.columns, nullptr);
        for (const TableReader::Options &options : {TableReader::Options(), mapped}) {
            QElapsedTimer timer;
            timer.start();
            const StatTable t = TableReader::read(wide, options);
            QVERIFY2(timer.elapsed() < kNoHangMs, qPrintable(QString::number(timer.elapsed())));
            QVERIFY(!t.ok);
            QCOMPARE(t.problems.first().toString(),
                     wide + QStringLiteral(":1:1: the line is longer than 1 MiB; the file is not "
                                           "read (is it a table?)"));
        }
        QVERIFY(TableReader::preview(wide).problem.has_value());
    }

    // Workbooks: the zip directory is checked before anything is unpacked.
    void workbookLimits()
    {
        QTemporaryDir dir;
        // A real bomb: 3 MiB of one byte deflate to about 3 KiB.
        const QString bomb = write(dir, QStringLiteral("bomb.xlsx"),
                                   zip({{"[Content_Types].xml", "<Types/>"},
                                        {"xl/worksheets/sheet1.xml", QByteArray(3 << 20, ' ')}}));
        // A directory claiming 300 MiB for a small part.
        const QString forged =
            write(dir, QStringLiteral("forged.xlsx"),
                  zip({{"xl/worksheets/sheet1.xml", "<worksheet/>"}}, 300u << 20));
        QElapsedTimer timer;
        timer.start();
        const StatTable b = TableReader::read(bomb, {});
        const StatTable f = TableReader::read(forged, {});
        QVERIFY(timer.elapsed() < kNoHangMs);
        QVERIFY(!b.ok && !f.ok);
        QVERIFY2(
            b.problems.size() == 1 &&
                b.problems.first().toString().startsWith(
                    bomb + QStringLiteral(
                               ": part 'xl/worksheets/sheet1.xml' of the workbook unpacks to ")) &&
                b.problems.first().message.endsWith(QStringLiteral(
                    "times its packed size (at most 100); a damaged file or a zip bomb; not read")),
            qPrintable(dump(b)));
        QCOMPARE(f.problems.first().toString(),
                 forged + QStringLiteral(": the workbook's XML unpacks to more than 256 MiB (part "
                                         "'xl/worksheets/sheet1.xml': 300 MiB); not read"));
        QVERIFY(TableReader::preview(bomb).problem.has_value());
        // Real workbooks pass.
        for (const char *name :
             {"NAICS_crosswalks_to_Cluster_system.xlsx", "census_2012_NAICS_to_ISIC_4.xlsx"}) {
            const QString path = QStringLiteral(CS_SHARED_DATA_DIR "/") + QLatin1String(name);
            if (!QFile::exists(path))
                QSKIP("no ../shared/data");
            const auto problem = checkWorkbookLimits(path);
            QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        }
    }

    // The real files load unchanged: no new problem on their cells.
    void realFilesUnaffected()
    {
        const QString sbs =
            QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv");
        if (!QFile::exists(sbs))
            QSKIP("no ../shared/data");
        const StatTable t = TableReader::read(sbs, {});
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 46859);
        // Only the 30 damaged cells `12:00 AM` are reported.
        QCOMPARE(t.problems.size(), 30);
        for (const InputProblem &p : t.problems)
            QVERIFY2(p.message.startsWith(
                         QStringLiteral("'12:00 AM' is not a number or a Eurostat flag")),
                     qPrintable(p.toString()));
    }
};

QTEST_GUILESS_MAIN(ValueValidatorTest)
#include "ValueValidatorTest.moc"
