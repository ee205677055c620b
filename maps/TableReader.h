// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cs {

// Opens any statistical table the app knows, choosing the reader by content: JSON-stat
// (a JSON object), SDMX-CSV (DATAFLOW or STRUCTURE header), a long CSV with mapped
// columns, or a Eurostat wide table (bulk TSV or the SBS spreadsheet form).
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cs::TableReader)
public:
    struct Options
    {
        EurostatTable::Options eurostat;
        // Long tables: role → column name, roles region, industry, year, value, flag.
        QHash<QString, QString> columns;
    };

    // "region=geo,industry=nace,year=time,value=obs" → roles; false with a message.
    static bool parseColumnMapping(const QString &text, QHash<QString, QString> *columns,
                                   QString *error);
    static StatTable read(const QString &path, const Options &options);
    // A long table: one row per (region, industry, year) with the mapped columns.
    static StatTable parseLong(const QByteArray &bytes, const QString &displayName,
                               const Options &options);
};

} // namespace cs
