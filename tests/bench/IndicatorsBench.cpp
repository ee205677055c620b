// SPDX-License-Identifier: MIT
// Google Benchmark timings of the indicator engine and its measures (not registered with
// ctest). Targets: every measure for 300 regions × 61 categories × 15 years < 5 ms;
// LQ + relatedness density for 100 000 regions × 100 industries < 1 s.
#include "indicators/Engine.h"
#include "indicators/Complexity.h"
#include "indicators/Concentration.h"
#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "indicators/Relatedness.h"
#include "indicators/Similarity.h"
#include "indicators/StarRating.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <numeric>
#include <string>
#include <thread>
#include <malloc.h>
#include <random>
#include <vector>

using namespace cs;

namespace {
std::vector<Eigen::MatrixXd> randomYears(int regions, int categories, int years, unsigned seed)
{
    std::mt19937 rng(seed);
    std::lognormal_distribution<double> size(5.0, 2.0);
    std::uniform_real_distribution<double> change(0.9, 1.12);
    std::vector<Eigen::MatrixXd> out;
    Eigen::MatrixXd e(regions, categories);
    for (Eigen::Index i = 0; i < e.size(); ++i)
        e.data()[i] = std::floor(size(rng));
    for (int y = 0; y < years; ++y) {
        out.push_back(e);
        for (Eigen::Index i = 0; i < e.size(); ++i)
            e.data()[i] = std::floor(e.data()[i] * change(rng));
    }
    return out;
}

// Every measure of the engine, one function at a time, on every year, growth and shift-share between
// consecutive years, and a growth-star rating over the whole period. Core = the map
// measures (shares, LQ variants, stars, Krugman, Herfindahl, Hoover, growth,
// shift-share); full = core + locational Gini, product space + density, ECI, peers.
template <bool Full> void measuresBench(benchmark::State &state)
{
    const int regions = 300, categories = 61, years = 15;
    const std::vector<Eigen::MatrixXd> cube = randomYears(regions, categories, years, 42);
    std::vector<Eigen::VectorXd> totals(years);
    for (auto _ : state) {
        double sink = 0.0;
        for (int y = 0; y < years; ++y) {
            const Eigen::MatrixXd &e = cube[y];
            totals[y] = measures::regionTotals(e);
            const Eigen::VectorXd &er = totals[y];
            const Eigen::MatrixXd share = measures::share(e, {});
            const StarRating stars(e, er, {}); // computes LQ and focus once
            const Eigen::MatrixXd &lq = stars.lq();
            const Eigen::MatrixXd logLq = measures::logLocationQuotient(lq);
            const Eigen::MatrixXd symLq = measures::symmetricLocationQuotient(lq);
            const Eigen::VectorXd krugman = concentration::krugman(e, er, {});
            const Eigen::VectorXd hhiR = concentration::herfindahlRegions(e, er);
            const Eigen::RowVectorXd hhiC = concentration::herfindahlCategories(e, {});
            const Eigen::RowVectorXd hoover = concentration::hoover(e, er, {});
            sink += share(0, 0) + logLq(0, 0) + symLq(0, 0) + stars.stars(0, 0) + krugman(0) +
                    hhiR(0) + hhiC(0) + hoover(0);
            if constexpr (Full) {
                const Eigen::RowVectorXd gini = concentration::locationalGini(e, er, {});
                const Eigen::MatrixXd m = relatedness::rca(lq);
                const Eigen::MatrixXd phi = relatedness::proximity(relatedness::cooccurrence(m));
                const Eigen::MatrixXd density = relatedness::density(m, phi);
                const complexity::Result eci = complexity::eigenvector(m);
                const auto peers = similarity::peers(lq, 0, similarity::Method::Correlation, 10);
                sink += gini(0) + density(0, 0) + eci.eci(0) + peers.front().score;
            }
        }
        for (int y = 1; y < years; ++y) {
            const Eigen::MatrixXd g = growth::cagr(cube[y - 1], cube[y], 1.0);
            const growth::ShiftShare ss = growth::shiftShare(cube[y - 1], cube[y], totals[y - 1], totals[y], {});
            sink += g(0, 0) + ss.competitive(0, 0);
        }
        const Eigen::MatrixXd g = growth::cagr(cube.front(), cube.back(), years - 1);
        const StarRating withGrowth(cube.back(), totals.back(), {}, {}, nullptr, &g);
        sink += withGrowth.stars(0, 0);
        benchmark::DoNotOptimize(sink);
    }
    state.SetItemsProcessed(state.iterations() * regions * categories * years);
}
BENCHMARK(measuresBench<false>)->Name("coreMeasures_300x61x15")->Unit(benchmark::kMillisecond);
BENCHMARK(measuresBench<true>)->Name("allMeasures_300x61x15")->Unit(benchmark::kMillisecond);

// The same measures through cs::Engine, as `export --all` asks for them: every year,
// structure and relatedness, on the calling thread and over one worker per core.
template <bool Threads> void engineBench(benchmark::State &state)
{
    const int regions = 300, categories = 61, years = 15;
    const std::vector<Eigen::MatrixXd> cube = randomYears(regions, categories, years, 42);
    std::vector<std::string> codes;
    for (int c = 0; c < categories; ++c) {
        char code[16];
        std::snprintf(code, sizeof code, "C%d", c); // not "C" + to_string: GCC 12 -O3 warns
        codes.emplace_back(code);
    }
    for (auto _ : state) {
        EngineInput input;
        input.industries = cube;
        for (int y = 0; y < years; ++y)
            input.years.push_back(2000 + y);
        input.weights = CategoryWeights::identity(codes);
        input.structure.resize(std::size_t(categories));
        std::iota(input.structure.begin(), input.structure.end(), 0);
        if (Threads)
            input.parallel = [](int n, const std::function<void(int)> &body) {
                std::vector<std::thread> workers;
                std::atomic<int> next{0};
                for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
                    workers.emplace_back([&] {
                        for (int i = next++; i < n; i = next++)
                            body(i);
                    });
                for (std::thread &w : workers)
                    w.join();
            };
        const Engine engine(std::move(input));
        engine.computeAll();
        double sink = 0.0;
        for (int y = 0; y < years; ++y)
            sink += engine.year(y).lq(0, 0) + engine.structure(y).krugman(0) + engine.relatedness(y).density(0, 0);
        benchmark::DoNotOptimize(sink);
    }
    state.SetItemsProcessed(state.iterations() * regions * categories * years);
}
BENCHMARK(engineBench<false>)->Name("engine_300x61x15")->Unit(benchmark::kMillisecond);
BENCHMARK(engineBench<true>)->Name("engine_300x61x15_threads")->Unit(benchmark::kMillisecond)->UseRealTime();

// One year of 300 × 61, one measure at a time, to see where the time goes.
template <int Which> void oneMeasure(benchmark::State &state)
{
    const std::vector<Eigen::MatrixXd> cube = randomYears(300, 61, 1, 42);
    const Eigen::MatrixXd &e = cube[0];
    const Eigen::VectorXd er = measures::regionTotals(e);
    const Eigen::MatrixXd lq = measures::locationQuotient(e, er, {});
    const Eigen::MatrixXd m = relatedness::rca(lq);
    for (auto _ : state) {
        double sink = 0.0;
        switch (Which) {
        case 0: sink = measures::regionTotals(e)(0); break;
        case 1: sink = measures::locationQuotient(e, er, {})(0, 0); break;
        case 2: sink = measures::share(e, {})(0, 0); break;
        case 3: sink = StarRating(e, er, {}).stars(0, 0); break;
        case 4: sink = concentration::locationalGini(e, er, {})(0); break;
        case 5: sink = concentration::krugman(e, er, {})(0) + concentration::hoover(e, er, {})(0); break;
        case 6: sink = relatedness::density(m, relatedness::proximity(relatedness::cooccurrence(m)))(0, 0); break;
        case 7: sink = complexity::eigenvector(m).eci(0); break;
        case 8: sink = similarity::peers(lq, 0, similarity::Method::Correlation, 10).front().score; break;
        case 9: sink = growth::shiftShare(e, e, er, er, {}).competitive(0, 0); break;
        }
        benchmark::DoNotOptimize(sink);
    }
}
BENCHMARK(oneMeasure<0>)->Name("year/regionTotals")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<1>)->Name("year/locationQuotient")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<2>)->Name("year/share")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<3>)->Name("year/stars")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<4>)->Name("year/locationalGini")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<5>)->Name("year/krugman+hoover")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<6>)->Name("year/proximity+density")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<7>)->Name("year/eciEigenvector")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<8>)->Name("year/peers")->Unit(benchmark::kMicrosecond);
BENCHMARK(oneMeasure<9>)->Name("year/shiftShare")->Unit(benchmark::kMicrosecond);

