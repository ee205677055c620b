// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cs {

// Eurostat observation flags as a bit set; one cell may carry several ("bu").
// https://ec.europa.eu/eurostat/data/database/information (flag legend).
enum Flag : std::uint16_t {
    kFlagNone = 0,
    kFlagBreak = 1 << 0,        // b: break in time series
    kFlagConfidential = 1 << 1, // c: confidential
    kFlagDefinition = 1 << 2,   // d: definition differs
    kFlagEstimated = 1 << 3,    // e: estimated
    kFlagForecast = 1 << 4,     // f: forecast
    kFlagNotSignificant = 1 << 5, // n: not significant
    kFlagProvisional = 1 << 6,  // p: provisional
    kFlagRevised = 1 << 7,      // r: revised
    kFlagEurostatEstimate = 1 << 8, // s: Eurostat estimate
    kFlagLowReliability = 1 << 9, // u: low reliability
    kFlagNotApplicable = 1 << 10, // z: not applicable
    kFlagMissing = 1 << 11,     // ':' or an empty cell: not available
    kFlagSeeMetadata = 1 << 12, // i: see metadata (Eurostat's flag before 2019)
};

using Flags = std::uint16_t;

// Parses flag letters such as "bu"; returns false on a letter Eurostat does not use.
inline bool parseFlags(std::string_view letters, Flags &out)
{
    out = kFlagNone;
    for (char ch : letters) {
        switch (ch) {
        case 'b': out |= kFlagBreak; break;
        case 'c': out |= kFlagConfidential; break;
        case 'd': out |= kFlagDefinition; break;
        case 'e': out |= kFlagEstimated; break;
        case 'f': out |= kFlagForecast; break;
        case 'n': out |= kFlagNotSignificant; break;
        case 'p': out |= kFlagProvisional; break;
        case 'r': out |= kFlagRevised; break;
        case 's': out |= kFlagEurostatEstimate; break;
        case 'u': out |= kFlagLowReliability; break;
        case 'z': out |= kFlagNotApplicable; break;
        case 'i': out |= kFlagSeeMetadata; break;
        default: return false;
        }
    }
    return true;
}

inline std::string flagLetters(Flags f)
{
    static constexpr char kLetters[] = "bcdefnprsuz";
    std::string s;
    for (int i = 0; i < 11; ++i)
        if (f & (1 << i))
            s += kLetters[i];
    if (f & kFlagSeeMetadata)
        s += 'i';
    return s;
}

} // namespace cs
