// SPDX-License-Identifier: MIT
#include "indicators/Measures.h"

#include <cmath>
#include <limits>

namespace cs::measures {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double safeDivide(double num, double den)
{
    if (std::isnan(num) || std::isnan(den) || den == 0.0)
        return kNaN;
    return num / den;
}

template <typename Fn> void forEachReferenceRow(int rows, const Reference &reference, Fn fn)
{
    if (reference.empty()) {
        for (int r = 0; r < rows; ++r)
            fn(r);
    } else {
        for (int r : reference)
            fn(r);
    }
}
} // namespace

Eigen::VectorXd regionTotals(const Eigen::MatrixXd &e)
{
    const Eigen::ArrayXXd known = e.array().isNaN().select(0.0, Eigen::ArrayXXd::Ones(e.rows(), e.cols()));
    const Eigen::VectorXd sums = e.array().isNaN().select(0.0, e.array()).rowwise().sum().matrix();
    const Eigen::VectorXd counts = known.rowwise().sum().matrix();
    return (counts.array() > 0).select(sums.array(), kNaN).matrix();
}

Eigen::MatrixXd aggregate(const Eigen::MatrixXd &e, const CategoryWeights &weights)
{
    const Eigen::MatrixXd filled = e.array().isNaN().select(0.0, e.array()).matrix();
    const Eigen::MatrixXd known = e.array().isNaN().select(0.0, Eigen::ArrayXXd::Ones(e.rows(), e.cols())).matrix();
    // Contributors counted through the pattern of W (weights may be fractional).
    Eigen::SparseMatrix<double> pattern = weights.matrix();
    for (int k = 0; k < pattern.outerSize(); ++k)
        for (Eigen::SparseMatrix<double>::InnerIterator it(pattern, k); it; ++it)
            it.valueRef() = it.value() != 0.0 ? 1.0 : 0.0;
    const Eigen::MatrixXd sums = filled * weights.matrix();
    const Eigen::MatrixXd reported = known * pattern;
    return (reported.array() > 0).select(sums.array(), kNaN).matrix();
}

Eigen::RowVectorXd referenceTotals(const Eigen::MatrixXd &erc, const Reference &reference)
{
    // Column by column: the matrix is column-major.
    Eigen::RowVectorXd totals = Eigen::RowVectorXd::Zero(erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        double sum = 0.0;
        if (reference.empty()) {
            const double *column = erc.col(c).data();
            for (Eigen::Index r = 0; r < erc.rows(); ++r)
                sum += std::isnan(column[r]) ? 0.0 : column[r];
        } else {
            for (int r : reference)
                sum += std::isnan(erc(r, c)) ? 0.0 : erc(r, c);
        }
        totals(c) = sum;
    }
    return totals;
}

double referenceTotal(const Eigen::VectorXd &er, const Reference &reference)
{
    double total = 0.0;
    forEachReferenceRow(int(er.size()), reference, [&](int r) {
        if (!std::isnan(er(r)))
            total += er(r);
    });
    return total;
}

Eigen::MatrixXd share(const Eigen::MatrixXd &erc, const Reference &reference)
{
    const Eigen::RowVectorXd ec = referenceTotals(erc, reference);
    Eigen::MatrixXd out(erc.rows(), erc.cols());
    for (int c = 0; c < erc.cols(); ++c)
        for (int r = 0; r < erc.rows(); ++r)
            out(r, c) = safeDivide(erc(r, c), ec(c));
    return out;
}

Eigen::MatrixXd focus(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er)
{
    Eigen::MatrixXd out(erc.rows(), erc.cols());
    for (int c = 0; c < erc.cols(); ++c)
        for (int r = 0; r < erc.rows(); ++r)
            out(r, c) = safeDivide(erc(r, c), er(r));
    return out;
}

Eigen::MatrixXd locationQuotient(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                                 const Reference &reference)
{
    const Eigen::RowVectorXd ec = referenceTotals(erc, reference);
    const double total = referenceTotal(er, reference);
    Eigen::MatrixXd out(erc.rows(), erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        const double refShare = safeDivide(ec(c), total);
        for (int r = 0; r < erc.rows(); ++r)
            out(r, c) = safeDivide(safeDivide(erc(r, c), er(r)), refShare);
    }
    return out;
}

Eigen::MatrixXd logLocationQuotient(const Eigen::MatrixXd &lq)
{
    // log(0) = -inf and log(NaN) = NaN, as documented.
    return lq.array().log().matrix();
}

Eigen::MatrixXd symmetricLocationQuotient(const Eigen::MatrixXd &lq)
{
    return ((lq.array() - 1.0) / (lq.array() + 1.0)).matrix();
}

} // namespace cs::measures
