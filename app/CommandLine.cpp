// SPDX-License-Identifier: MIT
#include "app/CommandLine.h"

#include "maps/DataPack.h"
#include "maps/FigureExport.h"
#include "maps/MapRenderer.h"
#include "maps/NutsLayer.h"
#include "maps/Palette.h"
#include "maps/SceneBuilder.h"
#include "maps/NutsCodes.h"
#include "maps/TableImport.h"
#include "maps/TableReader.h"
#include "maps/SaveFile.h"
#include "maps/ScoreExport.h"
#include "app/Exports.h"
#include "app/Imports.h"
#include "app/Recipe.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <cstdio>

namespace cs {

namespace {

QString joinInts(const QList<int> &values)
{
    QStringList list;
    for (int v : values)
        list.append(QString::number(v));
    return list.join(QStringLiteral(", "));
}

void printError(const QString &message)
{
    std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(message));
}

bool readFigureOptions(const QCommandLineParser &parser, FigureOptions *figure, QString *error)
{
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = pattern.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch()) {
            *error = CommandLine::tr("invalid --size '%1'; expected WIDTHxHEIGHT, e.g. 1920x1080")
                         .arg(parser.value(QStringLiteral("size")));
            return false;
        }
        figure->pixelSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(QStringLiteral("page"))) {
        const QString page = parser.value(QStringLiteral("page")).toLower();
        const QHash<QString, QPageSize::PageSizeId> pages = {
            {QStringLiteral("a4"), QPageSize::A4},
            {QStringLiteral("a3"), QPageSize::A3},
            {QStringLiteral("letter"), QPageSize::Letter}};
        if (!pages.contains(page)) {
            *error = CommandLine::tr("unknown page '%1'; valid pages: A4, A3, Letter")
                         .arg(parser.value(QStringLiteral("page")));
            return false;
        }
        figure->usePage = true;
        figure->page = QPageSize(pages.value(page));
        figure->dpi = 300.0;
    }
    if (parser.isSet(QStringLiteral("portrait")))
        figure->orientation = QPageLayout::Portrait;
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        const double dpi = parser.value(QStringLiteral("dpi")).toDouble(&ok);
        if (!ok || dpi < 36 || dpi > 1200) {
            *error = CommandLine::tr("invalid --dpi '%1'; valid: 36 to 1200")
                         .arg(parser.value(QStringLiteral("dpi")));
            return false;
        }
        figure->dpi = dpi;
    }
    figure->title = parser.value(QStringLiteral("title"));
    figure->subtitle = parser.value(QStringLiteral("subtitle"));
    if (parser.isSet(QStringLiteral("margins"))) {
        bool ok = false;
        const double mm = parser.value(QStringLiteral("margins")).toDouble(&ok);
        if (!ok || mm < 0 || mm > 50) {
            *error = CommandLine::tr("invalid --margins '%1'; valid: 0 to 50 (mm)")
                         .arg(parser.value(QStringLiteral("margins")));
            return false;
        }
        figure->marginMm = mm;
    }
    figure->northArrow = parser.isSet(QStringLiteral("north-arrow"));
    return true;
}

} // namespace

