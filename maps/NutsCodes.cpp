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

int NutsCodes::validate(StatTable &table, int version) const
{
    // Distinct codes in order of first appearance, with their record counts.
    QHash<QString, int> count;
    QStringList order;
    for (const StatRecord &r : table.records) {
        int &n = count[r.region];
        if (n++ == 0)
            order.append(r.region);
    }
    int added = 0;
    for (const QString &code : order) {
        const int n = count.value(code);
        const QString records = recordCount(n);
        if (isAggregate(code) && !contains(version, code)) {
            table.problems.append(
                {table.file, 0, 0,
                 isExtraRegio(code)
                     ? tr("%1: extra-regio aggregate, not a region (%2)").arg(code, records)
                     : tr("%1: aggregate, not a region (%2)").arg(code, records)});
            ++added;
            continue;
        }
        if (contains(version, code))
            continue;
        QString message = code.isEmpty()
                              ? tr("empty NUTS %1 region code (%2)").arg(version).arg(records)
                              : tr("unknown NUTS %1 code %2 (%3)").arg(version).arg(code, records);
        const QList<int> elsewhere = versionsOf(code);
        if (!elsewhere.isEmpty()) {
            message += tr("; valid in NUTS %1").arg(versionList(elsewhere));
            const QString renamed = recode(code, elsewhere.last(), version);
            if (!renamed.isEmpty())
                message += tr("; in NUTS %1 it is %2 (renamed)").arg(version).arg(renamed);
            else
                message += tr("; no pure renaming to NUTS %1 (boundaries changed)").arg(version);
        } else if (!code.isEmpty()) {
            message += tr("; not a NUTS code in %1").arg(versionList(versions()));
        }
        table.problems.append({table.file, 0, 0, message});
        ++added;
    }
    return added;
}

int NutsCodes::recodeTable(StatTable &table, int from, int to) const
{
    QHash<QString, QString> mapping; // code → new code, empty when it cannot be recoded
    std::map<QString, int> unresolved;
    QStringList unresolvedOrder;
    int rewritten = 0;
    for (StatRecord &r : table.records) {
        auto it = mapping.constFind(r.region);
        if (it == mapping.constEnd()) {
            QString target;
            if (contains(to, r.region) || isAggregate(r.region))
                target = r.region;
            else
                target = recode(r.region, from, to);
            it = mapping.insert(r.region, target);
        }
        if (it->isEmpty()) {
            if (unresolved[r.region]++ == 0)
                unresolvedOrder.append(r.region);
            continue;
        }
        if (*it != r.region) {
            r.region = *it;
            ++rewritten;
        }
    }
    for (const QString &code : unresolvedOrder) {
        const QString records = recordCount(unresolved[code]);
        table.problems.append(
            {table.file, 0, 0,
             contains(from, code)
                 ? tr("NUTS %1 code %2 (%3) has no pure renaming in NUTS %4 (boundaries "
                      "changed, split or merged); left as is")
                       .arg(from)
                       .arg(code, records)
                       .arg(to)
                 : tr("%1 (%2) is not a NUTS %3 code; cannot recode it to NUTS %4")
                       .arg(code, records)
                       .arg(from)
                       .arg(to)});
    }
    return rewritten;
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
