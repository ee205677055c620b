// SPDX-License-Identifier: MIT
#include "maps/Classification.h"

#include <algorithm>
#include <cmath>

namespace cs {

Classification Classification::quantiles(const QList<double> &values, int classes)
{
    Classification c;
    QList<double> finite;
    for (double v : values) {
        if (std::isfinite(v))
            finite.append(v);
        else
            ++c.m_noData;
    }
    if (finite.isEmpty() || classes < 1)
        return c;
    std::sort(finite.begin(), finite.end());
    c.m_breaks.append(finite.first());
    for (int k = 1; k < classes; ++k) {
        // Type 7 quantile (R's default) at k / classes.
        const double pos = double(k) / classes * double(finite.size() - 1);
        const auto lo = qsizetype(std::floor(pos));
        const qsizetype hi = std::min(lo + 1, finite.size() - 1);
        const double q = finite[lo] + (pos - double(lo)) * (finite[hi] - finite[lo]);
        if (q > c.m_breaks.last())
            c.m_breaks.append(q);
    }
    if (finite.last() > c.m_breaks.last() || c.m_breaks.size() == 1)
        c.m_breaks.append(finite.last());
    return c;
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

QString Classification::label(int cls, int decimals) const
{
    return QStringLiteral("%1 – %2")
        .arg(m_breaks[cls], 0, 'f', decimals)
        .arg(m_breaks[cls + 1], 0, 'f', decimals);
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
QColor outsideColour() { return QColor(0xee, 0xee, 0xee); }

} // namespace cs
