// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace cs {

// Class breaks for a set of values and the colour of each class. NaN values belong to
// no class (classOf() == -1) and are drawn with the no-data style.
class Classification
{
public:
    // Quantile breaks: each class holds about the same number of finite values.
    static Classification quantiles(const QList<double> &values, int classes);

    // k+1 ascending limits for k classes.
    const QList<double> &breaks() const { return m_breaks; }
    int classCount() const { return m_breaks.isEmpty() ? 0 : int(m_breaks.size()) - 1; }
    int classOf(double value) const;
    int countNoData() const { return m_noData; }
    QString label(int cls, int decimals) const;

private:
    QList<double> m_breaks;
    int m_noData = 0;
};

// Colour-blind-safe sequential palette (viridis, light = low, dark = high).
QList<QColor> sequentialPalette(int classes);
QColor noDataColour();
QColor outsideColour(); // land with no region of the map (non-EU neighbours)

} // namespace cs
