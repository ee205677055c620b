// SPDX-License-Identifier: MIT
#include "indicators/Complexity.h"

#include <QTest>

#include <cmath>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-10) { return std::abs(a - b) <= tol; }

// Nested RCA matrix: region 0 has all three categories, region 1 two, region 2 one.
//   M = [1 1 1; 1 1 0; 1 0 0], diversity = ubiquity = (3, 2, 1).
// M̃_rr' = Σ_p M_rp M_r'p / (k_r k_p):
//   row 0 = (11/18, 5/18, 2/18), row 1 = (5/12, 5/12, 2/12), row 2 = (1/3, 1/3, 1/3).
// Eigenvalues: 1 (constant), and from trace 49/36 and det 1/36: 36λ² - 13λ + 1 = 0 →
// λ = 1/4, 1/9. For λ = 1/4: 4x0 + 4x1 + x2 = 0 and 5x0 + 2x1 + 2x2 = 0 →
// x = (-2, 1, 4), flipped to correlate with diversity: (2, -1, -4); mean -1, sample
// sd sqrt((9 + 0 + 9)/2) = 3 → ECI = (1, 0, -1).
// PCI_p ∝ mean ECI of regions with RCA in p: (0, ½, 1) → mean ½, sd ½ → (-1, 0, 1).
// Reflections, N = 2: k_p,1 = mean diversity of p's regions = (2, 2.5, 3);
// k_r,2 = mean k_p,1 of r's categories = (2.5, 2.25, 2) → standardised (1, 0, -1).
Eigen::MatrixXd nested()
{
    Eigen::MatrixXd m(3, 3);
    m << 1, 1, 1, 1, 1, 0, 1, 0, 0;
    return m;
}
} // namespace

class ComplexityTest : public QObject
{
    Q_OBJECT
private slots:
    void eigenvectorMethod()
    {
        const complexity::Result r = complexity::eigenvector(nested());
        QVERIFY(near(r.eigenvalue, 0.25));
        QVERIFY(near(r.eci(0), 1.0));
        QVERIFY(near(r.eci(1), 0.0));
        QVERIFY(near(r.eci(2), -1.0));
        QVERIFY(near(r.pci(0), -1.0));
        QVERIFY(near(r.pci(1), 0.0));
        QVERIFY(near(r.pci(2), 1.0));
    }

    void methodOfReflections()
    {
        const complexity::Result two = complexity::reflections(nested(), 2);
        QVERIFY(near(two.eci(0), 1.0));
        QVERIFY(near(two.eci(1), 0.0));
        QVERIFY(near(two.eci(2), -1.0));
        const complexity::Result many = complexity::reflections(nested(), 20);
        const complexity::Result eig = complexity::eigenvector(nested());
        QVERIFY((many.eci - eig.eci).cwiseAbs().maxCoeff() < 1e-9);
        QVERIFY((many.pci - eig.pci).cwiseAbs().maxCoeff() < 1e-9);
    }

    // A region with no RCA and a category with RCA nowhere are NaN and do not change
    // the others; a single region or a single category has no ECI at all.
    void degenerate()
    {
        Eigen::MatrixXd m = Eigen::MatrixXd::Zero(4, 4);
        m.topLeftCorner(3, 3) = nested();
        const complexity::Result r = complexity::eigenvector(m);
        QVERIFY(std::isnan(r.eci(3)));
        QVERIFY(std::isnan(r.pci(3)));
        QVERIFY(near(r.eci(0), 1.0));
        QVERIFY(near(r.pci(2), 1.0));
        const complexity::Result rr = complexity::reflections(m, 10);
        QVERIFY(std::isnan(rr.eci(3)));
        QVERIFY(near(rr.eci(2), -1.0));

        Eigen::MatrixXd one(1, 3);
        one << 1, 1, 0;
        QVERIFY(std::isnan(complexity::eigenvector(one).eci(0)));
        QVERIFY(std::isnan(complexity::reflections(one).eci(0)));
    }
};

QTEST_APPLESS_MAIN(ComplexityTest)
#include "ComplexityTest.moc"
