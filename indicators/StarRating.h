// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Measures.h"
#include "indicators/StarParameters.h"

#include <Eigen/Core>

#include <cstdint>

namespace cs {

// Cluster stars of every region × category for one year (see StarParameters for the
// definitions and sources). "Top x %" is ranked among the reference regions with a
// value: the k = ceil(x · n) largest values set the cut-off, ties at the cut-off all
// earn the star, and a value of 0 (or growth ≤ 0) never does. Regions outside the
// reference are rated against the reference's cut-offs. NaN inputs earn no star.
class StarRating
{
public:
    enum Star : std::uint8_t {
        kSize = 1,
        kSpecialisation = 2,
        kFocus = 4,
        kProductivity = 8,
        kGrowth = 16,
    };

    // erc: regions × categories employment; er: region totals; wages (optional):
    // regions × categories of the cube's second measure; growth (optional): regions ×
    // categories, e.g. growth::cagr; wageEmployment (optional): the employment of the
    // cells that report wages (a category's wage per employee pairs the two where some of
    // its industries lack wages), erc when null. Optional inputs of the wrong shape are ignored.
    StarRating(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er, const Reference &reference,
               const StarParameters &parameters = {}, const Eigen::MatrixXd *wages = nullptr,
               const Eigen::MatrixXd *growth = nullptr, const Eigen::MatrixXd *wageEmployment = nullptr);

    // From a cube: categories by `weights`, the cube's second measure (if any) as wages
    // for the productivity star, and employment growth (CAGR) from `fromYearIndex` to
    // `yearIndex` for the growth star when fromYearIndex ≥ 0 names an earlier year.
    static StarRating fromCube(const EmploymentCube &cube, const CategoryWeights &weights,
                               int yearIndex, const Reference &reference,
                               const StarParameters &parameters = {}, int fromYearIndex = -1);

    std::uint8_t stars(int region, int category) const { return m_stars(region, category); }
    bool has(int region, int category, Star star) const { return stars(region, category) & star; }
    // The European Cluster Observatory rating: size + specialisation + focus, 0–3.
    int ecoStars(int region, int category) const;
    // The decision for `star` does not change with the cut-off moved by ±margin.
    bool robust(int region, int category, Star star) const { return m_robust(region, category) & star; }

    // The value compared and the cut-off it was compared with (NaN when not computed).
    double value(int region, int category, Star star) const;
    double threshold(int category, Star star) const;
    // 1-based rank among the reference regions (1 = largest); 0 when the value is NaN.
    int rank(int region, int category, Star star) const;
    // Number of reference regions with a value for `star` in `category`.
    int rankedCount(int category, Star star) const;

    const Eigen::MatrixXd &lq() const { return m_lq; }
    const Eigen::MatrixXd &focus() const { return m_focus; }
    // Wage per employee over the category's average wage per employee in the reference
    // area (a ratio: the wages' unit cancels); NaN where either is missing, empty when
    // the data has no wages.
    const Eigen::MatrixXd &relativeProductivity() const { return m_productivity; }
    // The wages the rating was given, regions × categories in their source's unit; empty
    // without wages.
    const Eigen::MatrixXd &wages() const { return m_wages; }
    const StarParameters &parameters() const { return m_parameters; }
    // The reference regions the cut-offs were ranked among; empty = all regions.
    const Reference &reference() const { return m_reference; }

private:
    const Eigen::MatrixXd *valuesFor(Star star) const;
    static int slot(Star star);

    StarParameters m_parameters;
    Reference m_reference;
    Eigen::MatrixXd m_size;
    Eigen::MatrixXd m_lq;
    Eigen::MatrixXd m_focus;
    Eigen::MatrixXd m_productivity;
    Eigen::MatrixXd m_wages;
    Eigen::MatrixXd m_growth;
    Eigen::Matrix<double, 5, Eigen::Dynamic> m_thresholds;
    Eigen::Matrix<int, 5, Eigen::Dynamic> m_counts;
    Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic> m_stars;
    Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic> m_robust;
};

} // namespace cs
