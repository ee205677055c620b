// SPDX-License-Identifier: MIT
#include "widgets/DownloadDialog.h"
#include "tests/common/RecordedEurostatServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
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
