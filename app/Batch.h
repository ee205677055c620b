// SPDX-License-Identifier: MIT
#pragma once

#include "app/Recipe.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonDocument;

namespace cs {

// `clusterscope batch SPEC.json`: many figures from one file. SPEC is a recipe, a list
// of recipes, or {"defaults": {…}, "figures": [{…}, …]} where each figure overrides the
// defaults (the "data" object key by key). Every figure is checked before the first is
// drawn: bad values, unknown categories and output folders that are missing or not
// writable stop the batch with no file written, and so do outputs that are one of the
// inputs (a data file, a category mapping, the spec itself) and outputs outside the
// spec's folder unless the user allows them (--allow-outside). Needs a QGuiApplication.
class Batch
{
    Q_DECLARE_TR_FUNCTIONS(cs::Batch)
public:
    struct Figure
    {
        QString where;  // JSON path for messages: "figures[2]", "[2]" or empty
        QString shown;  // the output as written in the spec, for the progress line
        Recipe recipe;  // paths made absolute against the spec's folder
    };

    struct Options
    {
        // Outputs may lie outside the spec's folder ("../x.png", "/elsewhere/x.png").
        bool allowOutside = false;
    };

    // Draws every figure through CommandLine::runExport, printing "[3/20] OUT.png" to
    // stdout before each. Returns kExitOk, kExitUsage for a bad spec or a refused output
    // (nothing written), kExitFailure when an output folder is not writable (nothing
    // written) or a figure failed (the others are still made), or kExitNoData when a data
    // file has no data.
    static int run(const QString &specPath, const Options &options);
    static int run(const QString &specPath) { return run(specPath, Options()); }
    // `clusterscope batch …` arguments after the program name (with or without the
    // leading "batch"); handles --help.
    static int runCommand(const QStringList &arguments);

    // The figures of a spec with relative paths resolved against `specPath`'s folder;
    // nullopt with a message naming the file and the JSON key or offset.
    static std::optional<QList<Figure>> read(const QString &specPath, QString *error);
    static std::optional<QList<Figure>> parse(const QJsonDocument &spec, const QString &baseDir,
                                              QString *error);
    // Checks before anything is drawn; returns an exit code and sets `error`.
    static int check(const QList<Figure> &figures, QString *error);
    // kExitUsage with `error` when an output is one of the inputs of any figure or the spec
    // itself, a device, a FIFO or a folder, or (without allowOutside) outside the spec's
    // folder; kExitOk otherwise. Nothing is read or written.
    static int checkOutputs(const QList<Figure> &figures, const QString &specPath,
                            const Options &options, QString *error);
};

} // namespace cs
