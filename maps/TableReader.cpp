// SPDX-License-Identifier: MIT
#include "maps/TableReader.h"

#include "maps/Csv.h"
#include "maps/GdalHandles.h"
#include "maps/JsonStatReader.h"
#include "maps/SdmxCsvReader.h"

#include <cpl_conv.h>
#include <cpl_error.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <QSet>

#include <cmath>
#include <limits>

namespace cs {

namespace {

// Rows of a generic table with the line (text) or sheet row (workbook) they came from.
struct Row
{
    int line = 0;
    QStringList cells;
};

struct RawTable
{
    QStringList header;
    QList<Row> rows;
};

QChar separatorOf(QStringView header)
{
    return header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')) ? QLatin1Char(';')
           : header.contains(QLatin1Char('\t'))                           ? QLatin1Char('\t')
                                                                           : QLatin1Char(',');
}

// At most `maxRows` data rows (all when negative); blank lines are skipped.
RawTable splitText(const QByteArray &bytes, int maxRows)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    RawTable raw;
    const QChar separator = separatorOf(lines.first());
    raw.header = splitCsvLine(lines.first(), separator);
    for (QString &name : raw.header)
        name = name.trimmed();
    for (int l = 1; l < lines.size() && (maxRows < 0 || raw.rows.size() < maxRows); ++l)
        if (!lines[l].trimmed().isEmpty())
            raw.rows.append({l + 1, splitCsvLine(lines[l], separator)});
    return raw;
}

bool isYearColumn(const QString &cell)
{
    static const QRegularExpression year(QStringLiteral("^n?\\d{4}$"));
    return year.match(cell.trimmed()).hasMatch();
}

TableReader::Kind kindOf(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(256).trimmed();
    if (head.startsWith('{'))
        return TableReader::Kind::JsonStat;
    if (head.startsWith("DATAFLOW") || head.startsWith("STRUCTURE") ||
        head.startsWith("\xef\xbb\xbf" "DATAFLOW") || head.startsWith("\xef\xbb\xbf" "STRUCTURE"))
        return TableReader::Kind::SdmxCsv;
    const qsizetype end = bytes.indexOf('\n');
    QString header = QString::fromUtf8(bytes.left(end < 0 ? bytes.size() : end));
    const QChar separator = header.contains(QLatin1Char('\t'))  ? QLatin1Char('\t')
                            : header.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                                : QLatin1Char(',');
    for (const QString &cell : header.split(separator))
        if (isYearColumn(cell))
            return TableReader::Kind::EurostatWide;
    return TableReader::Kind::Generic;
}

// The first sheet of an XLSX or ODS workbook; row 1 is the header, every cell as text.
bool readSpreadsheet(const QString &path, int maxRows, RawTable *raw, InputProblem *problem)
{
    GDALAllRegister();
    const char *drivers[] = {"XLSX", "ODS", nullptr};
    const char *openOptions[] = {"HEADERS=FORCE", "FIELD_TYPES=STRING", nullptr};
    // GDAL 3.6's XLSX driver has no open options, only configuration options, read when
    // a sheet is first parsed: set them for this thread until the reading is done (a
    // sheet of text only would otherwise get "Field1" headers).
    struct XlsxOptions
    {
        XlsxOptions()
        {
            CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
            CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
        }
        ~XlsxOptions()
        {
            CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
            CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
        }
    } xlsxOptions;
    CPLErrorReset();
    gdal::DatasetPtr dataset(GDALOpenEx(QFile::encodeName(path).constData(),
                                        GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions,
                                        nullptr));
    if (!dataset) {
        *problem = {path, 0, 0,
                    TableReader::tr("cannot open as a workbook: %1")
                        .arg(QString::fromUtf8(CPLGetLastErrorMsg()))};
        return false;
    }
    OGRLayerH layer = GDALDatasetGetLayerCount(dataset.get()) > 0
                          ? GDALDatasetGetLayer(dataset.get(), 0)
                          : nullptr;
    if (!layer) {
        *problem = {path, 0, 0, TableReader::tr("the workbook has no sheet")};
        return false;
    }
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fields = OGR_FD_GetFieldCount(definition);
    for (int f = 0; f < fields; ++f)
        raw->header.append(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, f))));
    OGR_L_ResetReading(layer);
    while (maxRows < 0 || raw->rows.size() < maxRows) {
        gdal::FeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!feature)
            break;
        Row row;
        // The drivers number features by sheet row (the header is row 1).
        row.line = int(OGR_F_GetFID(feature.get()));
        for (int f = 0; f < fields; ++f)
            row.cells.append(OGR_F_IsFieldSetAndNotNull(feature.get(), f)
                                 ? QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), f))
                                 : QString());
        raw->rows.append(row);
    }
    return true;
}

