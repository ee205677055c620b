// SPDX-License-Identifier: MIT
// Issue 17, item 6: every input the libFuzzer targets (tests/fuzz) found a problem with is
// kept in tests/maps/data/fuzz-regressions and replayed here through all four readers,
// in the plain and the ASan/UBSan build: each call must return, and a failure must say
// why. The first byte of a file picks the reader options as in tests/fuzz/FuzzInput.h.
// Each file is read in a process of its own whose address space is capped (plain builds
// only; ASan needs terabytes of it), so a reader that asks for gigabytes fails here, not
// on a small machine.
#include "maps/EurostatTable.h"
#include "maps/JsonStatReader.h"
#include "maps/SdmxCsvReader.h"
#include "maps/TableReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/resource.h>

using namespace cs;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

// 0 when every reader kept its contract on `input`; else what went wrong (in the child).
int readAll(const QByteArray &input, const QString &path)
{
    const fuzz::Input in = fuzz::split(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    const auto broken = [](const StatTable &t) { return !t.ok && t.problems.isEmpty(); };
    if (broken(EurostatTable::parse(in.bytes, QStringLiteral("fuzz"), in.eurostat)))
        return 10;
    if (broken(SdmxCsvReader::parse(in.bytes, QStringLiteral("fuzz"), in.eurostat)))
        return 11;
    if (broken(JsonStatReader::parse(in.bytes, QStringLiteral("fuzz"), in.eurostat)))
        return 12;
    if (broken(TableReader::parseLong(in.bytes, QStringLiteral("fuzz"), in.table)))
        return 13;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(in.bytes) != in.bytes.size())
        return 20;
    file.close();
    if (broken(TableReader::read(path, in.table)))
        return 14;
    return 0;
}

} // namespace

class FuzzRegressionTest : public QObject
{
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/fuzz-regressions"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        if (names.isEmpty())
            QTest::newRow("no reproducers yet") << QString();
    }

    void replay()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("tests/maps/data/fuzz-regressions is empty");
        // In a process of its own: a crash or a failed allocation fails this row only.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--replay"), path});
        QVERIFY(child.waitForFinished(60000));
        const bool exited = child.exitStatus() == QProcess::NormalExit;
        QVERIFY2(exited && child.exitCode() == 0,
                 qPrintable(exited ? QStringLiteral("exit code %1").arg(child.exitCode())
                                   : QStringLiteral("crashed: %1").arg(QString::fromLocal8Bit(
                                         child.readAllStandardError().right(400)))));
    }
};

// `FuzzRegressionTest --replay FILE`: one input through every reader, in this process
// (with its address space capped in plain builds); the exit code says which reader failed.
int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--replay") == 0) {
        if (!kAsan) {
            const rlimit cap{rlim_t(1) << 30, rlim_t(1) << 30}; // 1 GiB of address space
            ::setrlimit(RLIMIT_AS, &cap);
        }
        QFile file(QFile::decodeName(argv[2]));
        if (!file.open(QIODevice::ReadOnly))
            return 30;
        const QByteArray input = file.readAll();
        QTemporaryDir dir;
        return readAll(input, dir.filePath(QStringLiteral("input.csv")));
    }
    QCoreApplication app(argc, argv);
    FuzzRegressionTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "FuzzRegressionTest.moc"
