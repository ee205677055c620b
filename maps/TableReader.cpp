// SPDX-License-Identifier: MIT
#include "maps/TableReader.h"

#include "maps/Csv.h"
#include "maps/JsonStatReader.h"
#include "maps/SdmxCsvReader.h"

#include <QFile>
#include <QSet>

#include <cmath>
#include <limits>

namespace cs {

bool TableReader::parseColumnMapping(const QString &text, QHash<QString, QString> *columns,
                                     QString *error)
{
    static const QStringList roles = {QStringLiteral("region"), QStringLiteral("industry"),
                                      QStringLiteral("year"), QStringLiteral("value"),
                                      QStringLiteral("flag")};
    columns->clear();
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString column = pair.section(QLatin1Char('='), 1).trimmed();
        if (!roles.contains(role) || column.isEmpty()) {
            *error = tr("invalid column mapping '%1'; expected ROLE=COLUMN with roles %2")
                         .arg(pair, roles.join(QStringLiteral(", ")));
            return false;
        }
        columns->insert(role, column);
    }
    for (const QString &needed : roles.mid(0, 4)) {
        if (!columns->contains(needed)) {
            *error = tr("the column mapping needs %1=COLUMN").arg(needed);
            return false;
        }
    }
    return true;
}

StatTable TableReader::read(const QString &path, const Options &options)
{
    QByteArray bytes;
    StatTable failure;
    if (!readWholeFile(path, &bytes, &failure))
        return failure;
    if (!options.columns.isEmpty())
        return parseLong(bytes, path, options);
    const QByteArray head = bytes.left(256).trimmed();
    if (head.startsWith('{'))
        return JsonStatReader::parse(bytes, path, options.eurostat);
    if (head.startsWith("DATAFLOW") || head.startsWith("STRUCTURE") ||
        head.startsWith("\xef\xbb\xbf" "DATAFLOW") || head.startsWith("\xef\xbb\xbf" "STRUCTURE"))
        return SdmxCsvReader::parse(bytes, path, options.eurostat);
    return EurostatTable::parse(bytes, path, options.eurostat);
}

StatTable TableReader::parseLong(const QByteArray &bytes, const QString &displayName,
                                 const Options &options)
{
    StatTable table;
    table.file = displayName;
    if (auto bad = checkTextInput(bytes, displayName, tr("a CSV table"))) {
        table.problems.append(*bad);
        return table;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    const QStringView header = lines.first();
    const QChar separator = header.count(QLatin1Char(';')) > header.count(QLatin1Char(','))
                                ? QLatin1Char(';')
                            : header.contains(QLatin1Char('\t')) ? QLatin1Char('\t')
                                                                 : QLatin1Char(',');
    const QStringList names = splitCsvLine(header, separator);
    QHash<QString, int> at;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it) {
        const int c = int(names.indexOf(it.value()));
        if (c < 0) {
            table.problems.append({displayName, 1, 1,
                                   tr("no column '%1' for %2; the header has: %3")
                                       .arg(it.value(), it.key(), names.join(QStringLiteral(", ")))});
            return table;
        }
        at.insert(it.key(), c);
    }
    QSet<QString> seen;
    for (int l = 1; l < lines.size(); ++l) {
        if (lines[l].trimmed().isEmpty())
            continue;
        const QStringList cells = splitCsvLine(lines[l], separator);
        const int lineNo = l + 1;
        auto cell = [&](const QString &role) { return cells.value(at.value(role, -1)).trimmed(); };
        if (cells.size() < names.size()) {
            table.problems.append({displayName, lineNo, int(cells.size()) + 1,
                                   tr("expected %1 cells, found %2; line skipped")
                                       .arg(names.size())
                                       .arg(cells.size())});
            continue;
        }
        bool yearOk = false;
        const int year = cell(QStringLiteral("year")).left(4).toInt(&yearOk);
        if (!yearOk) {
            table.problems.append({displayName, lineNo, at.value(QStringLiteral("year")) + 1,
                                   tr("'%1' is not a year; line skipped").arg(cell(QStringLiteral("year")))});
            continue;
        }
        StatRecord record{cell(QStringLiteral("region")), cell(QStringLiteral("industry")), year,
                          std::numeric_limits<double>::quiet_NaN(), kFlagNone};
        const QString key = record.region + QLatin1Char('|') + record.industry + QLatin1Char('|') +
                            QString::number(year);
        if (seen.contains(key)) {
            table.problems.append({displayName, lineNo, 1,
                                   tr("duplicate row for region %1, industry %2, %3; skipped")
                                       .arg(record.region, record.industry)
                                       .arg(year)});
            continue;
        }
        seen.insert(key);
        const QString raw = cell(QStringLiteral("value"));
        bool ok = false;
        const double value = raw.toDouble(&ok);
        if (raw.isEmpty() || raw == QLatin1String(":")) {
            record.flags = kFlagMissing;
        } else if (!ok || !std::isfinite(value)) {
            table.problems.append({displayName, lineNo, at.value(QStringLiteral("value")) + 1,
                                   tr("'%1' is not a number (region %2, industry %3, %4); treated "
                                      "as missing")
                                       .arg(raw, record.region, record.industry)
                                       .arg(year)});
            record.flags = kFlagMissing;
        } else if (value < 0) {
            table.problems.append({displayName, lineNo, at.value(QStringLiteral("value")) + 1,
                                   tr("negative employment %1 (region %2, industry %3, %4); "
                                      "treated as missing")
                                       .arg(raw, record.region, record.industry)
                                       .arg(year)});
            record.flags = kFlagMissing;
        } else {
            record.value = value * options.eurostat.scale;
        }
        if (at.contains(QStringLiteral("flag"))) {
            Flags flags = kFlagNone;
            if (!parseFlags(cell(QStringLiteral("flag")).toStdString(), flags))
                table.problems.append({displayName, lineNo, at.value(QStringLiteral("flag")) + 1,
                                       tr("'%1' is not a Eurostat flag; ignored")
                                           .arg(cell(QStringLiteral("flag")))});
            record.flags |= flags;
        }
        table.records.append(record);
    }
    table.ok = !table.records.isEmpty();
    if (!table.ok)
        table.problems.append({displayName, 0, 0, tr("no data rows")});
    return table;
}

} // namespace cs