StatTable parseRows(const RawTable &raw, const QString &displayName, const TableReader::Options &options)
{
    StatTable table;
    table.file = displayName;
    const QStringList &names = raw.header;
    QHash<QString, int> at;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it) {
        const int c = int(names.indexOf(it.value()));
        if (c < 0) {
            table.problems.append({displayName, 1, 1,
                                   TableReader::tr("no column '%1' for %2; the header has: %3")
                                       .arg(it.value(), it.key(), names.join(QStringLiteral(", ")))});
            return table;
        }
        at.insert(it.key(), c);
    }
    table.regionDimension = options.columns.value(QStringLiteral("region"));
    table.industryDimension = options.columns.value(QStringLiteral("industry"));
    QSet<QString> seen;
    for (const Row &row : raw.rows) {
        const QStringList &cells = row.cells;
        const int lineNo = row.line;
        auto cell = [&](const QString &role) { return cells.value(at.value(role, -1)).trimmed(); };
        if (cells.size() < names.size()) {
            table.problems.append({displayName, lineNo, int(cells.size()) + 1,
                                   TableReader::tr("expected %1 cells, found %2; line skipped")
                                       .arg(names.size())
                                       .arg(cells.size())});
            continue;
        }
        bool yearOk = false;
        const int year = cell(QStringLiteral("year")).left(4).toInt(&yearOk);
        if (!yearOk) {
            table.problems.append({displayName, lineNo, at.value(QStringLiteral("year")) + 1,
                                   TableReader::tr("'%1' is not a year; line skipped")
                                       .arg(cell(QStringLiteral("year")))});
            continue;
        }
        StatRecord record{cell(QStringLiteral("region")), cell(QStringLiteral("industry")), year,
                          std::numeric_limits<double>::quiet_NaN(), kFlagNone};
        const QString key = record.region + QLatin1Char('|') + record.industry + QLatin1Char('|') +
                            QString::number(year);
        if (seen.contains(key)) {
            table.problems.append({displayName, lineNo, 1,
                                   TableReader::tr("duplicate row for region %1, industry %2, %3; skipped")
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
                                   TableReader::tr("'%1' is not a number (region %2, industry %3, "
                                                   "%4); treated as missing")
                                       .arg(raw, record.region, record.industry)
                                       .arg(year)});
            record.flags = kFlagMissing;
        } else if (value < 0) {
            table.problems.append({displayName, lineNo, at.value(QStringLiteral("value")) + 1,
                                   TableReader::tr("negative employment %1 (region %2, industry %3, "
                                                   "%4); treated as missing")
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
                                       TableReader::tr("'%1' is not a Eurostat flag; ignored")
                                           .arg(cell(QStringLiteral("flag")))});
            record.flags |= flags;
        }
        table.records.append(record);
    }
    table.ok = !table.records.isEmpty();
    if (!table.ok)
        table.problems.append({displayName, 0, 0, TableReader::tr("no data rows")});
    return table;
}

// Columns from the options, else the guess; an empty map when the guess lacks a role.
QHash<QString, QString> columnsFor(const RawTable &raw, const TableReader::Options &options,
                                   StatTable *notes, const QString &displayName)
{
    if (!options.columns.isEmpty())
        return options.columns;
    QList<QStringList> sample;
    for (qsizetype i = 0; i < std::min<qsizetype>(50, raw.rows.size()); ++i)
        sample.append(raw.rows[i].cells);
    const QHash<QString, QString> guess = TableReader::guessColumns(raw.header, sample);
    for (const QString &role : TableReader::roles().mid(0, 4)) {
        if (!guess.contains(role)) {
            notes->problems.append(
                {displayName, 1, 0,
                 TableReader::tr("cannot tell which column holds the %1; the header has: %2. Name "
                                 "the columns (--map-columns region=…,industry=…,year=…,value=…)")
                     .arg(TableReader::roleLabel(role), raw.header.join(QStringLiteral(", ")))});
            return {};
        }
    }
    notes->problems.append({displayName, 1, 0,
                            TableReader::tr("columns guessed as %1")
                                .arg(TableReader::formatColumnMapping(guess))});
    return guess;
}

