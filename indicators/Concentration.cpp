// SPDX-License-Identifier: MIT
#include "indicators/Concentration.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace cs::concentration {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<int> referenceRows(int rows, const Reference &reference)
{
    if (!reference.empty())
        return reference;
    std::vector<int> all(std::size_t(rows), 0);
    std::iota(all.begin(), all.end(), 0);
    return all;
}
} // namespace

Eigen::VectorXd krugman(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                        const Reference &reference)
{
    const Eigen::RowVectorXd ec = measures::referenceTotals(erc, reference);
    const double total = measures::referenceTotal(er, reference);
    Eigen::VectorXd out = Eigen::VectorXd::Zero(erc.rows());
    Eigen::VectorXi used = Eigen::VectorXi::Zero(erc.rows());
    for (int c = 0; c < erc.cols(); ++c) {
        const double sc = total > 0.0 ? ec(c) / total : kNaN;
        for (int r = 0; r < erc.rows(); ++r) {
            const double v = erc(r, c);
            if (std::isnan(v) || std::isnan(sc))
                continue;
            out(r) += std::abs(v / er(r) - sc);
            ++used(r);
        }
    }
    for (int r = 0; r < erc.rows(); ++r)
        if (used(r) == 0 || !(er(r) > 0.0))
            out(r) = kNaN;
    return out;
}

Eigen::VectorXd herfindahlRegions(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er)
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(erc.rows());
    for (int c = 0; c < erc.cols(); ++c)
        for (int r = 0; r < erc.rows(); ++r)
            if (!std::isnan(erc(r, c)))
                out(r) += (erc(r, c) / er(r)) * (erc(r, c) / er(r));
    for (int r = 0; r < erc.rows(); ++r)
        if (!(er(r) > 0.0))
            out(r) = kNaN;
    return out;
}

Eigen::RowVectorXd herfindahlCategories(const Eigen::MatrixXd &erc, const Reference &reference)
{
    const Eigen::RowVectorXd ec = measures::referenceTotals(erc, reference);
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        double h = 0.0;
        for (int r : rows)
            if (!std::isnan(erc(r, c)))
                h += (erc(r, c) / ec(c)) * (erc(r, c) / ec(c));
        out(c) = ec(c) > 0.0 ? h : kNaN;
    }
    return out;
}

Eigen::RowVectorXd hoover(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                          const Reference &reference)
{
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        // Both shares over the same set of regions: those reporting e_rc and e_r.
        double ec = 0.0, total = 0.0;
        for (int r : rows)
            if (!std::isnan(erc(r, c)) && !std::isnan(er(r))) {
                ec += erc(r, c);
                total += er(r);
            }
        if (!(ec > 0.0) || !(total > 0.0)) {
            out(c) = kNaN;
            continue;
        }
        double h = 0.0;
        for (int r : rows)
            if (!std::isnan(erc(r, c)) && !std::isnan(er(r)))
                h += std::abs(erc(r, c) / ec - er(r) / total);
        out(c) = 0.5 * h;
    }
    return out;
}

Eigen::RowVectorXd locationalGini(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                                  const Reference &reference)
{
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    struct Point
    {
        double ratio; // e_rc / e_r, the sort key (∝ LQ)
        double x;     // e_r
        double y;     // e_rc
    };
    std::vector<Point> points;
    points.reserve(rows.size());
    for (int c = 0; c < erc.cols(); ++c) {
        points.clear();
        double ec = 0.0, total = 0.0;
        for (int r : rows) {
            const double v = erc(r, c);
            if (!std::isnan(v) && er(r) > 0.0) {
                points.push_back({v / er(r), er(r), v});
                ec += v;
                total += er(r);
            }
        }
        if (!(ec > 0.0) || !(total > 0.0)) {
            out(c) = kNaN;
            continue;
        }
        std::sort(points.begin(), points.end(),
                  [](const Point &a, const Point &b) { return a.ratio < b.ratio; });
        // Σ Δx (y_k + y_k-1) with the shares accumulated unnormalised, divided once.
        double y = 0.0, sum = 0.0;
        for (const Point &p : points) {
            const double ny = y + p.y;
            sum += p.x * (ny + y);
            y = ny;
        }
        out(c) = 1.0 - sum / (total * ec);
    }
    return out;
}

} // namespace cs::concentration
