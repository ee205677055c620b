// SPDX-License-Identifier: MIT
#include "maps/SceneBuilder.h"

#include "maps/Basemap.h"
#include "maps/Palette.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <thread>

namespace cs {

namespace {

// scores.valueOf() of every region, through a hash rather than a search per region.
QList<double> valuesFor(const Scores &scores, const QList<Region> &regions)
{
    QHash<QString, double> byCode;
    byCode.reserve(scores.regions.size());
    for (qsizetype k = scores.regions.size() - 1; k >= 0; --k) // the first of a code wins
        byCode.insert(scores.regions[k], k < scores.values.size() ? scores.values[k] : qQNaN());
    QList<double> values;
    values.reserve(regions.size());
    for (const Region &region : regions)
        values.append(byCode.value(region.code, qQNaN()));
    return values;
}

// The continental regions in scope with a margin of 3 % (the outermost ones go to the
// insets); empty without any.
QRectF dataExtentOf(const NutsLayer &layer, const QList<bool> &outside)
{
    const QRectF europe = MapScene::europeExtent();
    QRectF extent;
    for (int i = 0; i < layer.regions().size(); ++i) {
        const Region &region = layer.regions()[i];
        if (outside.value(i) || !europe.contains(region.bounds.center()))
            continue;
        // Beyond the continental frame (Svalbard, the Atlantic islands): cut at its edges.
        const QRectF bounds = region.bounds.intersected(europe);
        extent = extent.isNull() ? bounds : extent.united(bounds);
    }
    if (extent.isEmpty())
        return {};
    const double margin = 0.03 * std::max(extent.width(), extent.height());
    return extent.adjusted(-margin, -margin, margin, margin);
}

} // namespace

Symbology Symbology::defaultFor(Indicator indicator)
{
    Symbology s;
    s.centre = centreFor(indicator);
    if (indicator == Indicator::Employment) {
        s.symbol = MapScene::Symbol::Circles;
    } else if (indicator == Indicator::Stars) {
        s.method = ClassificationMethod::Stars;
        s.classes = 4;
    } else if (indicator == Indicator::LocationQuotient || indicator == Indicator::RelativeWage) {
        // Both ratios around 1: the same classes in log space, above 1 warm, below cool.
        s.method = ClassificationMethod::LogSymmetric;
        s.classes = 6;
    } else if (indicator == Indicator::Growth) {
        s.method = ClassificationMethod::Symmetric;
        s.classes = 6;
    }
    return s;
}

QString Symbology::defaultPalette(ClassificationMethod method, Indicator indicator)
{
    switch (method) {
    case ClassificationMethod::Stars:
        return QStringLiteral("YlOrRd");
    case ClassificationMethod::Diverging:
    case ClassificationMethod::Symmetric:
    case ClassificationMethod::LogSymmetric:
        // Strong specialisation warm (orange), weak cool (purple); decline brown, growth
        // blue-green. Both ColorBrewer-rated colour-blind safe.
        return indicator == Indicator::Growth ? QStringLiteral("BrBG") : QStringLiteral("PuOr_r");
    default:
        return QStringLiteral("viridis_r");
    }
}

double Symbology::centreFor(Indicator indicator)
{
    return indicator == Indicator::Growth ? 0.0 : 1.0;
}

ValueFormat valueFormatFor(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Employment: return ValueFormat::count();
    case Indicator::Stars: return ValueFormat::fixed(0);
    case Indicator::Share:
    case Indicator::Focus: return ValueFormat::percent(1);
    case Indicator::LocationQuotient:
    case Indicator::RelativeWage: return ValueFormat::fixed(2);
    case Indicator::Growth: return ValueFormat::fixed(1); // the legend title says % per year
    }
    return {};
}