StatTable readGeneric(const RawTable &raw, const QString &path, const TableReader::Options &options)
{
    StatTable notes;
    notes.file = path;
    TableReader::Options o = options;
    o.columns = columnsFor(raw, options, &notes, path);
    if (o.columns.isEmpty())
        return notes;
    StatTable table = parseRows(raw, path, o);
    table.problems = notes.problems + table.problems;
    return table;
}

} // namespace

QStringList TableReader::roles()
{
    return {QStringLiteral("region"), QStringLiteral("industry"), QStringLiteral("year"),
            QStringLiteral("value"), QStringLiteral("flag")};
}

QString TableReader::roleLabel(const QString &role)
{
    if (role == QLatin1String("region"))
        return tr("region (NUTS code)");
    if (role == QLatin1String("industry"))
        return tr("industry (NACE code)");
    if (role == QLatin1String("year"))
        return tr("year");
    if (role == QLatin1String("value"))
        return tr("value");
    if (role == QLatin1String("flag"))
        return tr("flag (optional)");
    return role;
}

bool TableReader::parseColumnMapping(const QString &text, QHash<QString, QString> *columns,
                                     QString *error)
{
    const QStringList all = roles();
    columns->clear();
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString column = pair.section(QLatin1Char('='), 1).trimmed();
        if (!all.contains(role) || column.isEmpty()) {
            *error = tr("invalid column mapping '%1'; expected ROLE=COLUMN with roles %2")
                         .arg(pair, all.join(QStringLiteral(", ")));
            return false;
        }
        columns->insert(role, column);
    }
    for (const QString &needed : all.mid(0, 4)) {
        if (!columns->contains(needed)) {
            *error = tr("the column mapping needs %1=COLUMN").arg(needed);
            return false;
        }
    }
    return true;
}

QString TableReader::formatColumnMapping(const QHash<QString, QString> &columns)
{
    QStringList pairs;
    for (const QString &role : roles())
        if (columns.contains(role))
            pairs.append(role + QLatin1Char('=') + columns.value(role));
    return pairs.join(QLatin1Char(','));
}

QHash<QString, QString> TableReader::guessColumns(const QStringList &header,
                                                  const QList<QStringList> &rows)
{
    static const QHash<QString, QStringList> synonyms = {
        {QStringLiteral("region"),
         {QStringLiteral("geo"), QStringLiteral("nuts_id"), QStringLiteral("nuts"),
          QStringLiteral("nuts_code"), QStringLiteral("nuts2"), QStringLiteral("nuts_2"),
          QStringLiteral("nuts3"), QStringLiteral("region"), QStringLiteral("region_code"),
          QStringLiteral("geo_code"), QStringLiteral("regio")}},
        {QStringLiteral("industry"),
         {QStringLiteral("nace_r2"), QStringLiteral("nace"), QStringLiteral("nace_code"),
          QStringLiteral("nace_rev2"), QStringLiteral("nace_rev_2"), QStringLiteral("industry"),
          QStringLiteral("sector"), QStringLiteral("activity"), QStringLiteral("branch")}},
        {QStringLiteral("year"),
         {QStringLiteral("time_period"), QStringLiteral("time"), QStringLiteral("year"),
          QStringLiteral("period"), QStringLiteral("jahr"), QStringLiteral("annee")}},
        {QStringLiteral("value"),
         {QStringLiteral("obs_value"), QStringLiteral("value"), QStringLiteral("values"),
          QStringLiteral("employment"), QStringLiteral("persons_employed"), QStringLiteral("emp"),
          QStringLiteral("employees"), QStringLiteral("persons"), QStringLiteral("count")}},
        {QStringLiteral("flag"),
         {QStringLiteral("obs_flag"), QStringLiteral("flag"), QStringLiteral("flags"),
          QStringLiteral("status"), QStringLiteral("obs_status")}}};
    static const QHash<QString, QRegularExpression> patterns = {
        {QStringLiteral("year"), QRegularExpression(QStringLiteral("^(19|20)\\d\\d"))},
        {QStringLiteral("region"), QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9A-Z]{0,3}$"))},
        {QStringLiteral("industry"),
         QRegularExpression(QStringLiteral("^([A-U](\\d\\d(\\.\\d{1,2})?)?|[A-U][-_][A-U]|TOTAL)$"))},
        {QStringLiteral("value"), QRegularExpression(QStringLiteral("^(-?\\d+([.,]\\d*)?([eE][-+]?\\d+)?|:)$"))},
        {QStringLiteral("flag"), QRegularExpression(QStringLiteral("^[bcdefnpuz ]{1,4}$"))}};

    auto normalised = [](QString name) {
        name = name.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('\\'), 0, 0);
        name = name.trimmed().toLower();
        name.replace(QRegularExpression(QStringLiteral("[\\s.\\-]+")), QStringLiteral("_"));
        return name;
    };
    QHash<QString, QString> guess;
    QSet<int> used;
    // By name, in the order of the synonyms (geo before region …).
    for (const QString &role : roles()) {
        for (const QString &synonym : synonyms.value(role)) {
            for (int c = 0; c < header.size() && !guess.contains(role); ++c) {
                if (!used.contains(c) && normalised(header[c]) == synonym) {
                    guess.insert(role, header[c]);
                    used.insert(c);
                }
            }
        }
    }
    // By content: most non-empty cells of the column look like the role's values.
    for (const QString &role : {QStringLiteral("year"), QStringLiteral("region"),
                                QStringLiteral("industry"), QStringLiteral("value"),
                                QStringLiteral("flag")}) {
        for (int c = 0; c < header.size() && !guess.contains(role); ++c) {
            if (used.contains(c))
                continue;
            int filled = 0, matching = 0;
            for (const QStringList &row : rows) {
                const QString cell = row.value(c).trimmed();
                if (cell.isEmpty())
                    continue;
                ++filled;
                if (patterns.value(role).match(cell).hasMatch())
                    ++matching;
            }
            if (filled > 0 && matching * 10 >= filled * 9) {
                guess.insert(role, header[c]);
                used.insert(c);
            }
        }
    }
    return guess;
}

