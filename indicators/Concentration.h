// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/Measures.h"

#include <Eigen/Core>

namespace cs {

// Specialisation of regions and concentration of categories for one year's regions ×
// categories employment. s_rc = e_rc / e_r, s_c = E_c / E (reference area); NaN cells
// are left out of every sum as in measures::; NaN where a denominator is zero.
namespace concentration {

// Krugman dissimilarity index per region: K_r = Σ_c |s_rc - s_c|, 0 (same structure as
// the reference) … 2 (no category in common). Krugman (1991), Geography and Trade.
Eigen::VectorXd krugman(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                        const Reference &reference);

// Herfindahl–Hirschman index of a region's own structure: Σ_c s_rc² (1/C … 1).
Eigen::VectorXd herfindahlRegions(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er);
// Herfindahl–Hirschman concentration of each category across the reference regions:
// Σ_r (e_rc / E_c)².
Eigen::RowVectorXd herfindahlCategories(const Eigen::MatrixXd &erc, const Reference &reference);

// Hoover (1936) coefficient of localisation per category:
// H_c = ½ Σ_r |e_rc / E_c - e_r / E| over the reference regions with both known.
Eigen::RowVectorXd hoover(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                          const Reference &reference);

// Locational Gini per category (Krugman 1991, appendix D): regions sorted by ascending
// LQ, Lorenz curve of the cumulative share of the category's employment (y) against
// the cumulative share of total employment (x); G = 1 - Σ_k (x_k - x_{k-1})(y_k + y_{k-1}),
// 0 = spread like total employment, → 1 = all in one small region.
Eigen::RowVectorXd locationalGini(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                                  const Reference &reference);

} // namespace concentration
} // namespace cs
