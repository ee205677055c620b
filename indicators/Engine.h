// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Complexity.h"
#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "indicators/Similarity.h"
#include "indicators/StarParameters.h"
#include "indicators/StarRating.h"

#include <Eigen/Core>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace cs {

// Which e_r the relative measures (focus, LQ, stars, Krugman, Hoover …) divide by.
enum class RegionTotal {
    Sum,       // the region's sum over the industries it reports (EconGeo's convention)
    Published, // the data's own total of the region where it has one, else the sum
};

// Runs body(0) … body(count - 1), possibly in parallel; the program hands in its one
// thread pool (maps/Parallel.h). Empty: one after the other on the calling thread.
using ParallelFor = std::function<void(int count, const std::function<void(int)> &body)>;

// Everything the engine needs about one set of regions (one NUTS level of a data set).
struct EngineInput
{
    std::vector<int> years;                  // calendar years, ascending
    std::vector<Eigen::MatrixXd> industries; // per year: regions × industries, NaN = missing
    // Per year: the region totals the data publishes (a TOTAL row, its sections), NaN
    // where it has none; empty = none at all.
    std::vector<Eigen::VectorXd> published;
    // Per year: a second measure of the same shape, wages (the productivity star); empty = none.
    std::vector<Eigen::MatrixXd> wages;
    CategoryWeights weights;                 // industries → categories
    Reference reference;                     // rows of the reference area; empty = all
    bool emptyReference = false;             // the reference area has no row: relative measures NaN
    RegionTotal regionTotal = RegionTotal::Sum;
    std::vector<int> structure;              // categories without overlap: Krugman, HHI, ECI/PCI
    std::vector<int> clusters;               // categories of relatedness density
    StarParameters stars;
    // A region whose reported industries cover less than this share of its published total
    // is flagged (Year::incomplete).
    double minCoverage = 0.95;
    ParallelFor parallel;

    // The years, industries (and second measure, as wages) and weights of `cube`, the
    // regions `rows` of it (all when empty) in that order; the rest default.
    static EngineInput fromCube(const EmploymentCube &cube, const CategoryWeights &weights,
                                const std::vector<int> &rows = {});
};

// The one analysis engine: every measure a view or an export shows, for one set of
// regions over all years of the data, computed on first use and kept (thread-safe). The
// per-measure functions (measures::, StarRating, concentration::, relatedness::,
// complexity::, similarity::, growth::) are the definitions; nothing above this layer
// computes a measure.
class Engine
{
public:
    // Per region × category (and per region) of one year.
    struct Year
    {
        int year = 0;
        Eigen::MatrixXd employment;    // e_rc
        Eigen::VectorXd reported;      // the sum of the industries a region reports
        Eigen::VectorXd published;     // the data's own total, NaN where none
        Eigen::VectorXd totals;        // e_r as chosen by EngineInput::regionTotal
        Eigen::VectorXd coverage;      // reported / published, NaN without a published total
        Eigen::MatrixXd share;         // e_rc / E_c
        Eigen::MatrixXd focus;         // e_rc / e_r
        Eigen::MatrixXd lq;
        int growthFrom = 0;            // the first year (Engine::growth), 0 in the first year itself
        double minCoverage = 0.95;
        // Suppressed cells hide more than 1 - minCoverage of the published total.
        bool incomplete(int row) const { return coverage(row) < minCoverage; }
    };

    // What exports add to a year (derived LQ forms, change since the first year) and the
    // per region and per category measures, computed when first asked for.
    struct Structure
    {
        Eigen::MatrixXd logLq;
        Eigen::MatrixXd symmetricLq;
        Eigen::MatrixXd change;        // e_rc - e_rc(first year); empty in the first year
        Eigen::MatrixXd changePercent; // in %; empty in the first year
        Eigen::VectorXd krugman;            // over EngineInput::structure
        Eigen::VectorXd herfindahl;         // of each region's structure
        complexity::Result eigenvector;     // ECI (regions), PCI (structure categories)
        complexity::Result reflections;
        Eigen::RowVectorXd hoover;          // every category
        Eigen::RowVectorXd gini;            // locational Gini, every category
        Eigen::RowVectorXd herfindahlCategories;
        // Against the first year (empty in the first year); the last year's is the period's.
        growth::ShiftShare shift;
    };

