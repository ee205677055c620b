// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"

#include <Eigen/Core>

#include <vector>

namespace cs {

// Region indices forming the reference area of a measure; empty = all regions.
using Reference = std::vector<int>;

// Measures on one year's regions × industries employment matrix e (NaN = missing).
// Conventions (EconGeo's location.quotient): e_r is the region's sum over the
// industries it reports, E_c and E sum over the regions of the reference area; NaN
// cells are left out of every sum. A result is NaN where its denominator is zero or
// where every input it needs is missing.
namespace measures {

// Row sums skipping NaN; NaN where the whole row is missing.
Eigen::VectorXd regionTotals(const Eigen::MatrixXd &e);

// regions × categories: e · W with NaN cells skipped; NaN where no industry of the
// category is reported for that region.
Eigen::MatrixXd aggregate(const Eigen::MatrixXd &e, const CategoryWeights &weights);

// Employment of each category summed over the reference regions (NaN skipped).
Eigen::RowVectorXd referenceTotals(const Eigen::MatrixXd &erc, const Reference &reference);
double referenceTotal(const Eigen::VectorXd &er, const Reference &reference);

// e_rc / E_c: the region's share of the reference area's employment in the category.
Eigen::MatrixXd share(const Eigen::MatrixXd &erc, const Reference &reference);

// e_rc / e_r: the category's share of the region's employment (focus).
Eigen::MatrixXd focus(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er);

// LQ_rc = (e_rc / e_r) / (E_c / E).
Eigen::MatrixXd locationQuotient(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                                 const Reference &reference);

} // namespace measures
} // namespace cs
