// SPDX-License-Identifier: MIT
// The engine against the per-measure functions it is built on, and its own choices: the
// region total (sum or published), coverage, an empty reference area, growth from the
// first year, and the same numbers whether years are computed one by one or in parallel.
#include "indicators/Concentration.h"
#include "indicators/Engine.h"
#include "indicators/Explanation.h"
#include "indicators/Relatedness.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <thread>

using namespace cs;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Regions R0 R1 R2, industries i0 i1 i2, two years. R0's i1 is confidential in both.
//   2015   i0   i1   i2  | published
//   R0     10    c   30  |  50  (10 + 30 = 40 reported: coverage 0.8)
//   R1     20   20   10  |  50  (complete)
//   R2      5    5   10  |   —  (no published total)
//   2016: everything × 1.1, R2 × 2.
EngineInput input()
{
    const double rows[3][3] = {{10, kNaN, 30}, {20, 20, 10}, {5, 5, 10}};
    EngineInput in;
    in.years = {2015, 2016};
    for (int y = 0; y < 2; ++y) {
        Eigen::MatrixXd e(3, 3);
        for (int r = 0; r < 3; ++r)
            for (int i = 0; i < 3; ++i)
                e(r, i) = rows[r][i] * (y == 0 ? 1.0 : r == 2 ? 2.0 : 1.1);
        in.industries.push_back(e);
        Eigen::VectorXd p(3);
        p << 50.0 * (y == 0 ? 1.0 : 1.1), 50.0 * (y == 0 ? 1.0 : 1.1), kNaN;
        in.published.push_back(p);
    }
    in.weights = CategoryWeights::fromLinks({"i0", "i1", "i2"},
                                            {{"i0", "a", 1}, {"i1", "a", 1}, {"i2", "b", 1}});
    in.structure = {0, 1};
    return in;
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); }

bool same(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        if (!same(a.data()[i], b.data()[i]))
            return false;
    return true;
}
} // namespace

class EngineTest : public QObject
{
    Q_OBJECT
private slots:
    void sumTotalsMatchTheDefinitions()
    {
        const Engine engine(input());
        const Engine::Year &y = engine.year(0);
        const Eigen::MatrixXd erc = measures::aggregate(engine.input().industries[0], engine.input().weights);
        const Eigen::VectorXd er = measures::regionTotals(engine.input().industries[0]);
        QVERIFY(same(y.employment, erc));
        QVERIFY(same(y.totals, er));
        QCOMPARE(y.totals(0), 40.0);
        QVERIFY(same(y.lq, measures::locationQuotient(erc, er, {})));
        QVERIFY(same(y.focus, measures::focus(erc, er)));
        QVERIFY(same(y.share, measures::share(erc, {})));
        // Coverage: R0 40 / 50, R1 50 / 50, R2 none.
        QCOMPARE(y.coverage(0), 0.8);
        QCOMPARE(y.coverage(1), 1.0);
        QVERIFY(std::isnan(y.coverage(2)));
        QVERIFY(y.incomplete(0));
        QVERIFY(!y.incomplete(1) && !y.incomplete(2));
        const Engine::Structure &s = engine.structure(0);
        QVERIFY(same(s.hoover, concentration::hoover(erc, er, {})));
        QVERIFY(same(s.krugman, concentration::krugman(erc, er, {})));
    }

    // Published: e_r = 50 for R0 and R1, the sum (20) for R2 without one.
    //   E = 120, E_a = 10 + 40 + 10 = 60 → LQ(R0, a) = (10 / 50) / (60 / 120) = 0.4.
    void publishedTotals()
    {
        EngineInput in = input();
        in.regionTotal = RegionTotal::Published;
        const Engine engine(std::move(in));
        const Engine::Year &y = engine.year(0);
        QCOMPARE(y.totals(0), 50.0);
        QCOMPARE(y.totals(2), 20.0);
        QVERIFY(same(y.lq(0, 0), 0.4));
        QVERIFY(same(y.focus(0, 0), 0.2));
        const Explanation x = explain(engine, 0, 0, 0);
        QVERIFY(x.publishedTotal);
        QCOMPARE(x.er, 50.0);
        QCOMPARE(x.reported, 40.0);
        QCOMPARE(x.e, 120.0);
        QVERIFY(x.incomplete);
    }

    void emptyReference()
    {
        EngineInput in = input();
        in.emptyReference = true;
        const Engine engine(std::move(in));
        QVERIFY(engine.year(0).lq.array().isNaN().all());
        QVERIFY(engine.structure(1).hoover.array().isNaN().all());
        QCOMPARE(engine.referenceCount(), 0);
    }

    // Growth since the first year; parallel years give the same numbers.
    void growthAndParallel()
    {
        const Engine serial(input());
        EngineInput in = input();
        in.parallel = [](int n, const std::function<void(int)> &body) {
            std::vector<std::thread> threads;
            for (int i = 0; i < n; ++i)
                threads.emplace_back(body, i);
            for (std::thread &t : threads)
                t.join();
        };
        const Engine parallel(std::move(in));
        parallel.computeAll();
        const Engine::Year &y = serial.year(1);
        QCOMPARE(y.growthFrom, 2015);
        // R2, b: 10 → 20 in one year = 100 %.
        QVERIFY(same(serial.growth(1)(2, 1), 100.0));
        QVERIFY(same(serial.structure(1).change(2, 1), 10.0));
        QVERIFY(std::isnan(serial.growth(0)(2, 1)));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(same(parallel.year(i).lq, serial.year(i).lq));
            QVERIFY(same(parallel.structure(i).gini, serial.structure(i).gini));
            QVERIFY(same(parallel.relatedness(i).density, serial.relatedness(i).density));
        }
        // Shift-share parts add up to the change wherever both years are known.
        const growth::ShiftShare &shift = serial.structure(1).shift;
        const Eigen::MatrixXd sum = shift.reference + shift.industryMix + shift.competitive;
        QVERIFY(same(sum, shift.actual));
    }
};

QTEST_APPLESS_MAIN(EngineTest)
#include "EngineTest.moc"
