// SPDX-License-Identifier: MIT
#include "maps/CompiledCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace cs {

namespace {

constexpr char kMagic[8] = {'C', 'S', 'C', 'A', 'C', 'H', 'E', '1'};
constexpr quint32 kFormat = 1;

struct Header
{
    char magic[8];
    quint32 format;
    quint32 reserved;
    qint64 sourceSize;
    qint64 sourceTime;
    qint64 payloadSize;
};

} // namespace

CompiledCache::CompiledCache(const QString &source)
{
    const QByteArray env = qgetenv("CLUSTERSCOPE_COMPILED_CACHE");
    m_directory = env.isEmpty() ? source + QStringLiteral(".compiled") : QString::fromLocal8Bit(env);
    std::error_code ec;
    const std::filesystem::path path(QFile::encodeName(source).toStdString());
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return;
    const auto time = std::filesystem::last_write_time(path, ec);
    if (ec)
        return;
    m_sourceSize = qint64(size);
    m_sourceTime = qint64(time.time_since_epoch().count());
}

QString CompiledCache::entryPath(const QString &name) const
{
    return QDir(m_directory).filePath(name + QStringLiteral(".bin"));
}

std::optional<CompiledCache::Entry> CompiledCache::read(const QString &name) const
{
    if (m_sourceSize < 0)
        return std::nullopt;
    auto file = std::make_unique<QFile>(entryPath(name));
    if (!file->open(QIODevice::ReadOnly) || file->size() < qint64(sizeof(Header)))
        return std::nullopt;
    // Mapped, not read: the pages come straight from the file cache, with no copy.
    const uchar *bytes = file->map(0, file->size());
    if (!bytes)
        return std::nullopt;
    Header header;
    std::memcpy(&header, bytes, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.format != kFormat ||
        header.sourceSize != m_sourceSize || header.sourceTime != m_sourceTime ||
        header.payloadSize != file->size() - qint64(sizeof header))
        return std::nullopt;
    Entry entry;
    entry.m_payload = QByteArrayView(reinterpret_cast<const char *>(bytes) + sizeof header, header.payloadSize);
    entry.m_file = std::move(file);
    return entry;
}

bool CompiledCache::write(const QString &name, const QByteArray &payload) const
{
    if (m_sourceSize < 0 || !QDir().mkpath(m_directory))
        return false;
    QSaveFile file(entryPath(name));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.format = kFormat;
    header.sourceSize = m_sourceSize;
    header.sourceTime = m_sourceTime;
    header.payloadSize = payload.size();
    file.write(reinterpret_cast<const char *>(&header), sizeof header);
    file.write(payload);
    return file.commit();
}

void CompiledCache::Writer::putString(const QString &text)
{
    put<quint32>(quint32(text.size()));
    putRaw(text.constData(), text.size() * qsizetype(sizeof(QChar)));
}

QString CompiledCache::Reader::getString()
{
    const quint32 length = get<quint32>();
    const char *chars = getRaw(qsizetype(length) * qsizetype(sizeof(QChar)));
    if (!chars)
        return {};
    QString text(qsizetype(length), Qt::Uninitialized);
    std::memcpy(text.data(), chars, size_t(length) * sizeof(QChar));
    return text;
}

} // namespace cs
