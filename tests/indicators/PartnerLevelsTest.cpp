// SPDX-License-Identifier: MIT
// Partners of a region among the regions of another NUTS level (Engine::profile and the
// Profile forms of similarPartners / complementaryPartners): the region's own LQ and
// relatedness density come from its own level's engine, its partners' from theirs.
#include "indicators/Engine.h"
#include "indicators/Similarity.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace cs;

namespace {

// Eight "NUTS 2" regions (two per "NUTS 1" parent) × six industries, one year; the
// industries form six clusters (one each) so LQ, density and partners have room to differ.
//          i0   i1   i2   i3   i4   i5
const double kFine[8][6] = {{50, 10, 5, 40, 2, 8},   // A1 (parent A)
                            {45, 12, 4, 30, 6, 9},   // A2
                            {5, 60, 30, 4, 12, 3},   // B1 (parent B)
                            {8, 55, 40, 6, 9, 2},    // B2
                            {20, 20, 20, 20, 20, 20}, // C1 (parent C)
                            {3, 8, 70, 9, 40, 5},    // C2
                            {30, 5, 9, 50, 3, 60},   // D1 (parent D)
                            {35, 7, 6, 45, 4, 55}};  // D2

EngineInput input(const Eigen::MatrixXd &e)
{
    EngineInput in;
    in.years = {2015};
    in.industries = {e};
    const std::vector<std::string> industries = {"i0", "i1", "i2", "i3", "i4", "i5"};
    std::vector<CategoryWeights::Link> links;
    for (int i = 0; i < 6; ++i)
        links.push_back({industries[std::size_t(i)], "c" + std::to_string(i), 1.0});
    in.weights = CategoryWeights::fromLinks(industries, links);
    in.clusters = {0, 1, 2, 3, 4, 5};
    in.structure = in.clusters;
    return in;
}

Eigen::MatrixXd fine()
{
    Eigen::MatrixXd e(8, 6);
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 6; ++c)
            e(r, c) = kFine[r][c];
    return e;
}

// The parents: sums of their two children.
Eigen::MatrixXd coarse()
{
    const Eigen::MatrixXd f = fine();
    Eigen::MatrixXd e(4, 6);
    for (int p = 0; p < 4; ++p)
        e.row(p) = f.row(2 * p) + f.row(2 * p + 1);
    return e;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class PartnerLevelsTest : public QObject
{
    Q_OBJECT
private slots:
    // A region's own profile handed back to its own engine gives its own partners: the same
    // regions, scores and reasons (and, for similarity, the region itself with cosine 1 on top).
    void ownProfileGivesOwnPartners()
    {
        const Engine engine(input(fine()));
        for (int row = 0; row < 8; ++row) {
            const Engine::Profile own = engine.profile(0, row);
            QCOMPARE(own.lq.size(), Eigen::Index(6));
            for (auto method : {Engine::Similarity::Cosine, Engine::Similarity::Correlation}) {
                const auto rows = engine.similarPartners(0, row, method, 0);
                auto outside = engine.similarPartners(0, own, method, 0);
                QCOMPARE(outside.size(), rows.size() + 1);
                QCOMPARE(outside.front().region, row);
                QVERIFY(same(outside.front().score, 1.0));
                outside.erase(outside.begin());
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    QCOMPARE(outside[i].region, rows[i].region);
                    QVERIFY(same(outside[i].score, rows[i].score));
                    QVERIFY(same(outside[i].complementarity, rows[i].complementarity));
                    QCOMPARE(outside[i].reasons.size(), rows[i].reasons.size());
                }
            }
            const auto rows = engine.complementaryPartners(0, row);
            const auto outside = engine.complementaryPartners(0, own);
            // The region is never complementary to itself (weak here and strong there).
            QCOMPARE(outside.size(), rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                QCOMPARE(outside[i].region, rows[i].region);
                QVERIFY(same(outside[i].score, rows[i].score));
                QVERIFY(same(outside[i].share, rows[i].share));
            }
        }
    }

    // A NUTS 2 region's partners among the NUTS 1 regions: its LQ and density from the
    // NUTS 2 engine, theirs from the NUTS 1 engine; the scores recomputed here from those.
    void partnersAtAnotherLevel()
    {
        const Engine fineEngine(input(fine()));
        const Engine coarseEngine(input(coarse()));
        const int row = 4; // C1: the flat profile
        const Engine::Profile p = fineEngine.profile(0, row);
        const Engine::Relatedness &fr = fineEngine.relatedness(0);
        const Engine::Relatedness &cr = coarseEngine.relatedness(0);
        for (int c = 0; c < 6; ++c) {
            QVERIFY(same(p.lq(c), fr.lq(row, c)));
            QVERIFY(same(p.density(c), fr.density(row, c)));
        }

        // Cosine against every parent, the region itself not among them.
        Eigen::MatrixXd stacked(5, 6);
        stacked.topRows(4) = cr.lq;
        stacked.row(4) = p.lq;
        const auto similar = coarseEngine.similarPartners(0, p, Engine::Similarity::Cosine, 0);
        QCOMPARE(int(similar.size()), 4);
        std::set<int> seen;
        for (std::size_t i = 0; i < similar.size(); ++i) {
            seen.insert(similar[i].region);
            QVERIFY(similar[i].region >= 0 && similar[i].region < 4);
            QVERIFY(same(similar[i].cosine, similarity::cosine(stacked, 4, similar[i].region)));
            QVERIFY(same(similar[i].correlation, similarity::correlation(stacked, 4, similar[i].region)));
            if (i > 0)
                QVERIFY(similar[i].score <= similar[i - 1].score);
        }
        QCOMPARE(int(seen.size()), 4);
        // A1+A2 and D1+D2 lean on i0/i3/i5, B on i1/i2: the flat C1 is closest to its own
        // parent C (C2 brings i2 and i4 in), which is why the panel leaves nested regions out.
        QCOMPARE(similar.front().region, 2);

        // Complementary: Σ min(LQ_partner, 3) · ω_region over the clusters where the region
        // is weak (LQ < 1) and the partner strong, with ω of the region's own level.
        const auto complementary = coarseEngine.complementaryPartners(0, p);
        QVERIFY(!complementary.empty());
        double possible = 0.0;
        for (int c = 0; c < 6; ++c)
            if (p.lq(c) < 1.0 && std::isfinite(p.density(c)))
                possible += 3.0 * p.density(c);
        for (const Engine::Partner &partner : complementary) {
            double sum = 0.0;
            for (int c = 0; c < 6; ++c) {
                const double theirs = cr.lq(partner.region, c);
                if (p.lq(c) < 1.0 && theirs >= 1.0 && std::isfinite(p.density(c)))
                    sum += std::min(theirs, 3.0) * p.density(c);
            }
            QVERIFY(sum > 0.0);
            QVERIFY(same(partner.score, sum));
            QVERIFY(same(partner.share, sum / possible));
        }

        // Columns that do not match: no partners rather than a wrong comparison.
        Engine::Profile wrong = p;
        wrong.lq.conservativeResize(3);
        wrong.density.conservativeResize(3);
        QVERIFY(coarseEngine.similarPartners(0, wrong, Engine::Similarity::Cosine, 0).empty());
        QVERIFY(coarseEngine.complementaryPartners(0, wrong).empty());
    }
};

QTEST_APPLESS_MAIN(PartnerLevelsTest)
#include "PartnerLevelsTest.moc"