// LQ, then RCA → co-occurrence → proximity → relatedness density.
void lqAndDensity(benchmark::State &state)
{
    const int regions = int(state.range(0)), industries = 100;
    const std::vector<Eigen::MatrixXd> cube = randomYears(regions, industries, 1, 7);
    for (auto _ : state) {
        const Eigen::VectorXd er = measures::regionTotals(cube[0]);
        const Eigen::MatrixXd lq = measures::locationQuotient(cube[0], er, {});
        const Eigen::MatrixXd m = relatedness::rca(lq);
        const Eigen::MatrixXd phi = relatedness::proximity(relatedness::cooccurrence(m));
        const Eigen::MatrixXd density = relatedness::density(m, phi);
        benchmark::DoNotOptimize(density.data());
    }
    state.SetItemsProcessed(state.iterations() * regions * industries);
}
BENCHMARK(lqAndDensity)->Arg(100000)->Name("lqAndDensity_100000x100")->Iterations(5)->Unit(benchmark::kMillisecond);
} // namespace

// glibc returns freed blocks above 128 KiB (a 300 × 61 matrix is 146 KiB) to the kernel
// and page-faults them back on the next allocation, which on a virtual machine costs
// more than the arithmetic. A long-running app keeps its heap warm; so do we, unless
// CS_BENCH_DEFAULT_MALLOC is set to measure the cold-allocator case.
int main(int argc, char **argv)
{
    if (!std::getenv("CS_BENCH_DEFAULT_MALLOC")) {
        mallopt(M_MMAP_THRESHOLD, 256 << 20);
        mallopt(M_TRIM_THRESHOLD, 512 << 20);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
