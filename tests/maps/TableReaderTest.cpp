// SPDX-License-Identifier: MIT
#include "maps/TableReader.h"

#include "maps/TableImport.h"
#include "tests/common/StatRecords.h"
#include "tests/common/WageTable.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace cs;

namespace {

constexpr int kSharedLines = 1500; // header + rows, incl. "219 d", "12:00 AM" and empty cells

QList<QByteArray> sharedHead()
{
    QFile file(QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    while (!file.atEnd() && lines.size() < kSharedLines)
        lines.append(file.readLine().trimmed());
    return lines;
}

// The rows of the shared SBS extract (`nace_r2;geo;n2015`, cells like `219 d`) as a long
// sheet geo | nace_r2 | year | value | flag, written by GDAL's XLSX or ODS driver. Values are
// numeric cells; a cell that is no number goes whole into the flag column. Sheet row = CSV line.
// A workbook with one sheet "employment" of `fields` (name, type), written by GDAL's
// `driverName` driver; null with `error` set on failure.
GDALDatasetH createSheet(const QString &path, const char *driverName,
                         std::initializer_list<std::pair<const char *, OGRFieldType>> fields,
                         OGRLayerH *layer, QString *error)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    GDALDatasetH ds = driver ? GDALCreate(driver, QFile::encodeName(path).constData(), 0, 0, 0,
                                          GDT_Unknown, nullptr)
                             : nullptr;
    if (!ds) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return nullptr;
    }
    *layer = GDALDatasetCreateLayer(ds, "employment", nullptr, wkbNone, nullptr);
    for (const auto &[name, type] : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(name, type);
        const OGRErr created = OGR_L_CreateField(*layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (created != OGRERR_NONE) {
            *error = QString::fromUtf8(CPLGetLastErrorMsg());
            GDALClose(ds);
            return nullptr;
        }
    }
    return ds;
}

bool writeWorkbook(const QList<QByteArray> &lines, const QString &path, const char *driverName,
                   QString *error)
{
    OGRLayerH layer = nullptr;
    GDALDatasetH ds = createSheet(path, driverName,
                                  {{"geo", OFTString}, {"nace_r2", OFTString}, {"year", OFTInteger},
                                   {"value", OFTReal}, {"flag", OFTString}},
                                  &layer, error);
    if (!ds)
        return false;
    for (int l = 1; l < lines.size(); ++l) {
        const QList<QByteArray> cells = lines[l].split(';');
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(feature, 0, cells.value(1).constData());
        OGR_F_SetFieldString(feature, 1, cells.value(0).constData());
        OGR_F_SetFieldInteger(feature, 2, 2015);
        const QByteArray cell = cells.value(2).trimmed();
        bool ok = false;
        const double value = cell.split(' ').first().toDouble(&ok);
        if (ok) {
            OGR_F_SetFieldDouble(feature, 3, value);
            if (cell.contains(' '))
                OGR_F_SetFieldString(feature, 4, cell.split(' ').last().constData());
        } else if (!cell.isEmpty()) {
            OGR_F_SetFieldString(feature, 4, cell.constData());
        }
        const OGRErr written = OGR_L_CreateFeature(layer, feature);
        OGR_F_Destroy(feature);
        if (written != OGRERR_NONE) {
            *error = QString::fromUtf8(CPLGetLastErrorMsg());
            GDALClose(ds);
            return false;
        }
    }
    GDALClose(ds);
    return QFile::exists(path);
}

// The same rows as a wide sheet, years as columns: nace_r2 | geo | 2015, every cell text
// as in the CSV ("219 d", "12:00 AM", empty). Sheet row = CSV line.
bool writeWideWorkbook(const QList<QByteArray> &lines, const QString &path, const char *driverName,
                       QString *error)
{
    OGRLayerH layer = nullptr;
    GDALDatasetH ds = createSheet(path, driverName, {{"nace_r2", OFTString}, {"geo", OFTString}, {"2015", OFTString}},
                                  &layer, error);
    if (!ds)
        return false;
    for (int l = 1; l < lines.size(); ++l) {
        const QList<QByteArray> cells = lines[l].split(';');
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int c = 0; c < 3; ++c)
            if (!cells.value(c).trimmed().isEmpty())
                OGR_F_SetFieldString(feature, c, cells.value(c).trimmed().constData());
        const OGRErr written = OGR_L_CreateFeature(layer, feature);
        OGR_F_Destroy(feature);
        if (written != OGRERR_NONE) {
            *error = QString::fromUtf8(CPLGetLastErrorMsg());
            GDALClose(ds);
            return false;
        }
    }
    GDALClose(ds);
    return QFile::exists(path);
}

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n')).left(3000);
}