void CommandLine::addViewOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("level"), tr("NUTS level (0-3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("category"),
                      tr("Category: a NACE division (C28), a section (C) or a cluster code."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("indicator"),
                      tr("Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per "
                         "employee over the category's average; data with wages only)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("year"), tr("Year of the data."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("classification"),
                      tr("Classification: %1 (default: logsym for lq, symmetric for growth, stars for "
                         "stars, quantile otherwise).")
                          .arg(Classification::methodKeys().join(QStringLiteral(", "))),
                      QStringLiteral("METHOD")});
    parser.addOption({QStringLiteral("symbol"),
                      tr("How values are drawn: choropleth (filled regions) or circles (proportional "
                         "circles over a neutral base; the default for employment)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("class-scope"),
                      tr("Class limits from the values of all-years of the data (default; a colour "
                         "means the same number in every year) or of the shown year."),
                      QStringLiteral("all-years|year")});
    parser.addOption({QStringLiteral("classes"), tr("Number of classes (2-9, default 5)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("breaks"), tr("Manual class limits, e.g. 0,0.5,1,2,5."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("palette"), tr("Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for "
                         "growth, YlOrRd for stars, viridis_r otherwise)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("labels"),
                      tr("Region labels: none, codes or names (placed without overlaps)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("star-symbols"),
                      tr("Star symbols on regions with at least N cluster stars (1-3; 0 = none)."),
                      QStringLiteral("N")});
}

void CommandLine::addDataOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dataset"),
                      tr("Embedded data set: %1 (default sbs).")
                          .arg(ClusterData::embeddedKeys().join(QStringLiteral(", "))),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("data"),
                      tr("Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, "
                         "XLSX or ODS table (columns from --map-columns, else guessed); or a data "
                         "pack (its folder or pack.json; see clusterscope packs)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("map-columns"),
                      tr("Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL]"
                         "[,wages=COL] (wages: wages and salaries in the file's unit, the second measure "
                         "of the relative wage)."),
                      QStringLiteral("MAP")});
    parser.addOption({QStringLiteral("filter"),
                      tr("Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64."),
                      QStringLiteral("DIM=VALUE,…")});
    parser.addOption({QStringLiteral("scale"), tr("Multiply the values of --data (1000 for THS)."),
                      QStringLiteral("FACTOR")});
    parser.addOption({QStringLiteral("reference"),
                      tr("Reference area of shares, LQ and stars: all (the level's regions in the "
                         "data, default), EU27_2020 or a country code."),
                      QStringLiteral("AREA")});
    parser.addOption({QStringLiteral("region-total"),
                      tr("Region total e_r of focus, LQ and stars: sum (of the industries a region "
                         "reports, default) or published (the data's own total where it has one)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("nuts-version"),
                      tr("NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013)."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("category-mapping"),
                      tr("NACE → cluster mapping in the format of resources/categories/"
                         "nace_to_cluster.csv; NACE codes of the data it leaves unmapped are "
                         "reported on stderr."),
                      QStringLiteral("FILE")});
}

int CommandLine::loadData(const QCommandLineParser &parser, ClusterData *data, QString *error)
{
    const int code = loadTable(parser, data, error);
    if (code == kExitOk && parser.isSet(QStringLiteral("category-mapping"))) {
        const QString mapping = parser.value(QStringLiteral("category-mapping"));
        QList<InputProblem> problems;
        const bool loaded = Imports::applyMapping(*data, mapping, &problems);
        for (const InputProblem &problem : problems)
            std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
        if (!loaded) {
            *error = tr("%1: not a usable category mapping").arg(mapping);
            return kExitUsage;
        }
    }
    if (code == kExitOk && parser.isSet(QStringLiteral("region-total"))) {
        RegionTotal total;
        if (!ClusterData::parseRegionTotal(parser.value(QStringLiteral("region-total")), &total)) {
            *error = tr("unknown region total '%1'; valid: sum, published")
                         .arg(parser.value(QStringLiteral("region-total")));
            return kExitUsage;
        }
        if (total == RegionTotal::Published && !data->hasPublishedTotals())
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(tr("warning: the data publishes no region totals; "
                                           "--region-total published uses the sums")));
        data->setRegionTotal(total);
    }
    if (code != kExitOk || !parser.isSet(QStringLiteral("reference")))
        return code;
    const QString reference = parser.value(QStringLiteral("reference"));
    if (!data->setReference(reference)) {
        *error = tr("unknown reference area '%1'; valid: %2")
                     .arg(reference, data->references().join(QStringLiteral(", ")));
        return kExitUsage;
    }
    return kExitOk;
}

int CommandLine::loadTable(const QCommandLineParser &parser, ClusterData *data, QString *error)
{
    if (!parser.isSet(QStringLiteral("data"))) {
        const QString key = parser.isSet(QStringLiteral("dataset"))
                                ? parser.value(QStringLiteral("dataset"))
                                : QStringLiteral("sbs");
        if (!ClusterData::embeddedKeys().contains(key)) {
            *error = tr("unknown dataset '%1'; valid datasets: %2")
                         .arg(key, ClusterData::embeddedKeys().join(QStringLiteral(", ")));
            return kExitUsage;
        }
        *data = ClusterData::embedded(key);
        return kExitOk;
    }
    TableReader::Options options;
    if (parser.isSet(QStringLiteral("map-columns")) &&
        !TableReader::parseColumnMapping(parser.value(QStringLiteral("map-columns")),
                                         &options.columns, error))
        return kExitUsage;
    for (const QString &pair :
         parser.value(QStringLiteral("filter")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!pair.contains(QLatin1Char('='))) {
            *error = tr("invalid --filter '%1'; expected DIMENSION=VALUE").arg(pair);
            return kExitUsage;
        }
        options.eurostat.filters.insert(pair.section(QLatin1Char('='), 0, 0).trimmed(),
                                        pair.section(QLatin1Char('='), 1).trimmed());
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.eurostat.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || options.eurostat.scale <= 0) {
            *error = tr("invalid --scale '%1'; expected a positive number")
                         .arg(parser.value(QStringLiteral("scale")));
            return kExitUsage;
        }
    }
    int version = 2013;
    if (parser.isSet(QStringLiteral("nuts-version"))) {
        version = parser.value(QStringLiteral("nuts-version")).toInt();
        if (!QList<int>{2010, 2013, 2016, 2021}.contains(version)) {
            *error = tr("unknown NUTS version '%1'; valid versions: 2010, 2013, 2016, 2021")
                         .arg(parser.value(QStringLiteral("nuts-version")));
            return kExitUsage;
        }
    }
    const QString path = parser.value(QStringLiteral("data"));
    // Region codes checked against the NUTS version (given, or the one that knows most).
    Imports::Result imported = Imports::table(
        path, options, parser.isSet(QStringLiteral("nuts-version")) ? std::optional<int>(version) : std::nullopt);
    for (const InputProblem &problem : imported.problems)
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
    if (!imported.ok) {
        *error = tr("%1: no usable data loaded").arg(path);
        return kExitNoData;
    }
    *data = std::move(imported.data);
    return kExitOk;
}

bool CommandLine::readViewOptions(const QCommandLineParser &parser, const ClusterData &data,
                                  ViewOptions *view, QString *error)
{
    const QList<int> levels = data.levels();
    const QList<int> years = data.years();
    view->category = data.defaultCategory();
    view->year = data.defaultYear();
    view->level = levels.contains(2) ? 2 : levels.value(0);
    if (parser.isSet(QStringLiteral("level"))) {
        bool ok = false;
        const int level = parser.value(QStringLiteral("level")).toInt(&ok);
        if (!ok || !levels.contains(level)) {
            *error = tr("unknown level '%1'; valid levels for this data: %2")
                         .arg(parser.value(QStringLiteral("level")), joinInts(levels));
            return false;
        }
        view->level = level;
    }
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !years.contains(year)) {
            *error = tr("unknown year '%1'; valid years: %2")
                         .arg(parser.value(QStringLiteral("year")), joinInts(years));
            return false;
        }
        view->year = year;
    }
    if (parser.isSet(QStringLiteral("indicator"))) {
        const QString key = parser.value(QStringLiteral("indicator"));
        if (!ClusterData::parseIndicator(key, &view->indicator)) {
            *error = tr("unknown indicator '%1'; valid indicators: lq, share, focus, employment, stars, "
                        "growth, relative_wage")
                         .arg(key);
            return false;
        }
        if (view->indicator == Indicator::RelativeWage && !data.hasWages()) {
            const QString name = parser.isSet(QStringLiteral("data"))
                                     ? parser.value(QStringLiteral("data"))
                                     : tr("the embedded data set '%1'")
                                           .arg(parser.isSet(QStringLiteral("dataset"))
                                                    ? parser.value(QStringLiteral("dataset"))
                                                    : QStringLiteral("sbs"));
            *error = tr("%1 has no wage measure (it holds persons employed only). Use --dataset "
                        "sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS "
                        "table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN")
                         .arg(name);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("category"))) {
        const QString code = parser.value(QStringLiteral("category"));
        if (!data.categories().contains(code)) {
            *error = tr("unknown category '%1'; valid categories: %2")
                         .arg(code, data.categories().join(QStringLiteral(", ")));
            return false;
        }
        view->category = code;
    }
    if (parser.isSet(QStringLiteral("classification"))) {
        const QString key = parser.value(QStringLiteral("classification"));
        view->method = Classification::parseMethod(key);
        if (!view->method) {
            *error = tr("unknown classification '%1'; valid classifications: %2")
                         .arg(key, Classification::methodKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("classes"))) {
        bool ok = false;
        view->classes = parser.value(QStringLiteral("classes")).toInt(&ok);
        if (!ok || view->classes < 2 || view->classes > 9) {
            *error = tr("invalid --classes '%1'; valid: 2 to 9")
                         .arg(parser.value(QStringLiteral("classes")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("breaks"))) {
        view->manualBreaks.clear();
        for (const QString &part : parser.value(QStringLiteral("breaks")).split(QLatin1Char(','))) {
            bool ok = false;
            view->manualBreaks.append(part.trimmed().toDouble(&ok));
            if (!ok) {
                *error = tr("invalid --breaks '%1'; expected ascending numbers separated by commas")
                             .arg(parser.value(QStringLiteral("breaks")));
                return false;
            }
        }
        if (!view->method)
            view->method = ClassificationMethod::Manual;
    }
    if (parser.isSet(QStringLiteral("palette"))) {
        view->palette = parser.value(QStringLiteral("palette"));
        if (!Palette::byName(view->palette).isValid()) {
            *error = tr("unknown palette '%1'; valid palettes: %2")
                         .arg(view->palette, Palette::names().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("symbol"))) {
        const QString symbol = parser.value(QStringLiteral("symbol"));
        if (symbol != QLatin1String("choropleth") && symbol != QLatin1String("circles")) {
            *error = tr("unknown symbol '%1'; valid: choropleth, circles").arg(symbol);
            return false;
        }
        view->symbol = symbol == QLatin1String("circles") ? MapScene::Symbol::Circles : MapScene::Symbol::Choropleth;
    }
    if (parser.isSet(QStringLiteral("class-scope"))) {
        const QString scope = parser.value(QStringLiteral("class-scope"));
        if (scope != QLatin1String("all-years") && scope != QLatin1String("year")) {
            *error = tr("unknown class scope '%1'; valid: all-years, year").arg(scope);
            return false;
        }
        view->classesPerYear = scope == QLatin1String("year");
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        const QString key = parser.value(QStringLiteral("labels"));
        if (key == QLatin1String("none"))
            view->labels = MapScene::Labels::None;
        else if (key == QLatin1String("codes"))
            view->labels = MapScene::Labels::Codes;
        else if (key == QLatin1String("names"))
            view->labels = MapScene::Labels::Names;
        else {
            *error = tr("unknown labels '%1'; valid: none, codes, names").arg(key);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("star-symbols"))) {
        bool ok = false;
        view->starSymbols = parser.value(QStringLiteral("star-symbols")).toInt(&ok);
        if (!ok || view->starSymbols < 0 || view->starSymbols > 3) {
            *error = tr("invalid --star-symbols '%1'; valid: 0 to 3")
                         .arg(parser.value(QStringLiteral("star-symbols")));
            return false;
        }
    }
    if (view->method == ClassificationMethod::Manual) {
        // Let the classifier validate the limits now, so the user hears it at once.
        const Classification check = Classification::create(
            ClassificationMethod::Manual, {}, view->classes, {view->manualBreaks, 1.0, 1.0});
        if (!check.error().isEmpty()) {
            *error = tr("invalid --breaks: %1").arg(check.error());
            return false;
        }
    }
    return true;
}

namespace {

// The layer of --boundaries (key column detected or --key-column, codes of the
// view's level), else the cache's layer for `key`.
bool loadBoundaries(const QCommandLineParser &parser, const NutsLayer::Key &key, NutsLayer *layer,
                    QString *error)
{
    if (!parser.isSet(QStringLiteral("boundaries")))
        return layer->loadFromCache(key, error);
    QString path = parser.value(QStringLiteral("boundaries"));
    NutsLayer::LoadOptions options;
    // FILE:LAYER, unless the colon belongs to a Windows drive ("C:\\…").
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    if (colon > 1 && !QFileInfo::exists(path)) {
        options.layer = path.mid(colon + 1);
        path.truncate(colon);
    }
    options.keyColumn = parser.value(QStringLiteral("key-column"));
    options.level = key.level;
    return layer->load(path, options, error);
}

// Region names for score tables: from --boundaries when given (the regions the user
// draws), else from the NUTS cache; a warning and empty names when neither can be read.
QHash<QString, QString> regionNames(const QCommandLineParser &parser, const ClusterData &data, int level)
{
    NutsLayer layer;
    QString error;
    if (!loadBoundaries(parser, {data.nutsVersion(), level, NutsLayer::Scale::M10}, &layer, &error)) {
        printError(CommandLine::tr("warning: %1; names left empty").arg(error));
        return {};
    }
    return Exports::regionNames(layer);
}


void addExportOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), CommandLine::tr("The export command."));
    parser.addOption({QStringLiteral("format"), CommandLine::tr("Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style)."),
                      QStringLiteral("FORMAT"), QStringLiteral("csv")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CommandLine::tr("Output file, or - for standard output (csv)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), CommandLine::tr("Figure size in pixels (default 1920x1080)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("page"), CommandLine::tr("Page size for the figure: A4, A3 or Letter."),
                      QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("landscape"), CommandLine::tr("Landscape page (default).")});
    parser.addOption({QStringLiteral("portrait"), CommandLine::tr("Portrait page.")});
    parser.addOption({QStringLiteral("dpi"), CommandLine::tr("Resolution in dots per inch (default 96, "
                                                "300 for pages)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("title"), CommandLine::tr("Figure title."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("subtitle"), CommandLine::tr("Figure subtitle."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("margins"), CommandLine::tr("Page margins in millimetres (default 10)."),
                      QStringLiteral("MM")});
    parser.addOption({QStringLiteral("north-arrow"), CommandLine::tr("Draw a north arrow on the map.")});
    parser.addOption({QStringLiteral("boundaries"),
                      CommandLine::tr("Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, "
                         "Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key-column"),
                      CommandLine::tr("Column of --boundaries holding the NUTS codes (default: detected)."),
                      QStringLiteral("NAME")});
    CommandLine::addViewOptions(parser);
    CommandLine::addDataOptions(parser);
    parser.addOption({QStringLiteral("lang"), CommandLine::tr("Language of the figure texts: en, de, fr, es, it, pl."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("all"),
                      CommandLine::tr("CSV in long form, every region, category, year and indicator: "
                         "nuts_id,category,year,indicator,value. Per region and category: "
                         "employment, share, focus, lq, loglq, symlq, stars, density "
                         "(relatedness density among clusters); after the first year: growth "
                         "(CAGR % per year since the first year), growth_abs, growth_pct "
                         "(change since the first year); in the last year, shift-share since "
                         "the first year: reference_growth + industry_mix + "
                         "competitive_effect = growth_abs. Per region, category *: krugman, "
                         "hhi, eci_eigen, eci_reflections (over the NACE divisions, or the "
                         "aggregates of data without divisions; ECI has mean 0 and standard "
                         "deviation 1); coverage (the share of the published region total that "
                         "the industries reported cover; below 0.95 the region is flagged), "
                         "where the data publishes totals. Per category, nuts_id empty (over "
                         "the reference area): "
                         "hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. "
                         "Data with wages adds per region and category: wages (in the data's unit), "
                         "relative_wage (wage per employee over the category's average) and "
                         "productivity_star (1: top 10 % by relative wage).")});
    parser.addOption({QStringLiteral("peers"),
                      CommandLine::tr("CSV of the partner regions of NUTS_ID at its level and --year, best "
                         "first by cosine similarity of the cluster LQ profiles. Columns: rank, "
                         "nuts_id, name, cosine, correlation, complementarity (as the Partner "
                         "regions panel)."),
                      QStringLiteral("NUTS_ID")});
    parser.addOption({QStringLiteral("top"), CommandLine::tr("With --peers: at most N partners (default all)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("recipe"),
                      CommandLine::tr("Also write FILE.recipe.json beside the figure: the data, the options and "
                         "the command that rebuild it (clusterscope batch FILE.recipe.json).")});
    parser.addOption({QStringLiteral("qgs"),
                      CommandLine::tr("With --format gpkg: also write a QGIS project that opens the GeoPackage "
                         "(referenced by a relative path) styled as the map."),
                      QStringLiteral("FILE.qgs")});
}

// What one `clusterscope export` writes.
struct ExportRequest
{
    enum class Kind { Scores, All, Peers, Figure, Qgis } kind = Kind::Scores;
    ScoreExport::Format table = ScoreExport::Format::Csv;
    FigureOptions figure;
    QString path;
};

// The kind of output and its options; kExitUsage with `error` for combinations that
// do not go together.
int readExportRequest(const QCommandLineParser &parser, ExportRequest *request, QString *error)
{
    const QString format = parser.value(QStringLiteral("format"));
    const bool isFigure = FigureOptions::parseFormat(format, &request->figure.format);
    const bool isGpkg = format == QLatin1String("gpkg");
    const bool isXlsx = format == QLatin1String("xlsx");
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool peers = parser.isSet(QStringLiteral("peers"));
    request->path = parser.value(QStringLiteral("output"));
    const bool toStdout = request->path == QLatin1String("-");
    auto usage = [error](const QString &message) {
        *error = message;
        return int(kExitUsage);
    };
    if (format != QLatin1String("csv") && !isFigure && !isGpkg && !isXlsx)
        return usage(CommandLine::tr("unknown format '%1'; valid formats: csv, xlsx, png, svg, pdf, gpkg").arg(format));
    if (peers && (format != QLatin1String("csv") || all))
        return usage(CommandLine::tr("--peers writes CSV only and not with --all; use --format csv"));
    if (isXlsx && all)
        return usage(CommandLine::tr("--all writes CSV only; use --format csv"));
    if (parser.isSet(QStringLiteral("qgs")) && !isGpkg)
        return usage(CommandLine::tr("--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg"));
    if (isFigure && !readFigureOptions(parser, &request->figure, error))
        return kExitUsage;
    if (!parser.isSet(QStringLiteral("output")))
        return usage(CommandLine::tr("missing -o FILE (use -o - for standard output)"));
    if (toStdout && isXlsx)
        return usage(CommandLine::tr("a workbook needs a file name: -o FILE.xlsx"));
    if (toStdout && isGpkg)
        return usage(CommandLine::tr("a GeoPackage needs a file name: -o FILE.gpkg"));
    if (toStdout && isFigure)
        return usage(CommandLine::tr("figures need a file name: -o FILE.%1").arg(format));
    request->kind = isGpkg     ? ExportRequest::Kind::Qgis
                    : isFigure ? ExportRequest::Kind::Figure
                    : peers    ? ExportRequest::Kind::Peers
                    : all      ? ExportRequest::Kind::All
                               : ExportRequest::Kind::Scores;
    request->table = isXlsx ? ScoreExport::Format::Xlsx : ScoreExport::Format::Csv;
    return kExitOk;
}

// Saves replace the file by renaming a new one over it: never over a device, a FIFO or
// a folder (as root, -o /dev/null would replace the device with a file), and never over
// one of the command's own inputs.
int checkOutputs(const QCommandLineParser &parser, const ExportRequest &request, QString *error)
{
    QStringList inputs;
    for (const char *option : {"data", "category-mapping"})
        if (parser.isSet(QLatin1String(option)))
            inputs.append(parser.value(QLatin1String(option)));
    if (parser.isSet(QStringLiteral("boundaries"))) {
        const QString boundaries = parser.value(QStringLiteral("boundaries"));
        const qsizetype colon = boundaries.lastIndexOf(QLatin1Char(':'));
        inputs.append(colon > 1 && !QFileInfo::exists(boundaries) ? boundaries.left(colon) : boundaries);
    }
    if (!checkOutputPath(request.path, inputs, error))
        return kExitUsage;
    if (request.kind == ExportRequest::Kind::Qgis && parser.isSet(QStringLiteral("qgs"))) {
        const QString qgs = parser.value(QStringLiteral("qgs"));
        if (QFileInfo(qgs).absoluteFilePath() == QFileInfo(request.path).absoluteFilePath()) {
            *error = CommandLine::tr("--qgs %1 is the GeoPackage of -o; the project needs its own file "
                                     "(e.g. NAME.qgs)")
                         .arg(qgs);
            return kExitUsage;
        }
        if (!checkOutputPath(qgs, inputs + QStringList{request.path}, error))
            return kExitUsage;
    }
    return kExitOk;
}

// The boundaries of a figure or GeoPackage: --boundaries, else the NUTS cache at `scale`.
std::shared_ptr<NutsLayer> boundariesFor(const QCommandLineParser &parser, const ClusterData &data,
                                         int level, NutsLayer::Scale scale, QString *error)
{
    auto layer = std::make_shared<NutsLayer>();
    if (!loadBoundaries(parser, {data.nutsVersion(), level, scale}, layer.get(), error))
        return nullptr;
    return layer;
}

int exportFigure(const QCommandLineParser &parser, const ClusterData &data, const ViewOptions &view,
                 const ExportRequest &request, QString *error)
{
    // Print sizes get the 1:3 million boundaries, screen sizes the 1:10 million ones.
    const auto scale = MapRenderer::detailFor(MapScene::europeExtent(), request.figure.outputPixels());
    const auto layer = boundariesFor(parser, data, view.level, scale, error);
    if (!layer)
        return kExitFailure;
    const MapScene scene = buildScene(data, layer, view.query(), view.symbology());
    std::optional<Recipe> recipe;
    if (parser.isSet(QStringLiteral("recipe"))) {
        recipe = Recipe::fromView(DataSource::fromParser(parser), view, request.figure, request.path);
        recipe->lang = parser.value(QStringLiteral("lang"));
    }
    return Exports::figure(scene, request.figure, request.path, recipe ? &*recipe : nullptr, error) ? kExitOk
                                                                                                    : kExitFailure;
}

int exportQgis(const QCommandLineParser &parser, const ClusterData &data, const ViewOptions &view,
               const ExportRequest &request, QString *error)
{
    const auto layer = boundariesFor(parser, data, view.level, NutsLayer::Scale::M3, error);
    if (!layer)
        return kExitFailure;
    const MapScene scene = buildScene(data, layer, view.query(), view.symbology());
    Exports::Boundaries boundaries;
    if (parser.isSet(QStringLiteral("boundaries"))) {
        boundaries.file = parser.value(QStringLiteral("boundaries"));
        // FILE:LAYER, unless the colon belongs to a Windows drive ("C:\\…").
        const qsizetype colon = boundaries.file.lastIndexOf(QLatin1Char(':'));
        if (colon > 1 && !QFileInfo::exists(boundaries.file)) {
            boundaries.layer = boundaries.file.mid(colon + 1);
            boundaries.file.truncate(colon);
        }
        boundaries.keyColumn = layer->keyColumn();
    }
    return Exports::forQgis(data, view, scene, boundaries, request.path, parser.value(QStringLiteral("qgs")), error)
               ? kExitOk
               : kExitFailure;
}

int exportPeers(const QCommandLineParser &parser, const ClusterData &data, const ViewOptions &view,
                const ExportRequest &request, QString *error)
{
    const QString region = parser.value(QStringLiteral("peers"));
    const int level = int(region.size()) - 2;
    if (parser.isSet(QStringLiteral("level")) && level != view.level) {
        *error = CommandLine::tr("--peers %1 is a NUTS %2 region; drop --level %3").arg(region).arg(level).arg(view.level);
        return kExitUsage;
    }
    int top = 0;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1) {
            *error = CommandLine::tr("invalid --top '%1'; expected a positive number").arg(parser.value(QStringLiteral("top")));
            return kExitUsage;
        }
    }
    const LevelAnalysis *a = data.levels().contains(level) ? data.analysis(level, view.year) : nullptr;
    const int self = a ? a->rowOf(region) : -1;
    if (self < 0) {
        *error = CommandLine::tr("unknown region '%1'; no data for it in %2").arg(region).arg(view.year);
        return kExitUsage;
    }
    // Over the cluster categories, as the partner finder; data without clusters uses
    // its structure (NACE aggregates).
    const auto partners = a->engine.similarPartners(a->yearIndex, self, Engine::Similarity::Cosine, top);
    return ScoreExport::writePartners(*a, partners, regionNames(parser, data, level), request.path, error) ? kExitOk
                                                                                                   : kExitFailure;
}

int exportScores(const QCommandLineParser &parser, const ClusterData &data, const ViewOptions &view,
                 const ExportRequest &request, QString *error)
{
    return ScoreExport::writeScores(data, view.query(), regionNames(parser, data, view.level), request.table,
                                    request.path, error)
               ? kExitOk
               : kExitFailure;
}

} // namespace

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the scores of one map without a window."));
    addExportOptions(parser);
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments)) {
        printError(parser.errorText() + tr("; see clusterscope export --help"));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        printError(tr("unexpected argument '%1'").arg(parser.positionalArguments().value(1)));
        return kExitUsage;
    }
    QString error;
    ExportRequest request;
    if (const int code = readExportRequest(parser, &request, &error); code != kExitOk) {
        printError(error);
        return code;
    }
    if (const int code = checkOutputs(parser, request, &error); code != kExitOk) {
        printError(error);
        return code;
    }
    ClusterData data;
    if (const int code = loadData(parser, &data, &error); code != kExitOk) {
        printError(error);
        return code;
    }
    ViewOptions view;
    if (!readViewOptions(parser, data, &view, &error)) {
        printError(error);
        return kExitUsage;
    }
    // Which regions every relative measure was computed against.
    const bool peers = request.kind == ExportRequest::Kind::Peers;
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(data.referenceNote(
                     peers ? int(parser.value(QStringLiteral("peers")).size()) - 2 : view.level)));
    int code = kExitOk;
    switch (request.kind) {
    case ExportRequest::Kind::Qgis: code = exportQgis(parser, data, view, request, &error); break;
    case ExportRequest::Kind::Figure: code = exportFigure(parser, data, view, request, &error); break;
    case ExportRequest::Kind::Peers: code = exportPeers(parser, data, view, request, &error); break;
    case ExportRequest::Kind::All:
        code = ScoreExport::writeAll(data, view.level, request.path, &error) ? kExitOk : kExitFailure;
        break;
    case ExportRequest::Kind::Scores: code = exportScores(parser, data, view, request, &error); break;
    }
    if (code != kExitOk)
        printError(error);
    return code;
}

