// SPDX-License-Identifier: MIT
#include "indicators/Concentration.h"

#include <QTest>

#include <cmath>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol; }

// The MeasuresTest cube:   A   B   e_r
//                      r0 10  30   40
//                      r1 20  20   40
//                      r2 10  10   20     E_c = (40, 60), E = 100, s_c = (0.4, 0.6)
Eigen::MatrixXd cube()
{
    Eigen::MatrixXd e(3, 2);
    e << 10, 30, 20, 20, 10, 10;
    return e;
}
} // namespace

class ConcentrationTest : public QObject
{
    Q_OBJECT
private slots:
    // K_r0 = |0.25-0.4| + |0.75-0.6| = 0.3; K_r1 = |0.5-0.4| + |0.5-0.6| = 0.2; K_r2 = 0.2.
    void krugman()
    {
        const Eigen::MatrixXd e = cube();
        const Eigen::VectorXd k = concentration::krugman(e, e.rowwise().sum(), {});
        QVERIFY(near(k(0), 0.3));
        QVERIFY(near(k(1), 0.2));
        QVERIFY(near(k(2), 0.2));
    }

    // Regions: r0 = 0.25² + 0.75² = 0.625, r1 = r2 = 0.5.
    // Categories: A = (10/40)² + (20/40)² + (10/40)² = 0.375;
    //             B = (30² + 20² + 10²)/60² = 1400/3600 = 0.38888…
    void herfindahl()
    {
        const Eigen::MatrixXd e = cube();
        const Eigen::VectorXd hr = concentration::herfindahlRegions(e, e.rowwise().sum());
        QVERIFY(near(hr(0), 0.625));
        QVERIFY(near(hr(1), 0.5));
        const Eigen::RowVectorXd hc = concentration::herfindahlCategories(e, {});
        QVERIFY(near(hc(0), 0.375));
        QVERIFY(near(hc(1), 1400.0 / 3600.0));
    }

    // Hoover A = ½(|0.25-0.4| + |0.5-0.4| + |0.25-0.2|) = ½·0.3 = 0.15;
    //        B = ½(|0.5-0.4| + |1/3-0.4| + |1/6-0.2|) = ½·0.2 = 0.1.
    // Gini A: ascending e_rc/e_r: r0 (0.25), r1, r2 (0.5); x = 0.4, 0.8, 1; y = 0.25, 0.75, 1;
    //   Σ Δx (y_k + y_k-1) = 0.4·0.25 + 0.4·1.0 + 0.2·1.75 = 0.85 → G = 0.15.
    // Gini B: r1, r2 (0.5), r0 (0.75); x = 0.4, 0.6, 1; y = 1/3, 1/2, 1;
    //   0.4·(1/3) + 0.2·(5/6) + 0.4·1.5 = 0.9 → G = 0.1.
    void hooverAndGini()
    {
        const Eigen::MatrixXd e = cube();
        const Eigen::VectorXd er = e.rowwise().sum();
        const Eigen::RowVectorXd h = concentration::hoover(e, er, {});
        QVERIFY(near(h(0), 0.15));
        QVERIFY(near(h(1), 0.1));
        const Eigen::RowVectorXd g = concentration::locationalGini(e, er, {});
        QVERIFY(near(g(0), 0.15));
        QVERIFY(near(g(1), 0.1));
    }

    // Same structure everywhere → 0; everything in one of two equal regions → Hoover ½,
    // Gini ½ (x = 0.5, 1; y = 0, 1 → Σ = 0.5·0 + 0.5·1 = 0.5).
    void extremes()
    {
        Eigen::MatrixXd same(2, 2);
        same << 1, 3, 2, 6;
        const Eigen::VectorXd ers = same.rowwise().sum();
        QVERIFY(near(concentration::krugman(same, ers, {})(0), 0.0));
        QVERIFY(near(concentration::hoover(same, ers, {})(0), 0.0));
        QVERIFY(near(concentration::locationalGini(same, ers, {})(1), 0.0));

        Eigen::MatrixXd apart(2, 2);
        apart << 10, 0, 0, 10;
        const Eigen::VectorXd era = apart.rowwise().sum();
        QVERIFY(near(concentration::hoover(apart, era, {})(0), 0.5));
        QVERIFY(near(concentration::locationalGini(apart, era, {})(0), 0.5));
        QVERIFY(near(concentration::krugman(apart, era, {})(0), 1.0)); // |1-½| + |0-½|
    }

    // A category with no employment anywhere: category indices NaN; region indices
    // unaffected (its share is 0 in the region and in the reference).
    void emptyCategory()
    {
        Eigen::MatrixXd e(2, 2);
        e << 5, 0, 15, 0;
        const Eigen::VectorXd er = e.rowwise().sum();
        QVERIFY(std::isnan(concentration::hoover(e, er, {})(1)));
        QVERIFY(std::isnan(concentration::locationalGini(e, er, {})(1)));
        QVERIFY(std::isnan(concentration::herfindahlCategories(e, {})(1)));
        QVERIFY(near(concentration::krugman(e, er, {})(0), 0.0));
    }
};

QTEST_APPLESS_MAIN(ConcentrationTest)
#include "ConcentrationTest.moc"
