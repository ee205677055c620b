// SPDX-License-Identifier: MIT
#include "maps/NutsCodes.h"

#include "maps/CompiledCache.h"
#include "maps/GdalHandles.h"
#include "maps/NutsLayer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <cmath>
#include <iterator>

namespace cs {

using namespace gdal;

namespace {

QString stepKey(int from, int to)
{
    return QString::number(from) + QLatin1Char('>') + QString::number(to);
}

QString versionList(const QList<int> &versions)
{
    QStringList list;
    for (int v : versions)
        list.append(QString::number(v));
    return list.join(QStringLiteral(", "));
}

} // namespace

QString NutsCodes::recordCount(int n)
{
    // Two plural messages keep the English right without a loaded translation; each
    // carries %n so languages with more forms (Polish) get them all.
    return n == 1 ? tr("%n record", nullptr, n) : tr("%n records", nullptr, n);
}

const QList<int> &NutsCodes::versions()
{
    static const QList<int> list = {2010, 2013, 2016, 2021};
    return list;
}

namespace {

// The compiled copy of the codes (CompiledCache): per version, its codes and levels.
const QString kCompiledCodes = QStringLiteral("nuts-codes");
constexpr quint32 kCompiledCodesFormat = 1;

QByteArray compileCodes(const QHash<int, QHash<QString, int>> &levels)
{
    CompiledCache::Writer out;
    out.put<quint32>(kCompiledCodesFormat);
    out.put<quint32>(quint32(levels.size()));
    for (auto v = levels.cbegin(); v != levels.cend(); ++v) {
        out.put<qint32>(v.key());
        out.put<quint32>(quint32(v.value().size()));
        for (auto c = v.value().cbegin(); c != v.value().cend(); ++c) {
            out.putString(c.key());
            out.put<qint32>(c.value());
        }
    }
    return out.bytes();
}

bool decompileCodes(QByteArrayView bytes, QHash<int, QHash<QString, int>> *levels)
{
    CompiledCache::Reader in(bytes);
    if (in.get<quint32>() != kCompiledCodesFormat)
        return false;
    QHash<int, QHash<QString, int>> out;
    const quint32 versions = in.get<quint32>();
    for (quint32 v = 0; v < versions && in.ok(); ++v) {
        const int version = in.get<qint32>();
        const quint32 count = in.get<quint32>();
        if (!in.ok() || count > quint32(bytes.size()))
            return false;
        QHash<QString, int> &codes = out[version];
        codes.reserve(count);
        for (quint32 c = 0; c < count && in.ok(); ++c) {
            const QString code = in.getString();
            codes.insert(code, in.get<qint32>());
        }
    }
    if (!in.atEnd())
        return false;
    for (int version : NutsCodes::versions())
        if (out.value(version).isEmpty())
            return false;
    *levels = std::move(out);
    return true;
}

} // namespace

bool NutsCodes::load(const QString &gpkg, QString *error)
{
    return gdal::guarded(error, [&]() -> bool {
    const CompiledCache cache(gpkg);
    if (const std::optional<CompiledCache::Entry> entry = cache.read(kCompiledCodes);
        entry && decompileCodes(entry->payload(), &m_levels))
        return true;
    DatasetPtr dataset = gdal::openVector(gpkg);
    if (!dataset) {
        if (error)
            *error = tr("%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the "
                        "cache, or set CLUSTERSCOPE_NUTS_GPKG.")
                         .arg(gpkg, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    QHash<int, QHash<QString, int>> levels;
    for (int version : versions()) {
        for (int level = 0; level <= 3; ++level) {
            const QString name =
                NutsLayer::cacheLayerName({version, level, NutsLayer::Scale::M10});
            OGRLayerH layer = GDALDatasetGetLayerByName(dataset.get(), name.toUtf8().constData());
            if (!layer) {
                if (error)
                    *error = tr("%1: no layer '%2' in this file").arg(gpkg, name);
                return false;
            }
            // Codes only: skip the geometries, which are most of the cost.
            const char *ignored[] = {"OGR_GEOMETRY", nullptr};
            OGR_L_SetIgnoredFields(layer, ignored);
            OGR_L_ResetReading(layer);
            OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
            const int field = OGR_FD_GetFieldIndex(defn, "NUTS_ID");
            if (field < 0) {
                if (error)
                    *error = tr("%1: layer '%2' has no NUTS_ID field").arg(gpkg, name);
                return false;
            }
            QHash<QString, int> &codes = levels[version];
            while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
                if (!OGR_F_IsFieldSetAndNotNull(feature.get(), field))
                    continue;
                const QString code =
                    QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), field)).trimmed();
                if (!code.isEmpty())
                    codes.insert(code, level);
            }
            OGR_L_SetIgnoredFields(layer, nullptr);
        }
        if (levels.value(version).isEmpty()) {
            if (error)
                *error = tr("%1: no NUTS %2 codes in this file").arg(gpkg).arg(version);
            return false;
        }
    }
    m_levels = std::move(levels);
    cache.write(kCompiledCodes, compileCodes(m_levels));
    return true;
    });
}

