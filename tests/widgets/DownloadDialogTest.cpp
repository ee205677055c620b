// SPDX-License-Identifier: MIT
#include "widgets/DownloadDialog.h"
#include "maps/DataPack.h"
#include "maps/TableReader.h"
#include "tests/common/RecordedEurostatServer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cs;

namespace {

constexpr int kWaitMs = 5000;

} // namespace

class DownloadDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::RecordedEurostatServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<EurostatClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setCacheDirectory(m_cache->path());
        m_client->setTimeout(1000);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_cache.reset();
    }

    // Download: the bar reaches 100 %, the dialog is accepted with the table; a second
    // time the cache answers, with the server gone.
    void downloadsAndCaches()
    {
        QVERIFY(!test::RecordedEurostatServer::recorded("lfst_r_lfe2en2_sdmx10.csv").isEmpty());
        DownloadDialog dialog(m_client.get());
        dialog.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        dialog.show();
        QVERIFY(dialog.statusText().contains(QStringLiteral("Not in the cache")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(!dialog.downloadButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(accepted.wait(kWaitMs));
        QCOMPARE(dialog.progressBar()->value(), 100);
        QVERIFY(dialog.result());
        QVERIFY(dialog.result()->table.ok);
        QCOMPARE(dialog.result()->table.records.size(), 12);
        QVERIFY(!dialog.result()->fromCache);
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Downloaded 12 value")));
        QCOMPARE(m_server->requestCount(), 1);

        m_server->close();
        DownloadDialog again(m_client.get());
        again.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        QVERIFY2(again.statusText().contains(QStringLiteral("is in the cache")), qPrintable(again.statusText()));
        QSignalSpy acceptedAgain(&again, &QDialog::accepted);
        again.start();
        QVERIFY(acceptedAgain.wait(kWaitMs));
        QVERIFY(again.result()->fromCache);
        QCOMPARE(again.result()->table.records.size(), 12);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // Issue 21: what was fetched is kept as a dated data pack: the file byte for byte,
    // its checksum, the dataset, URL, filters and today's date; it opens with the same
    // values. Without a pack folder (default) nothing is written.
    void downloadKeptAsPack()
    {
        QTemporaryDir packs;
        DownloadDialog dialog(m_client.get());
        dialog.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        dialog.setPackDirectory(packs.filePath(QStringLiteral("packs")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.start();
        QVERIFY(accepted.wait(kWaitMs));
        QVERIFY2(dialog.packError().isEmpty(), qPrintable(dialog.packError()));
        const QString folder = dialog.packPath();
        QCOMPARE(folder, QDir(packs.filePath(QStringLiteral("packs")))
                             .absoluteFilePath(QStringLiteral("lfst_r_lfe2en2_%1.cspack")
                                                   .arg(QDate::currentDate().toString(Qt::ISODate))));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Kept as data pack")));
        QString error;
        const std::optional<DataPack> pack = DataPack::read(folder, &error);
        QVERIFY2(pack, qPrintable(error));
        const DataPack::Manifest &m = pack->manifest();
        QCOMPARE(m.dataset, QStringLiteral("lfst_r_lfe2en2"));
        QCOMPARE(m.retrieved, QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(m.query, dialog.result()->url.toString());
        QVERIFY(m.query.startsWith(m_server->baseUrl().toString()));
        QCOMPARE(m.filter, QStringLiteral("age=Y15-64,sex=T,unit=THS_PER"));
        QCOMPARE(m.scale, 1000.0);
        QCOMPARE(m.source, QStringLiteral("Source: Eurostat (lfst_r_lfe2en2)"));
        QVERIFY(m.licence.contains(QStringLiteral("2011/833/EU")));
        QCOMPARE(m.files.size(), 1);
        QCOMPARE(m.files[0].name, QStringLiteral("lfst_r_lfe2en2.csv"));
        QCOMPARE(m.files[0].format, QStringLiteral("sdmx-csv"));
        QFile cached(dialog.result()->cachedFile);
        QVERIFY(cached.open(QIODevice::ReadOnly));
        const QByteArray fetched = cached.readAll();
        QCOMPARE(fetched, test::RecordedEurostatServer::recorded("lfst_r_lfe2en2_sdmx10.csv"));
        QFile inPack(pack->dataFile());
        QVERIFY(inPack.open(QIODevice::ReadOnly));
        QCOMPARE(inPack.readAll(), fetched);
        QCOMPARE(m.files[0].sha256,
                 QString::fromLatin1(QCryptographicHash::hash(fetched, QCryptographicHash::Sha256).toHex()));
        // The years are those of the values read.
        QSet<int> years;
        for (const StatRecord &record : dialog.result()->table.records)
            years.insert(record.year);
        QCOMPARE(QSet<int>(m.years.begin(), m.years.end()), years);
        // Read back with the pack's own filter and scale: the 12 values of the download.
        TableReader::Options options;
        for (const QString &pair : m.filter.split(QLatin1Char(',')))
            options.eurostat.filters.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        options.eurostat.scale = m.scale;
        const StatTable table = TableReader::read(pack->dataFile(), options);
        QCOMPARE(table.records.size(), dialog.result()->table.records.size());
        QCOMPARE(table.records.first().value, dialog.result()->table.records.first().value);

        DownloadDialog plain(m_client.get());
        plain.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        QSignalSpy acceptedPlain(&plain, &QDialog::accepted);
        plain.start();
        QVERIFY(acceptedPlain.wait(kWaitMs));
        QVERIFY(plain.packPath().isEmpty());
        QCOMPARE(QDir(packs.filePath(QStringLiteral("packs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

    // Nobody listening: the client's message is shown, nothing is loaded, the user can retry.
    void serverDown()
    {
        m_server->close();
        m_server.reset();
        DownloadDialog dialog(m_client.get());
        dialog.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        dialog.start();
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("cannot connect to 127.0.0.1:")),
                 qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("check that you are online")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.result());
        QVERIFY(dialog.downloadButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
    }

    // A server that never answers: Cancel ends the download, nothing is cached; without
    // Cancel the timeout says so.
    void cancelAndTimeout()
    {
        m_server->silent = true;
        DownloadDialog dialog(m_client.get());
        dialog.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        dialog.start();
        QTest::qWait(200);
        QVERIFY(m_client->isRunning());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!m_client->isRunning());
        QCOMPARE(dialog.statusText(), QStringLiteral("Download cancelled; nothing was loaded or cached."));
        QVERIFY(!dialog.result());
        QVERIFY(dialog.downloadButton()->isEnabled());
        QCOMPARE(QDir(m_cache->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);

        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        dialog.start();
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("timed out")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.result());
    }

private:
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<test::RecordedEurostatServer> m_server;
    std::unique_ptr<EurostatClient> m_client;
};

QTEST_MAIN(DownloadDialogTest)
#include "DownloadDialogTest.moc"
