// SPDX-License-Identifier: MIT
#pragma once

namespace cs {

// Thresholds of the cluster star ratings; every default is the published one.
//
// Size, specialisation, focus: European Cluster Observatory star methodology
// (Center for Strategy and Competitiveness, Stockholm School of Economics; C. Ketels &
// S. Protsiv, "Methodology and Findings Report for a Cluster Mapping of Related
// Sectors", European Cluster Observatory, 2014). A region earns one star per
// dimension: size = its category employment is in the top 10 % of all regions in that
// category, specialisation = LQ ≥ 2, focus = the category's share of the region's total
// employment is in the top 10 % of regions; 0–3 stars in all.
//
// Productivity and growth ("dynamism"): additional dimensions in the style of the
// European Cluster Panorama 2016 (Ketels & Protsiv, European Commission 2016/17):
// wages per employee relative to the category average, and employment growth. The
// Panorama's own cut-offs are not reproduced here; the defaults mirror the ECO top-10 %
// rule and are parameters so a user can align them with the report they cite.
struct StarParameters
{
    double sizeTopShare = 0.10;        // ECO: top 10 % of regions by e_rc
    double specialisationMinLq = 2.0;  // ECO: LQ ≥ 2
    double focusTopShare = 0.10;       // ECO: top 10 % of regions by e_rc / e_r
    double productivityTopShare = 0.10; // Panorama-style, optional
    double growthTopShare = 0.10;       // Panorama-style, optional; growth must be > 0
    // Robustness: a star (or its absence) is robust when the decision is the same with
    // the cut-off value moved down and up by this fraction (0.10 = ±10 %): LQ 2 → 1.8 and
    // 2.2, a size cut-off of 1000 employees → 900 and 1100. The region that sets a top-x %
    // cut-off itself is therefore never robust: it is the marginal one.
    double robustnessMargin = 0.10;
};

} // namespace cs
