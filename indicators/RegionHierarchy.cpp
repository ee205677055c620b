// SPDX-License-Identifier: MIT
#include "indicators/RegionHierarchy.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace cs::regions {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

int nutsLevel(const std::string &code)
{
    return code.size() < 2 ? -1 : int(code.size()) - 2;
}

std::string parentCode(const std::string &code, int level)
{
    const std::size_t length = std::size_t(level) + 2;
    return code.size() < length ? std::string() : code.substr(0, length);
}

RegionMapping parentMatrix(const std::vector<std::string> &codes, int fromLevel, int toLevel)
{
    RegionMapping mapping;
    std::unordered_map<std::string, int> parentIndex;
    std::vector<Eigen::Triplet<double>> triplets;
    for (int r = 0; r < int(codes.size()); ++r) {
        if (nutsLevel(codes[r]) != fromLevel || toLevel > fromLevel || toLevel < 0) {
            mapping.skipped.push_back(r);
            continue;
        }
        auto [it, inserted] = parentIndex.emplace(parentCode(codes[r], toLevel),
                                                  int(mapping.parents.size()));
        if (inserted)
            mapping.parents.push_back(it->first);
        triplets.emplace_back(it->second, r, 1.0);
    }
    mapping.matrix.resize(int(mapping.parents.size()), int(codes.size()));
    mapping.matrix.setFromTriplets(triplets.begin(), triplets.end());
    return mapping;
}

Eigen::MatrixXd aggregate(const Eigen::MatrixXd &e, const Eigen::SparseMatrix<double> &parents)
{
    const Eigen::MatrixXd filled = e.array().isNaN().select(0.0, e.array()).matrix();
    const Eigen::MatrixXd known = (!e.array().isNaN()).cast<double>().matrix();
    const Eigen::MatrixXd sums = parents * filled;
    const Eigen::MatrixXd reported = parents * known;
    return (reported.array() > 0).select(sums.array(), kNaN).matrix();
}

EmploymentCube aggregateCube(const EmploymentCube &cube, const RegionMapping &mapping)
{
    EmploymentCube out(mapping.parents, cube.industries(), cube.years());
    const int parentCount = int(mapping.parents.size());
    for (int y = 0; y < cube.yearCount(); ++y) {
        const Eigen::MatrixXd values = aggregate(cube.employment(y), mapping.matrix);
        const Eigen::MatrixXd second =
            cube.hasSecondMeasure() ? aggregate(cube.secondMeasure(y), mapping.matrix)
                                    : Eigen::MatrixXd();
        std::vector<Flags> flags(std::size_t(parentCount) * std::size_t(cube.industryCount()),
                                 kFlagNone);
        for (int p = 0; p < mapping.matrix.outerSize(); ++p) // columns = child regions
            for (Eigen::SparseMatrix<double>::InnerIterator it(mapping.matrix, p); it; ++it)
                for (int i = 0; i < cube.industryCount(); ++i)
                    flags[std::size_t(it.row()) * cube.industryCount() + i] |=
                        cube.flags(int(it.col()), i, y);
        for (int p = 0; p < parentCount; ++p) {
            for (int i = 0; i < cube.industryCount(); ++i) {
                Flags f = flags[std::size_t(p) * cube.industryCount() + i];
                // Missing only when no child reports a value.
                if (!std::isnan(values(p, i)))
                    f &= Flags(~kFlagMissing);
                out.set(p, i, y, values(p, i), f);
                if (cube.hasSecondMeasure())
                    out.setSecondMeasure(p, i, y, second(p, i));
            }
        }
    }
    return out;
}

Reference withPrefix(const std::vector<std::string> &codes, const std::string &prefix)
{
    Reference ref;
    for (int r = 0; r < int(codes.size()); ++r)
        if (codes[r].compare(0, prefix.size(), prefix) == 0)
            ref.push_back(r);
    return ref;
}

Reference customSet(const std::vector<std::string> &codes,
                    const std::vector<std::string> &members, std::vector<std::string> *unknown)
{
    std::unordered_map<std::string, int> index;
    for (int r = 0; r < int(codes.size()); ++r)
        index.emplace(codes[r], r);
    Reference ref;
    for (const std::string &m : members) {
        auto it = index.find(m);
        if (it != index.end())
            ref.push_back(it->second);
        else if (unknown)
            unknown->push_back(m);
    }
    return ref;
}

Reference withoutExtraRegio(const std::vector<std::string> &codes)
{
    Reference ref;
    for (int r = 0; r < int(codes.size()); ++r) {
        const std::string &c = codes[r];
        const bool extra = c.size() >= 3 && c.compare(2, 2, "ZZ") == 0;
        if (!extra)
            ref.push_back(r);
    }
    return ref;
}

} // namespace cs::regions