bool TableReader::isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods");
}

TableReader::Preview TableReader::preview(const QString &path, int maxRows)
{
    Preview preview;
    RawTable raw;
    if (isSpreadsheet(path)) {
        InputProblem problem;
        if (!readSpreadsheet(path, maxRows, &raw, &problem))
            preview.problem = problem;
    } else {
        QByteArray bytes;
        StatTable failure;
        if (!readWholeFile(path, &bytes, &failure)) {
            preview.problem = failure.problems.value(0);
        } else if (auto bad = checkTextInput(bytes, path, tr("a table"))) {
            preview.problem = bad;
        } else if (auto notUtf8 = checkUtf8(bytes, path)) {
            preview.problem = notUtf8;
        } else {
            preview.kind = kindOf(bytes);
            raw = splitText(bytes, maxRows);
        }
    }
    preview.header = raw.header;
    for (const Row &row : std::as_const(raw.rows))
        preview.rows.append(row.cells);
    return preview;
}

StatTable TableReader::read(const QString &path, const Options &options)
{
    if (isSpreadsheet(path)) {
        RawTable raw;
        InputProblem problem;
        if (!readSpreadsheet(path, -1, &raw, &problem)) {
            StatTable failure;
            failure.file = path;
            failure.problems.append(problem);
            return failure;
        }
        // Years as columns: the sheet as `;`-separated text, one line per sheet row (so
        // problems name the row), read like a wide CSV.
        if (options.columns.isEmpty() && std::any_of(raw.header.begin(), raw.header.end(), isYearColumn)) {
            const auto line = [](const QStringList &cells) {
                QStringList clean;
                for (const QString &cell : cells)
                    clean.append(QString(cell).replace(QLatin1Char(';'), QLatin1Char(',')).simplified());
                return clean.join(QLatin1Char(';')).toUtf8();
            };
            QByteArray text = line(raw.header) + '\n';
            int at = 1;
            for (const Row &row : raw.rows) {
                for (++at; at < row.line; ++at)
                    text += '\n';
                text += line(row.cells) + '\n';
            }
            return readWide(text, path, options);
        }
        return readGeneric(raw, path, options);
    }
    QByteArray bytes;
    StatTable failure;
    if (!readWholeFile(path, &bytes, &failure))
        return failure;
    auto bad = checkTextInput(bytes, path, tr("a table"));
    if (!bad)
        bad = checkUtf8(bytes, path);
    if (bad) {
        failure.file = path;
        failure.problems.append(*bad);
        return failure;
    }
    if (!options.columns.isEmpty())
        return parseLong(bytes, path, options);
    switch (kindOf(bytes)) {
    case Kind::JsonStat: return JsonStatReader::parse(bytes, path, options.eurostat);
    case Kind::SdmxCsv: return SdmxCsvReader::parse(bytes, path, options.eurostat);
    case Kind::EurostatWide: return readWide(bytes, path, options);
    case Kind::Generic: break;
    }
    return readGeneric(splitText(bytes, -1), path, options);
}

