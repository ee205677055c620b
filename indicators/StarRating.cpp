// SPDX-License-Identifier: MIT
#include "indicators/StarRating.h"

#include "indicators/Growth.h"

#include <algorithm>
#include <array>
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
// 0.1 · 300 = 30.000000000000004 from becoming 31. For the usual top 10 % of a few
// hundred regions, a branch-free pass first keeps the values at or above a low estimate
// of the cut-off (from an evenly spaced sample) in `scratch`, and nth_element runs on
// those few: about seven times faster than nth_element on the whole column, whose
// partitions mispredict (an MSB radix select and a min-heap were tried too: no faster).
double topShareCutoff(std::vector<double> &values, double share, std::vector<double> &scratch)
{
    const int n = int(values.size());
    if (n == 0)
        return kNaN;
    const int k = std::clamp(int(std::ceil(share * n - 1e-9)), 1, n);
    constexpr int kSample = 32;
    if (n >= 4 * kSample && k <= n / 4) {
        std::array<double, kSample> sample;
        for (int i = 0; i < kSample; ++i)
            sample[std::size_t(i)] = values[std::size_t(i) * std::size_t(n) / kSample];
        // The sample's value at about twice the wanted share: below the cut-off nearly
        // always; when not, fewer than k values pass and the full selection runs.
        const int rank = std::min(kSample - 1, int(std::ceil(2.0 * k * kSample / n)) + 1);
        std::nth_element(sample.begin(), sample.begin() + rank, sample.end(), std::greater<>());
        const double pivot = sample[std::size_t(rank)];
        scratch.resize(std::size_t(n));
        int m = 0;
        for (int i = 0; i < n; ++i) {
            scratch[std::size_t(m)] = values[std::size_t(i)];
            m += values[std::size_t(i)] >= pivot;
        }
        if (m >= k) { // every value of the top k is at or above the pivot
            std::nth_element(scratch.begin(), scratch.begin() + (k - 1), scratch.begin() + m,
                             std::greater<>());
            return scratch[std::size_t(k - 1)];
        }
    }
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
                       const Eigen::MatrixXd *wages, const Eigen::MatrixXd *growth,
                       const Eigen::MatrixXd *wageEmployment)
    : m_parameters(parameters), m_reference(reference), m_size(erc),
      m_lq(measures::locationQuotient(erc, er, reference)), m_focus(measures::focus(erc, er))
{
    const int rows = int(erc.rows());
    const int cols = int(erc.cols());
    if (wages && wages->rows() == rows && wages->cols() == cols) {
        // Wage per employee over the category's average wage per employee in the
        // reference (cells with both measures only).
        m_wages = *wages;
        const Eigen::MatrixXd &paired =
            wageEmployment && wageEmployment->rows() == rows && wageEmployment->cols() == cols ? *wageEmployment
                                                                                                : erc;
        m_productivity.resize(rows, cols);
        for (int c = 0; c < cols; ++c) {
            double w = 0.0, e = 0.0;
            auto add = [&](int r) {
                const double wr = (*wages)(r, c), er_ = paired(r, c);
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
                const double er_ = paired(r, c);
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
    std::vector<double> column, scratch;
    std::vector<std::int64_t> decisions;
    column.reserve(reference.empty() ? rows : reference.size());
    const double margin = parameters.robustnessMargin;
    for (Star star : kAll) {
        const Eigen::MatrixXd *values = valuesFor(star);
        if (!values || values->size() == 0)
            continue;
        const int s = slot(star);
        for (int c = 0; c < cols; ++c) {
            double cutoff = parameters.specialisationMinLq;
            // The known values, without a branch per cell.
            column.resize(reference.empty() ? std::size_t(rows) : reference.size());
            const double *source = values->col(c).data();
            std::size_t known = 0;
            auto collect = [&](int r) {
                column[known] = source[r];
                known += !std::isnan(source[r]);
            };
            if (reference.empty())
                for (int r = 0; r < rows; ++r)
                    collect(r);
            else
                for (int r : reference)
                    collect(r);
            column.resize(known);
            m_counts(s, c) = int(column.size());
            if (star != kSpecialisation) {
                const double share = star == kSize    ? parameters.sizeTopShare
                                     : star == kFocus ? parameters.focusTopShare
                                     : star == kProductivity ? parameters.productivityTopShare
                                                             : parameters.growthTopShare;
                cutoff = topShareCutoff(column, share, scratch);
            }
            m_thresholds(s, c) = cutoff;
            if (std::isnan(cutoff)) { // nothing ranked: no star at any cut-off
                m_robust.col(c).array() += star;
                continue;
            }
            // earns(v, t) = v > 0 && v >= t (false for NaN), at the cut-off and ±margin.
            const double low = cutoff - margin * std::abs(cutoff);
            const double high = cutoff + margin * std::abs(cutoff);
            // Not robust = positive and low ≤ v < high (the decision flips within the
            // margin). Decided as 64-bit words without branches, then packed into the
            // byte matrices by a loop that vectorises (one mixed loop did neither).
            const double *v = values->col(c).data();
            decisions.resize(std::size_t(rows));
            std::int64_t *d = decisions.data();
            for (int r = 0; r < rows; ++r) {
                const double x = v[r];
                const std::int64_t positive = x > 0.0;
                const std::int64_t awarded = positive & (x >= cutoff);
                const std::int64_t unsure = positive & (x >= low) & (x < high);
                d[r] = awarded | ((1 - unsure) << 1);
            }
            std::uint8_t *starsOut = m_stars.col(c).data();
            std::uint8_t *robustOut = m_robust.col(c).data();
            for (int r = 0; r < rows; ++r) {
                starsOut[r] |= std::uint8_t((d[r] & 1) * star);
                robustOut[r] |= std::uint8_t((d[r] >> 1) * star);
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
    Eigen::MatrixXd wages, paired, growthRate;
    if (cube.hasSecondMeasure()) {
        wages = measures::aggregatePaired(cube.secondMeasure(yearIndex), e, weights);
        paired = measures::aggregatePaired(e, cube.secondMeasure(yearIndex), weights);
    }
    if (fromYearIndex >= 0 && fromYearIndex < cube.yearCount() && fromYearIndex != yearIndex) {
        const double years = cube.years()[yearIndex] - cube.years()[fromYearIndex];
        growthRate = growth::cagr(measures::aggregate(cube.employment(fromYearIndex), weights), erc, years);
    }
    return StarRating(erc, er, reference, parameters, wages.size() ? &wages : nullptr,
                      growthRate.size() ? &growthRate : nullptr, paired.size() ? &paired : nullptr);
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
