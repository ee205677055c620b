// SPDX-License-Identifier: MIT
// The one number format (maps/NumberFormat) in English, German and French: grouped
// counts, two-decimal ratios and scores, shares and signed percentages with the locale's
// percent sign, an en dash for missing values, never "-0,00"; and map legends
// (ValueFormat) with the same marks as the panels.
#include "maps/Classification.h"
#include "maps/NumberFormat.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace cs;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

class NumberFormatTest : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void inLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<QString>("share");
        QTest::addColumn<QString>("growth");
        QTest::addColumn<QString>("decline");
        const QString nn(QLatin1Char(' '));
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("1,234,567")
                                 << QStringLiteral("1.11") << QStringLiteral("12.3 %")
                                 << QStringLiteral("+2.1 %") << QStringLiteral("-3.5 %");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("1.234.567")
                                << QStringLiteral("1,11") << QStringLiteral("12,3") + nn + QStringLiteral("%")
                                << QStringLiteral("+2,1") + nn + QStringLiteral("%")
                                << QStringLiteral("-3,5") + nn + QStringLiteral("%");
        // French groups with the locale's own separator (a narrow no-break space in CLDR).
        const QString g = QLocale(QStringLiteral("fr_FR")).groupSeparator();
        QTest::newRow("French") << QStringLiteral("fr_FR")
                                << QStringLiteral("1") + g + QStringLiteral("234") + g + QStringLiteral("567")
                                << QStringLiteral("1,11") << QStringLiteral("12,3") + nn + QStringLiteral("%")
                                << QStringLiteral("+2,1") + nn + QStringLiteral("%")
                                << QStringLiteral("-3,5") + nn + QStringLiteral("%");
    }

    void inLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, count);
        QFETCH(QString, ratio);
        QFETCH(QString, share);
        QFETCH(QString, growth);
        QFETCH(QString, decline);
        QLocale::setDefault(QLocale(locale));
        const QString minus = QLocale().negativeSign();

        QCOMPARE(numbers::count(1234567.0), count);
        QCOMPARE(numbers::count(1234567.4), count); // no decimals
        // The "1,107160" beside "1.107159936": one ratio, two decimals, the locale's mark.
        QCOMPARE(numbers::ratio(1.107159936), ratio);
        QCOMPARE(numbers::score(1.107159936), ratio);
        QCOMPARE(numbers::share(0.1234), share);
        QCOMPARE(numbers::signedPercent(2.14), growth);
        QCOMPARE(numbers::signedPercent(-3.46), QString(decline).replace(QLatin1Char('-'), minus));
        // A plain number with decimals: grouped like the count, the ratio's decimal mark.
        QCOMPARE(numbers::fixed(1234.56, 1), count.left(count.size() - 4) + ratio.at(1) + QStringLiteral("6"));

        // Missing values: an en dash, whatever the kind of number.
        const QString dash(QChar(0x2013));
        QCOMPARE(numbers::dash(), dash);
        for (const QString &text : {numbers::count(kNaN), numbers::ratio(kNaN), numbers::score(kNaN),
                                    numbers::share(kNaN), numbers::signedPercent(kNaN),
                                    numbers::fixed(std::numeric_limits<double>::infinity(), 2)})
            QCOMPARE(text, dash);

        // Nothing that rounds to zero shows a sign.
        for (const QString &text : {numbers::ratio(-0.001), numbers::score(-0.004), numbers::fixed(-0.04, 1),
                                    numbers::share(-0.00001), numbers::signedPercent(-0.04),
                                    numbers::signedPercent(0.04), numbers::count(-0.3)}) {
            QVERIFY2(!text.startsWith(minus) && !text.startsWith(QLatin1Char('-')) &&
                         !text.startsWith(QLatin1Char('+')),
                     qPrintable(text));
            QVERIFY2(text.startsWith(QLatin1Char('0')), qPrintable(text));
        }

        // Map legends read like the panels: the same decimal mark and group separator.
        QCOMPARE(ValueFormat::fixed(2).format(1.107159936), numbers::ratio(1.107159936));
        QCOMPARE(ValueFormat::count().format(1234567.0), numbers::count(1234567.0));
        QVERIFY(ValueFormat::percent(1).format(0.1234).startsWith(numbers::fixed(12.34, 1)));
    }
};

QTEST_APPLESS_MAIN(NumberFormatTest)
#include "NumberFormatTest.moc"
