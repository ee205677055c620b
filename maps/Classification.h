// SPDX-License-Identifier: MIT
#pragma once

#include "maps/NumberFormat.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

enum class ClassificationMethod {
    Quantile,          // equal counts (type-7 quantiles)
    EqualInterval,     // equal widths from min to max
    NaturalBreaks,     // Jenks: exact Fisher–Jenks, least within-class squared deviation
    StandardDeviation, // limits at mean + j·step·σ (population σ), the mean is a limit
    Manual,            // the user's limits
    Diverging,         // quantiles on each side of a centre, the centre is a limit
    Symmetric,         // equal widths mirrored around a centre (growth around 0), open ends
    LogSymmetric,      // limits centre·span^(j/(m-1)), mirrored in log space (LQ), open ends
    Stars,             // integer ratings 0, 1, 2, 3
};

struct ClassificationOptions
{
    QList<double> manualBreaks; // Manual: k+1 finite, strictly ascending limits
    // Diverging, Symmetric, LogSymmetric: a limit; location quotient 1, growth 0.
    double centre = 1.0;
    double stdDevStep = 1.0; // StandardDeviation: class width in σ (1 or 0.5)
    // LogSymmetric: the outermost inner limits are centre/logSpan and centre·logSpan
    // (LQ: 0.5 and 2, the specialisation threshold).
    double logSpan = 2.0;
};

// How the numbers of a map read: `decimals` decimals of value·scale, the suffix after
// them (" %"), the locale's thousands separators when `grouping` (counts). Numbers use
// the default QLocale's digits and decimal point.
struct ValueFormat
{
    int decimals = 2;
    double scale = 1.0;
    QString suffix;
    bool grouping = false;

    QString format(double value) const;
    // The fewest decimals in [decimals, maxDecimals] at which the inner limits of
    // `breaks` read as distinct, ascending numbers, each within 25 % of its value.
    ValueFormat fittedTo(const QList<double> &breaks, int maxDecimals = 4) const;
    static ValueFormat fixed(int decimals)
    {
        ValueFormat f;
        f.decimals = decimals;
        return f;
    }
    static ValueFormat percent(int decimals = 1)
    {
        ValueFormat f = fixed(decimals);
        f.scale = 100.0;
        f.suffix = numbers::percentSuffix();
        return f;
    }
    static ValueFormat count()
    {
        ValueFormat f = fixed(0);
        f.grouping = true;
        return f;
    }
    bool operator==(const ValueFormat &) const = default;
};

// Class breaks for a set of values and the colour of each class. NaN and infinite values
// belong to no class (classOf() == -1), are counted by countNoData() and are drawn with
// the no-data style. Classes are [breaks[i], breaks[i+1]), the last one closed; values
// below the first or above the last limit fall into the first or last class.
class Classification
{
public:
    // Fails (error() not empty, no classes) on bad input: invalid manual limits, fewer
    // than one class (two for Diverging, Symmetric and LogSymmetric), a non-finite
    // centre or σ step, a LogSymmetric centre ≤ 0 or span ≤ 1. `classes` is the
    // wanted count; methods give fewer when the data have fewer distinct values, and
    // StandardDeviation treats it as a maximum (outer classes take the tails). Manual
    // and Stars ignore it; Symmetric and LogSymmetric round an odd count up to the next
    // even one (as many classes on each side of the centre, which is a limit).
    // Symmetric: the width w is the 75th percentile of |value − centre| over the m − 1
    // inner classes of a side, rounded to 1, 2, 2.5 or 5 × 10^k; limits centre + j·w for
    // |j| < m, so about a quarter of the values fall into the open outer classes. LogSymmetric: limits centre·span^(j/(m−1)) for |j| < m, independent of
    // the data (6 classes, centre 1, span 2: 0.5, 0.71, 1, 1.41, 2). Their outer classes
    // are open ("< 0.50", "≥ 2.00"); the outer limits widen to the data.
    // Values that are all NaN give no classes and no error.
    static Classification create(ClassificationMethod method, const QList<double> &values,
                                 int classes, const ClassificationOptions &options = {});
    // Quantile breaks: each class holds about the same number of finite values.
    static Classification quantiles(const QList<double> &values, int classes);

    // Command-line keys: "quantile", "equal", "jenks", "stddev", "manual", "diverging",
    // "symmetric", "logsym", "stars". parseMethod() is case-insensitive.
    static QString key(ClassificationMethod method);
    static std::optional<ClassificationMethod> parseMethod(const QString &key);
    static QStringList methodKeys();

    ClassificationMethod method() const { return m_method; }
    QString error() const { return m_error; } // translated; empty when the input was valid
    // k+1 ascending limits for k classes.
    const QList<double> &breaks() const { return m_breaks; }
    int classCount() const { return m_breaks.isEmpty() ? 0 : int(m_breaks.size()) - 1; }
    int classOf(double value) const;
    int countNoData() const { return m_noData; }
    // Index into breaks() of the diverging centre, or -1 (also when the data lie on one
    // side of it only, or for other methods). Classes below it are [0, centreBreak()).
    int centreBreak() const { return m_centreBreak; }
    // The first and last classes are open outwards (Symmetric, LogSymmetric): their
    // labels read "< lo" and "≥ hi".
    bool hasOpenEnds() const { return m_openEnds; }
    // "lo – hi" in `format` ("0.5 % – 1.2 %", "12,345 – 45,678"); "< lo", "≥ hi" for
    // open ends; Stars: "%n star(s)".
    QString label(int cls, const ValueFormat &format) const;
    QString label(int cls, int decimals) const { return label(cls, ValueFormat::fixed(decimals)); }

private:
    static Classification failed(ClassificationMethod method, const QString &error);

    ClassificationMethod m_method = ClassificationMethod::Quantile;
    QList<double> m_breaks;
    QString m_error;
    int m_noData = 0;
    int m_centreBreak = -1;
    bool m_openEnds = false;
};

// The map's current sequential ramp: viridis through 7 published stops, reversed so
// that light means low. Kept colour for colour (reference images and tests compare
// against it); Palette::defaultSequential() samples the full viridis table instead and
// differs by up to 11/255 per channel between the stops.
QList<QColor> sequentialPalette(int classes);
QColor noDataColour();
QColor outsideColour(); // land around the regions, and regions outside the data's scope

} // namespace cs
