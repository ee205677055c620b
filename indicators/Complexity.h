// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

namespace cs {

// Economic complexity of regions (ECI) and of categories (PCI) from a binary RCA matrix
// M (regions × categories, see relatedness::rca), after Hidalgo & Hausmann (2009), "The
// building blocks of economic complexity", PNAS 106, and Hausmann, Hidalgo et al., The
// Atlas of Economic Complexity (2011). Both are standardised over the regions /
// categories that have one: (x - mean) / sample standard deviation, so they have mean 0
// (orthogonal to the constant vector). Signs: ECI correlates positively with diversity
// and PCI_p is proportional to the mean ECI of the regions with RCA in p. Regions with
// no RCA and categories nowhere ubiquitous are NaN; fewer than two usable ones or a
// zero spread make everything NaN.
namespace complexity {

struct Result
{
    Eigen::VectorXd eci;    // regions
    Eigen::VectorXd pci;    // categories
    double eigenvalue = 0.0; // second largest eigenvalue (eigenvector method only)
};

// Eigenvector of the second largest eigenvalue of M̃ = D⁻¹ M U⁻¹ Mᵀ, found through the
// symmetric categories × categories matrix U^-½ Mᵀ D⁻¹ M U^-½ (cheap for many regions).
Result eigenvector(const Eigen::MatrixXd &m);

// Method of reflections: k_r,N = (1/k_r,0) Σ_p M_rp k_p,N-1 and
// k_p,N = (1/k_p,0) Σ_r M_rp k_r,N-1; ECI = standardised k_r,N for even N (an odd N is
// rounded up), PCI from it as above. Standardised at every step for stability (the
// step is linear and keeps constants constant, so this changes nothing else).
Result reflections(const Eigen::MatrixXd &m, int iterations = 20);

} // namespace complexity
} // namespace cs
