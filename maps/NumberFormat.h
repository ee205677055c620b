// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The one number format of the program: every panel, table, legend and tooltip shows
// numbers through these functions, in the current default QLocale (decimal mark, group
// separator, percent sign). NaN shows as an en dash.
namespace cs::numbers {

// The en dash shown for a missing value.
QString dash();
// A count (persons employed, regions): no decimals, grouped ("12,345" / "12.345").
QString count(double value);
// A plain number with `decimals` decimals, grouped.
QString fixed(double value, int decimals);
// A location quotient, relative wage or other ratio around 1: two decimals.
QString ratio(double value);
// A score in 0–1 (similarity, complementarity): two decimals.
QString score(double value);
// `fraction` (0.123) as a percentage ("12.3 %"), `decimals` decimals.
QString share(double fraction, int decimals = 1);
// A value already in percent (growth 2.1) with its sign ("+2.1 %").
QString signedPercent(double percent, int decimals = 1);
// The percent suffix: a space and the locale's percent sign (" %"), as on the map legends.
QString percentSuffix();

} // namespace cs::numbers
