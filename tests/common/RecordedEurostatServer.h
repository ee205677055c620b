// SPDX-License-Identifier: MIT
#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 playing recorded Eurostat responses (from
// tests/maps/data), routed by the dataset name in the path: lfst_r_lfe2en2 (SDMX-CSV,
// or JSON-stat with format=JSON), missing (404 with a Eurostat JSON error), slow (never
// answers), queued (200 with an XML notice instead of data). While `silent` it accepts
// connections and neither answers nor counts them. Header-only, for the tests of the
// Eurostat client and of the download dialog.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace cs::test {

class RecordedEurostatServer
{
public:
    RecordedEurostatServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    ~RecordedEurostatServer()
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
    int requestCount() const { return int(m_paths.size()); }
    QList<QByteArray> paths() const { return m_paths; }

    // A recorded response of tests/maps/data.
    static QByteArray recorded(const char *name)
    {
        const QDir data(QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../maps/data")));
        QFile file(data.filePath(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool silent = false;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n") || silent)
            return;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        m_paths.append(path);
        if (path.contains("/missing")) {
            respond(socket, "404 Not Found", R"({"error":[{"status":404,"id":100,"label":"No results found"}]})",
                    "application/json");
        } else if (path.contains("/slow")) {
            // Say nothing: the client's transfer timeout must end the request.
        } else if (path.contains("/queued")) {
            respond(socket, "200 OK",
                    "<?xml version=\"1.0\"?><S:Envelope><common:Text>Your request has been queued"
                    "</common:Text></S:Envelope>",
                    "application/xml");
        } else if (path.contains("/lfst_r_lfe2en2") && path.contains("format=JSON")) {
            respond(socket, "200 OK", recorded("lfst_r_lfe2en2.json"), "application/json");
        } else if (path.contains("/lfst_r_lfe2en2")) {
            respond(socket, "200 OK", recorded("lfst_r_lfe2en2_sdmx10.csv"),
                    "application/vnd.sdmx.data+csv;version=1.0.0");
        } else {
            respond(socket, "500 Internal Server Error", "unexpected path", "text/plain");
        }
    }

    static void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &body, const QByteArray &type)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_paths;
};

} // namespace cs::test
