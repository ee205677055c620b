// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

namespace cs {

// Relatedness between categories from their co-location across regions (Hidalgo,
// Klinger, Barabási & Hausmann 2007, "The Product Space Conditions the Development of
// Nations", Science 317) and the relatedness density of a region in a category
// (Hidalgo et al. 2007; EconGeo's relatedness.density). Inputs are LQ matrices
// (regions × categories); RCA matrices hold 0/1 as doubles so they multiply directly.
namespace relatedness {

// M_rc = 1 where LQ_rc ≥ threshold (1 by default), else 0; NaN LQ counts as 0.
Eigen::MatrixXd rca(const Eigen::MatrixXd &lq, double threshold = 1.0);

// categories × categories: C_ij = number of regions with RCA in both i and j; the
// diagonal is the ubiquity of each category.
Eigen::MatrixXd cooccurrence(const Eigen::MatrixXd &m);

// φ_ij = C_ij / max(C_ii, C_jj) = min(P(RCA_i | RCA_j), P(RCA_j | RCA_i)); 0 where both
// categories are ubiquitous nowhere. The diagonal is 1 for any category with RCA
// somewhere.
Eigen::MatrixXd proximity(const Eigen::MatrixXd &cooccurrence);

// ω_rc = Σ_{j≠c} M_rj φ_jc / Σ_{j≠c} φ_jc: the share of the categories related to c in
// which region r has RCA, in [0, 1]. The diagonal is left out so a region's own RCA in
// c does not count towards its density in c; NaN where c is related to nothing.
Eigen::MatrixXd density(const Eigen::MatrixXd &m, const Eigen::MatrixXd &proximity);

} // namespace relatedness
} // namespace cs
