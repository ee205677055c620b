// SPDX-License-Identifier: MIT
#include "indicators/Similarity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs::similarity {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double score(const Eigen::MatrixXd &lq, int a, int b, bool centre)
{
    double sa = 0.0, sb = 0.0;
    int n = 0;
    for (int c = 0; c < lq.cols(); ++c) {
        const double x = lq(a, c), y = lq(b, c);
        if (std::isnan(x) || std::isnan(y) || std::isinf(x) || std::isinf(y))
            continue;
        sa += x;
        sb += y;
        ++n;
    }
    if (n < 2)
        return kNaN;
    const double ma = centre ? sa / n : 0.0, mb = centre ? sb / n : 0.0;
    double xy = 0.0, xx = 0.0, yy = 0.0;
    for (int c = 0; c < lq.cols(); ++c) {
        const double x = lq(a, c), y = lq(b, c);
        if (std::isnan(x) || std::isnan(y) || std::isinf(x) || std::isinf(y))
            continue;
        xy += (x - ma) * (y - mb);
        xx += (x - ma) * (x - ma);
        yy += (y - mb) * (y - mb);
    }
    if (!(xx > 0.0) || !(yy > 0.0))
        return kNaN;
    return xy / std::sqrt(xx * yy);
}
} // namespace

double cosine(const Eigen::MatrixXd &lq, int a, int b)
{
    return score(lq, a, b, false);
}

double correlation(const Eigen::MatrixXd &lq, int a, int b)
{
    return score(lq, a, b, true);
}

std::vector<Peer> peers(const Eigen::MatrixXd &lq, int region, Method method, int count)
{
    std::vector<Peer> out;
    for (int r = 0; r < lq.rows(); ++r) {
        if (r == region)
            continue;
        const double s = score(lq, region, r, method == Method::Correlation);
        if (!std::isnan(s))
            out.push_back({r, s});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Peer &x, const Peer &y) { return x.score > y.score; });
    if (count > 0 && int(out.size()) > count)
        out.resize(std::size_t(count));
    return out;
}

std::vector<Term> complementarityTerms(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density,
                                       int region, int partner, int onlyColumn, double cap)
{
    std::vector<Term> terms;
    for (int c = 0; c < lq.cols(); ++c) {
        if (onlyColumn >= 0 && c != onlyColumn)
            continue;
        const double mine = lq(region, c), theirs = lq(partner, c), w = density(region, c);
        const bool weakHere = onlyColumn >= 0 || mine < 1.0;
        if (weakHere && theirs >= 1.0 && !std::isinf(theirs) && !std::isnan(w))
            terms.push_back({std::min(theirs, cap) * w, c});
    }
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term &a, const Term &b) { return a.value > b.value; });
    return terms;
}

double complementarity(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density, int region,
                       int partner, double cap)
{
    double sum = 0.0;
    for (const Term &t : complementarityTerms(lq, density, region, partner, -1, cap))
        sum += t.value;
    return sum;
}

} // namespace cs::similarity
