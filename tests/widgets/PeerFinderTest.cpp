// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "widgets/PeerFinder.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QPointF>
#include <QTest>

#include <cmath>

using namespace cs;

Q_DECLARE_METATYPE(cs::PeerFinder::Mode)
Q_DECLARE_METATYPE(cs::PeerFinder::Scope)

class PeerFinderTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        QVERIFY(m_data.isValid());
    }

    void rankedByScoreWithoutSelf_data()
    {
        QTest::addColumn<PeerFinder::Mode>("mode");
        QTest::addColumn<PeerFinder::Scope>("scope");
        QTest::newRow("cosine") << PeerFinder::Mode::Cosine << PeerFinder::Scope::Profile;
        QTest::newRow("correlation") << PeerFinder::Mode::Correlation << PeerFinder::Scope::Profile;
        QTest::newRow("complementary") << PeerFinder::Mode::Complementary
                                       << PeerFinder::Scope::Profile;
        QTest::newRow("cosine, one cluster")
            << PeerFinder::Mode::Cosine << PeerFinder::Scope::Category;
        QTest::newRow("complementary, one cluster")
            << PeerFinder::Mode::Complementary << PeerFinder::Scope::Category;
    }

    // The partner list is ordered by score (non-increasing) and leaves the region out.
    void rankedByScoreWithoutSelf()
    {
        QFETCH(PeerFinder::Mode, mode);
        QFETCH(PeerFinder::Scope, scope);
        PeerFinder finder(&m_data);
        finder.setCount(0);
        finder.setMode(mode);
        finder.setCategory(QStringLiteral("production_technology_heavy_machinery"));
        finder.setScope(scope);
        QSignalSpy changed(&finder, &PeerFinder::peersChanged);
        finder.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QCOMPARE(changed.size(), 1);
        const QList<PeerFinder::Peer> &peers = finder.peers();
        QVERIFY(peers.size() > 3);
        QCOMPARE(changed.first().first().toStringList(), finder.peerCodes());
        QVERIFY(!finder.peerCodes().contains(QStringLiteral("ITC4")));
        for (int i = 1; i < peers.size(); ++i)
            QVERIFY2(peers[i].score <= peers[i - 1].score,
                     qPrintable(QStringLiteral("%1 after %2").arg(peers[i].score).arg(peers[i - 1].score)));
        for (const PeerFinder::Peer &p : peers)
            QVERIFY(!std::isnan(p.score));
        // The table shows the same order.
        const QAbstractItemModel *model = finder.model();
        QCOMPARE(model->rowCount(), int(peers.size()));
        QCOMPARE(model->index(0, PeerFinder::CodeColumn).data().toString(), peers[0].code);
        QCOMPARE(model->index(0, PeerFinder::RankColumn).data(Qt::UserRole).toInt(), 1);
    }

    // A complementary partner's score is the documented sum, recomputed here from the
    // LQ matrix.
    void complementaryScoreIsPositive()
    {
        PeerFinder finder(&m_data);
        finder.setMode(PeerFinder::Mode::Complementary);
        finder.setCount(5);
        finder.setRegion(QStringLiteral("DE11"), 2, 2015);
        QCOMPARE(finder.peers().size(), 5);
        for (const PeerFinder::Peer &p : finder.peers()) {
            QVERIFY(p.score > 0.0);
            QVERIFY2(p.score <= 1.0, qPrintable(QString::number(p.score))); // shown in 0–1
            QVERIFY(!p.why.isEmpty());
            QVERIFY(!p.reasons.isEmpty());
        }
        // The 0–1 score is the engine's sum over its largest possible value, 3 · Σ ω of
        // DE11 over the clusters where its LQ < 1, recomputed here.
        const LevelAnalysis *a = m_data.analysis(2, 2015);
        const Engine::Relatedness &r = a->relatedness();
        const int self = a->rowOf(QStringLiteral("DE11"));
        double possible = 0.0;
        for (int c = 0; c < int(r.lq.cols()); ++c)
            if (r.lq(self, c) < 1.0 && std::isfinite(r.density(self, c)))
                possible += 3.0 * r.density(self, c);
        const auto partners = a->engine.complementaryPartners(a->yearIndex, self);
        QVERIFY(possible > 0.0);
        QVERIFY(std::abs(finder.peers().first().score - partners.front().complementarity / possible) < 1e-12);
        // The reasons are a column of the table, not only a tooltip.
        QCOMPARE(finder.model()->index(0, PeerFinder::ReasonsColumn).data().toString(),
                 finder.peers().first().reasons);
    }

    // Filters: other countries only, the same country only, and a distance between the
    // regions' centres.
    void filtersByCountryAndDistance()
    {
        PeerFinder finder(&m_data);
        finder.setCount(0);
        finder.setRegion(QStringLiteral("DE21"), 2, 2015);
        const int all = int(finder.peers().size());
        QVERIFY(all > 100);
        finder.setCountries(PeerFinder::Countries::Others);
        for (const PeerFinder::Peer &p : finder.peers())
            QVERIFY2(!p.code.startsWith(QStringLiteral("DE")), qPrintable(p.code));
        const int others = int(finder.peers().size());
        finder.setCountries(PeerFinder::Countries::Own);
        for (const PeerFinder::Peer &p : finder.peers())
            QVERIFY2(p.code.startsWith(QStringLiteral("DE")), qPrintable(p.code));
        QCOMPARE(others + int(finder.peers().size()), all);
        // Centres 100 km apart on a line: within 250 km keeps the two nearest.
        finder.setCountries(PeerFinder::Countries::All);
        QHash<QString, QPointF> centres;
        const QStringList line = {QStringLiteral("DE21"), QStringLiteral("DE22"), QStringLiteral("DE23"),
                                  QStringLiteral("DE24"), QStringLiteral("DE25")};
        for (int i = 0; i < line.size(); ++i)
            centres.insert(line[i], QPointF(4.4e6 + i * 100000.0, 2.8e6));
        finder.setRegionCentres(centres);
        finder.setMaxDistance(250);
        QStringList near = finder.peerCodes();
        near.sort();
        QCOMPARE(near, (QStringList{QStringLiteral("DE22"), QStringLiteral("DE23")}));
    }

    // Partners among the regions of another level: NUTS 1 regions and countries for a
    // NUTS 2 region, with its own numbers from NUTS 2, without the regions that contain it,
    // the country and distance filters still applied.
    void partnersAtAnotherLevel()
    {
        PeerFinder finder(&m_data);
        finder.setCount(0);
        finder.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QCOMPARE(finder.partnerLevel(), 2);
        const QList<int> levels = m_data.levels();
        QVERIFY(levels.contains(0) && levels.contains(1));

        finder.setPartnerLevel(1);
        QCOMPARE(finder.partnerLevel(), 1);
        QVERIFY(finder.peers().size() > 20);
        for (const PeerFinder::Peer &p : finder.peers()) {
            QCOMPARE(p.code.size(), 3);
            QVERIFY2(!QStringLiteral("ITC4").startsWith(p.code), qPrintable(p.code)); // not ITC itself
        }
        for (int i = 1; i < finder.peers().size(); ++i)
            QVERIFY(finder.peers()[i].score <= finder.peers()[i - 1].score);
        // The engine's ranking of ITC4's NUTS 2 profile among the NUTS 1 regions, ITC left out.
        const LevelAnalysis *own = m_data.analysis(2, 2015);
        const LevelAnalysis *other = m_data.analysis(1, 2015);
        const Engine::Profile profile = own->engine.profile(own->yearIndex, own->rowOf(QStringLiteral("ITC4")));
        QStringList expected;
        for (const Engine::Partner &p :
             other->engine.similarPartners(other->yearIndex, profile, Engine::Similarity::Cosine, 0))
            if (other->regions[p.region] != QLatin1String("ITC"))
                expected.append(other->regions[p.region]);
        QCOMPARE(finder.peerCodes(), expected);
        // Not the same as ranking ITC (the NUTS 1 region) itself: ITC4's own profile counts.
        const auto ofItc =
            other->engine.similarPartners(other->yearIndex, other->rowOf(QStringLiteral("ITC")),
                                          Engine::Similarity::Cosine, 0);
        QVERIFY(std::abs(ofItc.front().score - finder.peers().first().score) > 1e-9 ||
                other->regions[ofItc.front().region] != finder.peers().first().code);

        finder.setCountries(PeerFinder::Countries::Others);
        QVERIFY(!finder.peers().isEmpty());
        for (const PeerFinder::Peer &p : finder.peers())
            QVERIFY2(!p.code.startsWith(QStringLiteral("IT")), qPrintable(p.code));
        finder.setCountries(PeerFinder::Countries::All);

        finder.setMode(PeerFinder::Mode::Complementary);
        QVERIFY(!finder.peers().isEmpty());
        for (const PeerFinder::Peer &p : finder.peers()) {
            QCOMPARE(p.code.size(), 3);
            QVERIFY(p.score > 0.0 && p.score <= 1.0);
        }

        // Countries: two-letter codes, Italy (which contains ITC4) left out.
        finder.setMode(PeerFinder::Mode::Cosine);
        finder.setPartnerLevel(0);
        QVERIFY(finder.peers().size() > 10);
        for (const PeerFinder::Peer &p : finder.peers())
            QVERIFY2(p.code.size() == 2 && p.code != QLatin1String("IT"), qPrintable(p.code));

        // The export names the partners of that level.
        finder.setCount(3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("countries.csv"));
        QString error;
        QVERIFY2(finder.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1].section(QLatin1Char(','), 1, 1), finder.peers().first().code);

        // Back to the region's own level.
        finder.setPartnerLevel(-1);
        QCOMPARE(finder.partnerLevel(), 2);
        QCOMPARE(finder.peers().first().code.size(), 4);

        // The picker offers the levels of the data, the region's own selected, and picking
        // one changes the partners.
        auto *picker = finder.findChild<QComboBox *>(QStringLiteral("partnerLevel"));
        QVERIFY(picker);
        QCOMPARE(picker->count(), int(levels.size()));
        for (int i = 0; i < picker->count(); ++i)
            QCOMPARE(picker->itemData(i).toInt(), levels[i]);
        QCOMPARE(picker->currentData().toInt(), 2);
        QSignalSpy changed(&finder, &PeerFinder::peersChanged);
        picker->setCurrentIndex(picker->findData(1));
        emit picker->activated(picker->currentIndex());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(finder.partnerLevel(), 1);
        QCOMPARE(finder.peers().first().code.size(), 3);
        // A region of another level keeps the chosen partner level.
        finder.setRegion(QStringLiteral("DE11"), 2, 2015);
        QCOMPARE(picker->currentData().toInt(), 1);
        QCOMPARE(finder.peers().first().code.size(), 3);
    }

    void exportCsvWritesHeaderAndRows()
    {
        PeerFinder finder(&m_data);
        finder.setCount(5);
        finder.setRegionNames({{QStringLiteral("DE11"), QStringLiteral("Stuttgart")},
                               {QStringLiteral("DE21"), QStringLiteral("Oberbayern, \"Munich\"")}});
        finder.setRegion(QStringLiteral("ITC4"), 2, 2015);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("peers.csv"));
        QString error;
        QVERIFY2(finder.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5);
        QCOMPARE(lines.first(), QStringLiteral("rank,nuts_id,name,cosine,correlation,complementarity"));
        const QStringList first = lines[1].split(QLatin1Char(','));
        QCOMPARE(first[0], QStringLiteral("1"));
        QCOMPARE(first[1], finder.peers().first().code);
        // The default ranking is by cosine similarity: the panel's score.
        QCOMPARE(first[3].toDouble(), finder.peers().first().score);
    }

    void exportCsvFailsWithPath()
    {
        PeerFinder finder(&m_data);
        finder.setRegion(QStringLiteral("ITC4"), 2, 2015);
        const QString path = QStringLiteral("/nonexistent-dir/x.csv");
        QString error;
        QVERIFY(!finder.exportCsv(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void unknownRegionHasNoPeers()
    {
        PeerFinder finder(&m_data);
        QSignalSpy changed(&finder, &PeerFinder::peersChanged);
        finder.setRegion(QStringLiteral("XX99"), 2, 2015);
        QCOMPARE(changed.size(), 1);
        QVERIFY(finder.peers().isEmpty());
    }
};

QTEST_MAIN(PeerFinderTest)
#include "PeerFinderTest.moc"
