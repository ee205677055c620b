// SPDX-License-Identifier: MIT
#include "maps/SdmxCsvReader.h"

#include "maps/ValueValidator.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace cs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct CsvRow
{
    int line = 0; // physical line where the row starts, 1-based
    QStringList cells;
};

// RFC 4180: quoted fields may hold separators, doubled quotes and line breaks.
// Returns the line of an unterminated quote in `unterminatedAt` (0 when none).
QList<CsvRow> splitCsv(const QString &text, int &unterminatedAt)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    int line = 1;
    int quoteStart = 0;
    row.line = 1;
    auto endRow = [&] {
        row.cells.append(cell);
        cell.clear();
        if (rowHasContent || row.cells.size() > 1)
            rows.append(row);
        row = CsvRow();
        rowHasContent = false;
    };
    unterminatedAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                if (ch != QLatin1Char('\r'))
                    cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            quoteStart = line;
            rowHasContent = true;
        } else if (ch == QLatin1Char(',')) {
            row.cells.append(cell);
            cell.clear();
        } else if (ch == QLatin1Char('\n')) {
            endRow();
            ++line;
            row.line = line;
        } else if (ch != QLatin1Char('\r')) {
            cell += ch;
            rowHasContent = true;
        }
    }
    if (quoted)
        unterminatedAt = quoteStart;
    if (rowHasContent || !row.cells.isEmpty())
        endRow();
    return rows;
}

// Eurostat's CONF_STATUS codes (SDMX CL_CONF_STATUS); F = free for publication.
bool parseConfStatus(const QString &code, Flags &flags)
{
    flags = kFlagNone;
    if (code.isEmpty() || code == QLatin1String("F"))
        return true;
    static const QSet<QString> confidential = {QStringLiteral("C"), QStringLiteral("D"),
                                               QStringLiteral("N"), QStringLiteral("S"),
                                               QStringLiteral("A")};
    if (!confidential.contains(code))
        return false;
    flags = kFlagConfidential;
    return true;
}

// "ITC4:Lombardia" (labels=both) → "ITC4".
QString codeOf(const QString &cell, bool labelled)
{
    const QString trimmed = cell.trimmed();
    if (!labelled)
        return trimmed;
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    return colon < 0 ? trimmed : trimmed.left(colon).trimmed();
}

} // namespace

StatTable SdmxCsvReader::read(const QString &path, const Options &options)
{
    return readTableFile(path, options, &SdmxCsvReader::parse);
}

