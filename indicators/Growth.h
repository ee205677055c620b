// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/Measures.h"

#include <Eigen/Core>

namespace cs {

// Change of regions × categories employment between a start and an end year.
// Element-wise; NaN where either year is missing.
namespace growth {

// e1 - e0.
Eigen::MatrixXd absoluteChange(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1);
// 100 · (e1 - e0) / e0, in percent; NaN where e0 = 0.
Eigen::MatrixXd percentChange(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1);
// Compound annual growth rate (e1 / e0)^(1 / years) - 1, as a fraction per year; NaN
// where e0 ≤ 0, e1 < 0 or years ≤ 0.
Eigen::MatrixXd cagr(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1, double years);

// Classic shift-share (Dunn 1960; Esteban-Marquillas 1972 notation) of Δe_rc = e1 - e0:
//   reference    = e0_rc · g            g    = E1 / E0 - 1 (all categories)
//   industryMix  = e0_rc · (g_c - g)    g_c  = E1_c / E0_c - 1
//   competitive  = e1_rc - e0_rc · (1 + g_c)   (= e0_rc · (g_rc - g_c) where e0_rc > 0)
// so reference + industryMix + competitive = actual exactly. Reference totals are taken
// over the reference regions' cells known in BOTH years, so a region missing a year
// does not fake growth or decline; E0/E1 likewise from er0/er1 of regions known in both.
struct ShiftShare
{
    Eigen::MatrixXd actual;
    Eigen::MatrixXd reference;
    Eigen::MatrixXd industryMix;
    Eigen::MatrixXd competitive;
    double referenceGrowth = 0.0;          // g
    Eigen::RowVectorXd categoryGrowth;     // g_c
};

ShiftShare shiftShare(const Eigen::MatrixXd &e0, const Eigen::MatrixXd &e1,
                      const Eigen::VectorXd &er0, const Eigen::VectorXd &er1,
                      const Reference &reference);

} // namespace growth
} // namespace cs
