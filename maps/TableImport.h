// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"

#include <QCoreApplication>

#include <optional>

namespace cs {

class NutsCodes;

// The step from a read table to mappable data, shared by the window and the command line:
// the NUTS version (given, or the one of the boundary cache that knows most of the codes),
// region codes checked against it, and the industry scheme (NACE divisions when the table
// has any, else the LFS-style aggregates). Problems found are appended to the table's.
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(cs::TableImport)
public:
    static ClusterData toClusterData(StatTable &table, std::optional<int> nutsVersion,
                                     const QString &sourceNote);
    // The same with the NUTS codes already loaded (`codes` may be empty: no check).
    static ClusterData toClusterData(StatTable &table, std::optional<int> nutsVersion,
                                     const QString &sourceNote, const NutsCodes &codes);
    // "Source: FILE. © EuroGeographics …", the note printed under figures of a file.
    static QString sourceNoteFor(const QString &path);
};

} // namespace cs
