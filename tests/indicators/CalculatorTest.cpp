// SPDX-License-Identifier: MIT
// The fused Calculator against the per-measure reference functions on random cubes:
// several seeds and shapes (one region, few categories, 300 × 61), categories with no
// employment anywhere or no data at all, confidential (NaN) cells, a region missing a
// year, a reference subset, given region totals, uneven calendar years; one thread and
// two. Numbers must agree to 1e-9 relative (values below a thousandth of the measure's
// largest magnitude are compared against that thousandth), stars, robustness bits,
// cut-offs and peer lists exactly; ECI / PCI after aligning signs.
#include "indicators/Calculator.h"
#include "indicators/Complexity.h"
#include "indicators/Concentration.h"
#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "indicators/Relatedness.h"
#include "indicators/Similarity.h"
#include "indicators/StarRating.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace cs;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Case
{
    unsigned seed = 0;
    int regions = 0, categories = 0, years = 0;
    bool holes = false;        // confidential cells, an empty and an all-missing category,
                               // a region missing a year
    bool halfReference = false;
    bool givenTotals = false;  // e_r from "industries" not in the table (larger than Σ_c)
    bool unevenYears = false;  // calendar years 2008, 2010, 2011, …
    int threads = 1;
};

std::vector<Eigen::MatrixXd> randomCube(const Case &k)
{
    std::mt19937 rng(k.seed);
    std::lognormal_distribution<double> size(5.0, 2.0);
    std::uniform_real_distribution<double> change(0.9, 1.12), u(0.0, 1.0);
    Eigen::MatrixXd e(k.regions, k.categories);
    for (Eigen::Index i = 0; i < e.size(); ++i)
        e.data()[i] = std::floor(size(rng));
    std::vector<Eigen::MatrixXd> out;
    for (int y = 0; y < k.years; ++y) {
        Eigen::MatrixXd year = e;
        if (k.holes) {
            for (Eigen::Index i = 0; i < year.size(); ++i)
                if (u(rng) < 0.03)
                    year.data()[i] = kNaN;
            if (k.categories > 2) {
                year.col(1).setZero();          // no employment anywhere
                year.col(2).setConstant(kNaN);  // no data at all
            }
            if (k.regions > 3 && y == 1)
                year.row(3).setConstant(kNaN);  // region missing a year
        }
        out.push_back(year);
        for (Eigen::Index i = 0; i < e.size(); ++i)
            e.data()[i] = std::floor(e.data()[i] * change(rng));
    }
    return out;
}

// Largest finite magnitude of a reference result, for the floor of the tolerance.
template <typename M> double magnitude(const M &m)
{
    double top = 0.0;
    for (Eigen::Index i = 0; i < m.size(); ++i)
        if (std::isfinite(m.data()[i]))
            top = std::max(top, std::abs(double(m.data()[i])));
    return top;
}

bool close(double a, double b, double floor)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(b), floor, 1e-300});
}

template <typename A, typename B> void expectClose(const A &actual, const B &expected, const std::string &what)
{
    QCOMPARE(actual.rows(), expected.rows());
    QCOMPARE(actual.cols(), expected.cols());
    const double floor = 1e-3 * magnitude(expected);
    for (Eigen::Index c = 0; c < expected.cols(); ++c)
        for (Eigen::Index r = 0; r < expected.rows(); ++r)
            QVERIFY2(close(double(actual(r, c)), double(expected(r, c)), floor),
                     (what + " at (" + std::to_string(r) + ", " + std::to_string(c) + "): " +
                      std::to_string(actual(r, c)) + " vs " + std::to_string(expected(r, c)))
                         .c_str());
}

std::uint8_t robustByte(const StarRating &s, int r, int c)
{
    std::uint8_t out = 0;
    for (StarRating::Star star : {StarRating::kSize, StarRating::kSpecialisation, StarRating::kFocus,
                                  StarRating::kProductivity, StarRating::kGrowth})
        if (s.robust(r, c, star))
            out |= star;
    return out;
}

// ECI / PCI vectors with the sign of b (the reference's sign rule is the same; this
// keeps a zero-correlation tie from failing the comparison).
Eigen::VectorXd aligned(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    double dot = 0.0;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        if (std::isfinite(a(i)) && std::isfinite(b(i)))
            dot += a(i) * b(i);
    return dot < 0.0 ? Eigen::VectorXd(-a) : a;
}

