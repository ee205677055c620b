// SPDX-License-Identifier: MIT
#include "indicators/Relatedness.h"

#include <algorithm>
#include <limits>

namespace cs::relatedness {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// φ with its diagonal set to 0, and the column sums of that matrix.
Eigen::MatrixXd offDiagonal(const Eigen::MatrixXd &proximity, Eigen::RowVectorXd &related)
{
    Eigen::MatrixXd phi = proximity;
    phi.diagonal().setZero();
    related = phi.colwise().sum();
    return phi;
}

void normaliseColumns(Eigen::MatrixXd &out, const Eigen::RowVectorXd &related)
{
    for (int c = 0; c < out.cols(); ++c) {
        if (related(c) > 0.0)
            out.col(c) /= related(c);
        else
            out.col(c).setConstant(kNaN);
    }
}
} // namespace

Eigen::MatrixXd rca(const Eigen::MatrixXd &lq, double threshold)
{
    // NaN >= threshold is false, so missing LQ gives 0.
    return (lq.array() >= threshold).cast<double>().matrix();
}

Eigen::MatrixXd cooccurrence(const Eigen::MatrixXd &m)
{
    Eigen::MatrixXd c(m.cols(), m.cols());
    c.setZero();
    c.selfadjointView<Eigen::Lower>().rankUpdate(m.transpose());
    c.triangularView<Eigen::StrictlyUpper>() = c.transpose();
    return c;
}

Eigen::MatrixXd proximity(const Eigen::MatrixXd &cooccurrence)
{
    const Eigen::VectorXd ubiquity = cooccurrence.diagonal();
    const int n = int(cooccurrence.rows());
    Eigen::MatrixXd phi(n, n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double den = std::max(ubiquity(i), ubiquity(j));
            phi(i, j) = den > 0.0 ? cooccurrence(i, j) / den : 0.0;
        }
    return phi;
}

Eigen::MatrixXd density(const Eigen::MatrixXd &m, const Eigen::MatrixXd &proximity)
{
    Eigen::RowVectorXd related;
    const Eigen::MatrixXd phi = offDiagonal(proximity, related);
    Eigen::MatrixXd out = m * phi;
    normaliseColumns(out, related);
    return out;
}

} // namespace cs::relatedness
