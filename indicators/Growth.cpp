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
        for (int c = 0; c < cols; ++c) {
            if (!std::isnan(e0(r, c)) && !std::isnan(e1(r, c))) {
                ec0(c) += e0(r, c);
                ec1(c) += e1(r, c);
            }
        }
    });
    out.referenceGrowth = total0 > 0.0 ? total1 / total0 - 1.0 : kNaN;
    out.categoryGrowth = (ec0.array() > 0.0).select(ec1.array() / ec0.array() - 1.0, kNaN).matrix();
    out.actual = e1 - e0;
    out.reference = e0 * out.referenceGrowth;
    out.industryMix.resize(rows, cols);
    out.competitive.resize(rows, cols);
    for (int c = 0; c < cols; ++c) {
        const double gc = out.categoryGrowth(c);
        for (int r = 0; r < rows; ++r) {
            out.industryMix(r, c) = e0(r, c) * (gc - out.referenceGrowth);
            out.competitive(r, c) = e1(r, c) - e0(r, c) * (1.0 + gc);
        }
    }
    return out;
}

} // namespace cs::growth
