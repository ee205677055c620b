// SPDX-License-Identifier: MIT
#include "maps/DataPack.h"

#include "maps/SaveFile.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cs {

namespace {

const QString kManifest = QStringLiteral("pack.json");

// "pack.json" of `path` (a folder or the file itself) and the folder.
QString folderOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.fileName() == kManifest && !info.isDir())
        return info.path();
    return path;
}

// The name shown in messages: the folder's name ("sbs.cspack").
QString label(const QString &folder)
{
    return QFileInfo(folder).fileName();
}

// SHA-256 of a file, streamed; empty when it cannot be read.
QString sha256Of(const QString &path, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    *bytes = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

bool plainName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && name != QLatin1String(".") &&
           name != QLatin1String("..") && name != kManifest;
}

QString formatFor(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("tsv"))
        return QStringLiteral("eurostat-tsv");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json-stat");
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("csv");
    return suffix;
}

// Reads the keys of pack.json one by one; the first problem names the key.
class Keys
{
public:
    Keys(const QJsonObject &object, QString prefix, QString *error)
        : m_object(object), m_prefix(std::move(prefix)), m_error(error)
    {
    }
    bool fail(const QString &key, const QString &what) const
    {
        *m_error = DataPack::tr("%1: key \"%2\": %3").arg(m_prefix, key, what);
        return false;
    }
    QJsonValue need(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            *m_error = DataPack::tr("%1: missing key \"%2\"").arg(m_prefix, key);
        return value;
    }
    bool text(const QString &key, QString *out, bool required = true) const
    {
        const QJsonValue value = required ? need(key) : m_object.value(key);
        if (value.isUndefined())
            return !required;
        if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
            return fail(key, DataPack::tr("expected a non-empty text"));
        *out = value.toString();
        return true;
    }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    QString *m_error;
};

} // namespace

QJsonObject DataPack::Manifest::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    json.insert(QStringLiteral("version"), kVersion);
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("dataset"), dataset);
    json.insert(QStringLiteral("query"), query);
    json.insert(QStringLiteral("measure"), measure);
    json.insert(QStringLiteral("unit"), unit);
    json.insert(QStringLiteral("nuts_version"), nutsVersion);
    QJsonArray yearList;
    for (int year : years)
        yearList.append(year);
    json.insert(QStringLiteral("years"), yearList);
    json.insert(QStringLiteral("retrieved"), retrieved);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("licence"), licence);
    if (!provenance.isEmpty())
        json.insert(QStringLiteral("provenance"), provenance);
    if (!filter.isEmpty())
        json.insert(QStringLiteral("filter"), filter);
    if (scale != 1.0)
        json.insert(QStringLiteral("scale"), scale);
    QJsonArray fileList;
    for (const File &file : files)
        fileList.append(QJsonObject{{QStringLiteral("name"), file.name},
                                    {QStringLiteral("format"), file.format},
                                    {QStringLiteral("bytes"), file.bytes},
                                    {QStringLiteral("sha256"), file.sha256}});
    json.insert(QStringLiteral("files"), fileList);
    return json;
}

