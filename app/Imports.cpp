// SPDX-License-Identifier: MIT
#include "app/Imports.h"

#include "maps/TableImport.h"

namespace cs {

Imports::Result Imports::table(const QString &path, const TableReader::Options &options,
                               std::optional<int> nutsVersion, const QString &categoryMapping)
{
    Result result;
    StatTable table = TableReader::read(path, options);
    result.data = TableImport::toClusterData(table, nutsVersion, TableImport::sourceNoteFor(path));
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
