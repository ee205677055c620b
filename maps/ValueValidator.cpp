// SPDX-License-Identifier: MIT
#include "maps/ValueValidator.h"

#include "maps/EurostatTable.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace cs {

namespace {

QString mebibytes(qint64 bytes)
{
    return bytes % (1 << 20) == 0 ? QString::number(bytes >> 20)
                                  : QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

// Little-endian fields of a zip record.
quint64 field(const uchar *at, int bytes)
{
    quint64 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = value << 8 | at[i];
    return value;
}

} // namespace

std::optional<InputProblem> checkTextLimits(QByteArrayView bytes, const QString &file)
{
    const auto problem = [&](int line, int column, const QString &message) {
        return std::optional<InputProblem>(InputProblem{file, line, column, message});
    };
    if (bytes.size() > limits::kMaxFileBytes)
        return problem(0, 0,
                       ValueValidator::tr("the file has %1 MiB, more than the %2 MiB read")
                           .arg(mebibytes(bytes.size()), mebibytes(limits::kMaxFileBytes)));
    const char *data = bytes.data();
    const qsizetype n = bytes.size();
    // Classic Mac OS line ends: without this check the whole file reads as one header line.
    if (!std::memchr(data, '\n', size_t(n))) {
        const auto *cr = static_cast<const char *>(std::memchr(data, '\r', size_t(n)));
        if (cr && !QByteArrayView(cr, data + n - cr).trimmed().isEmpty())
            return problem(1, int(cr - data) + 1,
                           ValueValidator::tr("the lines end with CR only (classic Mac OS); save "
                                              "the file with LF or CR LF line ends"));
    }
    qsizetype start = 0;
    qsizetype line = 1;
    while (start < n) {
        const auto *newline =
            static_cast<const char *>(std::memchr(data + start, '\n', size_t(n - start)));
        const qsizetype end = newline ? newline - data : n;
        if (end - start > limits::kMaxLineBytes)
            return problem(int(line), 1,
                           ValueValidator::tr("the line is longer than %1 MiB; the file is not "
                                              "read (is it a table?)")
                               .arg(mebibytes(limits::kMaxLineBytes)));
        if (line > limits::kMaxRows + 1)
            return problem(int(line), 1,
                           ValueValidator::tr("more than %1 data lines; the file is not read")
                               .arg(limits::kMaxRows));
        start = end + 1;
        ++line;
    }
    return std::nullopt;
}

std::optional<InputProblem> checkWorkbookLimits(const QString &path)
{
    // Unreadable or not a zip: nullopt, GDAL then says why it cannot open the file. The
    // central directory bounds what GDAL's unzip inflates, so its sizes can be trusted.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.isSequential())
        return std::nullopt;
    const qint64 size = file.size();
    // End of central directory: 22 bytes plus a comment of up to 65535 at the end.
    const qint64 tailStart = std::max<qint64>(0, size - 22 - 65535);
    if (!file.seek(tailStart))
        return std::nullopt;
    const QByteArray tail = file.read(size - tailStart);
    const auto *t = reinterpret_cast<const uchar *>(tail.constData());
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0 && eocd < 0; --i)
        if (field(t + i, 4) == 0x06054b50)
            eocd = i;
    if (eocd < 0)
        return std::nullopt;
    quint64 entries = field(t + eocd + 10, 2);
    quint64 directorySize = field(t + eocd + 12, 4);
    quint64 directoryOffset = field(t + eocd + 16, 4);
    if ((entries == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) &&
        eocd >= 20 && field(t + eocd - 20, 4) == 0x07064b50) { // zip64 locator
        if (!file.seek(qint64(field(t + eocd - 20 + 8, 8))))
            return std::nullopt;
        const QByteArray record = file.read(56);
        const auto *r = reinterpret_cast<const uchar *>(record.constData());
        if (record.size() < 56 || field(r, 4) != 0x06064b50)
            return std::nullopt;
        entries = field(r + 32, 8);
        directorySize = field(r + 40, 8);
        directoryOffset = field(r + 48, 8);
    }
    const auto refuse = [&](const QString &message) {
        return std::optional<InputProblem>(InputProblem{path, 0, 0, message});
    };
    // A directory entry takes at least 46 bytes.
    if (directorySize > quint64(size) || entries > directorySize / 46 + 1 ||
        !file.seek(qint64(directoryOffset)))
        return std::nullopt;
    const QByteArray directory = file.read(qint64(directorySize));
    const auto *d = reinterpret_cast<const uchar *>(directory.constData());
    qint64 unpacked = 0;
    for (qsizetype at = 0; at + 46 <= directory.size() && field(d + at, 4) == 0x02014b50;) {
        quint64 packed = field(d + at + 20, 4);
        quint64 plain = field(d + at + 24, 4);
        const qsizetype nameLength = qsizetype(field(d + at + 28, 2));
        const qsizetype extraLength = qsizetype(field(d + at + 30, 2));
        const qsizetype commentLength = qsizetype(field(d + at + 32, 2));
        if (at + 46 + nameLength + extraLength > directory.size())
            break;
        const QString name = QString::fromUtf8(directory.mid(at + 46, nameLength));
        // Zip64 sizes: in the extra field 0x0001, uncompressed first, each only if needed.
        for (qsizetype e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
            const quint64 id = field(d + e, 2), length = field(d + e + 2, 2);
            if (id == 1) {
                qsizetype v = e + 4;
                if (plain == 0xffffffff && v + 8 <= e + 4 + qsizetype(length)) {
                    plain = field(d + v, 8);
                    v += 8;
                }
                if (packed == 0xffffffff && v + 8 <= e + 4 + qsizetype(length))
                    packed = field(d + v, 8);
            }
            e += 4 + qsizetype(length);
        }
        if (name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)) {
            if (plain > quint64(limits::kMaxSheetBytes) - quint64(unpacked))
                return refuse(
                    ValueValidator::tr("the workbook's XML unpacks to more than %1 MiB "
                                       "(part '%2': %3 MiB); not read")
                        .arg(mebibytes(limits::kMaxSheetBytes), ValueValidator::quote(name),
                             mebibytes(qint64(std::min<quint64>(plain, quint64(1) << 62)))));
            unpacked += qint64(plain);
            if (qint64(plain) > limits::kRatioCheckedFrom &&
                plain / std::max<quint64>(packed, 1) > quint64(limits::kMaxRatio))
                return refuse(
                    ValueValidator::tr("part '%1' of the workbook unpacks to %2 times its "
                                       "packed size (at most %3); a damaged file or a zip "
                                       "bomb; not read")
                        .arg(ValueValidator::quote(name))
                        .arg(plain / std::max<quint64>(packed, 1))
                        .arg(limits::kMaxRatio));
        }
        at += 46 + nameLength + extraLength + commentLength;
    }
    return std::nullopt;
}

