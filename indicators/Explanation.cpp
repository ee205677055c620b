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

Explanation explain(const Engine &engine, int row, int category, int yearIndex, const FlagsOf &flagsOf)
{
    const EngineInput &in = engine.input();
    Explanation x;
    x.region = row;
    x.category = category;
    if (row < 0 || row >= engine.regionCount() || category < 0 || category >= engine.categoryCount() ||
        yearIndex < 0 || yearIndex >= engine.yearCount()) {
        x.reason = "region, category or year not in the data";
        x.erc = x.er = x.ec = x.e = x.lq = x.focus = kNaN;
        x.reported = x.published = x.coverage = kNaN;
        return x;
    }
    const Engine::Year &y = engine.year(yearIndex);
    const Eigen::MatrixXd &e = in.industries[std::size_t(yearIndex)];
    const Reference &reference = in.reference;
    x.year = y.year;
    x.erc = y.employment(row, category);
    x.er = y.totals(row);
    x.reported = y.reported(row);
    x.published = y.published(row);
    x.coverage = y.coverage(row);
    x.incomplete = y.incomplete(row);
    x.publishedTotal = in.regionTotal == RegionTotal::Published && std::isfinite(x.published) &&
                       x.published > 0.0;
    x.ec = in.emptyReference ? kNaN : measures::referenceTotals(y.employment.col(category), reference)(0);
    x.e = in.emptyReference ? kNaN : measures::referenceTotal(y.totals, reference);
    x.focus = y.focus(row, category);
    x.lq = y.lq(row, category);
    x.formula = "LQ = (e_rc / e_r) / (E_c / E) = (" + number(x.erc) + " / " + number(x.er) +
                ") / (" + number(x.ec) + " / " + number(x.e) + ") = " + number(x.lq);

    const auto flags = [&](int r, int i) { return flagsOf ? flagsOf(r, i, yearIndex) : Flags(kFlagNone); };
    // Excluded cells: the region's row, and the category's industries in the reference.
    std::set<std::pair<int, int>> seen;
    auto exclude = [&](int r, int i) {
        if (!std::isnan(e(r, i)) || !seen.emplace(r, i).second)
            return;
        const Flags f = flags(r, i);
        const bool confidential = f & kFlagConfidential;
        x.excluded.push_back({r, i, f, confidential});
        if (confidential)
            ++x.confidentialCount;
    };
    for (int i = 0; i < int(e.cols()); ++i)
        exclude(row, i);
    std::vector<int> industries;
    for (Eigen::SparseMatrix<double>::InnerIterator it(in.weights.matrix(), category); it; ++it)
        if (it.value() != 0.0)
            industries.push_back(int(it.row()));
    auto excludeColumn = [&](int r) {
        for (int i : industries)
            exclude(r, i);
    };
    if (reference.empty())
        for (int r = 0; r < int(e.rows()); ++r)
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
            confidential |= (flags(row, i) & kFlagConfidential) != 0;
        x.reason = confidential ? "e_rc is confidential: no industry of the category is published "
                                  "for this region"
                                : "e_rc is missing: no industry of the category is reported for "
                                  "this region";
    } else if (in.emptyReference)
        x.reason = "no region of this level is in the reference area";
    else if (!(x.e > 0.0))
        x.reason = "the reference area has no employment (E = 0)";
    else if (!(x.ec > 0.0))
        x.reason = "the category has no employment in the reference area (E_c = 0)";

    const StarRating &rating = engine.stars(yearIndex);
    x.size = check(rating, row, category, StarRating::kSize);
    x.specialisation = check(rating, row, category, StarRating::kSpecialisation);
    x.focusStar = check(rating, row, category, StarRating::kFocus);
    x.productivity = check(rating, row, category, StarRating::kProductivity);
    x.ecoStars = rating.ecoStars(row, category);
    return x;
}

} // namespace cs
