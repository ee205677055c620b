// SPDX-License-Identifier: MIT
#pragma once

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
    Stars,             // integer ratings 0, 1, 2, 3
};

struct ClassificationOptions
{
    QList<double> manualBreaks; // Manual: k+1 finite, strictly ascending limits
    double centre = 1.0;        // Diverging: e.g. location quotient 1
    double stdDevStep = 1.0;    // StandardDeviation: class width in σ (1 or 0.5)
};

// Class breaks for a set of values and the colour of each class. NaN and infinite values
// belong to no class (classOf() == -1), are counted by countNoData() and are drawn with
// the no-data style. Classes are [breaks[i], breaks[i+1]), the last one closed; values
// below the first or above the last limit fall into the first or last class.
class Classification
{
public:
    // Fails (error() not empty, no classes) on bad input: invalid manual limits, fewer
    // than one class (two for Diverging), a non-finite centre or σ step. `classes` is the
    // wanted count; methods give fewer when the data have fewer distinct values, and
    // StandardDeviation treats it as a maximum (outer classes take the tails). Manual
    // and Stars ignore it. Values that are all NaN give no classes and no error.
    static Classification create(ClassificationMethod method, const QList<double> &values,
                                 int classes, const ClassificationOptions &options = {});
    // Quantile breaks: each class holds about the same number of finite values.
    static Classification quantiles(const QList<double> &values, int classes);

    // Command-line keys: "quantile", "equal", "jenks", "stddev", "manual", "diverging",
    // "stars". parseMethod() is case-insensitive.
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
    // "lo – hi" with `decimals` decimals; Stars: "%n star(s)".
    QString label(int cls, int decimals) const;

private:
    static Classification failed(ClassificationMethod method, const QString &error);

    ClassificationMethod m_method = ClassificationMethod::Quantile;
    QList<double> m_breaks;
    QString m_error;
    int m_noData = 0;
    int m_centreBreak = -1;
};

// The map's current sequential ramp: viridis through 7 published stops, reversed so
// that light means low. Kept colour for colour (reference images and tests compare
// against it); Palette::defaultSequential() samples the full viridis table instead and
// differs by up to 11/255 per channel between the stops.
QList<QColor> sequentialPalette(int classes);
QColor noDataColour();
QColor outsideColour(); // land around the regions, and non-EU regions without data

} // namespace cs
