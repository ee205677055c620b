// SPDX-License-Identifier: MIT
// The trust test of the product: `clusterscope export --all` on the two real Eurostat
// files of ../shared/data (CS_SHARED_DATA_DIR), every number compared with a value this
// file computes itself from the raw file, with its own parser and its own formulas.
// Nothing of the project is called (no cs:: class or function): only Qt, std and Eigen.
//
// Definitions re-implemented here (README "Command line" and "Indicator conventions",
// indicators/Measures.h, StarRating.h, StarParameters.h, Concentration.h, Complexity.h,
// Relatedness.h, Growth.h):
// - Cells: the first word of a cell is the number if it is one ("219 d" → 219,
//   "5.2 u" → 5.2, "4.0 bu" → 4.0); anything else ("", " ", ":", ": u", "d",
//   "12:00 AM") is missing and left out of every sum. LFS values are thousands (× 1000).
// - Regions: NUTS 2 = 4-character codes, without the aggregates (EU…, EA…) and the
//   extra-regio codes (country + only Z: FRZZ, CZZZ). Codes of another NUTS version that
//   are a pure renaming are recoded to NUTS 2013 by the table of scripts/setup.sh
//   (nuts-recoded-<v>.json, steps chained, either direction); a cell present under two
//   codes takes the number where the other is missing (two numbers would be double
//   counting: there is none in these files). Codes with no renaming (FR91, SI01, UKI1 …)
//   stay regions of their own. A region without any number in a year may be left out of
//   that year's rows, or listed with empty values.
// - e_ri: region × industry of the cube (SBS: the NACE divisions ^[A-Z][0-9]{2}$; LFS: the
//   aggregates A … R-U, not TOTAL, not NRP). e_rc = Σ_i w_ic e_ri over the reported
//   industries with w_ic ≠ 0 (NaN when none is reported); categories: SBS divisions
//   (own), sections (their divisions), traded clusters (division rows of
//   resources/categories/nace_to_cluster.csv, weights; "local" none); LFS the aggregates.
// - e_r = Σ_i e_ri over the reported industries (NaN when none); with
//   `--region-total published` the published total instead (LFS TOTAL; SBS the section
//   rows B … N plus division S95), the sum where a needed cell is missing.
//   coverage = Σ_i e_ri / published total (no row where there is no published total). E_c = Σ_r e_rc, E = Σ_r e_r (NaN skipped).
// - share = e_rc / E_c, focus = e_rc / e_r, lq = focus / (E_c / E), loglq = ln lq,
//   symlq = (lq - 1) / (lq + 1); a zero denominator gives no value.
// - stars (European Cluster Observatory, 0–3; no value where lq has none): size =
//   e_rc > 0 and among the k = ceil(n / 10) largest of the n regions with a value (ties
//   at the cut-off all earn it), specialisation = lq ≥ 2, focus = focus > 0 and among the
//   top 10 % likewise.
// - growth = 100 ((e1 / e0)^(1 / years) - 1) since the first year (e0 > 0, e1 ≥ 0; the
//   row only where finite); growth_abs = e1 - e0, growth_pct = 100 (e1 - e0) / e0; in the
//   last year the shift-share with g = T1 / T0 - 1 over the regions with e_r in both
//   years and g_c likewise over the cells known in both: reference_growth = e0 g,
//   industry_mix = e0 (g_c - g), competitive_effect = e1 - e0 (1 + g_c), each NaN where
//   either year is missing (Growth.h: element-wise; README: the three add up to growth_abs).
// - density (clusters): RCA M = [lq ≥ 1], C = Mᵀ M, φ_ij = C_ij / max(C_ii, C_jj),
//   ω_rc = Σ_{j≠c} M_rj φ_jc / Σ_{j≠c} φ_jc.
// - Per region over the structure (SBS divisions, LFS aggregates): krugman
//   Σ_c |e_rc / e_r - E_c / E|, hhi Σ_c (e_rc / e_r)², ECI (eigenvector of the second
//   largest eigenvalue of D⁻¹ M U⁻¹ Mᵀ, found here through the symmetric regions ×
//   regions matrix D^-½ M U⁻¹ Mᵀ D^-½; and k_r,20 of the method of reflections), both
//   standardised (mean 0, sample standard deviation 1), the eigenvector oriented to
//   correlate positively with diversity; PCI = standardised mean ECI of the regions with
//   RCA in the category.
// - Per category (empty nuts_id): hoover ½ Σ_r |e_rc / E_c - e_r / E| over the regions
//   with both, locational gini 1 - Σ_k (x_k - x_k-1)(y_k + y_k-1) along ascending
//   e_rc / e_r, hhi_category Σ_r (e_rc / E_c)².
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <Eigen/Dense>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString sharedFile(const char *name)
{
    return QStringLiteral(CS_SHARED_DATA_DIR "/") + QLatin1String(name);
}

const char *const kSbsFile = "sbs_r_nuts06_r2_2015_persons_employed.csv";
const char *const kLfsFile = "lfst_r_lfe2en2_2017vintage.tsv";

// ---------------------------------------------------------------------------------------
// Reading the raw files.

// The first word of a cell if it is a finite number, else missing.
double cellValue(QStringView raw)
{
    const QStringView text = raw.trimmed();
    qsizetype end = 0;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    bool ok = false;
    const double v = text.left(end).toDouble(&ok);
    return ok && std::isfinite(v) ? v : kNaN;
}

struct Record
{
    QString region;
    QString industry;
    int year = 0;
    double value = kNaN;
};

// nace_r2;geo;n2015
QList<Record> readSbs(const QString &path, QString *error)
{
    QList<Record> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return records;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const QList<QStringView> header = lines.first().trimmed().split(u';');
    const int nace = int(header.indexOf(QStringView(u"nace_r2")));
    const int geo = int(header.indexOf(QStringView(u"geo")));
    if (nace < 0 || geo < 0 || header.size() != 3 || header[2] != QStringView(u"n2015")) {
        *error = path + QStringLiteral(": unexpected header");
        return records;
    }
    for (qsizetype l = 1; l < lines.size(); ++l) {
        QStringView line = lines[l];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QStringView> cells = line.split(u';');
        if (cells.size() != 3) {
            *error = path + QStringLiteral(": line %1 has %2 cells").arg(l + 1).arg(cells.size());
            return {};
        }
        records.append({cells[geo].trimmed().toString(), cells[nace].trimmed().toString(), 2015,
                        cellValue(cells[2])});
    }
    return records;
}

