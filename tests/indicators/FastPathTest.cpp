// SPDX-License-Identifier: MIT
// The fast paths of the measures the engine uses (pre-filtered star cut-offs, radix-sorted Lorenz
// curves, bit-set co-occurrence, sparse relatedness density, ECI by inverse iteration)
// only run on inputs larger than the hand-computed goldens; here they are checked
// against the straightforward definitions on larger random inputs, with ties, NaN and
// adversarial orders.
#include "indicators/Complexity.h"
#include "indicators/Concentration.h"
#include "indicators/Measures.h"
#include "indicators/Relatedness.h"
#include "indicators/StarRating.h"

#include <Eigen/Eigenvalues>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using namespace cs;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The k-th largest of the non-NaN values of `column` over `rows`, k = ceil(share · n).
double sortedCutoff(const Eigen::VectorXd &column, const std::vector<int> &rows, double share)
{
    std::vector<double> v;
    for (int r : rows)
        if (!std::isnan(column(r)))
            v.push_back(column(r));
    if (v.empty())
        return kNaN;
    std::sort(v.begin(), v.end(), std::greater<>());
    const int k = std::clamp(int(std::ceil(share * double(v.size()) - 1e-9)), 1, int(v.size()));
    return v[std::size_t(k - 1)];
}

bool sameOrBothNaN(double a, double b, double tolerance)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= tolerance;
}

// 400 regions; columns: random with NaN, a few distinct values (ties), ascending,
// descending, and the largest values placed exactly where an evenly spaced sample looks.
Eigen::MatrixXd awkwardMatrix(std::mt19937 &rng)
{
    const int rows = 400, cols = 6;
    std::lognormal_distribution<double> size(5.0, 2.0);
    std::uniform_int_distribution<int> few(0, 4);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Eigen::MatrixXd e(rows, cols);
    for (int r = 0; r < rows; ++r) {
        e(r, 0) = u(rng) < 0.05 ? kNaN : std::floor(size(rng));
        e(r, 1) = double(few(rng));
        e(r, 2) = double(r);
        e(r, 3) = double(rows - r);
        e(r, 4) = 1.0 + u(rng);
        e(r, 5) = std::floor(size(rng));
    }
    for (int i = 0; i < 32; ++i)
        e(i * rows / 32, 4) = 1000.0 + i; // the sample sees only the top 32
    return e;
}
} // namespace

class FastPathTest : public QObject
{
    Q_OBJECT
private slots:
    void starCutoffs()
    {
        for (unsigned seed = 0; seed < 10; ++seed) {
            std::mt19937 rng(seed);
            const Eigen::MatrixXd e = awkwardMatrix(rng);
            const Eigen::VectorXd er = measures::regionTotals(e);
            std::vector<int> all(std::size_t(e.rows()));
            std::iota(all.begin(), all.end(), 0);
            std::vector<int> half;
            for (int r = 0; r < e.rows(); r += 2)
                half.push_back(r);
            for (const std::vector<int> *reference : {&all, &half}) {
                const Reference ref = reference == &all ? Reference{} : *reference;
                const StarRating stars(e, er, ref);
                const Eigen::MatrixXd focus = measures::focus(e, er);
                for (int c = 0; c < e.cols(); ++c) {
                    QVERIFY(sameOrBothNaN(stars.threshold(c, StarRating::kSize),
                                          sortedCutoff(e.col(c), *reference, 0.10), 0.0));
                    QVERIFY(sameOrBothNaN(stars.threshold(c, StarRating::kFocus),
                                          sortedCutoff(focus.col(c), *reference, 0.10), 0.0));
                }
            }
        }
    }

