// SPDX-License-Identifier: MIT
#include "maps/Classification.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CS_CLUSTERSCOPE_EXE), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QHash<QString, QStringList> rowsById(const QString &csv)
{
    QHash<QString, QStringList> rows;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char(','));
        rows.insert(cells.first(), cells);
    }
    return rows;
}
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT
private slots:
    // Location quotient of C28 (machinery) at NUTS 2 from the embedded SBS 2015 data,
    // computed by hand from ../shared/data/sbs_r_nuts06_r2_2015_persons_employed.csv
    // (rows of NACE divisions at NUTS 2, numeric cells incl. "219 d", others left out):
    //   E = 134,955,395 persons, E_C28 = 2,991,235
    //   ITC4 Lombardia:     e_rc = 133,060, e_r = 3,097,145 → LQ = 1.93832098515
    //   FR10 Île de France: e_rc =  37,316, e_r = 5,051,879 → LQ = 0.333258980403
    void exportCsvLocationQuotient()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lq.csv"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--level"), QStringLiteral("2"), QStringLiteral("--category"),
                           QStringLiteral("C28"), QStringLiteral("--indicator"), QStringLiteral("lq"),
                           QStringLiteral("--year"), QStringLiteral("2015"), QStringLiteral("-o"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.startsWith(QStringLiteral("nuts_id,name,value\n")));
        const auto rows = rowsById(csv);
        QCOMPARE(rows.value(QStringLiteral("ITC4")).value(1), QStringLiteral("Lombardia"));
        QVERIFY(std::abs(rows.value(QStringLiteral("ITC4")).value(2).toDouble() - 1.93832098515) < 1e-10);
        QVERIFY(std::abs(rows.value(QStringLiteral("FR10")).value(2).toDouble() - 0.333258980403) < 1e-11);
        // 327 NUTS 2 codes in the extract (incl. extra-regio xxZZ), one row each.
        QCOMPARE(rows.size(), 328);
    }

    // Against Italy only (by hand from the same file, Italian NUTS 2 rows):
    //   E = 14,188,864, E_C28 = 450,846; ITC4: (133,060 / 3,097,145) / (450,846 / 14,188,864)
    //   = 1.35208933109 (SOURCES.md gets 1.354 with e_r summed over sections instead).
    void referenceArea()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--reference"), QStringLiteral("IT"),
                           QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("-o"),
                           QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(std::abs(rowsById(r.out).value(QStringLiteral("ITC4")).value(2).toDouble() - 1.35208933109) < 1e-9);
        const Run bad = run({QStringLiteral("export"), QStringLiteral("--reference"), QStringLiteral("XX"),
                             QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("valid: all, EU27_2020, AT")));
    }

    // Long form: every region × category × year × indicator, one value per line.
    void exportAllLongForm()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                           QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("nuts_id,category,year,indicator,value\n")));
        QVERIFY(r.out.contains(QStringLiteral("\nITC4,C28,2015,lq,1.93832098515\n")));
        QVERIFY(r.out.contains(QStringLiteral("\nITC4,C28,2015,employment,133060\n")));
        // log LQ = ln 1.93832098515 = 0.661820…; symmetric (LQ − 1)/(LQ + 1) = 0.238639…
        const auto valueOf = [&](const QString &prefix) {
            const qsizetype at = r.out.indexOf(prefix);
            if (at < 0)
                return qQNaN();
            const qsizetype start = at + prefix.size();
            return r.out.mid(start, r.out.indexOf(QLatin1Char('\n'), start) - start).toDouble();
        };
        QVERIFY(std::abs(valueOf(QStringLiteral("\nITC4,C28,2015,loglq,")) - std::log(1.93832098515)) < 1e-9);
        QVERIFY(std::abs(valueOf(QStringLiteral("\nITC4,C28,2015,symlq,")) - 0.93832098515 / 2.93832098515) < 1e-9);
        const double density = valueOf(QStringLiteral("\nITC4,automotive,2015,density,"));
        QVERIFY(density >= 0.0 && density <= 1.0);
        const double krugman = valueOf(QStringLiteral("\nITC4,*,2015,krugman,"));
        QVERIFY(krugman > 0.0 && krugman < 2.0);
        const double hhi = valueOf(QStringLiteral("\nITC4,*,2015,hhi,"));
        QVERIFY(hhi > 1.0 / 68 && hhi < 1.0);
    }

    void exportCsvEmploymentToStdout()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--indicator"),
                           QStringLiteral("employment"), QStringLiteral("--category"),
                           QStringLiteral("C28"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto rows = rowsById(r.out);
        QCOMPARE(rows.value(QStringLiteral("ITC4")).value(2), QStringLiteral("133060"));
        QCOMPARE(rows.value(QStringLiteral("FR10")).value(2), QStringLiteral("37316"));
    }

    // Growth on the embedded LFS extract (Y_GE15, thousands), by hand from
    // ../shared/data/lfst_r_lfe2en2_2017vintage.tsv, NACE J:
    //   FR10: 333.5 (2008, "b") → 326.3 (2015): 100·((326.3/333.5)^(1/7) − 1) = −0.311309591614
    //   ITC4: 145.4 → 151.4: 100·((151.4/145.4)^(1/7) − 1) = 0.579339947551
    void exportGrowthFromLfs()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("lfs"),
                           QStringLiteral("--indicator"), QStringLiteral("growth"),
                           QStringLiteral("--category"), QStringLiteral("J"), QStringLiteral("--year"),
                           QStringLiteral("2015"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto rows = rowsById(r.out);
        QVERIFY(std::abs(rows.value(QStringLiteral("FR10")).value(2).toDouble() + 0.311309591614) < 1e-9);
        QVERIFY(std::abs(rows.value(QStringLiteral("ITC4")).value(2).toDouble() - 0.579339947551) < 1e-9);
    }

    // A long CSV with mapped columns; its bad cells are reported as FILE:LINE:COLUMN.
    void exportFromLongCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nuts;nace;time;persons\n"
                "AT11;C28;2015;100\n"
                "AT11;C29;2015;300\n"
                "AT12;C28;2015;300\n"
                "AT12;C29;2015;twelve\n"
                "AT12;C29;2014;100\n");
        f.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--data"), path,
                           QStringLiteral("--map-columns"),
                           QStringLiteral("region=nuts,industry=nace,year=time,value=persons"),
                           QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("--year"),
                           QStringLiteral("2015"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QStringLiteral(":5:4: 'twelve' is not a number")), qPrintable(r.err));
        // 2015: AT11 = (100, 300), AT12 = (300, missing); e_r = 400 and 300, E = 700,
        // E_C28 = 400: LQ(AT11) = (100/400)/(400/700) = 0.4375, LQ(AT12) = 1/(4/7) = 1.75.
        const auto rows = rowsById(r.out);
        QCOMPARE(rows.value(QStringLiteral("AT11")).value(2).toDouble(), 0.4375);
        QCOMPARE(rows.value(QStringLiteral("AT12")).value(2).toDouble(), 1.75);
    }

    void unusableDataExitsThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("binary.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04\0\0\0", 7));
        f.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--data"), path, QStringLiteral("-o"),
                           QStringLiteral("-")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(path + QStringLiteral(": the file is binary")), qPrintable(r.err));
    }

    void invalidOptionsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString e = QStringLiteral("export"), o = QStringLiteral("-o"), dash = QStringLiteral("-");
        QTest::newRow("category") << QStringList{e, QStringLiteral("--category"), QStringLiteral("Z99"), o, dash}
                                  << QStringLiteral("valid categories: ");
        QTest::newRow("level") << QStringList{e, QStringLiteral("--level"), QStringLiteral("7"), o, dash}
                               << QStringLiteral("valid levels for this data: 0, 1, 2");
        QTest::newRow("year") << QStringList{e, QStringLiteral("--year"), QStringLiteral("1999"), o, dash}
                              << QStringLiteral("valid years: 2015");
        QTest::newRow("indicator") << QStringList{e, QStringLiteral("--indicator"), QStringLiteral("gdp"), o, dash}
                                   << QStringLiteral("lq, share, focus, employment");
        QTest::newRow("format") << QStringList{e, QStringLiteral("--format"), QStringLiteral("xls"), o, dash}
                                << QStringLiteral("valid formats: csv, xlsx, png, svg, pdf, gpkg");
        QTest::newRow("size") << QStringList{e, QStringLiteral("--format"), QStringLiteral("png"),
                                             QStringLiteral("--size"), QStringLiteral("big"), o, dash}
                              << QStringLiteral("expected WIDTHxHEIGHT");
        QTest::newRow("option") << QStringList{e, QStringLiteral("--colour"), QStringLiteral("red")}
                                << QStringLiteral("colour");
        QTest::newRow("dataset") << QStringList{e, QStringLiteral("--dataset"), QStringLiteral("gdp"), o, dash}
                                 << QStringLiteral("valid datasets: sbs, lfs");
        QTest::newRow("classification") << QStringList{e, QStringLiteral("--classification"), QStringLiteral("kmeans"), o, dash}
                                        << QStringLiteral("valid classifications: quantile");
        QTest::newRow("palette") << QStringList{e, QStringLiteral("--palette"), QStringLiteral("rainbow"), o, dash}
                                 << QStringLiteral("valid palettes: ");
        QTest::newRow("breaks") << QStringList{e, QStringLiteral("--breaks"), QStringLiteral("3,2,1"), o, dash}
                                << QStringLiteral("invalid --breaks");
        QTest::newRow("margins") << QStringList{e, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--page"), QStringLiteral("A4"),
                                                QStringLiteral("--margins"), QStringLiteral("80"), o,
                                                QStringLiteral("x.pdf")}
                                 << QStringLiteral("invalid --margins '80'; valid: 0 to 50");
        QTest::newRow("labels") << QStringList{e, QStringLiteral("--labels"), QStringLiteral("all"), o, dash}
                                << QStringLiteral("valid: none, codes, names");
        QTest::newRow("star symbols") << QStringList{e, QStringLiteral("--star-symbols"), QStringLiteral("4"), o, dash}
                                      << QStringLiteral("invalid --star-symbols '4'; valid: 0 to 3");
        QTest::newRow("gui option") << QStringList{QStringLiteral("--level"), QStringLiteral("9")}
                                    << QStringLiteral("valid levels");
    }
    void invalidOptionsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        // One line of ours (Qt may add its own platform notes on other lines).
        QCOMPARE(r.err.count(QStringLiteral("clusterscope: ")), 1);
        QVERIFY(r.out.isEmpty());
    }

    // The figure command: exact PNG size, with no display.
    // The workbook holds the same numbers as the CSV: one row per region (zip archive).
    void exportXlsx()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c28.xlsx"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("-o"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        const Run all = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                             QStringLiteral("--all"), QStringLiteral("-o"), dir.filePath(QStringLiteral("all.xlsx"))});
        QCOMPARE(all.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("all.xlsx"))));
    }

    void exportPngSize()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("map.png"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                           QStringLiteral("--size"), QStringLiteral("1200x700"), QStringLiteral("--level"),
                           QStringLiteral("2"), QStringLiteral("-o"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(file).size(), QSize(1200, 700));
    }

    // A boundary file of the user's: a GeoJSON whose codes are in a column named "geo"
    // (found by content), mixing levels; labels and star symbols on the figure.
    void exportWithOwnBoundaries()
    {
        QTemporaryDir dir;
        const QString boundaries = dir.filePath(QStringLiteral("regions.geojson"));
        QFile f(boundaries);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"geo":"DE2","label":"Bayern"},"geometry":{"type":"Polygon","coordinates":[[[9,47],[14,47],[14,50.5],[9,50.5],[9,47]]]}},
{"type":"Feature","properties":{"geo":"DE21","label":"Oberbayern"},"geometry":{"type":"Polygon","coordinates":[[[10.5,47.3],[13,47.3],[13,49],[10.5,49],[10.5,47.3]]]}},
{"type":"Feature","properties":{"geo":"ITC4","label":"Lombardia"},"geometry":{"type":"Polygon","coordinates":[[[8.5,44.7],[11.4,44.7],[11.4,46.6],[8.5,46.6],[8.5,44.7]]]}}]})");
        f.close();
        const QString file = dir.filePath(QStringLiteral("own.png"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                           QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--category"),
                           QStringLiteral("C28"), QStringLiteral("--boundaries"), boundaries,
                           QStringLiteral("--labels"), QStringLiteral("names"), QStringLiteral("--star-symbols"),
                           QStringLiteral("1"), QStringLiteral("-o"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(file).size(), QSize(800, 600));
        const Run wrongKey = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                                  QStringLiteral("--boundaries"), boundaries, QStringLiteral("--key-column"),
                                  QStringLiteral("NUTS_ID"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(wrongKey.code, 1);
        QVERIFY2(wrongKey.err.contains(QStringLiteral("no column 'NUTS_ID'")) &&
                     wrongKey.err.contains(QStringLiteral("geo, label")),
                 qPrintable(wrongKey.err));
    }

    void unwritableOutput()
    {
        const QString path = QStringLiteral("/nonexistent-dir/out.csv");
        const Run r = run({QStringLiteral("export"), QStringLiteral("-o"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
    }

    // The window painted headless: a real map, not blank, with the legend colours.
    void screenshot()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("window.png"));
        const Run r = run({QStringLiteral("--screenshot"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y) & 0xffffff];
        QVERIFY2(counts.size() > 50, "the screenshot is nearly uniform");
        for (const QColor &colour : sequentialPalette(5)) {
            const int n = counts.value(colour.rgb() & 0xffffff);
            QVERIFY2(n > 500, qPrintable(QStringLiteral("legend colour %1 covers only %2 pixels")
                                             .arg(colour.name())
                                             .arg(n)));
        }
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
