// SPDX-License-Identifier: MIT
// Google Benchmark timings of loading statistics (not registered with ctest); run in
// Release. Target (issue 6): the embedded default data set loads in < 200 ms. The
// other rows read the full Eurostat extracts in ../shared/data for comparison
// (CLUSTERSCOPE_SHARED_DATA, default ../shared/data from the source tree).
// genericCsv_nuts3_36k is the statistics input of `clusterscope export` on the table of
// scripts/bench_export.sh (issue 7): target < 15 ms.
#include "maps/ClusterData.h"
#include "maps/EurostatTable.h"
#include "maps/NutsCodes.h"
#include "maps/TableImport.h"
#include "maps/TableReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace cs;

namespace {

void embedded(benchmark::State &state, const char *key)
{
    for (auto _ : state) {
        ClusterData data = ClusterData::embedded(QString::fromLatin1(key));
        if (!data.isValid()) {
            state.SkipWithError("embedded data did not load");
            return;
        }
        benchmark::DoNotOptimize(data.categories().size());
    }
}
BENCHMARK_CAPTURE(embedded, sbs_default, "sbs")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(embedded, lfs_2008_2015, "lfs")->Unit(benchmark::kMillisecond);

QString sharedData()
{
    const QByteArray env = qgetenv("CLUSTERSCOPE_SHARED_DATA");
    return env.isEmpty() ? QStringLiteral(CS_SOURCE_DIR "/../shared/data") : QString::fromLocal8Bit(env);
}

// The Eurostat bulk TSV of LFS employment, parsed from memory (no disk in the loop).
void parseLfsTsv(benchmark::State &state)
{
    QFile file(QDir(sharedData()).filePath(QStringLiteral("lfst_r_lfe2en2_2017vintage.tsv")));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("../shared/data/lfst_r_lfe2en2_2017vintage.tsv not found");
        return;
    }
    const QByteArray bytes = file.readAll();
    EurostatTable::Options options;
    options.filters.insert(QStringLiteral("unit"), QStringLiteral("THS"));
    options.filters.insert(QStringLiteral("age"), QStringLiteral("Y_GE15"));
    for (auto _ : state) {
        const StatTable table = EurostatTable::parse(bytes, file.fileName(), options);
        benchmark::DoNotOptimize(table.records.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(parseLfsTsv)->Unit(benchmark::kMillisecond);

// The table of scripts/bench_export.sh: every NUTS 2021 level-3 region of the boundary
// cache × the 24 manufacturing divisions C10..C33, one year, log-normal employment
// (seeded), read from a file and imported as `export --map-columns … --nuts-version 2021`
// does. The NUTS codes are loaded once, outside the timing.
void genericCsvNuts3(benchmark::State &state)
{
    NutsCodes codes;
    QString error;
    if (!codes.loadFromCache(&error)) {
        state.SkipWithError(qUtf8Printable(error));
        return;
    }
    QStringList regions = codes.codes(2021, 3).values();
    std::sort(regions.begin(), regions.end());
    std::mt19937 random(7);
    std::uniform_real_distribution<double> jitter(-1.0, 1.0);
    QByteArray text = "region,industry,year,value\n";
    for (const QString &region : std::as_const(regions)) {
        const double size = std::exp(10 + jitter(random));
        for (int division = 10; division <= 33; ++division)
            text += region.toLatin1() + ",C" + QByteArray::number(division) + ",2021," +
                    QByteArray::number(qint64(size * std::exp(jitter(random))) + 1) + '\n';
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nuts3.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        state.SkipWithError("cannot write the table");
        return;
    }
    file.close();
    TableReader::Options options;
    for (const QString &role : TableReader::roles().mid(0, 4))
        options.columns.insert(role, role);
    const QString note = TableImport::sourceNoteFor(path);
    for (auto _ : state) {
        StatTable table = TableReader::read(path, options);
        const ClusterData data = TableImport::toClusterData(table, 2021, note, codes);
        if (!data.isValid() || !table.problems.isEmpty()) {
            state.SkipWithError("the table did not import cleanly");
            return;
        }
        benchmark::DoNotOptimize(data.cube().regionCount());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
    state.counters["regions"] = double(regions.size());
    state.counters["records"] = double(regions.size() * 24);
}
BENCHMARK(genericCsvNuts3)->Name("genericCsv_nuts3_36k")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
