// SPDX-License-Identifier: MIT
// Issue 17, item 1: every write is all or nothing. The full-disk cases run on a real
// 256 KiB tmpfs mounted below /tmp (root only; skipped with the reason otherwise), filled
// up, so the writes fail as they do for users: the earlier file must stay byte-identical,
// no temporary file may be left, and the message must name the path and the reason.
#include "maps/ClusterData.h"
#include "maps/FigureExport.h"
#include "maps/GeoPackageExport.h"
#include "maps/MapScene.h"
#include "maps/NutsLayer.h"
#include "maps/PngWriter.h"
#include "maps/QgisProject.h"
#include "maps/SaveFile.h"
#include "maps/XlsxExport.h"
#include "tests/common/SmallFileSystem.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace cs;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char(seed + i * 7 % 251);
    return b;
}

// A device that takes `limit` bytes, then fails like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written >= m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = qMin(len, m_limit - m_written);
        m_written += n;
        return n;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

class SaveFileTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void writesAndReplaces();
    void cancelKeepsTheOldFile();
    void refusesWhatIsNoRegularFile();
    void fullDiskOneShot_data();
    void fullDiskOneShot();
    void fullDiskSmallWriteFailsAtTheFlush();
    void fullDiskStreamingThroughTheDevice();
    void fullDiskFigures_data();
    void fullDiskFigures();
    void fullDiskQgisProject();
    void fullDiskXlsx();
    void fullDiskGeoPackage();
    void pngWriterReportsAFailingDevice();
    void checkOutputPath();
    void checkInsideFolder();

private:
    // Fills the tmpfs up to the last byte; the earlier file stays.
    void fill();
    // Only `expected` (names) in the full folder: no temporary file left.
    void checkNoLeftovers(const QStringList &expected);

    QTemporaryDir m_work{QStringLiteral("/tmp/cs-savefile-XXXXXX")};
    std::unique_ptr<test::SmallFileSystem> m_small;
    QString m_full;  // the mount point, empty when the mount is impossible
    QString m_whyNoMount;
    QString m_earlier;
    QByteArray m_earlierBytes;
};

void SaveFileTest::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_small = std::make_unique<test::SmallFileSystem>();
    m_full = m_small->mountPoint();
    m_whyNoMount = m_small->whyNot();
}

void SaveFileTest::cleanupTestCase()
{
    m_small.reset(); // unmounts
}

