// SPDX-License-Identifier: MIT
#pragma once

#include "app/ViewOptions.h"

#include <optional>

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace cs {

// Exit codes shared by every entry point.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitNoData = 3 };

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

    // `clusterscope export …` (arguments after the program name); returns the exit code.
    static int runExport(const QStringList &arguments);
    // `clusterscope packs [PACK…]`: lists (and verifies) the data packs; returns the exit code.
    static int runPacks(const QStringList &arguments);
};

} // namespace cs