std::optional<DataPack> DataPack::read(const QString &path, QString *error)
{
    const QString folder = folderOf(path);
    const QString where = label(folder) + QLatin1Char('/') + kManifest;
    QFile file(folder + QLatin1Char('/') + kManifest);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(where, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parse.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
        *error = tr("%1:%2:%3: not valid JSON: %4")
                     .arg(where)
                     .arg(line)
                     .arg(column)
                     .arg(parse.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("%1: expected a JSON object").arg(where);
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    const Keys keys(json, where, error);

    QString format;
    if (!keys.text(QStringLiteral("format"), &format))
        return std::nullopt;
    if (format != QLatin1String(kFormat)) {
        keys.fail(QStringLiteral("format"),
                  tr("\"%1\" is not a ClusterScope data pack (expected \"%2\")")
                      .arg(format, QLatin1String(kFormat)));
        return std::nullopt;
    }
    const QJsonValue version = keys.need(QStringLiteral("version"));
    if (version.isUndefined())
        return std::nullopt;
    if (!version.isDouble() || version.toDouble() != kVersion) {
        keys.fail(QStringLiteral("version"),
                  tr("version %1 is not supported; this ClusterScope reads version %2")
                      .arg(version.isDouble() ? QString::number(version.toDouble())
                                              : version.toVariant().toString())
                      .arg(kVersion));
        return std::nullopt;
    }

    DataPack pack;
    pack.m_folder = folder;
    Manifest &m = pack.m_manifest;
    if (!keys.text(QStringLiteral("title"), &m.title) ||
        !keys.text(QStringLiteral("dataset"), &m.dataset) ||
        !keys.text(QStringLiteral("query"), &m.query, false) ||
        !keys.text(QStringLiteral("measure"), &m.measure) ||
        !keys.text(QStringLiteral("unit"), &m.unit) ||
        !keys.text(QStringLiteral("retrieved"), &m.retrieved) ||
        !keys.text(QStringLiteral("source"), &m.source) ||
        !keys.text(QStringLiteral("licence"), &m.licence) ||
        !keys.text(QStringLiteral("filter"), &m.filter, false))
        return std::nullopt;
    if (!QDate::fromString(m.retrieved, Qt::ISODate).isValid()) {
        keys.fail(QStringLiteral("retrieved"),
                  tr("'%1' is not an ISO date (YYYY-MM-DD)").arg(m.retrieved));
        return std::nullopt;
    }
    const QJsonValue nuts = keys.need(QStringLiteral("nuts_version"));
    if (nuts.isUndefined())
        return std::nullopt;
    m.nutsVersion = nuts.toInt();
    if (!QList<int>{2010, 2013, 2016, 2021}.contains(m.nutsVersion) ||
        nuts.toDouble() != m.nutsVersion) {
        keys.fail(QStringLiteral("nuts_version"), tr("expected 2010, 2013, 2016 or 2021"));
        return std::nullopt;
    }
    const QJsonValue years = keys.need(QStringLiteral("years"));
    if (years.isUndefined())
        return std::nullopt;
    const QJsonArray yearList = years.toArray();
    for (const QJsonValue &year : yearList) {
        if (!year.isDouble() || year.toInt() < 1900 || year.toInt() > 2200) {
            keys.fail(QStringLiteral("years"), tr("expected a list of years"));
            return std::nullopt;
        }
        m.years.append(year.toInt());
    }
    if (!years.isArray() || m.years.isEmpty()) {
        keys.fail(QStringLiteral("years"), tr("expected a list of years"));
        return std::nullopt;
    }
    if (const QJsonValue scale = json.value(QStringLiteral("scale")); !scale.isUndefined()) {
        if (!scale.isDouble() || !(scale.toDouble() > 0)) {
            keys.fail(QStringLiteral("scale"), tr("expected a positive number"));
            return std::nullopt;
        }
        m.scale = scale.toDouble();
    }
    if (const QJsonValue provenance = json.value(QStringLiteral("provenance"));
        !provenance.isUndefined()) {
        if (!provenance.isObject()) {
            keys.fail(QStringLiteral("provenance"), tr("expected an object"));
            return std::nullopt;
        }
        m.provenance = provenance.toObject();
    }

    const QJsonValue files = keys.need(QStringLiteral("files"));
    if (files.isUndefined())
        return std::nullopt;
    if (!files.isArray() || files.toArray().isEmpty()) {
        keys.fail(QStringLiteral("files"), tr("expected a list of files"));
        return std::nullopt;
    }
    const QJsonArray fileList = files.toArray();
    for (qsizetype i = 0; i < fileList.size(); ++i) {
        const QJsonObject entry = fileList.at(i).toObject();
        const Keys fileKeys(entry, where + QStringLiteral(": files[%1]").arg(i), error);
        File f;
        if (!fileKeys.text(QStringLiteral("name"), &f.name) ||
            !fileKeys.text(QStringLiteral("format"), &f.format) ||
            !fileKeys.text(QStringLiteral("sha256"), &f.sha256))
            return std::nullopt;
        if (!plainName(f.name)) {
            fileKeys.fail(QStringLiteral("name"),
                          tr("'%1' is not a file name inside the pack").arg(f.name));
            return std::nullopt;
        }
        const QJsonValue size = fileKeys.need(QStringLiteral("bytes"));
        if (size.isUndefined())
            return std::nullopt;
        if (!size.isDouble() || size.toDouble() < 0) {
            fileKeys.fail(QStringLiteral("bytes"), tr("expected a size in bytes"));
            return std::nullopt;
        }
        f.bytes = qint64(size.toDouble());
        f.sha256 = f.sha256.toLower();
        m.files.append(f);
    }

    // Every file as pack.json describes it.
    for (const File &f : std::as_const(m.files)) {
        const QString shown = label(folder) + QLatin1Char('/') + f.name;
        const QString filePath = folder + QLatin1Char('/') + f.name;
        if (!QFileInfo::exists(filePath)) {
            *error = tr("%1: missing (listed in pack.json)").arg(shown);
            return std::nullopt;
        }
        qint64 bytesFound = -1;
        const QString found = sha256Of(filePath, &bytesFound);
        if (found.isEmpty()) {
            *error = tr("%1: cannot read").arg(shown);
            return std::nullopt;
        }
        if (bytesFound != f.bytes) {
            *error = tr("%1: size differs from pack.json (expected %2 bytes, found %3)")
                         .arg(shown)
                         .arg(f.bytes)
                         .arg(bytesFound);
            return std::nullopt;
        }
        if (found != f.sha256) {
            *error = tr("%1: checksum differs from pack.json (expected %2, found %3)")
                         .arg(shown, f.sha256, found);
            return std::nullopt;
        }
    }
    return pack;
}

bool DataPack::write(const QString &folder, Manifest manifest, const QStringList &files,
                     QString *error)
{
    const QFileInfo target(folder);
    const QDir parent = target.dir();
    if (!QDir().mkpath(parent.absolutePath())) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(parent.absolutePath()));
        return false;
    }
    if (files.isEmpty()) {
        *error = tr("%1: a pack needs at least one data file").arg(target.fileName());
        return false;
    }
    QTemporaryDir temporary(
        parent.absoluteFilePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!temporary.isValid()) {
        *error = tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(folder), temporary.errorString());
        return false;
    }
    QList<File> described;
    QSet<QString> names;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        File f;
        f.name = QFileInfo(path).fileName();
        if (i < manifest.files.size()) {
            if (!manifest.files[i].name.isEmpty())
                f.name = manifest.files[i].name;
            f.format = manifest.files[i].format;
        }
        if (!plainName(f.name) || names.contains(f.name)) {
            *error = tr("%1: '%2' cannot be a file of the pack").arg(target.fileName(), f.name);
            return false;
        }
        names.insert(f.name);
        if (f.format.isEmpty())
            f.format = formatFor(f.name);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString());
            return false;
        }
        const QByteArray bytes = in.readAll();
        f.bytes = bytes.size();
        f.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (!saveFile(temporary.filePath(f.name), bytes, error))
            return false;
        described.append(f);
    }
    manifest.files = described;
    if (!saveFile(temporary.filePath(kManifest),
                  QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented), error))
        return false;
    // An earlier pack of that name steps aside until the new one is in place.
    const QString absolute = target.absoluteFilePath();
    QString old;
    if (QFileInfo::exists(absolute)) {
        old = temporary.path() + QStringLiteral(".old");
        if (!QDir().rename(absolute, old)) {
            *error = tr("cannot replace %1").arg(QDir::toNativeSeparators(absolute));
            return false;
        }
    }
    if (!QDir().rename(temporary.path(), absolute)) {
        if (!old.isEmpty())
            QDir().rename(old, absolute);
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(absolute));
        return false;
    }
    temporary.setAutoRemove(false);
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return true;
}

