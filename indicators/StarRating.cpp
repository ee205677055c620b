// SPDX-License-Identifier: MIT
#include "indicators/StarRating.h"

#include "indicators/Growth.h"

#include <algorithm>
#include <functional>
#include <cmath>
#include <limits>
#include <vector>

namespace cs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr StarRating::Star kAll[] = {StarRating::kSize, StarRating::kSpecialisation,
                                     StarRating::kFocus, StarRating::kProductivity,
                                     StarRating::kGrowth};

// The k-th largest of the values, k = ceil(share · n) ≥ 1; the epsilon keeps
// 0.1 · 300 = 30.000000000000004 from becoming 31. (An MSB radix select was tried: no
// faster for a few hundred regions, so the simple version stays.)
double topShareCutoff(std::vector<double> &values, double share)
{
    const int n = int(values.size());
    if (n == 0)
        return kNaN;
    const int k = std::clamp(int(std::ceil(share * n - 1e-9)), 1, n);
    std::nth_element(values.begin(), values.begin() + (k - 1), values.end(), std::greater<>());
    return values[k - 1];
}
} // namespace

int StarRating::slot(Star star)
{
    switch (star) {
    case kSize: return 0;
    case kSpecialisation: return 1;
    case kFocus: return 2;
    case kProductivity: return 3;
    case kGrowth: return 4;
    }
    return 0;
}

StarRating::StarRating(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                       const Reference &reference, const StarParameters &parameters,
                       const Eigen::MatrixXd *wages, const Eigen::MatrixXd *growth)
    : m_parameters(parameters), m_reference(reference), m_size(erc),
      m_lq(measures::locationQuotient(erc, er, reference)), m_focus(measures::focus(erc, er))
{
    const int rows = int(erc.rows());
    const int cols = int(erc.cols());
    if (wages && wages->rows() == rows && wages->cols() == cols) {
        // Wage per employee over the category's average wage per employee in the
        // reference (cells with both measures only).
        m_productivity.resize(rows, cols);
        for (int c = 0; c < cols; ++c) {
            double w = 0.0, e = 0.0;
            auto add = [&](int r) {
                const double wr = (*wages)(r, c), er_ = erc(r, c);
                if (!std::isnan(wr) && !std::isnan(er_) && er_ > 0.0) {
                    w += wr;
                    e += er_;
                }
            };
            if (reference.empty())
                for (int r = 0; r < rows; ++r)
                    add(r);
            else
                for (int r : reference)
                    add(r);
            const double average = e > 0.0 ? w / e : kNaN;
            for (int r = 0; r < rows; ++r) {
                const double er_ = erc(r, c);
                m_productivity(r, c) =
                    (er_ > 0.0 && average > 0.0) ? (*wages)(r, c) / er_ / average : kNaN;
            }
        }
    }
    if (growth && growth->rows() == rows && growth->cols() == cols)
        m_growth = *growth;

    m_thresholds.setConstant(5, cols, kNaN);
    m_counts.setZero(5, cols);
    m_stars.setZero(rows, cols);
    m_robust.setZero(rows, cols);
    std::vector<double> column;
    column.reserve(reference.empty() ? rows : reference.size());
    const double margin = parameters.robustnessMargin;
    for (Star star : kAll) {
        const Eigen::MatrixXd *values = valuesFor(star);
        if (!values || values->size() == 0)
            continue;
        const int s = slot(star);
        for (int c = 0; c < cols; ++c) {
            double cutoff = parameters.specialisationMinLq;
            column.clear();
            auto collect = [&](int r) {
                if (!std::isnan((*values)(r, c)))
                    column.push_back((*values)(r, c));
            };
            if (reference.empty())
                for (int r = 0; r < rows; ++r)
                    collect(r);
            else
                for (int r : reference)
                    collect(r);
            m_counts(s, c) = int(column.size());
            if (star != kSpecialisation) {
                const double share = star == kSize    ? parameters.sizeTopShare
                                     : star == kFocus ? parameters.focusTopShare
                                     : star == kProductivity ? parameters.productivityTopShare
                                                             : parameters.growthTopShare;
                cutoff = topShareCutoff(column, share);
            }
            m_thresholds(s, c) = cutoff;
            if (std::isnan(cutoff)) { // nothing ranked: no star at any cut-off
                m_robust.col(c).array() += star;
                continue;
            }
            // earns(v, t) = v > 0 && v >= t (false for NaN), at the cut-off and ±margin.
            const double low = cutoff - margin * std::abs(cutoff);
            const double high = cutoff + margin * std::abs(cutoff);
            const double *v = values->col(c).data();
            std::uint8_t *starsOut = m_stars.col(c).data();
            std::uint8_t *robustOut = m_robust.col(c).data();
            for (int r = 0; r < rows; ++r) {
                const bool positive = v[r] > 0.0;
                const bool awarded = positive && v[r] >= cutoff;
                const bool atLow = positive && v[r] >= low;
                const bool atHigh = positive && v[r] >= high;
                starsOut[r] |= awarded ? star : 0;
                robustOut[r] |= (atLow == awarded && atHigh == awarded) ? star : 0;
            }
        }
    }
}

