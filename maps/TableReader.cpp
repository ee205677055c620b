// SPDX-License-Identifier: MIT
#include "maps/TableReader.h"

#include "maps/Csv.h"
#include "maps/GdalHandles.h"
#include "maps/JsonStatReader.h"
#include "maps/SdmxCsvReader.h"
#include "maps/ValueValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>

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

// The data rows of a generic table one at a time, with the line (text) or sheet row
// (workbook) each came from; cells() stays valid until the next call of next().
class Rows
{
public:
    virtual ~Rows() = default;
    virtual bool next() = 0;
    virtual int line() const = 0;
    virtual std::span<const QStringView> cells() const = 0;
    // At least the number of rows left, for reserving.
    virtual qsizetype sizeHint() const = 0;
};

// The rows of a text table, each line decoded into one reused buffer and split into views
// of it: no string per line or cell (only quoted cells are copied). Blank lines are
// skipped; the text is read as by QString::fromUtf8 of the whole, BOM dropped.
class TextRows : public Rows
{
public:
    explicit TextRows(QByteArrayView bytes) : m_rest(bytes)
    {
        // QString::fromUtf8 drops a BOM; a second one is the table's (as it always was).
        QString header = QString::fromUtf8(takeLine());
        if (header.endsWith(QLatin1Char('\n')))
            header.chop(1);
        if (header.startsWith(QChar(0xfeff)))
            header.remove(0, 1);
        m_separator = separatorOf(header);
        m_header = splitCsvLine(header, m_separator);
        for (QString &name : m_header)
            name = name.trimmed();
    }

    const QStringList &header() const { return m_header; }

    bool next() override
    {
        while (!m_atEnd) {
            // Decoded with its '\n', so a broken sequence before it reads as in the whole text.
            const QByteArrayView bytes = takeLine();
            m_text.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 bytes
            m_text.truncate(m_decoder.appendToBuffer(m_text.data(), bytes) - m_text.constData());
            QStringView text = m_text;
            if (text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            if (text.trimmed().isEmpty())
                continue;
            m_cells.clear();
            m_copies.clear();
            splitCsvLine(text, m_separator, &m_cells, &m_copies);
            return true;
        }
        return false;
    }
    int line() const override { return m_line; }
    std::span<const QStringView> cells() const override
    {
        return {m_cells.constData(), std::size_t(m_cells.size())};
    }
    qsizetype sizeHint() const override { return m_rest.count('\n') + 1; }

private:
    QByteArrayView takeLine()
    {
        const qsizetype end = m_rest.indexOf('\n');
        const QByteArrayView line = end < 0 ? m_rest : m_rest.first(end + 1);
        m_rest = m_rest.sliced(line.size());
        m_atEnd = end < 0;
        ++m_line;
        return line;
    }

    QByteArrayView m_rest;
    bool m_atEnd = false;
    int m_line = 0;
    QChar m_separator;
    QStringList m_header;
    // A BOM inside the text is a character, as in QString::fromUtf8 of the whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
    QString m_text;
    QList<QStringView> m_cells;
    QStringList m_copies;
};

// The rows of a table read as a whole (a workbook).
class RawRows : public Rows
{
public:
    explicit RawRows(const RawTable &raw) : m_raw(raw) {}
    bool next() override
    {
        if (m_next == m_raw.rows.size())
            return false;
        const Row &row = m_raw.rows[m_next++];
        m_cells.clear();
        for (const QString &cell : row.cells)
            m_cells.append(cell);
        return true;
    }
    int line() const override { return m_raw.rows[m_next - 1].line; }
    std::span<const QStringView> cells() const override
    {
        return {m_cells.constData(), std::size_t(m_cells.size())};
    }
    qsizetype sizeHint() const override { return m_raw.rows.size() - m_next; }

private:
    const RawTable &m_raw;
    qsizetype m_next = 0;
    QList<QStringView> m_cells;
};

// At most `maxRows` data rows (all when negative); blank lines are skipped.
RawTable splitText(const QByteArray &bytes, int maxRows)
{
    TextRows rows(bytes);
    RawTable raw;
    raw.header = rows.header();
    while ((maxRows < 0 || raw.rows.size() < maxRows) && rows.next()) {
        Row row{rows.line(), {}};
        for (QStringView cell : rows.cells())
            row.cells.append(cell.toString());
        raw.rows.append(row);
    }
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
    // At most a line's limit: the kind of an over-long file is never looked at.
    const qsizetype end = bytes.indexOf('\n');
    QString header = QString::fromUtf8(
        bytes.left(std::min<qsizetype>(end < 0 ? bytes.size() : end, limits::kMaxLineBytes)));
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
    // The zip's directory is checked before GDAL unpacks anything.
    if (auto refused = checkWorkbookLimits(path)) {
        *problem = *refused;
        return false;
    }
    QString unavailable;
    const bool ok = gdal::guarded(&unavailable, [&]() -> bool {
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
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        *problem = {path, 0, 0,
                    TableReader::tr("cannot open as a workbook: %1")
                        .arg(reason.isEmpty() ? TableReader::tr("not an XLSX or ODS file GDAL can read")
                                              : reason)};
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
    if (QList<InputProblem> refused; !ValueValidator(path, &refused).checkColumnCount(fields, {1, 0})) {
        *problem = refused.first();
        return false;
    }
    for (int f = 0; f < fields; ++f)
        raw->header.append(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, f))));
    OGR_L_ResetReading(layer);
    while (maxRows < 0 || raw->rows.size() < maxRows) {
        gdal::FeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!feature)
            break;
        if (raw->rows.size() == limits::kMaxRows) {
            *problem = {path, int(OGR_F_GetFID(feature.get())), 0,
                        ValueValidator::tr("more than %1 data lines; the file is not read")
                            .arg(limits::kMaxRows)};
            return false;
        }
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
    });
    if (!unavailable.isEmpty())
        *problem = {path, 0, 0, unavailable};
    return ok;
}

