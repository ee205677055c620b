// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"

#include "indicators/Growth.h"
#include "indicators/Measures.h"
#include "maps/Csv.h"
#include "maps/DataPack.h"
#include "maps/NutsCodes.h"
#include "maps/Parallel.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace cs {

namespace {

QList<QStringList> readCsvResource(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QString text = QString::fromUtf8(file.readAll());
    const auto lines = QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(splitCsvLine(lines[i]));
    return rows;
}

bool isDivision(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}$"));
    return pattern.match(code).hasMatch();
}

int levelOf(const std::string &code) { return int(code.size()) - 2; }

// The totals a table publishes itself for each region and year of the cube, NaN where it
// has none: the TOTAL row of LFS-style tables; for tables of NACE divisions the sum of
// the section rows (one letter) plus the divisions of sections that have no row of their
// own (S95 in SBS), complete only when every one of them carries a number.
Eigen::MatrixXd publishedTotals(const StatTable &table, const EmploymentCube &cube, IndustryScheme scheme)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Eigen::MatrixXd published = Eigen::MatrixXd::Constant(cube.regionCount(), cube.yearCount(), nan);
    if (scheme == IndustryScheme::NaceAggregates) {
        for (const StatRecord &r : table.records) {
            if (r.industry != QLatin1String("TOTAL"))
                continue;
            const int row = cube.regionIndex(r.region.toStdString());
            const int y = cube.yearIndex(r.year);
            if (row >= 0 && y >= 0)
                published(row, y) = r.value;
        }
        return published;
    }
    // The parts of the total: sections, and divisions of sections without a row.
    static const QRegularExpression section(QStringLiteral("^[A-U]$"));
    QSet<QString> sections;
    for (const StatRecord &r : table.records)
        if (section.match(r.industry).hasMatch())
            sections.insert(r.industry);
    if (sections.isEmpty())
        return published;
    QSet<QString> parts = sections;
    for (const std::string &industry : cube.industries()) {
        const QString code = QString::fromStdString(industry);
        if (!sections.contains(code.left(1)))
            parts.insert(code);
    }
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(cube.regionCount(), cube.yearCount());
    Eigen::MatrixXi counts = Eigen::MatrixXi::Zero(cube.regionCount(), cube.yearCount());
    for (const StatRecord &r : table.records) {
        if (!parts.contains(r.industry) || std::isnan(r.value))
            continue;
        const int row = cube.regionIndex(r.region.toStdString());
        const int y = cube.yearIndex(r.year);
        if (row < 0 || y < 0)
            continue;
        sums(row, y) += r.value;
        ++counts(row, y);
    }
    for (int row = 0; row < cube.regionCount(); ++row)
        for (int y = 0; y < cube.yearCount(); ++y)
            if (counts(row, y) == int(parts.size()))
                published(row, y) = sums(row, y);
    return published;
}

} // namespace

double Scores::valueOf(const QString &region) const
{
    const qsizetype i = regions.indexOf(region);
    return i < 0 ? std::numeric_limits<double>::quiet_NaN() : values[i];
}

QStringList ClusterData::embeddedKeys()
{
    return {QStringLiteral("sbs"), QStringLiteral("lfs"), QStringLiteral("sbs-wages")};
}

QString ClusterData::embeddedTitle(const QString &key)
{
    if (key == QLatin1String("lfs"))
        return tr("Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)");
    if (key == QLatin1String("sbs-wages"))
        return tr("Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)");
    return tr("Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)");
}

