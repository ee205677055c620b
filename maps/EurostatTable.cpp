// SPDX-License-Identifier: MIT
#include "maps/EurostatTable.h"

#include "maps/ValueValidator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace cs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Cell
{
    double value = kNaN;
    Flags flags = kFlagNone;
    bool ok = true;
    bool isNumber = false; // `value` is the number read, still to be validated
};

// `123`, `123.4 e`, `:`, `: c`, `d`, `` (blank = not available).
Cell parseCell(QStringView text)
{
    Cell cell;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty() || trimmed == QLatin1String(":")) {
        cell.flags = kFlagMissing;
        return cell;
    }
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString number = space < 0 ? trimmed : trimmed.left(space);
    const QString letters = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    Flags flags = kFlagNone;
    if (number == QLatin1String(":")) {
        cell.ok = parseFlags(letters.toStdString(), flags);
        cell.flags = flags | kFlagMissing;
        return cell;
    }
    bool isNumber = false;
    const double value = number.toDouble(&isNumber);
    if (isNumber) {
        cell.ok = parseFlags(letters.toStdString(), flags);
        cell.value = value;
        cell.flags = flags;
        cell.isNumber = true;
        return cell;
    }
    // A flag with no value, as the SBS extracts write confidential cells ("d").
    if (space < 0 && parseFlags(number.toStdString(), flags)) {
        cell.flags = flags | kFlagMissing;
        return cell;
    }
    cell.ok = false;
    cell.flags = kFlagMissing;
    return cell;
}

QList<QStringView> splitLine(QStringView line, QChar separator)
{
    QList<QStringView> cells;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == separator) {
            cells.append(line.mid(start, i - start));
            start = i + 1;
        }
    }
    return cells;
}

} // namespace

std::optional<InputProblem> checkTextInput(const QByteArray &bytes, const QString &file,
                                           const QString &format)
{
    auto problem = [&](int line, const QString &message) {
        return std::optional<InputProblem>(InputProblem{file, line, line, message});
    };
    if (QByteArrayView(bytes).trimmed().isEmpty())
        return problem(0, EurostatTable::tr("the file is empty"));
    if (bytes.startsWith("\x1f\x8b"))
        return problem(0, EurostatTable::tr("the file is gzip-compressed; unpack it first"));
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return problem(1, EurostatTable::tr("the file is UTF-16; save it as UTF-8"));
    if (bytes.contains('\0'))
        return problem(0, EurostatTable::tr("the file is binary, not %1").arg(format));
    return std::nullopt;
}

bool readWholeFile(const QString &path, QByteArray *bytes, StatTable *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failure->file = path;
        failure->problems.append({path, 0, 0,
                                  QCoreApplication::translate("cs::EurostatTable", "cannot open: %1")
                                      .arg(file.errorString())});
        return false;
    }
    // A file's size is known before reading; a pipe or a device (an endless /dev/zero) is
    // read in pieces up to one byte past the limit.
    bytes->clear();
    bool tooLarge = false;
    if (!file.isSequential()) {
        tooLarge = file.size() > limits::kMaxFileBytes;
        if (!tooLarge)
            *bytes = file.readAll();
    } else {
        while (bytes->size() <= limits::kMaxFileBytes) {
            const QByteArray piece = file.read(1 << 20);
            if (piece.isEmpty())
                break;
            bytes->append(piece);
        }
        tooLarge = bytes->size() > limits::kMaxFileBytes;
    }
    if (tooLarge) {
        bytes->clear();
        failure->file = path;
        failure->problems.append({path, 0, 0,
                                  QCoreApplication::translate("cs::ValueValidator",
                                                              "the file is larger than %1 MiB; not read")
                                      .arg(limits::kMaxFileBytes >> 20)});
        return false;
    }
    return true;
}

StatTable readTableFile(const QString &path, const EurostatTable::Options &options, ParseStatTable parse)
{
    QByteArray bytes;
    StatTable failure;
    if (!readWholeFile(path, &bytes, &failure))
        return failure;
    return parse(bytes, path, options);
}

bool startTable(const QByteArray &bytes, const QString &displayName, const EurostatTable::Options &options,
                const QString &format, StatTable *table, QString *text)
{
    table->file = displayName;
    table->regionDimension = options.regionDimension;
    table->industryDimension = options.industryDimension;
    auto bad = checkTextInput(bytes, displayName, format);
    if (!bad && text)
        bad = checkTextLimits(bytes, displayName);
    if (bad) {
        table->problems.append(*bad);
        return false;
    }
    if (text) {
        *text = QString::fromUtf8(bytes);
        if (text->startsWith(QChar(0xfeff)))
            text->remove(0, 1);
    }
    return true;
}

