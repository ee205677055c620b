// SPDX-License-Identifier: MIT
#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Measures.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

class MeasuresTest : public QObject
{
    Q_OBJECT
private slots:
    // 3 regions × 2 industries, computed by hand:
    //        i0   i1   e_r
    //   r0   10   30    40
    //   r1   20   20    40
    //   r2   10   10    20
    //   E_c  40   60   E = 100
    // LQ(r0,i0) = (10/40)/(40/100) = 0.625, LQ(r0,i1) = (30/40)/(60/100) = 1.25,
    // LQ(r1,i0) = (20/40)/0.4 = 1.25,     LQ(r2,i1) = (10/20)/0.6 = 0.8333…
    void locationQuotientSmallCube()
    {
        Eigen::MatrixXd e(3, 2);
        e << 10, 30, 20, 20, 10, 10;
        const Eigen::VectorXd er = measures::regionTotals(e);
        QCOMPARE(er(2), 20.0);
        const Eigen::MatrixXd lq = measures::locationQuotient(e, er, {});
        QCOMPARE(lq(0, 0), 0.625);
        QCOMPARE(lq(0, 1), 1.25);
        QCOMPARE(lq(1, 0), 1.25);
        QCOMPARE(lq(1, 1), (20.0 / 40.0) / 0.6);
        QCOMPARE(lq(2, 0), 1.25);
        QVERIFY(std::abs(lq(2, 1) - 0.5 / 0.6) < 1e-15);
        // Employment-weighted mean of LQ over regions is 1 for every industry.
        for (int c = 0; c < 2; ++c) {
            double weighted = 0.0;
            for (int r = 0; r < 3; ++r)
                weighted += lq(r, c) * er(r);
            QVERIFY(std::abs(weighted / er.sum() - 1.0) < 1e-12);
        }
    }

    // With r2 as the only other region of the reference area {r1, r2}:
    // E_c = (30, 30), E = 60; LQ(r1,i0) = (20/40)/(30/60) = 1.
    void locationQuotientReferenceArea()
    {
        Eigen::MatrixXd e(3, 2);
        e << 10, 30, 20, 20, 10, 10;
        const Eigen::MatrixXd lq = measures::locationQuotient(e, measures::regionTotals(e), {1, 2});
        QCOMPARE(lq(1, 0), 1.0);
        QCOMPARE(lq(0, 0), (10.0 / 40.0) / 0.5);
    }

    // A missing cell is left out of e_r and E_c; a category whose every industry is
    // missing is NaN, not zero.
    void missingCells()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd e(2, 3);
        e << 5, nan, 15, nan, nan, 8;
        const Eigen::VectorXd er = measures::regionTotals(e);
        QCOMPARE(er(0), 20.0);
        QCOMPARE(er(1), 8.0);
        const CategoryWeights w = CategoryWeights::fromLinks(
            {"i0", "i1", "i2"}, {{"i0", "ab", 1.0}, {"i1", "ab", 1.0}, {"i2", "c", 1.0}});
        const Eigen::MatrixXd erc = measures::aggregate(e, w);
        QCOMPARE(erc(0, 0), 5.0);
        QVERIFY(std::isnan(erc(1, 0)));
        QCOMPARE(erc(1, 1), 8.0);
        const Eigen::MatrixXd lq = measures::locationQuotient(erc, er, {});
        QVERIFY(std::isnan(lq(1, 0)));
        // LQ(r0, c) = (15/20) / (23/28)
        QVERIFY(std::abs(lq(0, 1) - (15.0 / 20.0) / (23.0 / 28.0)) < 1e-15);
    }

    // From locationQuotientSmallCube: LQ(r0,i0) = 0.625, LQ(r0,i1) = 1.25, plus LQ = 0 and
    // NaN. ln 0.625 = -0.47000362924573558; (0.625-1)/(0.625+1) = -0.375/1.625 = -3/13;
    // (1.25-1)/(1.25+1) = 0.25/2.25 = 1/9; ln 0 = -inf, (0-1)/(0+1) = -1.
    void logAndSymmetricLq()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd lq(2, 2);
        lq << 0.625, 1.25, 0.0, nan;
        const Eigen::MatrixXd log = measures::logLocationQuotient(lq);
        QVERIFY(std::abs(log(0, 0) - -0.47000362924573558) < 1e-15);
        QVERIFY(std::isinf(log(1, 0)) && log(1, 0) < 0);
        QVERIFY(std::isnan(log(1, 1)));
        const Eigen::MatrixXd sym = measures::symmetricLocationQuotient(lq);
        QVERIFY(std::abs(sym(0, 0) - -3.0 / 13.0) < 1e-15);
        QVERIFY(std::abs(sym(0, 1) - 1.0 / 9.0) < 1e-15);
        QCOMPARE(sym(1, 0), -1.0);
        QVERIFY(std::isnan(sym(1, 1)));
    }

    // Zero denominators: a region with e_r = 0 and a category with E_c = 0 give NaN LQ
    // and NaN share, never inf; a single region has LQ 1 in every category it reports.
    void zeroDenominatorsAndSingleRegion()
    {
        Eigen::MatrixXd e(2, 2);
        e << 0, 0, 5, 0;
        const Eigen::VectorXd er = measures::regionTotals(e);
        const Eigen::MatrixXd lq = measures::locationQuotient(e, er, {});
        QVERIFY(std::isnan(lq(0, 0)));     // e_r = 0
        QVERIFY(std::isnan(lq(1, 1)));     // E_c = 0
        QCOMPARE(lq(1, 0), 1.0);           // (5/5)/(5/5)
        QVERIFY(std::isnan(measures::share(e, {})(1, 1)));

        Eigen::MatrixXd one(1, 3);
        one << 3, 0, 7;
        const Eigen::MatrixXd lq1 = measures::locationQuotient(one, measures::regionTotals(one), {});
        QCOMPARE(lq1(0, 0), 1.0);
        QVERIFY(std::isnan(lq1(0, 1))); // E_c = 0 for a category with no employment
        QCOMPARE(lq1(0, 2), 1.0);
    }

    void fractionalWeights()
    {
        Eigen::MatrixXd e(1, 2);
        e << 100, 50;
        std::vector<std::string> unmapped;
        const CategoryWeights w = CategoryWeights::fromLinks(
            {"i0", "i1"}, {{"i0", "x", 0.25}, {"i0", "y", 0.75}, {"i1", "y", 1.0}, {"zz", "x", 1.0}},
            &unmapped);
        QCOMPARE(unmapped, std::vector<std::string>{"zz"});
        const Eigen::MatrixXd erc = measures::aggregate(e, w);
        QCOMPARE(erc(0, w.categoryIndex("x")), 25.0);
        QCOMPARE(erc(0, w.categoryIndex("y")), 125.0);
    }

    void cubeKeepsFlags()
    {
        EmploymentCube cube({"AT11", "AT12"}, {"C28"}, {2015});
        QVERIFY(std::isnan(cube.value(0, 0, 0)));
        QCOMPARE(cube.flags(0, 0, 0), Flags(kFlagMissing));
        cube.set(1, 0, 0, 219.0, kFlagDefinition);
        QCOMPARE(cube.value(1, 0, 0), 219.0);
        QCOMPARE(flagLetters(cube.flags(1, 0, 0)), std::string("d"));
        Flags parsed = 0;
        QVERIFY(parseFlags("bu", parsed));
        QCOMPARE(parsed, Flags(kFlagBreak | kFlagLowReliability));
        QVERIFY(!parseFlags("x", parsed));
    }
};

QTEST_APPLESS_MAIN(MeasuresTest)
#include "MeasuresTest.moc"
