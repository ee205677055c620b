// SPDX-License-Identifier: MIT
#include "app/Recipe.h"

#include "maps/Classification.h"
#include "maps/Palette.h"
#include "maps/SaveFile.h"
#include "maps/TableReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace cs {

namespace {

const QString kRecipeVersionKey = QStringLiteral("clusterscope-recipe");

struct EmbeddedInfo
{
    QString eurostat;
    QString extraction;
};

// How the embedded extracts were made (resources/data/SOURCE.md); written into
// recipes so that a reader knows the data without the program at hand.
EmbeddedInfo embeddedInfo(const QString &key)
{
    if (key == QLatin1String("lfs"))
        return {QStringLiteral("lfst_r_lfe2en2"),
                QStringLiteral("Employment 15+ (age=Y_GE15, unit=THS, scaled by 1000 to persons), "
                               "NACE Rev. 2 sections, 2008-2015, NUTS 2013")};
    if (key == QLatin1String("sbs-wages"))
        return {QStringLiteral("sbs_r_nuts06_r2"),
                QStringLiteral("Indicators V16110 persons employed and V13320 wages and salaries "
                               "(million euro), NACE Rev. 2 divisions, NUTS 2, 2008-2015, read as NUTS 2013")};
    return {QStringLiteral("sbs_r_nuts06_r2"),
            QStringLiteral("Indicator V16110 persons employed, NACE Rev. 2 divisions, 2015, "
                           "NUTS 2013 levels 0-2 (EU-28, IS, NO)")};
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString joinNumbers(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(number(v));
    return parts.join(QLatin1Char(','));
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return Recipe::tr("true or false");
    case QJsonValue::Double: return Recipe::tr("a number");
    case QJsonValue::String: return Recipe::tr("a text");
    case QJsonValue::Array: return Recipe::tr("a list");
    case QJsonValue::Object: return Recipe::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return Recipe::tr("nothing");
}

// Reads typed values from one JSON object; errors are "PATH.KEY: message". JSON null
// means "not set", so a batch figure can clear a default.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &where, QString *error)
        : m_object(object), m_where(where), m_error(error)
    {
    }

    QString path(const QString &key) const
    {
        return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key;
    }
    bool fail(const QString &key, const QString &message) const
    {
        *m_error = QStringLiteral("%1: %2").arg(path(key), message);
        return false;
    }
    bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    bool onlyKeys(const QStringList &allowed) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(it.key(), Recipe::tr("unknown key; valid keys: %1")
                                          .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }
    bool text(const QString &key, QString *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isString())
            return fail(key, Recipe::tr("expected a text, got %1").arg(typeName(v)));
        *out = v.toString();
        return true;
    }
    bool real(const QString &key, std::optional<double> *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(key, Recipe::tr("expected a number, got %1").arg(typeName(v)));
        *out = v.toDouble();
        return true;
    }
    bool boolean(const QString &key, bool *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isBool())
            return fail(key, Recipe::tr("expected true or false, got %1").arg(typeName(v)));
        *out = v.toBool();
        return true;
    }
    bool integer(const QString &key, std::optional<int> *out, int min, int max) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d))
            return fail(key, Recipe::tr("expected a whole number, got %1").arg(typeName(v)));
        if (d < min || d > max)
            return fail(key, Recipe::tr("%1 is out of range; valid: %2 to %3")
                                 .arg(number(d), QString::number(min), QString::number(max)));
        *out = int(d);
        return true;
    }
    bool numbers(const QString &key, QList<double> *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isArray())
            return fail(key, Recipe::tr("expected a list of numbers, got %1").arg(typeName(v)));
        QList<double> list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isDouble() || !std::isfinite(item.toDouble()))
                return fail(key, Recipe::tr("expected a list of numbers, found %1").arg(typeName(item)));
            list.append(item.toDouble());
        }
        *out = list;
        return true;
    }
    // One of `valid`, compared case-insensitively; `out` gets the spelling of `valid`.
    bool choice(const QString &key, const QStringList &valid, QString *out) const
    {
        QString given;
        if (!text(key, &given) || given.isEmpty())
            return true;
        for (const QString &v : valid) {
            if (v.compare(given, Qt::CaseInsensitive) == 0) {
                *out = v;
                return true;
            }
        }
        return fail(key, Recipe::tr("unknown value '%1'; valid values: %2")
                             .arg(given, valid.join(QStringLiteral(", "))));
    }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString *m_error;
};

