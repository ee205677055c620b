// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

// Reads a JSON-stat 2.0 dataset as the Eurostat statistics API returns it (`id`, `size`,
// `dimension.{id}.category.index`, `value` as a dense array or a sparse object keyed by
// the flat row-major index, `status` for flags) into the same StatTable as EurostatTable.
// Every cell of the selected slice becomes a record; absent values are NaN + kFlagMissing.
// Problems name the JSON path in the message (line 0), e.g. `value["12"]: not a number`;
// only syntax errors carry a line and column.
class JsonStatReader
{
    Q_DECLARE_TR_FUNCTIONS(cs::JsonStatReader)
public:
    using Options = EurostatTable::Options;

    static StatTable read(const QString &path, const Options &options);
    static StatTable parse(const QByteArray &bytes, const QString &displayName,
                           const Options &options);
};

} // namespace cs
