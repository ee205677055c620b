// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <type_traits>

namespace cs {

// Files derived from a source file (the NUTS GeoPackage, the world countries) in a form
// that reads without GDAL: a figure drawn from them starts and finishes without loading
// GDAL's ~150 libraries (see GdalHandles.h). An entry is valid while its source keeps
// the size, modification time and checksum it had when the entry was written; a stale, truncated
// or foreign file reads as absent, and the caller reads the source again and rewrites
// the entry. Entries live in CLUSTERSCOPE_COMPILED_CACHE, else in "<source>.compiled/"
// beside the source; when that folder cannot be written, nothing is cached. Each entry
// carries checksums of its payload and of its source: an entry whose content or source
// changed reads as absent (and is rebuilt), and only regular files are opened as entries.
class CompiledCache
{
public:
    explicit CompiledCache(const QString &source);

    QString directory() const { return m_directory; }
    QString entryPath(const QString &name) const;

    // A current entry, its file mapped into memory while this lives.
    class Entry
    {
    public:
        QByteArrayView payload() const { return m_payload; }

    private:
        friend class CompiledCache;
        std::unique_ptr<QFile> m_file;
        QByteArrayView m_payload;
    };
    // Entry `name` if it is current.
    std::optional<Entry> read(const QString &name) const;
    // Writes entry `name` all or nothing (SaveFile); false if it could not be written.
    bool write(const QString &name, const QByteArray &payload) const;

    // Little-endian-as-the-machine building blocks for payloads.
    class Writer
    {
    public:
        template <typename T> void put(T value)
        {
            static_assert(std::is_trivially_copyable_v<T>);
            m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
        }
        void putString(const QString &text);
        void putRaw(const void *data, qsizetype bytes) { m_bytes.append(static_cast<const char *>(data), bytes); }
        const QByteArray &bytes() const { return m_bytes; }

    private:
        QByteArray m_bytes;
    };
    // Reads what a Writer wrote; every read is bounds-checked, and after the first
    // failed one ok() is false and every further read returns zero.
    class Reader
    {
    public:
        explicit Reader(QByteArrayView bytes) : m_data(bytes.data()), m_size(bytes.size()) {}
        template <typename T> T get()
        {
            static_assert(std::is_trivially_copyable_v<T>);
            T value{};
            if (take(sizeof value))
                std::memcpy(&value, m_data + m_pos - qsizetype(sizeof value), sizeof value);
            return value;
        }
        QString getString();
        // The next `bytes` bytes, or null when fewer remain.
        const char *getRaw(qsizetype bytes) { return take(bytes) ? m_data + m_pos - bytes : nullptr; }
        bool ok() const { return m_ok; }
        bool atEnd() const { return m_ok && m_pos == m_size; }

    private:
        bool take(qsizetype bytes)
        {
            if (!m_ok || bytes < 0 || bytes > m_size - m_pos)
                return m_ok = false;
            m_pos += bytes;
            return true;
        }
        const char *m_data;
        qsizetype m_size;
        qsizetype m_pos = 0;
        bool m_ok = true;
    };

private:
    QString m_directory;
    qint64 m_sourceSize = -1;
    qint64 m_sourceTime = 0;
    quint32 m_sourceChecksum = 0;
};

} // namespace cs