void check(const Case &k)
{
    const std::vector<Eigen::MatrixXd> cube = randomCube(k);
    Reference reference;
    if (k.halfReference)
        for (int r = 0; r < k.regions; r += 2)
            reference.push_back(r);
    std::vector<Eigen::VectorXd> totals;
    if (k.givenTotals)
        for (const Eigen::MatrixXd &e : cube)
            totals.push_back(measures::regionTotals(e).array() * 1.25 + 10.0);
    std::vector<int> calendar;
    for (int y = 0; y < k.years; ++y)
        calendar.push_back(k.unevenYears ? 2008 + 2 * (y > 0) + y : 2000 + y);

    CalculatorOptions options;
    options.reference = reference;
    options.threads = k.threads;
    options.peerRegion = k.regions > 5 ? 5 : 0;
    Calculator calculator(options);
    calculator.compute(cube, totals, calendar);
    QCOMPARE(calculator.yearCount(), k.years);

    const int last = k.years - 1;
    Eigen::MatrixXd period;
    if (k.years >= 2) {
        period = growth::cagr(cube.front(), cube.back(), calendar.back() - calendar.front());
        expectClose(calculator.periodCagr(), period, "period CAGR");
    }
    for (int y = 0; y < k.years; ++y) {
        const std::string at = " (year " + std::to_string(y) + ")";
        const Eigen::MatrixXd &e = cube[std::size_t(y)];
        const Calculator::Year &out = calculator.year(y);
        const Eigen::VectorXd er = k.givenTotals ? totals[std::size_t(y)] : measures::regionTotals(e);
        expectClose(out.regionTotals, er, "e_r" + at);
        expectClose(out.categoryTotals, measures::referenceTotals(e, reference), "E_c" + at);
        QVERIFY(close(out.total, measures::referenceTotal(er, reference), 0.0));
        expectClose(out.share, measures::share(e, reference), "share" + at);
        expectClose(out.focus, measures::focus(e, er), "focus" + at);
        const Eigen::MatrixXd lq = measures::locationQuotient(e, er, reference);
        expectClose(out.lq, lq, "LQ" + at);
        expectClose(out.logLq, measures::logLocationQuotient(lq), "log LQ" + at);
        expectClose(out.symmetricLq, measures::symmetricLocationQuotient(lq), "symmetric LQ" + at);

        const StarRating stars(e, er, reference, options.stars, nullptr,
                               y == last && k.years >= 2 ? &period : nullptr);
        int starCount = 0, expectedCount = 0;
        for (int c = 0; c < k.categories; ++c) {
            QVERIFY(close(out.sizeCutoff(c), stars.threshold(c, StarRating::kSize), 0.0));
            QVERIFY(close(out.focusCutoff(c), stars.threshold(c, StarRating::kFocus), 0.0));
            if (y == last && k.years >= 2)
                QVERIFY(close(calculator.growthCutoff()(c), stars.threshold(c, StarRating::kGrowth), 0.0));
            for (int r = 0; r < k.regions; ++r) {
                QCOMPARE(int(out.stars(r, c)), int(stars.stars(r, c)));
                QCOMPARE(int(out.robust(r, c)), int(robustByte(stars, r, c)));
                starCount += std::popcount(unsigned(out.stars(r, c)));
                expectedCount += std::popcount(unsigned(stars.stars(r, c)));
            }
        }
        QCOMPARE(starCount, expectedCount);

        expectClose(out.krugman, concentration::krugman(e, er, reference), "Krugman" + at);
        expectClose(out.herfindahlRegions, concentration::herfindahlRegions(e, er), "HHI regions" + at);
        expectClose(out.herfindahlCategories, concentration::herfindahlCategories(e, reference), "HHI categories" + at);
        expectClose(out.hoover, concentration::hoover(e, er, reference), "Hoover" + at);
        expectClose(out.locationalGini, concentration::locationalGini(e, er, reference), "Gini" + at);

        const Eigen::MatrixXd m = relatedness::rca(lq);
        QVERIFY(out.rca == m);
        const Eigen::MatrixXd co = relatedness::cooccurrence(m);
        QVERIFY(out.cooccurrence == co);
        const Eigen::MatrixXd phi = relatedness::proximity(co);
        expectClose(out.proximity, phi, "proximity" + at);
        expectClose(out.density, relatedness::density(m, phi), "density" + at);

        const complexity::Result eci = complexity::eigenvector(m);
        QVERIFY(close(out.complexity.eigenvalue, eci.eigenvalue, 0.0));
        expectClose(aligned(out.complexity.eci, eci.eci), eci.eci, "ECI" + at);
        expectClose(aligned(out.complexity.pci, eci.pci), eci.pci, "PCI" + at);

        const std::vector<similarity::Peer> peers =
            similarity::peers(lq, options.peerRegion, options.peerMethod, options.peerCount);
        QCOMPARE(out.peers.size(), peers.size());
        for (std::size_t i = 0; i < peers.size(); ++i) {
            QCOMPARE(out.peers[i].region, peers[i].region);
            QVERIFY(close(out.peers[i].score, peers[i].score, 0.0));
        }

        if (y < last) {
            const Eigen::MatrixXd &e1 = cube[std::size_t(y + 1)];
            const Eigen::VectorXd er1 = k.givenTotals ? totals[std::size_t(y + 1)] : measures::regionTotals(e1);
            const Calculator::Change &change = calculator.change(y);
            expectClose(change.cagr, growth::cagr(e, e1, calendar[std::size_t(y + 1)] - calendar[std::size_t(y)]),
                        "CAGR" + at);
            const growth::ShiftShare ss = growth::shiftShare(e, e1, er, er1, reference);
            expectClose(change.shiftShare.actual, ss.actual, "shift-share actual" + at);
            expectClose(change.shiftShare.reference, ss.reference, "shift-share reference" + at);
            expectClose(change.shiftShare.industryMix, ss.industryMix, "shift-share mix" + at);
            expectClose(change.shiftShare.competitive, ss.competitive, "shift-share competitive" + at);
            expectClose(change.shiftShare.categoryGrowth, ss.categoryGrowth, "g_c" + at);
            QVERIFY(close(change.shiftShare.referenceGrowth, ss.referenceGrowth, 0.0));
        }
    }
}
} // namespace