bool DataPack::isPack(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(info.filePath() + QLatin1Char('/') + kManifest);
    return info.fileName() == kManifest;
}

QString DataPack::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/packs");
}

QString DataPack::builtInPath(const QString &key)
{
    return QStringLiteral(":/packs/%1.cspack").arg(key);
}

QStringList DataPack::builtInPaths()
{
    return {builtInPath(QStringLiteral("sbs")), builtInPath(QStringLiteral("lfs")),
            builtInPath(QStringLiteral("sbs-wages"))};
}

QList<ListedPack> DataPack::installed(const QStringList &extra)
{
    QStringList paths = builtInPaths();
    const QDir user(userDirectory());
    for (const QString &name : user.entryList({QStringLiteral("*.cspack")},
                                              QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths.append(user.absoluteFilePath(name));
    for (const QString &path : extra)
        paths.append(QFileInfo(folderOf(path)).absoluteFilePath());
    QList<ListedPack> list;
    QSet<QString> seen;
    for (const QString &path : std::as_const(paths)) {
        const QString key =
            path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).canonicalFilePath();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ListedPack listed;
        listed.path = path;
        listed.pack = read(path, &listed.error);
        list.append(listed);
    }
    return list;
}

QString DataPack::name() const
{
    QString name = QFileInfo(m_folder).fileName();
    if (name.endsWith(QLatin1String(".cspack")))
        name.chop(7);
    return name;
}

QString DataPack::dataFile() const
{
    return m_folder + QLatin1Char('/') + m_manifest.files.value(0).name;
}

QString DataPack::yearsText() const
{
    if (m_manifest.years.isEmpty())
        return {};
    const auto [low, high] = std::minmax_element(m_manifest.years.begin(), m_manifest.years.end());
    return *low == *high ? QString::number(*low) : QStringLiteral("%1–%2").arg(*low).arg(*high);
}

QString DataPack::sourceNote() const
{
    QString source = m_manifest.source.trimmed();
    if (source.endsWith(QLatin1Char('.')))
        source.chop(1);
    return tr("%1, retrieved %2. © EuroGeographics for the administrative boundaries.")
        .arg(source, m_manifest.retrieved);
}

} // namespace cs
