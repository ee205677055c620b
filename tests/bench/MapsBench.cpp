// SPDX-License-Identifier: MIT
// Google Benchmark timings of the map layer (not registered with ctest); run in Release.
// Targets (issue 7): load + project NUTS 2021 levels 0–3 at 1:3M < 1 s; redraw NUTS 3 2021
// into 1920×1080 with colours from a classification < 8 ms at 1:3M and < 3 ms at 1:10M
// (median after the first frame; the *_direct rows draw region by region); hit
// test < 0.1 ms per query; resident set after loading every level of NUTS 2016 and 2021
// at both scales < 250 MB. Needs the NUTS cache (CLUSTERSCOPE_NUTS_GPKG). The figure rows
// time `clusterscope export --format png --size 1920x1080 --level 3`'s drawing and
// encoding (FigureExport::write < 35 ms on the first frame) and buildScene (< 5 ms); the
// buildScene rows need the export's table (CLUSTERSCOPE_BENCH_CSV). Parallel parts
// (bands, PNG pieces, simplification) need idle cores: compare medians on a quiet machine.
#include "maps/Basemap.h"
#include "maps/Classification.h"
#include "maps/ClusterData.h"
#include "maps/FigureExport.h"
#include "maps/MapRenderer.h"
#include "maps/MapScene.h"
#include "maps/NutsCodes.h"
#include "maps/NutsLayer.h"
#include "maps/PngWriter.h"
#include "maps/SceneBuilder.h"
#include "maps/TableImport.h"
#include "maps/TableReader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace cs;

