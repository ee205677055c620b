// SPDX-License-Identifier: MIT
#include "indicators/Engine.h"

#include "indicators/Concentration.h"
#include "indicators/Relatedness.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::MatrixXd columns(const Eigen::MatrixXd &m, const std::vector<int> &cols)
{
    Eigen::MatrixXd out(m.rows(), Eigen::Index(cols.size()));
    for (std::size_t k = 0; k < cols.size(); ++k)
        out.col(Eigen::Index(k)) = m.col(cols[k]);
    return out;
}
} // namespace

// One year's results, each made once by the first caller that needs it.
struct Engine::Slot
{
    std::once_flag yearOnce, starsOnce, growthOnce, structureOnce, relatednessOnce;
    std::optional<Year> year;
    Eigen::MatrixXd growth;
    std::optional<StarRating> stars;
    std::optional<Structure> structure;
    std::optional<Relatedness> relatedness;
};

EngineInput EngineInput::fromCube(const EmploymentCube &cube, const CategoryWeights &weights,
                                  const std::vector<int> &rows)
{
    EngineInput in;
    in.years = cube.years();
    const auto select = [&rows](const Eigen::MatrixXd &m) -> Eigen::MatrixXd {
        return rows.empty() ? m : Eigen::MatrixXd(m(rows, Eigen::all));
    };
    for (int y = 0; y < cube.yearCount(); ++y) {
        in.industries.push_back(select(cube.employment(y)));
        if (cube.hasSecondMeasure())
            in.wages.push_back(select(cube.secondMeasure(y)));
    }
    in.weights = weights;
    return in;
}

Engine::Engine(EngineInput input)
    : m_input(std::move(input)), m_slots(std::make_unique<Slot[]>(m_input.years.size()))
{
}

Engine::~Engine() = default;

int Engine::regionCount() const
{
    return m_input.industries.empty() ? 0 : int(m_input.industries.front().rows());
}

int Engine::yearIndex(int year) const
{
    for (std::size_t i = 0; i < m_input.years.size(); ++i)
        if (m_input.years[i] == year)
            return int(i);
    return -1;
}

int Engine::referenceCount() const
{
    // Counted once: every figure's source line names it.
    std::call_once(m_referenceOnce, [this] {
        m_referenceCount = 0;
        if (m_input.emptyReference)
            return;
        // Rows that report a number in some year (codes of other NUTS versions or with
        // only empty cells do not count).
        const auto counts = [&](int r) {
            for (const Eigen::MatrixXd &e : m_input.industries)
                if (!e.row(r).array().isNaN().all())
                    return true;
            return false;
        };
        if (m_input.reference.empty()) {
            for (int r = 0; r < regionCount(); ++r)
                m_referenceCount += counts(r) ? 1 : 0;
        } else {
            for (int r : m_input.reference)
                m_referenceCount += counts(r) ? 1 : 0;
        }
    });
    return m_referenceCount;
}

const Engine::Year &Engine::year(int index) const
{
    Slot &slot = m_slots[std::size_t(index)];
    std::call_once(slot.yearOnce, [&] { slot.year.emplace(computeYear(index)); });
    return *slot.year;
}

const StarRating &Engine::stars(int index) const
{
    Slot &slot = m_slots[std::size_t(index)];
    std::call_once(slot.starsOnce, [&] { slot.stars.emplace(computeStars(index)); });
    return *slot.stars;
}

const Eigen::MatrixXd &Engine::growth(int index) const
{
    Slot &slot = m_slots[std::size_t(index)];
    std::call_once(slot.growthOnce, [&] { slot.growth = computeGrowth(index); });
    return slot.growth;
}

Eigen::MatrixXd Engine::computeGrowth(int index) const
{
    const Year &y = year(index);
    if (index == 0)
        return Eigen::MatrixXd::Constant(y.employment.rows(), y.employment.cols(), kNaN);
    return 100.0 * growth::cagr(firstEmployment(), y.employment, double(y.year - y.growthFrom));
}

const Engine::Structure &Engine::structure(int index) const
{
    Slot &slot = m_slots[std::size_t(index)];
    std::call_once(slot.structureOnce, [&] { slot.structure.emplace(computeStructure(index)); });
    return *slot.structure;
}

const Engine::Relatedness &Engine::relatedness(int index) const
{
    Slot &slot = m_slots[std::size_t(index)];
    std::call_once(slot.relatednessOnce, [&] { slot.relatedness.emplace(computeRelatedness(index)); });
    return *slot.relatedness;
}

void Engine::computeYears() const
{
    const int n = yearCount();
    auto body = [this](int i) { year(i); };
    if (m_input.parallel)
        m_input.parallel(n, body);
    else
        for (int i = 0; i < n; ++i)
            body(i);
}

void Engine::computeAll() const
{
    const int n = yearCount();
    // The first year first: every later year's growth and shift-share start from it.
    if (n > 0)
        year(0);
    auto body = [this](int i) {
        year(i);
        structure(i);
        relatedness(i);
    };
    if (m_input.parallel)
        m_input.parallel(n, body);
    else
        for (int i = 0; i < n; ++i)
            body(i);
}