ClusterData ClusterData::embedded(const QString &key)
{
    const bool lfs = key == QLatin1String("lfs");
    const bool wages = key == QLatin1String("sbs-wages");
    // The extracts are built-in data packs (resources/packs/KEY.cspack/pack.json): the
    // bytes are checked against the pack's SHA-256, the reader options and the NUTS
    // version come from it.
    QString packError;
    const std::optional<DataPack> pack =
        DataPack::read(DataPack::builtInPath(lfs || wages ? key : QStringLiteral("sbs")), &packError);
    if (!pack) {
        qWarning("%s", qUtf8Printable(packError));
        ClusterData broken;
        broken.m_problems.append({DataPack::builtInPath(key), 0, 0, packError});
        return broken;
    }
    const int nutsVersion = pack->manifest().nutsVersion;
    QFile file(pack->dataFile());
    file.open(QIODevice::ReadOnly);
    EurostatTable::Options options;
    for (const QString &pair : pack->manifest().filter.split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.filters.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    options.scale = pack->manifest().scale; // LFS: thousand persons → persons
    StatTable table = EurostatTable::parse(file.readAll(), QFileInfo(file.fileName()).fileName(), options);
    // Both extracts are NUTS 2013 with aggregates (EU28, EA19), extra-regio codes (FRZZ)
    // and, in 2008–09 of the LFS, codes of NUTS 2010: the same region set as any file,
    // with the code list of the boundary cache (without it, by the shape of the codes).
    NutsCodes codes;
    if (QString why; !codes.loadFromCache(&why))
        codes = NutsCodes();
    codes.selectRegions(table, nutsVersion);
    const QString boundaries = tr("© EuroGeographics for the administrative boundaries.");
    if (lfs)
        return fromTable(table, nutsVersion,
                         tr("Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1")
                             .arg(boundaries),
                         IndustryScheme::NaceAggregates);
    if (wages)
        return fromTable(table, nutsVersion,
                         tr("Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, "
                            "2008–2015). %1")
                             .arg(boundaries),
                         IndustryScheme::NaceDivisions);
    return fromTable(table, nutsVersion,
                     tr("Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1")
                         .arg(boundaries),
                     IndustryScheme::NaceDivisions);
}

ClusterData ClusterData::fromTable(const StatTable &table, int nutsVersion,
                                   const QString &sourceNote, IndustryScheme scheme)
{
    ClusterData data;
    data.m_problems = table.problems;
    data.m_nutsVersion = nutsVersion;
    data.m_sourceNote = sourceNote;
    data.m_cube = table.toCube([scheme](const QString &industry) {
        return scheme == IndustryScheme::NaceDivisions
                   ? isDivision(industry)
                   : industry != QLatin1String("TOTAL") && industry != QLatin1String("NRP");
    });
    data.m_scheme = scheme;
    if (data.m_cube.hasSecondMeasure())
        data.m_wageNote = table.wageMeasure;
    data.m_published = publishedTotals(table, data.m_cube, scheme);
    QFile mapping(QStringLiteral(":/categories/nace_to_cluster.csv"));
    mapping.open(QIODevice::ReadOnly);
    data.m_mapping = parseMapping(mapping.readAll(), QStringLiteral("nace_to_cluster.csv"), nullptr);
    data.buildCategories(scheme);
    return data;
}

void ClusterData::buildCategories(IndustryScheme scheme)
{
    for (const QStringList &row : readCsvResource(QStringLiteral(":/data/nace_r2_labels.csv")))
        if (row.size() >= 2)
            m_labels.insert(row[0], row[1]);
    // Eurostat's official titles in the UI language where the program has them
    // (resources/data/SOURCE.md); elsewhere the English ones stay.
    if (naceLabelsTranslated())
        for (const QStringList &row : readCsvResource(QStringLiteral(":/data/nace_r2_labels_%1.csv")
                                                          .arg(QLocale().name().section(QLatin1Char('_'), 0, 0))))
            if (row.size() >= 2)
                m_labels.insert(row[0], row[1]);
    if (scheme == IndustryScheme::NaceAggregates) {
        // Eurostat's labels of the NACE Rev. 2 A10 aggregates used by LFS tables.
        m_labels.insert(QStringLiteral("B-E"), tr("Industry (except construction)"));
        m_labels.insert(QStringLiteral("G-I"), tr("Wholesale and retail trade, transport, "
                                                  "accommodation and food service activities"));
        m_labels.insert(QStringLiteral("M_N"), tr("Professional, scientific, technical, "
                                                  "administrative and support service activities"));
        m_labels.insert(QStringLiteral("O-Q"), tr("Public administration, defence, education, "
                                                  "human health and social work activities"));
        m_labels.insert(QStringLiteral("R-U"), tr("Arts, entertainment and recreation; other "
                                                  "service activities; households; extra-territorial"));
        m_weights = CategoryWeights::identity(m_cube.industries());
        return;
    }

    std::vector<CategoryWeights::Link> links;
    // Divisions are categories of their own, sections sum their divisions.
    for (const std::string &industry : m_cube.industries()) {
        links.push_back({industry, industry, 1.0});
        links.push_back({industry, industry.substr(0, 1), 1.0});
    }
    // Traded clusters (US definitions carried over to NACE; resources/categories or the
    // user's file).
    links.insert(links.end(), m_mapping.links.begin(), m_mapping.links.end());
    for (auto it = m_mapping.labels.begin(); it != m_mapping.labels.end(); ++it)
        m_labels.insert(it.key(), it.value());
    m_weights = CategoryWeights::fromLinks(m_cube.industries(), links);
}

ClusterData::Mapping ClusterData::parseMapping(const QByteArray &bytes, const QString &displayName,
                                              QList<InputProblem> *problems)
{
    Mapping mapping;
    auto report = [&](int line, int column, const QString &message) {
        if (problems)
            problems->append({displayName, line, column, message});
    };
    if (auto bad = checkTextInput(bytes, displayName, tr("a category mapping (CSV)"))) {
        report(bad->line, bad->column, bad->message);
        return mapping;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    const QStringList header = splitCsvLine(lines.first());
    const QStringList needed = {QStringLiteral("level"), QStringLiteral("nace"),
                                QStringLiteral("category_code"), QStringLiteral("category"),
                                QStringLiteral("weight")};
    QList<int> at;
    for (const QString &name : needed) {
        at.append(int(header.indexOf(name)));
        if (at.last() < 0) {
            report(1, 1, tr("no column '%1'; a category mapping has the columns %2 (as "
                            "resources/categories/nace_to_cluster.csv)")
                             .arg(name, needed.join(QStringLiteral(","))));
            return mapping;
        }
    }
    QSet<QString> seen;
    QList<QStringView> cells; // most rows are classes and groups: no strings for them
    QStringList copies;
    for (int l = 1; l < lines.size(); ++l) {
        if (lines[l].trimmed().isEmpty())
            continue;
        cells.clear();
        copies.clear();
        splitCsvLine(lines[l], QLatin1Char(','), &cells, &copies);
        if (cells.size() < header.size()) {
            report(l + 1, int(cells.size()) + 1,
                   tr("expected %1 cells, found %2; line skipped").arg(header.size()).arg(cells.size()));
            continue;
        }
        if (cells[at[0]].trimmed() != QLatin1String("division"))
            continue;
        const QString nace = cells[at[1]].trimmed().toString();
        const QString code = cells[at[2]].trimmed().toString();
        if (!isDivision(nace)) {
            report(l + 1, at[1] + 1,
                   tr("'%1' is not a NACE division in the form of the SBS tables (e.g. C28); line "
                      "skipped")
                       .arg(nace));
            continue;
        }
        if (code.isEmpty()) {
            report(l + 1, at[2] + 1, tr("empty category_code; line skipped"));
            continue;
        }
        bool ok = false;
        const double weight = cells[at[4]].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(weight) || weight < 0 || weight > 1) {
            report(l + 1, at[4] + 1,
                   tr("weight '%1' is not a number between 0 and 1; line skipped").arg(cells[at[4]]));
            continue;
        }
        if (seen.contains(nace + QLatin1Char('|') + code)) {
            report(l + 1, at[1] + 1,
                   tr("second row for %1 → %2; line skipped").arg(nace, code));
            continue;
        }
        seen.insert(nace + QLatin1Char('|') + code);
        mapping.divisions.insert(nace);
        if (code == QLatin1String("local"))
            continue;
        mapping.links.push_back({nace.toStdString(), code.toStdString(), weight});
        mapping.clusters.insert(code);
        if (!cells[at[3]].trimmed().isEmpty())
            mapping.labels.insert(code, cells[at[3]].trimmed().toString());
    }
    return mapping;
}

bool ClusterData::loadCategoryMapping(const QString &path, QList<InputProblem> *problems)
{
    QByteArray bytes;
    StatTable failure;
    if (!readWholeFile(path, &bytes, &failure)) {
        problems->append(failure.problems);
        return false;
    }
    Mapping mapping = parseMapping(bytes, path, problems);
    if (mapping.divisions.isEmpty()) {
        problems->append({path, 0, 0,
                          tr("no usable row of level \"division\"; the mapping is unchanged")});
        return false;
    }
    m_mapping = std::move(mapping);
    m_mappingFile = path;
    m_labels.clear();
    m_levels.clear();
    buildCategories(m_scheme);
    return true;
}

QStringList ClusterData::unmappedIndustries() const
{
    QStringList codes;
    for (const std::string &industry : m_cube.industries()) {
        const QString code = QString::fromStdString(industry);
        if (!m_mapping.divisions.contains(code))
            codes.append(code);
    }
    codes.sort();
    return codes;
}

QString ClusterData::indicatorKey(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Employment: return QStringLiteral("employment");
    case Indicator::Share: return QStringLiteral("share");
    case Indicator::Focus: return QStringLiteral("focus");
    case Indicator::LocationQuotient: return QStringLiteral("lq");
    case Indicator::Stars: return QStringLiteral("stars");
    case Indicator::Growth: return QStringLiteral("growth");
    case Indicator::RelativeWage: return QStringLiteral("relative_wage");
    }
    return {};
}

