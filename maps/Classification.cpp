// SPDX-License-Identifier: MIT
#include "maps/Classification.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <cmath>
#include <limits>

namespace cs {

namespace {

struct MethodKey
{
    ClassificationMethod method;
    const char *key;
};

const MethodKey kMethodKeys[] = {
    {ClassificationMethod::Quantile, "quantile"},
    {ClassificationMethod::EqualInterval, "equal"},
    {ClassificationMethod::NaturalBreaks, "jenks"},
    {ClassificationMethod::StandardDeviation, "stddev"},
    {ClassificationMethod::Manual, "manual"},
    {ClassificationMethod::Diverging, "diverging"},
    {ClassificationMethod::Symmetric, "symmetric"},
    {ClassificationMethod::LogSymmetric, "logsym"},
    {ClassificationMethod::Stars, "stars"},
};

// Finite values, ascending; the others are counted in *noData.
QList<double> sortedFinite(const QList<double> &values, int *noData)
{
    QList<double> finite;
    finite.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            finite.append(v);
        else
            ++*noData;
    }
    std::sort(finite.begin(), finite.end());
    return finite;
}

// Type 7 quantiles (R's default) at k / classes; repeated limits are merged, so a
// single distinct value gives one class [v, v].
QList<double> quantileBreaks(const QList<double> &sorted, int classes)
{
    QList<double> breaks;
    if (sorted.isEmpty() || classes < 1)
        return breaks;
    breaks.append(sorted.first());
    for (int k = 1; k < classes; ++k) {
        const double pos = double(k) / classes * double(sorted.size() - 1);
        const auto lo = qsizetype(std::floor(pos));
        const qsizetype hi = std::min(lo + 1, sorted.size() - 1);
        const double q = sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
        if (q > breaks.last())
            breaks.append(q);
    }
    if (sorted.last() > breaks.last() || breaks.size() == 1)
        breaks.append(sorted.last());
    return breaks;
}

QList<double> equalBreaks(const QList<double> &sorted, int classes)
{
    const double lo = sorted.first(), hi = sorted.last();
    if (!(hi > lo))
        return {lo, hi};
    QList<double> breaks;
    for (int k = 0; k < classes; ++k)
        breaks.append(lo + (hi - lo) * k / classes);
    breaks.append(hi);
    return breaks;
}

// Fisher–Jenks: the partition of the sorted values into at most `classes` contiguous
// groups with the least total within-group sum of squared deviations, found exactly by
// dynamic programming over the distinct values (weighted by multiplicity, so equal
// values never straddle a limit). The optimal start of the last group is monotone in
// its end (the cost is a Monge array), so each of the k layers is filled by divide and
// conquer in O(d log d): O(k·d·log d) for d distinct values instead of Jenks's O(k·n²),
// so no sampling is needed even for all NUTS 3 regions. Each limit is the lowest value
// of the group above it.
QList<double> jenksBreaks(const QList<double> &sorted, int classes)
{
    QList<double> value;
    QList<double> weight;
    for (double v : sorted) {
        if (!value.isEmpty() && value.last() == v) {
            weight.last() += 1.0;
        } else {
            value.append(v);
            weight.append(1.0);
        }
    }
    const int d = int(value.size());
    const int k = std::min(classes, d);
    if (k <= 1)
        return {sorted.first(), sorted.last()};

    // Prefix sums of values shifted by their mean, against cancellation in Q - S²/W.
    double mean = 0.0;
    for (double v : sorted)
        mean += v;
    mean /= double(sorted.size());
    QList<double> pw(d + 1, 0.0), ps(d + 1, 0.0), pq(d + 1, 0.0);
    for (int i = 0; i < d; ++i) {
        const double x = value[i] - mean;
        pw[i + 1] = pw[i] + weight[i];
        ps[i + 1] = ps[i] + weight[i] * x;
        pq[i + 1] = pq[i] + weight[i] * x * x;
    }
    const auto cost = [&](int a, int b) { // groups value[a..b]
        const double w = pw[b + 1] - pw[a], s = ps[b + 1] - ps[a], q = pq[b + 1] - pq[a];
        return std::max(0.0, q - s * s / w);
    };

    constexpr double kInf = std::numeric_limits<double>::infinity();
    // best[m][j]: least cost of values 0..j in m+1 groups; start[m][j]: first index of
    // the last of those groups.
    QList<QList<double>> best(k, QList<double>(d, kInf));
    QList<QList<int>> start(k, QList<int>(d, 0));
    for (int j = 0; j < d; ++j)
        best[0][j] = cost(0, j);
    for (int m = 1; m < k; ++m) {
        const auto fill = [&](auto &&self, int jLo, int jHi, int iLo, int iHi) -> void {
            if (jLo > jHi)
                return;
            const int j = (jLo + jHi) / 2;
            int arg = std::max(iLo, m);
            double min = kInf;
            for (int i = arg; i <= std::min(iHi, j); ++i) {
                const double c = best[m - 1][i - 1] + cost(i, j);
                if (c < min) {
                    min = c;
                    arg = i;
                }
            }
            best[m][j] = min;
            start[m][j] = arg;
            self(self, jLo, j - 1, iLo, arg);
            self(self, j + 1, jHi, arg, iHi);
        };
        fill(fill, m, d - 1, m, d - 1);
    }

    QList<double> breaks(k + 1);
    breaks[0] = value.first();
    breaks[k] = value.last();
    int j = d - 1;
    for (int m = k - 1; m >= 1; --m) {
        const int i = start[m][j];
        breaks[m] = value[i];
        j = i - 1;
    }
    return breaks;
}

// Limits at mean + j·step·σ strictly inside (min, max); while there are more classes
// than allowed, the limit farthest from the mean goes (the lower one on a tie).
QList<double> stdDevBreaks(const QList<double> &sorted, int classes, double step)
{
    const double lo = sorted.first(), hi = sorted.last();
    double mean = 0.0;
    for (double v : sorted)
        mean += v;
    mean /= double(sorted.size());
    double ss = 0.0;
    for (double v : sorted)
        ss += (v - mean) * (v - mean);
    const double width = std::sqrt(ss / double(sorted.size())) * step; // population σ
    if (!(hi > lo) || !(width > 0.0))
        return {lo, hi};
    QList<int> steps;
    for (auto j = qint64(std::ceil((lo - mean) / width));
         j <= qint64(std::floor((hi - mean) / width)); ++j) {
        const double limit = mean + double(j) * width;
        if (limit > lo && limit < hi)
            steps.append(int(j));
    }
    while (!steps.isEmpty() && steps.size() + 1 > classes) {
        if (std::abs(steps.first()) >= std::abs(steps.last()))
            steps.removeFirst();
        else
            steps.removeLast();
    }
    QList<double> breaks{lo};
    for (int j : steps)
        breaks.append(mean + j * width);
    breaks.append(hi);
    return breaks;
}

// 1, 2, 2.5, 5 or 10 × 10^k, the nearest to x > 0 in ratio.
double niceStep(double x)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(x)));
    double best = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(std::log(m * magnitude / x)) < std::abs(std::log(best / x)))
            best = m * magnitude;
    return best;
}

