// SPDX-License-Identifier: MIT
// Data packs (issue 21): the built-in packs against the bytes they describe, a write/read
// round trip, and every refusal naming what is wrong.
#include "maps/DataPack.h"
#include "maps/ClusterData.h"
#include "maps/TableImport.h"
#include "maps/TableReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cctype>
#include <cmath>

using namespace cs;

namespace {

const QString kSourceTree = QStringLiteral(CS_TEST_DATA_DIR "/../../..");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A copy of a built-in pack on disk: pack.json and its data file, byte for byte.
QString copyBuiltIn(const QString &key, const QString &folder)
{
    QString error;
    const std::optional<DataPack> pack = DataPack::read(DataPack::builtInPath(key), &error);
    if (!pack || !QDir().mkpath(folder))
        return {};
    const QString json = DataPack::builtInPath(key) + QStringLiteral("/pack.json");
    if (!writeAll(folder + QStringLiteral("/pack.json"), readAll(json)) ||
        !writeAll(folder + QLatin1Char('/') + pack->manifest().files[0].name,
                  readAll(pack->dataFile())))
        return {};
    return folder;
}

} // namespace

class DataPackTest : public QObject
{
    Q_OBJECT
private slots:
    // Every built-in pack opens; their checksums are those of the bytes in the resources,
    // which are the files of resources/data; the metadata match SOURCE.md.
    void builtInPacksMatchTheirBytes()
    {
        const QStringList keys = ClusterData::embeddedKeys();
        QCOMPARE(DataPack::builtInPaths().size(), keys.size());
        for (const QString &key : keys) {
            QString error;
            const std::optional<DataPack> pack = DataPack::read(DataPack::builtInPath(key), &error);
            QVERIFY2(pack, qPrintable(error));
            QVERIFY(pack->isBuiltIn());
            QCOMPARE(pack->builtInKey(), key);
            QCOMPARE(pack->manifest().files.size(), 1);
            const DataPack::File &file = pack->manifest().files[0];
            const QByteArray resource = readAll(pack->dataFile());
            QVERIFY(!resource.isEmpty());
            QCOMPARE(sha256(resource), file.sha256);
            QCOMPARE(qint64(resource.size()), file.bytes);
            QCOMPARE(resource,
                     readAll(kSourceTree + QStringLiteral("/resources/data/") + file.name));
            QCOMPARE(readAll(DataPack::builtInPath(key) + QStringLiteral("/pack.json")),
                     readAll(kSourceTree +
                             QStringLiteral("/resources/packs/%1.cspack/pack.json").arg(key)));
            QCOMPARE(pack->manifest().nutsVersion, 2013);
            QVERIFY(pack->manifest().licence.contains(QStringLiteral("2011/833/EU")));
            QVERIFY(pack->manifest().source.contains(pack->manifest().dataset));
            QVERIFY(ClusterData::embedded(key).isValid());
            // The years pack.json states are the years of the data.
            QCOMPARE(ClusterData::embedded(key).years(), pack->manifest().years);
            // Only the wage series brings wages (the relative wage, the productivity star).
            QCOMPARE(ClusterData::embedded(key).hasWages(), key == QLatin1String("sbs-wages"));
        }
        QString error;
        const std::optional<DataPack> lfs =
            DataPack::read(DataPack::builtInPath(QStringLiteral("lfs")), &error);
        QCOMPARE(lfs->manifest().retrieved, QStringLiteral("2017-05-02"));
        QCOMPARE(lfs->manifest().provenance.value(QStringLiteral("commit")).toString(),
                 QStringLiteral("9f8c1ba7199443773add324566e159661c2bd18c"));
        QCOMPARE(lfs->yearsText(), QStringLiteral("2008–2015"));
        const std::optional<DataPack> sbs =
            DataPack::read(DataPack::builtInPath(QStringLiteral("sbs")), &error);
        QCOMPARE(sbs->manifest().provenance.value(QStringLiteral("commit")).toString(),
                 QStringLiteral("3d4e1ae20b94c349a9772949730f2cb3414c006b"));
        const QList<ListedPack> installed = DataPack::installed();
        QVERIFY(installed.size() >= 2);
        QCOMPARE(installed[0].path, DataPack::builtInPath(QStringLiteral("sbs")));
        QVERIFY(installed[0].pack && installed[1].pack);
    }