StatTable SdmxCsvReader::parse(const QByteArray &bytes, const QString &displayName,
                               const Options &options)
{
    StatTable table;
    QString text;
    if (!startTable(bytes, displayName, options, QStringLiteral("SDMX-CSV"), &table, &text))
        return table;
    auto fail = [&](int line, int column, const QString &message) {
        table.problems.append({displayName, line, column, message});
        return table;
    };

    if (text.trimmed().startsWith(QLatin1Char('<')))
        return fail(1, 1, tr("the file is XML or HTML, not SDMX-CSV (an error page or a "
                             "queued-request notice?)"));
    if (text.trimmed().startsWith(QLatin1Char('{')))
        return fail(1, 1, tr("the file is JSON, not SDMX-CSV; open it as JSON-stat"));

    int unterminatedAt = 0;
    QList<CsvRow> rows = splitCsv(text, unterminatedAt);
    if (rows.isEmpty())
        return fail(0, 0, tr("the file is empty"));

    // Header: classify every column.
    const CsvRow &headerRow = rows.first();
    const QStringList header = headerRow.cells;
    ValueValidator check(displayName, &table.problems, options.scale);
    QStringList components(header.size()); // names of the component columns, label columns empty
    if (!check.checkColumnCount(header.size(), {headerRow.line, 0}))
        return table;
    const bool hasStructureName = header.contains(QStringLiteral("STRUCTURE_NAME"));
    static const QSet<QString> ignored = {QStringLiteral("DATAFLOW"),
                                          QStringLiteral("LAST UPDATE"),
                                          QStringLiteral("STRUCTURE"),
                                          QStringLiteral("STRUCTURE_ID"),
                                          QStringLiteral("STRUCTURE_NAME")};
    int timeColumn = -1, valueColumn = -1, flagColumn = -1, confColumn = -1, actionColumn = -1;
    QStringList dimensions;   // names, in column order
    QList<int> dimensionColumns;
    QSet<int> labelledColumns; // cells "CODE:label"
    for (int c = 0; c < header.size(); ++c) {
        QString name = header[c].trimmed();
        bool labelled = false;
        if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon > 0) {
            name = name.left(colon).trimmed();
            labelled = true;
        }
        if (ignored.contains(name))
            continue;
        components[c] = name;
        if (name == QLatin1String("ACTION"))
            actionColumn = c;
        else if (name == QLatin1String("TIME_PERIOD"))
            timeColumn = c;
        else if (name == QLatin1String("OBS_VALUE"))
            valueColumn = c;
        else if (name == QLatin1String("OBS_FLAG") || name == QLatin1String("OBS_STATUS"))
            flagColumn = c;
        else if (name == QLatin1String("CONF_STATUS"))
            confColumn = c;
        else {
            if (name.isEmpty())
                return fail(headerRow.line, c + 1, tr("column %1 of the header has no name").arg(c + 1));
            if (dimensions.contains(name))
                return fail(headerRow.line, c + 1, tr("column '%1' appears twice").arg(name));
            dimensions.append(name);
            dimensionColumns.append(c);
        }
        if (labelled)
            labelledColumns.insert(c);
        // SDMX-CSV 2.0 with labels=both: each component column is followed by its label.
        if (hasStructureName && name != QLatin1String("ACTION"))
            ++c;
    }
    if (!check.checkHeader(components, {headerRow.line, 0}))
        return table;
    if (timeColumn < 0 || valueColumn < 0)
        return fail(headerRow.line, 1,
                    tr("not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1")
                        .arg(ValueValidator::quoteList(header)));
    const int regionDim = int(dimensions.indexOf(options.regionDimension));
    const int industryDim = int(dimensions.indexOf(options.industryDimension));
    if (regionDim < 0 || industryDim < 0)
        return fail(headerRow.line, 1,
                    tr("the header needs the dimensions '%1' and '%2'; it has: %3")
                        .arg(options.regionDimension, options.industryDimension,
                             ValueValidator::quoteList(dimensions)));
    QHash<int, QString> filterAt;
    for (auto it = options.filters.begin(); it != options.filters.end(); ++it) {
        const int d = int(dimensions.indexOf(it.key()));
        if (d < 0)
            return fail(headerRow.line, 1, tr("filter on unknown dimension '%1'").arg(it.key()));
        filterAt.insert(d, it.value());
    }
    std::map<int, std::set<QString>> unpinnedValues;
    // The SBS indicator dimension splits into the measure and the wages.
    const int indicatorDim = SbsIndicators::dimension(dimensions, options.filters);
    SbsIndicators indicators(options.scale);

    QSet<QString> seen;
    const qsizetype columnCount = header.size();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows[r];
        const QStringList &cells = row.cells;
        const int lineNo = row.line;
        if (!check.checkWidth(cells.size(), columnCount, {lineNo, 0}))
            continue;
        if (actionColumn >= 0 && cells[actionColumn].trimmed() == QLatin1String("D"))
            continue; // SDMX "delete" action: not an observation
        QStringList keys;
        keys.reserve(dimensions.size());
        bool keep = true;
        for (int d = 0; d < dimensions.size(); ++d) {
            const int c = dimensionColumns[d];
            keys.append(codeOf(cells[c], labelledColumns.contains(c)));
            if (d == regionDim || d == industryDim || d == indicatorDim)
                continue;
            if (auto f = filterAt.constFind(d); f != filterAt.constEnd())
                keep = keep && keys[d] == *f;
            else
                unpinnedValues[d].insert(keys[d]);
        }
        if (!keep)
            continue;
        const QString region = keys[regionDim];
        const QString industry = keys[industryDim];
        const QString quotedRegion = ValueValidator::quote(region);
        const QString quotedIndustry = ValueValidator::quote(industry);
        const QString period = codeOf(cells[timeColumn], labelledColumns.contains(timeColumn));
        bool yearOk = period.size() == 4;
        const int year = yearOk ? period.toInt(&yearOk) : 0;
        if (!yearOk) {
            table.problems.append({displayName, lineNo, timeColumn + 1,
                                   tr("TIME_PERIOD '%1' is not a year (region %2, industry %3); "
                                      "only annual data is read; line skipped")
                                       .arg(ValueValidator::quote(period), quotedRegion, quotedIndustry)});
            continue;
        }
        if (!check.checkYear(year, {lineNo, timeColumn + 1},
                             tr("region %1, industry %2").arg(quotedRegion, quotedIndustry)))
            continue;
        const QString key = keys.join(QLatin1Char('|')) + QLatin1Char('|') + period;
        if (seen.contains(key)) {
            table.problems.append({displayName, lineNo, 1,
                                   tr("duplicate observation for region %1, industry %2, %3; "
                                      "skipped")
                                       .arg(quotedRegion, quotedIndustry)
                                       .arg(year)});
            continue;
        }
        seen.insert(key);

        Flags flags = kFlagNone;
        if (flagColumn >= 0) {
            QString letters = codeOf(cells[flagColumn], labelledColumns.contains(flagColumn));
            if (letters.contains(QLatin1Char(':'))) {
                letters.remove(QLatin1Char(':'));
                flags |= kFlagMissing;
            }
            letters.remove(QLatin1Char(' '));
            Flags parsed = kFlagNone;
            if (parseFlags(letters.toStdString(), parsed))
                flags |= parsed;
            else
                table.problems.append({displayName, lineNo, flagColumn + 1,
                                       tr("'%1' is not a Eurostat flag (region %2, industry %3, "
                                          "%4); ignored")
                                           .arg(ValueValidator::quote(cells[flagColumn]), quotedRegion,
                                                quotedIndustry)
                                           .arg(year)});
        }
        if (confColumn >= 0) {
            const QString code = codeOf(cells[confColumn], labelledColumns.contains(confColumn));
            Flags conf = kFlagNone;
            if (parseConfStatus(code, conf))
                flags |= conf;
            else
                table.problems.append({displayName, lineNo, confColumn + 1,
                                       tr("'%1' is not a confidentiality status (region %2, "
                                          "industry %3, %4); ignored")
                                           .arg(ValueValidator::quote(code), quotedRegion, quotedIndustry)
                                           .arg(year)});
        }
        const QString raw = cells[valueColumn].trimmed();
        double value = kNaN;
        if (raw.isEmpty() || raw == QLatin1String(":") || raw == QLatin1String("NaN")) {
            flags |= kFlagMissing;
        } else {
            const ValueValidator::At at{lineNo, valueColumn + 1, {}};
            const auto context = [&] {
                return tr("region %1, industry %2, %3").arg(quotedRegion, quotedIndustry).arg(year);
            };
            bool isNumber = false;
            const double parsed = raw.toDouble(&isNumber);
            if (isNumber)
                value = check.accept(parsed, raw, at, context);
            else if (!check.rejectComma(raw, at, context))
                check.report(at, tr("'%1' is not a number (%2); treated as missing")
                                     .arg(ValueValidator::quote(raw), context()));
            if (std::isnan(value))
                flags |= kFlagMissing;
        }
        if (indicatorDim >= 0)
            indicators.add(keys[indicatorDim], {region, industry, year, value, flags});
        else
            table.records.append({region, industry, year, value, flags});
    }
    QStringList indicatorCodes;
    if (indicatorDim >= 0 && !indicators.finish(&table, &indicatorCodes))
        unpinnedValues[indicatorDim].insert(indicatorCodes.begin(), indicatorCodes.end());
    if (unterminatedAt > 0)
        table.problems.append({displayName, unterminatedAt, 0,
                               tr("a quoted field is not closed before the end of the file "
                                  "(truncated download?)")});
    for (const auto &[d, values] : unpinnedValues) {
        if (values.size() > 1) {
            QStringList list(values.begin(), values.end());
            table.records.clear();
            table.problems.clear();
            return fail(headerRow.line, dimensionColumns[d] + 1,
                        tr("dimension '%1' has several values (%2); choose one")
                            .arg(dimensions[d], ValueValidator::quoteList(list)));
        }
    }
    check.finish(&table, tr("no data rows matched"));
    return table;
}

} // namespace cs