// QStringView::toInt and toDouble go through the locale machinery; the plain digits of
// nearly every cell are read directly, to the same value (std::from_chars rounds correctly,
// as Qt does).
bool isAsciiDigit(QChar ch)
{
    return ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
}

// The year at the start of a cell ("2021", "2021-01"), as left(4).toInt().
int toYear(QStringView cell, bool *ok)
{
    const QStringView head = cell.left(4);
    if (head.size() < 4 || !std::all_of(head.begin(), head.end(), isAsciiDigit))
        return head.toInt(ok);
    *ok = true;
    return std::accumulate(head.begin(), head.end(), 0,
                           [](int year, QChar digit) { return 10 * year + digit.digitValue(); });
}

double toDouble(QStringView cell, bool *ok)
{
    std::array<char, 32> ascii;
    const auto isPlain = [](QChar ch) { return isAsciiDigit(ch) || ch == QLatin1Char('.'); };
    if (cell.size() <= qsizetype(ascii.size()) && std::all_of(cell.begin(), cell.end(), isPlain)) {
        std::transform(cell.begin(), cell.end(), ascii.begin(),
                       [](QChar ch) { return char(ch.unicode()); });
        const char *end = ascii.data() + cell.size();
        double value = 0;
        if (const auto result = std::from_chars(ascii.data(), end, value);
            result.ec == std::errc() && result.ptr == end) {
            *ok = true;
            return value;
        }
    }
    return cell.toDouble(ok);
}

// Region and industry codes repeat on every line: one string per distinct code, found by
// its text without making a string first.
class CodeIndex
{
public:
    int indexOf(QStringView code)
    {
        // Rows of one region usually follow each other.
        if (m_last >= 0 && m_codes.at(m_last) == code)
            return m_last;
        if (const auto it = m_index.constFind(code); it != m_index.cend())
            return m_last = *it;
        m_codes.append(code.toString());
        return m_last = *m_index.insert(m_codes.constLast(), int(m_codes.size()) - 1);
    }
    const QString &code(int index) const { return m_codes.at(index); }

private:
    QStringList m_codes;
    QHash<QStringView, int> m_index; // views of m_codes
    int m_last = -1;
};

struct RecordKey
{
    int region = 0;
    int industry = 0;
    int year = 0;

    friend bool operator==(const RecordKey &, const RecordKey &) = default;
    friend size_t qHash(const RecordKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.region, key.industry, key.year);
    }
};

