// SPDX-License-Identifier: MIT
#include "indicators/Explanation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::abs(a - b) <= tol; }
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Regions R0 R1 R2, industries i0–i3, years 2015 and 2016; categories
// ab = {i0, i1}, c = {i2}, d = {i3}, b = {i1}.
// 2015:        i0   i1   i2   i3   e_r   e_ab
//      R0      10    c   30    0    40    10     (i1 confidential → left out)
//      R1      20   20    0    0    40    40
//      R2       5    5   10    0    20    10
//      E = 100, E_ab = 60, E_c = 40, E_d = 0.
// 2016: R0, R1 as 2015; R2 reports nothing.
// The explanation of the engine over the whole cube (every region a row).
Explanation explain(const EmploymentCube &cube, const CategoryWeights &weights, int region, int category,
                    int yearIndex, const Reference &reference, const StarParameters &parameters = {})
{
    EngineInput input = EngineInput::fromCube(cube, weights);
    input.reference = reference;
    input.stars = parameters;
    const Engine engine(std::move(input));
    return cs::explain(engine, region, category, yearIndex,
                       [&cube](int r, int i, int y) { return cube.flags(r, i, y); });
}

struct Fixture
{
    EmploymentCube cube{{"R0", "R1", "R2"}, {"i0", "i1", "i2", "i3"}, {2015, 2016}};
    CategoryWeights weights = CategoryWeights::fromLinks(
        {"i0", "i1", "i2", "i3"},
        {{"i0", "ab", 1}, {"i1", "ab", 1}, {"i2", "c", 1}, {"i3", "d", 1}, {"i1", "b", 1}});
    Fixture()
    {
        const double rows[3][4] = {{10, kNaN, 30, 0}, {20, 20, 0, 0}, {5, 5, 10, 0}};
        for (int y = 0; y < 2; ++y)
            for (int r = 0; r < 3; ++r)
                for (int i = 0; i < 4; ++i) {
                    if (y == 1 && r == 2)
                        continue; // stays NaN / missing
                    const bool confidential = std::isnan(rows[r][i]);
                    cube.set(r, i, y, rows[r][i], confidential ? Flags(kFlagConfidential) : Flags(kFlagNone));
                }
    }
};
} // namespace

class ExplanationTest : public QObject
{
    Q_OBJECT
private slots:
    // R0/ab: LQ = (10/40)/(60/100) = 0.41666…; size values (10, 40, 10), k = ceil(0.3) = 1,
    // cut-off 40, R0 ranks 2 of 3 (only 40 is larger); the confidential R0/i1 is listed.
    void numbersBehindTheScore()
    {
        Fixture f;
        const int ab = f.weights.categoryIndex("ab");
        const Explanation x = explain(f.cube, f.weights, 0, ab, 0, {});
        QCOMPARE(x.year, 2015);
        QCOMPARE(x.erc, 10.0);
        QCOMPARE(x.er, 40.0);
        QCOMPARE(x.ec, 60.0);
        QCOMPARE(x.e, 100.0);
        QVERIFY(near(x.lq, 0.25 / 0.6));
        QVERIFY(near(x.focus, 0.25));
        QCOMPARE(x.formula, std::string("LQ = (e_rc / e_r) / (E_c / E) = (10 / 40) / (60 / 100) = 0.4166666667"));
        QVERIFY(x.reason.empty());
        QCOMPARE(x.size.threshold, 40.0);
        QCOMPARE(x.size.rank, 2);
        QCOMPARE(x.size.rankedCount, 3);
        QVERIFY(!x.size.awarded);
        QVERIFY(x.size.robust); // 10 is far from 36…44
        QCOMPARE(x.specialisation.threshold, 2.0);
        QVERIFY(!x.productivity.available); // no wages in this cube
        QCOMPARE(x.ecoStars, 0);
        QCOMPARE(x.confidentialCount, 1);
        QCOMPARE(x.excluded.size(), std::size_t(1));
        QCOMPARE(x.excluded[0].region, 0);
        QCOMPARE(x.excluded[0].industry, 1);
        QVERIFY(x.excluded[0].confidential);
    }

