// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace cs {

// The score tables users export, one implementation for the window, the command line
// and batch: the scores of one map (CSV or XLSX, same columns and order), every
// indicator of a level in long form (--all) and the partner regions of one region.
// Files are replaced atomically; "-" writes CSV to standard output. Errors name the path.
class ScoreExport
{
    Q_DECLARE_TR_FUNCTIONS(cs::ScoreExport)
public:
    enum class Format { Csv, Xlsx };
    // By the file name's suffix: .xlsx is a workbook, anything else CSV.
    static Format formatOf(const QString &path);

    // nuts_id,name,value, one row per region of the map sorted by NUTS code (empty value:
    // no number). A workbook has the same columns on sheet "scores" and, on sheet
    // "about", the category, indicator, year, level, reference area and source.
    static bool writeScores(const ClusterData &data, const ScoreQuery &query,
                            const QHash<QString, QString> &names, Format format, const QString &path,
                            QString *error);

    // nuts_id,category,year,indicator,value for every region, category, year and
    // indicator of `level` (see `clusterscope export --help`, --all), written as it is
    // computed: memory does not grow with the number of rows.
    static bool writeAll(const ClusterData &data, int level, const QString &path, QString *error);

    // rank,nuts_id,name,cosine,correlation,complementarity of `partners` of one
    // analysis (best first, as given).
    static bool writePartners(const LevelAnalysis &analysis, const std::vector<Engine::Partner> &partners,
                              const QHash<QString, QString> &names, const QString &path, QString *error);

    // One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180).
    static QString csvField(const QString &text);
    // A number as exported (12 significant digits), empty when not finite.
    static QString number(double value);
};

} // namespace cs