StatTable parseRows(const QStringList &names, Rows &rows, const QString &displayName,
                    const TableReader::Options &options)
{
    StatTable table;
    table.file = displayName;
    ValueValidator check(displayName, &table.problems, options.eurostat.scale);
    // The scale is of persons (thousands → persons); wages are read as they are.
    ValueValidator wageCheck(displayName, &table.problems);
    if (!check.checkHeader(names, {1, 0}))
        return table;
    QHash<QString, int> at;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it) {
        const int c = int(names.indexOf(it.value()));
        if (c < 0) {
            table.problems.append({displayName, 1, 1,
                                   TableReader::tr("no column '%1' for %2; the header has: %3")
                                       .arg(ValueValidator::quote(it.value()), it.key(),
                                            ValueValidator::quoteList(names))});
            return table;
        }
        at.insert(it.key(), c);
    }
    table.regionDimension = options.columns.value(QStringLiteral("region"));
    table.industryDimension = options.columns.value(QStringLiteral("industry"));
    // The cell of a role, -1 when the role has no column (its cells read as empty); the
    // column named in a message is 1-based.
    const int regionAt = at.value(QStringLiteral("region"), -1);
    const int industryAt = at.value(QStringLiteral("industry"), -1);
    const int yearAt = at.value(QStringLiteral("year"), -1);
    const int valueAt = at.value(QStringLiteral("value"), -1);
    const int flagAt = at.value(QStringLiteral("flag"), -1);
    const int wagesAt = at.value(QStringLiteral("wages"), -1);
    const auto columnOf = [&](const QString &role) { return at.value(role) + 1; };
    if (wagesAt >= 0)
        table.wageMeasure = TableReader::tr("wages (column %1, in the unit of the file)")
                                .arg(ValueValidator::quote(names[wagesAt]));

    CodeIndex regions, industries;
    QSet<RecordKey> seen;
    const qsizetype expected = rows.sizeHint();
    seen.reserve(expected);
    table.records.reserve(expected);
    while (rows.next()) {
        const std::span<const QStringView> cells = rows.cells();
        const int lineNo = rows.line();
        auto cell = [&](int column) {
            return column < 0 ? QStringView() : cells[column].trimmed();
        };
        if (!check.checkWidth(qsizetype(cells.size()), names.size(), {lineNo, 0}))
            continue;
        bool yearOk = false;
        const int year = toYear(cell(yearAt), &yearOk);
        if (!yearOk) {
            table.problems.append({displayName, lineNo, columnOf(QStringLiteral("year")),
                                   TableReader::tr("'%1' is not a year; line skipped")
                                       .arg(ValueValidator::quote(cell(yearAt)))});
            continue;
        }
        if (!check.checkYear(year, {lineNo, columnOf(QStringLiteral("year")), {}}))
            continue;
        const RecordKey key{regions.indexOf(cell(regionAt)), industries.indexOf(cell(industryAt)),
                            year};
        StatRecord record{regions.code(key.region), industries.code(key.industry), year,
                          std::numeric_limits<double>::quiet_NaN(), kFlagNone};
        const auto context = [&] {
            return TableReader::tr("region %1, industry %2, %3")
                .arg(ValueValidator::quote(record.region), ValueValidator::quote(record.industry))
                .arg(year);
        };
        if (seen.contains(key)) {
            table.problems.append({displayName, lineNo, 1,
                                   TableReader::tr("duplicate row for region %1, industry %2, %3; skipped")
                                       .arg(ValueValidator::quote(record.region),
                                            ValueValidator::quote(record.industry))
                                       .arg(year)});
            continue;
        }
        seen.insert(key);
        const QStringView raw = cell(valueAt);
        const ValueValidator::At valueCell{lineNo, columnOf(QStringLiteral("value")), {}};
        bool ok = false;
        const double value = toDouble(raw, &ok);
        if (raw.isEmpty() || raw == QLatin1String(":")) {
            record.flags = kFlagMissing;
        } else if (!ok) {
            if (!check.rejectComma(raw, valueCell, context))
                check.report(valueCell, TableReader::tr("'%1' is not a number (%2); treated as missing")
                                          .arg(ValueValidator::quote(raw), context()));
            record.flags = kFlagMissing;
        } else {
            record.value = check.accept(value, raw, valueCell, context);
            if (std::isnan(record.value))
                record.flags = kFlagMissing;
        }
        if (flagAt >= 0) {
            Flags flags = kFlagNone;
            if (!parseFlags(cell(flagAt).toString().toStdString(), flags))
                table.problems.append({displayName, lineNo, columnOf(QStringLiteral("flag")),
                                       TableReader::tr("'%1' is not a Eurostat flag; ignored")
                                           .arg(ValueValidator::quote(cell(flagAt)))});
            record.flags |= flags;
        }
        if (wagesAt >= 0) {
            // The second measure: checked as the value, missing when blank or `:`.
            const QStringView wage = cell(wagesAt);
            const ValueValidator::At wageCell{lineNo, columnOf(QStringLiteral("wages")), {}};
            bool wageOk = false;
            const double w = toDouble(wage, &wageOk);
            if (wageOk)
                record.wages = wageCheck.accept(w, wage, wageCell, context);
            else if (!wage.isEmpty() && wage != QLatin1String(":") && !wageCheck.rejectComma(wage, wageCell, context))
                wageCheck.report(wageCell, TableReader::tr("wages '%1' are not a number (%2); treated as missing")
                                           .arg(ValueValidator::quote(wage), context()));
        }
        table.records.append(std::move(record));
    }
    check.finish(&table, TableReader::tr("no data rows"));
    return table;
}

