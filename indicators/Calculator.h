// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/Complexity.h"
#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "indicators/Similarity.h"
#include "indicators/StarParameters.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace cs {

struct CalculatorOptions
{
    Reference reference;                 // empty = all regions
    StarParameters stars;                // ECO size / specialisation / focus, growth
    double rcaThreshold = 1.0;           // relatedness::rca
    int peerRegion = 0;                  // -1: no peer list
    similarity::Method peerMethod = similarity::Method::Correlation;
    int peerCount = 10;
    // Worker threads over years: 1 = the calling thread only, 0 = hardware concurrency.
    int threads = 1;
};

// Every measure of the calculator for a whole multi-year cube at once (timed in
// tests/bench/IndicatorsBench; the app's views still take their measures per NUTS level
// and year from ClusterData, through the per-measure functions). The per-measure functions
// (measures::, StarRating, concentration::, relatedness::, complexity::, similarity::,
// growth::) are the reference definitions; this class gives the same numbers (to
// rounding, tested in tests/indicators/CalculatorTest) while sharing work: totals,
// shares, LQ and focus once per year, reused by every other measure; buffers kept
// between calls (memory: the results, proportional to the cube, plus O(regions ×
// categories) scratch per worker); year-to-year warm starts that do not change the
// result: star cut-offs selected among the values near last year's, Lorenz curves
// sorted starting from last year's order, the ECI eigenvector by Lanczos iteration from
// last year's vector with a residual test and complexity::eigenvector as fallback.
// Not thread-safe itself; compute() may use worker threads internally (see options):
// they take years as they ask for them, in runs (one from the front, one from the back
// of each part of the years) that carry the warm starts along, so results do not depend
// on the thread count beyond rounding. The workers are kept between calls and poll for
// the next call for 2 ms before they sleep.
class Calculator
{
public:
    struct Year
    {
        Eigen::VectorXd regionTotals;      // e_r (given or row sums, NaN = none reported)
        Eigen::RowVectorXd categoryTotals; // E_c over the reference
        double total = 0.0;                // E over the reference
        Eigen::MatrixXd share;             // measures::share
        Eigen::MatrixXd focus;             // measures::focus
        Eigen::MatrixXd lq;                // measures::locationQuotient
        Eigen::MatrixXd logLq;             // measures::logLocationQuotient
        Eigen::MatrixXd symmetricLq;       // measures::symmetricLocationQuotient
        // StarRating::stars() / robust() bits. The last year also carries kGrowth, rated
        // on the CAGR from the first to the last year (periodCagr()).
        Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic> stars;
        Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic> robust;
        Eigen::RowVectorXd sizeCutoff;     // StarRating::threshold(c, kSize)
        Eigen::RowVectorXd focusCutoff;    // StarRating::threshold(c, kFocus)
        Eigen::VectorXd krugman;           // concentration::krugman
        Eigen::VectorXd herfindahlRegions;
        Eigen::RowVectorXd herfindahlCategories;
        Eigen::RowVectorXd hoover;
        Eigen::RowVectorXd locationalGini;
        Eigen::MatrixXd rca;               // relatedness::rca (0/1)
        Eigen::MatrixXd cooccurrence;      // relatedness::cooccurrence
        Eigen::MatrixXd proximity;         // relatedness::proximity
        Eigen::MatrixXd density;           // relatedness::density
        complexity::Result complexity;     // complexity::eigenvector
        std::vector<similarity::Peer> peers; // similarity::peers of options.peerRegion
    };

    // Between consecutive years y and y + 1.
    struct Change
    {
        Eigen::MatrixXd cagr;              // growth::cagr over the years between them
        growth::ShiftShare shiftShare;     // growth::shiftShare
    };

    explicit Calculator(CalculatorOptions options = {});
    ~Calculator();
    Calculator(const Calculator &) = delete;
    Calculator &operator=(const Calculator &) = delete;

    const CalculatorOptions &options() const { return m_options; }
    void setOptions(const CalculatorOptions &options) { m_options = options; }

    // erc[y]: regions × categories employment of year y (NaN = missing), all the same
    // shape. er (optional, else the row sums of erc): each year's region totals, e.g.
    // from the industries before aggregation. years (optional, else 0, 1, 2, …): the
    // calendar years, for the CAGR. Results stay valid until the next call.
    void compute(const std::vector<Eigen::MatrixXd> &erc, const std::vector<Eigen::VectorXd> &er = {},
                 const std::vector<int> &years = {});

    int yearCount() const { return int(m_years.size()); }
    const Year &year(int index) const { return m_years[std::size_t(index)]; }
    // index 0 … yearCount() - 2: from year index to index + 1.
    const Change &change(int index) const { return m_changes[std::size_t(index)]; }
    // CAGR from the first to the last year (empty with fewer than two years).
    const Eigen::MatrixXd &periodCagr() const { return m_periodCagr; }
    // StarRating::threshold(c, kGrowth) of the last year.
    const Eigen::RowVectorXd &growthCutoff() const { return m_growthCutoff; }

    // Years of the last compute() whose ECI came from complexity::eigenvector (the dense
    // solver) because the warm-started Lanczos iteration did not converge cleanly.
    int eigenvectorFallbacks() const;

    struct Workspace;

private:
    void computeYears(int first, int last, Workspace &workspace);
    void computeYear(int year, Workspace &workspace);
    void computeChanges(int first, int last);
    void computePeriodCagr();
    void rateGrowth(Workspace &workspace);
    // Progress of each year within compute(), for the workers that wait on another's.
    enum Stage { kTotalsReady = 1, kYearDone = 2 };
    void announce(int year, int stage);
    void waitFor(int year, int stage) const;

    CalculatorOptions m_options;
    const std::vector<Eigen::MatrixXd> *m_erc = nullptr;
    const std::vector<Eigen::VectorXd> *m_er = nullptr;
    std::vector<int> m_calendar;
    std::vector<Year> m_years;
    std::vector<Change> m_changes;
    Eigen::MatrixXd m_periodCagr;
    Eigen::RowVectorXd m_growthCutoff;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
    std::unique_ptr<std::atomic<int>[]> m_progress;
    std::size_t m_progressSize = 0;
    std::atomic<int> m_periodReady{0}; // the period CAGR is complete
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_segmentEnds; // see compute()
    std::size_t m_segmentCount = 0;
    std::atomic<int> m_nextTask{0};
    class Workers;
    std::unique_ptr<Workers> m_workers;
};

} // namespace cs
