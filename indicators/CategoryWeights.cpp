// SPDX-License-Identifier: MIT
#include "indicators/CategoryWeights.h"

#include <algorithm>
#include <unordered_map>

namespace cs {

CategoryWeights CategoryWeights::identity(const std::vector<std::string> &industries)
{
    CategoryWeights w;
    w.m_categories = industries;
    const int n = int(industries.size());
    w.m_matrix.resize(n, n);
    w.m_matrix.setIdentity();
    return w;
}

CategoryWeights CategoryWeights::fromLinks(const std::vector<std::string> &industries,
                                           const std::vector<Link> &links,
                                           std::vector<std::string> *unmapped)
{
    std::unordered_map<std::string, int> industryIndex;
    for (int i = 0; i < int(industries.size()); ++i)
        industryIndex.emplace(industries[i], i);

    CategoryWeights w;
    std::unordered_map<std::string, int> categoryIndex;
    std::vector<Eigen::Triplet<double>> triplets;
    for (const Link &link : links) {
        auto ind = industryIndex.find(link.industry);
        if (ind == industryIndex.end()) {
            if (unmapped && std::find(unmapped->begin(), unmapped->end(), link.industry) ==
                                unmapped->end())
                unmapped->push_back(link.industry);
            continue;
        }
        auto [cat, inserted] = categoryIndex.emplace(link.category, int(w.m_categories.size()));
        if (inserted)
            w.m_categories.push_back(link.category);
        triplets.emplace_back(ind->second, cat->second, link.weight);
    }
    w.m_matrix.resize(int(industries.size()), int(w.m_categories.size()));
    w.m_matrix.setFromTriplets(triplets.begin(), triplets.end());
    return w;
}

int CategoryWeights::categoryIndex(const std::string &code) const
{
    auto it = std::find(m_categories.begin(), m_categories.end(), code);
    return it == m_categories.end() ? -1 : int(it - m_categories.begin());
}

} // namespace cs