// Bulk TSV: "unit,nace_r2,age,geo\time" then one column per year; rows of unit=THS,
// age=Y15-64 kept, values × 1000.
QList<Record> readLfs(const QString &path, QString *error)
{
    QList<Record> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return records;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const QList<QStringView> header = lines.first().trimmed().split(u'\t');
    const QList<QStringView> dims = header.first().split(u'\\').first().split(u',');
    const int unit = int(dims.indexOf(QStringView(u"unit")));
    const int nace = int(dims.indexOf(QStringView(u"nace_r2")));
    const int age = int(dims.indexOf(QStringView(u"age")));
    const int geo = int(dims.indexOf(QStringView(u"geo")));
    QList<int> years;
    for (qsizetype c = 1; c < header.size(); ++c)
        years.append(header[c].trimmed().toInt());
    if (unit < 0 || nace < 0 || age < 0 || geo < 0 || years.contains(0)) {
        *error = path + QStringLiteral(": unexpected header");
        return records;
    }
    for (qsizetype l = 1; l < lines.size(); ++l) {
        QStringView line = lines[l];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QStringView> cells = line.split(u'\t');
        const QList<QStringView> keys = cells.first().split(u',');
        if (cells.size() != years.size() + 1 || keys.size() != dims.size()) {
            *error = path + QStringLiteral(": line %1 malformed").arg(l + 1);
            return {};
        }
        if (keys[unit].trimmed() != QStringView(u"THS") ||
            keys[age].trimmed() != QStringView(u"Y15-64"))
            continue;
        for (int y = 0; y < years.size(); ++y)
            records.append({keys[geo].trimmed().toString(), keys[nace].trimmed().toString(),
                            years[y], cellValue(cells[y + 1]) * 1000.0});
    }
    return records;
}

// A CSV line with quoted cells ("Trailers, Motor Homes, and Appliances").
QStringList splitCsv(QStringView line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += ch;
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells.append(cell);
    return cells;
}

// ---------------------------------------------------------------------------------------
// The region set.

bool isAggregateCode(const QString &code)
{
    return code.startsWith(u"EU") || code.startsWith(u"EA") || code.startsWith(u"EFTA");
}

bool isExtraRegioCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}Z+$"));
    return pattern.match(code).hasMatch();
}

// The pure renamings between NUTS versions, [{"from","to","newIdToOldId"}].
class Recoder
{
public:
    static QString defaultPath()
    {
        if (const QByteArray env = qgetenv("CLUSTERSCOPE_NUTS_RECODED"); !env.isEmpty())
            return QString::fromLocal8Bit(env);
        QString dir, name = QStringLiteral("nuts-recoded-0.9.1.json");
        if (const QByteArray gpkg = qgetenv("CLUSTERSCOPE_NUTS_GPKG"); !gpkg.isEmpty()) {
            const QFileInfo info(QString::fromLocal8Bit(gpkg));
            dir = info.absolutePath();
            const QString base = info.completeBaseName();
            if (base.startsWith(u"nuts-atlas-"))
                name = QStringLiteral("nuts-recoded-") + base.mid(11) + QStringLiteral(".json");
        } else if (const QByteArray cache = qgetenv("CLUSTERSCOPE_CACHE_DIR"); !cache.isEmpty()) {
            dir = QString::fromLocal8Bit(cache);
        } else if (const QByteArray xdg = qgetenv("XDG_CACHE_HOME"); !xdg.isEmpty()) {
            dir = QString::fromLocal8Bit(xdg) + QStringLiteral("/clusterscope");
        } else {
            dir = QDir::homePath() + QStringLiteral("/.cache/clusterscope");
        }
        return dir + u'/' + name;
    }

    bool load(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": cannot open (made by scripts/setup.sh)");
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject object = value.toObject();
            Step step;
            step.from = object.value(u"from").toVariant().toInt();
            step.to = object.value(u"to").toVariant().toInt();
            const QJsonObject map = object.value(u"newIdToOldId").toObject();
            QSet<QString> ambiguous;
            for (auto it = map.begin(); it != map.end(); ++it) {
                const QString newId = it.key(), oldId = it.value().toString();
                step.newToOld.insert(newId, oldId);
                if (step.oldToNew.contains(oldId))
                    ambiguous.insert(oldId);
                step.oldToNew.insert(oldId, newId);
            }
            for (const QString &code : ambiguous) // an old code leading to two: no renaming
                step.oldToNew.remove(code);
            m_steps.push_back(step);
        }
        std::sort(m_steps.begin(), m_steps.end(),
                  [](const Step &a, const Step &b) { return a.from < b.from; });
        if (m_steps.empty()) {
            *error = path + QStringLiteral(": no recoding steps");
            return false;
        }
        return true;
    }

    // Forward over the steps up to 2013, backward over the steps after it.
    QString to2013(const QString &code) const
    {
        QString c = code;
        for (const Step &s : m_steps)
            if (s.to <= 2013 && s.oldToNew.contains(c))
                c = s.oldToNew.value(c);
        for (auto s = m_steps.rbegin(); s != m_steps.rend(); ++s)
            if (s->from >= 2013 && s->newToOld.contains(c))
                c = s->newToOld.value(c);
        return c;
    }

private:
    struct Step
    {
        int from = 0, to = 0;
        QHash<QString, QString> newToOld, oldToNew;
    };
    std::vector<Step> m_steps;
};

// The level-2 cube of one file, as the rules above define it.
struct Data
{
    QList<int> years;                       // ascending
    QStringList industries;                 // the cube's industries
    QStringList regions;                    // sorted
    std::vector<Eigen::MatrixXd> e;         // per year: regions × industries, NaN = missing
    std::vector<Eigen::VectorXd> published; // per year: the published total, NaN = none
    QSet<QString> excluded;                 // level-2 codes left out (aggregates, extra-regio)
    QMap<QString, QString> recoded;         // code of another version → NUTS 2013 code
    QSet<QString> emptyCodes;               // level-2 codes of the file with no number at all
    int doubleCounted = 0;                  // cells with a number under two codes
    int filled = 0;                         // cells whose number came from the other code

    int rowOf(const QString &region) const { return int(regions.indexOf(region)); }
    int yearIndex(int year) const { return int(years.indexOf(year)); }
    bool hasData(int row, int y) const
    {
        for (Eigen::Index i = 0; i < e[std::size_t(y)].cols(); ++i)
            if (!std::isnan(e[std::size_t(y)](row, i)))
                return true;
        return false;
    }
};

Data buildData(const QList<Record> &records,
               const std::function<bool(const QString &)> &isCubeIndustry,
               const QStringList &publishedParts, const Recoder &recoder)
{
    Data d;
    QHash<QString, double> cells; // region|industry|year
    QSet<int> years;
    QSet<QString> regions, withNumber, codes, industrySet;
    for (const Record &r : records) {
        if (r.region.size() != 4)
            continue;
        const bool cube = isCubeIndustry(r.industry);
        if (!cube && !publishedParts.contains(r.industry))
            continue;
        if (isAggregateCode(r.region) || isExtraRegioCode(r.region)) {
            d.excluded.insert(r.region);
            continue;
        }
        codes.insert(r.region);
        if (cube && !std::isnan(r.value))
            withNumber.insert(r.region);
        QString code = recoder.to2013(r.region);
        if (code != r.region)
            d.recoded.insert(r.region, code);
        if (cube) {
            years.insert(r.year);
            if (!industrySet.contains(r.industry)) {
                industrySet.insert(r.industry);
                d.industries.append(r.industry);
            }
        }
        regions.insert(code);
        const QString key = code + u'|' + r.industry + u'|' + QString::number(r.year);
        const auto it = cells.find(key);
        if (it == cells.end()) {
            cells.insert(key, r.value);
        } else if (!std::isnan(r.value)) {
            if (std::isnan(*it)) {
                *it = r.value;
                ++d.filled;
            } else {
                ++d.doubleCounted;
            }
        }
    }
    for (const QString &code : codes)
        if (!withNumber.contains(code))
            d.emptyCodes.insert(code);
    d.years = QList<int>(years.begin(), years.end());
    std::sort(d.years.begin(), d.years.end());
    d.regions = QStringList(regions.begin(), regions.end());
    d.regions.sort();
    for (int year : d.years) {
        Eigen::MatrixXd e = Eigen::MatrixXd::Constant(d.regions.size(), d.industries.size(), kNaN);
        Eigen::VectorXd published = Eigen::VectorXd::Constant(d.regions.size(), kNaN);
        const QString y = QString::number(year);
        for (int r = 0; r < d.regions.size(); ++r) {
            for (int i = 0; i < d.industries.size(); ++i)
                e(r, i) = cells.value(d.regions[r] + u'|' + d.industries[i] + u'|' + y, kNaN);
            double sum = 0.0;
            for (const QString &part : publishedParts)
                sum +=
                    cells.value(d.regions[r] + u'|' + part + u'|' + y, kNaN); // NaN if any missing
            published(r) = sum;
        }
        d.e.push_back(e);
        d.published.push_back(published);
    }
    return d;
}

