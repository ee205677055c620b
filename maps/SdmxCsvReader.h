// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

// Reads Eurostat SDMX-CSV, one observation per row, into the same StatTable as
// EurostatTable: version 1.0 (`DATAFLOW,LAST UPDATE,freq,unit,…,geo,TIME_PERIOD,OBS_VALUE,
// OBS_FLAG`) and 2.0 (`STRUCTURE,STRUCTURE_ID[,STRUCTURE_NAME][,ACTION],…,OBS_FLAG[,CONF_STATUS]`),
// also with `labels=both` (`geo:Geopolitical entity` headers, `ITC4:Lombardia` cells, or the
// 2.0 label columns that follow each code column). RFC 4180 quoting, fields may span lines.
// Problems carry the physical line where the row starts and the 1-based field number as
// column, like EurostatTable. Annual data only: TIME_PERIOD must be a year.
class SdmxCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cs::SdmxCsvReader)
public:
    using Options = EurostatTable::Options;

    static StatTable read(const QString &path, const Options &options);
    // `displayName` names the data in messages.
    static StatTable parse(const QByteArray &bytes, const QString &displayName,
                           const Options &options);
};

} // namespace cs
