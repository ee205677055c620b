// SPDX-License-Identifier: MIT
// Google Benchmark timings of loading statistics (not registered with ctest); run in
// Release. Target (issue 6): the embedded default data set loads in < 200 ms. The
// other rows read the full Eurostat extracts in ../shared/data for comparison
// (CLUSTERSCOPE_SHARED_DATA, default ../shared/data from the source tree).
#include "maps/ClusterData.h"
#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

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