const QStringList &figureFormats()
{
    static const QStringList formats = {QStringLiteral("png"), QStringLiteral("svg"),
                                        QStringLiteral("pdf"), QStringLiteral("csv"),
                                        QStringLiteral("gpkg")};
    return formats;
}

const QStringList &pages()
{
    static const QStringList names = {QStringLiteral("A4"), QStringLiteral("A3"),
                                      QStringLiteral("Letter")};
    return names;
}

const QStringList &languages()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                      QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pl")};
    return codes;
}

} // namespace

// ---------------------------------------------------------------- DataSource

QStringList DataSource::arguments() const
{
    const QStringList mapping = categoryMapping.isEmpty()
                                    ? QStringList()
                                    : QStringList{QStringLiteral("--category-mapping"), categoryMapping};
    if (!isFile()) {
        if (dataset.isEmpty())
            return mapping;
        return QStringList{QStringLiteral("--dataset"), dataset} + mapping;
    }
    QStringList args = {QStringLiteral("--data"), file};
    if (!mapColumns.isEmpty())
        args << QStringLiteral("--map-columns") << mapColumns;
    if (!filter.isEmpty())
        args << QStringLiteral("--filter") << filter;
    if (scale)
        args << QStringLiteral("--scale") << number(*scale);
    if (nutsVersion)
        args << QStringLiteral("--nuts-version") << QString::number(*nutsVersion);
    return args + mapping;
}

DataSource DataSource::fromParser(const QCommandLineParser &parser)
{
    DataSource source;
    if (parser.isSet(QStringLiteral("category-mapping")))
        source.categoryMapping = QFileInfo(parser.value(QStringLiteral("category-mapping"))).absoluteFilePath();
    if (!parser.isSet(QStringLiteral("data"))) {
        source.dataset = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset"))
                                                                 : QStringLiteral("sbs");
        return source;
    }
    source.file = QFileInfo(parser.value(QStringLiteral("data"))).absoluteFilePath();
    source.mapColumns = parser.value(QStringLiteral("map-columns"));
    source.filter = parser.value(QStringLiteral("filter"));
    bool ok = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (ok)
        source.scale = scale;
    const int version = parser.value(QStringLiteral("nuts-version")).toInt(&ok);
    if (ok)
        source.nutsVersion = version;
    return source;
}

QJsonObject DataSource::toJson() const
{
    QJsonObject json;
    if (!categoryMapping.isEmpty())
        json.insert(QStringLiteral("category-mapping"), categoryMapping);
    if (!isFile()) {
        const QString key = dataset.isEmpty() ? QStringLiteral("sbs") : dataset;
        const EmbeddedInfo info = embeddedInfo(key);
        json.insert(QStringLiteral("dataset"), key);
        json.insert(QStringLiteral("eurostat"), info.eurostat);
        json.insert(QStringLiteral("extraction"), info.extraction);
        json.insert(QStringLiteral("nuts-version"), 2013);
        return json;
    }
    json.insert(QStringLiteral("file"), file);
    if (!mapColumns.isEmpty())
        json.insert(QStringLiteral("map-columns"), mapColumns);
    if (!filter.isEmpty())
        json.insert(QStringLiteral("filter"), filter);
    if (scale)
        json.insert(QStringLiteral("scale"), *scale);
    if (nutsVersion)
        json.insert(QStringLiteral("nuts-version"), *nutsVersion);
    return json;
}

