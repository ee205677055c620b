// SPDX-License-Identifier: MIT
// Issue 17, item 4: compiled entries check themselves. An entry whose payload or source
// changed (even with the source's size and time kept) reads as absent, so the caller
// rebuilds it; a FIFO in an entry's place neither blocks a read nor stops the rewrite.
#include "maps/CompiledCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cs;

namespace {

// Not a speed target (those live in tests/bench): a bound that only a hang (a reader
// that slurps a bomb, a FIFO that waits for a writer) exceeds, even under ASan on a
// loaded machine; the refused input itself is checked separately.
constexpr qint64 kNoHangMs = 30000;

QByteArray payload()
{
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes += char(i * 7 % 251);
    return bytes;
}

// Rewrites `path` with `bytes`, keeping its modification time (same size: a change the
// size and time alone cannot see).
void overwriteKeepingTime(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QDateTime time = file.fileTime(QFileDevice::FileModificationTime);
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

class CompiledCacheTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CLUSTERSCOPE_COMPILED_CACHE",
                QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
        m_source = m_dir.filePath(QStringLiteral("source.gpkg"));
        QFile file(m_source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'g'));
    }

    void roundTrip()
    {
        const CompiledCache cache(m_source);
        QVERIFY(cache.write(QStringLiteral("e"), payload()));
        const auto entry = cache.read(QStringLiteral("e"));
        QVERIFY(entry);
        QCOMPARE(entry->payload().toByteArray(), payload());
    }

    // A region name or a coordinate changed in the entry: absent, then rebuilt.
    void changedPayloadIsRebuilt()
    {
        const CompiledCache cache(m_source);
        QVERIFY(cache.write(QStringLiteral("e"), payload()));
        const QString path = cache.entryPath(QStringLiteral("e"));
        overwriteKeepingTime(path, QFileInfo(path).size() - 5000, "X");
        QVERIFY(!cache.read(QStringLiteral("e")));
        QVERIFY(cache.write(QStringLiteral("e"), payload()));
        QVERIFY(cache.read(QStringLiteral("e")));
    }

    // The source changed at its start or end with its size and time kept.
    void changedSourceIsStale()
    {
        for (const qint64 at : {qint64(24), qint64(300 * 1024 - 10)}) {
            QVERIFY(CompiledCache(m_source).write(QStringLiteral("e"), payload()));
            QVERIFY(CompiledCache(m_source).read(QStringLiteral("e")));
            overwriteKeepingTime(m_source, at, "changed");
            QVERIFY(!CompiledCache(m_source).read(QStringLiteral("e")));
        }
    }

    void fifoDoesNotBlock()
    {
        const CompiledCache cache(m_source);
        QVERIFY(cache.write(QStringLiteral("e"), payload()));
        const QString path = cache.entryPath(QStringLiteral("e"));
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!cache.read(QStringLiteral("e"))); // would wait for a writer forever
        QVERIFY(timer.elapsed() < kNoHangMs);
        QVERIFY(cache.write(QStringLiteral("e"), payload()));
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(cache.read(QStringLiteral("e")));
    }
};

QTEST_GUILESS_MAIN(CompiledCacheTest)
#include "CompiledCacheTest.moc"