QHash<QString, QString> longColumns()
{
    return {{QStringLiteral("region"), QStringLiteral("geo")},
            {QStringLiteral("industry"), QStringLiteral("nace_r2")},
            {QStringLiteral("year"), QStringLiteral("year")},
            {QStringLiteral("value"), QStringLiteral("value")},
            {QStringLiteral("flag"), QStringLiteral("flag")}};
}

} // namespace

class TableReaderTest : public QObject
{
    Q_OBJECT
private slots:
    // A workbook made from the shared SBS rows reads to the same records as the Eurostat
    // reader gives for those rows, and its problems sit on the same rows.
    void workbookMatchesEurostatReader_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral("XLSX") << QStringLiteral("xlsx");
        QTest::newRow("ods") << QStringLiteral("ODS") << QStringLiteral("ods");
    }
    void workbookMatchesEurostatReader()
    {
        QFETCH(QString, driver);
        QFETCH(QString, suffix);
        const QList<QByteArray> lines = sharedHead();
        QCOMPARE(lines.size(), kSharedLines);
        const StatTable reference =
            EurostatTable::parse(lines.join('\n') + '\n', QStringLiteral("head.csv"), {});
        QVERIFY2(reference.ok, qPrintable(dump(reference)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sbs.") + suffix);
        QString error;
        QVERIFY2(writeWorkbook(lines, path, driver.toLatin1().constData(), &error), qPrintable(error));
        QVERIFY(TableReader::isSpreadsheet(path));

        TableReader::Options options;
        options.columns = longColumns();
        const StatTable table = TableReader::read(path, options);
        QVERIFY2(table.ok, qPrintable(dump(table)));
        QCOMPARE(table.records.size(), reference.records.size());
        QHash<QString, StatRecord> byKey;
        for (const StatRecord &r : reference.records)
            byKey.insert(r.region + QLatin1Char('|') + r.industry, r);
        int numbers = 0, flagged = 0;
        for (const StatRecord &r : table.records) {
            const QString key = r.region + QLatin1Char('|') + r.industry;
            QVERIFY2(byKey.contains(key), qPrintable(key));
            const StatRecord &expected = byKey.value(key);
            QCOMPARE(r.year, 2015);
            QVERIFY2(std::isnan(r.value) == std::isnan(expected.value), qPrintable(key));
            if (!std::isnan(r.value)) {
                QCOMPARE(r.value, expected.value);
                ++numbers;
            }
            QVERIFY2(r.flags == expected.flags,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(r.flags).arg(expected.flags)));
            flagged += (r.flags & kFlagDefinition) != 0;
        }
        QVERIFY(numbers > 1000);
        QVERIFY(flagged >= 30); // "219 d" and " d"
        // e.g. B05;NO;219 d on line 797 of the CSV is row 797 of the sheet.
        const auto norway = std::find_if(table.records.begin(), table.records.end(), [](const StatRecord &r) {
            return r.region == QLatin1String("NO") && r.industry == QLatin1String("B05");
        });
        QVERIFY(norway != table.records.end());
        QCOMPARE(norway->value, 219.0);
        // "12:00 AM" (a spreadsheet's damage in the shared file) is reported by both, on the
        // same lines; the workbook reader names the flag column (5).
        QSet<int> referenceLines, lines2;
        for (const InputProblem &p : reference.problems)
            referenceLines.insert(p.line);
        for (const InputProblem &p : table.problems) {
            lines2.insert(p.line);
            QCOMPARE(p.file, path);
            QCOMPARE(p.column, 5);
            QVERIFY2(p.message.contains(QStringLiteral("'12:00 AM' is not a Eurostat flag")),
                     qPrintable(p.toString()));
        }
        QVERIFY(lines2.contains(725));
        QCOMPARE(lines2, referenceLines);
    }

    // Without a mapping, the workbook's columns are guessed from the header names.
    void workbookWithoutMappingIsGuessed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guess.xlsx"));
        QString error;
        QVERIFY2(writeWorkbook(sharedHead().mid(0, 50), path, "XLSX", &error), qPrintable(error));
        const StatTable table = TableReader::read(path, {});
        QVERIFY2(table.ok, qPrintable(dump(table)));
        QCOMPARE(table.records.size(), 49);
        QCOMPARE(table.problems.size(), 1);
        QCOMPARE(table.problems.first().message,
                 QStringLiteral("columns guessed as region=geo,industry=nace_r2,year=year,value=value,flag=flag"));
        const TableReader::Preview preview = TableReader::preview(path, 5);
        QVERIFY(!preview.problem);
        QCOMPARE(preview.header, (QStringList{QStringLiteral("geo"), QStringLiteral("nace_r2"),
                                              QStringLiteral("year"), QStringLiteral("value"),
                                              QStringLiteral("flag")}));
        QCOMPARE(preview.rows.size(), 5);
        QCOMPARE(preview.rows.first().value(0), QStringLiteral("AT"));
        QCOMPARE(preview.rows.first().value(3), QStringLiteral("7089"));
    }

    void guessColumns_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("rows"); // lines of ';'-separated cells
        QTest::addColumn<QString>("expected");
        QTest::newRow("sdmx names") << QStringList{QStringLiteral("DATAFLOW"), QStringLiteral("freq"),
                                                   QStringLiteral("nace_r2"), QStringLiteral("geo"),
                                                   QStringLiteral("TIME_PERIOD"), QStringLiteral("OBS_VALUE"),
                                                   QStringLiteral("OBS_FLAG")}
                                    << QStringLiteral("ESTAT:X;A;C28;ITC4;2015;133060;")
                                    << QStringLiteral("region=geo,industry=nace_r2,year=TIME_PERIOD,"
                                                      "value=OBS_VALUE,flag=OBS_FLAG");
        QTest::newRow("labels and spaces")
            << QStringList{QStringLiteral("NUTS ID"), QStringLiteral("NACE Rev.2"), QStringLiteral("Year"),
                           QStringLiteral("Persons employed")}
            << QStringLiteral("ITC4;C28;2015;133060")
            << QStringLiteral("region=NUTS ID,industry=NACE Rev.2,year=Year,value=Persons employed");
        // Names the guess does not know: by content.
        QTest::newRow("by content")
            << QStringList{QStringLiteral("Beschäftigte"), QStringLiteral("Kreis"), QStringLiteral("Zweig"),
                           QStringLiteral("Stand"), QStringLiteral("Anm")}
            << QStringLiteral("133060;ITC4;C28;2015;e\n37316;FR10;C28;2015;\n12;DE21;J62;2016;p")
            << QStringLiteral("region=Kreis,industry=Zweig,year=Stand,value=Beschäftigte,flag=Anm");
        QTest::newRow("nothing") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                 << QStringLiteral("x;y") << QString();
    }
    void guessColumns()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        QList<QStringList> cells;
        for (const QString &line : rows.split(QLatin1Char('\n')))
            cells.append(line.split(QLatin1Char(';')));
        QCOMPARE(TableReader::formatColumnMapping(TableReader::guessColumns(header, cells)), expected);
    }

    // Cells of a long CSV as they are read: quotes, CRLF, a '\r' inside quotes, Unicode
    // blanks around codes and on blank lines, a BOM, numbers the locale-free path leaves to
    // Qt ("1e3", "+5", "0x10", Arabic-Indic digits); each problem on its line and column.
    void longTableCells_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quotes, CRLF")
            << QByteArray("geo,nace_r2,year,value,flag\r\n"
                          "\"DE21\",C28,2021,\"1,5\",\r\n"
                          " FR10 ,\"C\"\"10\", 2021-01 ,12,e\r\n"
                          "ITC4,C10,2021,\"7\r\",\"p\"\r\n")
            << QStringLiteral("DE21 C28 2021 nan 2048\n"
                              "FR10 C\"10 2021 12 8\n"
                              "ITC4 C10 2021 7 64\n"
                              "t.csv:2:4: '1,5' has a comma: decimal commas and thousands "
                              "separators are not read; write digits with a decimal point (region "
                              "DE21, industry C28, 2021); treated as missing");
        QTest::newRow("BOM, Unicode blanks")
            << QByteArray("\xef\xbb\xbfgeo;nace_r2;year;value;flag\n"
                          "\xc2\xa0" "DE21\xc2\xa0;C28;2021;1e3;\n"
                          " \xe3\x80\x80\n"
                          "\t\n"
                          "DE21;C10;\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa1;12.5;\n"
                          "DE22;C10;2021;+5;b\n")
            << QStringLiteral("DE21 C28 2021 1000 0\n"
                              "DE22 C10 2021 5 1\n"
                              "t.csv:5:3: '\u0662\u0660\u0662\u0661' is not a year; line skipped");
        // Codes with '|' are not confused ("A|B" + "C" is not "A" + "B|C").
        QTest::newRow("duplicates, bad cells")
            << QByteArray("geo\tnace_r2\tyear\tvalue\tflag\n"
                          "A|B\tC\t2021\t1\t\n"
                          "A\tB|C\t2021\t2\t\n"
                          "A\tB|C\t2021\t3\t\n"
                          "A\tB|C\t2022\t0x10\tq\n"
                          "A\tB\n")
            << QStringLiteral("A|B C 2021 1 0\n"
                              "A B|C 2021 2 0\n"
                              "A B|C 2022 nan 2048\n"
                              "t.csv:4:1: duplicate row for region A, industry B|C, 2021; skipped\n"
                              "t.csv:5:4: '0x10' is not a number (region A, industry B|C, 2022); "
                              "treated as missing\n"
                              "t.csv:5:5: 'q' is not a Eurostat flag; ignored\n"
                              "t.csv:6:3: expected 5 cells, found 2; line skipped");
    }
    void longTableCells()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        TableReader::Options options;
        options.columns = longColumns();
        const StatTable table = TableReader::parseLong(text, QStringLiteral("t.csv"), options);
        QStringList lines;
        for (const StatRecord &r : table.records)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(r.region, r.industry)
                             .arg(r.year)
                             .arg(r.value)
                             .arg(r.flags));
        for (const InputProblem &p : table.problems)
            lines.append(p.toString());
        QCOMPARE(lines.join(QLatin1Char('\n')), expected);
    }

    // A Latin-1 file (ü = 0xFC) is refused with its line and column, not read as garbage.
    void latin1IsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("geo;name;nace_r2;year;value\n"
                "DE21;Oberbayern;C28;2015;100\n"
                "DE27;Schwaben;C28;2015;50\n"
                "DE25;Mittelfranken (N\xfcrnberg);C28;2015;70\n");
        f.close();
        for (const TableReader::Options &options : {TableReader::Options{}, [] {
                 TableReader::Options o;
                 o.columns = {{QStringLiteral("region"), QStringLiteral("geo")},
                              {QStringLiteral("industry"), QStringLiteral("nace_r2")},
                              {QStringLiteral("year"), QStringLiteral("year")},
                              {QStringLiteral("value"), QStringLiteral("value")}};
                 return o;
             }()}) {
            const StatTable table = TableReader::read(path, options);
            QVERIFY(!table.ok);
            QCOMPARE(table.problems.size(), 1);
            const InputProblem &p = table.problems.first();
            QCOMPARE(p.file, path);
            QCOMPARE(p.line, 4);
            QCOMPARE(p.column, 22); // "DE25;Mittelfranken (N" is 21 characters
            QVERIFY2(p.message.contains(QStringLiteral("byte 0xFC is not UTF-8")), qPrintable(p.message));
            QVERIFY2(p.message.contains(QStringLiteral("Latin-1 or Windows-1252")), qPrintable(p.message));
            QVERIFY2(p.message.contains(QStringLiteral("Mittelfranken (Nürnberg)")), qPrintable(p.message));
        }
        const TableReader::Preview preview = TableReader::preview(path);
        QVERIFY(preview.problem);
        QCOMPARE(preview.problem->line, 4);
        // The same text in UTF-8 (after a multi-byte character on the line) reads.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("geo;name;nace_r2;year;value\nDE25;Mittelfranken (N\xc3\xbcrnberg);C28;2015;70\n");
        f.close();
        QVERIFY(!TableReader::checkUtf8(QByteArray("\xef\xbb\xbf" "a\xc3\xbc\n"), path));
        const StatTable ok = TableReader::read(path, {});
        QVERIFY2(ok.ok, qPrintable(dump(ok)));
        QCOMPARE(ok.records.first().region, QStringLiteral("DE25"));
        // Windows-1252 quotes (0x93) on a later line and column: still found.
        const auto cp1252 = TableReader::checkUtf8(QByteArray("a,b\n\xc3\xa9t\xc3\xa9,\x93x\x94\n"), path);
        QVERIFY(cp1252);
        QCOMPARE(cp1252->line, 2);
        QCOMPARE(cp1252->column, 5);
    }

    // Issue 21: a wages column (--map-columns …,wages=COL, or guessed by its name) is read
    // as the second measure, and the engine's relative wage of a region in a category is
    // its wage per person over the category's average, as computed here from the file
    // (the real SBS extract with derived wages, tests/common/WageTable.h).
    void wagesColumnToRelativeWage()
    {
        QTemporaryDir dir;
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        const QString path = dir.filePath(QStringLiteral("sbs_wages.csv"));
        QVERIFY(testing::writeFile(path, testing::longCsv(rows)));

        QHash<QString, QString> columns;
        QString error;
        QVERIFY2(TableReader::parseColumnMapping(
                     QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,flag=flag,wages=wages"),
                     &columns, &error),
                 qPrintable(error));
        QCOMPARE(columns.value(QStringLiteral("wages")), QStringLiteral("wages"));
        QCOMPARE(TableReader::formatColumnMapping(columns),
                 QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,flag=flag,wages=wages"));
        // The guess finds it by name too (never by content: it is a column of numbers).
        const TableReader::Preview preview = TableReader::preview(path);
        QCOMPARE(TableReader::guessColumns(preview.header, preview.rows), columns);

        TableReader::Options options;
        options.columns = columns;
        StatTable table = TableReader::read(path, options);
        QVERIFY2(table.ok, qPrintable(dump(table)));
        QVERIFY(table.wageMeasure.contains(QLatin1String("wages")));
        const StatRecord *at11 = testing::findRecord(table, "AT11", "C10", 2015);
        QVERIFY(at11);
        QCOMPARE(at11->value, 2485.0);
        double written = std::nan("");
        for (const testing::WageRow &r : rows)
            if (r.geo == QLatin1String("AT11") && r.nace == QLatin1String("C10"))
                written = r.wages;
        QCOMPARE(at11->wages, written);

        const ClusterData data = TableImport::toClusterData(table, 2013, TableImport::sourceNoteFor(path));
        QVERIFY(data.hasWages());
        QVERIFY(data.offers(Indicator::RelativeWage));
        QVERIFY(!ClusterData::embeddedDefault().hasWages());
        QVERIFY(!ClusterData::embeddedDefault().offers(Indicator::RelativeWage));
        const LevelAnalysis *a = data.analysis(2, 2015);
        QVERIFY(a);
        // A division, and a section whose divisions mix cells with and without wages.
        const QStringList divisionsOfC = [&] {
            QStringList list;
            for (const QString &c : data.categories())
                if (c.size() == 3 && c.startsWith(QLatin1Char('C')))
                    list.append(c);
            return list;
        }();
        QVERIFY(divisionsOfC.size() > 20);
        for (const auto &[category, industries] :
             {std::pair{QStringLiteral("C28"), QSet<QString>{QStringLiteral("C28")}},
              std::pair{QStringLiteral("C"), QSet<QString>(divisionsOfC.begin(), divisionsOfC.end())}}) {
            const testing::ExpectedWages expected = testing::expectedWages(rows, a->regions, industries);
            const Scores scores = data.compute({2, category, Indicator::RelativeWage, 2015});
            QCOMPARE(scores.regions, a->regions);
            int compared = 0;
            for (const QString &region : {QStringLiteral("DE11"), QStringLiteral("ITC4"), QStringLiteral("FR10"),
                                          QStringLiteral("PL22"), QStringLiteral("AT13")}) {
                const double want = expected.relative(region);
                const double got = scores.valueOf(region);
                QVERIFY2(std::isfinite(want), qPrintable(region));
                QVERIFY2(std::abs(got - want) <= 1e-12 * want, qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                                                             .arg(category, region)
                                                                             .arg(got, 0, 'g', 17)
                                                                             .arg(want, 0, 'g', 17)));
                ++compared;
            }
            // Every region: the same numbers, NaN where the file has no pair of cells.
            for (int k = 0; k < scores.regions.size(); ++k) {
                const double want = expected.relative(scores.regions[k]);
                QVERIFY(std::isnan(want) ? std::isnan(scores.values[k])
                                         : std::abs(scores.values[k] - want) <= 1e-12 * want);
            }
            QCOMPARE(compared, 5);

            // The productivity star: the top 10 % of the regions with a value (ties at the
            // cut-off included), counted here.
            QList<double> values;
            for (int k = 0; k < scores.regions.size(); ++k)
                if (const double v = expected.relative(scores.regions[k]); std::isfinite(v))
                    values.append(v);
            std::sort(values.begin(), values.end(), std::greater<>());
            const int top = int(std::ceil(0.1 * values.size()));
            QVERIFY(top >= 20);
            // No near-tie at the cut-off, so the count does not hang on the last bit.
            QVERIFY(values[top - 1] - values[top] > 1e-9);
            const int column = int(data.categories().indexOf(category));
            int stars = 0;
            for (int row = 0; row < a->regions.size(); ++row)
                stars += a->stars()->has(row, column, StarRating::kProductivity) ? 1 : 0;
            QCOMPARE(stars, top);
        }
        // The unit is stated where the relative wage is shown.
        QVERIFY(data.wageNote().contains(QLatin1String("wages")));
    }

    // A wide table with its own dimension names: the region and industry columns are
    // guessed from the codes, the years come from the header.
    void wideTableWithOwnNames()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("wide.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Zweig;Kreis;2014;2015\nC28;DE21;100;110\nC28;DE25;50 e;:\nC29;DE21;7;8\n");
        f.close();
        const StatTable table = TableReader::read(f.fileName(), {});
        QVERIFY2(table.ok, qPrintable(dump(table)));
        QCOMPARE(table.records.size(), 6);
        QCOMPARE(table.problems.first().message, QStringLiteral("columns guessed as region=Kreis,industry=Zweig"));
        const auto de25 = std::find_if(table.records.begin(), table.records.end(), [](const StatRecord &r) {
            return r.region == QLatin1String("DE25") && r.year == 2014;
        });
        QVERIFY(de25 != table.records.end());
        QCOMPARE(de25->value, 50.0);
        QCOMPARE(de25->flags, Flags(kFlagEstimated));
        // The Eurostat names need no guess.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("nace_r2;geo;n2015\nC28;DE21;110\n");
        f.close();
        const StatTable plain = TableReader::read(f.fileName(), {});
        QVERIFY2(plain.ok && plain.problems.isEmpty(), qPrintable(dump(plain)));
    }

    // Content decides the reader; a long CSV is "generic" and needs the mapping step.
    void previewKinds()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        QCOMPARE(TableReader::preview(write("w.tsv", "freq,nace_r2,geo\\TIME_PERIOD\t2015 \nA,C,AT\t12 \n")).kind,
                 TableReader::Kind::EurostatWide);
        QCOMPARE(TableReader::preview(write("s.csv", "DATAFLOW,freq,geo,TIME_PERIOD,OBS_VALUE\n")).kind,
                 TableReader::Kind::SdmxCsv);
        QCOMPARE(TableReader::preview(write("j.json", "  {\"id\":[]}")).kind, TableReader::Kind::JsonStat);
        const TableReader::Preview generic =
            TableReader::preview(write("l.csv", "nuts;nace;time;persons\nAT11;C28;2015;100\n"));
        QCOMPARE(generic.kind, TableReader::Kind::Generic);
        QCOMPARE(generic.rows.size(), 1);
        const TableReader::Preview broken = TableReader::preview(write("b.xlsx", "not a zip"));
        QVERIFY(broken.problem);
        QVERIFY2(broken.problem->message.startsWith(QStringLiteral("cannot open as a workbook")),
                 qPrintable(broken.problem->message));
    }

    // A wide workbook (years as columns) reads like the wide CSV it was made from: the
    // same records with their flags, and the damaged cells reported on the same rows.
    void wideWorkbookMatchesCsv_data() { workbookMatchesEurostatReader_data(); }
    void wideWorkbookMatchesCsv()
    {
        QFETCH(QString, driver);
        QFETCH(QString, suffix);
        const QList<QByteArray> lines = sharedHead();
        QCOMPARE(lines.size(), kSharedLines);
        const StatTable reference =
            EurostatTable::parse(lines.join('\n') + '\n', QStringLiteral("head.csv"), {});
        QVERIFY2(reference.ok, qPrintable(dump(reference)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.") + suffix);
        QString error;
        QVERIFY2(writeWideWorkbook(lines, path, driver.toLatin1().constData(), &error), qPrintable(error));
        const StatTable table = TableReader::read(path, {});
        QVERIFY2(table.ok, qPrintable(dump(table)));
        QCOMPARE(table.records.size(), reference.records.size());
        for (int i = 0; i < table.records.size(); ++i) {
            const StatRecord &a = table.records[i], &b = reference.records[i];
            QCOMPARE(a.region, b.region);
            QCOMPARE(a.industry, b.industry);
            QCOMPARE(a.year, 2015);
            QCOMPARE(a.flags, b.flags);
            QVERIFY(std::isnan(a.value) ? std::isnan(b.value) : a.value == b.value);
        }
        QSet<int> referenceRows, tableRows;
        for (const InputProblem &p : reference.problems)
            referenceRows.insert(p.line);
        for (const InputProblem &p : table.problems)
            if (p.line > 1)
                tableRows.insert(p.line);
        QVERIFY(!referenceRows.isEmpty()); // the extract's "12:00 AM" cells
        QCOMPARE(tableRows, referenceRows);
    }
};

QTEST_GUILESS_MAIN(TableReaderTest)
#include "TableReaderTest.moc"
