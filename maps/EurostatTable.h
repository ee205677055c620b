// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/EmploymentCube.h"
#include "indicators/Flags.h"
#include "maps/InputProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace cs {

struct StatRecord
{
    QString region;
    QString industry;
    int year = 0;
    double value = 0.0; // NaN when the cell holds no number
    Flags flags = kFlagNone;
    // The second measure of the cell, wages and salaries in the unit of the source
    // (Eurostat: million euro); NaN when the table has none or the cell no number.
    double wages = std::numeric_limits<double>::quiet_NaN();
};

// Long records read from a Eurostat table plus every problem met on the way.
struct StatTable
{
    QString file;
    QString regionDimension;
    QString industryDimension;
    QList<StatRecord> records;
    QList<InputProblem> problems;
    bool ok = false; // false when nothing usable was read; problems say why
    // What the records' `wages` are and their unit, e.g. "wages and salaries (V13320),
    // million euro"; empty when the table has no second measure.
    QString wageMeasure;

    // Records of industries for which `keepIndustry` is false are left out (asked once per
    // code); a null function keeps them all.
    using IndustryFilter = std::function<bool(const QString &industry)>;
    // With a wageMeasure, the records' wages become the cube's second measure.
    EmploymentCube toCube(const IndustryFilter &keepIndustry = {}) const;
};

// The indicator dimension of Eurostat's regional SBS tables (indic_sb of sbs_r_nuts06_r2,
// indic_sbs of sbs_r_nuts2021) when no filter pins it: persons employed (V16110,
// EMP_LOC_NR) is the measure, wages and salaries (V13320, WAGE_LOC_MEUR, million euro)
// the second measure; other indicators (local units, value added V12150 …) are set aside
// with a note. A dimension with one value, or without persons employed, is left to the
// readers' usual rule (one value is read, several must be pinned).
class SbsIndicators
{
    Q_DECLARE_TR_FUNCTIONS(cs::SbsIndicators)
public:
    enum class Role { Employment, Wages, Other };
    // `scale`: the reader's (--scale, of persons); wages are kept as the table has them.
    explicit SbsIndicators(double scale = 1.0) : m_scale(scale) {}
    // The dimension among `dimensions` to split by; -1 when there is none or a filter pins it.
    static int dimension(const QStringList &dimensions, const QHash<QString, QString> &filters);
    static Role roleOf(const QString &code);
    // A wage code's description with its unit: "wages and salaries (V13320), million euro".
    static QString wageMeasure(const QString &code);

    // Readers hand every record of the split dimension here with its code, then finish().
    void add(const QString &code, StatRecord record);
    // Into `table`: the employment records, each with the wage of the same region,
    // industry and year, the set-aside indicators noted. False when the codes give no
    // split (several values without persons employed): then `codes` lists them and the
    // reader reports them as it would any unpinned dimension; with one code only, its
    // records are added as the measure.
    bool finish(StatTable *table, QStringList *codes);

private:
    double m_scale = 1.0;
    QList<StatRecord> m_employment;
    QList<StatRecord> m_wages;
    QString m_wageCode;
    QHash<QString, QList<StatRecord>> m_others;
};

// Why `bytes` cannot be a text table — empty, gzip, UTF-16, binary — as a problem of
// `file` (`format` names what was expected); nullopt when they can be.
std::optional<InputProblem> checkTextInput(const QByteArray &bytes, const QString &file,
                                           const QString &format);

// Reads the whole file at `path`; false with a problem naming the file in `failure`.
bool readWholeFile(const QString &path, QByteArray *bytes, StatTable *failure);

// Reads Eurostat "wide" tables: the bulk TSV form (header `unit,nace_r2,geo\TIME_PERIOD`
// then one column per year, cells like `123 e`, `:`, `: c`) and the spreadsheet form of
// the SBS extracts (`nace_r2;geo;n2015`, `;`-separated, `219 d`). Extra dimensions
// (unit, age, sex …) must be pinned with `filters`, e.g. {"age": "Y15-64"}.
class EurostatTable
{
    Q_DECLARE_TR_FUNCTIONS(cs::EurostatTable)
public:
    struct Options
    {
        QString regionDimension = QStringLiteral("geo");
        QString industryDimension = QStringLiteral("nace_r2");
        QHash<QString, QString> filters;
        // Multiplies every value, e.g. 1000 for tables in thousand persons (THS).
        double scale = 1.0;
    };

    static StatTable read(const QString &path, const Options &options);
    // `displayName` names the data in messages (a resource path is not helpful).
    static StatTable parse(const QByteArray &bytes, const QString &displayName,
                           const Options &options);
};

// What the readers of Eurostat formats (EurostatTable, SdmxCsvReader, JsonStatReader)
// share. readTableFile: the file at `path` handed to `parse` (a reader's parse()), or the
// table with the problem that kept it from being read.
using ParseStatTable = StatTable (*)(const QByteArray &bytes, const QString &displayName,
                                     const EurostatTable::Options &options);
StatTable readTableFile(const QString &path, const EurostatTable::Options &options, ParseStatTable parse);
// The start of a reader's parse(): `table` named after `displayName` with the options'
// dimensions. False, with the problem in `table`, when the bytes cannot be a text table
// of `format` (checkTextInput); otherwise `text`, when given, holds them decoded from
// UTF-8 without a byte-order mark.
bool startTable(const QByteArray &bytes, const QString &displayName, const EurostatTable::Options &options,
                const QString &format, StatTable *table, QString *text = nullptr);

} // namespace cs
