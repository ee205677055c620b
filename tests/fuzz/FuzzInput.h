// SPDX-License-Identifier: MIT
#pragma once

// What the reader fuzz targets share: the reader options chosen by the input's first
// byte (so the fuzzer explores filters, scales and column mappings too), the rest as
// the file's bytes.
#include "maps/EurostatTable.h"
#include "maps/TableReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace cs::fuzz {

struct Input
{
    EurostatTable::Options eurostat;
    TableReader::Options table;
    QByteArray bytes;
};

inline Input split(const uint8_t *data, size_t size)
{
    Input in;
    const uint8_t selector = size > 0 ? data[0] : 0;
    if (size > 0) {
        ++data;
        --size;
    }
    if (selector & 1)
        in.eurostat.filters.insert(QStringLiteral("unit"), QStringLiteral("THS"));
    if (selector & 2)
        in.eurostat.filters.insert(QStringLiteral("age"), QStringLiteral("Y15-64"));
    if (selector & 4)
        in.eurostat.scale = 1000.0;
    if (selector & 8)
        in.eurostat.regionDimension = QStringLiteral("GEO");
    in.table.eurostat = in.eurostat;
    if (selector & 16) {
        QString error;
        TableReader::parseColumnMapping(QStringLiteral("region=geo,industry=nace_r2,year=TIME_PERIOD,"
                                                       "value=OBS_VALUE,flag=OBS_FLAG"),
                                        &in.table.columns, &error);
    }
    // fromRawData would not copy, but the readers may keep slices: own the bytes.
    in.bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    return in;
}

} // namespace cs::fuzz
