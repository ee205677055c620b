// SPDX-License-Identifier: MIT
#include "indicators/Similarity.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol; }

// LQ profiles: a = (1,2,3), b = (2,4,6), c = (3,2,1), d = (1,NaN,2), e = (5,5,5).
// cos(a,b) = 1; cos(a,c) = (3+4+3)/14 = 5/7; cos(a,d) over categories 0, 2 =
// (1 + 6)/(√10·√5) = 7/√50. corr(a,b) = 1, corr(a,c) = -1, corr(a,d) = 1 (two points,
// both increasing); e has no spread → corr NaN, cos(a,e) = 30/(√14·√75).
Eigen::MatrixXd profiles()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Eigen::MatrixXd lq(5, 3);
    lq << 1, 2, 3, 2, 4, 6, 3, 2, 1, 1, nan, 2, 5, 5, 5;
    return lq;
}
} // namespace

class SimilarityTest : public QObject
{
    Q_OBJECT
private slots:
    void scores()
    {
        const Eigen::MatrixXd lq = profiles();
        QVERIFY(near(similarity::cosine(lq, 0, 1), 1.0));
        QVERIFY(near(similarity::cosine(lq, 0, 2), 5.0 / 7.0));
        QVERIFY(near(similarity::cosine(lq, 0, 3), 7.0 / std::sqrt(50.0)));
        QVERIFY(near(similarity::cosine(lq, 0, 4), 30.0 / std::sqrt(14.0 * 75.0)));
        QVERIFY(near(similarity::correlation(lq, 0, 1), 1.0));
        QVERIFY(near(similarity::correlation(lq, 0, 2), -1.0));
        QVERIFY(near(similarity::correlation(lq, 0, 3), 1.0));
        QVERIFY(std::isnan(similarity::correlation(lq, 0, 4)));
    }

    // Cosine peers of a: b (1), d (0.98995), e (0.92582), c (0.71429).
    // Correlation peers of a: b (1) and d (1) tie → region order; c (-1); e left out.
    void peers()
    {
        const Eigen::MatrixXd lq = profiles();
        const auto cos = similarity::peers(lq, 0, similarity::Method::Cosine, 0);
        QCOMPARE(cos.size(), std::size_t(4));
        QCOMPARE(cos[0].region, 1);
        QCOMPARE(cos[1].region, 3);
        QCOMPARE(cos[2].region, 4);
        QCOMPARE(cos[3].region, 2);
        const auto corr = similarity::peers(lq, 0, similarity::Method::Correlation, 2);
        QCOMPARE(corr.size(), std::size_t(2));
        QCOMPARE(corr[0].region, 1);
        QCOMPARE(corr[1].region, 3);
        const auto all = similarity::peers(lq, 0, similarity::Method::Correlation, 10);
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[2].region, 2);
        QVERIFY(near(all[2].score, -1.0));
    }

    // A single region has no peers.
    void singleRegion()
    {
        Eigen::MatrixXd lq(1, 3);
        lq << 1, 2, 3;
        QVERIFY(similarity::peers(lq, 0, similarity::Method::Cosine, 5).empty());
    }

    // Region 0 is weak (LQ < 1) in categories 0, 3, 4. Partner 1 is strong in 0 (LQ 4,
    // capped at 3; ω 0.5 → 1.5), in 3 (but ω NaN → skipped) and in 4 (1.2 · 0.25 = 0.3):
    // 1.8; with cap 5: 4 · 0.5 + 0.3 = 2.3. Category 1 (region strong) and 2 (region NaN)
    // never count. Partner 2 is strong only where ω is NaN or LQ infinite: 0.
    void complementarity()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        Eigen::MatrixXd lq(3, 5);
        lq << 0.5, 2, nan, 0.8, 0, //
            4, 3, 5, 1.0, 1.2,     //
            inf, 0.1, 2, 1.5, 0.9;
        Eigen::MatrixXd omega(3, 5);
        omega << 0.5, 0.9, 0.7, nan, 0.25, //
            0, 0, 0, 0, 0,                 //
            0, 0, 0, 0, 0;
        QVERIFY(near(similarity::complementarity(lq, omega, 0, 1), 1.8));
        QVERIFY(near(similarity::complementarity(lq, omega, 0, 1, 5.0), 2.3));
        QCOMPARE(similarity::complementarity(lq, omega, 0, 2), 0.0);
    }
};

QTEST_APPLESS_MAIN(SimilarityTest)
#include "SimilarityTest.moc"
