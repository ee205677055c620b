// SPDX-License-Identifier: MIT
#include "indicators/StarRating.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

namespace {
// 10 regions × 2 categories A, B (hand-made):
//   A = 100 50 40 30 20 10 10 10  5   0      E_A = 275
//   B = 100 50 60 70 80 90 90 90 95 100      E_B = 825
//   e_r = 200 100 … 100                      E = 1100
// LQ_A = (A/e_r)/(275/1100) = 4·A/e_r: r0 = 4·0.5 = 2.0, r1 = 2.0, r2 = 1.6, r3 = 1.2 …
// LQ_B = (B/e_r)/0.75: r9 = 1/0.75 = 1.333…, below 2 everywhere.
// Top 10 % of 10 regions = k = ceil(1.0) = 1 region.
// size A: cut-off 100 → r0. focus A: A/e_r = 0.5 (r0, r1 tie) → cut-off 0.5 → r0, r1.
// spec A: LQ ≥ 2 → r0, r1. So r0 A = 3 stars, r1 A = 2 (spec + focus), r2 A = 0.
// size B: cut-off 100 → r0 and r9 (tie). focus B: r9 = 1.0 → r9. r9 B = 2, r0 B = 1.
struct Fixture
{
    Eigen::MatrixXd erc{10, 2};
    Eigen::VectorXd er;
    Fixture()
    {
        erc.col(0) << 100, 50, 40, 30, 20, 10, 10, 10, 5, 0;
        erc.col(1) << 100, 50, 60, 70, 80, 90, 90, 90, 95, 100;
        er = erc.rowwise().sum();
    }
};
} // namespace

class StarRatingTest : public QObject
{
    Q_OBJECT
private slots:
    void ecoStars()
    {
        Fixture f;
        const StarRating s(f.erc, f.er, {});
        QCOMPARE(s.lq()(0, 0), 2.0);
        QCOMPARE(s.threshold(0, StarRating::kSize), 100.0);
        QCOMPARE(s.threshold(0, StarRating::kFocus), 0.5);
        QCOMPARE(s.threshold(0, StarRating::kSpecialisation), 2.0);
        QCOMPARE(s.ecoStars(0, 0), 3);
        QCOMPARE(s.ecoStars(1, 0), 2);
        QVERIFY(!s.has(1, 0, StarRating::kSize));
        QCOMPARE(s.ecoStars(2, 0), 0);
        QCOMPARE(s.ecoStars(9, 0), 0); // no employment: LQ 0, focus 0
        QCOMPARE(s.ecoStars(9, 1), 2);
        QVERIFY(s.has(9, 1, StarRating::kSize) && s.has(9, 1, StarRating::kFocus));
        QCOMPARE(s.ecoStars(0, 1), 1);
        QVERIFY(s.has(0, 1, StarRating::kSize));
        // Ranks: A of r2 = 40, larger are 100 and 50 → rank 3 of 10.
        QCOMPARE(s.rank(2, 0, StarRating::kSize), 3);
        QCOMPARE(s.rankedCount(0, StarRating::kSize), 10);
        QCOMPARE(s.rank(9, 1, StarRating::kSize), 1);
        // Optional stars not asked for: none awarded, thresholds NaN.
        QVERIFY(!s.has(0, 0, StarRating::kProductivity));
        QVERIFY(std::isnan(s.threshold(0, StarRating::kGrowth)));
    }

    // ±10 %: r0/r1 A have LQ exactly 2.0 → lost at 2.2 → not robust; r2 A (LQ 1.6) has
    // no star at 1.8 nor at 2.2 → its absence is robust. r0 A size: 100 < 110 → not
    // robust. With a 25 % margin r3 A (LQ 1.2 ≥ 2·0.75 = 1.5? no) stays robust, r2 A
    // (1.6 ≥ 1.5) is not.
    void robustness()
    {
        Fixture f;
        const StarRating s(f.erc, f.er, {});
        QVERIFY(!s.robust(0, 0, StarRating::kSpecialisation));
        QVERIFY(!s.robust(1, 0, StarRating::kSpecialisation));
        QVERIFY(s.robust(2, 0, StarRating::kSpecialisation));
        QVERIFY(!s.robust(0, 0, StarRating::kSize));
        QVERIFY(s.robust(1, 0, StarRating::kSize)); // 50 far below 90
        StarParameters wide;
        wide.robustnessMargin = 0.25;
        const StarRating w(f.erc, f.er, {}, wide);
        QVERIFY(!w.robust(2, 0, StarRating::kSpecialisation));
        QVERIFY(w.robust(3, 0, StarRating::kSpecialisation));
    }

    // Every threshold is a parameter: with LQ ≥ 1.5 r2 A (1.6) earns specialisation;
    // with the top 30 % (k = 3) size A cut-off is the 3rd largest, 40.
    void parameters()
    {
        Fixture f;
        StarParameters p;
        p.specialisationMinLq = 1.5;
        p.sizeTopShare = 0.30;
        const StarRating s(f.erc, f.er, {}, p);
        QVERIFY(s.has(2, 0, StarRating::kSpecialisation));
        QCOMPARE(s.threshold(0, StarRating::kSize), 40.0);
        QVERIFY(s.has(2, 0, StarRating::kSize));
        QVERIFY(!s.has(3, 0, StarRating::kSize));
    }

    // 300 regions with e = 1 … 300: top 10 % must be exactly 30 regions (cut-off 271),
    // not 31 from 0.1 · 300 = 30.000000000000004.
    void topShareRounding()
    {
        Eigen::MatrixXd erc(300, 1);
        for (int r = 0; r < 300; ++r)
            erc(r, 0) = r + 1;
        const StarRating s(erc, erc.col(0), {});
        QCOMPARE(s.threshold(0, StarRating::kSize), 271.0);
        int stars = 0;
        for (int r = 0; r < 300; ++r)
            stars += s.has(r, 0, StarRating::kSize);
        QCOMPARE(stars, 30);
    }