namespace {

std::shared_ptr<NutsLayer> loadOrSkip(benchmark::State &state, const NutsLayer::Key &key)
{
    auto layer = std::make_shared<NutsLayer>();
    QString error;
    if (!layer->loadFromCache(key, &error)) {
        state.SkipWithError(qPrintable(error));
        return nullptr;
    }
    return layer;
}

// VmRSS of /proc/self/status in MiB, or -1.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Registered first so that no other benchmark's freed heap counts: RSS after loading the
// 16 layers of NUTS 2016 and 2021 (levels 0–3, 1:3M and 1:10M), all held at once.
void memoryAllLayers(benchmark::State &state)
{
    for (auto _ : state) {
        const double before = residentMiB();
        std::vector<std::shared_ptr<NutsLayer>> layers;
        for (int version : {2016, 2021})
            for (NutsLayer::Scale scale : {NutsLayer::Scale::M3, NutsLayer::Scale::M10})
                for (int level = 0; level <= 3; ++level)
                    if (auto layer = loadOrSkip(state, {version, level, scale}))
                        layers.push_back(std::move(layer));
                    else
                        return;
        const double after = residentMiB();
        state.counters["rss_MiB"] = after;
        state.counters["rss_before_MiB"] = before;
        state.counters["layers_MiB"] = after - before;
        benchmark::DoNotOptimize(layers.data());
    }
}
BENCHMARK(memoryAllLayers)->Iterations(1)->Unit(benchmark::kMillisecond);

// The table of `clusterscope export --data FILE` (CLUSTERSCOPE_BENCH_CSV, which
// scripts/bench.sh writes with scripts/make_bench_table.sh, else /tmp/be/nuts3.csv:
// NUTS 3 2021, long format region,industry,year,value); invalid when absent.
ClusterData benchData()
{
    QString path = qEnvironmentVariable("CLUSTERSCOPE_BENCH_CSV");
    if (path.isEmpty())
        path = QStringLiteral("/tmp/be/nuts3.csv");
    if (!QFileInfo::exists(path))
        return {};
    TableReader::Options options;
    QString error;
    TableReader::parseColumnMapping(QStringLiteral("region=region,industry=industry,year=year,value=value"),
                                    &options.columns, &error);
    StatTable table = TableReader::read(path, options);
    return TableImport::toClusterData(table, 2021, TableImport::sourceNoteFor(path));
}

ScoreQuery benchQuery(const ClusterData &data)
{
    ScoreQuery query;
    query.level = 3;
    query.category = QStringLiteral("C28");
    query.indicator = Indicator::LocationQuotient;
    query.year = data.years().isEmpty() ? 0 : data.years().last();
    return query;
}

// buildScene for `export --level 3 --category C28 --indicator lq` (NUTS 3 2021, 1:10M).
// `first`: the first scene of the process, as the export command builds it (fresh data,
// so no analysis is cached; the first background-country lookup of the process);
// otherwise the median of later scenes from the same data.
void sceneBuild(benchmark::State &state, bool first)
{
    const auto layer = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M10});
    if (!layer)
        return;
    ClusterData data = benchData();
    if (!data.isValid()) {
        state.SkipWithError("no benchmark table (CLUSTERSCOPE_BENCH_CSV)");
        return;
    }
    const ScoreQuery query = benchQuery(data);
    if (!first)
        buildScene(data, layer, query);
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const MapScene scene = buildScene(data, layer, query);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        benchmark::DoNotOptimize(scene.values.constData());
    }
    state.counters["median_ms"] = median(ms);
}
// A category change in the window at NUTS 3 (issue 16's user path): ~1,500 NUTS 2021
// level-3 regions × the NACE divisions of the labels file (88, which with sections and
// clusters make ~160 categories) × 10 years, log-normal employment (seeded), imported as
// the window imports a table. `first`: the first scene of a level and year (the engine
// computes that year: recompute + recolour); otherwise a change of category with the year
// computed (recolour: values, classes, colours).
ClusterData nuts3Years()
{
    NutsCodes codes;
    QString error;
    if (!codes.loadFromCache(&error))
        return {};
    QStringList regions = codes.codes(2021, 3).values();
    std::sort(regions.begin(), regions.end());
    QStringList divisions;
    QFile labels(QStringLiteral(":/data/nace_r2_labels.csv"));
    if (labels.open(QIODevice::ReadOnly))
        for (const QByteArray &line : labels.readAll().split('\n'))
            if (line.size() > 3 && line[1] >= '0' && line[1] <= '9' && line[3] == ',')
                divisions.append(QString::fromLatin1(line.left(3)));
    StatTable table;
    table.file = QStringLiteral("nuts3-10y.csv");
    table.ok = true;
    std::mt19937 random(11);
    std::uniform_real_distribution<double> jitter(-1.0, 1.0);
    for (const QString &region : std::as_const(regions)) {
        const double size = std::exp(8 + jitter(random));
        for (const QString &division : std::as_const(divisions)) {
            const double base = size * std::exp(jitter(random));
            for (int year = 2012; year < 2022; ++year)
                table.records.append({region, division, year, std::round(base * (1.0 + 0.02 * jitter(random))) + 1.0,
                                      kFlagNone});
        }
    }
    return TableImport::toClusterData(table, 2021, table.file, codes);
}

void categoryChange(benchmark::State &state, bool first)
{
    const auto layer = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M10});
    if (!layer)
        return;
    static const ClusterData pristine = nuts3Years();
    if (!pristine.isValid()) {
        state.SkipWithError("no NUTS codes in the cache");
        return;
    }
    const QStringList categories = pristine.categories();
    ScoreQuery query;
    query.level = 3;
    query.indicator = Indicator::LocationQuotient;
    query.year = pristine.years().last();
    ClusterData data = pristine;
    query.category = categories.first();
    buildScene(data, layer, query);
    std::vector<double> ms;
    int k = 0;
    for (auto _ : state) {
        if (first) {
            state.PauseTiming();
            data = pristine; // no year computed yet
            state.ResumeTiming();
        }
        query.category = categories[++k % categories.size()];
        QElapsedTimer timer;
        timer.start();
        const MapScene scene = buildScene(data, layer, query);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        benchmark::DoNotOptimize(scene.values.constData());
    }
    state.counters["median_ms"] = median(ms);
    state.counters["regions"] = double(data.analysis(3, query.year)->regions.size());
    state.counters["categories"] = double(categories.size());
    state.counters["years"] = double(pristine.years().size());
}
BENCHMARK_CAPTURE(categoryChange, recompute, true)->Name("windowCategoryChange_nuts3_10y_recompute+recolour")->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(categoryChange, recolour, false)->Name("windowCategoryChange_nuts3_10y_recolour")->MinTime(1.0)->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(sceneBuild, nuts3_2021_1:10M_first, true)->Name("buildScene_nuts3_2021_1:10M_first")->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sceneBuild, nuts3_2021_1:10M, false)->Name("buildScene_nuts3_2021_1:10M")->MinTime(1.0)->Unit(benchmark::kMillisecond);