bool ClusterData::parseIndicator(const QString &key, Indicator *indicator)
{
    for (Indicator i : {Indicator::Employment, Indicator::Share, Indicator::Focus,
                        Indicator::LocationQuotient, Indicator::Stars, Indicator::Growth,
                        Indicator::RelativeWage}) {
        if (indicatorKey(i) == key) {
            *indicator = i;
            return true;
        }
    }
    return false;
}

QString ClusterData::indicatorLabel(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Employment: return tr("Persons employed");
    case Indicator::Share: return tr("Share of reference employment");
    case Indicator::Focus: return tr("Share of regional employment (focus)");
    case Indicator::LocationQuotient: return tr("Location quotient");
    case Indicator::Stars: return tr("Cluster stars (size, specialisation, focus)");
    case Indicator::Growth: return tr("Employment growth (% per year)");
    case Indicator::RelativeWage: return tr("Relative wage (productivity)");
    }
    return {};
}

bool ClusterData::offers(Indicator indicator) const
{
    if (indicator == Indicator::Growth)
        return m_cube.yearCount() > 1;
    if (indicator == Indicator::RelativeWage)
        return hasWages();
    return true;
}

QStringList ClusterData::categories() const
{
    QStringList list;
    for (const std::string &c : m_weights.categories())
        list.append(QString::fromStdString(c));
    return list;
}

