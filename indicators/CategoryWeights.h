// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/SparseCore>

#include <string>
#include <vector>

namespace cs {

// Industries → categories as a sparse industries × categories weight matrix, so one
// industry may feed several categories (fractional weights) and a category sums many
// industries. The identity mapping makes every industry its own category.
class CategoryWeights
{
public:
    struct Link
    {
        std::string industry;
        std::string category;
        double weight = 1.0;
    };

    static CategoryWeights identity(const std::vector<std::string> &industries);
    // Links naming an industry that is not in `industries` are returned in `unmapped`
    // and otherwise ignored; categories keep the order of their first appearance.
    static CategoryWeights fromLinks(const std::vector<std::string> &industries,
                                     const std::vector<Link> &links,
                                     std::vector<std::string> *unmapped = nullptr);

    const std::vector<std::string> &categories() const { return m_categories; }
    int categoryCount() const { return int(m_categories.size()); }
    int categoryIndex(const std::string &code) const;
    // industries × categories.
    const Eigen::SparseMatrix<double> &matrix() const { return m_matrix; }

private:
    std::vector<std::string> m_categories;
    Eigen::SparseMatrix<double> m_matrix;
};

} // namespace cs
