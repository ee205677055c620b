// SPDX-License-Identifier: MIT
#include "widgets/DownloadDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cs;

namespace {

constexpr int kWaitMs = 5000;

// The recorded Eurostat responses of the maps tests.
QByteArray recorded(const char *name)
{
    const QDir data(QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../maps/data")));
    QFile file(data.filePath(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A tiny HTTP/1.1 server on 127.0.0.1: lfst_r_lfe2en2 gets the recorded SDMX-CSV (or
// JSON-stat) response; while `silent` it accepts connections and never answers.
class HttpServer
{
public:
    HttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n") || silent)
                        return;
                    const QByteArray path = m_buffers[socket].split(' ').value(1);
                    ++requests;
                    const QByteArray body = path.contains("/lfst_r_lfe2en2")
                                                ? recorded(path.contains("format=JSON") ? "lfst_r_lfe2en2.json"
                                                                                        : "lfst_r_lfe2en2_sdmx10.csv")
                                                : QByteArray();
                    socket->write((body.isEmpty() ? "HTTP/1.1 404 Not Found" : "HTTP/1.1 200 OK") +
                                  QByteArray("\r\nContent-Type: text/csv\r\nContent-Length: ") +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    ~HttpServer()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void close() { m_server.close(); }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/eurostat/api/dissemination").arg(m_server.serverPort()));
    }

    bool silent = false;
    int requests = 0;

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class DownloadDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<HttpServer>();
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
        QVERIFY(!recorded("lfst_r_lfe2en2_sdmx10.csv").isEmpty());
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
        QCOMPARE(m_server->requests, 1);

        m_server->close();
        DownloadDialog again(m_client.get());
        again.setDataset(QStringLiteral("lfst_r_lfe2en2"));
        QVERIFY2(again.statusText().contains(QStringLiteral("is in the cache")), qPrintable(again.statusText()));
        QSignalSpy acceptedAgain(&again, &QDialog::accepted);
        again.start();
        QVERIFY(acceptedAgain.wait(kWaitMs));
        QVERIFY(again.result()->fromCache);
        QCOMPARE(again.result()->table.records.size(), 12);
        QCOMPARE(m_server->requests, 1);
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
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<EurostatClient> m_client;
};

QTEST_MAIN(DownloadDialogTest)
#include "DownloadDialogTest.moc"