    // Wages of A: r0 pays 3 per employee, others 1. Category average over regions with
    // employment = (100·3 + 175·1) / 275 = 475/275; relative r0 = 3 / (475/275) =
    // 1.736842…, others 275/475 = 0.578947…; r9 (e = 0) NaN, so 9 ranked, k = 1 → r0.
    // Growth of A: top 10 % of 10 = 1 region; only growth > 0 counts.
    void productivityAndGrowth()
    {
        Fixture f;
        Eigen::MatrixXd wages = f.erc;
        wages(0, 0) *= 3.0;
        Eigen::MatrixXd growth = Eigen::MatrixXd::Constant(10, 2, -0.01);
        growth(4, 0) = 0.05;
        const StarRating s(f.erc, f.er, {}, {}, &wages, &growth);
        QVERIFY(std::abs(s.relativeProductivity()(0, 0) - 3.0 * 275.0 / 475.0) < 1e-12);
        QVERIFY(std::abs(s.relativeProductivity()(1, 0) - 275.0 / 475.0) < 1e-12);
        QVERIFY(std::isnan(s.relativeProductivity()(9, 0)));
        QCOMPARE(s.rankedCount(0, StarRating::kProductivity), 9);
        QVERIFY(s.has(0, 0, StarRating::kProductivity));
        QVERIFY(!s.has(1, 0, StarRating::kProductivity));
        QVERIFY(s.has(4, 0, StarRating::kGrowth));
        // B: everyone shrinks; the top value is -0.01 but shrinking earns no star.
        for (int r = 0; r < 10; ++r)
            QVERIFY(!s.has(r, 1, StarRating::kGrowth));
        QCOMPARE(s.ecoStars(0, 0), 3); // optional stars do not change the ECO count
    }

    // Reference = regions 1…9: E = 900, E_A = 175, LQ_A(r1) = 0.5/(175/900) = 2.5714…;
    // size cut-off of 9 regions (k = 1) = 50, so r1 earns size, and r0 (outside, 100 ≥ 50)
    // is rated against the same cut-off.
    void referenceArea()
    {
        Fixture f;
        const Reference ref{1, 2, 3, 4, 5, 6, 7, 8, 9};
        const StarRating s(f.erc, f.er, ref);
        QVERIFY(std::abs(s.lq()(1, 0) - 0.5 / (175.0 / 900.0)) < 1e-12);
        QCOMPARE(s.threshold(0, StarRating::kSize), 50.0);
        QVERIFY(s.has(1, 0, StarRating::kSize));
        QVERIFY(s.has(0, 0, StarRating::kSize));
        QCOMPARE(s.rank(0, 0, StarRating::kSize), 1);
    }

    // From a cube: identity categories, wages as second measure, growth 2015 → 2017.
    // Region r0: 10 → 40 employees (CAGR over 2 years = sqrt(4) - 1 = 1.0), r1: 10 → 10.
    // Wages per employee in 2017: r0 3, r1 1 → average (120 + 10)/50 = 2.6; relative
    // r0 = 3/2.6. Top 10 % of 2 regions = 1 region: r0 earns growth and productivity.
    void fromCube()
    {
        EmploymentCube cube({"AT11", "AT12"}, {"C28"}, {2015, 2017});
        cube.set(0, 0, 0, 10.0);
        cube.set(1, 0, 0, 10.0);
        cube.set(0, 0, 1, 40.0);
        cube.set(1, 0, 1, 10.0);
        cube.setSecondMeasure(0, 0, 1, 120.0);
        cube.setSecondMeasure(1, 0, 1, 10.0);
        const StarRating s = StarRating::fromCube(cube, CategoryWeights::identity(cube.industries()), 1, {}, {}, 0);
        QCOMPARE(s.value(0, 0, StarRating::kGrowth), 1.0);
        QCOMPARE(s.value(1, 0, StarRating::kGrowth), 0.0);
        QVERIFY(std::abs(s.value(0, 0, StarRating::kProductivity) - 3.0 / 2.6) < 1e-12);
        QVERIFY(s.has(0, 0, StarRating::kGrowth));
        QVERIFY(s.has(0, 0, StarRating::kProductivity));
        QVERIFY(!s.has(1, 0, StarRating::kGrowth));
    }

    // Edge cases: a category with no employment anywhere earns nothing (LQ NaN, size
    // cut-off 0 but 0 never earns); a single region earns size and focus (top 1 of 1)
    // but not specialisation (LQ = 1); NaN cells earn nothing and are not ranked.
    void edgeCases()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd erc(3, 2);
        erc << 10, 0, nan, 0, 20, 0;
        const Eigen::VectorXd er = measures::regionTotals(erc);
        const StarRating s(erc, er, {});
        for (int r = 0; r < 3; ++r)
            QCOMPARE(int(s.stars(r, 1)), 0);
        QVERIFY(std::isnan(s.lq()(0, 1)));
        QCOMPARE(int(s.stars(1, 0)), 0);
        QCOMPARE(s.rankedCount(0, StarRating::kSize), 2);
        QCOMPARE(s.rank(1, 0, StarRating::kSize), 0);

        Eigen::MatrixXd one(1, 2);
        one << 4, 6;
        const StarRating single(one, one.rowwise().sum(), {});
        QCOMPARE(single.ecoStars(0, 0), 2);
        QVERIFY(!single.has(0, 0, StarRating::kSpecialisation));
    }
};

QTEST_APPLESS_MAIN(StarRatingTest)
#include "StarRatingTest.moc"