// Categories: industries × categories weights and the column sets.
struct Categories
{
    QStringList codes;
    Eigen::MatrixXd w;
    std::vector<int> structure; // non-overlapping: divisions (SBS), aggregates (LFS)
    std::vector<int> clusters;
};

bool isDivisionCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}$"));
    return pattern.match(code).hasMatch();
}

Categories sbsCategories(const Data &d, QString *error)
{
    Categories c;
    QList<std::tuple<QString, QString, double>> links; // industry, category, weight
    for (const QString &industry : d.industries) {
        links.append({industry, industry, 1.0});
        links.append({industry, industry.left(1), 1.0});
    }
    const QString path = QDir::cleanPath(
        QStringLiteral(CS_TEST_DATA_DIR "/../../../resources/categories/nace_to_cluster.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return c;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const QStringList header = splitCsv(lines.first().trimmed());
    const int level = int(header.indexOf(latin("level"))),
              nace = int(header.indexOf(latin("nace"))),
              code = int(header.indexOf(latin("category_code"))),
              weight = int(header.indexOf(latin("weight")));
    QSet<QString> clusterCodes, seen;
    for (qsizetype l = 1; l < lines.size(); ++l) {
        const QStringList cells = splitCsv(lines[l].trimmed());
        if (cells.size() < header.size() || cells[level].trimmed() != u"division")
            continue;
        const QString industry = cells[nace].trimmed(), category = cells[code].trimmed();
        if (category == u"local" || seen.contains(industry + u'|' + category))
            continue;
        seen.insert(industry + u'|' + category);
        if (!d.industries.contains(industry))
            continue;
        links.append({industry, category, cells[weight].trimmed().toDouble()});
        clusterCodes.insert(category);
    }
    for (const auto &[industry, category, weight] : links)
        if (!c.codes.contains(category))
            c.codes.append(category);
    c.w = Eigen::MatrixXd::Zero(d.industries.size(), c.codes.size());
    for (const auto &[industry, category, weight] : links)
        c.w(d.industries.indexOf(industry), c.codes.indexOf(category)) += weight;
    for (int k = 0; k < c.codes.size(); ++k) {
        if (clusterCodes.contains(c.codes[k]))
            c.clusters.push_back(k);
        else if (isDivisionCode(c.codes[k]))
            c.structure.push_back(k);
    }
    return c;
}

Categories lfsCategories(const Data &d)
{
    Categories c;
    c.codes = d.industries;
    c.w = Eigen::MatrixXd::Identity(d.industries.size(), d.industries.size());
    for (int k = 0; k < c.codes.size(); ++k)
        c.structure.push_back(k);
    return c;
}

// ---------------------------------------------------------------------------------------
// The measures of one year.

struct Year
{
    Eigen::MatrixXd erc, share, focus, lq;  // regions × categories
    Eigen::VectorXd er, reported, coverage; // regions
    Eigen::RowVectorXd ec;
    double total = 0.0;
};

double ratio(double num, double den)
{
    return std::isnan(num) || std::isnan(den) || den == 0.0 ? kNaN : num / den;
}

Year measure(const Data &d, const Categories &c, int y, bool published)
{
    const Eigen::MatrixXd &e = d.e[std::size_t(y)];
    const int regions = int(e.rows()), industries = int(e.cols()), categories = int(c.codes.size());
    Year out;
    out.erc.resize(regions, categories);
    out.er.resize(regions);
    out.reported.resize(regions);
    out.coverage.resize(regions);
    for (int r = 0; r < regions; ++r) {
        double sum = 0.0;
        bool any = false;
        for (int i = 0; i < industries; ++i)
            if (!std::isnan(e(r, i))) {
                sum += e(r, i);
                any = true;
            }
        out.reported(r) = any ? sum : kNaN;
        const double total = d.published[std::size_t(y)](r);
        out.er(r) = published && !std::isnan(total) ? total : out.reported(r);
        out.coverage(r) = ratio(out.reported(r), total);
        for (int k = 0; k < categories; ++k) {
            double s = 0.0;
            bool reported = false;
            for (int i = 0; i < industries; ++i)
                if (c.w(i, k) != 0.0 && !std::isnan(e(r, i))) {
                    s += c.w(i, k) * e(r, i);
                    reported = true;
                }
            out.erc(r, k) = reported ? s : kNaN;
        }
    }
    out.ec = Eigen::RowVectorXd::Zero(categories);
    for (int r = 0; r < regions; ++r) {
        if (!std::isnan(out.er(r)))
            out.total += out.er(r);
        for (int k = 0; k < categories; ++k)
            if (!std::isnan(out.erc(r, k)))
                out.ec(k) += out.erc(r, k);
    }
    out.share.resize(regions, categories);
    out.focus.resize(regions, categories);
    out.lq.resize(regions, categories);
    for (int r = 0; r < regions; ++r)
        for (int k = 0; k < categories; ++k) {
            out.share(r, k) = ratio(out.erc(r, k), out.ec(k));
            out.focus(r, k) = ratio(out.erc(r, k), out.er(r));
            out.lq(r, k) = ratio(out.focus(r, k), ratio(out.ec(k), out.total));
        }
    return out;
}

// The k = ceil(n / 10) largest of the known values: the top-10 % cut-off; NaN when none.
double topTenPercentCutoff(const Eigen::VectorXd &values)
{
    std::vector<double> known;
    for (double v : values)
        if (!std::isnan(v))
            known.push_back(v);
    if (known.empty())
        return kNaN;
    std::sort(known.begin(), known.end(), std::greater<>());
    const std::size_t k = (known.size() + 9) / 10;
    return known[k - 1];
}

// A star decision: earned, and whether values within rounding of the cut-off make it
// depend on the order of floating-point sums (then either outcome is accepted).
struct Decision
{
    bool earned = false;
    bool unsure = false;
};

Decision decide(double v, double cutoff, bool rankedCutoff, const Eigen::VectorXd &column)
{
    Decision d;
    if (std::isnan(v) || std::isnan(cutoff))
        return d;
    d.earned = v > 0.0 && v >= cutoff;
    const double eps = 1e-9 * std::abs(cutoff);
    if (!(v > 0.0) || std::abs(v - cutoff) > eps)
        return d;
    if (!rankedCutoff) { // LQ ≥ 2: unsure unless exactly on it
        d.unsure = v != cutoff;
        return d;
    }
    // Ranked: unsure when two distinct values lie within rounding of the cut-off.
    for (double u : column)
        if (!std::isnan(u) && u != cutoff && std::abs(u - cutoff) <= eps)
            d.unsure = true;
    return d;
}

// (x - mean) / sample standard deviation; false when that is not possible.
bool standardise(Eigen::VectorXd &x)
{
    if (x.size() < 2)
        return false;
    const double mean = x.mean();
    double ss = 0.0;
    for (double v : x)
        ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / double(x.size() - 1));
    if (!(sd > 1e-300))
        return false;
    for (double &v : x)
        v = (v - mean) / sd;
    return true;
}

struct ComplexityResult
{
    Eigen::VectorXd eciEigen, eciReflections; // regions
    Eigen::VectorXd pciEigen, pciReflections; // structure columns
    double gap = kNaN;                        // distance of λ2 to its neighbours
};

// m: regions × categories, 0/1.
ComplexityResult complexityOf(const Eigen::MatrixXd &m)
{
    ComplexityResult out;
    out.eciEigen = Eigen::VectorXd::Constant(m.rows(), kNaN);
    out.eciReflections = out.eciEigen;
    out.pciEigen = Eigen::VectorXd::Constant(m.cols(), kNaN);
    out.pciReflections = out.pciEigen;
    std::vector<int> rows, cols;
    for (int r = 0; r < m.rows(); ++r)
        if (m.row(r).sum() > 0)
            rows.push_back(r);
    for (int p = 0; p < m.cols(); ++p)
        if (m.col(p).sum() > 0)
            cols.push_back(p);
    const int nr = int(rows.size()), np = int(cols.size());
    if (nr < 2 || np < 2)
        return out;
    Eigen::MatrixXd mc(nr, np);
    for (int a = 0; a < nr; ++a)
        for (int b = 0; b < np; ++b)
            mc(a, b) = m(rows[std::size_t(a)], cols[std::size_t(b)]);
    const Eigen::VectorXd diversity = mc.rowwise().sum();
    const Eigen::VectorXd ubiquity = mc.colwise().sum().transpose();

    auto pciFrom = [&](const Eigen::VectorXd &eci) {
        Eigen::VectorXd pci(np);
        for (int b = 0; b < np; ++b) {
            double s = 0.0;
            for (int a = 0; a < nr; ++a)
                s += mc(a, b) * eci(a);
            pci(b) = s / ubiquity(b);
        }
        return pci;
    };
    auto store = [&](Eigen::VectorXd eci, Eigen::VectorXd &eciOut, Eigen::VectorXd &pciOut) {
        if (!standardise(eci))
            return;
        Eigen::VectorXd pci = pciFrom(eci);
        const bool pciOk = standardise(pci);
        for (int a = 0; a < nr; ++a)
            eciOut(rows[std::size_t(a)]) = eci(a);
        if (pciOk)
            for (int b = 0; b < np; ++b)
                pciOut(cols[std::size_t(b)]) = pci(b);
    };

    // Eigenvector route through regions: S = D^-½ M U⁻¹ Mᵀ D^-½ is symmetric and similar
    // to D⁻¹ M U⁻¹ Mᵀ; its eigenvector w gives the ECI eigenvector D^-½ w.
    const Eigen::VectorXd dis = diversity.cwiseSqrt().cwiseInverse();
    const Eigen::MatrixXd left = dis.asDiagonal() * mc;
    const Eigen::MatrixXd s = left * ubiquity.cwiseInverse().asDiagonal() * left.transpose();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
    if (solver.info() == Eigen::Success) {
        const Eigen::VectorXd &values = solver.eigenvalues(); // ascending
        out.gap = std::min(values(nr - 1) - values(nr - 2), values(nr - 2) - values(nr - 3));
        Eigen::VectorXd eci = dis.cwiseProduct(solver.eigenvectors().col(nr - 2));
        const double dm = diversity.mean(), em = eci.mean();
        double cov = 0.0;
        for (int a = 0; a < nr; ++a)
            cov += (eci(a) - em) * (diversity(a) - dm);
        if (cov < 0.0)
            eci = -eci;
        store(eci, out.eciEigen, out.pciEigen);
    }

    // Method of reflections, k_r,0 = diversity, k_p,0 = ubiquity,
    // k_r,N = Σ_p M_rp k_p,N-1 / k_r,0 and k_p,N = Σ_r M_rp k_r,N-1 / k_p,0, up to N = 20.
    // Each step keeps constants and is linear, so every vector may be centred and scaled
    // (positive factor) on the way without changing the standardised result.
    auto rescale = [](Eigen::VectorXd &x) {
        x.array() -= x.mean();
        const double m = x.cwiseAbs().maxCoeff();
        if (m > 0)
            x /= m;
        return m > 0;
    };
    Eigen::VectorXd kr = diversity, kp = ubiquity;
    bool ok = true;
    for (int n = 1; n <= 20 && ok; ++n) {
        Eigen::VectorXd nextR = (mc * kp).cwiseQuotient(diversity);
        Eigen::VectorXd nextP = (mc.transpose() * kr).cwiseQuotient(ubiquity);
        ok = rescale(nextR) && rescale(nextP);
        kr = nextR;
        kp = nextP;
    }
    if (ok)
        store(kr, out.eciReflections, out.pciReflections);
    return out;
}

// ---------------------------------------------------------------------------------------
// Expected rows and the comparison with the output.

QString rowKey(const QString &region, const QString &category, int year, const char *indicator)
{
    return region + u',' + category + u',' + QString::number(year) + u',' +
           QLatin1String(indicator);
}

struct Expected
{
    QHash<QString, double> values;              // key → value (NaN = empty cell)
    QHash<QString, QList<double>> alternatives; // stars near a tie: any of these
    QSet<QString> optionalRegionYears;          // "REGION,YEAR": no number, rows optional and empty
    QSet<QString> allowedEmptyCodes;            // codes of the file without any number
    QSet<QString> indicators;                   // indicators compared
    int unsureStars = 0;
    int nearRcaThreshold = 0;
    double eigenGap = std::numeric_limits<double>::infinity(); // smallest gap around λ2 (ECI)

    void set(const QString &key, double v) { values.insert(key, v); }
};

double tolerance(const QString &indicator, double expected)
{
    static const QSet<QString> persons = {latin("employment"), latin("growth_abs"),
                                          latin("reference_growth"), latin("industry_mix"),
                                          latin("competitive_effect")};
    static const QSet<QString> complexity = {latin("eci_eigen"), latin("eci_reflections"),
                                             latin("pci_eigen"), latin("pci_reflections")};
    double absolute = 1e-12;
    if (persons.contains(indicator))
        absolute = 1e-6;
    else if (complexity.contains(indicator))
        absolute = 1e-8;
    else if (indicator == u"growth" || indicator == u"growth_pct")
        absolute = 1e-9;
    return 1e-9 * std::abs(expected) + absolute;
}

struct Comparison
{
    int compared = 0;
    int mismatches = 0;
    QStringList messages;
    QMap<QString, int> comparedBy, mismatchesBy;
    QSet<QString> outputRegions;

    void fail(const QString &indicator, const QString &message)
    {
        ++mismatches;
        ++mismatchesBy[indicator];
        if (messages.size() < 40)
            messages.append(message);
    }
    QString summary() const
    {
        QStringList parts;
        for (auto it = mismatchesBy.begin(); it != mismatchesBy.end(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        return QStringLiteral("%1 of %2 values differ (%3); first: %4")
            .arg(mismatches)
            .arg(compared)
            .arg(parts.join(QStringLiteral(", ")), messages.mid(0, 12).join(QStringLiteral(" | ")));
    }
};

QString show(double v)
{
    return std::isnan(v) ? latin("(empty)") : QString::number(v, 'g', 15);
}

Comparison compareOutput(const QByteArray &bytes, const Expected &expected)
{
    Comparison c;
    const QString text = QString::fromUtf8(bytes);
    const QList<QStringView> lines = QStringView(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first() != QStringView(u"nuts_id,category,year,indicator,value")) {
        c.fail(latin("header"),
               QStringLiteral("header is not nuts_id,category,year,indicator,value"));
        return c;
    }
    QSet<QString> seen;
    for (qsizetype l = 1; l < lines.size(); ++l) {
        const QStringView line = lines[l];
        const qsizetype comma = line.lastIndexOf(u',');
        const QList<QStringView> fields = line.split(u',');
        if (fields.size() != 5 || comma < 0) {
            c.fail(latin("format"),
                   QStringLiteral("line %1 is not 5 fields: %2").arg(l + 1).arg(line));
            continue;
        }
        const QString region = fields[0].toString();
        c.outputRegions.insert(region);
        const QString indicator = fields[3].toString();
        if (!expected.indicators.contains(indicator))
            continue;
        const QString key = line.left(comma).toString();
        if (seen.contains(key)) {
            c.fail(indicator, QStringLiteral("duplicate row %1").arg(key));
            continue;
        }
        seen.insert(key);
        const QStringView cell = fields[4];
        bool ok = false;
        const double got = cell.isEmpty() ? kNaN : cell.toDouble(&ok);
        if (!cell.isEmpty() && !ok) {
            c.fail(indicator, QStringLiteral("%1: '%2' is not a number").arg(key).arg(cell));
            continue;
        }
        if (const auto alt = expected.alternatives.constFind(key);
            alt != expected.alternatives.constEnd()) {
            ++c.compared;
            ++c.comparedBy[indicator];
            if (!alt->contains(got))
                c.fail(indicator, QStringLiteral("%1: got %2, expected one of %3")
                                      .arg(key, show(got), show(alt->first())));
            continue;
        }
        if (const auto want = expected.values.constFind(key); want != expected.values.constEnd()) {
            ++c.compared;
            ++c.comparedBy[indicator];
            const double w = *want;
            const bool same =
                std::isnan(w) ? std::isnan(got)
                              : !std::isnan(got) && std::abs(got - w) <= tolerance(indicator, w);
            if (!same)
                c.fail(indicator,
                       QStringLiteral("%1: got %2, expected %3").arg(key, show(got), show(w)));
            continue;
        }
        // Not expected: a region without a number that year (or in the whole file) may
        // be listed, with empty values (density 0: no RCA anywhere).
        const bool optional =
            !region.isEmpty() &&
            (expected.allowedEmptyCodes.contains(region) ||
             expected.optionalRegionYears.contains(region + u',' + fields[2].toString()));
        if (optional && (std::isnan(got) || (indicator == u"density" && got == 0.0)))
            continue;
        c.fail(indicator,
               optional ? QStringLiteral("%1: got %2 for a region without data").arg(key, show(got))
                        : QStringLiteral("unexpected row %1,%2").arg(key, cell));
    }
    for (auto it = expected.values.begin(); it != expected.values.end(); ++it)
        if (!seen.contains(it.key()))
            c.fail(it.key().section(u',', 3, 3),
                   QStringLiteral("missing row %1 (expected %2)").arg(it.key(), show(it.value())));
    for (auto it = expected.alternatives.begin(); it != expected.alternatives.end(); ++it)
        if (!seen.contains(it.key()))
            c.fail(it.key().section(u',', 3, 3), QStringLiteral("missing row %1").arg(it.key()));
    return c;
}

// Every row of `--all` (published = false), or the rows that depend on the region totals
// (published = true: share, focus, lq, coverage), of every region with data and year.
Expected expectAll(const Data &d, const Categories &c, bool published)
{
    Expected x;
    x.allowedEmptyCodes = d.emptyCodes;
    if (published)
        x.indicators = {latin("share"), latin("focus"), latin("lq"), latin("coverage")};
    else
        x.indicators = {latin("employment"),
                        latin("share"),
                        latin("focus"),
                        latin("lq"),
                        latin("stars"),
                        latin("growth"),
                        latin("loglq"),
                        latin("symlq"),
                        latin("growth_abs"),
                        latin("growth_pct"),
                        latin("reference_growth"),
                        latin("industry_mix"),
                        latin("competitive_effect"),
                        latin("density"),
                        latin("krugman"),
                        latin("hhi"),
                        latin("eci_eigen"),
                        latin("eci_reflections"),
                        latin("coverage"),
                        latin("hoover"),
                        latin("gini"),
                        latin("hhi_category"),
                        latin("pci_eigen"),
                        latin("pci_reflections")};
    const int regions = int(d.regions.size()), categories = int(c.codes.size());
    std::vector<Year> years;
    for (int y = 0; y < d.years.size(); ++y)
        years.push_back(measure(d, c, y, published));
    const Year &first = years.front();
    const int last = int(d.years.size()) - 1;
    const QString all = latin("*");

    for (int y = 0; y < d.years.size(); ++y) {
        const Year &m = years[std::size_t(y)];
        const int year = d.years[y];
        std::vector<bool> present(static_cast<std::size_t>(regions));
        for (int r = 0; r < regions; ++r) {
            present[std::size_t(r)] = d.hasData(r, y);
            if (!present[std::size_t(r)])
                x.optionalRegionYears.insert(d.regions[r] + u',' + QString::number(year));
        }
        // Region × category.
        std::vector<double> sizeCut(static_cast<std::size_t>(categories)),
            focusCut(static_cast<std::size_t>(categories));
        for (int k = 0; k < categories; ++k) {
            sizeCut[std::size_t(k)] = topTenPercentCutoff(m.erc.col(k));
            focusCut[std::size_t(k)] = topTenPercentCutoff(m.focus.col(k));
        }
        for (int r = 0; r < regions; ++r) {
            if (!present[std::size_t(r)])
                continue;
            const QString &region = d.regions[r];
            for (int k = 0; k < categories; ++k) {
                const QString &cat = c.codes[k];
                x.set(rowKey(region, cat, year, "share"), m.share(r, k));
                x.set(rowKey(region, cat, year, "focus"), m.focus(r, k));
                x.set(rowKey(region, cat, year, "lq"), m.lq(r, k));
                if (published)
                    continue;
                x.set(rowKey(region, cat, year, "employment"), m.erc(r, k));
                const double lq = m.lq(r, k);
                x.set(rowKey(region, cat, year, "loglq"),
                      std::isnan(lq) || lq <= 0.0 ? kNaN : std::log(lq));
                x.set(rowKey(region, cat, year, "symlq"), (lq - 1.0) / (lq + 1.0));
                if (!std::isnan(lq)) {
                    const Decision size =
                        decide(m.erc(r, k), sizeCut[std::size_t(k)], true, m.erc.col(k));
                    const Decision spec = decide(lq, 2.0, false, m.lq.col(k));
                    const Decision focus =
                        decide(m.focus(r, k), focusCut[std::size_t(k)], true, m.focus.col(k));
                    const int stars = int(size.earned) + int(spec.earned) + int(focus.earned);
                    const QString key = rowKey(region, cat, year, "stars");
                    if (size.unsure || spec.unsure || focus.unsure) {
                        ++x.unsureStars;
                        QList<double> options;
                        for (int a = 0; a <= 1; ++a)
                            for (int b = 0; b <= 1; ++b)
                                for (int f = 0; f <= 1; ++f) {
                                    const int s = (size.unsure ? a : int(size.earned)) +
                                                  (spec.unsure ? b : int(spec.earned)) +
                                                  (focus.unsure ? f : int(focus.earned));
                                    if (!options.contains(double(s)))
                                        options.append(double(s));
                                }
                        options.removeAll(double(stars));
                        options.prepend(double(stars));
                        x.alternatives.insert(key, options);
                    } else {
                        x.set(key, double(stars));
                    }
                } else {
                    x.set(rowKey(region, cat, year, "stars"), kNaN);
                }
                if (y > 0) {
                    const double e0 = first.erc(r, k), e1 = m.erc(r, k);
                    const double years = double(year - d.years.front());
                    if (e0 > 0.0 && e1 >= 0.0)
                        x.set(rowKey(region, cat, year, "growth"),
                              100.0 * (std::pow(e1 / e0, 1.0 / years) - 1.0));
                    x.set(rowKey(region, cat, year, "growth_abs"), e1 - e0);
                    x.set(rowKey(region, cat, year, "growth_pct"),
                          e0 == 0.0 ? kNaN : 100.0 * (e1 - e0) / e0);
                }
            }
        }
        // Per region over the structure.
        const Eigen::MatrixXd structureLq = m.lq(Eigen::all, c.structure);
        Eigen::MatrixXd rca(regions, Eigen::Index(c.structure.size()));
        for (int r = 0; r < regions; ++r)
            for (int k = 0; k < int(c.structure.size()); ++k) {
                rca(r, k) = structureLq(r, k) >= 1.0 ? 1.0 : 0.0;
                x.nearRcaThreshold += std::abs(structureLq(r, k) - 1.0) < 1e-9;
            }
        const ComplexityResult complexity = published ? ComplexityResult{} : complexityOf(rca);
        if (!published)
            x.eigenGap = std::min(x.eigenGap, complexity.gap);
        for (int r = 0; r < regions; ++r) {
            if (!present[std::size_t(r)])
                continue;
            const QString &region = d.regions[r];
            if (std::isfinite(m.coverage(r)))
                x.set(rowKey(region, all, year, "coverage"), m.coverage(r));
            if (published)
                continue;
            double krugman = 0.0, hhi = 0.0;
            int used = 0;
            for (int k : c.structure) {
                const double v = m.erc(r, k);
                if (std::isnan(v))
                    continue;
                const double s = v / m.er(r);
                krugman += std::abs(s - m.ec(k) / m.total);
                hhi += s * s;
                ++used;
            }
            const bool er = m.er(r) > 0.0;
            x.set(rowKey(region, all, year, "krugman"),
                  used > 0 && er && m.total > 0.0 ? krugman : kNaN);
            x.set(rowKey(region, all, year, "hhi"), er ? hhi : kNaN);
            x.set(rowKey(region, all, year, "eci_eigen"), complexity.eciEigen(r));
            x.set(rowKey(region, all, year, "eci_reflections"), complexity.eciReflections(r));
        }
        if (published)
            continue;
        // Relatedness density among the clusters.
        if (!c.clusters.empty()) {
            const int n = int(c.clusters.size());
            Eigen::MatrixXd mk(regions, n);
            for (int r = 0; r < regions; ++r)
                for (int j = 0; j < n; ++j) {
                    const double lq = m.lq(r, c.clusters[std::size_t(j)]);
                    mk(r, j) = lq >= 1.0 ? 1.0 : 0.0;
                    x.nearRcaThreshold += std::abs(lq - 1.0) < 1e-9;
                }
            const Eigen::MatrixXd co = mk.transpose() * mk;
            Eigen::MatrixXd phi(n, n);
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    const double den = std::max(co(i, i), co(j, j));
                    phi(i, j) = den > 0.0 ? co(i, j) / den : 0.0;
                }
            for (int r = 0; r < regions; ++r) {
                if (!present[std::size_t(r)])
                    continue;
                for (int k = 0; k < n; ++k) {
                    double num = 0.0, den = 0.0;
                    for (int j = 0; j < n; ++j) {
                        if (j == k)
                            continue;
                        num += mk(r, j) * phi(j, k);
                        den += phi(j, k);
                    }
                    x.set(
                        rowKey(d.regions[r], c.codes[c.clusters[std::size_t(k)]], year, "density"),
                        den > 0.0 ? num / den : kNaN);
                }
            }
        }
        // Shift-share in the last year, since the first.
        if (y == last && last > 0) {
            double t0 = 0.0, t1 = 0.0;
            for (int r = 0; r < regions; ++r)
                if (!std::isnan(first.er(r)) && !std::isnan(m.er(r))) {
                    t0 += first.er(r);
                    t1 += m.er(r);
                }
            const double g = t0 > 0.0 ? t1 / t0 - 1.0 : kNaN;
            for (int k = 0; k < categories; ++k) {
                double s0 = 0.0, s1 = 0.0;
                for (int r = 0; r < regions; ++r)
                    if (!std::isnan(first.erc(r, k)) && !std::isnan(m.erc(r, k))) {
                        s0 += first.erc(r, k);
                        s1 += m.erc(r, k);
                    }
                const double gc = s0 > 0.0 ? s1 / s0 - 1.0 : kNaN;
                for (int r = 0; r < regions; ++r) {
                    if (!present[std::size_t(r)])
                        continue;
                    const double e0 = first.erc(r, k), e1 = m.erc(r, k);
                    // Element-wise, NaN where either year is missing (Growth.h), so that
                    // the three parts always add up to growth_abs (README).
                    const bool both = !std::isnan(e0) && !std::isnan(e1);
                    x.set(rowKey(d.regions[r], c.codes[k], year, "reference_growth"),
                          both ? e0 * g : kNaN);
                    x.set(rowKey(d.regions[r], c.codes[k], year, "industry_mix"),
                          both ? e0 * (gc - g) : kNaN);
                    x.set(rowKey(d.regions[r], c.codes[k], year, "competitive_effect"),
                          e1 - e0 * (1.0 + gc));
                }
            }
        }
        // Per category over all regions (empty nuts_id).
        for (int k = 0; k < categories; ++k) {
            double ecBoth = 0.0, totalBoth = 0.0;
            for (int r = 0; r < regions; ++r)
                if (!std::isnan(m.erc(r, k)) && !std::isnan(m.er(r))) {
                    ecBoth += m.erc(r, k);
                    totalBoth += m.er(r);
                }
            double hoover = kNaN;
            if (ecBoth > 0.0 && totalBoth > 0.0) {
                hoover = 0.0;
                for (int r = 0; r < regions; ++r)
                    if (!std::isnan(m.erc(r, k)) && !std::isnan(m.er(r)))
                        hoover += std::abs(m.erc(r, k) / ecBoth - m.er(r) / totalBoth);
                hoover *= 0.5;
            }
            // Lorenz curve along ascending e_rc / e_r.
            std::vector<int> order;
            double ecGini = 0.0, totalGini = 0.0;
            for (int r = 0; r < regions; ++r)
                if (!std::isnan(m.erc(r, k)) && m.er(r) > 0.0) {
                    order.push_back(r);
                    ecGini += m.erc(r, k);
                    totalGini += m.er(r);
                }
            double gini = kNaN;
            if (ecGini > 0.0 && totalGini > 0.0) {
                std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                    return m.erc(a, k) / m.er(a) < m.erc(b, k) / m.er(b);
                });
                double xPrev = 0.0, yPrev = 0.0, cumE = 0.0, cumT = 0.0, area = 0.0;
                for (int r : order) {
                    cumE += m.erc(r, k);
                    cumT += m.er(r);
                    const double xk = cumT / totalGini, yk = cumE / ecGini;
                    area += (xk - xPrev) * (yk + yPrev);
                    xPrev = xk;
                    yPrev = yk;
                }
                gini = 1.0 - area;
            }
            double hhiCategory = kNaN;
            if (m.ec(k) > 0.0) {
                hhiCategory = 0.0;
                for (int r = 0; r < regions; ++r)
                    if (!std::isnan(m.erc(r, k)))
                        hhiCategory += (m.erc(r, k) / m.ec(k)) * (m.erc(r, k) / m.ec(k));
            }
            x.set(rowKey(QString(), c.codes[k], year, "hoover"), hoover);
            x.set(rowKey(QString(), c.codes[k], year, "gini"), gini);
            x.set(rowKey(QString(), c.codes[k], year, "hhi_category"), hhiCategory);
        }
        for (int k = 0; k < int(c.structure.size()); ++k) {
            x.set(rowKey(QString(), c.codes[c.structure[std::size_t(k)]], year, "pci_eigen"),
                  complexity.pciEigen(k));
            x.set(rowKey(QString(), c.codes[c.structure[std::size_t(k)]], year, "pci_reflections"),
                  complexity.pciReflections(k));
        }
    }
    return x;
}

