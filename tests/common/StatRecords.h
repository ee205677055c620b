// SPDX-License-Identifier: MIT
#pragma once

// Looking up records in a table read by one of the Eurostat readers, for their tests.

#include "maps/EurostatTable.h"

#include <QLatin1String>

namespace cs::testing {

// The record of (region, industry, year), or null.
inline const StatRecord *findRecord(const StatTable &t, const char *region, const char *industry, int year)
{
    for (const StatRecord &r : t.records)
        if (r.region == QLatin1String(region) && r.industry == QLatin1String(industry) && r.year == year)
            return &r;
    return nullptr;
}

} // namespace cs::testing
