// SPDX-License-Identifier: MIT
#include "maps/Classification.h"
#include "maps/Palette.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace cs;

Q_DECLARE_METATYPE(cs::ClassificationMethod)
Q_DECLARE_METATYPE(cs::ClassificationOptions)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool sameBreaks(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9 * std::max(1.0, std::abs(b[i])))
            return false;
    return true;
}

QString show(const QList<double> &breaks)
{
    QStringList parts;
    for (double b : breaks)
        parts.append(QString::number(b, 'g', 10));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Total within-class sum of squared deviations of values grouped by c.classOf().
double withinSsd(const Classification &c, const QList<double> &values)
{
    QList<QList<double>> groups(c.classCount());
    for (double v : values)
        groups[c.classOf(v)].append(v);
    double total = 0.0;
    for (const auto &g : groups) {
        if (g.isEmpty())
            continue;
        double mean = 0.0;
        for (double v : g)
            mean += v;
        mean /= double(g.size());
        for (double v : g)
            total += (v - mean) * (v - mean);
    }
    return total;
}

// Reference optimum by Jenks's plain O(k·n²) dynamic programme over the sorted values.
double optimalSsd(QList<double> v, int k)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    const auto ssd = [&](int a, int b) {
        double mean = 0.0;
        for (int i = a; i <= b; ++i)
            mean += v[i];
        mean /= (b - a + 1);
        double s = 0.0;
        for (int i = a; i <= b; ++i)
            s += (v[i] - mean) * (v[i] - mean);
        return s;
    };
    QList<QList<double>> d(k, QList<double>(n, kInf));
    for (int j = 0; j < n; ++j)
        d[0][j] = ssd(0, j);
    for (int m = 1; m < k; ++m)
        for (int j = m; j < n; ++j)
            for (int i = m; i <= j; ++i)
                d[m][j] = std::min(d[m][j], d[m - 1][i - 1] + ssd(i, j));
    return d[k - 1][n - 1];
}

QStringList hexNames(const QList<QColor> &colours)
{
    QStringList names;
    for (const QColor &c : colours)
        names.append(c.name());
    return names;
}

} // namespace

class ClassificationTest : public QObject
{
    Q_OBJECT

private slots:
    void breaks_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<ClassificationOptions>("options");
        QTest::addColumn<QList<double>>("expected");
        QTest::addColumn<int>("centreBreak");
        const ClassificationOptions none;
        ClassificationOptions half;
        half.stdDevStep = 0.5;

