// SPDX-License-Identifier: MIT
#include "indicators/Explanation.h"

#include "indicators/StarRating.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace cs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string number(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

Explanation::StarCheck check(const StarRating &rating, int r, int c, StarRating::Star star)
{
    Explanation::StarCheck out;
    out.value = rating.value(r, c, star);
    out.threshold = rating.threshold(c, star);
    out.available = !std::isnan(out.threshold) || rating.rankedCount(c, star) > 0;
    out.awarded = rating.has(r, c, star);
    out.robust = rating.robust(r, c, star);
    out.rank = rating.rank(r, c, star);
    out.rankedCount = rating.rankedCount(c, star);
    return out;
}
} // namespace

Explanation explain(const EmploymentCube &cube, const CategoryWeights &weights, int region,
                    int category, int yearIndex, const Reference &reference,
                    const StarParameters &parameters)
{
    Explanation x;
    x.region = region;
    x.category = category;
    if (region < 0 || region >= cube.regionCount() || category < 0 ||
        category >= weights.categoryCount() || yearIndex < 0 || yearIndex >= cube.yearCount() ||
        weights.matrix().rows() != cube.industryCount()) {
        x.reason = "region, category or year not in the data";
        x.erc = x.er = x.ec = x.e = x.lq = x.focus = kNaN;
        return x;
    }
    x.year = cube.years()[yearIndex];
    const Eigen::MatrixXd &e = cube.employment(yearIndex);
    const Eigen::MatrixXd erc = measures::aggregate(e, weights);
    const Eigen::VectorXd er = measures::regionTotals(e);
    x.erc = erc(region, category);
    x.er = er(region);
    x.ec = measures::referenceTotals(erc.col(category), reference)(0);
    x.e = measures::referenceTotal(er, reference);
    x.focus = (std::isnan(x.erc) || !(x.er > 0.0)) ? kNaN : x.erc / x.er;
    x.lq = (std::isnan(x.focus) || !(x.ec > 0.0) || !(x.e > 0.0)) ? kNaN
                                                                   : x.focus / (x.ec / x.e);
    x.formula = "LQ = (e_rc / e_r) / (E_c / E) = (" + number(x.erc) + " / " + number(x.er) +
                ") / (" + number(x.ec) + " / " + number(x.e) + ") = " + number(x.lq);

    // Excluded cells: the region's row, and the category's industries in the reference.
    std::set<std::pair<int, int>> seen;
    auto exclude = [&](int r, int i) {
        if (!std::isnan(e(r, i)) || !seen.emplace(r, i).second)
            return;
        const Flags f = cube.flags(r, i, yearIndex);
        const bool confidential = f & kFlagConfidential;
        x.excluded.push_back({r, i, f, confidential});
        if (confidential)
            ++x.confidentialCount;
    };
    for (int i = 0; i < cube.industryCount(); ++i)
        exclude(region, i);
    std::vector<int> industries;
    for (Eigen::SparseMatrix<double>::InnerIterator it(weights.matrix(), category); it; ++it)
        if (it.value() != 0.0)
            industries.push_back(int(it.row()));
    auto excludeColumn = [&](int r) {
        for (int i : industries)
            exclude(r, i);
    };
    if (reference.empty())
        for (int r = 0; r < cube.regionCount(); ++r)
            excludeColumn(r);
    else
        for (int r : reference)
            excludeColumn(r);

    if (std::isnan(x.er))
        x.reason = "the region reports no industry in this year (e_r missing)";
    else if (x.er == 0.0)
        x.reason = "the region has no employment (e_r = 0)";
    else if (std::isnan(x.erc)) {
        bool confidential = false;
        for (int i : industries)
            confidential |= (cube.flags(region, i, yearIndex) & kFlagConfidential) != 0;
        x.reason = confidential ? "e_rc is confidential: no industry of the category is published "
                                  "for this region"
                                : "e_rc is missing: no industry of the category is reported for "
                                  "this region";
    } else if (!(x.e > 0.0))
        x.reason = "the reference area has no employment (E = 0)";
    else if (!(x.ec > 0.0))
        x.reason = "the category has no employment in the reference area (E_c = 0)";

    const Eigen::MatrixXd wages = cube.hasSecondMeasure()
                                      ? measures::aggregate(cube.secondMeasure(yearIndex), weights)
                                      : Eigen::MatrixXd();
    const StarRating rating(erc, er, reference, parameters,
                            cube.hasSecondMeasure() ? &wages : nullptr);
    x.size = check(rating, region, category, StarRating::kSize);
    x.specialisation = check(rating, region, category, StarRating::kSpecialisation);
    x.focusStar = check(rating, region, category, StarRating::kFocus);
    x.productivity = check(rating, region, category, StarRating::kProductivity);
    x.ecoStars = rating.ecoStars(region, category);
    return x;
}

} // namespace cs
