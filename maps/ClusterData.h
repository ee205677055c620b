// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "indicators/Engine.h"
#include "indicators/Explanation.h"
#include "indicators/StarRating.h"
#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace cs {

// RelativeWage: wage per employee over the category's average in the reference area (the
// engine's StarRating::relativeProductivity); only for data with wages.
enum class Indicator { Employment, Share, Focus, LocationQuotient, Stars, Growth, RelativeWage };

// Which industries of a table form the cube: NACE divisions (C28; SBS tables), or the
// A10-style aggregates of LFS tables (A, B-E, F, G-I …; TOTAL and NRP left out).
enum class IndustryScheme { NaceDivisions, NaceAggregates };

struct ScoreQuery
{
    int level = 2;
    QString category;
    Indicator indicator = Indicator::LocationQuotient;
    int year = 0;
};

// One value per region of the requested level present in the data; NaN = no data.
struct Scores
{
    QStringList regions;
    QList<double> values;
    // Per region: the value divides by a region total that suppressed cells leave
    // incomplete (Engine::Year::incomplete; focus, LQ and stars only).
    QList<bool> incomplete;
    double valueOf(const QString &region) const;
};

// Every measure of one NUTS level and year, regions × categories (rows follow
// `regions`, columns ClusterData::categories()): a view of the level's Engine (the one
// place that computes them) with the region codes beside it.
struct LevelAnalysis
{
    LevelAnalysis(const Engine &engine, int yearIndex, const QStringList &regions,
                  const std::vector<int> &cubeRows);

    const Engine &engine;
    int yearIndex;
    const Engine::Year &measures;
    const QStringList &regions;
    const std::vector<int> &cubeRows; // row of each region in the cube
    const Eigen::MatrixXd &employment; // e_rc
    const Eigen::VectorXd &totals;     // e_r (EngineInput::regionTotal)
    const Eigen::MatrixXd &share;
    const Eigen::MatrixXd &focus;
    const Eigen::MatrixXd &lq;
    const int growthFrom;          // the first year, 0 when there is none before this one
    // CAGR in % per year since the data's first year (NaN without one), on first use.
    const Eigen::MatrixXd &growth() const { return engine.growth(yearIndex); }
    // European Cluster Observatory stars, rated when first asked for.
    const StarRating *stars() const { return &engine.stars(yearIndex); }

    int rowOf(const QString &region) const { return int(regions.indexOf(region)); }
    double value(Indicator indicator, int row, int category) const;
    // Per region and per category measures (Krugman, ECI, Hoover …), computed on first use.
    const Engine::Structure &structure() const { return engine.structure(yearIndex); }
    const Engine::Relatedness &relatedness() const { return engine.relatedness(yearIndex); }
};

// One line of a region's cluster portfolio.
struct ProfileRow
{
    QString category;
    QString label;
    double employment = 0.0;
    double lq = 0.0;
    double focus = 0.0;
    double share = 0.0;
    int stars = 0; // European Cluster Observatory stars, 0–3
};

// Statistics ready for mapping: the employment cube (NACE divisions), the categories
// built from it (divisions, sections, US-definition traded clusters), their labels and
// the source note to print under every figure.
class ClusterData
{
    Q_DECLARE_TR_FUNCTIONS(cs::ClusterData)
public:
    // Extracts shipped in resources/: "sbs" (sbs_r_nuts06_r2, NACE divisions, 2015) and
    // "lfs" (lfst_r_lfe2en2, NACE aggregates, 2008–2015), both NUTS 2013: the built-in
    // data packs :/packs/KEY.cspack (maps/DataPack.h), read after their checksums are
    // verified (a mismatch gives invalid data with the message as its problem).
    static QStringList embeddedKeys();
    static QString embeddedTitle(const QString &key);
    static ClusterData embedded(const QString &key);
    static ClusterData embeddedDefault() { return embedded(QStringLiteral("sbs")); }
    // Keeps the rows of `table` that belong to `scheme`; problems of the table are kept.
    static ClusterData fromTable(const StatTable &table, int nutsVersion, const QString &sourceNote,
                                 IndustryScheme scheme = IndustryScheme::NaceDivisions);

    static QString indicatorKey(Indicator indicator);
    static bool parseIndicator(const QString &key, Indicator *indicator);
    static QString indicatorLabel(Indicator indicator);