// ---------------------------------------------------------------------------------------
// Running the program.

struct Run
{
    int code = -1;
    QByteArray csv;
    QString err;
};

Run exportAll(const QString &data, const QStringList &extra)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("all.csv"));
    QProcess process;
    process.start(QStringLiteral(CS_CLUSTERSCOPE_EXE),
                  QStringList{latin("export"), latin("--data"), data} + extra +
                      QStringList{latin("--all"), latin("--level"), latin("2"), latin("-o"), out});
    process.waitForFinished(300000);
    Run run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    QFile file(out);
    if (file.open(QIODevice::ReadOnly))
        run.csv = file.readAll();
    return run;
}

const QStringList kLfsOptions = {latin("--filter"), latin("unit=THS,age=Y15-64"), latin("--scale"),
                                 latin("1000")};
const QStringList kPublished = {latin("--region-total"), latin("published")};

// No leaked code among the output's regions.
QStringList leakedRegions(const QSet<QString> &regions)
{
    QStringList leaked;
    for (const QString &r : regions)
        if (isAggregateCode(r) || isExtraRegioCode(r) || r == u"XX99")
            leaked.append(r);
    leaked.sort();
    return leaked;
}

} // namespace

class RealFilesTest : public QObject
{
    Q_OBJECT

    Recoder m_recoder;
    Data m_sbs, m_lfs;
    Categories m_sbsCategories, m_lfsCategories;

