// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

struct ListedPack;

// A dated, offline data pack (issue 21): a folder NAME.cspack holding pack.json and the
// data file(s) exactly as fetched. pack.json says what the values are (dataset, measure,
// unit, NUTS version, years), where and when they came from (query, source, retrieved,
// provenance), under which licence, and the size and SHA-256 of every file. Reading a
// pack verifies every file; the first file holds the values (README "Data packs").
class DataPack
{
    Q_DECLARE_TR_FUNCTIONS(cs::DataPack)
public:
    static constexpr int kVersion = 1;
    static constexpr const char *kFormat = "clusterscope-pack";

    struct File
    {
        QString name;   // plain file name inside the pack folder
        QString format; // informative: eurostat-tsv, sdmx-csv, json-stat, csv …
        qint64 bytes = 0;
        QString sha256; // lower-case hex
    };

    struct Manifest
    {
        QString title;
        QString dataset; // Eurostat code(s), comma-separated
        QString query;   // the URL or filters the values were fetched with; may be empty
        QString measure; // "persons employed"
        QString unit;    // of the values after `scale`
        int nutsVersion = 2013;
        QList<int> years;
        QString retrieved; // ISO date: YYYY-MM-DD
        QString source;    // "Source: Eurostat (sbs_r_nuts06_r2)"
        QString licence;
        QJsonObject provenance; // repository, path, commit … (optional)
        QString filter;         // DIM=VALUE,… pinned when reading (--filter); may be empty
        double scale = 1.0;     // multiplies the values when reading (--scale)
        QList<File> files;

        QJsonObject toJson() const;
    };

    // `path`: the pack folder or its pack.json. Verifies the format, version, every key
    // and every file's size and SHA-256; nullopt with a message naming the pack and the
    // file, line or key otherwise.
    static std::optional<DataPack> read(const QString &path, QString *error);
    // Writes `files` (paths; their bytes copied as they are, the first one the values)
    // and pack.json with their sizes and checksums into `folder` (NAME.cspack), all or
    // nothing: the pack is built in a temporary folder beside it, then renamed; an earlier
    // pack of the same name is replaced. manifest.files is filled from `files`; where it
    // already has an entry i, its name (and format) are those of files[i] in the pack.
    static bool write(const QString &folder, Manifest manifest, const QStringList &files,
                      QString *error);
    // A folder holding pack.json (NAME.cspack or not) or a file named pack.json.
    static bool isPack(const QString &path);
    // QStandardPaths::AppDataLocation + "/packs": where downloads are kept.
    static QString userDirectory();
    // The packs built into the program (":/packs/sbs.cspack", ":/packs/lfs.cspack").
    static QStringList builtInPaths();
    static QString builtInPath(const QString &key);
    // The built-in packs, the packs of userDirectory() and `extra` (opened before), each
    // once; unreadable ones come with their error instead of a pack.
    static QList<ListedPack> installed(const QStringList &extra = {});

    QString folder() const { return m_folder; }
    // The folder name without ".cspack" ("sbs", "sbs_r_nuts2021_2026-12-03").
    QString name() const;
    bool isBuiltIn() const { return m_folder.startsWith(QLatin1Char(':')); }
    // "sbs" or "lfs" for a built-in pack (ClusterData::embeddedKeys()), else empty.
    QString builtInKey() const { return isBuiltIn() ? name() : QString(); }
    const Manifest &manifest() const { return m_manifest; }
    // The file of the values (the first one).
    QString dataFile() const;
    // "2008–2015", "2015".
    QString yearsText() const;
    // The note under figures: the pack's source, its retrieval date and the boundaries'.
    QString sourceNote() const;

private:
    QString m_folder;
    Manifest m_manifest;
};

// One entry of DataPack::installed().
struct ListedPack
{
    QString path;
    std::optional<DataPack> pack;
    QString error;
};

} // namespace cs
