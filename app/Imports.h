// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"
#include "maps/DataPack.h"
#include "maps/TableReader.h"

#include <QCoreApplication>

#include <optional>

namespace cs {

// Import a table: one implementation for File ▸ Import statistics, `--data FILE` of the
// command line and batch recipes.
class Imports
{
    Q_DECLARE_TR_FUNCTIONS(cs::Imports)
public:
    struct Result
    {
        ClusterData data;
        QList<InputProblem> problems; // of the table, then of the category mapping
        int values = 0;               // numbers read
        bool ok = false;              // data usable (a map can be drawn)
        bool mappingOk = true;        // the category mapping (if any) was usable
        std::optional<DataPack> pack; // when `path` was a data pack (verified)
    };
    // Reads `path` (TableReader; empty columns: by content), checks its region codes
    // against `nutsVersion` (or the version that knows most of them) and applies the
    // NACE → cluster `categoryMapping` when one is given; its unmapped NACE codes become
    // one problem naming them. A data pack (its folder or pack.json; DataPack::isPack) is
    // verified first (a mismatch is the one problem); its values file is then read with the
    // pack's filter, scale and NUTS version (`nutsVersion`, when given, wins) and the
    // pack's source and retrieval date become the source note.
    static Result table(const QString &path, const TableReader::Options &options, std::optional<int> nutsVersion,
                        const QString &categoryMapping = QString());
    // Applies `mapping` to `data`; problems (and the unmapped codes) appended. False when
    // the mapping is not usable.
    static bool applyMapping(ClusterData &data, const QString &mapping, QList<InputProblem> *problems);
};

} // namespace cs