QString NutsCodes::defaultRecodingsPath()
{
    const QByteArray env = qgetenv("CLUSTERSCOPE_NUTS_RECODED");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QFileInfo cache(NutsLayer::defaultCachePath());
    QString base = cache.completeBaseName(); // nuts-atlas-0.9.1
    const QString prefix = QStringLiteral("nuts-atlas-");
    const QString name = base.startsWith(prefix)
                             ? QStringLiteral("nuts-recoded-") + base.mid(prefix.size())
                             : QStringLiteral("nuts-recoded");
    return cache.dir().filePath(name + QStringLiteral(".json"));
}

bool NutsCodes::loadFromCache(QString *error)
{
    if (!load(NutsLayer::defaultCachePath(), error))
        return false;
    const QString recodings = defaultRecodingsPath();
    if (QFileInfo::exists(recodings))
        return loadRecodings(recodings, error);
    return true;
}

bool NutsCodes::loadRecodings(const QString &jsonPath, QString *error)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open the NUTS recoding table: %2")
                         .arg(jsonPath, file.errorString());
        return false;
    }
    return loadRecodings(file.readAll(), jsonPath, error);
}

bool NutsCodes::loadRecodings(const QByteArray &json, const QString &displayName, QString *error)
{
    QByteArray bytes = json.trimmed();
    // Accept the package's module as is: `export default [...]`.
    if (bytes.startsWith("export default"))
        bytes = bytes.mid(int(sizeof("export default")) - 1).trimmed();
    if (bytes.endsWith(';'))
        bytes.chop(1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        if (error)
            *error = tr("%1: not a NUTS recoding table (%2)")
                         .arg(displayName, parseError.error != QJsonParseError::NoError
                                               ? parseError.errorString()
                                               : tr("expected a JSON array"));
        return false;
    }
    QHash<QString, Step> steps;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array[i].toObject();
        bool fromOk = false, toOk = false;
        const int from = entry.value(QLatin1String("from")).toString().toInt(&fromOk);
        const int to = entry.value(QLatin1String("to")).toString().toInt(&toOk);
        const QJsonValue map = entry.value(QLatin1String("newIdToOldId"));
        if (!fromOk || !toOk || !map.isObject()) {
            if (error)
                *error = tr("%1: entry %2 needs 'from', 'to' and 'newIdToOldId'")
                             .arg(displayName)
                             .arg(i);
            return false;
        }
        Step &s = steps[stepKey(from, to)];
        const QJsonObject object = map.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString oldCode = it.value().toString();
            if (it.key().isEmpty() || oldCode.isEmpty())
                continue;
            s.oldToNew.insert(oldCode, it.key());
            s.newToOld.insert(it.key(), oldCode);
        }
    }
    m_steps = std::move(steps);
    return true;
}

void NutsCodes::insert(int version, int level, const QString &code)
{
    m_levels[version].insert(code, level);
}

