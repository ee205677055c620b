// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"
#include "maps/FigureExport.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QDir;

namespace cs {

// Where the statistics of a view come from: an embedded extract (`dataset`) or a file
// with the reader options of --data. Values are kept as typed on the command line.
struct DataSource
{
    Q_DECLARE_TR_FUNCTIONS(cs::DataSource)
public:
    QString dataset; // embedded key ("sbs", "lfs"); ignored when `file` is set
    QString file;
    QString mapColumns; // region=COL,industry=COL,…
    QString filter;     // DIM=VALUE,…
    std::optional<double> scale;
    std::optional<int> nutsVersion; // --nuts-version of a file; embedded data are NUTS 2013
    QString categoryMapping;        // --category-mapping FILE (absolute), for any data

    static DataSource embedded(const QString &key)
    {
        DataSource source;
        source.dataset = key;
        return source;
    }
    bool isFile() const { return !file.isEmpty(); }
    // The data options of `clusterscope export` (--dataset or --data …).
    QStringList arguments() const;
    // The data options as the user gave them to `parser` (see CommandLine::addDataOptions).
    static DataSource fromParser(const QCommandLineParser &parser);
    // Embedded data also record their Eurostat code and how they were extracted
    // ("eurostat", "extraction"); those keys are informative and not read back.
    QJsonObject toJson() const;
    // `key` names the object in error messages ("data", "figures[2].data").
    static std::optional<DataSource> fromJson(const QJsonValue &json, const QString &key,
                                              QString *error);
    bool operator==(const DataSource &) const = default;
};

// A reproducible figure: everything `clusterscope export` needs to draw it again.
// Unset fields (empty strings, no value) take the defaults of the export command.
// Stored as JSON beside the figure (writeBeside) and read by `clusterscope batch`.
struct Recipe
{
    Q_DECLARE_TR_FUNCTIONS(cs::Recipe)
public:
    DataSource data;
    std::optional<int> level;
    QString category;
    QString indicator; // lq, share, focus, employment, stars, growth
    std::optional<int> year;
    QString classification; // Classification::methodKeys()
    std::optional<int> classes;
    QList<double> breaks;
    QString palette;
    QString labels; // none, codes, names; empty: none
    std::optional<int> starSymbols; // 0–3
    QString symbol;     // choropleth, circles; empty: the indicator's default
    QString classScope; // all-years, year; empty: all-years
    QString format; // png, svg, pdf, csv, gpkg; empty: from the output's suffix
    QString output;
    QSize size;          // invalid: the export default (1920x1080)
    QString page;        // A4, A3, Letter; empty: pixel size
    QString orientation; // landscape, portrait; empty: landscape
    std::optional<double> dpi;
    QString title;
    QString subtitle;
    std::optional<double> margins; // mm around a page; empty: 10 mm
    bool northArrow = false;
    QString lang;

    // The recipe of a view shown in the window and exported with `figure` to `output`.
    static Recipe fromView(const DataSource &data, const ViewOptions &view,
                           const FigureOptions &figure, const QString &output);
    // The view options, validated against `data` as the export command does; unset
    // fields take the data's defaults. False with a message on a bad value.
    bool toView(const ClusterData &data, ViewOptions *view, QString *error) const;
    FigureOptions figureOptions() const;

    // Always written with "clusterscope-recipe": 1.
    QJsonObject toJson() const;
    // Fails on unknown keys, wrong types and values out of range, with a message that
    // names the key, prefixed by `where` ("figures[3]") when given. Does not need data:
    // the category, year and palette are checked when the figure is made.
    static std::optional<Recipe> fromJson(const QJsonObject &json, QString *error,
                                          const QString &where = QString());
    // "png" etc.: `format`, else the output's suffix; empty when neither says.
    QString effectiveFormat() const;
    // Output and data file made absolute against `base` (e.g. the spec's folder).
    Recipe resolvedAgainst(const QDir &base) const;

    // Arguments for CommandLine::runExport(), starting with "export".
    QStringList toArguments() const;
    // Only the data and view options (CommandLine::addDataOptions/addViewOptions).
    QStringList viewArguments() const;
    // The shell command that makes the figure again: `clusterscope export …`,
    // every argument quoted for a POSIX shell where needed.
    QString commandLine() const;
    static QString shellQuote(const QString &argument);

    // Writes this recipe to `<figurePath>.recipe.json` atomically, with the output
    // set to the figure's file name (relative to the recipe) and a data file made
    // absolute, so `clusterscope batch FIG.recipe.json` rebuilds the figure in place.
    bool writeBeside(const QString &figurePath, QString *error) const;
    static QString recipePathFor(const QString &figurePath);

    bool operator==(const Recipe &) const = default;
};

} // namespace cs