StatTable TableReader::readWide(const QByteArray &bytes, const QString &path, const Options &options)
{
    {
        // A wide table of the user's own (region;industry;2015;2016): the dimension
        // columns are guessed when the Eurostat names (geo, nace_r2) are not there.
        EurostatTable::Options o = options.eurostat;
        const RawTable raw = splitText(bytes.left(64 * 1024), 50);
        QStringList dimensions;
        for (const QString &name : raw.header) {
            if (isYearColumn(name))
                break;
            dimensions.append(name);
        }
        if (dimensions.size() == 1 || dimensions.contains(o.regionDimension) ||
            dimensions.contains(o.industryDimension))
            return EurostatTable::parse(bytes, path, o);
        const QHash<QString, QString> guess = guessColumns(dimensions, [&] {
            QList<QStringList> rows;
            for (const Row &row : raw.rows)
                rows.append(row.cells.mid(0, dimensions.size()));
            return rows;
        }());
        if (guess.contains(QStringLiteral("region")))
            o.regionDimension = guess.value(QStringLiteral("region"));
        if (guess.contains(QStringLiteral("industry")))
            o.industryDimension = guess.value(QStringLiteral("industry"));
        StatTable table = EurostatTable::parse(bytes, path, o);
        table.problems.prepend({path, 1, 0,
                                tr("columns guessed as region=%1,industry=%2")
                                    .arg(o.regionDimension, o.industryDimension)});
        return table;
    }
}

StatTable TableReader::parseLong(const QByteArray &bytes, const QString &displayName,
                                 const Options &options)
{
    if (auto bad = checkTextInput(bytes, displayName, tr("a CSV table"))) {
        StatTable table;
        table.file = displayName;
        table.problems.append(*bad);
        return table;
    }
    return parseRows(splitText(bytes, -1), displayName, options);
}

std::optional<InputProblem> TableReader::checkUtf8(const QByteArray &bytes, const QString &file)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (c == 0xc0 || c == 0xc1 || c > 0xf4)
            length = 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (b[i + k] & 0xc0) == 0x80;
        // No overlong forms, no surrogates, nothing above U+10FFFF (as QString::fromUtf8).
        if (ok && ((c == 0xe0 && b[i + 1] < 0xa0) || (c == 0xed && b[i + 1] > 0x9f) ||
                   (c == 0xf0 && b[i + 1] < 0x90) || (c == 0xf4 && b[i + 1] > 0x8f)))
            ok = false;
        if (ok) {
            i += length;
            continue;
        }
        const qsizetype lineStart = i == 0 ? 0 : bytes.lastIndexOf('\n', i - 1) + 1;
        const int line = int(bytes.left(lineStart).count('\n')) + 1;
        const int column = int(QString::fromUtf8(bytes.mid(lineStart, i - lineStart)).toUcs4().size()) + 1;
        // The cell around the byte, read as Latin-1, shows the user what was meant.
        qsizetype lineEnd = bytes.indexOf('\n', i);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype from = i, to = i;
        auto isBreak = [](char ch) {
            return ch == ',' || ch == ';' || ch == '\t' || ch == '"' || ch == '\r';
        };
        while (from > lineStart && !isBreak(bytes[from - 1]))
            --from;
        while (to < lineEnd && !isBreak(bytes[to]))
            ++to;
        const QString cell = QString::fromLatin1(bytes.mid(from, std::min<qsizetype>(to - from, 60)));
        return InputProblem{file, line, column,
                            tr("byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is "
                               "probably Latin-1 or Windows-1252: save it as UTF-8")
                                .arg(QString::number(c, 16).toUpper(), cell)};
    }
    return std::nullopt;
}

} // namespace cs