class CalculatorTest : public QObject
{
    Q_OBJECT
private slots:
    void matchesReference_data()
    {
        QTest::addColumn<int>("regions");
        QTest::addColumn<int>("categories");
        QTest::addColumn<int>("years");
        QTest::addColumn<bool>("holes");
        QTest::addColumn<bool>("halfReference");
        QTest::addColumn<bool>("givenTotals");
        QTest::addColumn<bool>("unevenYears");
        QTest::addColumn<int>("threads");
        QTest::newRow("one region") << 1 << 6 << 3 << false << false << false << false << 1;
        QTest::newRow("one region, holes") << 1 << 6 << 3 << true << false << false << false << 1;
        QTest::newRow("7 x 4") << 7 << 4 << 2 << false << false << false << false << 1;
        QTest::newRow("40 x 12, holes") << 40 << 12 << 4 << true << false << false << false << 1;
        QTest::newRow("40 x 12, reference") << 40 << 12 << 4 << true << true << false << false << 1;
        QTest::newRow("130 x 61, totals, uneven years") << 130 << 61 << 5 << true << false << true << true << 1;
        QTest::newRow("300 x 61") << 300 << 61 << 6 << false << false << false << false << 1;
        QTest::newRow("300 x 61, holes") << 300 << 61 << 6 << true << false << false << false << 1;
        QTest::newRow("300 x 61, holes, reference") << 300 << 61 << 4 << true << true << false << false << 1;
        QTest::newRow("300 x 61, 2 threads") << 300 << 61 << 7 << true << false << false << false << 2;
        QTest::newRow("70 x 80, 3 threads") << 70 << 80 << 5 << true << false << false << false << 3;
    }

    void matchesReference()
    {
        QFETCH(int, regions);
        QFETCH(int, categories);
        QFETCH(int, years);
        QFETCH(bool, holes);
        QFETCH(bool, halfReference);
        QFETCH(bool, givenTotals);
        QFETCH(bool, unevenYears);
        QFETCH(int, threads);
        for (unsigned seed = 1; seed <= 3; ++seed) {
            check({seed, regions, categories, years, holes, halfReference, givenTotals, unevenYears, threads});
            if (QTest::currentTestFailed())
                QFAIL(("seed " + std::to_string(seed)).c_str());
        }
    }

    // The warm-started Lanczos iteration, not the dense fallback, gives the ECI of a
    // typical cube; the same object computes a second, different cube correctly.
    void eigenvectorByLanczos()
    {
        Case k{7, 300, 61, 8};
        const std::vector<Eigen::MatrixXd> cube = randomCube(k);
        Calculator calculator;
        calculator.compute(cube);
        QVERIFY2(calculator.eigenvectorFallbacks() <= 1, std::to_string(calculator.eigenvectorFallbacks()).c_str());
        k.seed = 8;
        const std::vector<Eigen::MatrixXd> other = randomCube(k);
        calculator.compute(other);
        const complexity::Result eci = complexity::eigenvector(calculator.year(3).rca);
        expectClose(aligned(calculator.year(3).complexity.eci, eci.eci), eci.eci, "ECI, second cube");
    }

    void empty()
    {
        Calculator calculator;
        calculator.compute({});
        QCOMPARE(calculator.yearCount(), 0);
        calculator.compute({Eigen::MatrixXd(0, 0)});
        QCOMPARE(calculator.yearCount(), 1);
    }
};

QTEST_APPLESS_MAIN(CalculatorTest)
#include "CalculatorTest.moc"