void NutsCodes::insertRecoding(int from, int to, const QString &oldCode, const QString &newCode)
{
    Step &s = m_steps[stepKey(from, to)];
    s.oldToNew.insert(oldCode, newCode);
    s.newToOld.insert(newCode, oldCode);
}

bool NutsCodes::contains(int version, const QString &code) const
{
    const auto it = m_levels.constFind(version);
    return it != m_levels.constEnd() && it->contains(code);
}

int NutsCodes::level(int version, const QString &code) const
{
    const auto it = m_levels.constFind(version);
    return it == m_levels.constEnd() ? -1 : it->value(code, -1);
}

QSet<QString> NutsCodes::codes(int version, int level) const
{
    QSet<QString> result;
    const auto it = m_levels.constFind(version);
    if (it == m_levels.constEnd())
        return result;
    for (auto c = it->begin(); c != it->end(); ++c)
        if (c.value() == level)
            result.insert(c.key());
    return result;
}

QList<int> NutsCodes::versionsOf(const QString &code) const
{
    QList<int> result;
    for (int v : versions())
        if (contains(v, code))
            result.append(v);
    return result;
}

bool NutsCodes::isExtraRegio(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}Z{1,3}$"));
    return pattern.match(code).hasMatch();
}

bool NutsCodes::isAggregate(const QString &code)
{
    // EU, EU15, EU27_2007, EU27_2020, EU28, EA, EA19, EA20, EEA, EEA30_2007, EFTA …
    static const QRegularExpression pattern(
        QStringLiteral("^(EU|EA|EEA|EFTA)(\\d{1,2})?(_\\d{4})?$"));
    return isExtraRegio(code) || pattern.match(code).hasMatch();
}

NutsCodes::Detection NutsCodes::detectVersion(const QStringList &codes) const
{
    QSet<QString> distinct;
    for (const QString &c : codes)
        if (!c.isEmpty() && !isAggregate(c))
            distinct.insert(c);
    Detection best;
    best.total = int(distinct.size());
    for (int v : versions()) {
        if (!m_levels.contains(v))
            continue;
        int known = 0;
        for (const QString &c : distinct)
            known += contains(v, c) ? 1 : 0;
        if (known > 0 && known >= best.known) { // ascending versions: ties → the newest
            best.version = v;
            best.known = known;
        }
    }
    best.share = best.total > 0 ? double(best.known) / best.total : 0.0;
    return best;
}

NutsCodes::Detection NutsCodes::detectVersion(const StatTable &table) const
{
    QStringList regions;
    regions.reserve(table.records.size());
    for (const StatRecord &r : table.records)
        regions.append(r.region);
    return detectVersion(regions);
}

QString NutsCodes::step(const QString &code, int from, int to) const
{
    if (from < to) {
        const Step s = m_steps.value(stepKey(from, to));
        return s.oldToNew.value(code, code);
    }
    const Step s = m_steps.value(stepKey(to, from));
    return s.newToOld.value(code, code);
}

QString NutsCodes::recode(const QString &code, int from, int to) const
{
    const QList<int> &all = versions();
    const qsizetype a = all.indexOf(from), b = all.indexOf(to);
    if (a < 0 || b < 0 || code.isEmpty())
        return {};
    QString current = code;
    const qsizetype direction = b >= a ? 1 : -1;
    for (qsizetype i = a; i != b; i += direction) {
        const int next = all[i + direction];
        current = step(current, all[i], next);
        // A code that is neither renamed nor valid in the next version changed boundaries.
        if (m_levels.contains(next) && !contains(next, current))
            return {};
    }
    if (m_levels.contains(to) && !contains(to, current))
        return {};
    return current;
}

bool NutsCodes::isCountry(const QString &code)
{
    // The countries of the NUTS classification and of the statistical regions of the
    // candidate and EFTA countries that Eurostat publishes with it.
    static const QSet<QString> others = {
        QStringLiteral("AL"), QStringLiteral("CH"), QStringLiteral("IS"), QStringLiteral("LI"),
        QStringLiteral("ME"), QStringLiteral("MK"), QStringLiteral("NO"), QStringLiteral("RS"),
        QStringLiteral("TR"), QStringLiteral("UK")};
    return isEu27Member(code) || others.contains(code);
}