void loadLevels2021(benchmark::State &state)
{
    for (auto _ : state) {
        int regions = 0;
        for (int level = 0; level <= 3; ++level) {
            auto layer = loadOrSkip(state, {2021, level, NutsLayer::Scale::M3});
            if (!layer)
                return;
            regions += int(layer->regions().size());
        }
        state.counters["regions"] = regions;
    }
}
BENCHMARK(loadLevels2021)->Name("load_2021_L0-3_1:3M")->Iterations(5)->Unit(benchmark::kMillisecond);

// The same four layers read through GDAL/PROJ, as on first use before they are compiled.
void loadLevels2021Gdal(benchmark::State &state)
{
    for (auto _ : state) {
        int regions = 0;
        for (int level = 0; level <= 3; ++level) {
            NutsLayer layer;
            QString error;
            if (!layer.load(NutsLayer::defaultCachePath(), NutsLayer::cacheLayerName({2021, level, NutsLayer::Scale::M3}),
                            &error)) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            regions += int(layer.regions().size());
        }
        state.counters["regions"] = regions;
    }
}
BENCHMARK(loadLevels2021Gdal)->Name("load_2021_L0-3_1:3M_through_GDAL")->Iterations(5)->Unit(benchmark::kMillisecond);

MapScene sceneFor(std::shared_ptr<const NutsLayer> layer)
{
    MapScene scene;
    const int n = int(layer->regions().size());
    for (int i = 0; i < n; ++i)
        scene.values.append(i % 10 == 9 ? qQNaN() : double(i)); // one region in ten: no data
    scene.classification = Classification::quantiles(scene.values, 5);
    scene.colours = sequentialPalette(5);
    scene.legendTitle = QStringLiteral("Region index");
    scene.sourceNote = QStringLiteral("Source: benchmark; © EuroGeographics for the boundaries");
    scene.layer = std::move(layer);
    return scene;
}

