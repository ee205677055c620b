// SPDX-License-Identifier: MIT
#include "indicators/RegionHierarchy.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs;

class RegionHierarchyTest : public QObject
{
    Q_OBJECT
private slots:
    void levelsAndParents()
    {
        QCOMPARE(regions::nutsLevel("AT"), 0);
        QCOMPARE(regions::nutsLevel("AT1"), 1);
        QCOMPARE(regions::nutsLevel("AT11"), 2);
        QCOMPARE(regions::nutsLevel("AT111"), 3);
        QCOMPARE(regions::nutsLevel("A"), -1);
        QCOMPARE(regions::parentCode("AT111", 2), std::string("AT11"));
        QCOMPARE(regions::parentCode("AT111", 1), std::string("AT1"));
        QCOMPARE(regions::parentCode("AT111", 0), std::string("AT"));
        QCOMPARE(regions::parentCode("AT1", 2), std::string());
    }

    // Codes: AT111 AT112 AT121 AT11 DE111 AT. Only the NUTS 3 codes take part; AT11 and
    // AT are skipped so they are not counted twice.
    //          i0    i1
    //  AT111    1   NaN
    //  AT112    2   NaN
    //  AT121  NaN   NaN
    //  AT11   100   100   (skipped)
    //  DE111    5     7
    //  AT     900   900   (skipped)
    // → NUTS 2: AT11 = (1+2, NaN) = (3, NaN); AT12 = (NaN, NaN); DE11 = (5, 7).
    // → NUTS 0: AT = (3, NaN); DE = (5, 7).
    void parentMatrixAndNanSkippingSums()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<std::string> codes{"AT111", "AT112", "AT121", "AT11", "DE111", "AT"};
        Eigen::MatrixXd e(6, 2);
        e << 1, nan, 2, nan, nan, nan, 100, 100, 5, 7, 900, 900;

        const regions::RegionMapping toNuts2 = regions::parentMatrix(codes, 3, 2);
        QCOMPARE(toNuts2.parents, (std::vector<std::string>{"AT11", "AT12", "DE11"}));
        QCOMPARE(toNuts2.skipped, (std::vector<int>{3, 5}));
        QCOMPARE(toNuts2.matrix.rows(), 3);
        QCOMPARE(toNuts2.matrix.cols(), 6);
        QCOMPARE(toNuts2.matrix.coeff(0, 1), 1.0);
        QCOMPARE(toNuts2.matrix.coeff(0, 3), 0.0);
        QCOMPARE(toNuts2.matrix.nonZeros(), 4);

        const Eigen::MatrixXd n2 = regions::aggregate(e, toNuts2.matrix);
        QCOMPARE(n2(0, 0), 3.0);
        QVERIFY(std::isnan(n2(0, 1)));
        QVERIFY(std::isnan(n2(1, 0)));
        QVERIFY(std::isnan(n2(1, 1)));
        QCOMPARE(n2(2, 0), 5.0);
        QCOMPARE(n2(2, 1), 7.0);

        const regions::RegionMapping toNuts0 = regions::parentMatrix(codes, 3, 0);
        QCOMPARE(toNuts0.parents, (std::vector<std::string>{"AT", "DE"}));
        const Eigen::MatrixXd n0 = regions::aggregate(e, toNuts0.matrix);
        QCOMPARE(n0(0, 0), 3.0);
        QVERIFY(std::isnan(n0(0, 1)));
        QCOMPARE(n0(1, 1), 7.0);

        // Going up in steps equals going up at once: NUTS 3 → 2 → 1 vs NUTS 3 → 1.
        const regions::RegionMapping n2to1 = regions::parentMatrix(toNuts2.parents, 2, 1);
        const Eigen::MatrixXd stepwise = regions::aggregate(n2, n2to1.matrix);
        const regions::RegionMapping direct = regions::parentMatrix(codes, 3, 1);
        QCOMPARE(n2to1.parents, direct.parents);
        const Eigen::MatrixXd once = regions::aggregate(e, direct.matrix);
        QCOMPARE(stepwise(0, 0), once(0, 0));
        QVERIFY(std::isnan(stepwise(0, 1)) && std::isnan(once(0, 1)));
        QCOMPARE(stepwise(1, 1), once(1, 1));

        // A target level below the source level maps nothing.
        QCOMPARE(regions::parentMatrix(codes, 2, 3).parents.size(), std::size_t(0));
    }

    // AT111 = 4 (flag e), AT112 = NaN (confidential) → AT11 = 4, flags e|c, not missing.
    // AT121 missing → AT12 NaN with the missing flag. Wages add up the same way.
    void cubeKeepsFlagsOfChildren()
    {
        EmploymentCube cube({"AT111", "AT112", "AT121"}, {"C28"}, {2015});
        cube.set(0, 0, 0, 4.0, kFlagEstimated);
        cube.set(1, 0, 0, std::numeric_limits<double>::quiet_NaN(), kFlagConfidential);
        cube.setSecondMeasure(0, 0, 0, 100.0);
        const EmploymentCube up = regions::aggregateCube(cube, regions::parentMatrix(cube.regions(), 3, 2));
        QCOMPARE(up.regions(), (std::vector<std::string>{"AT11", "AT12"}));
        QCOMPARE(up.value(0, 0, 0), 4.0);
        QCOMPARE(up.flags(0, 0, 0), Flags(kFlagEstimated | kFlagConfidential));
        QVERIFY(std::isnan(up.value(1, 0, 0)));
        QVERIFY(up.flags(1, 0, 0) & kFlagMissing);
        QCOMPARE(up.secondMeasure(0)(0, 0), 100.0);
    }

    void referenceAreas()
    {
        const std::vector<std::string> codes{"AT11", "AT12", "DE11", "DEZZ", "ATZZ", "FR10"};
        QVERIFY(regions::allRegions().empty());
        QCOMPARE(regions::withPrefix(codes, "AT"), (Reference{0, 1, 4}));
        QCOMPARE(regions::withPrefix(codes, "DE1"), (Reference{2}));
        std::vector<std::string> unknown;
        QCOMPARE(regions::customSet(codes, {"FR10", "AT11", "XX99"}, &unknown), (Reference{5, 0}));
        QCOMPARE(unknown, std::vector<std::string>{"XX99"});
        QCOMPARE(regions::withoutExtraRegio(codes), (Reference{0, 1, 2, 5}));
    }
};

QTEST_APPLESS_MAIN(RegionHierarchyTest)
#include "RegionHierarchyTest.moc"