int NutsCodes::selectRegions(StatTable &table, int version) const
{
    // Distinct codes in order of first appearance, with their record counts and the years
    // in which they carry a number.
    struct Seen
    {
        int records = 0;
        int numbers = 0;     // records that carry a number
        std::set<int> years; // years with a number
    };
    QHash<QString, Seen> seen;
    QStringList order;
    Seen *run = nullptr; // the previous record's code: runs of one code are looked up once
    const QString *seenCode = nullptr;
    for (const StatRecord &r : std::as_const(table.records)) {
        if (!seenCode || r.region != *seenCode) {
            auto it = seen.find(r.region);
            if (it == seen.end()) {
                it = seen.insert(r.region, {});
                order.append(r.region);
            }
            run = &*it;
            seenCode = &r.region;
        }
        ++run->records;
        if (!std::isnan(r.value)) {
            ++run->numbers;
            run->years.insert(r.year);
        }
    }
    auto yearList = [](const std::set<int> &years) {
        QStringList list;
        for (int y : years)
            list.append(QString::number(y));
        return list.join(QStringLiteral(", "));
    };
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9A-Z]{0,3}$"));

    int problems = 0;
    auto report = [&](const QString &message) {
        table.problems.append({table.file, 0, 0, message});
        ++problems;
    };
    QHash<QString, QString> target; // code → code in the output, empty = left out
    QHash<QString, int> foreign;    // kept codes of another version → that version
    for (const QString &code : std::as_const(order)) {
        const Seen &s = seen[code];
        // "12 records (3 with a number)": says whether anything of value is set aside.
        const QString records = s.numbers == s.records ? recordCount(s.records)
                                : s.numbers == 0
                                    ? tr("%1 (none with a number)").arg(recordCount(s.records))
                                    : tr("%1 (%2 with a number)").arg(recordCount(s.records)).arg(s.numbers);
        if (code.isEmpty()) {
            report(tr("empty region code: %1 left out").arg(records));
            target.insert(code, {});
        } else if (isAggregate(code) && !contains(version, code)) {
            report(isExtraRegio(code)
                       ? tr("%1: extra-regio territory, not a region: %2 left out").arg(code, records)
                       : tr("%1: aggregate of countries, not a region: %2 left out").arg(code, records));
            target.insert(code, {});
        } else if (isEmpty()) {
            // No code list: the shape of a NUTS code and a known country.
            if (shape.match(code).hasMatch() && isCountry(code.left(2))) {
                target.insert(code, code);
            } else {
                report(tr("%1: not a NUTS region code: %2 left out").arg(code, records));
                target.insert(code, {});
            }
        } else if (contains(version, code)) {
            target.insert(code, code);
        } else if (const QList<int> elsewhere = versionsOf(code); !elsewhere.isEmpty()) {
            const QString renamed = recode(code, elsewhere.last(), version);
            if (!renamed.isEmpty()) {
                report(tr("%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded")
                           .arg(code, versionList(elsewhere), renamed)
                           .arg(version)
                           .arg(records));
                target.insert(code, renamed);
            } else {
                report(s.years.empty()
                           ? tr("%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries "
                                "changed): %4, nothing to sum or draw")
                                 .arg(code, versionList(elsewhere))
                                 .arg(version)
                                 .arg(records)
                           : tr("%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries "
                                "changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries")
                                 .arg(code, versionList(elsewhere))
                                 .arg(version)
                                 .arg(records, yearList(s.years)));
                target.insert(code, code);
                foreign.insert(code, elsewhere.last());
            }
        } else {
            report(tr("%1: not a NUTS code in %2: %3 left out")
                       .arg(code, versionList(versions()), records));
            target.insert(code, {});
        }
    }

    // Rewrite: drop what is left out, recode renamings. A recoded cell that meets a cell of
    // its successor: a number fills a missing cell; two numbers are double counting, the
    // successor's is kept.
    struct Cell
    {
        qsizetype index;
        bool recoded;
        QString old; // the code the record had before recoding
    };
    // Only the codes that recoded ones land on can meet twice.
    QSet<QString> meeting;
    for (const QString &code : std::as_const(order))
        if (!target[code].isEmpty() && target[code] != code)
            meeting.insert(target[code]);
    QHash<QString, Cell> cells; // "region|industry|year" of the meeting codes' records
    std::map<std::tuple<QString, QString, int>, int> doubled; // (successor, old, year) → cells
    QList<StatRecord> kept;
    kept.reserve(table.records.size());
    // Records of one region mostly follow each other: look each run up once.
    QString runCode, runTarget;
    bool runMeets = false;
    for (StatRecord &r : table.records) {
        if (r.region != runCode || runCode.isNull()) {
            runCode = r.region;
            runTarget = target.value(r.region);
            runMeets = meeting.contains(runTarget);
        }
        if (runTarget.isEmpty())
            continue;
        const bool recoded = runTarget != r.region;
        if (!recoded && !runMeets) {
            kept.append(std::move(r));
            continue;
        }
        const QString old = r.region;
        r.region = runTarget;
        if (runMeets) {
            const QString key = r.region + QLatin1Char('|') + r.industry + QLatin1Char('|') +
                                QString::number(r.year);
            auto it = cells.find(key);
            if (it != cells.end()) {
                StatRecord &earlier = kept[it->index];
                if (it->recoded == recoded) {
                    kept.append(std::move(r)); // not ours to judge: as before
                    continue;
                }
                const bool bothNumbers = !std::isnan(earlier.value) && !std::isnan(r.value);
                if (bothNumbers) {
                    ++doubled[std::make_tuple(r.region, recoded ? old : it->old, r.year)];
                    if (recoded)
                        continue; // the successor's number stays
                    earlier = std::move(r);
                } else if (std::isnan(earlier.value) && !std::isnan(r.value)) {
                    earlier = std::move(r);
                }
                it->recoded = false;
                continue;
            }
            cells.insert(key, Cell{kept.size(), recoded, old});
        }
        kept.append(std::move(r));
    }
    table.records = std::move(kept);
    for (const auto &[key, n] : doubled) {
        const auto &[code, old, year] = key;
        report(tr("%1 in %2: %n cell(s) published both as %1 and as %3, its code in another "
                  "NUTS version (double counting); the numbers of %1 are used",
                  nullptr, n)
                   .arg(code)
                   .arg(year)
                   .arg(old));
    }

    // A kept code of another version next to its successors in the same year counts the
    // same territory twice. Successors: codes of `version`, unknown in the old version,
    // with the same parent (or the parent's renaming).
    for (auto it = foreign.cbegin(); it != foreign.cend(); ++it) {
        const QString &code = it.key();
        const QString parent = code.left(code.size() - 1);
        const QString renamedParent = recode(parent, it.value(), version);
        QStringList successors;
        std::set<int> overlap;
        for (const QString &other : std::as_const(order)) {
            if (other.size() != code.size() || target[other] != other || foreign.contains(other) ||
                contains(it.value(), other))
                continue;
            const QString otherParent = other.left(other.size() - 1);
            if (otherParent != parent && otherParent != renamedParent)
                continue;
            std::set<int> both;
            const std::set<int> &a = seen[code].years, &b = seen[other].years;
            std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                                  std::inserter(both, both.end()));
            if (!both.empty()) {
                successors.append(other);
                overlap.insert(both.begin(), both.end());
            }
        }
        if (!successors.isEmpty())
            report(tr("%1 and its successor(s) %2 both carry numbers in %3: the same territory "
                      "is counted twice in those years")
                       .arg(code, successors.join(QStringLiteral(", ")), yearList(overlap)));
    }
    return problems;
}

bool NutsCodes::isEu27Member(const QString &country)
{
    static const QSet<QString> members = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("EL"), QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
        QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
        QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK")};
    return members.contains(country);
}

} // namespace cs
