// SPDX-License-Identifier: MIT
#include "maps/CompiledCache.h"

#include "maps/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <filesystem>
#include <system_error>

namespace cs {

namespace {

constexpr char kMagic[8] = {'C', 'S', 'C', 'A', 'C', 'H', 'E', '1'};
constexpr quint32 kFormat = 2; // 2: checksums of the payload and of the source
// The source's checksum covers its first and last 64 KiB (with its size and time): a
// changed GeoPackage differs there (SQLite keeps a change counter in its first page),
// and reading 128 KiB costs nothing next to the 60 MB a full checksum would read.
constexpr qint64 kSourceSample = 64 * 1024;

struct Header
{
    char magic[8];
    quint32 format;
    quint32 payloadChecksum; // CRC-32 of the payload
    qint64 sourceSize;
    qint64 sourceTime;
    qint64 payloadSize;
    quint32 sourceChecksum;
    quint32 reserved;
};

quint32 crc(quint32 crc, const void *data, qint64 size)
{
    return quint32(crc32_z(crc, static_cast<const Bytef *>(data), size_t(size)));
}

// Only regular files are opened: opening a FIFO or a device put in the cache's place
// would block or never end.
bool isRegularFile(const QString &path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(QFile::encodeName(path).toStdString(), ec);
}

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
    QFile file(source);
    if (!isRegularFile(source) || !file.open(QIODevice::ReadOnly))
        return;
    QByteArray sample = file.read(kSourceSample);
    if (qint64(size) > 2 * kSourceSample && file.seek(qint64(size) - kSourceSample))
        sample += file.read(kSourceSample);
    m_sourceSize = qint64(size);
    m_sourceTime = qint64(time.time_since_epoch().count());
    m_sourceChecksum = crc(crc(0, &m_sourceSize, sizeof m_sourceSize), sample.constData(), sample.size());
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
    if (!isRegularFile(file->fileName()) || !file->open(QIODevice::ReadOnly) ||
        file->size() < qint64(sizeof(Header)))
        return std::nullopt;
    // Mapped, not read: the pages come straight from the file cache, with no copy.
    const uchar *bytes = file->map(0, file->size());
    if (!bytes)
        return std::nullopt;
    Header header;
    std::memcpy(&header, bytes, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.format != kFormat ||
        header.sourceSize != m_sourceSize || header.sourceTime != m_sourceTime ||
        header.sourceChecksum != m_sourceChecksum ||
        header.payloadSize != file->size() - qint64(sizeof header))
        return std::nullopt;
    const QByteArrayView payload(reinterpret_cast<const char *>(bytes) + sizeof header, header.payloadSize);
    // An entry edited or damaged after it was written reads as absent and is rebuilt.
    if (crc(0, payload.data(), payload.size()) != header.payloadChecksum)
        return std::nullopt;
    Entry entry;
    entry.m_payload = payload;
    entry.m_file = std::move(file);
    return entry;
}

bool CompiledCache::write(const QString &name, const QByteArray &payload) const
{
    if (m_sourceSize < 0 || !QDir().mkpath(m_directory))
        return false;
    // Something else in the entry's place (a FIFO, a device) is removed, so the entry can
    // be written again (SaveFile refuses to replace it).
    const QString path = entryPath(name);
    if (QFileInfo::exists(path) && !isRegularFile(path) && !QFile::remove(path))
        return false;
    SaveFile file(path); // a cut entry would be read as a valid one
    if (!file.open())
        return false;
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.format = kFormat;
    header.sourceSize = m_sourceSize;
    header.sourceTime = m_sourceTime;
    header.sourceChecksum = m_sourceChecksum;
    header.payloadSize = payload.size();
    header.payloadChecksum = crc(0, payload.constData(), payload.size());
    return file.write(reinterpret_cast<const char *>(&header), sizeof header) && file.write(payload) &&
           file.commit();
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
