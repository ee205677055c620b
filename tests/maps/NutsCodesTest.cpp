// SPDX-License-Identifier: MIT
#include "maps/NutsCodes.h"

#include "maps/EurostatTable.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace cs;

namespace {

StatTable tableOf(const QList<QPair<QString, int>> &regionCounts)
{
    StatTable t;
    t.file = QStringLiteral("t.csv");
    for (const auto &[region, n] : regionCounts)
        for (int i = 0; i < n; ++i)
            t.records.append({region, QStringLiteral("C%1").arg(i), 2015, 1.0, kFlagNone});
    t.ok = true;
    return t;
}

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

// Loaded once: the cache holds 16 layers of 10M boundaries.
const NutsCodes *cached(QString *error)
{
    static NutsCodes codes;
    static QString loadError;
    static bool loaded = codes.loadFromCache(&loadError);
    *error = loadError;
    return loaded ? &codes : nullptr;
}

} // namespace

class NutsCodesTest : public QObject
{
    Q_OBJECT
private slots:
    // The logic on a hand-made code list, without the cache.
    void synthetic()
    {
        NutsCodes c;
        c.insert(2013, 2, QStringLiteral("FR71"));
        c.insert(2013, 2, QStringLiteral("HU10"));
        c.insert(2016, 2, QStringLiteral("FRK2"));
        c.insert(2016, 2, QStringLiteral("HU11"));
        c.insert(2021, 2, QStringLiteral("FRK2"));
        c.insert(2010, 2, QStringLiteral("FR71"));
        for (int v : NutsCodes::versions())
            c.insert(v, 0, QStringLiteral("FR"));
        c.insertRecoding(2013, 2016, QStringLiteral("FR71"), QStringLiteral("FRK2"));

        QCOMPARE(c.versionsOf(QStringLiteral("FRK2")), (QList<int>{2016, 2021}));
        QCOMPARE(c.level(2013, QStringLiteral("FR71")), 2);
        QCOMPARE(c.level(2013, QStringLiteral("FRK2")), -1);
        QCOMPARE(c.codes(2013, 2), (QSet<QString>{QStringLiteral("FR71"), QStringLiteral("HU10")}));
        QCOMPARE(c.recode(QStringLiteral("FR71"), 2013, 2016), QStringLiteral("FRK2"));
        QCOMPARE(c.recode(QStringLiteral("FR71"), 2010, 2021), QStringLiteral("FRK2"));
        QCOMPARE(c.recode(QStringLiteral("FRK2"), 2021, 2010), QStringLiteral("FR71"));
        QCOMPARE(c.recode(QStringLiteral("FR"), 2010, 2021), QStringLiteral("FR"));
        QVERIFY(c.recode(QStringLiteral("HU10"), 2013, 2016).isEmpty()); // split, no renaming

        // Ties go to the newest version; aggregates are not counted.
        NutsCodes::Detection d =
            c.detectVersion(QStringList{QStringLiteral("FR"), QStringLiteral("EU28"),
                                         QStringLiteral("FRZZ")});
        QCOMPARE(d.version, 2021);
        QCOMPARE(d.total, 1);
        QCOMPARE(d.share, 1.0);
        d = c.detectVersion(QStringList{QStringLiteral("FR71"), QStringLiteral("HU10"), QStringLiteral("FR"),
                             QStringLiteral("XX99")});
        QCOMPARE(d.version, 2013);
        QCOMPARE(d.known, 3);
        QCOMPARE(d.share, 0.75);
        QCOMPARE(c.detectVersion(QStringList{}).version, 0);

        StatTable t = tableOf({{QStringLiteral("FRK2"), 12},
                               {QStringLiteral("FR71"), 2},
                               {QStringLiteral("EU28"), 3},
                               {QStringLiteral("FRZZ"), 1},
                               {QStringLiteral("HU11"), 1},
                               {QStringLiteral("XX99"), 1}});
        QCOMPARE(c.selectRegions(t, 2013), 6);
        QCOMPARE(t.problems[0].message,
                 QStringLiteral("FRK2: NUTS 2016, 2021 code, renamed FR71 in NUTS 2013: 12 records recoded"));
        QCOMPARE(t.problems[0].file, QStringLiteral("t.csv"));
        QCOMPARE(t.problems[1].message,
                 QStringLiteral("EU28: aggregate of countries, not a region: 3 records left out"));
        QCOMPARE(t.problems[2].message,
                 QStringLiteral("FRZZ: extra-regio territory, not a region: 1 record left out"));
        QVERIFY2(t.problems[3].message.startsWith(
                     QStringLiteral("HU11: NUTS 2016 code with no pure renaming to NUTS 2013 "
                                    "(boundaries changed): 1 record kept in the sums of")),
                 qPrintable(t.problems[3].message));
        QVERIFY(t.problems[4].message.startsWith(QStringLiteral("XX99: not a NUTS code in")));
        // FRK2's C0 and C1 meet FR71's own: counted twice in the file, FR71's numbers stay.
        QCOMPARE(t.problems[5].message,
                 QStringLiteral("FR71 in 2015: 2 cell(s) published both as FR71 and as FRK2, its code "
                                "in another NUTS version (double counting); the numbers of FR71 are used"));
        QCOMPARE(t.records.size(), 12 + 1);
        // Only regions stay: FRK2 became FR71, HU11 kept, EU28, FRZZ and XX99 gone.
        QSet<QString> left;
        for (const StatRecord &r : t.records)
            left.insert(r.region);
        QVERIFY2(left == (QSet<QString>{QStringLiteral("FR71"), QStringLiteral("HU11")}), qPrintable(dump(t)));

        // Without a code list: aggregates, extra-regio codes and codes of no NUTS country go.
        StatTable p = tableOf({{QStringLiteral("FR71"), 1},
                               {QStringLiteral("EA19"), 1},
                               {QStringLiteral("ELZZ"), 1},
                               {QStringLiteral("XX99"), 1},
                               {QStringLiteral("fr71"), 1}});
        QCOMPARE(NutsCodes().selectRegions(p, 2013), 4);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.first().region, QStringLiteral("FR71"));
    }

    void aggregates()
    {
        for (const char *code : {"EU", "EU15", "EU27_2020", "EU28", "EA19", "EA", "EEA", "EFTA",
                                 "FRZ", "FRZZ", "FRZZZ", "DEZZ"})
            QVERIFY2(NutsCodes::isAggregate(QLatin1String(code)), code);
        for (const char *code : {"FR", "FR10", "DE21", "EL30", "ES", "EE00", "ZZ", ""})
            QVERIFY2(!NutsCodes::isAggregate(QLatin1String(code)), code);
        QVERIFY(NutsCodes::isExtraRegio(QStringLiteral("ITZZZ")));
        QVERIFY(!NutsCodes::isExtraRegio(QStringLiteral("EU28")));
    }

    void recodingTable()
    {
        NutsCodes c;
        QString error;
        QVERIFY(!c.loadRecodings(QByteArray("{"), QStringLiteral("r.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("r.json: not a NUTS recoding table")), qPrintable(error));
        QVERIFY(!c.loadRecodings(QByteArray("[{\"from\":\"2013\"}]"), QStringLiteral("r.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("newIdToOldId")), qPrintable(error));
        // The package's module form is accepted as well as plain JSON.
        QVERIFY2(c.loadRecodings(QByteArray("export default [{\"newIdToOldId\":{\"FRK2\":\"FR71\"},"
                                            "\"from\":\"2013\",\"to\":\"2016\"}];\n"),
                                 QStringLiteral("recoded.js"), &error),
                 qPrintable(error));
        QVERIFY(c.hasRecodings());
        QCOMPARE(c.recode(QStringLiteral("FR71"), 2013, 2016), QStringLiteral("FRK2"));
        QVERIFY(!c.loadRecodings(QStringLiteral("/nonexistent/nuts-recoded.json"), &error));
        QVERIFY(error.contains(QStringLiteral("cannot open")));
    }

    void badCache()
    {
        NutsCodes c;
        QString error;
        QVERIFY(!c.load(QStringLiteral("/nonexistent/nuts.gpkg"), &error));
        QVERIFY2(error.contains(QStringLiteral("scripts/setup.sh")), qPrintable(error));
        QVERIFY(c.isEmpty());
    }

    // The real code lists of the GeoPackage cache and the atlas recoding table.
    void cache()
    {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const NutsCodes *c = cached(&error);
        if (!c)
            QSKIP(qPrintable(error));
        qInfo("loaded the NUTS codes of 4 versions in %lld ms", timer.elapsed());
        for (int v : NutsCodes::versions()) {
            QVERIFY2(c->codes(v, 0).size() >= 30, qPrintable(QString::number(v)));
            QVERIFY2(c->codes(v, 2).size() >= 300, qPrintable(QString::number(v)));
            QVERIFY2(c->codes(v, 3).size() >= 1300, qPrintable(QString::number(v)));
            QCOMPARE(c->level(v, QStringLiteral("FR10")), 2);
            QCOMPARE(c->level(v, QStringLiteral("DE")), 0);
        }
        QCOMPARE(c->versionsOf(QStringLiteral("FRK2")), (QList<int>{2016, 2021}));
        QCOMPARE(c->versionsOf(QStringLiteral("FR71")), (QList<int>{2010, 2013}));
        QCOMPARE(c->versionsOf(QStringLiteral("UKI1")), (QList<int>{2010}));
        QVERIFY(!c->contains(2021, QStringLiteral("FRZZ")));

        if (!c->hasRecodings())
            QSKIP("no nuts-recoded-*.json beside the cache; run scripts/setup.sh");
        QCOMPARE(c->recode(QStringLiteral("FR71"), 2013, 2016), QStringLiteral("FRK2"));
        QCOMPARE(c->recode(QStringLiteral("FRK2"), 2021, 2013), QStringLiteral("FR71"));
        QCOMPARE(c->recode(QStringLiteral("EL11"), 2010, 2021), QStringLiteral("EL51")); // chained
        QCOMPARE(c->recode(QStringLiteral("FR10"), 2010, 2021), QStringLiteral("FR10"));
        QVERIFY(c->recode(QStringLiteral("UKI1"), 2010, 2013).isEmpty()); // split into UKI3/UKI4
        QVERIFY(c->recode(QStringLiteral("HU10"), 2013, 2016).isEmpty()); // split into HU11/HU12

        StatTable t = tableOf({{QStringLiteral("FRK2"), 12}, {QStringLiteral("FR10"), 1}});
        QCOMPARE(c->selectRegions(t, 2013), 1);
        QCOMPARE(t.problems[0].message,
                 QStringLiteral("FRK2: NUTS 2016, 2021 code, renamed FR71 in NUTS 2013: 12 records recoded"));
    }

    // The SBS extract of the shared data: which NUTS version, and what does not fit.
    void sharedSbsExtract()
    {
        QString error;
        const NutsCodes *c = cached(&error);
        if (!c)
            QSKIP(qPrintable(error));
        const QString path =
            QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv");
        if (!QFileInfo::exists(path))
            QSKIP("shared data not present");
        StatTable t = EurostatTable::read(path, {});
        QVERIFY(t.ok);
        const NutsCodes::Detection d = c->detectVersion(t);
        qInfo("%s: NUTS %d knows %d of %d distinct codes (%.1f %%)", qPrintable(path), d.version,
              d.known, d.total, 100.0 * d.share);
        QVERIFY(d.version >= 2010);
        QVERIFY(d.share > 0.9);
        const qsizetype before = t.problems.size();
        const int added = c->selectRegions(t, d.version);
        QCOMPARE(t.problems.size(), before + added);
        for (qsizetype i = before; i < t.problems.size(); ++i) {
            QVERIFY(!t.problems[i].message.isEmpty());
            if (i < before + 5)
                qInfo("%s", qPrintable(t.problems[i].toString()));
        }
    }
};

QTEST_GUILESS_MAIN(NutsCodesTest)
#include "NutsCodesTest.moc"