    bool isValid() const { return m_cube.regionCount() > 0; }
    const QList<InputProblem> &problems() const { return m_problems; }
    int nutsVersion() const { return m_nutsVersion; }
    QString sourceNote() const { return m_sourceNote; }
    const EmploymentCube &cube() const { return m_cube; }
    // The data has a second measure, wages (the relative wage indicator and the
    // productivity star); the embedded extracts have none.
    bool hasWages() const { return m_cube.hasSecondMeasure(); }
    // What the wages are and their unit ("wages and salaries (V13320), million euro"),
    // empty without wages.
    QString wageNote() const { return m_wageNote; }
    // Data this indicator can be shown for (growth: two years; relative wage: wages).
    bool offers(Indicator indicator) const;

    QStringList categories() const;
    QString categoryLabel(const QString &code) const;
    // True when the NACE titles are Eurostat's official ones in the UI language (German,
    // French); otherwise they are the English titles (English UI, or no translation found).
    static bool naceLabelsTranslated();
    QList<int> years() const;
    QList<int> levels() const; // NUTS levels that have regions in the data
    QString defaultCategory() const;
    // The year a map opens on: the latest year in which at least 90 % as many regions have
    // a value as in the best-covered year, so that a last year with half of the countries
    // still missing (SBS 2015: 17 countries) does not open as a map of hatching.
    int defaultYear() const;

    Scores compute(const ScoreQuery &query) const;
    // Cached per (level, year); null when the year is unknown.
    const LevelAnalysis *analysis(int level, int year) const;
    // The engine of one NUTS level (every year); null when the data has no such region.
    const Engine *engine(int level) const;
    // Every year of the level computed at once over the program's thread pool (exports).
    void computeAll(int level) const;

    // The categories of a region's non-overlapping structure: the NACE divisions (not
    // the sections or clusters they feed), or every non-cluster category of data without
    // divisions (the NACE aggregates of LFS tables).
    std::vector<int> structureColumns() const;
    std::vector<int> clusterColumns() const;

    // e_r of the relative measures: the sum of the industries a region reports (default)
    // or the data's own published total where it has one (LFS: TOTAL; SBS: the sum of its
    // section rows). See hasPublishedTotals().
    void setRegionTotal(RegionTotal total);
    RegionTotal regionTotal() const { return m_regionTotal; }
    static QString regionTotalKey(RegionTotal total);
    static bool parseRegionTotal(const QString &key, RegionTotal *total);
    bool hasPublishedTotals() const;
    // "Reference: 276 NUTS 2 regions (all in the data)": the regions every relative
    // measure of the level was computed against.
    QString referenceNote(int level) const;

    // The reference area of shares, LQ and stars: "all" regions of the level (default),
    // "EU27_2020", or a country code ("DE"). False when no region of the data matches.
    bool setReference(const QString &reference);
    QString reference() const { return m_reference; }
    // "all", "EU27_2020" and the country codes present in the data.
    QStringList references() const;
    // Categories that are clusters (traded, US definitions) rather than NACE codes.
    bool isCluster(const QString &category) const;
    QList<ProfileRow> profile(const QString &region, int level, int year) const;

    // Replaces the NACE → cluster mapping with a file in the format of
    // resources/categories/nace_to_cluster.csv (its "division" rows apply to the cube).
    // Bad rows are reported in `problems` (FILE:LINE:COLUMN) and skipped; false, with the
    // mapping unchanged, when the file has no usable row.
    bool loadCategoryMapping(const QString &path, QList<InputProblem> *problems);
    // Empty while the shipped mapping is used.
    QString categoryMappingFile() const { return m_mappingFile; }
    // The NACE codes of the data that the mapping does not name (no "division" row, not
    // even "local"), sorted.
    QStringList unmappedIndustries() const;
    Explanation explain(const QString &region, const QString &category, int level, int year) const;

private:
    struct Mapping
    {
        std::vector<CategoryWeights::Link> links; // traded clusters of NACE divisions
        QHash<QString, QString> labels;
        QSet<QString> divisions; // every division with a row, "local" included
        QSet<QString> clusters;  // the category codes the links lead to
    };
    static Mapping parseMapping(const QByteArray &bytes, const QString &displayName,
                                QList<InputProblem> *problems);
    void buildCategories(IndustryScheme scheme);

    EmploymentCube m_cube;
    CategoryWeights m_weights;
    QHash<QString, QString> m_labels;
    QList<InputProblem> m_problems;
    struct Level;
    const Level *level(int level) const;
    // Published totals of every cube region (rows) and year (columns), NaN where none.
    Eigen::MatrixXd m_published;
    RegionTotal m_regionTotal = RegionTotal::Sum;
    mutable std::map<int, std::shared_ptr<Level>> m_levels;
    QString m_reference = QStringLiteral("all");
    QString m_sourceNote;
    QString m_wageNote;
    int m_nutsVersion = 2013;
    IndustryScheme m_scheme = IndustryScheme::NaceDivisions;
    Mapping m_mapping;
    QString m_mappingFile;
};

} // namespace cs
