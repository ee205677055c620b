// SPDX-License-Identifier: MIT
#include "app/Imports.h"

#include "maps/TableImport.h"

namespace cs {

Imports::Result Imports::table(const QString &path, const TableReader::Options &options,
                               std::optional<int> nutsVersion, const QString &categoryMapping)
{
    Result result;
    if (DataPack::isPack(path)) {
        QString error;
        result.pack = DataPack::read(path, &error);
        if (!result.pack) {
            // "PACK/FILE[:LINE:COLUMN]: message", as one problem of that file.
            const qsizetype colon = error.indexOf(QStringLiteral(": "));
            result.problems.append({error.left(colon), 0, 0, error.mid(colon + 2)});
            return result;
        }
    }
    TableReader::Options read = options;
    QString sourceNote = TableImport::sourceNoteFor(path);
    QString file = path;
    if (result.pack) {
        const DataPack::Manifest &manifest = result.pack->manifest();
        file = result.pack->dataFile();
        for (const QString &pair : manifest.filter.split(QLatin1Char(','), Qt::SkipEmptyParts))
            read.eurostat.filters.insert(pair.section(QLatin1Char('='), 0, 0).trimmed(),
                                         pair.section(QLatin1Char('='), 1).trimmed());
        if (read.eurostat.scale == 1.0)
            read.eurostat.scale = manifest.scale;
        if (!nutsVersion)
            nutsVersion = manifest.nutsVersion;
        sourceNote = result.pack->sourceNote();
    }
    StatTable table = TableReader::read(file, read);
    result.data = TableImport::toClusterData(table, nutsVersion, sourceNote);
    result.values = int(table.records.size()); // those of the regions kept
    result.problems = std::move(table.problems);
    result.ok = table.ok && result.data.isValid();
    if (result.ok && !categoryMapping.isEmpty())
        result.mappingOk = applyMapping(result.data, categoryMapping, &result.problems);
    return result;
}

bool Imports::applyMapping(ClusterData &data, const QString &mapping, QList<InputProblem> *problems)
{
    if (!data.loadCategoryMapping(mapping, problems))
        return false;
    if (const QStringList unmapped = data.unmappedIndustries(); !unmapped.isEmpty())
        problems->append({mapping, 0, 0,
                          tr("warning: %n NACE code(s) of the data are not mapped: %1", nullptr, int(unmapped.size()))
                              .arg(unmapped.join(QStringLiteral(", ")))});
    return true;
}

} // namespace cs
