// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

// Opens any statistical table the app knows, choosing the reader by content: JSON-stat
// (a JSON object), SDMX-CSV (DATAFLOW or STRUCTURE header), a Eurostat wide table (bulk
// TSV or the SBS spreadsheet form, year columns), or a generic long table (CSV/TSV, or an
// XLSX/ODS workbook's first sheet through OGR) with mapped columns.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cs::TableReader)
public:
    struct Options
    {
        EurostatTable::Options eurostat;
        // Long tables: role → column name, roles region, industry, year, value, flag,
        // wages (the second measure, wages and salaries in the file's unit).
        // Empty: the reader's guess (guessColumns) when it finds the four needed roles.
        QHash<QString, QString> columns;
    };

    enum class Kind { JsonStat, SdmxCsv, EurostatWide, Generic };

    // The header and first rows of a table as text, for the column-mapping step.
    struct Preview
    {
        Kind kind = Kind::Generic;
        QStringList header;
        QList<QStringList> rows;
        std::optional<InputProblem> problem; // set when the file cannot be read
    };

    // region, industry, year, value (needed), flag, wages (optional).
    static QStringList roles();
    static QString roleLabel(const QString &role);
    // "region=geo,industry=nace,year=time,value=obs[,flag=…][,wages=…]" → roles; false
    // with a message.
    static bool parseColumnMapping(const QString &text, QHash<QString, QString> *columns,
                                   QString *error);
    // The inverse of parseColumnMapping, roles in the order of roles().
    static QString formatColumnMapping(const QHash<QString, QString> &columns);
    // Role → column name guessed from the header names (geo, nace_r2, TIME_PERIOD,
    // OBS_VALUE, OBS_FLAG and common synonyms), then from the cells of `rows` (NUTS-like
    // codes, NACE-like codes, years, numbers, Eurostat flags). Each column gets one role.
    static QHash<QString, QString> guessColumns(const QStringList &header,
                                                const QList<QStringList> &rows);
    // XLSX and ODS are read through OGR; everything else as text.
    static bool isSpreadsheet(const QString &path);
    static Preview preview(const QString &path, int maxRows = 20);

    static StatTable read(const QString &path, const Options &options);
    // A long table: one row per (region, industry, year) with the mapped columns.
    static StatTable parseLong(const QByteArray &bytes, const QString &displayName,
                               const Options &options);
    // A problem at the first byte that is not UTF-8, with its line and column; nullopt
    // for valid UTF-8 (a BOM is fine).
    static std::optional<InputProblem> checkUtf8(const QByteArray &bytes, const QString &file);

private:
    // A wide table (dimension columns, then one column per year) as `;`-separated text.
    static StatTable readWide(const QByteArray &bytes, const QString &path, const Options &options);
};

} // namespace cs