std::optional<DataSource> DataSource::fromJson(const QJsonValue &json, const QString &key,
                                               QString *error)
{
    DataSource source;
    if (json.isUndefined() || json.isNull())
        return source;
    if (!json.isObject()) {
        *error = QStringLiteral("%1: %2").arg(key, tr("expected an object with \"dataset\" or "
                                                      "\"file\", got %1")
                                                       .arg(typeName(json)));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    const Reader r(object, key, error);
    if (!r.onlyKeys({QStringLiteral("dataset"), QStringLiteral("file"), QStringLiteral("map-columns"),
                     QStringLiteral("filter"), QStringLiteral("scale"), QStringLiteral("nuts-version"),
                     QStringLiteral("eurostat"), QStringLiteral("extraction"),
                     QStringLiteral("category-mapping")}))
        return std::nullopt;
    if (!r.text(QStringLiteral("dataset"), &source.dataset) || !r.text(QStringLiteral("file"), &source.file) ||
        !r.text(QStringLiteral("map-columns"), &source.mapColumns) ||
        !r.text(QStringLiteral("filter"), &source.filter) || !r.real(QStringLiteral("scale"), &source.scale) ||
        !r.integer(QStringLiteral("nuts-version"), &source.nutsVersion, 0, 9999) ||
        !r.text(QStringLiteral("category-mapping"), &source.categoryMapping))
        return std::nullopt;
    if (!source.dataset.isEmpty() && source.isFile()) {
        r.fail(QStringLiteral("dataset"), tr("give either \"dataset\" or \"file\", not both"));
        return std::nullopt;
    }
    if (!source.isFile()) {
        if (!source.dataset.isEmpty() && !ClusterData::embeddedKeys().contains(source.dataset)) {
            r.fail(QStringLiteral("dataset"), tr("unknown dataset '%1'; valid datasets: %2")
                                                  .arg(source.dataset, ClusterData::embeddedKeys().join(
                                                                           QStringLiteral(", "))));
            return std::nullopt;
        }
        for (const QString &fileKey : {QStringLiteral("map-columns"), QStringLiteral("filter"),
                                       QStringLiteral("scale")}) {
            if (r.has(fileKey)) {
                r.fail(fileKey, tr("applies only to a data \"file\""));
                return std::nullopt;
            }
        }
        // Informative for embedded data, which are all NUTS 2013.
        if (source.nutsVersion && *source.nutsVersion != 2013) {
            r.fail(QStringLiteral("nuts-version"), tr("the embedded data sets use NUTS 2013"));
            return std::nullopt;
        }
        source.nutsVersion.reset();
        return source;
    }
    if (!source.mapColumns.isEmpty()) {
        QHash<QString, QString> columns;
        QString why;
        if (!TableReader::parseColumnMapping(source.mapColumns, &columns, &why)) {
            r.fail(QStringLiteral("map-columns"), why);
            return std::nullopt;
        }
    }
    for (const QString &pair : source.filter.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!pair.contains(QLatin1Char('='))) {
            r.fail(QStringLiteral("filter"), tr("invalid '%1'; expected DIMENSION=VALUE").arg(pair));
            return std::nullopt;
        }
    }
    if (source.scale && *source.scale <= 0) {
        r.fail(QStringLiteral("scale"), tr("expected a positive number"));
        return std::nullopt;
    }
    if (source.nutsVersion && !QList<int>{2010, 2013, 2016, 2021}.contains(*source.nutsVersion)) {
        r.fail(QStringLiteral("nuts-version"),
               tr("unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021")
                   .arg(*source.nutsVersion));
        return std::nullopt;
    }
    return source;
}

// ---------------------------------------------------------------- Recipe

Recipe Recipe::fromView(const DataSource &data, const ViewOptions &view, const FigureOptions &figure,
                        const QString &output)
{
    Recipe r;
    r.data = data;
    r.level = view.level;
    r.category = view.category;
    r.indicator = ClusterData::indicatorKey(view.indicator);
    if (view.year != 0)
        r.year = view.year;
    if (view.method) {
        r.classification = Classification::key(*view.method);
        r.classes = view.classes;
    }
    r.breaks = view.manualBreaks;
    r.palette = view.palette;
    if (view.labels != MapScene::Labels::None)
        r.labels = view.labels == MapScene::Labels::Codes ? QStringLiteral("codes") : QStringLiteral("names");
    if (view.starSymbols > 0)
        r.starSymbols = view.starSymbols;
    if (view.symbol)
        r.symbol = *view.symbol == MapScene::Symbol::Circles ? QStringLiteral("circles") : QStringLiteral("choropleth");
    if (view.classesPerYear)
        r.classScope = QStringLiteral("year");
    switch (figure.format) {
    case FigureOptions::Format::Png: r.format = QStringLiteral("png"); break;
    case FigureOptions::Format::Svg: r.format = QStringLiteral("svg"); break;
    case FigureOptions::Format::Pdf: r.format = QStringLiteral("pdf"); break;
    }
    r.output = output;
    const QPageSize::PageSizeId id = figure.page.id();
    if (figure.usePage && (id == QPageSize::A4 || id == QPageSize::A3 || id == QPageSize::Letter)) {
        r.page = id == QPageSize::A4 ? QStringLiteral("A4")
                 : id == QPageSize::A3 ? QStringLiteral("A3")
                                       : QStringLiteral("Letter");
        r.orientation = figure.orientation == QPageLayout::Portrait ? QStringLiteral("portrait")
                                                                    : QStringLiteral("landscape");
    } else {
        // Other pages have no export option: keep their pixels.
        r.size = figure.outputPixels();
    }
    r.dpi = figure.dpi;
    r.title = figure.title;
    r.subtitle = figure.subtitle;
    if (figure.usePage && figure.marginMm != FigureOptions().marginMm)
        r.margins = figure.marginMm;
    r.northArrow = figure.northArrow;
    return r;
}