    // R1/ab: e_rc = 40 = the top value → size star, but 40 < 44 → not robust; focus
    // 40/40 = 1 → focus star (top 1 of 3); LQ = 1/0.6 = 1.666… < 2 → no specialisation.
    // R0/c: LQ = (30/40)/(40/100) = 1.875; with LQ ≥ 1.8 it earns specialisation,
    // and 1.875 < 1.98 (1.8 · 1.1) → not robust.
    void starsAndRobustness()
    {
        Fixture f;
        const Explanation x = explain(f.cube, f.weights, 1, f.weights.categoryIndex("ab"), 0, {});
        QVERIFY(x.size.awarded);
        QVERIFY(!x.size.robust);
        QCOMPARE(x.size.rank, 1);
        QVERIFY(x.focusStar.awarded);
        QVERIFY(!x.specialisation.awarded);
        QVERIFY(near(x.lq, 1.0 / 0.6));
        QCOMPARE(x.ecoStars, 2);

        StarParameters p;
        p.specialisationMinLq = 1.8;
        const Explanation c = explain(f.cube, f.weights, 0, f.weights.categoryIndex("c"), 0, {}, p);
        QVERIFY(near(c.lq, 1.875));
        QVERIFY(c.specialisation.awarded);
        QVERIFY(!c.specialisation.robust);
        QCOMPARE(c.specialisation.threshold, 1.8);
    }

    // NaN with a reason: the confidential-only category b in R0, the empty category d,
    // the region missing 2016, and indices out of range.
    void reasons()
    {
        Fixture f;
        const Explanation b = explain(f.cube, f.weights, 0, f.weights.categoryIndex("b"), 0, {});
        QVERIFY(std::isnan(b.lq));
        QVERIFY(b.reason.find("confidential") != std::string::npos);

        const Explanation d = explain(f.cube, f.weights, 1, f.weights.categoryIndex("d"), 0, {});
        QVERIFY(std::isnan(d.lq));
        QCOMPARE(d.erc, 0.0);
        QCOMPARE(d.ec, 0.0);
        QVERIFY(d.reason.find("E_c = 0") != std::string::npos);

        const Explanation missing = explain(f.cube, f.weights, 2, f.weights.categoryIndex("ab"), 1, {});
        QCOMPARE(missing.year, 2016);
        QVERIFY(std::isnan(missing.lq));
        QVERIFY(missing.reason.find("e_r missing") != std::string::npos);
        QCOMPARE(missing.excluded.size(), std::size_t(5)); // R2's 4 cells + R0/i1
        // In 2016 without R2: E = 80, E_ab = 10 + 40 = 50 → R0/ab = (10/40)/(50/80) = 0.4.
        const Explanation y2016 = explain(f.cube, f.weights, 0, f.weights.categoryIndex("ab"), 1, {});
        QVERIFY(near(y2016.lq, 0.4));

        QVERIFY(!explain(f.cube, f.weights, 7, 0, 0, {}).reason.empty());
    }

    // Reference = {R1, R2}: E = 60, E_ab = 50; R0 (outside) is still explained:
    // LQ = 0.25 / (50/60) = 0.3; no confidential cell in E_c of {R1, R2}, only R0's own.
    void referenceArea()
    {
        Fixture f;
        const Explanation x = explain(f.cube, f.weights, 0, f.weights.categoryIndex("ab"), 0, {1, 2});
        QCOMPARE(x.ec, 50.0);
        QCOMPARE(x.e, 60.0);
        QVERIFY(near(x.lq, 0.3));
        QCOMPARE(x.confidentialCount, 1);
    }

    // With wages: R1/ab pays 2 per employee, the rest 1 → average (10 + 80 + 10)/60
    // = 100/60; relative R1 = 2·60/100 = 1.2 → productivity star (top 1 of 3).
    void productivity()
    {
        Fixture f;
        for (int r = 0; r < 3; ++r)
            for (int i = 0; i < 4; ++i)
                f.cube.setSecondMeasure(r, i, 0, f.cube.value(r, i, 0) * (r == 1 ? 2.0 : 1.0));
        const Explanation x = explain(f.cube, f.weights, 1, f.weights.categoryIndex("ab"), 0, {});
        QVERIFY(x.productivity.available);
        QVERIFY(near(x.productivity.value, 1.2));
        QVERIFY(x.productivity.awarded);
    }
};

QTEST_APPLESS_MAIN(ExplanationTest)
#include "ExplanationTest.moc"