        // Type 7 quantiles of 1..9 at 1/4, 2/4, 3/4: positions 2, 4, 6 → 3, 5, 7.
        QTest::newRow("quantile 1..9")
            << ClassificationMethod::Quantile << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9} << 4
            << none << QList<double>{1, 3, 5, 7, 9} << -1;
        // Type 7 at 1/3 of 0..10 (11 values): position 10/3 → 3 + 1/3.
        QTest::newRow("quantile 0..10, 3")
            << ClassificationMethod::Quantile << QList<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
            << 3 << none << QList<double>{0, 10.0 / 3, 20.0 / 3, 10} << -1;

        // Equal interval on 0..10: width (10 − 0) / 5 = 2.
        QTest::newRow("equal 0..10, 5") << ClassificationMethod::EqualInterval
                                        << QList<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5
                                        << none << QList<double>{0, 2, 4, 6, 8, 10} << -1;
        // Width 10 / 3; only the extremes of the data matter.
        QTest::newRow("equal 0..10, 3")
            << ClassificationMethod::EqualInterval << QList<double>{10, 0, 7} << 3 << none
            << QList<double>{0, 10.0 / 3, 20.0 / 3, 10} << -1;

        // Jenks on 1 2 4 5 7 9 10 20, k = 3. Enumerating all 21 splits, the least total
        // squared deviation is {1,2,4,5} (mean 3: 4+1+1+4 = 10) + {7,9,10} (mean 26/3:
        // 25/9+1/9+16/9 = 14/3) + {20} (0) = 14.67; runner-up {1,2,4}{5,7,9,10}{20} = 19.42.
        // Each limit is the lowest value of the class above: 7 and 20; 20 also ends it.
        QTest::newRow("jenks textbook")
            << ClassificationMethod::NaturalBreaks << QList<double>{1, 2, 4, 5, 7, 9, 10, 20} << 3
            << none << QList<double>{1, 7, 20, 20} << -1;
        // Two clusters: {4,5}{9,10} costs 0.5 + 0.5 = 1, every other split 14.
        QTest::newRow("jenks two clusters")
            << ClassificationMethod::NaturalBreaks << QList<double>{10, 4, 9, 5} << 2 << none
            << QList<double>{4, 9, 10} << -1;
        // Ties: {1,1}{2,2,2}{3} has cost 0; equal values never straddle a limit.
        QTest::newRow("jenks ties")
            << ClassificationMethod::NaturalBreaks << QList<double>{2, 1, 2, 3, 1, 2} << 3 << none
            << QList<double>{1, 2, 3, 3} << -1;

        // 2 4 4 4 5 5 7 9: mean 40/8 = 5, population variance (9+1+1+1+0+0+4+16)/8 = 4,
        // σ = 2. Limits 5 ± 2j strictly inside (2, 9): 3, 5, 7.
        const QList<double> sd{2, 4, 4, 4, 5, 5, 7, 9};
        QTest::newRow("stddev 1σ") << ClassificationMethod::StandardDeviation << sd << 9 << none
                                   << QList<double>{2, 3, 5, 7, 9} << -1;
        // Step 0.5σ = 1: limits 3 4 5 6 7 8 → 7 classes.
        QTest::newRow("stddev 0.5σ") << ClassificationMethod::StandardDeviation << sd << 9 << half
                                     << QList<double>{2, 3, 4, 5, 6, 7, 8, 9} << -1;
        // At most 5 classes: drop 8 (j = +3), then 3 (j = −2, the lower on a tie).
        QTest::newRow("stddev 0.5σ, max 5") << ClassificationMethod::StandardDeviation << sd << 5
                                            << half << QList<double>{2, 4, 5, 6, 7, 9} << -1;
        // At most 2 classes: only the mean is left.
        QTest::newRow("stddev max 2") << ClassificationMethod::StandardDeviation << sd << 2 << none
                                      << QList<double>{2, 5, 9} << -1;

        // Location quotients around 1. Below: 0.2 0.5 0.8 0.9, above: 1.0 1.1 1.5 2 3 5.
        // 4 classes = 2 + 2. Below median: position 1.5 → 0.5 + 0.5·0.3 = 0.65; above
        // median: position 2.5 → 1.5 + 0.5·0.5 = 1.75. The centre 1 replaces 0.9 and 1.0.
        const QList<double> lq{0.2, 0.5, 0.8, 0.9, 1.0, 1.1, 1.5, 2.0, 3.0, 5.0};
        QTest::newRow("diverging 4") << ClassificationMethod::Diverging << lq << 4 << none
                                     << QList<double>{0.2, 0.65, 1, 1.75, 5} << 2;
        // 5 classes: the odd class goes above (6 values vs 4). Above terciles at positions
        // 5/3 → 1.1 + (2/3)·0.4 and 10/3 → 2 + (1/3)·1.
        QTest::newRow("diverging 5")
            << ClassificationMethod::Diverging << lq << 5 << none
            << QList<double>{0.2, 0.65, 1, 1.1 + 0.4 * 2 / 3, 2 + 1.0 / 3, 5} << 2;
        // Odd class below (4 values vs 1): below median position 1.5 → 0.25.
        QTest::newRow("diverging odd below")
            << ClassificationMethod::Diverging << QList<double>{0.1, 0.2, 0.3, 0.4, 2} << 3 << none
            << QList<double>{0.1, 0.25, 1, 2} << 2;
        // All above the centre: it becomes the lowest limit; median of 1.2 1.5 3 is 1.5.
        QTest::newRow("diverging all above")
            << ClassificationMethod::Diverging << QList<double>{1.2, 1.5, 3} << 2 << none
            << QList<double>{1, 1.5, 3} << 0;
        ClassificationOptions zero;
        zero.centre = 0.0;
        // Growth rates around 0: −3 −1 | 2 4; medians −2 and 3.
        QTest::newRow("diverging around 0")
            << ClassificationMethod::Diverging << QList<double>{-3, -1, 2, 4} << 4 << zero
            << QList<double>{-3, -2, 0, 3, 4} << 2;

        ClassificationOptions manual;
        manual.manualBreaks = {0, 1, 2};
        QTest::newRow("manual") << ClassificationMethod::Manual << QList<double>{0.5, 1.5} << 7
                                << manual << QList<double>{0, 1, 2} << -1;
        // 3 lies above the last limit: the last class widens to the data.
        QTest::newRow("manual widened")
            << ClassificationMethod::Manual << QList<double>{0.5, 1.5, 3} << 7 << manual
            << QList<double>{0, 1, 3} << -1;

        QTest::newRow("stars") << ClassificationMethod::Stars << QList<double>{0, 1, 2, 3} << 5
                               << none << QList<double>{-0.5, 0.5, 1.5, 2.5, 3.5} << -1;
    }
    void breaks()
    {
        QFETCH(ClassificationMethod, method);
        QFETCH(QList<double>, values);
        QFETCH(int, classes);
        QFETCH(ClassificationOptions, options);
        QFETCH(QList<double>, expected);
        QFETCH(int, centreBreak);
        const Classification c = Classification::create(method, values, classes, options);
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.method(), method);
        QVERIFY2(sameBreaks(c.breaks(), expected),
                 qPrintable(show(c.breaks()) + QStringLiteral(" vs ") + show(expected)));
        QCOMPARE(c.classCount(), int(expected.size()) - 1);
        QCOMPARE(c.centreBreak(), centreBreak);
        QCOMPARE(c.countNoData(), 0);
        for (double v : values) {
            const int cls = c.classOf(v);
            QVERIFY(cls >= 0 && cls < c.classCount());
        }
    }

    // Class membership at and around the limits: [lo, hi), the last class closed.
    void classOfAtLimits()
    {
        const Classification equal = Classification::create(ClassificationMethod::EqualInterval,
                                                            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
        QCOMPARE(equal.classOf(0), 0);
        QCOMPARE(equal.classOf(1.999), 0);
        QCOMPARE(equal.classOf(2), 1);
        QCOMPARE(equal.classOf(10), 4);
        QCOMPARE(equal.classOf(-5), 0); // outside the limits: clamped
        QCOMPARE(equal.classOf(50), 4);

        ClassificationOptions options; // centre 1
        const Classification lq =
            Classification::create(ClassificationMethod::Diverging,
                                   {0.2, 0.5, 0.8, 0.9, 1.0, 1.1, 1.5, 2, 3, 5}, 4, options);
        QCOMPARE(lq.classOf(0.9999), 1);
        QCOMPARE(lq.classOf(1.0), 2);

        const Classification stars =
            Classification::create(ClassificationMethod::Stars, {0, 1, 2, 3}, 4);
        for (int s = 0; s <= 3; ++s)
            QCOMPARE(stars.classOf(s), s);
        QVERIFY(stars.label(2, 0).contains(QLatin1Char('2')));
        QCOMPARE(stars.label(4, 0), QString());

        const Classification jenks = Classification::create(ClassificationMethod::NaturalBreaks,
                                                            {1, 2, 4, 5, 7, 9, 10, 20}, 3);
        QCOMPARE(jenks.classOf(5), 0);
        QCOMPARE(jenks.classOf(7), 1);
        QCOMPARE(jenks.classOf(10), 1);
        QCOMPARE(jenks.classOf(20), 2);
        QCOMPARE(jenks.label(0, 1), QStringLiteral("1.0 – 7.0"));
    }

    // NaN and ±∞ are no data for every method: counted, never classed.
    void noData_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        for (const QString &key : Classification::methodKeys()) {
            const auto method = Classification::parseMethod(key);
            QVERIFY(method.has_value());
            QTest::newRow(qPrintable(key)) << *method;
        }
    }
    void noData()
    {
        QFETCH(ClassificationMethod, method);
        ClassificationOptions options;
        options.manualBreaks = {0, 2, 4};
        const QList<double> values{1, kNaN, 2, kInf, 3, -kInf, 0.5, 1.5};
        const Classification c = Classification::create(method, values, 3, options);
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.countNoData(), 3);
        QCOMPARE(c.classOf(kNaN), -1);
        QCOMPARE(c.classOf(kInf), -1);
        QVERIFY(c.classCount() >= 1);
        for (int i = 1; i < c.breaks().size(); ++i)
            QVERIFY(c.breaks()[i] >= c.breaks()[i - 1]);

        const Classification empty = Classification::create(method, {kNaN, kNaN}, 3, options);
        QVERIFY(empty.error().isEmpty());
        QCOMPARE(empty.countNoData(), 2);
        QCOMPARE(empty.classOf(1.0),
                 method == ClassificationMethod::Manual  ? 0 // breaks 0 2 4
                 : method == ClassificationMethod::Stars ? 1 // one star
                                                         : -1);
    }

    // All-equal data, a single value, fewer distinct values than classes.
    void degenerate_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("expected");
        const QList<double> same{3, 3, 3, 3};
        const QList<double> one{7};
        const QList<double> two{1, 1, 1, 5, 5};
        QTest::newRow("quantile same")
            << ClassificationMethod::Quantile << same << QList<double>{3, 3};
        QTest::newRow("equal same")
            << ClassificationMethod::EqualInterval << same << QList<double>{3, 3};
        QTest::newRow("jenks same")
            << ClassificationMethod::NaturalBreaks << same << QList<double>{3, 3};
        QTest::newRow("stddev same (σ = 0)")
            << ClassificationMethod::StandardDeviation << same << QList<double>{3, 3};
        // All above the centre 1: [1, 3].
        QTest::newRow("diverging same")
            << ClassificationMethod::Diverging << same << QList<double>{1, 3};
        QTest::newRow("quantile one")
            << ClassificationMethod::Quantile << one << QList<double>{7, 7};
        QTest::newRow("equal one")
            << ClassificationMethod::EqualInterval << one << QList<double>{7, 7};
        QTest::newRow("jenks one")
            << ClassificationMethod::NaturalBreaks << one << QList<double>{7, 7};
        QTest::newRow("stddev one")
            << ClassificationMethod::StandardDeviation << one << QList<double>{7, 7};
        // 1 1 1 5 5, 4 classes. Type 7 quantiles at positions 1, 2, 3: 1, 1, 5 → one class.
        QTest::newRow("quantile 2 distinct")
            << ClassificationMethod::Quantile << two << QList<double>{1, 5};
        // Equal widths do not care: 4 classes, two of them empty.
        QTest::newRow("equal 2 distinct")
            << ClassificationMethod::EqualInterval << two << QList<double>{1, 2, 3, 4, 5};
        // Jenks gives one class per distinct value: {1,1,1} {5,5}.
        QTest::newRow("jenks 2 distinct")
            << ClassificationMethod::NaturalBreaks << two << QList<double>{1, 5, 5};
    }
    void degenerate()
    {
        QFETCH(ClassificationMethod, method);
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, expected);
        const Classification c = Classification::create(method, values, 4);
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QVERIFY2(sameBreaks(c.breaks(), expected),
                 qPrintable(show(c.breaks()) + QStringLiteral(" vs ") + show(expected)));
        for (double v : values)
            QVERIFY(c.classOf(v) >= 0);
    }

    void invalidInput_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QList<double>>("manualBreaks");
        QTest::addColumn<double>("centre");
        QTest::addColumn<double>("step");
        const QList<double> ok{0, 1, 2};
        QTest::newRow("manual: one limit")
            << ClassificationMethod::Manual << 3 << QList<double>{1} << 1.0 << 1.0;
        QTest::newRow("manual: none")
            << ClassificationMethod::Manual << 3 << QList<double>{} << 1.0 << 1.0;
        QTest::newRow("manual: NaN")
            << ClassificationMethod::Manual << 3 << QList<double>{0, kNaN, 2} << 1.0 << 1.0;
        QTest::newRow("manual: infinite")
            << ClassificationMethod::Manual << 3 << QList<double>{0, 1, kInf} << 1.0 << 1.0;
        QTest::newRow("manual: descending")
            << ClassificationMethod::Manual << 3 << QList<double>{0, 2, 1} << 1.0 << 1.0;
        QTest::newRow("manual: repeated")
            << ClassificationMethod::Manual << 3 << QList<double>{0, 1, 1} << 1.0 << 1.0;
        QTest::newRow("quantile: 0 classes")
            << ClassificationMethod::Quantile << 0 << ok << 1.0 << 1.0;
        QTest::newRow("jenks: negative")
            << ClassificationMethod::NaturalBreaks << -2 << ok << 1.0 << 1.0;
        QTest::newRow("diverging: 1 class")
            << ClassificationMethod::Diverging << 1 << ok << 1.0 << 1.0;
        QTest::newRow("diverging: NaN centre")
            << ClassificationMethod::Diverging << 4 << ok << kNaN << 1.0;
        QTest::newRow("stddev: step 0")
            << ClassificationMethod::StandardDeviation << 4 << ok << 1.0 << 0.0;
    }
    void invalidInput()
    {
        QFETCH(ClassificationMethod, method);
        QFETCH(int, classes);
        QFETCH(QList<double>, manualBreaks);
        QFETCH(double, centre);
        QFETCH(double, step);
        ClassificationOptions options;
        options.manualBreaks = manualBreaks;
        options.centre = centre;
        options.stdDevStep = step;
        const Classification c =
            Classification::create(method, {0.5, 1.0, 1.5, kNaN}, classes, options);
        QVERIFY(!c.error().isEmpty());
        QCOMPARE(c.classCount(), 0);
        QCOMPARE(c.classOf(1.0), -1);
    }

    // The fast Jenks matches the plain O(k·n²) optimum on random data, ties included.
    void jenksIsOptimal_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("range"); // small ranges make many ties
        QTest::newRow("n 12, k 3") << 12 << 3 << 1000;
        QTest::newRow("n 40, k 5, ties") << 40 << 5 << 8;
        QTest::newRow("n 150, k 7") << 150 << 7 << 100000;
        QTest::newRow("n 200, k 9, ties") << 200 << 9 << 30;
    }
    void jenksIsOptimal()
    {
        QFETCH(int, n);
        QFETCH(int, classes);
        QFETCH(int, range);
        QRandomGenerator rng(quint32(n * 31 + classes));
        for (int round = 0; round < 5; ++round) {
            QList<double> values;
            for (int i = 0; i < n; ++i)
                values.append(double(rng.bounded(range)) * 0.37);
            const Classification c =
                Classification::create(ClassificationMethod::NaturalBreaks, values, classes);
            const int distinct = int(QSet<double>(values.begin(), values.end()).size());
            QCOMPARE(c.classCount(), std::min(classes, distinct));
            const double expected = optimalSsd(values, c.classCount());
            QVERIFY2(
                std::abs(withinSsd(c, values) - expected) <= 1e-9 * std::max(1.0, expected),
                qPrintable(
                    QStringLiteral("%1 vs optimum %2").arg(withinSsd(c, values)).arg(expected)));
        }
    }

    // Large inputs need no sampling.
    void jenksLarge()
    {
        QRandomGenerator rng(7);
        QList<double> values;
        for (int i = 0; i < 20000; ++i)
            values.append(rng.generateDouble() * rng.generateDouble() * 100.0);
        const Classification c =
            Classification::create(ClassificationMethod::NaturalBreaks, values, 9);
        QCOMPARE(c.classCount(), 9);
        for (int i = 1; i < c.breaks().size(); ++i)
            QVERIFY(c.breaks()[i] > c.breaks()[i - 1]);
    }

    // LogSymmetric: limits centre·span^(j/(m−1)), independent of the data, the centre a
    // limit, open outer classes; an odd count rounds up to an even one.
    void logSymmetric()
    {
        const QList<double> lq{0.0, 0.3, 0.8, 1.0, 1.2, 1.9, 2.0, 7.5, kNaN};
        const Classification c = Classification::create(ClassificationMethod::LogSymmetric, lq, 6);
        QVERIFY(c.error().isEmpty());
        QVERIFY2(sameBreaks(c.breaks(), {0.0, 0.5, std::sqrt(0.5), 1.0, std::sqrt(2.0), 2.0, 7.5}),
                 qPrintable(show(c.breaks())));
        QCOMPARE(c.centreBreak(), 3);
        QVERIFY(c.hasOpenEnds());
        QCOMPARE(c.classOf(0.0), 0);
        QCOMPARE(c.classOf(1.0), 3);
        QCOMPARE(c.classOf(1.99), 4);
        QCOMPARE(c.classOf(2.0), 5);
        QCOMPARE(c.label(0, 2), QStringLiteral("< 0.50"));
        QCOMPARE(c.label(1, 2), QStringLiteral("0.50 – 0.71"));
        QCOMPARE(c.label(5, 2), QStringLiteral("≥ 2.00"));
        // Data inside the inner limits: the outer limits stay one step beyond.
        const Classification narrow = Classification::create(ClassificationMethod::LogSymmetric, {0.9, 1.1}, 5);
        QCOMPARE(narrow.classCount(), 6);
        QVERIFY(narrow.breaks().first() < 0.5 && narrow.breaks().last() > 2.0);
        ClassificationOptions four;
        four.logSpan = 3.0;
        QVERIFY(sameBreaks(Classification::create(ClassificationMethod::LogSymmetric, {1.0}, 4, four).breaks().mid(1, 3),
                           {1.0 / 3.0, 1.0, 3.0}));
        ClassificationOptions bad;
        bad.centre = 0.0;
        QVERIFY(!Classification::create(ClassificationMethod::LogSymmetric, lq, 6, bad).error().isEmpty());
        bad.centre = 1.0;
        bad.logSpan = 1.0;
        QVERIFY(!Classification::create(ClassificationMethod::LogSymmetric, lq, 6, bad).error().isEmpty());
    }

    // Symmetric: equal widths mirrored around the centre, the width a round number
    // from the 75th percentile of the distances to the centre.
    void symmetric()
    {
        ClassificationOptions zero;
        zero.centre = 0.0;
        const QList<double> growth{-9.0, -3.1, -1.0, -0.2, 0.4, 1.5, 2.2, 3.9, 4.4, 12.0};
        const Classification c = Classification::create(ClassificationMethod::Symmetric, growth, 6, zero);
        QVERIFY(c.error().isEmpty());
        QCOMPARE(c.classCount(), 6);
        QCOMPARE(c.centreBreak(), 3);
        QCOMPARE(c.breaks()[3], 0.0);
        // |v| sorted: 0.2 0.4 1 1.5 2.2 3.1 3.9 4.4 9 12; 75th percentile 4.275 → w = 2.
        QVERIFY2(sameBreaks(c.breaks(), {-9.0, -4.0, -2.0, 0.0, 2.0, 4.0, 12.0}), qPrintable(show(c.breaks())));
        QCOMPARE(c.label(0, 1), QStringLiteral("< -4.0"));
        QCOMPARE(c.label(3, 1), QStringLiteral("0.0 – 2.0"));
        QCOMPARE(c.label(5, 1), QStringLiteral("≥ 4.0"));
        QCOMPARE(Classification::create(ClassificationMethod::Symmetric, growth, 1, zero).classCount(), 0);
    }

    // Legend numbers: percent, counts with thousands separators, decimals fitted to the limits.
    void valueFormats()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Classification share = Classification::create(ClassificationMethod::Manual, {},
                                                             0, {{0.005, 0.012, 0.03}, 1.0, 1.0});
        QCOMPARE(share.label(0, ValueFormat::percent(1)), QStringLiteral("0.5 % – 1.2 %"));
        const Classification jobs = Classification::create(ClassificationMethod::Manual, {},
                                                           0, {{120.0, 12345.0, 45678.0}, 1.0, 1.0});
        QCOMPARE(jobs.label(0, ValueFormat::count()), QStringLiteral("120 – 12,345"));
        QCOMPARE(jobs.label(1, ValueFormat::count()), QStringLiteral("12,345 – 45,678"));
        QCOMPARE(ValueFormat::fixed(2).format(1234.5), QStringLiteral("1234.50"));
        QCOMPARE(ValueFormat::fixed(1).format(-0.01), QStringLiteral("0.0"));
        // 0.0004 and 0.0006 read apart only with two decimals in percent.
        QCOMPARE(ValueFormat::percent(1).fittedTo({0.0, 0.0004, 0.0006, 0.01}).decimals, 2);
        QCOMPARE(ValueFormat::percent(1).fittedTo({0.0, 0.004, 0.006, 0.01}).decimals, 1);
        QLocale::setDefault(before);
    }

    void methodKeys()
    {
        QCOMPARE(Classification::methodKeys(),
                 (QStringList{QStringLiteral("quantile"), QStringLiteral("equal"),
                              QStringLiteral("jenks"), QStringLiteral("stddev"),
                              QStringLiteral("manual"), QStringLiteral("diverging"),
                              QStringLiteral("symmetric"), QStringLiteral("logsym"),
                              QStringLiteral("stars")}));
        for (const QString &key : Classification::methodKeys())
            QCOMPARE(Classification::key(*Classification::parseMethod(key)), key);
        QVERIFY(Classification::parseMethod(QStringLiteral(" Jenks ")) ==
                ClassificationMethod::NaturalBreaks);
        QVERIFY(!Classification::parseMethod(QStringLiteral("kmeans")).has_value());
        QVERIFY(!Classification::parseMethod(QString()).has_value());
    }

    // quantiles() is unchanged: MapRendererTest and the scene builder rely on it.
    void quantilesUnchanged()
    {
        const QList<double> values{5, 1, kNaN, 3, 9, 2, 2};
        const Classification a = Classification::quantiles(values, 4);
        const Classification b = Classification::create(ClassificationMethod::Quantile, values, 4);
        QCOMPARE(a.breaks(), b.breaks());
        QCOMPARE(a.countNoData(), 1);
        QVERIFY(Classification::quantiles(values, 0).breaks().isEmpty());
    }

    // ColorBrewer 5-class YlGnBu as published on colorbrewer2.org.
    void colorBrewerExact()
    {
        const Palette p = Palette::byName(QStringLiteral("YlGnBu"));
        QVERIFY(p.isValid());
        QCOMPARE(p.kind(), Palette::Kind::Sequential);
        QCOMPARE(hexNames(p.colours(5)),
                 (QStringList{QStringLiteral("#ffffcc"), QStringLiteral("#a1dab4"),
                              QStringLiteral("#41b6c4"), QStringLiteral("#2c7fb8"),
                              QStringLiteral("#253494")}));
        // RdBu 3 and PuOr 3 run from the low hue (red, orange) to the high one.
        QCOMPARE(hexNames(Palette::byName(QStringLiteral("RdBu")).colours(3)),
                 (QStringList{QStringLiteral("#ef8a62"), QStringLiteral("#f7f7f7"),
                              QStringLiteral("#67a9cf")}));
        QCOMPARE(hexNames(Palette::byName(QStringLiteral("PuOr")).colours(3)),
                 (QStringList{QStringLiteral("#f1a340"), QStringLiteral("#f7f7f7"),
                              QStringLiteral("#998ec3")}));
        QCOMPARE(hexNames(Palette::byName(QStringLiteral("Set2")).colours(3)),
                 (QStringList{QStringLiteral("#66c2a5"), QStringLiteral("#fc8d62"),
                              QStringLiteral("#8da0cb")}));
    }

    void distinctColours_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Palette::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void distinctColours()
    {
        QFETCH(QString, name);
        const Palette p = Palette::byName(name);
        QVERIFY(p.isValid());
        QCOMPARE(p.name(), name);
        for (int n = 1; n <= 12; ++n) {
            const QList<QColor> colours = p.colours(n);
            QCOMPARE(int(colours.size()), n);
            QSet<QRgb> seen;
            for (const QColor &c : colours) {
                QVERIFY(c.isValid());
                seen.insert(c.rgb());
            }
            // Qualitative palettes have 8 colours (ColorBrewer publishes no more) and repeat.
            if (n <= p.maxColours())
                QVERIFY2(int(seen.size()) == n, qPrintable(QStringLiteral("n = %1").arg(n)));
        }
        if (p.kind() != Palette::Kind::Qualitative)
            QVERIFY(p.maxColours() >= 9);
        QCOMPARE(p.reversed().colours(5).first(), p.colours(5).last());
        QVERIFY(p.reversed().isReversed());
    }

    void paletteNames()
    {
        const QStringList names = Palette::names();
        for (const char *name : {"YlGnBu", "YlOrRd", "Blues", "Greens", "Purples", "OrRd", "RdBu",
                                 "PuOr", "BrBG", "Set2", "Dark2", "viridis", "cividis"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(Palette::byName(QStringLiteral("ylgnbu")).isValid());
        QVERIFY(!Palette::byName(QStringLiteral("jet")).isValid());
        QVERIFY(Palette::byName(QStringLiteral("jet")).colours(5).isEmpty());
        const Palette r = Palette::byName(QStringLiteral("Blues_r"));
        QVERIFY(r.isReversed());
        QCOMPARE(r.name(), QStringLiteral("Blues"));
        QCOMPARE(r.colours(4).first().name(), QStringLiteral("#2171b5"));
    }

    // viridis and cividis come from matplotlib's 256-entry tables.
    void ramps()
    {
        const Palette viridis = Palette::byName(QStringLiteral("viridis"));
        // Ends are entries 0 and 255; the middle lies halfway between entries 127
        // (#21908d) and 128 (#21918c), rounded half away from zero: #21918d.
        QCOMPARE(hexNames(viridis.colours(3)),
                 (QStringList{QStringLiteral("#440154"), QStringLiteral("#21918d"),
                              QStringLiteral("#fde725")}));
        QCOMPARE(Palette::byName(QStringLiteral("cividis")).colours(2).first().name(),
                 QStringLiteral("#00224e"));
        QCOMPARE(Palette::byName(QStringLiteral("cividis")).colours(2).last().name(),
                 QStringLiteral("#fee838"));
    }

    void defaults()
    {
        const Palette seq = Palette::defaultSequential();
        QCOMPARE(seq.name(), QStringLiteral("viridis"));
        QVERIFY(seq.isReversed()); // light = low
        QCOMPARE(seq.colours(5).first().name(), QStringLiteral("#fde725"));
        const Palette div = Palette::defaultDiverging();
        QCOMPARE(div.name(), QStringLiteral("PuOr"));
        QCOMPARE(div.kind(), Palette::Kind::Diverging);
    }

    // The legacy ramp keeps its colours: reference images and the screenshot test use it.
    void sequentialPaletteUnchanged()
    {
        QCOMPARE(hexNames(sequentialPalette(5)),
                 (QStringList{QStringLiteral("#fde725"), QStringLiteral("#63c75e"),
                              QStringLiteral("#21918c"), QStringLiteral("#3b5189"),
                              QStringLiteral("#440154")}));
        QCOMPARE(sequentialPalette(7).size(), 7);
    }

    // Diverging colours put the palette's midpoint on the centre limit.
    void divergingColours()
    {
        const Palette rdbu = Palette::byName(QStringLiteral("RdBu"));
        const QList<QColor> six = rdbu.colours(6); // b2182b ef8a62 fddbc7 | d1e5f0 67a9cf 2166ac
        QCOMPARE(rdbu.divergingColours(2, 3), six.mid(1, 5));
        QCOMPARE(rdbu.divergingColours(3, 3), six);
        QCOMPARE(rdbu.divergingColours(0, 3), six.mid(3));

        const Classification lq = Classification::create(
            ClassificationMethod::Diverging, {0.2, 0.5, 0.8, 0.9, 1.0, 1.1, 1.5, 2, 3, 5}, 5);
        QCOMPARE(lq.centreBreak(), 2); // 2 classes below 1, 3 above
        QCOMPARE(rdbu.coloursFor(lq), six.mid(1, 5));
        // A sequential palette ignores the centre.
        const Palette blues = Palette::byName(QStringLiteral("Blues"));
        QCOMPARE(blues.coloursFor(lq), blues.colours(5));
        // Beyond the 11-class lists the colours are interpolated, still n of them.
        QCOMPARE(rdbu.divergingColours(7, 2).size(), 9);
    }
};

QTEST_GUILESS_MAIN(ClassificationTest)
#include "ClassificationTest.moc"
