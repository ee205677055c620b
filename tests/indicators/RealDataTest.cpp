// SPDX-License-Identifier: MIT
// The indicators on the real Eurostat extract sbs_r_nuts06_r2 (persons employed, 2015),
// against check values computed independently with awk:
//   awk -F';' 'NR>1 && length($2)==4 && $1 ~ /^[A-Z][0-9][0-9]$/ { v=$3; split(v,a," ");
//     if (v ~ /^ *[0-9.]+( [a-z]+)?$/) { x=a[1]+0; E+=x; if($1=="C28") EC+=x;
//     if($2=="ITC4"){er+=x; if($1=="C28") erc=x} } } END {...}'
// → E = 134955395, E_C28 = 2991235, ITC4: e_r = 3097145, e_rc = 133060 (all 4-character
// regions, ZZ included); LQ = (133060/3097145)/(2991235/134955395) = 1.93832098515.
// Without the 8 ZZ regions: E = 134903771, E_C28 = 2991004 → LQ = 1.93772916857.
#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Measures.h"
#include "indicators/RegionHierarchy.h"
#include "indicators/StarRating.h"

#include <QTest>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>

using namespace cs;

namespace {
struct Cell
{
    std::string industry;
    std::string region;
    double value;
    Flags flags;
};

// "219 d" → 219 with flag d; "" / " d" / "12:00 AM" / anything else non-numeric → NaN.
Cell parseValue(const std::string &industry, const std::string &region, const std::string &text)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::size_t pos = text.find_first_not_of(' ');
    if (pos == std::string::npos)
        return {industry, region, nan, kFlagMissing};
    if (!std::isdigit(static_cast<unsigned char>(text[pos]))) {
        Flags f = kFlagNone;
        parseFlags(text.substr(pos), f);
        return {industry, region, nan, Flags(f | kFlagMissing)};
    }
    char *end = nullptr;
    const double v = std::strtod(text.c_str() + pos, &end);
    std::string rest(end);
    rest.erase(0, rest.find_first_not_of(' ') == std::string::npos ? rest.size()
                                                                   : rest.find_first_not_of(' '));
    Flags f = kFlagNone;
    if (!rest.empty() && !parseFlags(rest, f))
        return {industry, region, nan, kFlagMissing}; // e.g. "12:00 AM"
    return {industry, region, v, f};
}

bool isDivision(const std::string &code)
{
    return code.size() == 3 && std::isupper(static_cast<unsigned char>(code[0])) &&
           std::isdigit(static_cast<unsigned char>(code[1])) &&
           std::isdigit(static_cast<unsigned char>(code[2]));
}

// NUTS 2 (4-character codes, ZZ included) × NACE divisions, one year.
EmploymentCube readCube(QString *error)
{
    std::ifstream in(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv");
    if (!in) {
        *error = QStringLiteral("cannot open the extract");
        return {};
    }
    std::string line;
    std::getline(in, line); // header nace_r2;geo;n2015
    std::vector<Cell> cells;
    std::vector<std::string> regions, industries;
    std::map<std::string, int> seenRegion, seenIndustry;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::size_t a = line.find(';');
        const std::size_t b = line.find(';', a + 1);
        if (a == std::string::npos || b == std::string::npos)
            continue;
        const std::string industry = line.substr(0, a);
        const std::string region = line.substr(a + 1, b - a - 1);
        if (region.size() != 4 || !isDivision(industry))
            continue;
        if (seenRegion.emplace(region, int(regions.size())).second)
            regions.push_back(region);
        if (seenIndustry.emplace(industry, int(industries.size())).second)
            industries.push_back(industry);
        cells.push_back(parseValue(industry, region, line.substr(b + 1)));
    }
    EmploymentCube cube(regions, industries, {2015});
    for (const Cell &c : cells)
        cube.set(seenRegion[c.region], seenIndustry[c.industry], 0, c.value, c.flags);
    return cube;
}
} // namespace

class RealDataTest : public QObject
{
    Q_OBJECT
private slots:
    void parser()
    {
        QCOMPARE(parseValue("C28", "ITC4", "219 d").value, 219.0);
        QCOMPARE(parseValue("C28", "ITC4", "219 d").flags, Flags(kFlagDefinition));
        QVERIFY(std::isnan(parseValue("C28", "ITC4", " ").value));
        QVERIFY(std::isnan(parseValue("C28", "ITC4", " d").value));
        QVERIFY(parseValue("C28", "ITC4", " d").flags & kFlagDefinition);
        QVERIFY(std::isnan(parseValue("C28", "ITC4", "12:00 AM").value));
        QCOMPARE(parseValue("C28", "ITC4", "7089").value, 7089.0);
    }

    void locationQuotientItc4C28()
    {
        QString error;
        const EmploymentCube cube = readCube(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cube.regionCount(), 327);   // awk: distinct 4-character codes
        QCOMPARE(cube.industryCount(), 68);  // awk: distinct divisions
        const int r = cube.regionIndex("ITC4");
        const int c = cube.industryIndex("C28");
        QVERIFY(r >= 0 && c >= 0);

        const Eigen::MatrixXd &e = cube.employment(0);
        const Eigen::VectorXd er = measures::regionTotals(e);
        QCOMPARE(er(r), 3097145.0);
        QCOMPARE(e(r, c), 133060.0);
        QCOMPARE(measures::referenceTotal(er, {}), 134955395.0);
        QCOMPARE(measures::referenceTotals(e, {})(c), 2991235.0);

        const Eigen::MatrixXd lq = measures::locationQuotient(e, er, {});
        QVERIFY(std::abs(lq(r, c) - 1.93832098515) < 1e-9);

        const Reference noZz = regions::withoutExtraRegio(cube.regions());
        QCOMPARE(int(noZz.size()), 319);
        const Eigen::MatrixXd lqNoZz = measures::locationQuotient(e, er, noZz);
        QVERIFY(std::abs(lqNoZz(r, c) - 1.93772916857) < 1e-9);

        // ITC4 (Lombardia) is in the top 10 % of regions by C28 employment.
        const StarRating stars(e, er, noZz);
        QVERIFY(stars.has(r, c, StarRating::kSize));
        QVERIFY(!stars.has(r, c, StarRating::kSpecialisation)); // 1.94 < 2
    }

    // NUTS 2 → country by prefix: IT's C28 = Σ IT NUTS 2 = 450846 and DE's total over all
    // divisions = 26396366 (awk over the same cells).
    void aggregationToCountries()
    {
        QString error;
        const EmploymentCube cube = readCube(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const regions::RegionMapping toCountry = regions::parentMatrix(cube.regions(), 2, 0);
        const Eigen::MatrixXd countries = regions::aggregate(cube.employment(0), toCountry.matrix);
        int it = -1, de = -1;
        for (int p = 0; p < int(toCountry.parents.size()); ++p) {
            if (toCountry.parents[p] == "IT")
                it = p;
            if (toCountry.parents[p] == "DE")
                de = p;
        }
        QVERIFY(it >= 0 && de >= 0);
        QCOMPARE(countries(it, cube.industryIndex("C28")), 450846.0);
        QCOMPARE(measures::regionTotals(countries)(de), 26396366.0);
    }
};

QTEST_APPLESS_MAIN(RealDataTest)
#include "RealDataTest.moc"