bool ClusterData::naceLabelsTranslated()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return language == QLatin1String("de") || language == QLatin1String("fr");
}

QString ClusterData::categoryLabel(const QString &code) const
{
    return m_labels.value(code, code);
}

QList<int> ClusterData::years() const
{
    return QList<int>(m_cube.years().begin(), m_cube.years().end());
}

QList<int> ClusterData::levels() const
{
    QList<int> levels;
    for (const std::string &r : m_cube.regions())
        if (!levels.contains(levelOf(r)))
            levels.append(levelOf(r));
    std::sort(levels.begin(), levels.end());
    return levels;
}

QString ClusterData::defaultCategory() const
{
    const QString preferred = m_weights.categoryIndex("C28") >= 0 ? QStringLiteral("C28")
                                                                   : QStringLiteral("B-E");
    return m_weights.categoryIndex(preferred.toStdString()) >= 0 ? preferred
                                                                  : categories().value(0);
}

int ClusterData::defaultYear() const
{
    const std::vector<int> &years = m_cube.years();
    if (years.empty())
        return 0;
    std::vector<int> covered(years.size(), 0);
    for (int y = 0; y < int(years.size()); ++y) {
        const Eigen::MatrixXd &values = m_cube.employment(y);
        for (Eigen::Index r = 0; r < values.rows(); ++r)
            covered[std::size_t(y)] += values.row(r).array().isFinite().any() ? 1 : 0;
    }
    const int best = *std::max_element(covered.begin(), covered.end());
    for (int y = int(years.size()) - 1; y >= 0; --y)
        if (10 * covered[std::size_t(y)] >= 9 * best)
            return years[std::size_t(y)];
    return years.back();
}