    // write() copies the files as they are, describes them, and read() gives the same
    // manifest back; a second write replaces the pack and leaves no temporary folder.
    // The wage series' last year (2015) covers 17 countries: the map opens on the latest
    // year in which at least 90 % as many regions report persons employed as in the best
    // year, counted here from the file's own lines (value cells that start with a digit).
    void openingYearIsWellCovered()
    {
        QFile file(kSourceTree + QStringLiteral("/resources/data/sbs_r_nuts06_r2_nuts2_div_emp_wages.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = file.readLine().trimmed().split('\t');
        QList<QSet<QByteArray>> regions(header.size());
        while (!file.atEnd()) {
            const QList<QByteArray> cells = file.readLine().split('\t');
            const QList<QByteArray> key = cells.value(0).split(',');
            if (key.value(1) != "V16110")
                continue;
            for (int c = 1; c < cells.size() && c < header.size(); ++c)
                if (!cells[c].isEmpty() && std::isdigit(static_cast<unsigned char>(cells[c][0])))
                    regions[c].insert(key.value(2));
        }
        int best = 0;
        for (int c = 1; c < header.size(); ++c)
            best = std::max(best, int(regions[c].size()));
        int expected = 0; // the latest well-covered year (columns run from the latest down)
        for (int c = 1; c < header.size() && expected == 0; ++c)
            if (10 * regions[c].size() >= 9 * best)
                expected = header[c].trimmed().toInt();
        QVERIFY(expected >= 2008 && expected <= 2015);
        const ClusterData wages = ClusterData::embedded(QStringLiteral("sbs-wages"));
        QCOMPARE(wages.defaultYear(), expected);
        QVERIFY(wages.defaultYear() < wages.years().last()); // 2015 is not it
        // One-year and complete data open on their last year.
        QCOMPARE(ClusterData::embedded(QStringLiteral("sbs")).defaultYear(), 2015);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("download.tsv"));
        QVERIFY(writeAll(
            source,
            readAll(kSourceTree + QStringLiteral("/resources/data/lfst_r_lfe2en2_y_ge15.tsv"))));
        DataPack::Manifest m;
        m.title = QStringLiteral("LFS test pack");
        m.dataset = QStringLiteral("lfst_r_lfe2en2");
        m.query = QStringLiteral("https://example.invalid/lfst_r_lfe2en2?unit=THS");
        m.measure = QStringLiteral("employment");
        m.unit = QStringLiteral("persons");
        m.nutsVersion = 2013;
        m.years = {2008, 2015};
        m.retrieved = QStringLiteral("2026-12-03");
        m.source = QStringLiteral("Source: Eurostat (lfst_r_lfe2en2)");
        m.licence = QStringLiteral("© European Union");
        m.provenance = QJsonObject{{QStringLiteral("url"), m.query}};
        m.filter = QStringLiteral("age=Y_GE15,unit=THS");
        m.scale = 1000;
        m.files.append(
            {QStringLiteral("values.tsv"), QStringLiteral("eurostat-tsv"), 0, QString()});
        const QString folder = dir.filePath(QStringLiteral("packs/lfs_test.cspack"));
        QString error;
        QVERIFY2(DataPack::write(folder, m, {source}, &error), qPrintable(error));
        const std::optional<DataPack> pack = DataPack::read(folder, &error);
        QVERIFY2(pack, qPrintable(error));
        QCOMPARE(pack->name(), QStringLiteral("lfs_test"));
        QVERIFY(!pack->isBuiltIn());
        const DataPack::Manifest &r = pack->manifest();
        QCOMPARE(r.title, m.title);
        QCOMPARE(r.dataset, m.dataset);
        QCOMPARE(r.query, m.query);
        QCOMPARE(r.measure, m.measure);
        QCOMPARE(r.unit, m.unit);
        QCOMPARE(r.nutsVersion, 2013);
        QCOMPARE(r.years, m.years);
        QCOMPARE(r.retrieved, m.retrieved);
        QCOMPARE(r.source, m.source);
        QCOMPARE(r.licence, m.licence);
        QCOMPARE(r.provenance, m.provenance);
        QCOMPARE(r.filter, m.filter);
        QCOMPARE(r.scale, 1000.0);
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files[0].name, QStringLiteral("values.tsv"));
        QCOMPARE(readAll(pack->dataFile()), readAll(source));
        QCOMPARE(r.files[0].sha256, sha256(readAll(source)));
        QCOMPARE(r.files[0].bytes, QFileInfo(source).size());
        // Reading pack.json by its own path is the same.
        QVERIFY(DataPack::read(folder + QStringLiteral("/pack.json"), &error));
        QVERIFY(DataPack::isPack(folder) &&
                DataPack::isPack(folder + QStringLiteral("/pack.json")));
        QVERIFY(!DataPack::isPack(source));

        // The pack's values read with its options are the embedded LFS data.
        TableReader::Options options;
        options.eurostat.filters = {{QStringLiteral("age"), QStringLiteral("Y_GE15")},
                                    {QStringLiteral("unit"), QStringLiteral("THS")}};
        options.eurostat.scale = r.scale;
        StatTable table = TableReader::read(pack->dataFile(), options);
        const ClusterData fromPack =
            TableImport::toClusterData(table, r.nutsVersion, pack->sourceNote());
        const ClusterData embedded = ClusterData::embedded(QStringLiteral("lfs"));
        QCOMPARE(fromPack.years(), embedded.years());
        const Scores a =
            fromPack.compute({2, QStringLiteral("F"), Indicator::LocationQuotient, 2015});
        const Scores b =
            embedded.compute({2, QStringLiteral("F"), Indicator::LocationQuotient, 2015});
        QCOMPARE(a.regions, b.regions);
        QVERIFY(a.regions.size() > 250);
        for (qsizetype i = 0; i < a.values.size(); ++i)
            QVERIFY(a.values[i] == b.values[i] ||
                    (std::isnan(a.values[i]) && std::isnan(b.values[i])));
        QVERIFY(fromPack.sourceNote().startsWith(
            QStringLiteral("Source: Eurostat (lfst_r_lfe2en2), retrieved 2026-12-03.")));

        // Again under the same name: replaced, nothing else left beside it.
        m.retrieved = QStringLiteral("2026-12-04");
        QVERIFY2(DataPack::write(folder, m, {source}, &error), qPrintable(error));
        QCOMPARE(DataPack::read(folder, &error)->manifest().retrieved,
                 QStringLiteral("2026-12-04"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("packs")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("lfs_test.cspack")});
    }