StatTable EurostatTable::read(const QString &path, const Options &options)
{
    return readTableFile(path, options, &EurostatTable::parse);
}

StatTable EurostatTable::parse(const QByteArray &bytes, const QString &displayName,
                               const Options &options)
{
    StatTable table;
    QString text;
    if (!startTable(bytes, displayName, options, tr("a Eurostat table"), &table, &text))
        return table;
    auto fail = [&](int line, int column, const QString &message) {
        table.problems.append({displayName, line, column, message});
        return table;
    };

    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));

    QStringView header = lines.first();
    if (header.endsWith(QLatin1Char('\r')))
        header.chop(1);
    const QChar separator = header.contains(QLatin1Char('\t'))  ? QLatin1Char('\t')
                            : header.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                                : QLatin1Char(',');
    const QList<QStringView> headerCells = splitLine(header, separator);
    ValueValidator check(displayName, &table.problems, options.scale);
    if (!check.checkColumnCount(headerCells.size(), {1, 0}))
        return table;

    // Dimension columns, then one column per year.
    QStringList dimensions;
    int firstYearColumn = -1;
    QList<int> years;
    bool packedDimensions = false; // bulk TSV: "unit,nace_r2,geo\TIME_PERIOD" in cell 1
    static const QRegularExpression yearPattern(QStringLiteral("^n?(\\d{4})$"));
    for (int c = 0; c < headerCells.size(); ++c) {
        const QString cell = headerCells[c].trimmed().toString();
        const auto match = yearPattern.match(cell);
        if (match.hasMatch()) {
            if (firstYearColumn < 0)
                firstYearColumn = c;
            years.append(match.captured(1).toInt());
            continue;
        }
        if (firstYearColumn >= 0)
            return fail(1, c + 1, tr("column '%1' after the year columns is not a year")
                                      .arg(ValueValidator::quote(cell)));
        if (c == 0 && separator != QLatin1Char(',') && cell.contains(QLatin1Char(','))) {
            packedDimensions = true;
            const QString dims = cell.section(QLatin1Char('\\'), 0, 0);
            dimensions = dims.split(QLatin1Char(','));
        } else {
            dimensions.append(cell);
        }
    }
    if (firstYearColumn < 0)
        return fail(1, 1, tr("no year columns in the header (expected e.g. 2015 or n2015)"));
    // The same year twice ("2015" and "n2015") is a duplicate column, as is a dimension.
    QStringList names = packedDimensions ? QStringList{headerCells.first().toString()} : dimensions;
    for (int year : std::as_const(years))
        names.append(QString::number(year));
    if ((packedDimensions && !check.checkHeader(dimensions, {1, 1})) || !check.checkHeader(names, {1, 0}))
        return table;
    for (int y = 0; y < years.size(); ++y)
        if (!check.checkYear(years[y], {1, firstYearColumn + y + 1}))
            return table;
    const int regionDim = int(dimensions.indexOf(options.regionDimension));
    const int industryDim = int(dimensions.indexOf(options.industryDimension));
    if (regionDim < 0 || industryDim < 0)
        return fail(1, 1,
                    tr("the header needs the dimensions '%1' and '%2'; it has: %3")
                        .arg(options.regionDimension, options.industryDimension,
                             ValueValidator::quoteList(dimensions)));
    QHash<int, QString> filterAt;
    for (auto it = options.filters.begin(); it != options.filters.end(); ++it) {
        const int d = int(dimensions.indexOf(it.key()));
        if (d < 0)
            return fail(1, 1, tr("filter on unknown dimension '%1'").arg(it.key()));
        filterAt.insert(d, it.value());
    }
    // Extra dimensions without a filter would mix slices (e.g. two age groups); the SBS
    // indicator dimension splits into the measure and the wages.
    std::map<int, std::set<QString>> unpinnedValues;
    const int indicatorDim = SbsIndicators::dimension(dimensions, options.filters);
    SbsIndicators indicators(options.scale);

    QSet<QString> seen;
    seen.reserve(lines.size());
    // An upper bound (filters drop rows), capped so a huge filtered table does not
    // reserve more than about 50 MB up front.
    table.records.reserve(std::min<qsizetype>(qsizetype(lines.size()) * years.size(), 1 << 20));
    for (int l = 1; l < lines.size(); ++l) {
        QStringView line = lines[l];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = l + 1;
        QList<QStringView> cells = splitLine(line, separator);
        QList<QStringView> keys;
        int valueOffset = 0;
        if (packedDimensions) {
            keys = splitLine(cells.first(), QLatin1Char(','));
            valueOffset = 1;
        } else {
            keys = cells.mid(0, firstYearColumn);
            valueOffset = firstYearColumn;
        }
        if (!check.checkWidth(cells.size(), valueOffset + years.size(), {lineNo, 0}) ||
            !check.checkWidth(keys.size(), dimensions.size(), {lineNo, 0}))
            continue;
        bool keep = true;
        for (int d = 0; d < dimensions.size(); ++d) {
            if (d == regionDim || d == industryDim || d == indicatorDim)
                continue;
            const QString key = keys[d].trimmed().toString();
            if (auto f = filterAt.constFind(d); f != filterAt.constEnd())
                keep = keep && key == *f;
            else
                unpinnedValues[d].insert(key);
        }
        if (!keep)
            continue;
        const QString region = keys[regionDim].trimmed().toString();
        const QString industry = keys[industryDim].trimmed().toString();
        QString key;
        for (const QStringView &k : keys)
            key += k.trimmed().toString() + QLatin1Char('|');
        if (seen.contains(key)) {
            table.problems.append({displayName, lineNo, 1,
                                   tr("duplicate row for region %1, industry %2; skipped")
                                       .arg(ValueValidator::quote(region), ValueValidator::quote(industry))});
            continue;
        }
        seen.insert(key);
        for (int y = 0; y < years.size(); ++y) {
            const QStringView raw = cells[valueOffset + y];
            Cell cell = parseCell(raw);
            const ValueValidator::At at{lineNo, valueOffset + y + 1, {}};
            const auto context = [&] {
                return tr("region %1, industry %2, %3")
                    .arg(ValueValidator::quote(region), ValueValidator::quote(industry))
                    .arg(years[y]);
            };
            if (cell.isNumber) {
                cell.value = check.accept(cell.value, raw, at, context);
                if (std::isnan(cell.value))
                    cell.flags |= kFlagMissing;
            }
            if (!cell.ok && !check.rejectComma(raw, at, context))
                check.report(at, tr("'%1' is not a number or a Eurostat flag (%2); treated as missing")
                                     .arg(ValueValidator::quote(raw), context()));
            if (indicatorDim >= 0)
                indicators.add(keys[indicatorDim].trimmed().toString(),
                               {region, industry, years[y], cell.value, cell.flags});
            else
                table.records.append({region, industry, years[y], cell.value, cell.flags});
        }
    }
    QStringList indicatorCodes;
    if (indicatorDim >= 0 && !indicators.finish(&table, &indicatorCodes))
        unpinnedValues[indicatorDim].insert(indicatorCodes.begin(), indicatorCodes.end());
    for (const auto &[d, values] : unpinnedValues) {
        if (values.size() > 1) {
            QStringList list(values.begin(), values.end());
            table.records.clear();
            table.problems.clear();
            return fail(1, 1, tr("dimension '%1' has several values (%2); choose one")
                                  .arg(dimensions[d], ValueValidator::quoteList(list)));
        }
    }
    check.finish(&table, tr("no data rows matched"));
    return table;
}

