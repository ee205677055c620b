// SPDX-License-Identifier: MIT
#include "maps/Classification.h"
#include "maps/Palette.h"
#include "maps/SceneBuilder.h"
#include "tests/common/WageTable.h"
#include "tests/common/RunProgram.h"

#include <QImage>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace cs;

namespace {
using Run = test::ProgramRun;

Run run(const QStringList &arguments)
{
    return test::runProgram(QStringLiteral(CS_CLUSTERSCOPE_EXE), arguments);
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
    // (rows of NACE divisions at NUTS 2 without the 8 extra-regio codes xxZZ, numeric
    // cells incl. "219 d", others left out):
    //   E = 134,903,771 persons, E_C28 = 2,991,004
    //   ITC4 Lombardia:     e_rc = 133,060, e_r = 3,097,145 → LQ = 1.93772916857
    //   FR10 Île de France: e_rc =  37,316, e_r = 5,051,879 → LQ = 0.333157228324
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
        QVERIFY(std::abs(rows.value(QStringLiteral("ITC4")).value(2).toDouble() - 1.93772916857) < 1e-10);
        QVERIFY(std::abs(rows.value(QStringLiteral("FR10")).value(2).toDouble() - 0.333157228324) < 1e-11);
        // 327 NUTS 2 codes in the extract: 8 extra-regio (xxZZ) and 19 codes of NUTS 2006
        // (DE41, ITD1 …, all cells empty) left out, 12 NUTS 2010 codes renamed into their
        // NUTS 2013 successors (EL11 → EL51 …): 289 regions, one row each; 283 of them carry
        // numbers (FR91, SI01, UKI1 … of NUTS 2010 are empty in 2015) and form the reference.
        QCOMPARE(rows.size(), 290);
        QVERIFY(!rows.contains(QStringLiteral("FRZZ")));
        QVERIFY2(r.err.contains(QStringLiteral("Reference: 283 NUTS 2 regions with data")), qPrintable(r.err));
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
        QVERIFY(r.out.contains(QStringLiteral("\nITC4,C28,2015,lq,1.93772916857\n")));
        QVERIFY(r.out.contains(QStringLiteral("\nITC4,C28,2015,employment,133060\n")));
        // log LQ = ln 1.93772916857 = 0.661517…; symmetric (LQ − 1)/(LQ + 1) = 0.319202…
        const auto valueOf = [&](const QString &prefix) {
            const qsizetype at = r.out.indexOf(prefix);
            if (at < 0)
                return qQNaN();
            const qsizetype start = at + prefix.size();
            return r.out.mid(start, r.out.indexOf(QLatin1Char('\n'), start) - start).toDouble();
        };
        QVERIFY(std::abs(valueOf(QStringLiteral("\nITC4,C28,2015,loglq,")) - std::log(1.93772916857)) < 1e-9);
        QVERIFY(std::abs(valueOf(QStringLiteral("\nITC4,C28,2015,symlq,")) - 0.93772916857 / 2.93772916857) < 1e-9);
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

    // Multi-year data: the legend's classes come from every year by default (the same
    // in 2008 and 2015); --class-scope year takes each year's own values.
    void classScope()
    {
        QTemporaryDir dir;
        const auto legend = [&](const QString &year, const QStringList &extra) {
            const QString file = dir.filePath(year + extra.join(QString()) + QStringLiteral(".svg"));
            const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("lfs"),
                                          QStringLiteral("--indicator"), QStringLiteral("share"),
                                          QStringLiteral("--category"), QStringLiteral("J"), QStringLiteral("--year"),
                                          year, QStringLiteral("--format"), QStringLiteral("svg"),
                                          QStringLiteral("-o"), file} +
                              extra);
            QFile svg(file);
            if (r.code != 0 || !svg.open(QIODevice::ReadOnly))
                return QStringList{r.err};
            static const QRegularExpression label(QStringLiteral("\\d+\\.\\d+ % – \\d+\\.\\d+ %"));
            QStringList labels;
            for (auto it = label.globalMatch(QString::fromUtf8(svg.readAll())); it.hasNext();)
                labels.append(it.next().captured());
            return labels;
        };
        const QStringList all2008 = legend(QStringLiteral("2008"), {});
        QCOMPARE(all2008.size(), 5);
        QCOMPARE(legend(QStringLiteral("2015"), {}), all2008);
        const QStringList year = {QStringLiteral("--class-scope"), QStringLiteral("year")};
        const QStringList own2008 = legend(QStringLiteral("2008"), year), own2015 = legend(QStringLiteral("2015"), year);
        QCOMPARE(own2008.size(), 5);
        QVERIFY(own2008 != own2015);
        const Run bad = run({QStringLiteral("export"), QStringLiteral("--class-scope"), QStringLiteral("decade"),
                             QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("all-years, year")), qPrintable(bad.err));
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

