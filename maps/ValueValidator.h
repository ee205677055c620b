// SPDX-License-Identifier: MIT
#pragma once

#include "maps/InputProblem.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace cs {

struct StatTable;

// The limits every reader holds its input to, each checked before the work it bounds, so
// a hostile or broken file gets a message instead of a hang (README "Input limits").
namespace limits {
constexpr qint64 kMaxFileBytes = qint64(1) << 30;     // 1 GiB: a table file, read whole
constexpr qsizetype kMaxLineBytes = 1 << 20;          // 1 MiB: one line of a text table
constexpr qsizetype kMaxColumns = 10000;              // columns of a header
constexpr qsizetype kMaxRows = 5000000;               // data lines or sheet rows
constexpr qint64 kMaxSheetBytes = qint64(256) << 20;  // 256 MiB: a workbook's XML, unpacked
constexpr qint64 kRatioCheckedFrom = qint64(1) << 20; // parts unpacking to more than 1 MiB …
constexpr qint64 kMaxRatio = 100;                     // … unpack to at most 100× their size
// Far above any region's count of persons or euros; 5 M rows of it still sum exactly
// enough and far below the double limit, so totals and shares stay finite.
constexpr double kMaxValue = 1e15;
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr qsizetype kQuotedChars = 40; // offending text in messages
} // namespace limits

// Why the text table `bytes` is refused by the limits (file size, line length, row count,
// CR-only line ends), before any splitting; nullopt when it is within them. Not for JSON,
// whose files are often one long line.
std::optional<InputProblem> checkTextLimits(QByteArrayView bytes, const QString &file);
// Why the workbook (XLSX, ODS: a zip) at `path` is refused, from its zip central
// directory, before anything is unpacked: parts larger in all than kMaxSheetBytes, or
// unpacking more than kMaxRatio times their packed size; nullopt when within the limits.
std::optional<InputProblem> checkWorkbookLimits(const QString &path);

// The one validation all table readers apply to what they read: header names, row widths,
// numbers and years, and whether anything usable was read. Problems go to `problems` as
// FILE:LINE:COLUMN (or FILE: PATH for JSON-stat, where `path` names the key); the
// offending text is cut to kQuotedChars. Messages are the same for every format.
class ValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(cs::ValueValidator)
public:
    // Where a cell is: line and column (1-based, 0 unknown), or a JSON path.
    struct At
    {
        At(int line = 0, int column = 0, const QString &path = {})
            : line(line), column(column), path(path)
        {
        }
        int line;
        int column;
        QString path;
    };

    // `scale` multiplies every accepted value (--scale).
    ValueValidator(const QString &file, QList<InputProblem> *problems, double scale = 1.0)
        : m_file(file), m_problems(problems), m_scale(scale)
    {
    }

    // False, reported, when a header has more than kMaxColumns columns.
    bool checkColumnCount(qsizetype count, const At &at);
    // False, reported, when there are too many names (checkColumnCount) or a non-empty
    // name appears twice (empty names are ignored: they cannot be mapped).
    bool checkHeader(const QStringList &names, const At &at);
    // False, reported ("line skipped"), when a row has another number of cells than the header.
    bool checkWidth(qsizetype found, qsizetype expected, const At &at);
    // True for a year between kMinYear and kMaxYear; otherwise reported with `context`.
    bool checkYear(int year, const At &at, const QString &context = {});

    // `value` read from the text `raw`, scaled; NaN, reported, when it is negative, not
    // finite or above kMaxValue. `context()` (a QString, e.g. "region AT11, industry C,
    // 2015") is made only for a message.
    template <typename Context>
    double accept(double value, QStringView raw, const At &at, const Context &context)
    {
        const double scaled = value * m_scale;
        if (value >= 0 && scaled <= limits::kMaxValue) // false for NaN
            return scaled;
        reject(value, raw, at, context());
        return std::nan("");
    }
    // True, reported, when `raw` is a number written with a decimal comma or thousands
    // separators ("12,5", "1.234,5", "1,234"): such cells are never reinterpreted.
    template <typename Context>
    bool rejectComma(QStringView raw, const At &at, const Context &context)
    {
        if (!hasNumberComma(raw))
            return false;
        report(at, tr("'%1' has a comma: decimal commas and thousands separators are not read; "
                      "write digits with a decimal point (%2); treated as missing")
                       .arg(quote(raw), context()));
        return true;
    }

    // Sets table->ok: true when at least one record has a value. Otherwise appends
    // "no data rows" (no records) or "no usable value" (only missing cells).
    void finish(StatTable *table, const QString &noRecords);

    void report(const At &at, const QString &message);
    // `text` trimmed and cut to kQuotedChars characters ("…" marks a cut).
    static QString quote(QStringView text);
    // `names` joined with ", ", cut after a few (for "the header has: …" lists).
    static QString quoteList(const QStringList &names);
    static bool hasNumberComma(QStringView raw);

private:
    void reject(double value, QStringView raw, const At &at, const QString &context);

    QString m_file;
    QList<InputProblem> *m_problems;
    double m_scale;
};

} // namespace cs