const Eigen::MatrixXd &Engine::firstEmployment() const
{
    std::call_once(m_firstOnce, [this] {
        m_firstEmployment = measures::aggregate(m_input.industries.front(), m_input.weights);
    });
    return m_firstEmployment;
}

Engine::Year Engine::computeYear(int index) const
{
    const EngineInput &in = m_input;
    const Eigen::MatrixXd &e = in.industries[std::size_t(index)];
    Year y;
    y.year = in.years[std::size_t(index)];
    y.minCoverage = in.minCoverage;
    y.employment = measures::aggregate(e, in.weights);
    y.reported = measures::regionTotals(e);
    y.published = in.published.empty() ? Eigen::VectorXd::Constant(e.rows(), kNaN)
                                       : in.published[std::size_t(index)];
    y.coverage = Eigen::VectorXd::Constant(e.rows(), kNaN);
    y.totals = y.reported;
    for (Eigen::Index r = 0; r < e.rows(); ++r) {
        const double p = y.published(r);
        if (!(std::isfinite(p) && p > 0.0))
            continue;
        if (std::isfinite(y.reported(r)))
            y.coverage(r) = y.reported(r) / p;
        if (in.regionTotal == RegionTotal::Published)
            y.totals(r) = p;
    }
    y.focus = measures::focus(y.employment, y.totals);
    if (in.emptyReference) {
        y.share = Eigen::MatrixXd::Constant(y.employment.rows(), y.employment.cols(), kNaN);
        y.lq = y.share;
    } else {
        y.share = measures::share(y.employment, in.reference);
        y.lq = measures::locationQuotient(y.employment, y.totals, in.reference);
    }
    if (index > 0)
        y.growthFrom = in.years.front();
    return y;
}

StarRating Engine::computeStars(int index) const
{
    // Rated among the reference regions (all when the area has none: then the map shows
    // no data, as LQ is NaN).
    const EngineInput &in = m_input;
    const Year &y = year(index);
    if (in.wages.empty())
        return StarRating(y.employment, y.totals, in.reference, in.stars);
    // Wage per employee over the industries that report both measures.
    const Eigen::MatrixXd &e = in.industries[std::size_t(index)];
    const Eigen::MatrixXd &w = in.wages[std::size_t(index)];
    const Eigen::MatrixXd wages = measures::aggregatePaired(w, e, in.weights);
    const Eigen::MatrixXd paired = measures::aggregatePaired(e, w, in.weights);
    return StarRating(y.employment, y.totals, in.reference, in.stars, &wages, nullptr, &paired);
}

Engine::Structure Engine::computeStructure(int index) const
{
    const EngineInput &in = m_input;
    const Year &y = year(index);
    Structure s;
    s.logLq = measures::logLocationQuotient(y.lq);
    s.symmetricLq = measures::symmetricLocationQuotient(y.lq);
    if (index > 0) {
        s.change = growth::absoluteChange(firstEmployment(), y.employment);
        s.changePercent = growth::percentChange(firstEmployment(), y.employment);
    }
    const Eigen::MatrixXd structureEmployment = columns(y.employment, in.structure);
    s.krugman = concentration::krugman(structureEmployment, y.totals, in.reference);
    s.herfindahl = concentration::herfindahlRegions(structureEmployment, y.totals);
    const Eigen::MatrixXd structureRca = relatedness::rca(columns(y.lq, in.structure));
    s.eigenvector = complexity::eigenvector(structureRca);
    s.reflections = complexity::reflections(structureRca);
    s.hoover = concentration::hoover(y.employment, y.totals, in.reference);
    s.gini = concentration::locationalGini(y.employment, y.totals, in.reference);
    s.herfindahlCategories = concentration::herfindahlCategories(y.employment, in.reference);
    if (index > 0) {
        const Year &first = year(0);
        s.shift = growth::shiftShare(first.employment, y.employment, first.totals, y.totals, in.reference);
    }
    if (in.emptyReference) {
        s.krugman.setConstant(kNaN);
        s.hoover.setConstant(kNaN);
        s.gini.setConstant(kNaN);
        s.herfindahlCategories.setConstant(kNaN);
        s.shift.reference.setConstant(kNaN);
        s.shift.industryMix.setConstant(kNaN);
        s.shift.competitive.setConstant(kNaN);
    }
    return s;
}

Engine::Relatedness Engine::computeRelatedness(int index) const
{
    const Year &y = year(index);
    Relatedness r;
    r.columns = m_input.clusters.empty() ? m_input.structure : m_input.clusters;
    r.lq = columns(y.lq, r.columns);
    const Eigen::MatrixXd m = relatedness::rca(r.lq);
    r.density = relatedness::density(m, relatedness::proximity(relatedness::cooccurrence(m)));
    return r;
}

