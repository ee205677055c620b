// SPDX-License-Identifier: MIT
#include "app/ProjectFile.h"

#include "maps/SaveFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cs {

namespace {

const QString kVersionKey = QStringLiteral("clusterscope-project");
const QString kExtentKey = QStringLiteral("extent");
const QString kSelectionKey = QStringLiteral("selection");

} // namespace

ProjectFile ProjectFile::fromView(const DataSource &data, const ViewOptions &view,
                                  const FigureOptions &figure, const QRectF &extent,
                                  const QStringList &selection)
{
    ProjectFile project;
    project.recipe = Recipe::fromView(data, view, figure, QString());
    project.extent = extent;
    project.selection = selection;
    return project;
}

QJsonObject ProjectFile::toJson() const
{
    QJsonObject json = recipe.toJson();
    json.remove(QStringLiteral("clusterscope-recipe"));
    json.insert(kVersionKey, kVersion);
    if (!extent.isEmpty())
        json.insert(kExtentKey, QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    QJsonArray codes;
    for (const QString &code : selection)
        codes.append(code);
    json.insert(kSelectionKey, codes);
    return json;
}

std::optional<ProjectFile> ProjectFile::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue version = json.value(kVersionKey);
    if (version.isUndefined()) {
        *error = tr("not a ClusterScope project: no \"%1\" key").arg(kVersionKey);
        return std::nullopt;
    }
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1) {
        *error = tr("%1: expected a version number").arg(kVersionKey);
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        *error = tr("%1: made by a newer ClusterScope (version %2; this one reads %3)")
                     .arg(kVersionKey)
                     .arg(version.toInt())
                     .arg(kVersion);
        return std::nullopt;
    }

    ProjectFile project;
    const QJsonValue extent = json.value(kExtentKey);
    if (!extent.isUndefined() && !extent.isNull()) {
        const QJsonArray box = extent.toArray();
        bool ok = extent.isArray() && box.size() == 4;
        for (const QJsonValue &v : box)
            ok = ok && v.isDouble() && std::isfinite(v.toDouble());
        if (ok)
            ok = box[2].toDouble() > box[0].toDouble() && box[3].toDouble() > box[1].toDouble();
        if (!ok) {
            *error = tr("%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with "
                        "xmin < xmax and ymin < ymax")
                         .arg(kExtentKey);
            return std::nullopt;
        }
        project.extent = QRectF(QPointF(box[0].toDouble(), box[1].toDouble()),
                                QPointF(box[2].toDouble(), box[3].toDouble()));
    }
    const QJsonValue selection = json.value(kSelectionKey);
    if (!selection.isUndefined() && !selection.isNull()) {
        if (!selection.isArray()) {
            *error = tr("%1: expected a list of NUTS codes").arg(kSelectionKey);
            return std::nullopt;
        }
        const QJsonArray codes = selection.toArray();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!codes[i].isString()) {
                *error = tr("%1[%2]: expected a NUTS code").arg(kSelectionKey).arg(i);
                return std::nullopt;
            }
            project.selection.append(codes[i].toString());
        }
    }

    QJsonObject rest = json;
    rest.remove(kVersionKey);
    rest.remove(kExtentKey);
    rest.remove(kSelectionKey);
    const auto recipe = Recipe::fromJson(rest, error);
    if (!recipe)
        return std::nullopt;
    project.recipe = *recipe;
    return project;
}

bool ProjectFile::save(const QString &path, QString *error) const
{
    return saveFile(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), error);
}

std::optional<ProjectFile> ProjectFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        *error = tr("%1: damaged project file (%2 at offset %3 of %4 bytes)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset)
                     .arg(bytes.size());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("%1: not a ClusterScope project: expected a JSON object").arg(path);
        return std::nullopt;
    }
    auto project = fromJson(doc.object(), error);
    if (!project)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return project;
}

} // namespace cs
