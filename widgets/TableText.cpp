// SPDX-License-Identifier: MIT
#include "widgets/TableText.h"

#include <QAbstractAxis>
#include <QFont>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs::tabletext {

QString dash()
{
    return QString(QChar(0x2013));
}

QString starText(int stars)
{
    return QString(stars, QChar(0x2605)) + QString(std::max(0, 3 - stars), QChar(0x2606));
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

void shrinkLabels(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
}

bool NumericSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
        const double nanKey = sortOrder() == Qt::AscendingOrder ? std::numeric_limits<double>::infinity()
                                                                : -std::numeric_limits<double>::infinity();
        const double a = std::isnan(l.toDouble()) ? nanKey : l.toDouble();
        const double b = std::isnan(r.toDouble()) ? nanKey : r.toDouble();
        return a < b;
    }
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

QString elidedAtWord(const QString &text, int length)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= length || length < 2)
        return simplified.left(std::max(length, 0));
    // The last space that leaves room for the ellipsis; trailing punctuation goes too.
    const qsizetype space = simplified.lastIndexOf(QLatin1Char(' '), length - 1);
    QString head = space > 0 ? simplified.left(space) : simplified.left(length - 1);
    while (!head.isEmpty() && !head.back().isLetterOrNumber() && head.back() != QLatin1Char(')'))
        head.chop(1);
    return head + QChar(0x2026);
}

} // namespace cs::tabletext