// Columns from the options, else the guess from the first rows; an empty map when the
// guess lacks a role.
QHash<QString, QString> columnsFor(const RawTable &head, const TableReader::Options &options,
                                   StatTable *notes, const QString &displayName)
{
    if (!options.columns.isEmpty())
        return options.columns;
    QList<QStringList> sample;
    for (qsizetype i = 0; i < std::min<qsizetype>(50, head.rows.size()); ++i)
        sample.append(head.rows[i].cells);
    const QHash<QString, QString> guess = TableReader::guessColumns(head.header, sample);
    for (const QString &role : TableReader::roles().mid(0, 4)) {
        if (!guess.contains(role)) {
            notes->problems.append(
                {displayName, 1, 0,
                 TableReader::tr("cannot tell which column holds the %1; the header has: %2. Name "
                                 "the columns (--map-columns region=…,industry=…,year=…,value=…)")
                     .arg(TableReader::roleLabel(role), ValueValidator::quoteList(head.header))});
            return {};
        }
    }
    notes->problems.append({displayName, 1, 0,
                            TableReader::tr("columns guessed as %1")
                                .arg(TableReader::formatColumnMapping(guess))});
    return guess;
}

// `head`: the header and at least the first 50 rows of `rows`, to guess the columns from.
StatTable readGeneric(const RawTable &head, Rows &rows, const QString &path,
                      const TableReader::Options &options)
{
    StatTable notes;
    notes.file = path;
    // Before the guess, which looks at every column.
    if (!ValueValidator(path, &notes.problems).checkHeader(head.header, {1, 0}))
        return notes;
    TableReader::Options o = options;
    o.columns = columnsFor(head, options, &notes, path);
    if (o.columns.isEmpty())
        return notes;
    StatTable table = parseRows(head.header, rows, path, o);
    table.problems = notes.problems + table.problems;
    return table;
}

} // namespace

QStringList TableReader::roles()
{
    return {QStringLiteral("region"), QStringLiteral("industry"), QStringLiteral("year"),
            QStringLiteral("value"), QStringLiteral("flag"), QStringLiteral("wages")};
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
    if (role == QLatin1String("wages"))
        return tr("wages (optional)");
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
          QStringLiteral("status"), QStringLiteral("obs_status")}},
        // By name only: a column of numbers could as well be the persons employed.
        {QStringLiteral("wages"),
         {QStringLiteral("wages"), QStringLiteral("wage"), QStringLiteral("wages_and_salaries"),
          QStringLiteral("wages_salaries"), QStringLiteral("salaries"), QStringLiteral("v13320"),
          QStringLiteral("wage_loc_meur"), QStringLiteral("lohn"), QStringLiteral("loehne"),
          QStringLiteral("salaires")}}};
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
        } else if (auto tooLarge = kindOf(bytes) == Kind::JsonStat ? std::nullopt
                                                                   : checkTextLimits(bytes, path)) {
            preview.problem = tooLarge;
        } else {
            preview.kind = kindOf(bytes);
            raw = splitText(bytes, maxRows);
        }
    }
    if (QList<InputProblem> refused;
        !preview.problem && !ValueValidator(path, &refused).checkColumnCount(raw.header.size(), {1, 0})) {
        preview.problem = refused.first();
        raw = RawTable();
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
        RawRows rows(raw);
        return readGeneric(raw, rows, path, options);
    }
    QByteArray bytes;
    StatTable failure;
    if (!readWholeFile(path, &bytes, &failure))
        return failure;
    auto bad = checkTextInput(bytes, path, tr("a table"));
    if (!bad)
        bad = checkUtf8(bytes, path);
    // JSON is often one long line; its reader bounds its own cell count.
    if (!bad && (!options.columns.isEmpty() || kindOf(bytes) != Kind::JsonStat))
        bad = checkTextLimits(bytes, path);
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
    TextRows rows(bytes);
    return readGeneric(splitText(bytes, 50), rows, path, options);
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
    auto bad = checkTextInput(bytes, displayName, tr("a CSV table"));
    if (!bad)
        bad = checkTextLimits(bytes, displayName);
    if (bad) {
        StatTable table;
        table.file = displayName;
        table.problems.append(*bad);
        return table;
    }
    TextRows rows(bytes);
    return parseRows(rows.header(), rows, displayName, options);
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