// Full frame (sea, regions, hatching, legend, source note) as the window draws it after
// a change of colours: the second frame rasterises the regions (RegionRaster), later
// ones recolour them. Reports the median frame after a first, unmeasured one. With
// `direct`, every frame is drawn region by region, as figure files are.
void render(benchmark::State &state, NutsLayer::Scale scale, bool insets, bool direct = false)
{
    const auto layer = loadOrSkip(state, {2021, 3, scale});
    if (!layer)
        return;
    MapScene scene = sceneFor(layer);
    scene.insets = insets;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const auto frame = [&] {
        QPainter painter(&image);
        MapRenderer::Options options;
        options.reuseRaster = !direct;
        MapRenderer::render(painter, scene, QRectF(image.rect()), options);
    };
    frame();
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        frame();
        ms.push_back(timer.nsecsElapsed() / 1e6);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["median_ms"] = median(ms);
}
BENCHMARK_CAPTURE(render, nuts3_2021_1:3M, NutsLayer::Scale::M3, false)->MinTime(2.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(render, nuts3_2021_1:10M, NutsLayer::Scale::M10, false)->MinTime(2.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(render, nuts3_2021_1:3M_insets, NutsLayer::Scale::M3, true)->MinTime(2.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(render, nuts3_2021_1:3M_direct, NutsLayer::Scale::M3, false, true)->MinTime(2.0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(render, nuts3_2021_1:10M_direct, NutsLayer::Scale::M10, false, true)->MinTime(2.0)->Unit(benchmark::kMillisecond);

// 10 000 random points over continental Europe (most on land) per iteration.
template <bool Indexed> void hitTest(benchmark::State &state)
{
    const auto layer = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M3});
    if (!layer)
        return;
    QRandomGenerator rng(7);
    const QRectF area = MapScene::europeExtent();
    std::vector<QPointF> points;
    for (int k = 0; k < 10000; ++k)
        points.emplace_back(area.left() + rng.generateDouble() * area.width(),
                            area.top() + rng.generateDouble() * area.height());
    int hits = 0;
    qint64 ns = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        hits = 0;
        for (const QPointF &p : points) {
            int found = -1;
            if constexpr (Indexed) {
                found = layer->regionAt(p);
            } else {
                for (int i = 0; i < layer->regions().size(); ++i) {
                    const Region &r = layer->regions()[i];
                    if (r.bounds.contains(p) && r.path.contains(p)) {
                        found = i;
                        break;
                    }
                }
            }
            hits += found >= 0;
        }
        ns += timer.nsecsElapsed();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = hits;
    state.counters["us_per_query"] = ns / 1e3 / (double(state.iterations()) * double(points.size()));
    state.SetItemsProcessed(state.iterations() * int64_t(points.size()));
}
BENCHMARK_TEMPLATE(hitTest, true)->Name("hitTest_10000_indexed")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(hitTest, false)->Name("hitTest_10000_bruteForce")->Unit(benchmark::kMillisecond);

// An A4 landscape page at 300 dpi (3508 × 2480 px) of NUTS 3 2021 at 1:3M with insets,
// written through FigureExport::write as `clusterscope export --page A4 --dpi 300` does
// (issue 9 target: < 1 s each for PDF and PNG, the whole process included). Every
// iteration starts from a freshly loaded layer (no simplified paths cached). `median_ms`
// is the whole FigureExport::write; `paint_ms` is FigureExport::paint alone into a fresh
// device (for PDF including the engine's stream compression at QPainter::end, for PNG
// including the first touch of a plain 35 MB QImage, which write() backs by huge pages).
void figureA4(benchmark::State &state, FigureOptions::Format format)
{
    const auto cached = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M3});
    if (!cached)
        return;
    FigureOptions options;
    options.format = format;
    options.usePage = true;
    options.page = QPageSize(QPageSize::A4);
    options.orientation = QPageLayout::Landscape;
    options.dpi = 300;
    const QString path = QDir::temp().filePath(format == FigureOptions::Format::Pdf
                                                   ? QStringLiteral("cs-bench-a4.pdf")
                                                   : QStringLiteral("cs-bench-a4.png"));
    std::vector<double> total, paint;
    for (auto _ : state) {
        state.PauseTiming();
        auto layer = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M3}); // no simplified paths yet
        if (!layer)
            return;
        const MapScene scene = sceneFor(layer);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!FigureExport::write(scene, options, path, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        total.push_back(timer.nsecsElapsed() / 1e6);

        state.PauseTiming();
        const MapScene again = sceneFor(loadOrSkip(state, {2021, 3, NutsLayer::Scale::M3}));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<QPaintDevice> device;
        QImage image;
        const QSize size = options.outputPixels();
        if (format == FigureOptions::Format::Pdf) {
            auto pdf = std::make_unique<QPdfWriter>(&buffer);
            pdf->setResolution(300);
            pdf->setPageLayout(QPageLayout(options.page, options.orientation, QMarginsF()));
            device = std::move(pdf);
        } else {
            image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        }
        state.ResumeTiming();
        timer.restart();
        {
            QPainter painter(device ? device.get() : static_cast<QPaintDevice *>(&image));
            const QRectF page(0, 0, painter.device()->width(), painter.device()->height());
            FigureExport::paint(painter, again, page, options);
        }
        paint.push_back(timer.nsecsElapsed() / 1e6);
    }
    state.counters["median_ms"] = median(total);
    state.counters["paint_ms"] = median(paint);
    state.counters["bytes"] = double(QFileInfo(path).size());
    QFile::remove(path);
}
BENCHMARK_CAPTURE(figureA4, pdf_nuts3_2021_1:3M, FigureOptions::Format::Pdf)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(figureA4, png_nuts3_2021_1:3M, FigureOptions::Format::Png)->Iterations(5)->Unit(benchmark::kMillisecond);