double LevelAnalysis::value(Indicator indicator, int row, int category) const
{
    switch (indicator) {
    case Indicator::Employment: return employment(row, category);
    case Indicator::Share: return share(row, category);
    case Indicator::Focus: return focus(row, category);
    case Indicator::LocationQuotient: return lq(row, category);
    case Indicator::Stars:
        return std::isnan(lq(row, category)) ? std::numeric_limits<double>::quiet_NaN()
                                             : double(stars()->ecoStars(row, category));
    case Indicator::Growth: return growth()(row, category);
    case Indicator::RelativeWage: {
        // The engine's, rated among the reference regions; none without wages or reference.
        const Eigen::MatrixXd &relative = stars()->relativeProductivity();
        return relative.size() == 0 || engine.input().emptyReference ? std::numeric_limits<double>::quiet_NaN()
                                                                      : relative(row, category);
    }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

namespace {
bool inReference(const QString &reference, const QString &region)
{
    if (reference == QLatin1String("all"))
        return true;
    if (reference == QLatin1String("EU27_2020"))
        return NutsCodes::isEu27Member(region.left(2));
    return region.startsWith(reference);
}
} // namespace

QStringList ClusterData::references() const
{
    QStringList list = {QStringLiteral("all"), QStringLiteral("EU27_2020")};
    for (const std::string &r : m_cube.regions()) {
        const QString country = QString::fromStdString(r.substr(0, 2));
        if (!list.contains(country))
            list.append(country);
    }
    return list;
}

bool ClusterData::setReference(const QString &reference)
{
    bool any = false;
    for (const std::string &r : m_cube.regions())
        any = any || inReference(reference, QString::fromStdString(r));
    if (!any)
        return false;
    if (reference != m_reference) {
        m_reference = reference;
        m_levels.clear();
    }
    return true;
}

LevelAnalysis::LevelAnalysis(const Engine &e, int index, const QStringList &codes,
                             const std::vector<int> &rows)
    : engine(e), yearIndex(index), measures(e.year(index)), regions(codes), cubeRows(rows),
      employment(measures.employment), totals(measures.totals), share(measures.share),
      focus(measures.focus), lq(measures.lq), growthFrom(measures.growthFrom)
{
}

// One NUTS level: its regions, their engine and the per-year views of it.
struct ClusterData::Level
{
    QStringList regions;
    std::vector<int> cubeRows;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<std::once_flag[]> once;
    mutable std::vector<std::unique_ptr<LevelAnalysis>> years;
};

const ClusterData::Level *ClusterData::level(int level) const
{
    auto &slot = m_levels[level];
    if (slot)
        return slot.get();
    auto l = std::make_shared<Level>();
    for (int r = 0; r < m_cube.regionCount(); ++r) {
        if (levelOf(m_cube.regions()[r]) == level) {
            l->cubeRows.push_back(r);
            l->regions.append(QString::fromStdString(m_cube.regions()[r]));
        }
    }
    if (l->cubeRows.empty())
        return nullptr;
    EngineInput input = EngineInput::fromCube(m_cube, m_weights, l->cubeRows);
    for (int y = 0; y < m_cube.yearCount(); ++y) {
        Eigen::VectorXd p(Eigen::Index(l->cubeRows.size()));
        for (int k = 0; k < int(l->cubeRows.size()); ++k)
            p(k) = m_published(l->cubeRows[std::size_t(k)], y);
        input.published.push_back(std::move(p));
    }
    if (m_reference != QLatin1String("all")) {
        for (int k = 0; k < l->regions.size(); ++k)
            if (inReference(m_reference, l->regions[k]))
                input.reference.push_back(k);
        // No region of this level in the reference area: every relative measure is NaN.
        input.emptyReference = input.reference.empty();
    }
    input.regionTotal = m_regionTotal;
    input.structure = structureColumns();
    input.clusters = clusterColumns();
    input.parallel = parallelFor;
    l->engine = std::make_unique<Engine>(std::move(input));
    l->once = std::make_unique<std::once_flag[]>(std::size_t(m_cube.yearCount()));
    l->years.resize(std::size_t(m_cube.yearCount()));
    slot = l;
    return slot.get();
}

const Engine *ClusterData::engine(int level) const
{
    const Level *l = this->level(level);
    return l ? l->engine.get() : nullptr;
}

void ClusterData::computeAll(int level) const
{
    if (const Engine *e = engine(level))
        e->computeAll();
}

const LevelAnalysis *ClusterData::analysis(int level, int year) const
{
    const int y = m_cube.yearIndex(year);
    const Level *l = y < 0 ? nullptr : this->level(level);
    if (!l)
        return nullptr;
    std::call_once(l->once[std::size_t(y)], [&] {
        l->years[std::size_t(y)] = std::make_unique<LevelAnalysis>(*l->engine, y, l->regions, l->cubeRows);
    });
    return l->years[std::size_t(y)].get();
}

std::vector<int> ClusterData::clusterColumns() const
{
    const QStringList codes = categories();
    std::vector<int> columns;
    for (int c = 0; c < codes.size(); ++c)
        if (isCluster(codes[c]))
            columns.push_back(c);
    return columns;
}

std::vector<int> ClusterData::structureColumns() const
{
    const QStringList codes = categories();
    std::vector<int> divisions, others;
    for (int c = 0; c < codes.size(); ++c) {
        if (isCluster(codes[c]))
            continue;
        (isDivision(codes[c]) ? divisions : others).push_back(c);
    }
    return divisions.empty() ? others : divisions;
}

void ClusterData::setRegionTotal(RegionTotal total)
{
    if (total != m_regionTotal) {
        m_regionTotal = total;
        m_levels.clear();
    }
}

QString ClusterData::regionTotalKey(RegionTotal total)
{
    return total == RegionTotal::Published ? QStringLiteral("published") : QStringLiteral("sum");
}

bool ClusterData::parseRegionTotal(const QString &key, RegionTotal *total)
{
    for (RegionTotal t : {RegionTotal::Sum, RegionTotal::Published}) {
        if (regionTotalKey(t) == key) {
            *total = t;
            return true;
        }
    }
    return false;
}

bool ClusterData::hasPublishedTotals() const
{
    return m_published.size() > 0 && !m_published.array().isNaN().all();
}

QString ClusterData::referenceNote(int level) const
{
    const Engine *e = engine(level);
    const int n = e ? e->referenceCount() : 0;
    const QString area = m_reference == QLatin1String("all") ? tr("all in the data") : m_reference;
    QString note = tr("Reference: %1 NUTS %2 regions with data (%3)").arg(n).arg(level).arg(area);
    note += QLatin1String("; ") + (m_regionTotal == RegionTotal::Published
                                      ? tr("region totals as published where available")
                                      : tr("region totals summed over the industries reported"));
    return note;
}

Scores ClusterData::compute(const ScoreQuery &query) const
{
    Scores scores;
    const int category = m_weights.categoryIndex(query.category.toStdString());
    const LevelAnalysis *a = analysis(query.level, query.year);
    if (category < 0 || !a)
        return scores;
    scores.regions = a->regions;
    scores.values.reserve(a->regions.size());
    const bool dividesByTotal = query.indicator == Indicator::Focus ||
                                query.indicator == Indicator::LocationQuotient ||
                                query.indicator == Indicator::Stars;
    for (int row = 0; row < a->regions.size(); ++row) {
        scores.values.append(a->value(query.indicator, row, category));
        scores.incomplete.append(dividesByTotal && a->measures.incomplete(row));
    }
    return scores;
}

bool ClusterData::isCluster(const QString &category) const
{
    // Not the NACE sections, divisions or the LFS aggregates (B-E, M_N, TOTAL).
    return m_mapping.clusters.contains(category);
}

QList<ProfileRow> ClusterData::profile(const QString &region, int level, int year) const
{
    QList<ProfileRow> rows;
    const LevelAnalysis *a = analysis(level, year);
    const int row = a ? a->rowOf(region) : -1;
    if (row < 0)
        return rows;
    const QStringList codes = categories();
    for (int c = 0; c < codes.size(); ++c) {
        ProfileRow p;
        p.category = codes[c];
        p.label = categoryLabel(codes[c]);
        p.employment = a->employment(row, c);
        p.lq = a->lq(row, c);
        p.focus = a->focus(row, c);
        p.share = a->share(row, c);
        p.stars = std::isnan(p.lq) ? 0 : a->stars()->ecoStars(row, c);
        rows.append(p);
    }
    return rows;
}

Explanation ClusterData::explain(const QString &region, const QString &category, int level,
                                 int year) const
{
    const LevelAnalysis *a = analysis(level, year);
    const int row = a ? a->rowOf(region) : -1;
    const Engine *e = a ? &a->engine : engine(level);
    if (!e) {
        Explanation x;
        x.reason = "region, category or year not in the data";
        return x;
    }
    const std::vector<int> rows = a ? a->cubeRows : std::vector<int>{};
    Explanation x = cs::explain(*e, row, m_weights.categoryIndex(category.toStdString()),
                                m_cube.yearIndex(year), [this, &rows](int r, int industry, int y) {
                                    return m_cube.flags(rows[std::size_t(r)], industry, y);
                                });
    // Cells by cube row, as the cube names them.
    for (Explanation::ExcludedCell &c : x.excluded)
        c.region = rows[std::size_t(c.region)];
    return x;
}

} // namespace cs
