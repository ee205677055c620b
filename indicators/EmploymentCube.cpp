// SPDX-License-Identifier: MIT
#include "indicators/EmploymentCube.h"

#include <algorithm>
#include <limits>

namespace cs {

namespace {
std::unordered_map<std::string, int> indexOf(const std::vector<std::string> &codes)
{
    std::unordered_map<std::string, int> map;
    for (int i = 0; i < int(codes.size()); ++i)
        map.emplace(codes[i], i);
    return map;
}
} // namespace

EmploymentCube::EmploymentCube(std::vector<std::string> regions,
                               std::vector<std::string> industries, std::vector<int> years)
    : m_regions(std::move(regions)), m_industries(std::move(industries)),
      m_years(std::move(years)), m_regionIndex(indexOf(m_regions)),
      m_industryIndex(indexOf(m_industries))
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m_values.assign(m_years.size(), Eigen::MatrixXd::Constant(regionCount(), industryCount(), nan));
    m_flags.assign(m_years.size() * m_regions.size() * m_industries.size(), kFlagMissing);
}

int EmploymentCube::regionIndex(const std::string &code) const
{
    auto it = m_regionIndex.find(code);
    return it == m_regionIndex.end() ? -1 : it->second;
}

int EmploymentCube::industryIndex(const std::string &code) const
{
    auto it = m_industryIndex.find(code);
    return it == m_industryIndex.end() ? -1 : it->second;
}

int EmploymentCube::yearIndex(int year) const
{
    auto it = std::find(m_years.begin(), m_years.end(), year);
    return it == m_years.end() ? -1 : int(it - m_years.begin());
}

std::size_t EmploymentCube::flagIndex(int region, int industry, int yearIndex) const
{
    return (std::size_t(yearIndex) * m_regions.size() + std::size_t(region)) * m_industries.size() +
           std::size_t(industry);
}

Flags EmploymentCube::flags(int region, int industry, int yearIndex) const
{
    return m_flags[flagIndex(region, industry, yearIndex)];
}

void EmploymentCube::set(int region, int industry, int yearIndex, double value, Flags flags)
{
    m_values[yearIndex](region, industry) = value;
    m_flags[flagIndex(region, industry, yearIndex)] = flags;
}

void EmploymentCube::setSecondMeasure(int region, int industry, int yearIndex, double value)
{
    if (!m_second) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        m_second.emplace(m_years.size(),
                         Eigen::MatrixXd::Constant(regionCount(), industryCount(), nan));
    }
    (*m_second)[yearIndex](region, industry) = value;
}

EmploymentCube EmploymentCube::selectRegions(const std::vector<int> &regionIndices) const
{
    std::vector<std::string> codes;
    codes.reserve(regionIndices.size());
    for (int r : regionIndices)
        codes.push_back(m_regions[r]);
    EmploymentCube out(std::move(codes), m_industries, m_years);
    for (int y = 0; y < yearCount(); ++y) {
        for (int k = 0; k < int(regionIndices.size()); ++k) {
            const int r = regionIndices[k];
            for (int i = 0; i < industryCount(); ++i) {
                out.set(k, i, y, m_values[y](r, i), flags(r, i, y));
                if (m_second)
                    out.setSecondMeasure(k, i, y, (*m_second)[y](r, i));
            }
        }
    }
    return out;
}

} // namespace cs
