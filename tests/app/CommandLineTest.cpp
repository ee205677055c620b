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
                                << QStringLiteral("valid formats: csv");
        QTest::newRow("option") << QStringList{e, QStringLiteral("--colour"), QStringLiteral("red")}
                                << QStringLiteral("colour");
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
