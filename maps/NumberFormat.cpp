// SPDX-License-Identifier: MIT
#include "maps/NumberFormat.h"

#include <QLocale>

#include <cmath>

namespace cs::numbers {

namespace {

QLocale grouped()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

// No "-0.00": values that round to zero show as zero.
double cleaned(double value, int decimals)
{
    return std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
}

} // namespace

QString dash()
{
    return QString(QChar(0x2013));
}

QString fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return dash();
    return grouped().toString(cleaned(value, decimals), 'f', decimals);
}

QString count(double value)
{
    return fixed(value, 0);
}

QString ratio(double value)
{
    return fixed(value, 2);
}

QString score(double value)
{
    return fixed(value, 2);
}

QString percentSuffix()
{
    // A space before the sign in every language, as the map legends have always read
    // ("12.3 %"): one form on the map and in the panels.
    return QStringLiteral(" ") + QLocale().percent();
}

QString share(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return dash();
    return fixed(100.0 * fraction, decimals) + percentSuffix();
}

QString signedPercent(double percent, int decimals)
{
    if (!std::isfinite(percent))
        return dash();
    const double v = cleaned(percent, decimals);
    const QString sign = v > 0.0 ? QStringLiteral("+") : QString();
    return sign + fixed(v, decimals) + percentSuffix();
}

} // namespace cs::numbers
