// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Engine.h"
#include "indicators/Flags.h"
#include "indicators/Measures.h"
#include "indicators/StarParameters.h"

#include <functional>
#include <string>
#include <vector>

namespace cs {

// The numbers behind one region's scores in one category and year, for tooltips, the
// region profile and exports: the inputs of the LQ, the formula with them filled in,
// how each star was decided and whether it survives its cut-off moved by ±margin, and
// the cells left out of the sums because they are confidential or missing.
struct Explanation
{
    struct StarCheck
    {
        bool available = false; // false: the input (e.g. wages) is not in the cube
        bool awarded = false;
        bool robust = false;
        double value = 0.0;     // compared value (e_rc, LQ, focus, relative wage)
        double threshold = 0.0; // cut-off it was compared with
        int rank = 0;           // 1-based among the ranked reference regions; 0 = none
        int rankedCount = 0;
    };
    struct ExcludedCell
    {
        int region = -1;
        int industry = -1;
        Flags flags = kFlagNone;
        bool confidential = false;
    };

    int region = -1;
    int category = -1;
    int year = 0;
    double erc = 0.0; // e_rc
    double er = 0.0;  // e_r (the engine's: summed, or the published total)
    double reported = 0.0;  // the sum of the industries the region reports
    double published = 0.0; // the data's own total of the region, NaN where none
    double coverage = 0.0;  // reported / published, NaN where no published total
    bool incomplete = false; // coverage below the engine's minimum (0.95)
    bool publishedTotal = false; // er is the published total
    double ec = 0.0;  // E_c over the reference area
    double e = 0.0;   // E over the reference area
    double lq = 0.0;
    double focus = 0.0; // e_rc / e_r
    std::string formula; // e.g. "LQ = (e_rc / e_r) / (E_c / E) = (10 / 40) / (40 / 100) = 0.625"
    std::string reason;  // why lq is NaN; empty when it is a number
    StarCheck size, specialisation, focusStar, productivity;
    int ecoStars = 0;
    // Cells missing from e_r (the region's row) or E_c (the category's industries in
    // the reference regions); confidential ones are marked.
    std::vector<ExcludedCell> excluded;
    int confidentialCount = 0;
};

// The Eurostat flags of one cell (row of the engine, industry, year index); empty: none.
using FlagsOf = std::function<Flags(int row, int industry, int yearIndex)>;

// Explains (row, category, yearIndex) of the engine with the numbers it computed
// (its region totals, reference area and star cut-offs). Indices out of range give an
// explanation whose reason says so.
Explanation explain(const Engine &engine, int row, int category, int yearIndex,
                    const FlagsOf &flagsOf = {});

} // namespace cs
