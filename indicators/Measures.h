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
//
// Edge cases, the same in every indicator file (tests in tests/indicators):
// - zero or missing denominator (e_r = 0, E_c = 0, e0 = 0 for growth) → NaN, never ±inf;
//   cs::explain() says which one.
// - confidential / missing cells are NaN in the cube (flag kept): left out of e_r, E_c
//   and E, listed by cs::explain(); a category whose every industry is missing in a
//   region is NaN there, not 0.
// - a category with no employment anywhere: LQ, share NaN; no stars; its Hoover, Gini
//   and Herfindahl NaN; relatedness 0 and density NaN.
// - a region missing a year: NaN in that year; growth and shift-share leave it out of
//   the reference totals of both years.
// - a single region: LQ 1 wherever it reports; top-x % stars go to it; no ECI, no peers.
namespace measures {

// Row sums skipping NaN; NaN where the whole row is missing.
Eigen::VectorXd regionTotals(const Eigen::MatrixXd &e);

// regions × categories: e · W with NaN cells skipped; NaN where no industry of the
// category is reported for that region.
Eigen::MatrixXd aggregate(const Eigen::MatrixXd &e, const CategoryWeights &weights);
// regions × categories: `e` aggregated over the industry cells where `other` (same
// shape) has a number too. A category's wage per employee pairs the two measures:
// aggregatePaired(wages, e) / aggregatePaired(e, wages).
Eigen::MatrixXd aggregatePaired(const Eigen::MatrixXd &e, const Eigen::MatrixXd &other,
                               const CategoryWeights &weights);

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

// ln LQ: symmetric around 0 for over- and under-representation; -infinity where
// e_rc = 0, NaN where LQ is NaN.
Eigen::MatrixXd logLocationQuotient(const Eigen::MatrixXd &lq);

// (LQ - 1) / (LQ + 1) in [-1, 1) (Dalum, Laursen & Villumsen 1998); NaN where LQ is NaN.
Eigen::MatrixXd symmetricLocationQuotient(const Eigen::MatrixXd &lq);

} // namespace measures
} // namespace cs
