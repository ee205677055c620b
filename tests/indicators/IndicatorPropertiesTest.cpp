// SPDX-License-Identifier: MIT
// Identities that must hold on any cube, checked on 50 random cubes (fixed seeds) with
// missing cells and zeros.
#include "indicators/Complexity.h"
#include "indicators/Concentration.h"
#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "indicators/RegionHierarchy.h"
#include "indicators/Relatedness.h"
#include "indicators/StarRating.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <string>

using namespace cs;

namespace {
constexpr int kCubes = 50;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// regions × categories; ~5 % NaN, ~10 % zeros, else uniform in [0, 1000).
Eigen::MatrixXd randomMatrix(std::mt19937 &rng, int rows, int cols)
{
    std::uniform_real_distribution<double> value(0.0, 1000.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Eigen::MatrixXd e(rows, cols);
    for (int c = 0; c < cols; ++c)
        for (int r = 0; r < rows; ++r) {
            const double p = u(rng);
            e(r, c) = p < 0.05 ? kNaN : p < 0.15 ? 0.0 : value(rng);
        }
    return e;
}

struct Shape
{
    int rows;
    int cols;
};
Shape shapeFor(int seed) { return {10 + (seed * 7) % 50, 3 + (seed * 5) % 15}; }
} // namespace

class IndicatorPropertiesTest : public QObject
{
    Q_OBJECT
private slots:
    // Σ_r LQ_rc · e_r / E = Σ_r e_rc / E_c = 1 per category (over regions with LQ known),
    // shares e_rc/E_c sum to 1 per category, focus e_rc/e_r sums to 1 per region.
    void lqMeanAndShares()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(seed);
            const Shape s = shapeFor(seed);
            const Eigen::MatrixXd e = randomMatrix(rng, s.rows, s.cols);
            const Eigen::VectorXd er = measures::regionTotals(e);
            const double total = measures::referenceTotal(er, {});
            const Eigen::MatrixXd lq = measures::locationQuotient(e, er, {});
            const Eigen::MatrixXd share = measures::share(e, {});
            const Eigen::MatrixXd focus = measures::focus(e, er);
            for (int c = 0; c < s.cols; ++c) {
                double weighted = 0.0, shares = 0.0;
                for (int r = 0; r < s.rows; ++r) {
                    if (!std::isnan(lq(r, c)))
                        weighted += lq(r, c) * er(r) / total;
                    if (!std::isnan(share(r, c)))
                        shares += share(r, c);
                }
                QVERIFY2(std::abs(weighted - 1.0) < 1e-12, qPrintable(QString::number(seed)));
                QVERIFY(std::abs(shares - 1.0) < 1e-12);
            }
            for (int r = 0; r < s.rows; ++r) {
                if (!(er(r) > 0.0))
                    continue;
                double sum = 0.0;
                for (int c = 0; c < s.cols; ++c)
                    if (!std::isnan(focus(r, c)))
                        sum += focus(r, c);
                QVERIFY(std::abs(sum - 1.0) < 1e-12);
            }
        }
    }

    // reference + industry mix + competitive = e1 - e0 in every cell known in both years.
    void shiftShareAddsUp()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(1000 + seed);
            const Shape s = shapeFor(seed);
            const Eigen::MatrixXd e0 = randomMatrix(rng, s.rows, s.cols);
            const Eigen::MatrixXd e1 = randomMatrix(rng, s.rows, s.cols);
            const growth::ShiftShare ss = growth::shiftShare(
                e0, e1, measures::regionTotals(e0), measures::regionTotals(e1), {});
            for (int c = 0; c < s.cols; ++c)
                for (int r = 0; r < s.rows; ++r) {
                    if (std::isnan(ss.actual(r, c)) || std::isnan(ss.categoryGrowth(c)))
                        continue;
                    const double sum = ss.reference(r, c) + ss.industryMix(r, c) + ss.competitive(r, c);
                    QVERIFY(std::abs(sum - ss.actual(r, c)) < 1e-9);
                }
        }
    }

    // ECI and PCI have mean 0 and sample sd 1 (orthogonal to the constant vector), and
    // ECI is an eigenvector of M̃ = D⁻¹ M U⁻¹ Mᵀ up to the constant it was centred by:
    // M̃ · ECI - λ · ECI is constant across regions.
    void complexityIsCentredEigenvector()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(2000 + seed);
            const Shape s = shapeFor(seed);
            const Eigen::MatrixXd e = randomMatrix(rng, s.rows, s.cols);
            const Eigen::MatrixXd m = relatedness::rca(measures::locationQuotient(e, measures::regionTotals(e), {}));
            const complexity::Result res = complexity::eigenvector(m);
            std::vector<int> rs;
            for (int r = 0; r < s.rows; ++r)
                if (!std::isnan(res.eci(r)))
                    rs.push_back(r);
            if (rs.size() < 3)
                continue;
            double mean = 0.0, sq = 0.0;
            for (int r : rs)
                mean += res.eci(r);
            mean /= double(rs.size());
            for (int r : rs)
                sq += res.eci(r) * res.eci(r);
            QVERIFY(std::abs(mean) < 1e-10);
            QVERIFY(std::abs(sq / double(rs.size() - 1) - 1.0) < 1e-10);

            const Eigen::VectorXd d = m.rowwise().sum();
            const Eigen::RowVectorXd u = m.colwise().sum();
            Eigen::VectorXd eci = Eigen::VectorXd::Zero(s.rows);
            for (int r : rs)
                eci(r) = res.eci(r);
            Eigen::VectorXd kp = m.transpose() * eci;
            for (int c = 0; c < s.cols; ++c)
                kp(c) = u(c) > 0.0 ? kp(c) / u(c) : 0.0;
            const Eigen::VectorXd y = m * kp;
            double first = std::numeric_limits<double>::quiet_NaN();
            for (int r : rs) {
                const double residual = y(r) / d(r) - res.eigenvalue * eci(r);
                if (std::isnan(first))
                    first = residual;
                QVERIFY2(std::abs(residual - first) < 1e-8, qPrintable(QString::number(seed)));
            }
        }
    }

    // Index ranges: Krugman ∈ [0, 2], Hoover and locational Gini ∈ [0, 1], region HHI ∈
    // [1/C, 1]; proximity symmetric in [0, 1]; density ∈ [0, 1].
    void indexRanges()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(3000 + seed);
            const Shape s = shapeFor(seed);
            const Eigen::MatrixXd e = randomMatrix(rng, s.rows, s.cols);
            const Eigen::VectorXd er = measures::regionTotals(e);
            const Eigen::VectorXd k = concentration::krugman(e, er, {});
            const Eigen::VectorXd h = concentration::herfindahlRegions(e, er);
            for (int r = 0; r < s.rows; ++r) {
                if (!std::isnan(k(r)))
                    QVERIFY(k(r) >= -1e-12 && k(r) <= 2.0 + 1e-12);
                if (!std::isnan(h(r)))
                    QVERIFY(h(r) >= 1.0 / s.cols - 1e-12 && h(r) <= 1.0 + 1e-12);
            }
            const Eigen::RowVectorXd hoover = concentration::hoover(e, er, {});
            const Eigen::RowVectorXd gini = concentration::locationalGini(e, er, {});
            for (int c = 0; c < s.cols; ++c) {
                QVERIFY(hoover(c) >= -1e-12 && hoover(c) <= 1.0);
                QVERIFY(gini(c) >= -1e-12 && gini(c) <= 1.0);
            }
            const Eigen::MatrixXd m = relatedness::rca(measures::locationQuotient(e, er, {}));
            const Eigen::MatrixXd phi = relatedness::proximity(relatedness::cooccurrence(m));
            QVERIFY((phi - phi.transpose()).cwiseAbs().maxCoeff() < 1e-15);
            QVERIFY(phi.minCoeff() >= 0.0 && phi.maxCoeff() <= 1.0);
            const Eigen::MatrixXd w = relatedness::density(m, phi);
            for (Eigen::Index i = 0; i < w.size(); ++i)
                if (!std::isnan(w.data()[i]))
                    QVERIFY(w.data()[i] >= 0.0 && w.data()[i] <= 1.0 + 1e-12);
        }
    }

    // NUTS 3 → 1 at once equals NUTS 3 → 2 → 1, cell by cell (NaN where all missing),
    // and the national total of every category is the sum over NUTS 3 (NaN-skipped).
    void aggregationCommutes()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(4000 + seed);
            const Shape s = shapeFor(seed);
            std::vector<std::string> codes;
            for (int r = 0; r < s.rows; ++r) {
                std::string code = (rng() % 2) ? "AT" : "DE";
                code += char('1' + rng() % 3);
                code += char('1' + rng() % 2);
                code += char('1' + r % 10); // may repeat a code; rows still add up
                codes.push_back(code);
            }
            const Eigen::MatrixXd e = randomMatrix(rng, s.rows, s.cols);
            const auto to2 = regions::parentMatrix(codes, 3, 2);
            const auto to1 = regions::parentMatrix(to2.parents, 2, 1);
            const auto direct = regions::parentMatrix(codes, 3, 1);
            QCOMPARE(to1.parents, direct.parents);
            const Eigen::MatrixXd stepwise = regions::aggregate(regions::aggregate(e, to2.matrix), to1.matrix);
            const Eigen::MatrixXd once = regions::aggregate(e, direct.matrix);
            for (Eigen::Index i = 0; i < once.size(); ++i) {
                const double a = stepwise.data()[i], b = once.data()[i];
                QVERIFY((std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9);
            }
            const Eigen::RowVectorXd national = measures::referenceTotals(e, {});
            const Eigen::RowVectorXd fromParents = measures::referenceTotals(once, {});
            QVERIFY((national - fromParents).cwiseAbs().maxCoeff() < 1e-8);
        }
    }

    // Stars: at least k = ceil(10 % · n) size stars per category where n regions have
    // positive employment (more only on ties), and specialisation ⇔ LQ ≥ 2.
    void starCounts()
    {
        for (int seed = 0; seed < kCubes; ++seed) {
            std::mt19937 rng(5000 + seed);
            const Shape s = shapeFor(seed);
            const Eigen::MatrixXd e = randomMatrix(rng, s.rows, s.cols);
            const Eigen::VectorXd er = measures::regionTotals(e);
            const StarRating rating(e, er, {});
            for (int c = 0; c < s.cols; ++c) {
                int known = 0, stars = 0;
                for (int r = 0; r < s.rows; ++r) {
                    known += !std::isnan(e(r, c));
                    stars += rating.has(r, c, StarRating::kSize);
                    QCOMPARE(rating.has(r, c, StarRating::kSpecialisation), rating.lq()(r, c) >= 2.0);
                }
                const int k = int(std::ceil(0.1 * known - 1e-9));
                QVERIFY(stars >= std::min(k, 1) && stars <= known);
                QCOMPARE(stars, k); // continuous values: no ties above zero
            }
        }
    }
};

QTEST_APPLESS_MAIN(IndicatorPropertiesTest)
#include "IndicatorPropertiesTest.moc"