    // One changed byte of a copied pack: refused, naming the pack's file and both sums.
    void changedByteRefused()
    {
        QTemporaryDir dir;
        const QString folder =
            copyBuiltIn(QStringLiteral("sbs"), dir.filePath(QStringLiteral("sbs.cspack")));
        QVERIFY(!folder.isEmpty());
        QString error;
        QVERIFY2(DataPack::read(folder, &error), qPrintable(error));
        const QString data = folder + QStringLiteral("/sbs_r_nuts06_r2_2015_employed.csv");
        QByteArray bytes = readAll(data);
        const QString expected = sha256(bytes);
        bytes[1000] = bytes[1000] == '1' ? '2' : '1';
        QVERIFY(writeAll(data, bytes));
        QVERIFY(!DataPack::read(folder, &error));
        QCOMPARE(error, QStringLiteral(
                            "sbs.cspack/sbs_r_nuts06_r2_2015_employed.csv: checksum differs from "
                            "pack.json (expected %1, found %2)")
                            .arg(expected, sha256(bytes)));
        // Cut short: the size is named first.
        QVERIFY(writeAll(data, bytes.left(100)));
        QVERIFY(!DataPack::read(folder, &error));
        QVERIFY2(error.contains(
                     QStringLiteral("sbs.cspack/sbs_r_nuts06_r2_2015_employed.csv: size differs")),
                 qPrintable(error));
        QVERIFY(QFile::remove(data));
        QVERIFY(!DataPack::read(folder, &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("sbs.cspack/sbs_r_nuts06_r2_2015_employed.csv: missing")),
                 qPrintable(error));
        // The list shows it with the reason.
        const QList<ListedPack> listed = DataPack::installed({folder});
        QVERIFY(!listed.last().pack);
        QVERIFY(listed.last().error.contains(QStringLiteral("missing")));
    }