    // Issue 21: --map-columns …,wages=COL reads the second measure; --indicator
    // relative_wage and --all give the engine's relative wage, checked against the wage per
    // person over the category's average computed here from the file (the real SBS extract
    // with derived wages, tests/common/WageTable.h).
    void relativeWageFromMapColumns()
    {
        QTemporaryDir dir;
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        const QString path = dir.filePath(QStringLiteral("sbs_wages.csv"));
        QVERIFY(testing::writeFile(path, testing::longCsv(rows)));
        const QStringList data = {QStringLiteral("--data"), path, QStringLiteral("--map-columns"),
                                  QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,flag=flag,wages=wages")};
        const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--indicator"),
                                      QStringLiteral("relative_wage"), QStringLiteral("--category"),
                                      QStringLiteral("C28"), QStringLiteral("-o"), QStringLiteral("-")} +
                          data);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto byRegion = rowsById(r.out);
        QStringList regions = byRegion.keys();
        regions.removeAll(QStringLiteral("nuts_id"));
        QVERIFY(regions.size() > 250);
        const testing::ExpectedWages expected = testing::expectedWages(rows, regions, {QStringLiteral("C28")});
        for (const QString &region : {QStringLiteral("ITC4"), QStringLiteral("DE11"), QStringLiteral("FR10"),
                                      QStringLiteral("ES51")}) {
            const double want = expected.relative(region);
            const double got = byRegion.value(region).value(2).toDouble();
            QVERIFY2(std::isfinite(want) && std::abs(got - want) <= 1e-10 * want,
                     qPrintable(QStringLiteral("%1: %2, expected %3").arg(region).arg(got).arg(want)));
        }