// Inner limits mirrored around the centre, m classes on each side (the centre alone for
// m = 1), and one more step outwards on each side for the outer limits: 2m + 1 values.
QList<double> mirroredBreaks(int m, const std::function<double(double)> &at)
{
    QList<double> breaks;
    const double steps = m > 1 ? double(m - 1) : 1.0;
    breaks.append(at(-double(m) / steps));
    for (int j = -(m - 1); j <= m - 1; ++j)
        breaks.append(at(double(j) / steps));
    breaks.append(at(double(m) / steps));
    return breaks;
}

} // namespace

QString ValueFormat::format(double value) const
{
    QLocale locale;
    if (grouping)
        locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    else
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    double v = value * scale;
    if (v == 0.0 || std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0.0; // no "-0.0"
    return locale.toString(v, 'f', decimals) + suffix;
}

ValueFormat ValueFormat::fittedTo(const QList<double> &breaks, int maxDecimals) const
{
    ValueFormat f = *this;
    for (; f.decimals < maxDecimals; ++f.decimals) {
        const double unit = std::pow(10.0, f.decimals);
        bool readable = true;
        for (qsizetype i = 1; i + 1 < breaks.size() && readable; ++i) {
            const double v = breaks[i] * scale * unit, shown = std::round(v);
            // Distinct from the limit below, and within a quarter of a non-zero limit.
            readable = (i == 1 || shown > std::round(breaks[i - 1] * scale * unit)) &&
                       (v == 0.0 || std::abs(shown - v) <= 0.25 * std::abs(v));
        }
        if (readable)
            break;
    }
    return f;
}

Classification Classification::failed(ClassificationMethod method, const QString &error)
{
    Classification c;
    c.m_method = method;
    c.m_error = error;
    return c;
}

Classification Classification::create(ClassificationMethod method, const QList<double> &values,
                                      int classes, const ClassificationOptions &options)
{
    // Input checks first, so that bad options fail even when every value is NaN.
    switch (method) {
    case ClassificationMethod::Manual: {
        const QList<double> &b = options.manualBreaks;
        if (b.size() < 2)
            return failed(method,
                          QCoreApplication::translate("cs::Classification",
                                                      "Manual classes need at least two limits."));
        for (int i = 0; i < b.size(); ++i) {
            if (!std::isfinite(b[i]))
                return failed(method,
                              QCoreApplication::translate("cs::Classification",
                                                          "Manual limit %1 is not a finite number.")
                                  .arg(i + 1));
            if (i > 0 && !(b[i] > b[i - 1]))
                return failed(
                    method, QCoreApplication::translate("cs::Classification",
                                                        "Manual limits must ascend: %1 follows %2.")
                                .arg(QLocale().toString(b[i]), QLocale().toString(b[i - 1])));
        }
        break;
    }
    case ClassificationMethod::Stars:
        break;
    case ClassificationMethod::LogSymmetric:
        if (!(options.centre > 0.0) || !std::isfinite(options.centre) ||
            !(options.logSpan > 1.0) || !std::isfinite(options.logSpan))
            return failed(method, QCoreApplication::translate(
                                      "cs::Classification",
                                      "Log-symmetric classes need a positive centre and a span above 1."));
        [[fallthrough]];
    case ClassificationMethod::Symmetric:
    case ClassificationMethod::Diverging:
        if (!std::isfinite(options.centre))
            return failed(method, QCoreApplication::translate(
                                      "cs::Classification",
                                      "The centre of diverging classes must be a finite number."));
        if (classes < 2)
            return failed(
                method, QCoreApplication::translate(
                            "cs::Classification", "Diverging classes need at least two classes."));
        break;
    case ClassificationMethod::StandardDeviation:
        if (!std::isfinite(options.stdDevStep) || !(options.stdDevStep > 0.0))
            return failed(method, QCoreApplication::translate(
                                      "cs::Classification",
                                      "The standard deviation step must be a positive number."));
        [[fallthrough]];
    default:
        if (classes < 1)
            return failed(method, QCoreApplication::translate("cs::Classification",
                                                              "At least one class is needed."));
    }

    Classification c;
    c.m_method = method;
    const QList<double> sorted = sortedFinite(values, &c.m_noData);
    if (method == ClassificationMethod::Stars) {
        c.m_breaks = {-0.5, 0.5, 1.5, 2.5, 3.5}; // 0..3 stars; halves make rounding explicit
        return c;
    }
    if (method == ClassificationMethod::Manual) {
        c.m_breaks = options.manualBreaks;
        // Widen the outer limits to the data so that the legend tells the true range.
        if (!sorted.isEmpty()) {
            c.m_breaks.first() = std::min(c.m_breaks.first(), sorted.first());
            c.m_breaks.last() = std::max(c.m_breaks.last(), sorted.last());
        }
        return c;
    }
    if (sorted.isEmpty())
        return c;

    switch (method) {
    case ClassificationMethod::Quantile:
        c.m_breaks = quantileBreaks(sorted, classes);
        break;
    case ClassificationMethod::EqualInterval:
        c.m_breaks = equalBreaks(sorted, classes);
        break;
    case ClassificationMethod::NaturalBreaks:
        c.m_breaks = jenksBreaks(sorted, classes);
        break;
    case ClassificationMethod::StandardDeviation:
        c.m_breaks = stdDevBreaks(sorted, classes, options.stdDevStep);
        break;
    case ClassificationMethod::Diverging: {
        const double centre = options.centre;
        const auto split = std::lower_bound(sorted.begin(), sorted.end(), centre);
        const QList<double> below(sorted.begin(), split), above(split, sorted.end());
        if (below.isEmpty()) { // every class above the centre, which is the lowest limit
            c.m_breaks = quantileBreaks(above, classes);
            c.m_breaks.first() = centre;
            c.m_centreBreak = 0;
            break;
        }
        if (above.isEmpty()) {
            c.m_breaks = quantileBreaks(below, classes);
            c.m_breaks.last() = centre;
            c.m_centreBreak = c.classCount();
            break;
        }
        // Half the classes on each side; an odd one goes to the side with more values.
        int nBelow = classes / 2;
        int nAbove = classes - nBelow;
        if (nAbove > nBelow && below.size() > above.size())
            std::swap(nBelow, nAbove);
        c.m_breaks = quantileBreaks(below, nBelow);
        c.m_breaks.last() = centre;
        c.m_centreBreak = c.classCount();
        const QList<double> upper = quantileBreaks(above, nAbove);
        c.m_breaks.append(upper.mid(1));
        break;
    }
    case ClassificationMethod::Symmetric:
    case ClassificationMethod::LogSymmetric: {
        const int m = (classes + 1) / 2; // classes on each side of the centre
        const double centre = options.centre;
        if (method == ClassificationMethod::LogSymmetric) {
            const double span = options.logSpan;
            c.m_breaks = mirroredBreaks(m, [&](double t) { return centre * std::pow(span, t); });
        } else {
            QList<double> distance;
            distance.reserve(sorted.size());
            for (double v : sorted)
                distance.append(std::abs(v - centre));
            std::sort(distance.begin(), distance.end());
            const double pos = 0.75 * double(distance.size() - 1);
            const auto lo = qsizetype(std::floor(pos));
            const qsizetype hi = std::min(lo + 1, distance.size() - 1);
            const double p75 = distance[lo] + (pos - double(lo)) * (distance[hi] - distance[lo]);
            const double reach = p75 > 0.0 ? p75 : distance.last() > 0.0 ? distance.last() : 1.0;
            const double width = niceStep(reach / double(std::max(m - 1, 1)));
            c.m_breaks = mirroredBreaks(m, [&](double t) {
                return centre + width * t * double(std::max(m - 1, 1));
            });
        }
        // The outer limits widen to the data; the classes beyond the inner limits are open.
        c.m_breaks.first() = std::min(c.m_breaks.first(), sorted.first());
        c.m_breaks.last() = std::max(c.m_breaks.last(), sorted.last());
        c.m_centreBreak = m;
        c.m_openEnds = true;
        break;
    }
    case ClassificationMethod::Manual:
    case ClassificationMethod::Stars:
        break;
    }
    return c;
}

Classification Classification::quantiles(const QList<double> &values, int classes)
{
    Classification c;
    c.m_breaks = quantileBreaks(sortedFinite(values, &c.m_noData), classes);
    return c;
}

QString Classification::key(ClassificationMethod method)
{
    for (const MethodKey &k : kMethodKeys)
        if (k.method == method)
            return QLatin1String(k.key);
    return QString();
}

std::optional<ClassificationMethod> Classification::parseMethod(const QString &key)
{
    for (const MethodKey &k : kMethodKeys)
        if (key.trimmed().compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0)
            return k.method;
    return std::nullopt;
}

QStringList Classification::methodKeys()
{
    QStringList keys;
    for (const MethodKey &k : kMethodKeys)
        keys.append(QLatin1String(k.key));
    return keys;
}

int Classification::classOf(double value) const
{
    if (!std::isfinite(value) || m_breaks.size() < 2)
        return -1;
    for (int k = 1; k < m_breaks.size() - 1; ++k)
        if (value < m_breaks[k])
            return k - 1;
    return classCount() - 1;
}

QString Classification::label(int cls, const ValueFormat &format) const
{
    if (cls < 0 || cls >= classCount())
        return QString();
    if (m_method == ClassificationMethod::Stars)
        return QCoreApplication::translate("cs::Classification", "%n star(s)", nullptr, cls);
    if (m_openEnds && classCount() > 1 && cls == 0)
        return QStringLiteral("< %1").arg(format.format(m_breaks[1]));
    if (m_openEnds && classCount() > 1 && cls == classCount() - 1)
        return QStringLiteral("≥ %1").arg(format.format(m_breaks[cls]));
    return QStringLiteral("%1 – %2").arg(format.format(m_breaks[cls]), format.format(m_breaks[cls + 1]));
}

QList<QColor> sequentialPalette(int classes)
{
    // viridis sampled at 7 stops, reversed so that light means low.
    static const QList<QColor> stops = {
        QColor(0xfd, 0xe7, 0x25), QColor(0x90, 0xd7, 0x43), QColor(0x35, 0xb7, 0x79),
        QColor(0x21, 0x91, 0x8c), QColor(0x31, 0x68, 0x8e), QColor(0x44, 0x39, 0x83),
        QColor(0x44, 0x01, 0x54)};
    QList<QColor> colours;
    for (int k = 0; k < classes; ++k) {
        const double t = classes == 1 ? 0.5 : double(k) / (classes - 1) * (stops.size() - 1);
        const int i = std::min(int(t), int(stops.size()) - 2);
        const double f = t - i;
        const QColor a = stops[i], b = stops[i + 1];
        colours.append(QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                                        float(a.greenF() + f * (b.greenF() - a.greenF())),
                                        float(a.blueF() + f * (b.blueF() - a.blueF()))));
    }
    return colours;
}

QColor noDataColour() { return QColor(0xc8, 0xc8, 0xc8); }
QColor outsideColour() { return QColor(0xde, 0xde, 0xde); }

} // namespace cs
