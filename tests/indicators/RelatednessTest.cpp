// SPDX-License-Identifier: MIT
#include "indicators/Relatedness.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol; }
} // namespace

class RelatednessTest : public QObject
{
    Q_OBJECT
private slots:
    // LQ → RCA (LQ ≥ 1; exactly 1 counts, NaN does not):
    //   LQ = [1.5 1.0 0.5; 2 3 NaN; 1.1 0.2 4; 0 0.99 1.2]
    //   M  = [1 1 0; 1 1 0; 1 0 1; 0 0 1]
    // Ubiquity (3, 2, 2). Co-occurrence C01 = 2 (r0, r1), C02 = 1 (r2), C12 = 0.
    // φ01 = 2/max(3,2) = 2/3, φ02 = 1/max(3,2) = 1/3, φ12 = 0, diagonal 1.
    // Density (diagonal left out): column sums of φ without diagonal = (1, 2/3, 1/3).
    //   ω(r3,0) = (M31 φ10 + M32 φ20)/1 = 1/3;  ω(r3,1) = (0·2/3 + 1·0)/(2/3) = 0;
    //   ω(r0,2) = (1·1/3 + 1·0)/(1/3) = 1;      ω(r2,1) = (1·2/3 + 1·0)/(2/3) = 1;
    //   ω(r1,0) = (1·2/3 + 0·1/3)/1 = 2/3.
    void productSpace()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        Eigen::MatrixXd lq(4, 3);
        lq << 1.5, 1.0, 0.5, 2, 3, nan, 1.1, 0.2, 4, 0, 0.99, 1.2;
        const Eigen::MatrixXd m = relatedness::rca(lq);
        Eigen::MatrixXd expected(4, 3);
        expected << 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1;
        QCOMPARE(m, expected);

        const Eigen::MatrixXd c = relatedness::cooccurrence(m);
        Eigen::MatrixXd cExpected(3, 3);
        cExpected << 3, 2, 1, 2, 2, 0, 1, 0, 2;
        QCOMPARE(c, cExpected);

        const Eigen::MatrixXd phi = relatedness::proximity(c);
        QVERIFY(near(phi(0, 1), 2.0 / 3.0));
        QVERIFY(near(phi(1, 0), 2.0 / 3.0));
        QVERIFY(near(phi(0, 2), 1.0 / 3.0));
        QCOMPARE(phi(1, 2), 0.0);
        QCOMPARE(phi(2, 2), 1.0);

        const Eigen::MatrixXd w = relatedness::density(m, phi);
        QVERIFY(near(w(3, 0), 1.0 / 3.0));
        QVERIFY(near(w(3, 1), 0.0));
        QVERIFY(near(w(0, 2), 1.0));
        QVERIFY(near(w(2, 1), 1.0));
        QVERIFY(near(w(1, 0), 2.0 / 3.0));
    }

    // A category with RCA nowhere has proximity 0 to everything (not NaN), and density
    // in a category related to nothing is NaN.
    void isolatedCategory()
    {
        Eigen::MatrixXd m(2, 2);
        m << 1, 0, 1, 0;
        const Eigen::MatrixXd phi = relatedness::proximity(relatedness::cooccurrence(m));
        QCOMPARE(phi(0, 1), 0.0);
        QCOMPARE(phi(1, 1), 0.0);
        QCOMPARE(phi(0, 0), 1.0);
        const Eigen::MatrixXd w = relatedness::density(m, phi);
        QVERIFY(std::isnan(w(0, 0)));
        QVERIFY(std::isnan(w(1, 1)));
    }
};

QTEST_APPLESS_MAIN(RelatednessTest)
#include "RelatednessTest.moc"