        const Run all = run(QStringList{QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                                        QStringLiteral("-")} +
                            data);
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QHash<QString, double> itc4;
        for (const QString &line : all.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("ITC4,C28,2015,")))
                itc4.insert(line.section(QLatin1Char(','), 3, 3), line.section(QLatin1Char(','), 4, 4).toDouble());
        QVERIFY(std::abs(itc4.value(QStringLiteral("relative_wage")) - expected.relative(QStringLiteral("ITC4"))) <=
                1e-10 * expected.relative(QStringLiteral("ITC4")));
        QVERIFY(std::abs(itc4.value(QStringLiteral("wages")) - expected.wages.value(QStringLiteral("ITC4"))) <=
                1e-9 * expected.wages.value(QStringLiteral("ITC4")));
        QVERIFY(itc4.contains(QStringLiteral("productivity_star")));
        // Without wages --all has no wage rows.
        const Run plain = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                               QStringLiteral("-")});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.out.contains(QLatin1String(",relative_wage,")));
        QVERIFY(plain.out.contains(QLatin1String("ITC4,C28,2015,lq,")));
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

    // -o never destroys one of the command's own inputs, nor a FIFO: refused (exit 2)
    // before anything is read, the file byte for byte as it was.
    void outputThatIsAnInputIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(QFile::copy(QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"), data));
        QFile in(data);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray before = in.readAll();
        in.close();
        // The same file under another name: through "..", and through a symlink.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(QFile::link(data, dir.filePath(QStringLiteral("link.csv"))));
        for (const QString &output : {data, dir.filePath(QStringLiteral("sub/../data.csv")),
                                      dir.filePath(QStringLiteral("link.csv"))}) {
            const Run r = run({QStringLiteral("export"), QStringLiteral("--data"), data, QStringLiteral("--category"),
                               QStringLiteral("C28"), QStringLiteral("-o"), output});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("input")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("12:00 AM")), "refused before the data was read");
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(in.readAll(), before);
            in.close();
        }
        // --qgs naming the GeoPackage itself.
        const QString gpkg = dir.filePath(QStringLiteral("map.gpkg"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gpkg"),
                     QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("-o"), gpkg,
                     QStringLiteral("--qgs"), gpkg});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(gpkg));
        // A FIFO stays a FIFO (a write would block or replace it).
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        r = run({QStringLiteral("export"), QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("-o"),
                 fifo});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("FIFO")), qPrintable(r.err));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    }

    // Employment is drawn as proportional circles by default; --symbol choropleth fills the
    // regions instead, and a recipe keeps the choice.
    void symbolOption()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList common = {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                                    QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--indicator"),
                                    QStringLiteral("employment"), QStringLiteral("--category"), QStringLiteral("C28")};
        const QString circles = dir.filePath(QStringLiteral("circles.png"));
        const QString byDefault = dir.filePath(QStringLiteral("default.png"));
        const QString choropleth = dir.filePath(QStringLiteral("choropleth.png"));
        QCOMPARE(run(common + QStringList{QStringLiteral("-o"), byDefault}).code, 0);
        QCOMPARE(run(common + QStringList{QStringLiteral("--symbol"), QStringLiteral("circles"), QStringLiteral("-o"),
                                          circles})
                     .code,
                 0);
        const Run r = run(common + QStringList{QStringLiteral("--symbol"), QStringLiteral("choropleth"),
                                               QStringLiteral("--recipe"), QStringLiteral("-o"), choropleth});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(byDefault), QImage(circles));
        QVERIFY(QImage(choropleth) != QImage(circles));
        QFile recipe(choropleth + QStringLiteral(".recipe.json"));
        QVERIFY(recipe.open(QIODevice::ReadOnly));
        QVERIFY(recipe.readAll().contains("\"symbol\": \"choropleth\""));
        recipe.close();
        // Batch rebuilds the choropleth from the recipe.
        QVERIFY(QFile::remove(choropleth));
        QCOMPARE(run({QStringLiteral("batch"), recipe.fileName()}).code, 0);
        QVERIFY(QImage(choropleth) != QImage(circles));
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
        QTest::newRow("symbol") << QStringList{e, QStringLiteral("--symbol"), QStringLiteral("bars"), o, dash}
                                << QStringLiteral("valid: choropleth, circles");
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
        // Issue 21: the embedded data holds persons employed only.
        QTest::newRow("relative wage without wages")
            << QStringList{e, QStringLiteral("--indicator"), QStringLiteral("relative_wage"), o, dash}
            << QStringLiteral("the embedded data set 'sbs' has no wage measure (it holds persons employed only). "
                              "Use --dataset sbs-wages");
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

    // A figure from the built-in boundaries never loads GDAL: the first run compiles the
    // layers it reads (CompiledCache), the second reads only those. The dynamic loader
    // lists every library it opens.
    void figureExportWithoutGdal()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("map.png"));
        const QStringList arguments = {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                                       QStringLiteral("--size"), QStringLiteral("960x540"), QStringLiteral("-o"), file};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLUSTERSCOPE_COMPILED_CACHE"), dir.filePath(QStringLiteral("compiled")));
        const auto runWith = [&](const QProcessEnvironment &env) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CS_CLUSTERSCOPE_EXE), arguments);
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
        };
        const auto first = runWith(environment);
        QVERIFY2(first.first == 0, qPrintable(first.second));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("compiled/nuts_2013_10m_l2.bin"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("compiled/countries-key-iso_a2.bin"))));
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const auto second = runWith(environment);
        QCOMPARE(second.first, 0);
        QVERIFY2(second.second.contains(QStringLiteral("libQt6Gui")), "LD_DEBUG lists the libraries");
        QVERIFY2(!second.second.contains(QStringLiteral("libgdal")), "GDAL was loaded");
        QCOMPARE(QImage(file).size(), QSize(960, 540));
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
        // --boundaries serves the GeoPackage too: the user's NUTS 2 polygons (not the
        // NUTS 1 one, not the cache's 283 regions) with their names and scores.
        const QString gpkg = dir.filePath(QStringLiteral("own.gpkg"));
        const Run g = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gpkg"),
                           QStringLiteral("--category"), QStringLiteral("C28"), QStringLiteral("--boundaries"),
                           boundaries, QStringLiteral("-o"), gpkg});
        QVERIFY2(g.code == 0, qPrintable(g.err));
        QProcess ogrinfo;
        ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), QStringLiteral("-q"), gpkg});
        QVERIFY(ogrinfo.waitForFinished(60000));
        const QString dump = QString::fromUtf8(ogrinfo.readAllStandardOutput());
        QCOMPARE(dump.count(QStringLiteral("nuts_id (String) = ")), 2);
        QVERIFY(dump.contains(QStringLiteral("nuts_id (String) = DE21")));
        QVERIFY(dump.contains(QStringLiteral("nuts_id (String) = ITC4")));
        QVERIFY(dump.contains(QStringLiteral("lq (Real) = 1.937729168")));
        // Reprojected to EPSG:3035 (Lombardia's south-west corner, 8.5° E 44.7° N).
        QVERIFY(dump.contains(QStringLiteral("MULTIPOLYGON (((4201898.")));
        // … and the score table: its names come from the user's regions (this file has no
        // name column the reader knows, so the codes stand in, as on the map).
        const Run csv = run({QStringLiteral("export"), QStringLiteral("--category"), QStringLiteral("C28"),
                             QStringLiteral("--boundaries"), boundaries, QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY2(csv.out.contains(QStringLiteral("\nITC4,ITC4,1.93772916857\n")), qPrintable(csv.out.left(300)));
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
        // The default map: LQ in six log-symmetric classes, PuOr_r.
        const Symbology lq = Symbology::defaultFor(Indicator::LocationQuotient);
        const QList<QColor> legend =
            Palette::byName(Symbology::defaultPalette(lq.method, Indicator::LocationQuotient)).colours(6);
        QCOMPARE(legend.size(), 6);
        for (const QColor &colour : legend) {
            const int n = counts.value(colour.rgb() & 0xffffff);
            QVERIFY2(n > 500, qPrintable(QStringLiteral("legend colour %1 covers only %2 pixels")
                                             .arg(colour.name())
                                             .arg(n)));
        }
    }

    // Every indicator name documented in export --help appears in the --all output: the
    // SBS extract (one year, NACE divisions and clusters) has the structural ones, the
    // LFS extract (2008–2015) the growth and shift-share ones.
    void exportAllEveryIndicator()
    {
        const Run help = run({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QString helpText = QString(help.out).simplified();
        const Run sbs = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                             QStringLiteral("-")});
        const Run lfs = run({QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("lfs"),
                             QStringLiteral("--all"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(sbs.code == 0, qPrintable(sbs.err));
        QVERIFY2(lfs.code == 0, qPrintable(lfs.err));
        const auto names = [](const QString &csv) {
            QSet<QString> set;
            for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
                set.insert(line.section(QLatin1Char(','), 3, 3));
            return set;
        };
        const QSet<QString> inSbs = names(sbs.out), inLfs = names(lfs.out);
        const QStringList structural = {
            QStringLiteral("employment"),   QStringLiteral("share"),          QStringLiteral("focus"),
            QStringLiteral("lq"),           QStringLiteral("loglq"),          QStringLiteral("symlq"),
            QStringLiteral("stars"),        QStringLiteral("krugman"),        QStringLiteral("hhi"),
            QStringLiteral("eci_eigen"),    QStringLiteral("eci_reflections"), QStringLiteral("hoover"),
            QStringLiteral("gini"),         QStringLiteral("hhi_category"),   QStringLiteral("pci_eigen"),
            QStringLiteral("pci_reflections"), QStringLiteral("coverage")};
        for (const QString &name : structural) {
            QVERIFY2(helpText.contains(name), qPrintable(name));
            QVERIFY2(inSbs.contains(name), qPrintable(name));
            QVERIFY2(inLfs.contains(name), qPrintable(name));
        }
        QVERIFY(helpText.contains(QStringLiteral("density")) && inSbs.contains(QStringLiteral("density")));
        for (const QString &name : {QStringLiteral("growth"), QStringLiteral("growth_abs"),
                                    QStringLiteral("growth_pct"), QStringLiteral("reference_growth"),
                                    QStringLiteral("industry_mix"), QStringLiteral("competitive_effect")}) {
            QVERIFY2(helpText.contains(name), qPrintable(name));
            QVERIFY2(inLfs.contains(name), qPrintable(name));
            QVERIFY2(!inSbs.contains(name), qPrintable(name)); // one year: no change
        }
        const QSet<QString> documented = QSet<QString>(structural.begin(), structural.end()) +
                                         QSet<QString>{QStringLiteral("density"), QStringLiteral("growth"),
                                                       QStringLiteral("growth_abs"), QStringLiteral("growth_pct"),
                                                       QStringLiteral("reference_growth"), QStringLiteral("industry_mix"),
                                                       QStringLiteral("competitive_effect")};
        const QSet<QString> exported = inSbs + inLfs;
        QStringList undocumented = (exported - documented).values();
        QStringList missing = (documented - exported).values();
        QVERIFY2(undocumented.isEmpty() && missing.isEmpty(),
                 qPrintable(undocumented.join(QLatin1Char(' ')) + QStringLiteral(" | ") + missing.join(QLatin1Char(' '))));
    }

    // Shift-share on the LFS extract, NACE J, 2008 → 2015 (by hand from
    // ../shared/data/lfst_r_lfe2en2_2017vintage.tsv, thousands): ITC4 145.4 → 151.4, so
    // growth_abs = 6000 persons and growth_pct = 600 / 145.4 = 4.12654745530; the three
    // components add up to it, here and in every other region and category.
    void exportShiftShareAddsUp()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("lfs"),
                           QStringLiteral("--all"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QHash<QString, QHash<QString, double>> cells; // "nuts,category,year" → indicator → value
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f.size() == 5 && !f[4].isEmpty())
                cells[f[0] + QLatin1Char(',') + f[1] + QLatin1Char(',') + f[2]].insert(f[3], f[4].toDouble());
        }
        const auto itc4 = cells.value(QStringLiteral("ITC4,J,2015"));
        QVERIFY(std::abs(itc4.value(QStringLiteral("growth_abs")) - 6000.0) < 1e-6);
        QVERIFY(std::abs(itc4.value(QStringLiteral("growth_pct")) - 4.12654745530) < 1e-9);
        QVERIFY(cells.value(QStringLiteral("ITC4,J,2008")).value(QStringLiteral("growth_abs"), -1) == -1);
        QVERIFY(cells.value(QStringLiteral("ITC4,J,2014")).contains(QStringLiteral("growth_abs")));
        QVERIFY(!cells.value(QStringLiteral("ITC4,J,2014")).contains(QStringLiteral("industry_mix")));
        int checked = 0;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const auto &v = it.value();
            if (!v.contains(QStringLiteral("competitive_effect")))
                continue;
            const double a = v.value(QStringLiteral("reference_growth")), b = v.value(QStringLiteral("industry_mix")),
                         c = v.value(QStringLiteral("competitive_effect"));
            const double change = v.value(QStringLiteral("growth_abs"));
            // Exact in the engine; the CSV keeps 12 significant digits of each part.
            const double tolerance = 1e-11 * (std::abs(a) + std::abs(b) + std::abs(c) + std::abs(change));
            QVERIFY2(std::abs(a + b + c - change) <= tolerance, qPrintable(it.key()));
            ++checked;
        }
        QVERIFY2(checked > 2000, qPrintable(QString::number(checked)));
    }

    // ECI and PCI (SBS 2015, NUTS 2, NACE divisions) are standardised: mean 0 and sample
    // standard deviation 1 over the regions / categories that have one; both methods
    // agree closely and ECI rises with diversity (number of divisions with LQ ≥ 1; the
    // documented sign convention, correlation 0.25 on these data).
    // Hoover of C28 recomputed from the exported employment:
    // ½ Σ_r |e_rc / E_c − e_r / E| over regions reporting C28, e_r = Σ of its divisions.
    void exportComplexityAndConcentration()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                           QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QHash<QString, QHash<QString, double>> byIndicator; // indicator → "nuts,category" → value
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f.size() == 5 && !f[4].isEmpty())
                byIndicator[f[3]].insert(f[0] + QLatin1Char(',') + f[1], f[4].toDouble());
        }
        const auto moments = [](const QList<double> &x) {
            double mean = 0.0, ss = 0.0;
            for (double v : x)
                mean += v / double(x.size());
            for (double v : x)
                ss += (v - mean) * (v - mean);
            return std::make_pair(mean, std::sqrt(ss / double(x.size() - 1)));
        };
        for (const QString &name : {QStringLiteral("eci_eigen"), QStringLiteral("eci_reflections"),
                                    QStringLiteral("pci_eigen"), QStringLiteral("pci_reflections")}) {
            const QList<double> values = byIndicator.value(name).values();
            QVERIFY2(values.size() > (name.startsWith(QLatin1String("eci")) ? 250 : 50), qPrintable(name));
            const auto [mean, sd] = moments(values);
            QVERIFY2(std::abs(mean) < 1e-9, qPrintable(name));
            QVERIFY2(std::abs(sd - 1.0) < 1e-9, qPrintable(name));
        }
        // Divisions: the categories with pci rows. Diversity from the exported LQ.
        QSet<QString> divisions;
        for (const QString &key : byIndicator.value(QStringLiteral("pci_eigen")).keys())
            divisions.insert(key.section(QLatin1Char(','), 1));
        QHash<QString, double> diversity, regionTotal;
        const auto &lq = byIndicator.value(QStringLiteral("lq"));
        for (auto it = lq.cbegin(); it != lq.cend(); ++it)
            if (divisions.contains(it.key().section(QLatin1Char(','), 1)) && it.value() >= 1.0)
                diversity[it.key().section(QLatin1Char(','), 0, 0)] += 1.0;
        const auto &eigen = byIndicator.value(QStringLiteral("eci_eigen"));
        const auto &reflections = byIndicator.value(QStringLiteral("eci_reflections"));
        QList<double> x, y, d;
        for (auto it = eigen.cbegin(); it != eigen.cend(); ++it) {
            x.append(it.value());
            y.append(reflections.value(it.key()));
            d.append(diversity.value(it.key().section(QLatin1Char(','), 0, 0)));
        }
        const auto correlation = [&](const QList<double> &a, const QList<double> &b) {
            const auto [ma, sa] = moments(a);
            const auto [mb, sb] = moments(b);
            double s = 0.0;
            for (int i = 0; i < a.size(); ++i)
                s += (a[i] - ma) * (b[i] - mb);
            return s / double(a.size() - 1) / sa / sb;
        };
        QVERIFY2(correlation(x, y) > 0.95, qPrintable(QString::number(correlation(x, y))));
        QVERIFY2(correlation(x, d) > 0.2, qPrintable(QString::number(correlation(x, d)))); // 0.2547

        const auto &employment = byIndicator.value(QStringLiteral("employment"));
        for (auto it = employment.cbegin(); it != employment.cend(); ++it)
            if (divisions.contains(it.key().section(QLatin1Char(','), 1)))
                regionTotal[it.key().section(QLatin1Char(','), 0, 0)] += it.value();
        double ec = 0.0, total = 0.0;
        for (auto it = regionTotal.cbegin(); it != regionTotal.cend(); ++it)
            if (employment.contains(it.key() + QStringLiteral(",C28"))) {
                ec += employment.value(it.key() + QStringLiteral(",C28"));
                total += it.value();
            }
        double hoover = 0.0;
        for (auto it = regionTotal.cbegin(); it != regionTotal.cend(); ++it)
            if (employment.contains(it.key() + QStringLiteral(",C28")))
                hoover += 0.5 * std::abs(employment.value(it.key() + QStringLiteral(",C28")) / ec - it.value() / total);
        const double exported = byIndicator.value(QStringLiteral("hoover")).value(QStringLiteral(",C28"), -1.0);
        QVERIFY2(std::abs(exported - hoover) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(exported).arg(hoover)));
        const double gini = byIndicator.value(QStringLiteral("gini")).value(QStringLiteral(",C28"), -1.0);
        QVERIFY(gini > hoover && gini < 1.0); // the Lorenz area exceeds its largest vertical gap
    }

    // Partner regions of ITC4 (Lombardia), SBS 2015: ranked by cosine of the cluster LQ
    // profiles; the first one's score recomputed from the --all LQ of the clusters (the
    // categories with density rows).
    void exportPeers()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--peers"), QStringLiteral("ITC4"),
                           QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("rank,nuts_id,name,cosine,correlation,complementarity"));
        QCOMPARE(lines.size(), 6);
        double previous = 2.0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(','));
            QCOMPARE(f.value(0).toInt(), i);
            QVERIFY(f.value(1) != QLatin1String("ITC4") && f.value(1).size() == 4);
            QVERIFY2(!f.value(2).isEmpty(), qPrintable(lines[i])); // name from the boundaries
            const double cosine = f.value(3).toDouble();
            QVERIFY(cosine <= previous && cosine > 0.0 && cosine <= 1.0);
            previous = cosine;
            QVERIFY(std::abs(f.value(4).toDouble()) <= 1.0);
            QVERIFY(f.value(5).toDouble() >= 0.0);
        }
        const Run all = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                             QStringLiteral("-")});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QSet<QString> clusters;
        QHash<QString, double> lq;
        for (const QString &line : all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f.value(3) == QLatin1String("density"))
                clusters.insert(f[1]);
            else if (f.value(3) == QLatin1String("lq") && !f[4].isEmpty())
                lq.insert(f[0] + QLatin1Char(',') + f[1], f[4].toDouble());
        }
        const QString best = lines[1].section(QLatin1Char(','), 1, 1);
        double xy = 0.0, xx = 0.0, yy = 0.0;
        for (const QString &c : clusters) {
            const QString a = QStringLiteral("ITC4,") + c, b = best + QLatin1Char(',') + c;
            if (!lq.contains(a) || !lq.contains(b))
                continue;
            xy += lq[a] * lq[b];
            xx += lq[a] * lq[a];
            yy += lq[b] * lq[b];
        }
        QVERIFY(clusters.size() > 40);
        QVERIFY(std::abs(lines[1].section(QLatin1Char(','), 3, 3).toDouble() - xy / std::sqrt(xx * yy)) < 1e-9);

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--peers"), QStringLiteral("XX99"),
                      QStringLiteral("-o"), QStringLiteral("-")}).code, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--peers"), QStringLiteral("ITC4"),
                      QStringLiteral("--top"), QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("-")}).code, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--peers"), QStringLiteral("ITC4"),
                      QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("-")}).code, 2);
    }

    // --qgs beside a GeoPackage: the project's layer source is the GeoPackage by a path
    // relative to the project; --qgs with another format is a usage error.
    void exportGeoPackageWithQgisProject()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("qgis")));
        const QString gpkg = dir.filePath(QStringLiteral("c28.gpkg"));
        const QString project = dir.filePath(QStringLiteral("qgis/c28.qgs"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gpkg"),
                           QStringLiteral("--level"), QStringLiteral("2"), QStringLiteral("--category"),
                           QStringLiteral("C28"), QStringLiteral("-o"), gpkg, QStringLiteral("--qgs"), project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString source, authid;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("datasource"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("authid") && authid.isEmpty())
                authid = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(source, QStringLiteral("../c28.gpkg|layername=clusterscope_c28"));
        QCOMPARE(authid, QStringLiteral("EPSG:3035"));
        QFile g(QDir(dir.filePath(QStringLiteral("qgis"))).filePath(source.section(QLatin1Char('|'), 0, 0)));
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.read(15), QByteArray("SQLite format 3")); // a GeoPackage is an SQLite file

        const Run png = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--qgs"),
                             dir.filePath(QStringLiteral("x.qgs"))});
        QCOMPARE(png.code, 2);
        QVERIFY2(png.err.contains(QStringLiteral("--format gpkg")), qPrintable(png.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.qgs"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    // --category-mapping: a mapping without C10/C11 rows loads; stderr names the two
    // divisions of the data it leaves unmapped. A file that is no mapping exits 2.
    void categoryMappingWarnsUnmapped()
    {
        QFile shipped(QStringLiteral(":/categories/nace_to_cluster.csv"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray kept;
        for (const QByteArray &line : shipped.readAll().split('\n'))
            if (!line.startsWith("division,C10,") && !line.startsWith("division,C11,"))
                kept += line + '\n';
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kept);
        f.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--category-mapping"), path,
                           QStringLiteral("--category"), QStringLiteral("food_processing_manufacturing"),
                           QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QStringLiteral(": warning: 2 NACE code")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not mapped: C10, C11\n")), qPrintable(r.err));
        QVERIFY(rowsById(r.out).size() > 200);

        const Run bad = run({QStringLiteral("export"), QStringLiteral("--category-mapping"),
                             QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"),
                             QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("sbs_r_nuts06_r2_2015_persons_employed.csv:1:1: no column 'level'")),
                 qPrintable(bad.err));
    }

    // A Latin-1 CSV is refused with FILE:LINE:COLUMN and the likely encoding; exit 3.
    void latin1DataExitsThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nuts;name;nace;time;persons\nAT11;Burgenland;C28;2015;100\nDE25;N\xfcrnberg;C28;2015;70\n");
        f.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--data"), path, QStringLiteral("--map-columns"),
                           QStringLiteral("region=nuts,industry=nace,year=time,value=persons"),
                           QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(path + QStringLiteral(":3:7: byte 0xFC is not UTF-8 (in “Nürnberg” read as "
                                                      "Latin-1); the file is probably Latin-1 or Windows-1252")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
