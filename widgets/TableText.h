// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class QAbstractAxis;

// Text and sorting shared by the region profile and the comparison view.
namespace cs::tabletext {

// The en dash shown for a missing value.
QString dash();
// "★★☆" for 2 of 3 stars.
QString starText(int stars);
// `text` cut to `length` characters with an ellipsis.
QString elided(const QString &text, int length);
// Axis labels at 85 % of their size, for small charts.
void shrinkLabels(QAbstractAxis *axis);

// Sorts on sortRole(): numbers numerically with NaN last in either order, text
// locale-aware.
class NumericSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

// `text` cut at the end of a word to at most `length` characters, ellipsis included
// ("Information Technology…"); a first word longer than that is cut inside it.
QString elidedAtWord(const QString &text, int length);

} // namespace cs::tabletext
