// SPDX-License-Identifier: MIT
#include "indicators/Growth.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol; }
} // namespace

class GrowthTest : public QObject
{
    Q_OBJECT
private slots:
    // e0 = [100 50; 200 50], e1 = [110 40; 260 90].
    // absolute: [10 -10; 60 40]; percent: [10 -20; 30 80];
    // CAGR over 2 years: sqrt(1.1)-1 = 0.04880884817015163, sqrt(0.8)-1 = -0.10557280900008414,
    // sqrt(1.3)-1 = 0.14017542509913805, sqrt(1.8)-1 = 0.3416407864998738.
    void changes()
    {
        Eigen::MatrixXd e0(2, 2), e1(2, 2);
        e0 << 100, 50, 200, 50;
        e1 << 110, 40, 260, 90;
        const Eigen::MatrixXd a = growth::absoluteChange(e0, e1);
        QCOMPARE(a(0, 1), -10.0);
        QCOMPARE(a(1, 0), 60.0);
        const Eigen::MatrixXd p = growth::percentChange(e0, e1);
        QVERIFY(near(p(0, 0), 10.0));
        QVERIFY(near(p(0, 1), -20.0));
        QVERIFY(near(p(1, 0), 30.0));
        QVERIFY(near(p(1, 1), 80.0));
        const Eigen::MatrixXd g = growth::cagr(e0, e1, 2.0);
        QVERIFY(near(g(0, 0), 0.04880884817015163));
        QVERIFY(near(g(0, 1), -0.10557280900008414));
        QVERIFY(near(g(1, 0), 0.14017542509913805));
        QVERIFY(near(g(1, 1), 0.3416407864998738));
    }

    // Zero start, missing year, zero period: NaN, never inf.
    void edgeCases()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd e0(1, 3), e1(1, 3);
        e0 << 0, nan, 10;
        e1 << 5, 5, 20;
        QVERIFY(std::isnan(growth::percentChange(e0, e1)(0, 0)));
        QVERIFY(std::isnan(growth::cagr(e0, e1, 3)(0, 0)));
        QVERIFY(std::isnan(growth::absoluteChange(e0, e1)(0, 1)));
        QVERIFY(std::isnan(growth::cagr(e0, e1, 3)(0, 1)));
        QVERIFY(std::isnan(growth::cagr(e0, e1, 0)(0, 2)));
    }

    // Same e0, e1; e_r = row sums: er0 = (150, 250), er1 = (150, 350); E0 = 400, E1 = 500,
    // g = 0.25. E0_c = (300, 100), E1_c = (370, 130): g_A = 70/300 = 0.2333…, g_B = 0.3.
    // r0,A: reference = 100·0.25 = 25; mix = 100·(0.2333…-0.25) = -1.6667;
    //       competitive = 110 - 100·1.2333… = -13.3333; sum = 10 = actual.
    // r1,B: reference = 50·0.25 = 12.5; mix = 50·0.05 = 2.5; competitive = 90 - 65 = 25;
    //       sum = 40 = actual.
    void shiftShare()
    {
        Eigen::MatrixXd e0(2, 2), e1(2, 2);
        e0 << 100, 50, 200, 50;
        e1 << 110, 40, 260, 90;
        const growth::ShiftShare s = growth::shiftShare(e0, e1, e0.rowwise().sum(), e1.rowwise().sum(), {});
        QVERIFY(near(s.referenceGrowth, 0.25));
        QVERIFY(near(s.categoryGrowth(0), 70.0 / 300.0));
        QVERIFY(near(s.categoryGrowth(1), 0.3));
        QVERIFY(near(s.reference(0, 0), 25.0));
        QVERIFY(near(s.industryMix(0, 0), 100.0 * (70.0 / 300.0 - 0.25)));
        QVERIFY(near(s.competitive(0, 0), -40.0 / 3.0));
        QVERIFY(near(s.reference(1, 1), 12.5));
        QVERIFY(near(s.industryMix(1, 1), 2.5));
        QVERIFY(near(s.competitive(1, 1), 25.0));
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                QVERIFY(near(s.reference(r, c) + s.industryMix(r, c) + s.competitive(r, c), s.actual(r, c), 1e-9));
    }

    // A region missing the end year is left out of the reference totals, so the others'
    // g and g_c are as if it did not exist: with r1 NaN in e1, E0 = E1 = 150 → g = 0,
    // g_A = 0.1, g_B = -0.2; r1's own components are NaN. A new cell (e0 = 0) puts the
    // whole change into the competitive effect.
    void missingYearAndNewCell()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd e0(2, 2), e1(2, 2);
        e0 << 100, 50, 200, 50;
        e1 << 110, 40, nan, nan;
        Eigen::VectorXd er1(2);
        er1 << 150, nan;
        const growth::ShiftShare s = growth::shiftShare(e0, e1, e0.rowwise().sum(), er1, {});
        QVERIFY(near(s.referenceGrowth, 0.0));
        QVERIFY(near(s.categoryGrowth(0), 0.1));
        QVERIFY(near(s.categoryGrowth(1), -0.2));
        QVERIFY(std::isnan(s.competitive(1, 0)));

        Eigen::MatrixXd a0(2, 1), a1(2, 1);
        a0 << 0, 100;
        a1 << 7, 100;
        const growth::ShiftShare n = growth::shiftShare(a0, a1, a0.col(0), a1.col(0), {});
        QCOMPARE(n.reference(0, 0), 0.0);
        QCOMPARE(n.industryMix(0, 0), 0.0);
        QCOMPARE(n.competitive(0, 0), 7.0);
    }
};

QTEST_APPLESS_MAIN(GrowthTest)
#include "GrowthTest.moc"