namespace {

// The partner rankings over one LQ matrix and the region's density row (`row` of
// `density`), the region itself left out.
std::vector<Engine::Partner> similarTo(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density, int row,
                                       Engine::Similarity method, int count, int onlyColumn)
{
    std::vector<Engine::Partner> out;
    for (const similarity::Peer &p : similarity::peers(lq, row, method, 0)) {
        if (onlyColumn >= 0 && !(lq(p.region, onlyColumn) >= 1.0))
            continue;
        Engine::Partner partner;
        partner.region = p.region;
        partner.score = p.score;
        partner.cosine = method == Engine::Similarity::Cosine ? p.score : similarity::cosine(lq, row, p.region);
        partner.correlation =
            method == Engine::Similarity::Correlation ? p.score : similarity::correlation(lq, row, p.region);
        partner.complementarity = similarity::complementarity(lq, density, row, p.region);
        for (int j = 0; j < int(lq.cols()); ++j)
            if (lq(row, j) >= 1.0 && lq(p.region, j) >= 1.0)
                partner.reasons.push_back({std::min(lq(row, j), lq(p.region, j)), j});
        std::stable_sort(partner.reasons.begin(), partner.reasons.end(),
                         [](const similarity::Term &a, const similarity::Term &b) { return a.value > b.value; });
        out.push_back(std::move(partner));
        if (count > 0 && int(out.size()) == count)
            break;
    }
    return out;
}

std::vector<Engine::Partner> complementaryTo(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density, int row,
                                             int onlyColumn)
{
    // The largest score a partner could reach: at the cap in every term that can count.
    double possible = 0.0;
    for (int c = 0; c < int(lq.cols()); ++c)
        if ((onlyColumn >= 0 ? c == onlyColumn : lq(row, c) < 1.0) && std::isfinite(density(row, c)))
            possible += similarity::kComplementarityLqCap * density(row, c);
    std::vector<Engine::Partner> out;
    for (int o = 0; o < int(lq.rows()); ++o) {
        if (o == row)
            continue;
        Engine::Partner partner;
        partner.region = o;
        partner.reasons = similarity::complementarityTerms(lq, density, row, o, onlyColumn);
        for (const similarity::Term &t : partner.reasons) {
            partner.score += t.value;
            partner.tieBreak += lq(o, t.column) * density(row, t.column);
        }
        if (!(partner.score > 0.0))
            continue;
        partner.share = possible > 0.0 ? std::min(1.0, partner.score / possible) : 0.0;
        partner.complementarity = onlyColumn < 0 ? partner.score
                                                 : similarity::complementarity(lq, density, row, o);
        partner.cosine = similarity::cosine(lq, row, o);
        partner.correlation = similarity::correlation(lq, row, o);
        out.push_back(std::move(partner));
    }
    std::stable_sort(out.begin(), out.end(), [](const Engine::Partner &x, const Engine::Partner &y) {
        return x.score != y.score ? x.score > y.score : x.tieBreak > y.tieBreak;
    });
    return out;
}

// This level's LQ and density with the outside profile as one more, last row; false when
// its columns do not match.
bool withOutside(const Engine::Relatedness &r, const Engine::Profile &outside, Eigen::MatrixXd *lq,
                 Eigen::MatrixXd *density)
{
    const Eigen::Index n = r.lq.rows(), k = r.lq.cols();
    if (outside.lq.size() != k || outside.density.size() != k)
        return false;
    *lq = Eigen::MatrixXd(n + 1, k);
    lq->topRows(n) = r.lq;
    lq->row(n) = outside.lq;
    // Only the region's own row of the density enters its partners' scores.
    *density = Eigen::MatrixXd::Constant(n + 1, k, kNaN);
    density->row(n) = outside.density;
    return true;
}

} // namespace

std::vector<Engine::Partner> Engine::similarPartners(int index, int row, Similarity method, int count,
                                                     int onlyColumn) const
{
    const Relatedness &r = relatedness(index);
    return similarTo(r.lq, r.density, row, method, count, onlyColumn);
}

std::vector<Engine::Partner> Engine::complementaryPartners(int index, int row, int onlyColumn) const
{
    const Relatedness &r = relatedness(index);
    return complementaryTo(r.lq, r.density, row, onlyColumn);
}

Engine::Profile Engine::profile(int index, int row) const
{
    const Relatedness &r = relatedness(index);
    return {r.lq.row(row), r.density.row(row)};
}

std::vector<Engine::Partner> Engine::similarPartners(int index, const Profile &outside, Similarity method,
                                                     int count, int onlyColumn) const
{
    Eigen::MatrixXd lq, density;
    if (!withOutside(relatedness(index), outside, &lq, &density))
        return {};
    return similarTo(lq, density, int(lq.rows()) - 1, method, count, onlyColumn);
}

std::vector<Engine::Partner> Engine::complementaryPartners(int index, const Profile &outside, int onlyColumn) const
{
    Eigen::MatrixXd lq, density;
    if (!withOutside(relatedness(index), outside, &lq, &density))
        return {};
    return complementaryTo(lq, density, int(lq.rows()) - 1, onlyColumn);
}

} // namespace cs
