// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/Flags.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cs {

// Regions × industries × years of employment (persons), one dense matrix per year.
// Missing or confidential cells are NaN; the Eurostat flag of every cell is kept beside
// its value. An optional second measure (e.g. wages, in the unit of its source) shares
// the same shape.
class EmploymentCube
{
public:
    EmploymentCube() = default;
    EmploymentCube(std::vector<std::string> regions, std::vector<std::string> industries,
                   std::vector<int> years);

    const std::vector<std::string> &regions() const { return m_regions; }
    const std::vector<std::string> &industries() const { return m_industries; }
    const std::vector<int> &years() const { return m_years; }
    int regionCount() const { return int(m_regions.size()); }
    int industryCount() const { return int(m_industries.size()); }
    int yearCount() const { return int(m_years.size()); }

    // -1 when absent.
    int regionIndex(const std::string &code) const;
    int industryIndex(const std::string &code) const;
    int yearIndex(int year) const;

    // regions × industries for one year index; NaN = missing.
    const Eigen::MatrixXd &employment(int yearIndex) const { return m_values[yearIndex]; }
    Eigen::MatrixXd &employment(int yearIndex) { return m_values[yearIndex]; }
    double value(int region, int industry, int yearIndex) const
    {
        return m_values[yearIndex](region, industry);
    }
    Flags flags(int region, int industry, int yearIndex) const;
    void set(int region, int industry, int yearIndex, double value, Flags flags = kFlagNone);

    bool hasSecondMeasure() const { return m_second.has_value(); }
    const Eigen::MatrixXd &secondMeasure(int yearIndex) const { return (*m_second)[yearIndex]; }
    void setSecondMeasure(int region, int industry, int yearIndex, double value);

    // A cube restricted to the given region indices (order kept), e.g. one NUTS level.
    EmploymentCube selectRegions(const std::vector<int> &regionIndices) const;

private:
    std::size_t flagIndex(int region, int industry, int yearIndex) const;

    std::vector<std::string> m_regions;
    std::vector<std::string> m_industries;
    std::vector<int> m_years;
    std::unordered_map<std::string, int> m_regionIndex;
    std::unordered_map<std::string, int> m_industryIndex;
    std::vector<Eigen::MatrixXd> m_values;
    std::optional<std::vector<Eigen::MatrixXd>> m_second;
    std::vector<Flags> m_flags; // year-major, then region, then industry
};

} // namespace cs
