// SPDX-License-Identifier: MIT
#include "app/ViewOptions.h"

namespace cs {

Symbology ViewOptions::symbology() const
{
    Symbology s = Symbology::defaultFor(indicator);
    if (method && *method != ClassificationMethod::Stars) {
        s.method = *method;
        s.classes = classes;
    }
    s.palette = palette;
    s.manualBreaks = manualBreaks;
    s.classesPerYear = classesPerYear;
    s.labels = labels;
    s.starSymbols = starSymbols;
    if (symbol)
        s.symbol = *symbol;
    return s;
}

} // namespace cs