// A scene like the export command's: sceneFor() plus the background countries and the
// non-EU regions drawn as background land.
MapScene figureScene(std::shared_ptr<const NutsLayer> layer)
{
    MapScene scene = sceneFor(layer);
    for (const Region &region : layer->regions())
        scene.outside.append(region.code.startsWith(QLatin1String("TR")) ||
                             region.code.startsWith(QLatin1String("NO")) ||
                             region.code.startsWith(QLatin1String("CH")));
    scene.basemap = Basemap::around(*layer);
    scene.title = QStringLiteral("Manufacture of machinery — Location quotient, NUTS 3, 2021");
    return scene;
}

// `clusterscope export --format png --size 1920x1080 --level 3`: FigureExport::write of
// NUTS 3 2021 at 1:10M (what detailFor picks for that size) with insets, to a file.
// `cold`: every iteration gets a freshly loaded layer, so the drawing paths are simplified
// inside the timing, as in the one-shot export process (issue 7: < 35 ms); otherwise the
// same layer is drawn again.
void figurePng(benchmark::State &state, bool cold)
{
    FigureOptions options;
    options.pixelSize = QSize(1920, 1080);
    const NutsLayer::Key key{2021, 3, MapRenderer::detailFor(MapScene::europeExtent(), QSizeF(options.pixelSize))};
    auto layer = loadOrSkip(state, key);
    if (!layer)
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    QString error;
    FigureExport::write(figureScene(layer), options, path, &error); // fonts, basemap file
    std::vector<double> ms;
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            layer = loadOrSkip(state, key);
            if (!layer)
                return;
            state.ResumeTiming();
        }
        const MapScene scene = figureScene(layer);
        QElapsedTimer timer;
        timer.start();
        if (!FigureExport::write(scene, options, path, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    state.counters["median_ms"] = median(ms);
    state.counters["bytes"] = double(QFileInfo(path).size());
}
BENCHMARK_CAPTURE(figurePng, cold, true)->Name("figure_png_1920x1080_nuts3_1:10M_cold")->Iterations(15)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(figurePng, warm, false)->Name("figure_png_1920x1080_nuts3_1:10M_warm")->MinTime(1.0)->Unit(benchmark::kMillisecond);

// The drawing paths of the figure's main frame on a fresh layer (Douglas–Peucker of
// every region at half a pixel of 1920×1080 over continental Europe).
void drawingPathsCold(benchmark::State &state)
{
    const NutsLayer::Key key{2021, 3, NutsLayer::Scale::M10};
    const QTransform t = MapRenderer::mapToDevice(MapScene::europeExtent(), QRectF(0, 0, 1600, 1000));
    std::vector<double> ms;
    for (auto _ : state) {
        state.PauseTiming();
        const auto layer = loadOrSkip(state, key);
        if (!layer)
            return;
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        const auto paths = layer->drawingPaths(1.0 / t.m11());
        ms.push_back(timer.nsecsElapsed() / 1e6);
        benchmark::DoNotOptimize(paths.get());
    }
    state.counters["median_ms"] = median(ms);
}
BENCHMARK(drawingPathsCold)->Name("drawingPaths_nuts3_2021_1:10M_cold")->Iterations(15)->Unit(benchmark::kMillisecond);

// PngWriter::encode of the figure above (8-bit RGB, 1920×1080).
void pngEncode(benchmark::State &state)
{
    const auto layer = loadOrSkip(state, {2021, 3, NutsLayer::Scale::M10});
    if (!layer)
        return;
    QImage image(1920, 1080, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        FigureExport::paint(painter, figureScene(layer), QRectF(image.rect()), FigureOptions());
    }
    image.convertTo(QImage::Format_RGB888);
    std::vector<double> ms;
    qsizetype bytes = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray png = PngWriter::encode(image);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        bytes = png.size();
    }
    state.counters["median_ms"] = median(ms);
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(pngEncode)->Name("pngEncode_1920x1080")->MinTime(1.0)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts and the raster paint engine for the legend
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
