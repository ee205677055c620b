// SPDX-License-Identifier: MIT
// The defaults of buildScene() per indicator (Symbology::defaultFor): classes, palette,
// legend numbers, class limits over every year, titles of period measures.
#include "maps/ClusterData.h"
#include "maps/Palette.h"
#include "maps/SceneBuilder.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace cs;

Q_DECLARE_METATYPE(cs::Indicator)

class SceneDefaultsTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_sbs;
    ClusterData m_lfs;
    std::shared_ptr<NutsLayer> m_layer;

    static bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_sbs = ClusterData::embedded(QStringLiteral("sbs"));
        m_lfs = ClusterData::embedded(QStringLiteral("lfs"));
        QVERIFY(m_sbs.isValid() && m_lfs.isValid());
        m_layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(m_layer->loadFromCache({2013, 2, NutsLayer::Scale::M3}, &error), qPrintable(error));
    }

    // LQ: six classes symmetric in log space around 1, up to the specialisation
    // threshold 2, with open outer classes; above 1 warm, below 1 cool.
    void lqDefault()
    {
        const MapScene scene =
            buildScene(m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        const Classification &c = scene.classification;
        QCOMPARE(c.method(), ClassificationMethod::LogSymmetric);
        QCOMPARE(c.classCount(), 6);
        const QList<double> &b = c.breaks();
        const QList<double> inner{0.5, 1 / std::sqrt(2.0), 1.0, std::sqrt(2.0), 2.0};
        for (int i = 0; i < inner.size(); ++i)
            QVERIFY2(near(b[i + 1], inner[i]), qPrintable(QString::number(b[i + 1])));
        QVERIFY(b.contains(1.0) && b.contains(2.0));
        for (int i = 1; i <= 2; ++i) // log-symmetric around 1
            QVERIFY(near(std::log(b[3 - i]), -std::log(b[3 + i])));
        QCOMPARE(c.centreBreak(), 3);
        QCOMPARE(scene.classLabel(0), QStringLiteral("< 0.50"));
        QCOMPARE(scene.classLabel(2), QStringLiteral("0.71 – 1.00"));
        QCOMPARE(scene.classLabel(3), QStringLiteral("1.00 – 1.41"));
        QCOMPARE(scene.classLabel(5), QStringLiteral("≥ 2.00"));
        QCOMPARE(scene.colours.size(), 6);
        QCOMPARE(scene.colours, Palette::byName(QStringLiteral("PuOr_r")).colours(6));
        QVERIFY(scene.colours[5].red() > scene.colours[5].blue()); // strong: warm
        QVERIFY(scene.colours[0].blue() > scene.colours[0].red()); // weak: cool
        QVERIFY(scene.title.endsWith(QStringLiteral("NUTS 2, 2015")));
    }

    // Growth: classes mirrored around 0 (a limit), decline and growth in two hues, and
    // a title naming the period of the rate.
    void growthDefault()
    {
        const MapScene scene = buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), Indicator::Growth, 2015});
        const Classification &c = scene.classification;
        QCOMPARE(c.method(), ClassificationMethod::Symmetric);
        QCOMPARE(c.classCount(), 6);
        const int centre = c.centreBreak();
        QCOMPARE(centre, 3);
        QCOMPARE(c.breaks()[centre], 0.0);
        for (int j = 1; j < centre; ++j)
            QVERIFY(near(c.breaks()[centre - j], -c.breaks()[centre + j]));
        QVERIFY(c.breaks()[centre + 1] > 0.0);
        QCOMPARE(scene.colours, Palette::byName(QStringLiteral("BrBG")).colours(6));
        QVERIFY(scene.classLabel(0).startsWith(QStringLiteral("< -")));
        QVERIFY(scene.classLabel(5).startsWith(QStringLiteral("≥ ")));
        QVERIFY2(scene.title.endsWith(QStringLiteral("NUTS 2, 2008–2015")), qPrintable(scene.title));
        // The centre follows the indicator for the diverging quantiles too.
        Symbology diverging = Symbology::defaultFor(Indicator::Growth);
        diverging.method = ClassificationMethod::Diverging;
        const MapScene quantiles =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), Indicator::Growth, 2015}, diverging);
        QVERIFY(quantiles.classification.centreBreak() >= 0);
        QCOMPARE(quantiles.classification.breaks()[quantiles.classification.centreBreak()], 0.0);
    }

    // Shares and focus read in percent, not as raw fractions.
    void shareLegendInPercent_data()
    {
        QTest::addColumn<Indicator>("indicator");
        QTest::newRow("share") << Indicator::Share;
        QTest::newRow("focus") << Indicator::Focus;
    }
    void shareLegendInPercent()
    {
        QFETCH(Indicator, indicator);
        const MapScene scene = buildScene(m_sbs, m_layer, {2, QStringLiteral("C28"), indicator, 2015});
        QCOMPARE(scene.classification.classCount(), 5);
        static const QRegularExpression percent(QStringLiteral("^\\d+\\.\\d+ % – \\d+\\.\\d+ %$"));
        QStringList labels;
        for (int k = 0; k < scene.classification.classCount(); ++k) {
            const QString label = scene.classLabel(k);
            QVERIFY2(percent.match(label).hasMatch(), qPrintable(label));
            labels.append(label);
        }
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size()); // distinct
        // The top limit, the largest value, in percent.
        const double top = scene.classification.breaks().last() * 100.0;
        QVERIFY2(labels.last().endsWith(QLocale().toString(top, 'f', scene.format.decimals) + QStringLiteral(" %")),
                 qPrintable(labels.last()));
    }

    // Employment counts with thousands separators.
    void employmentThousands()
    {
        const MapScene scene =
            buildScene(m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::Employment, 2015});
        static const QRegularExpression count(QStringLiteral("^\\d{1,3}(,\\d{3})* – \\d{1,3}(,\\d{3})*$"));
        bool grouped = false;
        for (int k = 0; k < scene.classification.classCount(); ++k) {
            const QString label = scene.classLabel(k);
            QVERIFY2(count.match(label).hasMatch(), qPrintable(label));
            grouped = grouped || label.contains(QLatin1Char(','));
        }
        QVERIFY(grouped);
        QCOMPARE(scene.format.format(12345.0), QStringLiteral("12,345"));
    }

    // Employment, a count, is drawn as proportional circles by default; every other
    // indicator as classes of colour. Circles keep one scale over all years.
    void employmentDefaultsToCircles()
    {
        QCOMPARE(Symbology::defaultFor(Indicator::Employment).symbol, MapScene::Symbol::Circles);
        for (Indicator other : {Indicator::LocationQuotient, Indicator::Share, Indicator::Focus,
                                Indicator::Stars, Indicator::Growth})
            QCOMPARE(Symbology::defaultFor(other).symbol, MapScene::Symbol::Choropleth);
        const MapScene y2008 =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("F"), Indicator::Employment, 2008});
        const MapScene y2015 =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("F"), Indicator::Employment, 2015});
        QCOMPARE(y2008.symbol, MapScene::Symbol::Circles);
        QVERIFY(y2008.circleMax > 0);
        QCOMPARE(y2008.circleMax, y2015.circleMax);
        double largest2015 = 0;
        for (double v : y2015.values)
            if (std::isfinite(v))
                largest2015 = std::max(largest2015, v);
        QVERIFY(y2015.circleMax >= largest2015);
    }

    // Multi-year data: by default the limits come from every year's values, the same
    // in each year; per year they differ.
    void classesOverAllYears_data()
    {
        QTest::addColumn<Indicator>("indicator");
        QTest::newRow("share (quantiles)") << Indicator::Share;
        QTest::newRow("growth (symmetric)") << Indicator::Growth;
    }
    void classesOverAllYears()
    {
        QFETCH(Indicator, indicator);
        const QList<int> years = m_lfs.years();
        QCOMPARE(years.size(), 8);
        const Symbology all = Symbology::defaultFor(indicator);
        Symbology perYear = all;
        perYear.classesPerYear = true;
        const int first = indicator == Indicator::Growth ? years[1] : years.first(); // growth starts later
        const QList<double> reference =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), indicator, years.last()}, all).classification.breaks();
        QVERIFY(reference.size() > 2);
        for (int year : years)
            QCOMPARE(buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), indicator, year}, all).classification.breaks(),
                     reference);
        const QList<double> early =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), indicator, first}, perYear).classification.breaks();
        const QList<double> late =
            buildScene(m_lfs, m_layer, {2, QStringLiteral("J"), indicator, years.last()}, perYear).classification.breaks();
        QVERIFY(early != late);
        QVERIFY(late != reference || early != reference);
    }

    // The defaults can be overridden: another method and palette.
    void overrides()
    {
        Symbology s = Symbology::defaultFor(Indicator::LocationQuotient);
        s.method = ClassificationMethod::Quantile;
        s.classes = 5;
        s.palette = QStringLiteral("YlGnBu");
        const MapScene scene = buildScene(m_sbs, m_layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015}, s);
        QCOMPARE(scene.classification.method(), ClassificationMethod::Quantile);
        QCOMPARE(scene.classification.classCount(), 5);
        QCOMPARE(scene.colours, Palette::byName(QStringLiteral("YlGnBu")).colours(5));
        QCOMPARE(Symbology::defaultPalette(ClassificationMethod::Quantile, Indicator::Share), QStringLiteral("viridis_r"));
        QCOMPARE(Symbology::defaultFor(Indicator::Stars).method, ClassificationMethod::Stars);
    }
};

QTEST_MAIN(SceneDefaultsTest)
#include "SceneDefaultsTest.moc"
