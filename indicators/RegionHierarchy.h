// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/EmploymentCube.h"
#include "indicators/Measures.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <string>
#include <vector>

namespace cs {

// NUTS codes → parent regions by code prefix (NUTS 3 "AT111" → NUTS 2 "AT11" → NUTS 1
// "AT1" → country "AT"), and the reference areas measures compare against.
// Extra-regio codes ("ATZZZ") aggregate like any other code.
namespace regions {

// 0 for a country code ("AT"), 1–3 for NUTS 1–3; -1 for a code shorter than 2.
int nutsLevel(const std::string &code);
// The prefix of `code` at `level` ("AT111", 1 → "AT1"); empty when code is above level.
std::string parentCode(const std::string &code, int level);

struct RegionMapping
{
    std::vector<std::string> parents;       // codes at the target level, first-seen order
    Eigen::SparseMatrix<double> matrix;     // parents × regions, 1 where region ⊂ parent
    std::vector<int> skipped;               // region indices not at fromLevel (left out)
};

// Maps every code of NUTS level `fromLevel` to its prefix at `toLevel` (≤ fromLevel).
// Codes of other levels are skipped so mixed-level lists are not double counted.
RegionMapping parentMatrix(const std::vector<std::string> &codes, int fromLevel, int toLevel);

// parents × columns: P · e with NaN cells skipped; NaN where no child reports the cell
// (the same rule as measures::aggregate for industries).
Eigen::MatrixXd aggregate(const Eigen::MatrixXd &e, const Eigen::SparseMatrix<double> &parents);

// The cube at the parent level: values summed NaN-skipping, second measure likewise,
// flags OR-ed over the children (a confidential child marks its parent).
EmploymentCube aggregateCube(const EmploymentCube &cube, const RegionMapping &mapping);

// Reference areas as region index vectors (see measures::Reference). Beware: an empty
// Reference means "all regions" to the measures, so check a prefix or set that matched
// nothing before using it.
inline Reference allRegions() { return {}; }
// Regions whose code starts with `prefix` ("DE" = Germany, "DE1" = Baden-Württemberg).
Reference withPrefix(const std::vector<std::string> &codes, const std::string &prefix);
// The regions named in `members`; names not in `codes` go to `unknown`.
Reference customSet(const std::vector<std::string> &codes,
                    const std::vector<std::string> &members,
                    std::vector<std::string> *unknown = nullptr);
// All regions except those whose code ends with "ZZ" / "ZZZ" (extra-regio).
Reference withoutExtraRegio(const std::vector<std::string> &codes);

} // namespace regions
} // namespace cs