StarRating StarRating::fromCube(const EmploymentCube &cube, const CategoryWeights &weights,
                                int yearIndex, const Reference &reference,
                                const StarParameters &parameters, int fromYearIndex)
{
    const Eigen::MatrixXd &e = cube.employment(yearIndex);
    const Eigen::MatrixXd erc = measures::aggregate(e, weights);
    const Eigen::VectorXd er = measures::regionTotals(e);
    Eigen::MatrixXd wages, growthRate;
    if (cube.hasSecondMeasure())
        wages = measures::aggregate(cube.secondMeasure(yearIndex), weights);
    if (fromYearIndex >= 0 && fromYearIndex < cube.yearCount() && fromYearIndex != yearIndex) {
        const double years = cube.years()[yearIndex] - cube.years()[fromYearIndex];
        growthRate = growth::cagr(measures::aggregate(cube.employment(fromYearIndex), weights), erc, years);
    }
    return StarRating(erc, er, reference, parameters, wages.size() ? &wages : nullptr,
                      growthRate.size() ? &growthRate : nullptr);
}

const Eigen::MatrixXd *StarRating::valuesFor(Star star) const
{
    switch (star) {
    case kSize: return &m_size;
    case kSpecialisation: return &m_lq;
    case kFocus: return &m_focus;
    case kProductivity: return &m_productivity;
    case kGrowth: return &m_growth;
    }
    return nullptr;
}

int StarRating::ecoStars(int region, int category) const
{
    const std::uint8_t s = stars(region, category);
    return int((s & kSize) != 0) + int((s & kSpecialisation) != 0) + int((s & kFocus) != 0);
}

double StarRating::value(int region, int category, Star star) const
{
    const Eigen::MatrixXd *values = valuesFor(star);
    return values && values->size() ? (*values)(region, category) : kNaN;
}

double StarRating::threshold(int category, Star star) const
{
    return m_thresholds(slot(star), category);
}

int StarRating::rankedCount(int category, Star star) const
{
    return m_counts(slot(star), category);
}

int StarRating::rank(int region, int category, Star star) const
{
    const Eigen::MatrixXd *values = valuesFor(star);
    if (!values || values->size() == 0)
        return 0;
    const double v = (*values)(region, category);
    if (std::isnan(v))
        return 0;
    int larger = 0;
    auto count = [&](int r) {
        if ((*values)(r, category) > v)
            ++larger;
    };
    if (m_reference.empty())
        for (int r = 0; r < values->rows(); ++r)
            count(r);
    else
        for (int r : m_reference)
            count(r);
    return larger + 1;
}

} // namespace cs