    // A truncated pack.json names its line and column; a missing key or an unknown
    // version names the key; a file name leading out of the pack is refused.
    void badManifestRefused()
    {
        QTemporaryDir dir;
        const QString folder =
            copyBuiltIn(QStringLiteral("lfs"), dir.filePath(QStringLiteral("lfs.cspack")));
        QVERIFY(!folder.isEmpty());
        const QString manifest = folder + QStringLiteral("/pack.json");
        const QByteArray original = readAll(manifest);
        QString error;

        const QByteArray cut = original.left(original.indexOf("\"measure\""));
        QVERIFY(writeAll(manifest, cut));
        QVERIFY(!DataPack::read(folder, &error));
        const int line = int(cut.count('\n')) + 1;
        QVERIFY2(error.startsWith(QStringLiteral("lfs.cspack/pack.json:%1:").arg(line)),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));

        QJsonObject json = QJsonDocument::fromJson(original).object();
        for (const QString &key :
             {QStringLiteral("retrieved"), QStringLiteral("licence"), QStringLiteral("files"),
              QStringLiteral("nuts_version"), QStringLiteral("version")}) {
            QJsonObject without = json;
            without.remove(key);
            QVERIFY(writeAll(manifest, QJsonDocument(without).toJson()));
            QVERIFY(!DataPack::read(folder, &error));
            QCOMPARE(error, QStringLiteral("lfs.cspack/pack.json: missing key \"%1\"").arg(key));
        }
        QJsonObject newer = json;
        newer.insert(QStringLiteral("version"), 2);
        QVERIFY(writeAll(manifest, QJsonDocument(newer).toJson()));
        QVERIFY(!DataPack::read(folder, &error));
        QVERIFY2(error.contains(QStringLiteral("\"version\": version 2 is not supported")),
                 qPrintable(error));

        QJsonObject badDate = json;
        badDate.insert(QStringLiteral("retrieved"), QStringLiteral("spring 2017"));
        QVERIFY(writeAll(manifest, QJsonDocument(badDate).toJson()));
        QVERIFY(!DataPack::read(folder, &error));
        QVERIFY2(error.contains(QStringLiteral("key \"retrieved\"")), qPrintable(error));

        QJsonObject escape = json;
        QJsonArray files = escape.value(QStringLiteral("files")).toArray();
        QJsonObject first = files[0].toObject();
        first.insert(QStringLiteral("name"),
                     QStringLiteral("../lfs.cspack/lfst_r_lfe2en2_y_ge15.tsv"));
        files[0] = first;
        escape.insert(QStringLiteral("files"), files);
        QVERIFY(writeAll(manifest, QJsonDocument(escape).toJson()));
        QVERIFY(!DataPack::read(folder, &error));
        QVERIFY2(error.contains(QStringLiteral("files[0]: key \"name\"")), qPrintable(error));

        QVERIFY(writeAll(manifest, original));
        QVERIFY2(DataPack::read(folder, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(DataPackTest)
#include "DataPackTest.moc"