int CommandLine::runPacks(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each "
           "(name, dataset, NUTS version, years, retrieved, location), after checking every file's size and "
           "SHA-256. Packs that fail are reported on stderr (exit code 1).")
            .arg(DataPack::userDirectory()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("packs"), tr("The packs command."));
    parser.addPositionalArgument(QStringLiteral("PACK"), tr("More pack folders (or their pack.json) to check and list."),
                                 QStringLiteral("[PACK…]"));
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments)) {
        printError(parser.errorText() + tr("; see clusterscope packs --help"));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return kExitOk;
    }
    int code = kExitOk;
    std::fprintf(stdout, "%s\n", "name\tdataset\tnuts\tyears\tretrieved\tlocation");
    for (const ListedPack &listed : DataPack::installed(parser.positionalArguments().mid(1))) {
        if (!listed.pack) {
            printError(listed.error);
            code = kExitFailure;
            continue;
        }
        const DataPack &pack = *listed.pack;
        const QStringList fields = {pack.name(), pack.manifest().dataset, QString::number(pack.manifest().nutsVersion),
                                    pack.yearsText(), pack.manifest().retrieved, listed.path};
        std::fprintf(stdout, "%s\n", qUtf8Printable(fields.join(QLatin1Char('\t'))));
    }
    return code;
}

} // namespace cs