int SbsIndicators::dimension(const QStringList &dimensions, const QHash<QString, QString> &filters)
{
    for (int d = 0; d < dimensions.size(); ++d) {
        const QString name = dimensions[d].trimmed().toLower();
        if ((name == QLatin1String("indic_sb") || name == QLatin1String("indic_sbs")) &&
            !filters.contains(dimensions[d]))
            return d;
    }
    return -1;
}

SbsIndicators::Role SbsIndicators::roleOf(const QString &code)
{
    if (code == QLatin1String("V16110") || code == QLatin1String("EMP_LOC_NR"))
        return Role::Employment;
    if (code == QLatin1String("V13320") || code == QLatin1String("WAGE_LOC_MEUR"))
        return Role::Wages;
    return Role::Other;
}

QString SbsIndicators::wageMeasure(const QString &code)
{
    return tr("wages and salaries (%1), million euro").arg(code);
}

void SbsIndicators::add(const QString &code, StatRecord record)
{
    switch (roleOf(code)) {
    case Role::Employment: m_employment.append(std::move(record)); break;
    case Role::Wages:
        m_wageCode = code;
        m_wages.append(std::move(record));
        break;
    case Role::Other: m_others[code].append(std::move(record)); break;
    }
}

bool SbsIndicators::finish(StatTable *table, QStringList *codes)
{
    const int kinds = int(!m_employment.isEmpty()) + int(!m_wages.isEmpty()) + int(m_others.size());
    if (kinds <= 1) {
        // One indicator: read as the measure, as any single-valued dimension.
        table->records.append(m_employment);
        table->records.append(m_wages);
        for (const QList<StatRecord> &records : std::as_const(m_others))
            table->records.append(records);
        return true;
    }
    if (m_employment.isEmpty()) {
        codes->clear();
        if (!m_wageCode.isEmpty())
            codes->append(m_wageCode);
        codes->append(m_others.keys());
        codes->sort();
        return false;
    }
    if (!m_wages.isEmpty()) {
        QHash<QString, qsizetype> at; // region|industry|year → employment record
        at.reserve(m_employment.size());
        const auto keyOf = [](const StatRecord &r) {
            return r.region + QLatin1Char('|') + r.industry + QLatin1Char('|') + QString::number(r.year);
        };
        for (qsizetype i = 0; i < m_employment.size(); ++i)
            at.insert(keyOf(m_employment[i]), i);
        int unpaired = 0;
        for (const StatRecord &w : std::as_const(m_wages)) {
            const auto it = at.constFind(keyOf(w));
            if (it == at.cend()) {
                unpaired += std::isnan(w.value) ? 0 : 1;
                continue;
            }
            m_employment[*it].wages = w.value / m_scale;
        }
        table->wageMeasure = wageMeasure(m_wageCode);
        if (unpaired > 0)
            table->problems.append({table->file, 0, 0,
                                    tr("%n wage cell(s) have no persons-employed cell of the same region, "
                                       "industry and year; left out",
                                       nullptr, unpaired)});
    }
    table->records.append(m_employment);
    QStringList others = m_others.keys();
    others.sort();
    for (const QString &code : std::as_const(others))
        table->problems.append({table->file, 0, 0,
                                code == QLatin1String("V12150")
                                    ? tr("indicator V12150 (value added at factor cost) is in the file but "
                                         "not read: %n cell(s) set aside",
                                         nullptr, int(m_others.value(code).size()))
                                    : tr("indicator %1 is neither persons employed nor wages and salaries: "
                                         "%n cell(s) set aside",
                                         nullptr, int(m_others.value(code).size()))
                                          .arg(code)});
    return true;
}