    void check(const Run &run, const Data &d, const Categories &c, bool published, const char *what)
    {
        QVERIFY2(run.code == 0, qPrintable(QStringLiteral("%1: exit code %2: %3")
                                               .arg(QLatin1String(what))
                                               .arg(run.code)
                                               .arg(run.err.left(2000))));
        const Expected expected = expectAll(d, c, published);
        const Comparison result = compareOutput(run.csv, expected);
        QStringList counts;
        for (auto it = result.comparedBy.begin(); it != result.comparedBy.end(); ++it)
            counts.append(it.key() + u'=' + QString::number(it.value()));
        qInfo("%s: %d values compared (%s); %d star ratings near a tie accepted either way; "
              "%d LQ within 1e-9 of the RCA threshold; smallest eigenvalue gap around the ECI's %g",
              what, result.compared, qPrintable(counts.join(QStringLiteral(", "))),
              expected.unsureStars, expected.nearRcaThreshold, expected.eigenGap);
        // A near-degenerate second eigenvalue or LQ on the RCA threshold would make the
        // ECI / density depend on rounding: not the case in these files.
        QVERIFY(published || expected.eigenGap > 1e-6);
        QCOMPARE(expected.nearRcaThreshold, 0);
        for (const QString &m : result.messages)
            qWarning("%s: %s", what, qPrintable(m));
        QStringList failures;
        if (const QStringList leaked = leakedRegions(result.outputRegions); !leaked.isEmpty())
            failures.append(
                QStringLiteral("aggregates / extra-regio / unknown codes in the output: ") +
                leaked.join(QStringLiteral(", ")));
        if (result.mismatches > 0)
            failures.append(result.summary());
        QVERIFY2(failures.isEmpty(), qPrintable(QLatin1String(what) + QStringLiteral(": ") +
                                                failures.join(QStringLiteral("; "))));
        QVERIFY(result.compared > 0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString recodings = Recoder::defaultPath();
        if (!QFileInfo::exists(recodings))
            QSKIP(qPrintable(recodings + QStringLiteral(" missing: run scripts/setup.sh")));
        QVERIFY2(m_recoder.load(recodings, &error), qPrintable(error));

        const QList<Record> sbs = readSbs(sharedFile(kSbsFile), &error);
        QVERIFY2(!sbs.isEmpty(), qPrintable(error));
        QStringList sections;
        for (const Record &r : sbs)
            if (r.industry.size() == 1 && !sections.contains(r.industry))
                sections.append(r.industry);
        sections.sort();
        QCOMPARE(sections.join(QString()), latin("BCDEFGHIJLMN"));
        m_sbs = buildData(sbs, isDivisionCode, sections + QStringList{latin("S95")}, m_recoder);
        m_sbsCategories = sbsCategories(m_sbs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QList<Record> lfs = readLfs(sharedFile(kLfsFile), &error);
        QVERIFY2(!lfs.isEmpty(), qPrintable(error));
        m_lfs = buildData(
            lfs, [](const QString &i) { return i != u"TOTAL" && i != u"NRP"; }, {latin("TOTAL")},
            m_recoder);
        m_lfsCategories = lfsCategories(m_lfs);

        for (const auto *d : {&m_sbs, &m_lfs}) {
            QStringList recoded;
            for (auto it = d->recoded.begin(); it != d->recoded.end(); ++it)
                recoded.append(it.key() + QStringLiteral("→") + it.value());
            QStringList excluded(d->excluded.begin(), d->excluded.end()),
                empty(d->emptyCodes.begin(), d->emptyCodes.end());
            excluded.sort();
            empty.sort();
            qInfo("%s: %lld regions, %lld industries, %lld years; left out %s; recoded %s; cells "
                  "filled from "
                  "the other code %d; codes without any number %s",
                  d == &m_sbs ? "SBS" : "LFS", qlonglong(d->regions.size()),
                  qlonglong(d->industries.size()), qlonglong(d->years.size()),
                  qPrintable(excluded.join(u' ')), qPrintable(recoded.join(u' ')), d->filled,
                  qPrintable(empty.join(u' ')));
            QCOMPARE(d->doubleCounted, 0); // the files count no cell twice after recoding
        }
        qInfo("SBS categories: %lld (%zu divisions, %zu clusters); LFS categories: %s",
              qlonglong(m_sbsCategories.codes.size()), m_sbsCategories.structure.size(),
              m_sbsCategories.clusters.size(), qPrintable(m_lfsCategories.codes.join(u' ')));
        QCOMPARE(m_lfsCategories.codes.size(), 10);
        QCOMPARE(m_lfs.years.first(), 2008);
        QCOMPARE(m_lfs.years.last(), 2015);
        QCOMPARE(m_sbs.years, QList<int>{2015});
        // Pure renamings of NUTS 2010 codes (2008–09 in LFS) and regions of their own.
        QCOMPARE(m_lfs.recoded.value(latin("EL11")), latin("EL51"));
        QCOMPARE(m_lfs.recoded.value(latin("EL25")), latin("EL65"));
        QCOMPARE(m_lfs.recoded.value(latin("FR92")), latin("FRA2"));
        QCOMPARE(m_lfs.recoded.value(latin("FR94")), latin("FRA4"));
        for (const char *own : {"FR91", "UKI1", "UKI2", "SI01", "SI02"})
            QVERIFY(m_lfs.rowOf(latin(own)) >= 0 && !m_lfs.recoded.contains(latin(own)));
        QVERIFY(m_sbs.excluded.contains(latin("FRZZ")));
        QVERIFY(m_lfs.excluded.contains(latin("EU28")));
    }

    // ITC4 C28 by hand (RealDataTest): without the 8 ZZ regions E = 134,903,771,
    // E_C28 = 2,991,004, e_r(ITC4) = 3,097,145, e_rc = 133,060 → LQ = 1.93772916857.
    void sbsFacts()
    {
        const Year m = measure(m_sbs, m_sbsCategories, 0, false);
        const int r = m_sbs.rowOf(latin("ITC4")),
                  k = int(m_sbsCategories.codes.indexOf(latin("C28")));
        QVERIFY(r >= 0 && k >= 0);
        qInfo("SBS: E = %.0f, E_C28 = %.0f, e_r(ITC4) = %.0f, e_rc = %.0f, LQ = %.12g", m.total,
              m.ec(k), m.er(r), m.erc(r, k), m.lq(r, k));
        QCOMPARE(m.total, 134903771.0);
        QCOMPARE(m.ec(k), 2991004.0);
        QCOMPARE(m.er(r), 3097145.0);
        QCOMPARE(m.erc(r, k), 133060.0);
        QVERIFY(std::abs(m.lq(r, k) - 1.93772916857) < 1e-10);
        const Year p = measure(m_sbs, m_sbsCategories, 0, true);
        qInfo("SBS published: e_r(ITC4) = %.0f, E = %.0f, LQ = %.12g, coverage = %.12g", p.er(r),
              p.total, p.lq(r, k), p.coverage(r));
    }

    void lfsFacts()
    {
        const int y = m_lfs.yearIndex(2015);
        const Year m = measure(m_lfs, m_lfsCategories, y, false);
        const int r = m_lfs.rowOf(latin("DE11")),
                  k = int(m_lfsCategories.codes.indexOf(latin("B-E")));
        QVERIFY(r >= 0 && k >= 0);
        qInfo("LFS 2015: E = %.1f, E_B-E = %.1f, e_r(DE11) = %.1f, e_rc = %.1f, LQ = %.12g",
              m.total, m.ec(k), m.er(r), m.erc(r, k), m.lq(r, k));
        QVERIFY(std::abs(m.lq(r, k) - 1.7305) < 5e-5);
        const Year p = measure(m_lfs, m_lfsCategories, y, true);
        qInfo("LFS 2015 published: e_r(DE11) = %.1f, E = %.1f, LQ = %.12g, coverage = %.12g",
              p.er(r), p.total, p.lq(r, k), p.coverage(r));
    }

    void sbsAll()
    {
        const Run run = exportAll(sharedFile(kSbsFile), {});
        check(run, m_sbs, m_sbsCategories, false, "SBS --all");
        QVERIFY(!run.csv.contains("\nFRZZ,"));
        QVERIFY(run.csv.contains("\nITC4,C28,2015,lq,1.93772916857\n"));
    }

    void lfsAll()
    {
        const Run run = exportAll(sharedFile(kLfsFile), kLfsOptions);
        check(run, m_lfs, m_lfsCategories, false, "LFS --all");
        QVERIFY(run.csv.contains("\nDE11,B-E,2015,lq,1.73049261873\n"));
    }

    void sbsPublishedTotals()
    {
        check(exportAll(sharedFile(kSbsFile), kPublished), m_sbs, m_sbsCategories, true,
              "SBS --all --region-total published");
    }

    void lfsPublishedTotals()
    {
        check(exportAll(sharedFile(kLfsFile), kLfsOptions + kPublished), m_lfs, m_lfsCategories,
              true, "LFS --all --region-total published");
    }

    // A code that is no NUTS code changes nothing: the output is byte-identical.
    void unknownCodeLeftOut_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("lines");
        QTest::newRow("sbs") << latin(kSbsFile) << QStringList()
                             << QByteArray("C28;XX99;50000\nC10;XX99;20000\n");
        QTest::newRow("lfs") << latin(kLfsFile) << kLfsOptions
                             << QByteArray("THS,F,Y15-64,XX99\t100.0 \t101.0 \t102.0 \t103.0 "
                                           "\t104.0 \t105.0 \t106.0 \t107.0 \n"
                                           "THS,TOTAL,Y15-64,XX99\t900.0 \t901.0 \t902.0 \t903.0 "
                                           "\t904.0 \t905.0 \t906.0 \t907.0 \n");
    }

    void unknownCodeLeftOut()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, lines);
        QTemporaryDir dir;
        QFile original(sharedFile(file.toLatin1().constData()));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        const QString copy = dir.filePath(file);
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes + lines);
        out.close();
        const Run plain = exportAll(original.fileName(), options);
        const Run extended = exportAll(copy, options);
        QVERIFY2(plain.code == 0, qPrintable(plain.err.left(2000)));
        QVERIFY2(extended.code == 0, qPrintable(extended.err.left(2000)));
        QVERIFY(!plain.csv.isEmpty());
        QVERIFY2(!extended.csv.contains("XX99"), "XX99 is in the output");
        if (extended.csv != plain.csv) {
            const QList<QByteArray> a = plain.csv.split('\n'), b = extended.csv.split('\n');
            int shown = 0;
            for (qsizetype i = 0; i < std::min(a.size(), b.size()) && shown < 10; ++i)
                if (a[i] != b[i]) {
                    qWarning("line %lld: %s  ≠  %s", qlonglong(i + 1), a[i].constData(),
                             b[i].constData());
                    ++shown;
                }
            QFAIL(
                qPrintable(QStringLiteral("the output differs with XX99 appended (%1 vs %2 lines)")
                               .arg(a.size())
                               .arg(b.size())));
        }
    }
};

QTEST_GUILESS_MAIN(RealFilesTest)
#include "RealFilesTest.moc"