void SaveFileTest::init()
{
    if (m_full.isEmpty())
        return;
    // Empty the file system, then an earlier good file to protect.
    for (const QString &name : QDir(m_full).entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(QDir(m_full).filePath(name));
    m_earlier = QDir(m_full).filePath(QStringLiteral("earlier.out"));
    m_earlierBytes = pattern(20000, 'a');
    QVERIFY(writeRaw(m_earlier, m_earlierBytes));
}

void SaveFileTest::fill()
{
    QFile filler(QDir(m_full).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    // The last partial page too.
    while (filler.write(block.constData(), 1) == 1) {
    }
}

void SaveFileTest::checkNoLeftovers(const QStringList &expected)
{
    QStringList names = QDir(m_full).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    QStringList want = expected;
    want.sort();
    QCOMPARE(names, want);
}

void SaveFileTest::writesAndReplaces()
{
    const QString path = m_work.filePath(QStringLiteral("a.csv"));
    QString error;
    QVERIFY2(saveFile(path, "one\n", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("one\n"));
    QVERIFY2(saveFile(path, "two\n", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("two\n"));

    SaveFile file(path);
    QVERIFY(file.open());
    QTextStream(file.device()) << "three\n";
    QVERIFY2(file.commit(), qPrintable(file.errorString()));
    QCOMPARE(readAll(path), QByteArray("three\n"));

    QVERIFY(!saveFile(m_work.filePath(QStringLiteral("missing/a.csv")), "x", &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + m_work.filePath(QStringLiteral("missing/a.csv"))),
             qPrintable(error));
}

void SaveFileTest::cancelKeepsTheOldFile()
{
    const QString path = m_work.filePath(QStringLiteral("b.svg"));
    QVERIFY(writeRaw(path, "old"));
    {
        SaveFile file(path);
        QVERIFY(file.open());
        QVERIFY(file.write("new, but the encoder failed"));
        file.fail(QStringLiteral("the encoder failed"));
        QVERIFY(!file.commit());
        QCOMPARE(file.errorString(), QStringLiteral("cannot write %1: the encoder failed").arg(path));
    }
    {
        SaveFile file(path); // destroyed without commit
        QVERIFY(file.open());
        QVERIFY(file.write("abandoned"));
    }
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(m_work.path()).entryList({QStringLiteral("b.svg*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("b.svg")});
}

void SaveFileTest::refusesWhatIsNoRegularFile()
{
    // Only looked at, never opened: SaveFile must refuse before QSaveFile would replace it.
    QString error;
    QVERIFY(!saveFile(QStringLiteral("/dev/null"), "x", &error));
    QCOMPARE(error, QStringLiteral("cannot write /dev/null: it is a device"));
    QVERIFY(QFileInfo(QStringLiteral("/dev/null")).isFile() == false);
    QVERIFY(!saveFile(m_work.path(), "x", &error));
    QVERIFY2(error.endsWith(QStringLiteral(": it is a folder")), qPrintable(error));
    const QString fifo = m_work.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!saveFile(fifo, "x", &error));
    QVERIFY2(error.endsWith(QStringLiteral(": it is a FIFO (named pipe)")), qPrintable(error));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

void SaveFileTest::fullDiskOneShot_data()
{
    QTest::addColumn<int>("size");
    QTest::addRow("small (fits the write buffer)") << 100;
    QTest::addRow("large") << 400000;
}

void SaveFileTest::fullDiskOneShot()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    QFETCH(int, size);
    fill();
    QString error;
    QVERIFY(!saveFile(m_earlier, pattern(size, 'n'), &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
    // A new file on a full disk: nothing at all is left.
    const QString fresh = QDir(m_full).filePath(QStringLiteral("new.csv"));
    QVERIFY(!saveFile(fresh, pattern(size, 'n'), &error));
    QVERIFY(!QFile::exists(fresh));
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskSmallWriteFailsAtTheFlush()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    fill();
    // A short write is buffered and "succeeds"; the disk says no only at the flush,
    // which QSaveFile::commit() alone does not check.
    SaveFile file(m_earlier);
    QVERIFY(file.open());
    QVERIFY(file.write("rank,nuts_id\n1,FR10\n"));
    QVERIFY(!file.commit());
    QCOMPARE(file.errorString(), QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskStreamingThroughTheDevice()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    // Not quite full: the first 100 KB go in, the rest does not.
    fill();
    QVERIFY(QFile::resize(QDir(m_full).filePath(QStringLiteral("filler")),
                          QFileInfo(QDir(m_full).filePath(QStringLiteral("filler"))).size() - 100000));
    SaveFile file(m_earlier);
    QVERIFY(file.open());
    {
        QTextStream out(file.device());
        for (int i = 0; i < 20000; ++i)
            out << "FR10,C,2015," << i << '\n';
    }
    QVERIFY(!file.commit());
    QCOMPARE(file.errorString(), QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskFigures_data()
{
    QTest::addColumn<int>("format");
    QTest::addRow("png") << int(FigureOptions::Format::Png);
    QTest::addRow("svg") << int(FigureOptions::Format::Svg);
    QTest::addRow("pdf") << int(FigureOptions::Format::Pdf);
}

void SaveFileTest::fullDiskFigures()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    QFETCH(int, format);
    fill();
    MapScene scene;
    scene.title = QStringLiteral("Full disk");
    FigureOptions options;
    options.format = FigureOptions::Format(format);
    options.pixelSize = QSize(64, 48); // a small figure: all of it fits the write buffer
    QString error;
    QVERIFY(!FigureExport::write(scene, options, m_earlier, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskQgisProject()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    fill();
    QgisProject::Input input;
    input.geoPackage = m_work.filePath(QStringLiteral("scores.gpkg"));
    input.layerName = QStringLiteral("clusterscope_c28");
    const MapScene scene;
    input.scene = &scene;
    QString error;
    QVERIFY(!QgisProject::write(input, m_earlier, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskXlsx()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    fill();
    XlsxSheet sheet;
    sheet.name = QStringLiteral("scores");
    sheet.textColumns = {QStringLiteral("nuts_id")};
    sheet.numberColumns = {QStringLiteral("lq")};
    sheet.texts = {{QStringLiteral("FR10")}, {QStringLiteral("ITC4")}};
    sheet.numbers = {{1.5}, {0.75}};
    QString error;
    QVERIFY(!XlsxExport::write({sheet}, m_earlier, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(m_earlier));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
}

void SaveFileTest::fullDiskGeoPackage()
{
    if (m_full.isEmpty())
        QSKIP(qPrintable(m_whyNoMount));
    const ClusterData data = ClusterData::embeddedDefault();
    const GeoPackageExport::Input input{&data, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015},
                                        {2013, 2, NutsLayer::Scale::M10}, QString(), QString(), QString(), nullptr};
    QString error;
    // Not full yet: the file system is too small for 320 regions all the same.
    QVERIFY(!GeoPackageExport::write(input, m_earlier, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(m_earlier)), qPrintable(error));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out")});
    fill();
    QVERIFY(!GeoPackageExport::write(input, m_earlier, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(m_earlier)), qPrintable(error));
    QCOMPARE(readAll(m_earlier), m_earlierBytes);
    checkNoLeftovers({QStringLiteral("earlier.out"), QStringLiteral("filler")});
    // The boundaries it reads cannot be its output.
    const QString boundaries = NutsLayer::defaultCachePath();
    const QByteArray before = QFileInfo(boundaries).lastModified().toString(Qt::ISODateWithMs).toUtf8();
    QVERIFY(!GeoPackageExport::write(input, boundaries, &error));
    QVERIFY2(error.contains(QStringLiteral("it is the input")), qPrintable(error));
    QCOMPARE(QFileInfo(boundaries).lastModified().toString(Qt::ISODateWithMs).toUtf8(), before);
}

void SaveFileTest::pngWriterReportsAFailingDevice()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (qint64 limit : {0, 8, 40, 200}) {
        FailingDevice device(limit);
        QVERIFY2(!PngWriter::encode(image, &device), qPrintable(QString::number(limit)));
    }
}

void SaveFileTest::checkOutputPath()
{
    const QString data = m_work.filePath(QStringLiteral("data.csv"));
    const QString gpkg = m_work.filePath(QStringLiteral("nuts.gpkg"));
    QVERIFY(writeRaw(data, "geo,value\n"));
    QVERIFY(writeRaw(gpkg, "SQLite format 3"));
    QVERIFY(writeRaw(gpkg + QStringLiteral("-wal"), "wal"));
    const QStringList inputs = {data, QString(), gpkg, m_work.filePath(QStringLiteral("missing.csv"))};
    QString error;

    QVERIFY2(cs::checkOutputPath(m_work.filePath(QStringLiteral("new.png")), inputs, &error), qPrintable(error));
    QVERIFY(cs::checkOutputPath(QStringLiteral("-"), inputs, &error));
    QVERIFY(cs::checkOutputPath(gpkg + QStringLiteral("-shm"), inputs, &error));

    QVERIFY(!cs::checkOutputPath(data, inputs, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: it is the input %1; writing it would destroy it, "
                                   "choose another output")
                        .arg(data));
    QVERIFY(!cs::checkOutputPath(gpkg, inputs, &error));
    // The same file under another name: "..", a symlink, a hard link.
    QVERIFY(!cs::checkOutputPath(m_work.filePath(QStringLiteral("sub/../data.csv")), inputs, &error) ||
            !QDir(m_work.path()).exists(QStringLiteral("sub")));
    QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("sub"))));
    QVERIFY(!cs::checkOutputPath(m_work.filePath(QStringLiteral("sub/../data.csv")), inputs, &error));
    const QString link = m_work.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(data, link));
    QVERIFY(!cs::checkOutputPath(link, inputs, &error));
    QVERIFY(!cs::checkOutputPath(data, {link}, &error));
    const QString hard = m_work.filePath(QStringLiteral("hard.csv"));
    QCOMPARE(::link(QFile::encodeName(data).constData(), QFile::encodeName(hard).constData()), 0);
    QVERIFY(!cs::checkOutputPath(hard, inputs, &error));

    // Devices, FIFOs, sockets, folders: refused, whatever the inputs.
    QVERIFY(!cs::checkOutputPath(QStringLiteral("/dev/null"), {}, &error));
    QCOMPARE(error, QStringLiteral("cannot write /dev/null: it is a device"));
    QVERIFY(!cs::checkOutputPath(QStringLiteral("/dev/stdout"), {}, &error) ||
            !QFileInfo::exists(QStringLiteral("/dev/stdout")));
    QVERIFY(!cs::checkOutputPath(m_work.path(), {}, &error));
    QVERIFY2(error.endsWith(QStringLiteral("it is a folder")), qPrintable(error));
    const QString fifo = m_work.filePath(QStringLiteral("out.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!cs::checkOutputPath(fifo, {}, &error));
    QVERIFY2(error.endsWith(QStringLiteral("it is a FIFO (named pipe)")), qPrintable(error));
    const QString socketPath = m_work.filePath(QStringLiteral("s.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
    std::copy_n(encoded.constData(), encoded.size(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QVERIFY(!cs::checkOutputPath(socketPath, {}, &error));
    QVERIFY2(error.endsWith(QStringLiteral("it is a socket")), qPrintable(error));
    ::close(fd);
}

void SaveFileTest::checkInsideFolder()
{
    const QString spec = m_work.filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(spec + QStringLiteral("/figures")));
    QString error;
    QVERIFY2(cs::checkInsideFolder(spec + QStringLiteral("/a.png"), spec, &error), qPrintable(error));
    QVERIFY(cs::checkInsideFolder(spec + QStringLiteral("/figures/new/a.png"), spec, &error));
    QVERIFY(cs::checkInsideFolder(spec + QStringLiteral("/figures/../a.png"), spec, &error));
    QVERIFY(!cs::checkInsideFolder(spec + QStringLiteral("/../a.png"), spec, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: it is outside the folder %2")
                        .arg(m_work.filePath(QStringLiteral("a.png")), spec));
    QVERIFY(!cs::checkInsideFolder(spec + QStringLiteral("-other/a.png"), spec, &error));
    QVERIFY(!cs::checkInsideFolder(QStringLiteral("/etc/a.png"), spec, &error));
    QVERIFY(!cs::checkInsideFolder(spec, spec, &error));
    // A symlinked folder that leads out is outside, too.
    QVERIFY(QFile::link(m_work.path(), spec + QStringLiteral("/up")));
    QVERIFY(!cs::checkInsideFolder(spec + QStringLiteral("/up/a.png"), spec, &error));
}

QTEST_MAIN(SaveFileTest)
#include "SaveFileTest.moc"
