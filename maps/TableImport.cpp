// SPDX-License-Identifier: MIT
#include "maps/TableImport.h"

#include "maps/NutsCodes.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace cs {

ClusterData TableImport::toClusterData(StatTable &table, std::optional<int> nutsVersion,
                                       const QString &sourceNote)
{
    // Without the boundary cache only the shape of the region codes is checked.
    NutsCodes codes;
    QString codesError;
    if (table.ok && !codes.loadFromCache(&codesError))
        codes = NutsCodes();
    return toClusterData(table, nutsVersion, sourceNote, codes);
}

ClusterData TableImport::toClusterData(StatTable &table, std::optional<int> nutsVersion,
                                       const QString &sourceNote, const NutsCodes &codes)
{
    int version = nutsVersion.value_or(2013);
    if (table.ok && !codes.isEmpty() && !nutsVersion) {
        const NutsCodes::Detection detected = codes.detectVersion(table);
        if (detected.version > 0)
            version = detected.version;
    }
    // Only regions enter the data (without the code list: codes shaped like NUTS codes).
    if (table.ok)
        codes.selectRegions(table, version);
    bool divisions = false;
    static const QRegularExpression division(QStringLiteral("^[A-Z][0-9]{2}$"));
    for (const StatRecord &r : std::as_const(table.records))
        divisions = divisions || division.match(r.industry).hasMatch();
    return ClusterData::fromTable(table, version, sourceNote,
                                  divisions ? IndustryScheme::NaceDivisions
                                            : IndustryScheme::NaceAggregates);
}

QString TableImport::sourceNoteFor(const QString &path)
{
    return tr("Source: %1. © EuroGeographics for the administrative boundaries.")
        .arg(QFileInfo(path).fileName());
}

} // namespace cs
