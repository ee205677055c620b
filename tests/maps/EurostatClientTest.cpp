// SPDX-License-Identifier: MIT
#include "maps/EurostatClient.h"
#include "tests/common/RecordedEurostatServer.h"
#include "tests/common/SmallFileSystem.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cs;

namespace {

constexpr int kWaitMs = 5000;

EurostatClient::Request request(const char *dataset)
{
    return EurostatClient::presetRequest(QLatin1String(dataset), EurostatClient::Format::SdmxCsv);
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size());
}

} // namespace

class EurostatClientTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        m_server = std::make_unique<test::RecordedEurostatServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<EurostatClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setCacheDirectory(m_cache->path());
        m_client->setTimeout(2000);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_cache.reset();
    }

    void urlForms()
    {
        EurostatClient client;
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://ec.europa.eu/eurostat/api/dissemination")));
        EurostatClient::Request r;
        r.dataset = QStringLiteral("nama_10r_3empers");
        r.sdmxKey = QStringLiteral("A.THS.EMP.C+J.ITC4");
        r.startYear = 2010;
        r.endYear = 2020;
        QCOMPARE(client.url(r).toString(),
                 QStringLiteral("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/"
                                "nama_10r_3empers/A.THS.EMP.C+J.ITC4?format=SDMX-CSV&startPeriod=2010&endPeriod=2020"));
        r.format = EurostatClient::Format::JsonStat;
        r.query = {{QStringLiteral("geoLevel"), QStringLiteral("nuts2")},
                   {QStringLiteral("nace_r2"), QStringLiteral("C")},
                   {QStringLiteral("nace_r2"), QStringLiteral("J")}};
        QCOMPARE(client.url(r).toString(),
                 QStringLiteral("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/"
                                "nama_10r_3empers?format=JSON&lang=EN&sinceTimePeriod=2010&untilTimePeriod=2020"
                                "&geoLevel=nuts2&nace_r2=C&nace_r2=J"));
        // The cache file is named by a hash of the URL.
        const QString path = client.cachePath(r);
        QVERIFY(path.endsWith(QStringLiteral(".json")));
        QCOMPARE(QFileInfo(path).completeBaseName().size(), 64);
        r.format = EurostatClient::Format::SdmxCsv;
        QVERIFY(client.cachePath(r) != path);
    }

    // Today's regional SBS: persons employed in local units, all size classes, NUTS 2,
    // pinned in the JSON-stat query and in the reader's filters; its title names the
    // NUTS version it brings, as the older dataset's does.
    void currentSbsPreset()
    {
        QCOMPARE(EurostatClient::presetDatasets().value(0), QStringLiteral("sbs_r_nuts2021"));
        const auto r = EurostatClient::presetRequest(QStringLiteral("sbs_r_nuts2021"), EurostatClient::Format::JsonStat);
        EurostatClient client;
        QCOMPARE(client.url(r).toString(),
                 QStringLiteral("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/"
                                "sbs_r_nuts2021?format=JSON&lang=EN&geoLevel=nuts2&indic_sbs=EMP_LOC_NR"
                                "&indic_sbs=WAGE_LOC_MEUR&sizeclas=TOTAL"));
        // Both indicators reach the reader, which takes persons employed as the values and
        // wages as the second measure: no reader filter pins the indicator.
        QVERIFY(!r.readOptions.filters.contains(QStringLiteral("indic_sbs")));
        const auto older = EurostatClient::presetRequest(QStringLiteral("sbs_r_nuts06_r2"), EurostatClient::Format::JsonStat);
        QVERIFY(client.url(older).toString().endsWith(QStringLiteral("indic_sb=V13320&indic_sb=V16110")));
        QVERIFY(!older.readOptions.filters.contains(QStringLiteral("indic_sb")));
        QCOMPARE(r.readOptions.filters.value(QStringLiteral("sizeclas")), QStringLiteral("TOTAL"));
        QCOMPARE(r.readOptions.scale, 1.0); // persons, not thousands
        QVERIFY(EurostatClient::presetTitle(QStringLiteral("sbs_r_nuts2021")).contains(QStringLiteral("NUTS 2021")));
        QVERIFY(EurostatClient::presetTitle(QStringLiteral("sbs_r_nuts06_r2")).contains(QStringLiteral("NUTS 2016")));
    }

    // Download → table; again with the server stopped → the same table from the cache.
    void downloadThenCache()
    {
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        QSignalSpy progress(m_client.get(), &EurostatClient::progress);
        const EurostatClient::Request r = request("lfst_r_lfe2en2");
        QVERIFY(!m_client->isCached(r));
        m_client->download(r);
        QVERIFY(m_client->isRunning());
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(failed.isEmpty());
        QVERIFY(!m_client->isRunning());
        const auto first = finished.takeFirst().first().value<EurostatClient::Result>();
        QVERIFY(!first.fromCache);
        QCOMPARE(first.format, EurostatClient::Format::SdmxCsv);
        QVERIFY(first.table.ok);
        QCOMPARE(first.table.records.size(), 12);
        QVERIFY(QFile::exists(first.cachedFile));
        QCOMPARE(first.cachedFile, m_client->cachePath(r));
        QCOMPARE(m_server->paths().value(0),
                 QByteArray("/eurostat/api/dissemination/sdmx/2.1/data/lfst_r_lfe2en2?format=SDMX-CSV"));
        const qint64 size = test::RecordedEurostatServer::recorded("lfst_r_lfe2en2_sdmx10.csv").size();
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), size);
        QCOMPARE(progress.last().at(1).toLongLong(), size);
        QCOMPARE(QFileInfo(first.cachedFile).size(), size);
        QCOMPARE(filesIn(m_cache->path()), 1); // no temporary left behind

        m_server->close();
        m_client->download(r);
        QVERIFY(finished.wait(kWaitMs));
        const auto second = finished.takeFirst().first().value<EurostatClient::Result>();
        QVERIFY(second.fromCache);
        QCOMPARE(second.table.records.size(), 12);
        QCOMPARE(m_server->requestCount(), 1);

        // refresh skips the cache, so with the server gone it fails; the cache stays.
        EurostatClient::Request again = r;
        again.refresh = true;
        m_client->download(again);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(finished.isEmpty());
        QVERIFY(QFile::exists(first.cachedFile));
    }

    // Issue 17: a refresh on a full disk fails with the reason and keeps the cached file
    // byte for byte; no temporary file is left.
    void refreshOnAFullDiskKeepsTheCache()
    {
        const test::SmallFileSystem small;
        if (small.mountPoint().isEmpty())
            QSKIP(qPrintable(small.whyNot()));
        m_client->setCacheDirectory(small.mountPoint());
        EurostatClient::Request r = request("lfst_r_lfe2en2");
        const QString cached = m_client->cachePath(r);
        const QByteArray earlier = test::RecordedEurostatServer::recorded("lfst_r_lfe2en2_sdmx10.csv");
        {
            QFile file(cached);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(earlier), earlier.size());
        }
        QVERIFY(small.fill());
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        r.refresh = true;
        m_client->download(r);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(finished.isEmpty());
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("cannot write %1: No space left on device").arg(cached));
        QFile file(cached);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
        QCOMPARE(filesIn(small.mountPoint()), 2); // the cached file and the filler
        m_client.reset(); // before the file system goes
    }

    void jsonStat()
    {
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        m_client->download(EurostatClient::presetRequest(QStringLiteral("lfst_r_lfe2en2"),
                                                         EurostatClient::Format::JsonStat));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(failed.isEmpty());
        const auto result = finished.takeFirst().first().value<EurostatClient::Result>();
        QCOMPARE(result.format, EurostatClient::Format::JsonStat);
        QVERIFY(result.cachedFile.endsWith(QStringLiteral(".json")));
        QCOMPARE(result.table.records.size(), 18);
        const QByteArray path = m_server->paths().value(0);
        QVERIFY2(path.startsWith("/eurostat/api/dissemination/statistics/1.0/data/lfst_r_lfe2en2?"
                                 "format=JSON&lang=EN&geoLevel=nuts2"),
                 path.constData());
        QVERIFY(path.contains("age=Y15-64"));
    }

    void httpError()
    {
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        EurostatClient::Request r = request("missing");
        m_client->download(r);
        QVERIFY(failed.wait(kWaitMs));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("HTTP error 404 Not Found for http://127.0.0.1:")),
                 qPrintable(message));
        QVERIFY2(message.contains(m_client->url(r).toDisplayString()), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(": No results found")), qPrintable(message));
        QVERIFY(!m_client->isCached(r));
        QCOMPARE(filesIn(m_cache->path()), 0);
    }

    void timeout()
    {
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        m_client->setTimeout(300);
        m_client->download(request("slow"));
        QVERIFY(failed.wait(kWaitMs));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("timed out")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("0.3 s")), qPrintable(message));
        QCOMPARE(filesIn(m_cache->path()), 0);
    }

    // Cancel while the server keeps the request open: one failed(), nothing cached.
    void cancel()
    {
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        m_client->setTimeout(4000);
        m_client->download(request("slow"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWaitMs);
        QVERIFY(m_client->isRunning());
        m_client->cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("was cancelled")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!m_client->isRunning());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 1);
        QVERIFY(finished.isEmpty());
        QCOMPARE(filesIn(m_cache->path()), 0); // nothing partial in the cache
    }

    // Starting a new download cancels the running one; the new one completes.
    void restartCancelsRunning()
    {
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        m_client->download(request("slow"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWaitMs);
        m_client->download(request("lfst_r_lfe2en2"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().value<EurostatClient::Result>().table.records.size(), 12);
    }

    void cancelBeforeCachedDelivery()
    {
        const EurostatClient::Request r = request("lfst_r_lfe2en2");
        QSignalSpy finished(m_client.get(), &EurostatClient::finished);
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        m_client->download(r);
        QVERIFY(finished.wait(kWaitMs));
        m_client->download(r); // served from the cache, asynchronously
        m_client->cancel();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 1);
    }

    // A closed port: the message says the connection was refused and names the URL.
    void offline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port)));
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        const EurostatClient::Request r = request("lfst_r_lfe2en2");
        m_client->download(r);
        QVERIFY(failed.wait(kWaitMs));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("connection refused")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(message.contains(m_client->url(r).toDisplayString()), qPrintable(message));
        QCOMPARE(filesIn(m_cache->path()), 0);
    }

    // Eurostat answers large SDMX requests with a 200 "queued" XML notice: not cached.
    void unreadableResponseIsNotCached()
    {
        QSignalSpy failed(m_client.get(), &EurostatClient::failed);
        const EurostatClient::Request r = request("queued");
        m_client->download(r);
        QVERIFY(failed.wait(kWaitMs));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("could not be read")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("XML")), qPrintable(message));
        QVERIFY(!m_client->isCached(r));
    }

private:
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<test::RecordedEurostatServer> m_server;
    std::unique_ptr<EurostatClient> m_client;
};

QTEST_GUILESS_MAIN(EurostatClientTest)
#include "EurostatClientTest.moc"