bool ValueValidator::checkColumnCount(qsizetype count, const At &at)
{
    if (count <= limits::kMaxColumns)
        return true;
    report(
        at,
        tr("the header has %1 columns, more than the %2 read").arg(count).arg(limits::kMaxColumns));
    return false;
}

bool ValueValidator::checkHeader(const QStringList &names, const At &at)
{
    if (!checkColumnCount(names.size(), at))
        return false;
    QHash<QString, int> first;
    for (int c = 0; c < names.size(); ++c) {
        const QString name = names[c].trimmed();
        if (name.isEmpty())
            continue;
        if (const auto it = first.constFind(name); it != first.cend()) {
            report({at.line, at.path.isEmpty() ? c + 1 : 0, at.path},
                   tr("column '%1' appears twice (columns %2 and %3); rename one")
                       .arg(quote(name))
                       .arg(*it + 1)
                       .arg(c + 1));
            return false;
        }
        first.insert(name, c);
    }
    return true;
}

bool ValueValidator::checkWidth(qsizetype found, qsizetype expected, const At &at)
{
    if (found == expected)
        return true;
    report({at.line, int(std::min(found, expected)) + 1, at.path},
           tr("expected %1 cells, found %2; line skipped").arg(expected).arg(found));
    return false;
}

bool ValueValidator::checkYear(int year, const At &at, const QString &context)
{
    if (year >= limits::kMinYear && year <= limits::kMaxYear)
        return true;
    report(at, tr("year %1 is implausible (expected %2 to %3%4); skipped")
                   .arg(year)
                   .arg(limits::kMinYear)
                   .arg(limits::kMaxYear)
                   .arg(context.isEmpty() ? QString() : QStringLiteral("; ") + context));
    return false;
}

void ValueValidator::reject(double value, QStringView raw, const At &at, const QString &context)
{
    if (!std::isfinite(value))
        report(at,
               tr("'%1' is not a finite number (%2); treated as missing").arg(quote(raw), context));
    else if (value < 0)
        report(at, tr("negative value '%1' (%2); treated as missing").arg(quote(raw), context));
    else
        report(at, tr("'%1' is too large: above %2 after scaling (%3); treated as missing")
                       .arg(quote(raw), QString::number(limits::kMaxValue, 'g', 3), context));
}

void ValueValidator::finish(StatTable *table, const QString &noRecords)
{
    table->ok = std::any_of(table->records.cbegin(), table->records.cend(),
                            [](const StatRecord &r) { return !std::isnan(r.value); });
    if (table->ok)
        return;
    if (table->records.isEmpty())
        report({}, noRecords);
    else
        report({}, tr("no usable value: all %1 cells are empty, missing or invalid")
                       .arg(table->records.size()));
}

void ValueValidator::report(const At &at, const QString &message)
{
    m_problems->append({m_file, at.line, at.column,
                        at.path.isEmpty() ? message : at.path + QStringLiteral(": ") + message});
}

QString ValueValidator::quote(QStringView text)
{
    text = text.trimmed();
    if (text.size() <= limits::kQuotedChars)
        return text.toString();
    return text.first(limits::kQuotedChars).toString() + QChar(0x2026);
}

QString ValueValidator::quoteList(const QStringList &names)
{
    QString list;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (list.size() > 3 * limits::kQuotedChars)
            return list + QStringLiteral(", … (%1 in all)").arg(names.size());
        if (i > 0)
            list += QStringLiteral(", ");
        list += quote(names[i]);
    }
    return list;
}

bool ValueValidator::hasNumberComma(QStringView raw)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9.,]*$"));
    raw = raw.trimmed();
    return raw.contains(QLatin1Char(',')) && number.match(raw).hasMatch();
}

} // namespace cs
