// SPDX-License-Identifier: MIT
#pragma once

#include "maps/ClusterData.h"
#include "maps/SceneBuilder.h"

#include <optional>

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace cs {

// Exit codes shared by every entry point.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitNoData = 3 };

// Options that choose what the map shows; the same for the window and for export.
struct ViewOptions
{
    int level = 2;
    QString category;
    Indicator indicator = Indicator::LocationQuotient;
    int year = 0;
    // Symbology; without a method or palette the indicator's natural one
    // (Symbology::defaultFor, Symbology::defaultPalette).
    std::optional<ClassificationMethod> method;
    int classes = 5;
    QString palette;
    bool classesPerYear = false; // class limits from this year's values only (default: all years)
    QList<double> manualBreaks;
    MapScene::Labels labels = MapScene::Labels::None;
    int starSymbols = 0; // 0: none; 1–3: star symbols on regions with that many stars or more

    Symbology symbology() const;
    bool operator==(const ViewOptions &) const = default;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cs::CommandLine)
public:
    static void addViewOptions(QCommandLineParser &parser);
    static void addDataOptions(QCommandLineParser &parser);
    // The data named by --dataset or --data (default: the embedded SBS extract). Problems
    // of the table go to stderr as FILE:LINE:COLUMN: message. Returns kExitOk, kExitUsage
    // (bad options) or kExitNoData (nothing usable), with `error` set.
    static int loadData(const QCommandLineParser &parser, ClusterData *data, QString *error);

private:
    static int loadTable(const QCommandLineParser &parser, ClusterData *data, QString *error);

public:
    // Fills `view` from the parser, defaults from `data`; false with a one-line
    // message naming the valid values when an option is out of range.
    static bool readViewOptions(const QCommandLineParser &parser, const ClusterData &data,
                                ViewOptions *view, QString *error);
    static ScoreQuery toQuery(const ViewOptions &view);

    // `clusterscope export …` (arguments after the program name); returns the exit code.
    static int runExport(const QStringList &arguments);
};

} // namespace cs
