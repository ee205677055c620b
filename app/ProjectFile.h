// SPDX-License-Identifier: MIT
#pragma once

#include "app/Recipe.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace cs {

// The whole view of the window as a JSON file ("clusterscope-project": 1): the recipe
// fields (data source, level, category, indicator, year, symbology, figure layout),
// the map extent and the selected regions. Saves are atomic; a file that fails to
// load is left as it is.
struct ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(cs::ProjectFile)
public:
    static constexpr int kVersion = 1;

    Recipe recipe;         // `output`: the last figure exported, may be empty
    QRectF extent;         // EPSG:3035 metres; empty = continental Europe
    QStringList selection; // NUTS codes of the selected regions

    static ProjectFile fromView(const DataSource &data, const ViewOptions &view,
                                const FigureOptions &figure, const QRectF &extent,
                                const QStringList &selection);

    // The recipe keys plus "clusterscope-project", "extent" [xmin, ymin, xmax, ymax]
    // and "selection".
    QJsonObject toJson() const;
    static std::optional<ProjectFile> fromJson(const QJsonObject &json, QString *error);

    bool save(const QString &path, QString *error) const;
    // nullopt with a message naming the file and the JSON offset or key.
    static std::optional<ProjectFile> load(const QString &path, QString *error);

    bool operator==(const ProjectFile &) const = default;
};

} // namespace cs