bool Recipe::toView(const ClusterData &data, ViewOptions *view, QString *error) const
{
    QCommandLineParser parser;
    CommandLine::addViewOptions(parser);
    CommandLine::addDataOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("clusterscope")} + viewArguments())) {
        *error = parser.errorText();
        return false;
    }
    return CommandLine::readViewOptions(parser, data, view, error);
}

FigureOptions Recipe::figureOptions() const
{
    FigureOptions figure;
    FigureOptions::parseFormat(effectiveFormat(), &figure.format);
    if (size.isValid())
        figure.pixelSize = size;
    if (!page.isEmpty()) {
        figure.usePage = true;
        figure.page = QPageSize(page == QLatin1String("A3")       ? QPageSize::A3
                                : page == QLatin1String("Letter") ? QPageSize::Letter
                                                                  : QPageSize::A4);
        figure.dpi = 300.0;
    }
    if (orientation == QLatin1String("portrait"))
        figure.orientation = QPageLayout::Portrait;
    if (dpi)
        figure.dpi = *dpi;
    figure.title = title;
    figure.subtitle = subtitle;
    if (margins)
        figure.marginMm = *margins;
    figure.northArrow = northArrow;
    return figure;
}

QJsonObject Recipe::toJson() const
{
    QJsonObject json;
    json.insert(kRecipeVersionKey, 1);
    json.insert(QStringLiteral("data"), data.toJson());
    if (level)
        json.insert(QStringLiteral("level"), *level);
    if (!category.isEmpty())
        json.insert(QStringLiteral("category"), category);
    if (!indicator.isEmpty())
        json.insert(QStringLiteral("indicator"), indicator);
    if (year)
        json.insert(QStringLiteral("year"), *year);
    if (!classification.isEmpty())
        json.insert(QStringLiteral("classification"), classification);
    if (classes)
        json.insert(QStringLiteral("classes"), *classes);
    if (!breaks.isEmpty()) {
        QJsonArray array;
        for (double b : breaks)
            array.append(b);
        json.insert(QStringLiteral("breaks"), array);
    }
    if (!palette.isEmpty())
        json.insert(QStringLiteral("palette"), palette);
    if (!labels.isEmpty())
        json.insert(QStringLiteral("labels"), labels);
    if (starSymbols)
        json.insert(QStringLiteral("starSymbols"), *starSymbols);
    if (!symbol.isEmpty())
        json.insert(QStringLiteral("symbol"), symbol);
    if (!classScope.isEmpty())
        json.insert(QStringLiteral("classScope"), classScope);
    if (!effectiveFormat().isEmpty())
        json.insert(QStringLiteral("format"), effectiveFormat());
    if (!output.isEmpty())
        json.insert(QStringLiteral("output"), output);
    if (size.isValid())
        json.insert(QStringLiteral("size"),
                    QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
    if (!page.isEmpty())
        json.insert(QStringLiteral("page"), page);
    if (!orientation.isEmpty())
        json.insert(QStringLiteral("orientation"), orientation);
    if (dpi)
        json.insert(QStringLiteral("dpi"), *dpi);
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    if (!subtitle.isEmpty())
        json.insert(QStringLiteral("subtitle"), subtitle);
    if (margins)
        json.insert(QStringLiteral("margins"), *margins);
    if (northArrow)
        json.insert(QStringLiteral("northArrow"), true);
    if (!lang.isEmpty())
        json.insert(QStringLiteral("lang"), lang);
    return json;
}

std::optional<Recipe> Recipe::fromJson(const QJsonObject &json, QString *error, const QString &where)
{
    const Reader r(json, where, error);
    static const QStringList keys = {
        kRecipeVersionKey, QStringLiteral("data"), QStringLiteral("level"), QStringLiteral("category"),
        QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("classification"),
        QStringLiteral("classes"), QStringLiteral("breaks"), QStringLiteral("palette"),
        QStringLiteral("labels"), QStringLiteral("starSymbols"), QStringLiteral("symbol"),
        QStringLiteral("classScope"), QStringLiteral("format"),
        QStringLiteral("output"), QStringLiteral("size"), QStringLiteral("page"),
        QStringLiteral("orientation"), QStringLiteral("dpi"), QStringLiteral("title"),
        QStringLiteral("subtitle"), QStringLiteral("margins"), QStringLiteral("northArrow"),
        QStringLiteral("lang")};
    if (!r.onlyKeys(keys))
        return std::nullopt;
    std::optional<int> version;
    if (!r.integer(kRecipeVersionKey, &version, 1, std::numeric_limits<int>::max()))
        return std::nullopt;
    if (version && *version != 1) {
        r.fail(kRecipeVersionKey, tr("version %1 is newer than this program reads (1)").arg(*version));
        return std::nullopt;
    }

    Recipe recipe;
    const auto source = DataSource::fromJson(json.value(QStringLiteral("data")), r.path(QStringLiteral("data")),
                                             error);
    if (!source)
        return std::nullopt;
    recipe.data = *source;

    QString sizeText;
    if (!r.integer(QStringLiteral("level"), &recipe.level, 0, 3) ||
        !r.text(QStringLiteral("category"), &recipe.category) ||
        !r.text(QStringLiteral("indicator"), &recipe.indicator) ||
        !r.integer(QStringLiteral("year"), &recipe.year, 1900, 2200) ||
        !r.choice(QStringLiteral("classification"), Classification::methodKeys(), &recipe.classification) ||
        !r.integer(QStringLiteral("classes"), &recipe.classes, 2, 9) ||
        !r.numbers(QStringLiteral("breaks"), &recipe.breaks) ||
        !r.text(QStringLiteral("palette"), &recipe.palette) ||
        !r.choice(QStringLiteral("labels"), {QStringLiteral("none"), QStringLiteral("codes"), QStringLiteral("names")},
                  &recipe.labels) ||
        !r.integer(QStringLiteral("starSymbols"), &recipe.starSymbols, 0, 3) ||
        !r.choice(QStringLiteral("symbol"), {QStringLiteral("choropleth"), QStringLiteral("circles")}, &recipe.symbol) ||
        !r.choice(QStringLiteral("classScope"), {QStringLiteral("all-years"), QStringLiteral("year")},
                  &recipe.classScope) ||
        !r.choice(QStringLiteral("format"), figureFormats(), &recipe.format) ||
        !r.text(QStringLiteral("output"), &recipe.output) || !r.text(QStringLiteral("size"), &sizeText) ||
        !r.choice(QStringLiteral("page"), pages(), &recipe.page) ||
        !r.choice(QStringLiteral("orientation"), {QStringLiteral("landscape"), QStringLiteral("portrait")},
                  &recipe.orientation) ||
        !r.real(QStringLiteral("dpi"), &recipe.dpi) || !r.text(QStringLiteral("title"), &recipe.title) ||
        !r.text(QStringLiteral("subtitle"), &recipe.subtitle) ||
        !r.real(QStringLiteral("margins"), &recipe.margins) ||
        !r.boolean(QStringLiteral("northArrow"), &recipe.northArrow) ||
        !r.choice(QStringLiteral("lang"), languages(), &recipe.lang))
        return std::nullopt;

    Indicator indicator = Indicator::LocationQuotient;
    if (!recipe.indicator.isEmpty() && !ClusterData::parseIndicator(recipe.indicator, &indicator)) {
        r.fail(QStringLiteral("indicator"),
               tr("unknown indicator '%1'; valid indicators: lq, share, focus, employment, stars, growth")
                   .arg(recipe.indicator));
        return std::nullopt;
    }
    if (!recipe.palette.isEmpty() && !Palette::byName(recipe.palette).isValid()) {
        r.fail(QStringLiteral("palette"), tr("unknown palette '%1'; valid palettes: %2")
                                              .arg(recipe.palette, Palette::names().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (!recipe.breaks.isEmpty()) {
        bool ascending = recipe.breaks.size() >= 2;
        for (qsizetype i = 1; i < recipe.breaks.size(); ++i)
            ascending = ascending && recipe.breaks[i] > recipe.breaks[i - 1];
        if (!ascending) {
            r.fail(QStringLiteral("breaks"), tr("expected at least two strictly ascending numbers"));
            return std::nullopt;
        }
    }
    if (!sizeText.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = pattern.match(sizeText);
        if (!m.hasMatch()) {
            r.fail(QStringLiteral("size"),
                   tr("invalid size '%1'; expected \"WIDTHxHEIGHT\", e.g. \"1920x1080\"").arg(sizeText));
            return std::nullopt;
        }
        recipe.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (recipe.dpi && (*recipe.dpi < 36 || *recipe.dpi > 1200)) {
        r.fail(QStringLiteral("dpi"), tr("%1 is out of range; valid: 36 to 1200").arg(number(*recipe.dpi)));
        return std::nullopt;
    }
    if (!recipe.format.isEmpty() || !recipe.output.isEmpty()) {
        if (recipe.effectiveFormat().isEmpty()) {
            r.fail(QStringLiteral("format"), tr("missing; give \"format\" (%1) or an output file "
                                                "ending in one of them")
                                                 .arg(figureFormats().join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    return recipe;
}

QString Recipe::effectiveFormat() const
{
    if (!format.isEmpty())
        return format;
    const QString suffix = QFileInfo(output).suffix().toLower();
    return figureFormats().contains(suffix) ? suffix : QString();
}

Recipe Recipe::resolvedAgainst(const QDir &base) const
{
    Recipe r = *this;
    if (!r.output.isEmpty() && r.output != QLatin1String("-") && QDir::isRelativePath(r.output))
        r.output = QDir::cleanPath(base.absoluteFilePath(r.output));
    if (r.data.isFile() && QDir::isRelativePath(r.data.file))
        r.data.file = QDir::cleanPath(base.absoluteFilePath(r.data.file));
    return r;
}

QStringList Recipe::viewArguments() const
{
    QStringList args = data.arguments();
    if (level)
        args << QStringLiteral("--level") << QString::number(*level);
    if (!category.isEmpty())
        args << QStringLiteral("--category") << category;
    if (!indicator.isEmpty())
        args << QStringLiteral("--indicator") << indicator;
    if (year)
        args << QStringLiteral("--year") << QString::number(*year);
    if (!classification.isEmpty())
        args << QStringLiteral("--classification") << classification;
    if (classes)
        args << QStringLiteral("--classes") << QString::number(*classes);
    if (!breaks.isEmpty())
        args << QStringLiteral("--breaks") << joinNumbers(breaks);
    if (!palette.isEmpty())
        args << QStringLiteral("--palette") << palette;
    if (!labels.isEmpty())
        args << QStringLiteral("--labels") << labels;
    if (starSymbols)
        args << QStringLiteral("--star-symbols") << QString::number(*starSymbols);
    if (!symbol.isEmpty())
        args << QStringLiteral("--symbol") << symbol;
    if (!classScope.isEmpty())
        args << QStringLiteral("--class-scope") << classScope;
    return args;
}

QStringList Recipe::toArguments() const
{
    QStringList args = {QStringLiteral("export")};
    const QString fmt = effectiveFormat();
    if (!fmt.isEmpty())
        args << QStringLiteral("--format") << fmt;
    if (!output.isEmpty())
        args << QStringLiteral("-o") << output;
    args << viewArguments();
    if (size.isValid())
        args << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    if (!page.isEmpty())
        args << QStringLiteral("--page") << page;
    if (!orientation.isEmpty())
        args << (orientation == QLatin1String("portrait") ? QStringLiteral("--portrait")
                                                          : QStringLiteral("--landscape"));
    if (dpi)
        args << QStringLiteral("--dpi") << number(*dpi);
    if (!title.isEmpty())
        args << QStringLiteral("--title") << title;
    if (!subtitle.isEmpty())
        args << QStringLiteral("--subtitle") << subtitle;
    if (margins)
        args << QStringLiteral("--margins") << number(*margins);
    if (northArrow)
        args << QStringLiteral("--north-arrow");
    if (!lang.isEmpty())
        args << QStringLiteral("--lang") << lang;
    return args;
}

QString Recipe::shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString Recipe::commandLine() const
{
    QStringList parts = {QStringLiteral("clusterscope")};
    for (const QString &arg : toArguments())
        parts.append(shellQuote(arg));
    return parts.join(QLatin1Char(' '));
}

QString Recipe::recipePathFor(const QString &figurePath)
{
    return figurePath + QStringLiteral(".recipe.json");
}

bool Recipe::writeBeside(const QString &figurePath, QString *error) const
{
    Recipe r = *this;
    r.format = effectiveFormat();
    r.output = QFileInfo(figurePath).fileName();
    if (r.data.isFile())
        r.data.file = QFileInfo(r.data.file).absoluteFilePath();
    const QString path = recipePathFor(figurePath);
    return saveFile(path, QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented), error);
}

} // namespace cs