    // G = 1 − Σ_k (x_k − x_{k−1})(y_k + y_{k−1}) with regions sorted by e_rc / e_r.
    void giniMatchesSortedLorenzCurve()
    {
        for (unsigned seed = 0; seed < 10; ++seed) {
            std::mt19937 rng(seed);
            const Eigen::MatrixXd e = awkwardMatrix(rng);
            const Eigen::VectorXd er = measures::regionTotals(e);
            const Eigen::RowVectorXd gini = concentration::locationalGini(e, er, {});
            for (int c = 0; c < e.cols(); ++c) {
                std::vector<int> rows;
                double ec = 0.0, total = 0.0;
                for (int r = 0; r < e.rows(); ++r)
                    if (!std::isnan(e(r, c)) && er(r) > 0.0) {
                        rows.push_back(r);
                        ec += e(r, c);
                        total += er(r);
                    }
                std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                    return e(a, c) / er(a) < e(b, c) / er(b);
                });
                double x = 0.0, y = 0.0, area = 0.0;
                for (int r : rows) {
                    const double nx = x + er(r) / total, ny = y + e(r, c) / ec;
                    area += (nx - x) * (ny + y);
                    x = nx;
                    y = ny;
                }
                QVERIFY2(std::abs(gini(c) - (1.0 - area)) < 1e-12, qPrintable(QString::number(c)));
            }
        }
    }

    void cooccurrenceMatchesProduct()
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        Eigen::MatrixXd m(150, 20); // 150 rows: not a multiple of 64
        for (Eigen::Index i = 0; i < m.size(); ++i)
            m.data()[i] = u(rng) < 0.3 ? 1.0 : 0.0;
        const Eigen::MatrixXd product = m.transpose() * m;
        QVERIFY(relatedness::cooccurrence(m) == product);
        m(7, 3) = 0.5; // not 0/1: the dense product
        QVERIFY((relatedness::cooccurrence(m) - m.transpose() * m).cwiseAbs().maxCoeff() < 1e-12);
    }

    // ω_rc = Σ_{j≠c} M_rj φ_jc / Σ_{j≠c} φ_jc as a dense product.
    void densityMatchesProduct()
    {
        std::mt19937 rng(4);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        Eigen::MatrixXd m(300, 25);
        for (Eigen::Index i = 0; i < m.size(); ++i)
            m.data()[i] = u(rng) < 0.3 ? 1.0 : 0.0;
        m.col(24).setZero(); // related to nothing: NaN
        for (int pass = 0; pass < 2; ++pass) {
            const Eigen::MatrixXd phi = relatedness::proximity(relatedness::cooccurrence(m));
            Eigen::MatrixXd off = phi;
            off.diagonal().setZero();
            Eigen::MatrixXd expected = m * off;
            for (int c = 0; c < expected.cols(); ++c) {
                const double related = off.col(c).sum();
                if (related > 0.0)
                    expected.col(c) /= related;
                else
                    expected.col(c).setConstant(kNaN);
            }
            const Eigen::MatrixXd w = relatedness::density(m, phi);
            for (Eigen::Index i = 0; i < w.size(); ++i)
                QVERIFY(sameOrBothNaN(w.data()[i], expected.data()[i], 1e-12));
            m(5, 2) = 0.5; // second pass: a weighted matrix
        }
    }

    // The ECI of the eigenvector method against the full symmetric eigensolver on
    // U^-½ Mᵀ D⁻¹ M U^-½: same eigenvalue, same standardised vector.
    void eciMatchesFullEigensolver()
    {
        for (unsigned seed = 0; seed < 5; ++seed) {
            std::mt19937 rng(seed);
            std::lognormal_distribution<double> size(5.0, 2.0);
            Eigen::MatrixXd e(300, 40);
            for (Eigen::Index i = 0; i < e.size(); ++i)
                e.data()[i] = std::floor(size(rng));
            const Eigen::MatrixXd m =
                relatedness::rca(measures::locationQuotient(e, measures::regionTotals(e), {}));
            const complexity::Result result = complexity::eigenvector(m);

            const Eigen::VectorXd d = m.rowwise().sum(), u = m.colwise().sum().transpose();
            QVERIFY(d.minCoeff() > 0 && u.minCoeff() > 0); // no region or category dropped
            const Eigen::VectorXd invSqrtU = u.cwiseSqrt().cwiseInverse();
            const Eigen::MatrixXd s = invSqrtU.asDiagonal() * m.transpose() * d.cwiseInverse().asDiagonal() *
                                      m * invSqrtU.asDiagonal();
            Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
            const int p = int(s.rows());
            QVERIFY(std::abs(result.eigenvalue - solver.eigenvalues()(p - 2)) < 1e-12);
            Eigen::VectorXd eci = d.cwiseInverse().asDiagonal() * (m * invSqrtU.cwiseProduct(solver.eigenvectors().col(p - 2)));
            eci.array() -= eci.mean();
            eci /= std::sqrt(eci.squaredNorm() / double(eci.size() - 1));
            if (eci.dot(d.array().matrix() - Eigen::VectorXd::Constant(d.size(), d.mean())) < 0.0)
                eci = -eci;
            QVERIFY2((eci - result.eci).cwiseAbs().maxCoeff() < 1e-9,
                     qPrintable(QString::number((eci - result.eci).cwiseAbs().maxCoeff())));
        }
    }
};

QTEST_APPLESS_MAIN(FastPathTest)
#include "FastPathTest.moc"