MapScene buildScene(const ClusterData &data, std::shared_ptr<const NutsLayer> layer,
                    const ScoreQuery &query, const Symbology &symbology)
{
    MapScene scene;
    // The first time, the background countries (a file to read) load on a thread while
    // the scores are computed (the whole analysis of a level and year). Later scenes,
    // one per change of category, year or indicator in the window, start no thread.
    std::jthread basemap;
    if (layer && !Basemap::isLoaded())
        basemap = std::jthread([&scene, &layer] { scene.basemap = Basemap::around(*layer); });
    else if (layer)
        scene.basemap = Basemap::around(*layer);
    const Scores scores = data.compute(query);
    if (layer) {
        scene.values = valuesFor(scores, layer->regions());
        // The data's scope: the countries it has regions of (any level, value or year).
        QSet<QString> countries;
        for (const QString &code : scores.regions)
            countries.insert(code.left(2));
        for (const std::string &code : data.cube().regions())
            if (code.size() >= 2)
                countries.insert(QString::fromLatin1(code.data(), 2));
        const auto countryOf = [](const Region &region) {
            return region.country.isEmpty() ? region.code.left(2) : region.country;
        };
        scene.outside.reserve(layer->regions().size());
        for (const Region &region : layer->regions())
            scene.outside.append(!countries.contains(countryOf(region)));
        scene.dataExtent = dataExtentOf(*layer, scene.outside);
        if (basemap.joinable())
            basemap.join();
    }
    if (layer && scores.incomplete.contains(true)) {
        QHash<QString, bool> byCode;
        for (qsizetype k = 0; k < scores.regions.size(); ++k)
            byCode.insert(scores.regions[k], scores.incomplete.value(k));
        scene.incomplete.reserve(layer->regions().size());
        for (const Region &region : layer->regions())
            scene.incomplete.append(byCode.value(region.code, false));
    }
    scene.labels = symbology.labels;
    scene.symbol = symbology.symbol;
    scene.starSymbols = std::clamp(symbology.starSymbols, 0, 3);
    if (scene.starSymbols > 0 && layer) {
        ScoreQuery starQuery = query;
        starQuery.indicator = Indicator::Stars;
        const Scores stars = query.indicator == Indicator::Stars ? scores : data.compute(starQuery);
        scene.stars.reserve(layer->regions().size());
        for (const double v : valuesFor(stars, layer->regions()))
            scene.stars.append(std::isnan(v) ? 0 : int(v));
    }
    scene.layer = std::move(layer);
    ClassificationOptions options;
    options.manualBreaks = symbology.manualBreaks;
    options.centre = symbology.centre;
    // Limits from every year of the data (the engine keeps each year), so that a colour
    // means the same number in every year; the fixed methods need no pooling.
    QList<double> classified = scene.values;
    const QList<int> years = data.years();
    if (!symbology.classesPerYear && years.size() > 1 && scene.layer &&
        symbology.method != ClassificationMethod::Stars && symbology.method != ClassificationMethod::Manual) {
        classified.clear();
        if (const Engine *engine = data.engine(query.level))
            engine->computeYears(); // the years not computed yet, in parallel
        for (int year : years) {
            ScoreQuery yearQuery = query;
            yearQuery.year = year;
            classified.append(year == query.year ? scene.values
                                                 : valuesFor(data.compute(yearQuery), scene.layer->regions()));
        }
    }
    scene.classification = Classification::create(symbology.method, classified, symbology.classes, options);
    if (scene.symbol == MapScene::Symbol::Circles) {
        scene.circleMax = 0.0;
        for (const double v : std::as_const(classified))
            if (std::isfinite(v))
                scene.circleMax = std::max(scene.circleMax, std::abs(v));
    }
    const bool defaultPalette = symbology.palette.isEmpty();
    const Palette palette = Palette::byName(
        defaultPalette ? Symbology::defaultPalette(symbology.method, query.indicator) : symbology.palette);
    // The sequential default stays the ramp the legend tests know (sequentialPalette).
    scene.colours = defaultPalette && palette.kind() == Palette::Kind::Sequential &&
                            symbology.method != ClassificationMethod::Stars
                        ? sequentialPalette(scene.classification.classCount())
                    : palette.isValid() ? palette.coloursFor(scene.classification)
                                        : sequentialPalette(scene.classification.classCount());
    scene.format = valueFormatFor(query.indicator);
    if (query.indicator != Indicator::Employment && query.indicator != Indicator::Stars)
        scene.format = scene.format.fittedTo(scene.classification.breaks());
    scene.legendTitle = ClusterData::indicatorLabel(query.indicator);
    // Growth is a rate over a period: since the data's first year.
    QString period = QString::number(query.year);
    if (query.indicator == Indicator::Growth)
        if (const LevelAnalysis *a = data.analysis(query.level, query.year); a && a->growthFrom > 0)
            period = QStringLiteral("%1–%2").arg(a->growthFrom).arg(query.year);
    scene.title = QCoreApplication::translate("cs::SceneBuilder", "%1 — %2, NUTS %3, %4")
                      .arg(data.categoryLabel(query.category), scene.legendTitle)
                      .arg(query.level)
                      .arg(period);
    scene.sourceNote = data.sourceNote() + QLatin1Char(' ') + data.referenceNote(query.level) +
                       QLatin1Char('.');
    if (query.indicator == Indicator::RelativeWage && !data.wageNote().isEmpty())
        scene.sourceNote += QLatin1Char(' ') +
                            QCoreApplication::translate("cs::SceneBuilder", "Wages: %1.").arg(data.wageNote());
    return scene;
}

} // namespace cs