EmploymentCube StatTable::toCube(const IndustryFilter &keepIndustry) const
{
    // The cube keys codes by UTF-8: each distinct string is converted and looked up once,
    // and rows of one region usually follow each other.
    struct Codes
    {
        std::vector<std::string> list;
        std::unordered_map<std::string, int> index;
        QHash<QString, int> known; // -1: left out
        const QString *last = nullptr; // the previous record's code and its index
        int lastIndex = -1;

        int add(const QString &code, const IndustryFilter &keep = {})
        {
            if (last && *last == code)
                return lastIndex;
            auto it = known.constFind(code);
            if (it == known.cend()) {
                int at = -1;
                if (!keep || keep(code)) {
                    std::string utf8 = code.toStdString();
                    const auto [found, added] = index.emplace(utf8, int(list.size()));
                    if (added)
                        list.push_back(std::move(utf8));
                    at = found->second;
                }
                it = known.insert(code, at);
            }
            last = &code;
            return lastIndex = *it;
        }
    };
    Codes regions, industries;
    std::set<int> years;
    std::vector<std::pair<int, int>> cells; // region and industry of each record, -1: left out
    cells.reserve(records.size());
    for (const StatRecord &r : records) {
        const int industry = industries.add(r.industry, keepIndustry);
        cells.emplace_back(industry < 0 ? -1 : regions.add(r.region), industry);
        if (industry >= 0)
            years.insert(r.year);
    }
    EmploymentCube cube(std::move(regions.list), std::move(industries.list),
                        std::vector<int>(years.begin(), years.end()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const StatRecord &r = records[i];
        if (const auto [region, industry] = cells[i]; industry >= 0) {
            cube.set(region, industry, cube.yearIndex(r.year), r.value, r.flags);
            if (!wageMeasure.isEmpty())
                cube.setSecondMeasure(region, industry, cube.yearIndex(r.year), r.wages);
        }
    }
    return cube;
}

} // namespace cs
