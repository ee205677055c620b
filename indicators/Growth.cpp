// SPDX-License-Identifier: MIT
#include "indicators/Growth.h"

#include <cmath>
#include <limits>

namespace cs::growth {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename Fn> void forEachReferenceRow(int rows, const Reference &reference, Fn fn)
{
    if (reference.empty())
        for (int r = 0; r < rows; ++r)
            fn(r);
    else
        for (int r : reference)
            fn(r);
}
} // namespace

Eigen::MatrixXd absoluteChange(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1)
{
    return e1 - e0; // NaN propagates
}

Eigen::MatrixXd percentChange(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1)
{
    return (e0.array() == 0.0).select(kNaN, 100.0 * (e1.array() - e0.array()) / e0.array()).matrix();
}

Eigen::MatrixXd cagr(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1, double years)
{
    if (!(years > 0.0))
        return Eigen::MatrixXd::Constant(e0.rows(), e0.cols(), kNaN);
    const auto valid = (e0.array() > 0.0) && (e1.array() >= 0.0);
    if (years == 1.0) // one year apart: no pow needed
        return valid.select(e1.array() / e0.array() - 1.0, kNaN).matrix();
    return valid.select((e1.array() / e0.array()).pow(1.0 / years) - 1.0, kNaN).matrix();
}

ShiftShare shiftShare(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1,
                      const Eigen::VectorXd &er0, const Eigen::VectorXd &er1,
                      const Reference &reference)
{
    const int rows = int(e0.rows()), cols = int(e0.cols());
    ShiftShare out;
    Eigen::RowVectorXd ec0 = Eigen::RowVectorXd::Zero(cols), ec1 = Eigen::RowVectorXd::Zero(cols);
    double total0 = 0.0, total1 = 0.0;
    forEachReferenceRow(rows, reference, [&](int r) {
        if (!std::isnan(er0(r)) && !std::isnan(er1(r))) {
            total0 += er0(r);
            total1 += er1(r);
        }
    });
    // A column at a time (the matrices are column-major); same order of sums per column.
    for (int c = 0; c < cols; ++c) {
        const double *a = e0.col(c).data(), *b = e1.col(c).data();
        double s0 = 0.0, s1 = 0.0;
        forEachReferenceRow(rows, reference, [&](int r) {
            if (!std::isnan(a[r]) && !std::isnan(b[r])) {
                s0 += a[r];
                s1 += b[r];
            }
        });
        ec0(c) = s0;
        ec1(c) = s1;
    }
    out.referenceGrowth = total0 > 0.0 ? total1 / total0 - 1.0 : kNaN;
    out.categoryGrowth = (ec0.array() > 0.0).select(ec1.array() / ec0.array() - 1.0, kNaN).matrix();
    out.actual = e1 - e0;
    out.reference = e0 * out.referenceGrowth;
    const Eigen::RowVectorXd mix = out.categoryGrowth.array() - out.referenceGrowth;
    const Eigen::RowVectorXd expected = out.categoryGrowth.array() + 1.0;
    out.industryMix = (e0.array().rowwise() * mix.array()).matrix();
    out.competitive = (e1.array() - e0.array().rowwise() * expected.array()).matrix();
    // Element-wise: a cell missing in either year has no decomposition (the parts add up
    // to `actual`, which is NaN there).
    const auto missing = out.actual.array().isNaN();
    out.reference = missing.select(kNaN, out.reference.array()).matrix();
    out.industryMix = missing.select(kNaN, out.industryMix.array()).matrix();
    return out;
}

} // namespace cs::growth