    // Relatedness among the partner categories (the clusters, else the structure).
    struct Relatedness
    {
        std::vector<int> columns;  // categories, columns of lq and density
        Eigen::MatrixXd lq;        // regions × columns
        Eigen::MatrixXd density;   // relatedness::density of the RCA (LQ ≥ 1) matrix
    };

    explicit Engine(EngineInput input);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const EngineInput &input() const { return m_input; }
    int yearCount() const { return int(m_input.years.size()); }
    int regionCount() const;
    int categoryCount() const { return m_input.weights.categoryCount(); }
    int yearIndex(int year) const; // -1 when absent

    const Year &year(int index) const;
    // European Cluster Observatory stars (and productivity where the data has wages),
    // rated when first asked for: the map of any other indicator does not need them.
    // The relative wage (productivity) of every region × category is
    // stars(index).relativeProductivity(), empty when !hasWages().
    const StarRating &stars(int index) const;
    // The data carries a second measure, wages (EngineInput::wages).
    bool hasWages() const { return !m_input.wages.empty(); }
    // Employment growth, CAGR in % per year since the first year (NaN in the first year),
    // computed when first asked for.
    const Eigen::MatrixXd &growth(int index) const;
    const Structure &structure(int index) const;
    const Relatedness &relatedness(int index) const;
    // Every year, structure and relatedness at once, spread over EngineInput::parallel.
    void computeAll() const;
    // Every year's map measures (not structure or relatedness), spread likewise: what
    // class limits over all years need.
    void computeYears() const;

    // Partner regions of `row` over the partner categories (Relatedness::columns).
    using Similarity = similarity::Method;
    struct Partner
    {
        int region = -1;
        double score = 0.0;          // the ranking score (similarity or complementarity)
        double cosine = 0.0;         // similarity::cosine of the LQ profiles
        double correlation = 0.0;    // similarity::correlation
        double complementarity = 0.0; // similarity::complementarity
        double tieBreak = 0.0;       // complementary partners: Σ uncapped LQ · ω of the terms
        // Complementary partners: score over its largest possible value (cap · Σ ω of the
        // region over the columns it is weak in, or of onlyColumn), in [0, 1].
        double share = 0.0;
        // Similar partners: the columns where both have LQ ≥ 1, strongest shared first
        // (by the smaller LQ). Complementary partners: the terms, largest first.
        std::vector<similarity::Term> reasons;
    };
    // The most similar regions by `method`, best first (count ≤ 0: all); with onlyColumn ≥ 0
    // only partners specialised (LQ ≥ 1) in that column.
    std::vector<Partner> similarPartners(int index, int row, Similarity method, int count,
                                         int onlyColumn = -1) const;
    // Regions strong where `row` is weak but related (score > 0), best first by
    // complementarity then tieBreak; with onlyColumn ≥ 0 that column alone.
    std::vector<Partner> complementaryPartners(int index, int row, int onlyColumn = -1) const;

    // One region's profile over the partner categories (Relatedness::columns): its LQ and
    // its relatedness density, as this engine computes them. Handed to another engine (of
    // another NUTS level of the same data, with the same columns) it finds that region's
    // partners among the other engine's regions.
    struct Profile
    {
        Eigen::RowVectorXd lq;
        Eigen::RowVectorXd density;
    };
    Profile profile(int index, int row) const;
    // Partners of an outside region (its Profile from its own engine) among this engine's
    // regions: the same scores, order and reasons as the row forms above, as if the
    // outside region were one more row here (its density its own). Empty when the
    // profile's columns do not match Relatedness::columns.
    std::vector<Partner> similarPartners(int index, const Profile &outside, Similarity method, int count,
                                         int onlyColumn = -1) const;
    std::vector<Partner> complementaryPartners(int index, const Profile &outside, int onlyColumn = -1) const;

    // The number of rows in the reference area that carry a number in some year.
    int referenceCount() const;

private:
    Year computeYear(int index) const;
    Structure computeStructure(int index) const;
    Relatedness computeRelatedness(int index) const;
    StarRating computeStars(int index) const;
    Eigen::MatrixXd computeGrowth(int index) const;
    // e_rc of the first year: growth starts there.
    const Eigen::MatrixXd &firstEmployment() const;

    EngineInput m_input;
    mutable std::once_flag m_firstOnce, m_referenceOnce;
    mutable int m_referenceCount = 0;
    mutable Eigen::MatrixXd m_firstEmployment;
    struct Slot;
    std::unique_ptr<Slot[]> m_slots;
};

} // namespace cs
