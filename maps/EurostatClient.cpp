// SPDX-License-Identifier: MIT
#include "maps/EurostatClient.h"

#include "maps/JsonStatReader.h"
#include "maps/SaveFile.h"
#include "maps/SdmxCsvReader.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QStandardPaths>
#include <QUrlQuery>

#include <algorithm>

namespace cs {

namespace {

constexpr qsizetype kMaxErrorBody = 4096;

QString hostAndPort(const QUrl &url)
{
    return url.port() < 0 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
}

// Eurostat error bodies: JSON {"error":[{"label":"…"}]} or SDMX XML <common:Text>…</common:Text>.
QString serverExplanation(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        const QJsonValue e = json.object().value(QLatin1String("error"));
        const QJsonArray list = e.toArray();
        const QJsonObject first = e.isArray() ? (list.isEmpty() ? QJsonObject() : list.at(0).toObject())
                                              : e.toObject();
        return first.value(QLatin1String("label")).toString();
    }
    const qsizetype open = body.indexOf(":Text");
    if (open >= 0) {
        const qsizetype start = body.indexOf('>', open) + 1;
        const qsizetype end = body.indexOf('<', start);
        if (start > 0 && end > start)
            return QString::fromUtf8(body.mid(start, end - start)).simplified();
    }
    return {};
}

} // namespace

EurostatClient::EurostatClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
    , m_cacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                       QStringLiteral("/eurostat"))
{
}

EurostatClient::~EurostatClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_file)
        m_file->cancel();
}

QUrl EurostatClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://ec.europa.eu/eurostat/api/dissemination"));
}

EurostatClient::Request EurostatClient::presetRequest(const QString &dataset, Format format)
{
    Request r;
    r.dataset = dataset;
    r.format = format;
    QHash<QString, QString> pins;
    // Persons employed and wages and salaries: the reader takes the first as the values
    // and the second as the wage measure (SbsIndicators), and sets any other aside.
    QList<QPair<QString, QString>> indicators;
    if (dataset == QLatin1String("sbs_r_nuts06_r2")) {
        indicators = {{QStringLiteral("indic_sb"), QStringLiteral("V16110")},  // persons employed
                      {QStringLiteral("indic_sb"), QStringLiteral("V13320")}}; // wages and salaries
    } else if (dataset == QLatin1String("sbs_r_nuts2021")) {
        // Persons employed in local units and their wages and salaries, all size classes.
        indicators = {{QStringLiteral("indic_sbs"), QStringLiteral("EMP_LOC_NR")},
                      {QStringLiteral("indic_sbs"), QStringLiteral("WAGE_LOC_MEUR")}};
        pins = {{QStringLiteral("sizeclas"), QStringLiteral("TOTAL")}};
    } else if (dataset == QLatin1String("lfst_r_lfe2en2")) {
        pins = {{QStringLiteral("unit"), QStringLiteral("THS_PER")},
                {QStringLiteral("sex"), QStringLiteral("T")},
                {QStringLiteral("age"), QStringLiteral("Y15-64")}};
        r.readOptions.scale = 1000.0;
    } else if (dataset == QLatin1String("nama_10r_3empers")) {
        pins = {{QStringLiteral("unit"), QStringLiteral("THS")},
                {QStringLiteral("wstatus"), QStringLiteral("EMP")}};
        r.readOptions.scale = 1000.0;
    }
    r.readOptions.filters = pins;
    if (format == Format::JsonStat) {
        // Let the server cut the slice; the reader filters agree with it.
        r.query.append({QStringLiteral("geoLevel"), QStringLiteral("nuts2")});
        QList<QPair<QString, QString>> parameters = indicators;
        for (auto pin = pins.cbegin(); pin != pins.cend(); ++pin)
            parameters.append({pin.key(), pin.value()});
        std::sort(parameters.begin(), parameters.end()); // a stable URL, so the cache finds it again
        for (const auto &parameter : std::as_const(parameters))
            r.query.append({parameter.first, parameter.second});
    }
    return r;
}

QStringList EurostatClient::presetDatasets()
{
    return {QStringLiteral("sbs_r_nuts2021"), QStringLiteral("sbs_r_nuts06_r2"), QStringLiteral("lfst_r_lfe2en2"),
            QStringLiteral("nama_10r_3empers")};
}

QString EurostatClient::presetTitle(const QString &dataset)
{
    if (dataset == QLatin1String("sbs_r_nuts2021"))
        return tr("Structural business statistics: persons employed in local units and their wages and "
                  "salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)");
    if (dataset == QLatin1String("sbs_r_nuts06_r2"))
        return tr("Structural business statistics: persons employed and wages and salaries by NUTS 2 and "
                  "NACE division (2008–2020; NUTS 2016 and earlier)");
    if (dataset == QLatin1String("lfst_r_lfe2en2"))
        return tr("Labour force survey: employment 15–64 by NUTS 2 and NACE section");
    if (dataset == QLatin1String("nama_10r_3empers"))
        return tr("Regional accounts: employment by NUTS 3 and NACE aggregate");
    return dataset;
}

int EurostatClient::presetNutsVersion(const QString &dataset)
{
    return dataset == QLatin1String("sbs_r_nuts06_r2") ? 2016 : 2021;
}

namespace {

QDate retrievedOn(const EurostatClient::Result &result)
{
    // A cached answer was fetched when its file was written.
    const QFileInfo cached(result.cachedFile);
    return result.fromCache && cached.exists() ? cached.lastModified().date() : QDate::currentDate();
}

} // namespace

QString EurostatClient::packName(const Request &request, const Result &result)
{
    return request.dataset + (result.format == Format::JsonStat ? QStringLiteral("_json_") : QStringLiteral("_")) +
           retrievedOn(result).toString(Qt::ISODate);
}

DataPack::Manifest EurostatClient::packManifest(const Request &request, const Result &result, int nutsVersion)
{
    DataPack::Manifest m;
    m.dataset = request.dataset;
    m.title = QStringLiteral("%1 (%2)").arg(presetTitle(request.dataset), request.dataset);
    m.query = result.url.toString();
    if (request.dataset == QLatin1String("sbs_r_nuts2021"))
        m.measure = QStringLiteral("persons employed in local units");
    else if (request.dataset == QLatin1String("sbs_r_nuts06_r2"))
        m.measure = QStringLiteral("persons employed");
    else if (request.dataset == QLatin1String("lfst_r_lfe2en2"))
        m.measure = QStringLiteral("employment, persons aged 15-64");
    else
        m.measure = QStringLiteral("employment");
    m.unit = QStringLiteral("persons");
    m.nutsVersion = nutsVersion > 0 ? nutsVersion : presetNutsVersion(request.dataset);
    QSet<int> years;
    for (const StatRecord &record : result.table.records)
        years.insert(record.year);
    m.years = QList<int>(years.begin(), years.end());
    std::sort(m.years.begin(), m.years.end());
    m.retrieved = retrievedOn(result).toString(Qt::ISODate);
    m.source = QStringLiteral("Source: Eurostat (%1)").arg(request.dataset);
    m.licence = QStringLiteral("© European Union, reuse authorised with acknowledgement of the source "
                               "(Commission Decision 2011/833/EU)");
    m.provenance = QJsonObject{{QStringLiteral("url"), result.url.toString()},
                               {QStringLiteral("from_cache"), result.fromCache},
                               {QStringLiteral("program"), QStringLiteral("ClusterScope, File > Download from Eurostat")}};
    QStringList filters;
    for (auto it = request.readOptions.filters.begin(); it != request.readOptions.filters.end(); ++it)
        filters.append(it.key() + QLatin1Char('=') + it.value());
    filters.sort();
    m.filter = filters.join(QLatin1Char(','));
    m.scale = request.readOptions.scale;
    const bool json = result.format == Format::JsonStat;
    m.files.append({request.dataset + (json ? QStringLiteral(".json") : QStringLiteral(".csv")),
                    json ? QStringLiteral("json-stat") : QStringLiteral("sdmx-csv"), 0, QString()});
    return m;
}

QUrl EurostatClient::url(const Request &request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrlQuery query;
    if (request.format == Format::SdmxCsv) {
        path += QStringLiteral("/sdmx/2.1/data/") + request.dataset;
        if (!request.sdmxKey.isEmpty())
            path += QLatin1Char('/') + request.sdmxKey;
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("SDMX-CSV"));
        if (request.startYear > 0)
            query.addQueryItem(QStringLiteral("startPeriod"), QString::number(request.startYear));
        if (request.endYear > 0)
            query.addQueryItem(QStringLiteral("endPeriod"), QString::number(request.endYear));
    } else {
        path += QStringLiteral("/statistics/1.0/data/") + request.dataset;
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("JSON"));
        query.addQueryItem(QStringLiteral("lang"), QStringLiteral("EN"));
        if (request.startYear > 0)
            query.addQueryItem(QStringLiteral("sinceTimePeriod"), QString::number(request.startYear));
        if (request.endYear > 0)
            query.addQueryItem(QStringLiteral("untilTimePeriod"), QString::number(request.endYear));
    }
    for (const auto &[name, value] : request.query)
        query.addQueryItem(name, value);
    url.setPath(path);
    url.setQuery(query);
    return url;
}

QString EurostatClient::cachePath(const Request &request) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url(request).toEncoded(), QCryptographicHash::Sha256).toHex();
    const QString suffix = request.format == Format::SdmxCsv ? QStringLiteral(".csv")
                                                             : QStringLiteral(".json");
    return QDir(m_cacheDirectory).filePath(QString::fromLatin1(hash) + suffix);
}

bool EurostatClient::isCached(const Request &request) const
{
    return QFile::exists(cachePath(request));
}

bool EurostatClient::isRunning() const
{
    return m_reply || m_cachePending;
}

void EurostatClient::download(const Request &request)
{
    if (isRunning())
        cancel();
    ++m_generation;
    m_request = request;
    m_url = url(request);
    m_cancelled = false;
    m_errorBody.clear();
    const QString path = cachePath(request);

    if (!request.refresh && QFile::exists(path)) {
        m_cachePending = true;
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, path, generation] {
                if (generation != m_generation || !m_cachePending)
                    return;
                m_cachePending = false;
                deliver(path, true);
            },
            Qt::QueuedConnection);
        return;
    }

    if (!QDir().mkpath(m_cacheDirectory)) {
        const QString message = tr("cannot create the cache folder %1").arg(m_cacheDirectory);
        QMetaObject::invokeMethod(this, [this, message] { emit failed(message); },
                                  Qt::QueuedConnection);
        return;
    }
    m_file = std::make_unique<SaveFile>(path);
    if (!m_file->open()) {
        const QString message = m_file->errorString();
        m_file.reset();
        QMetaObject::invokeMethod(this, [this, message] { emit failed(message); },
                                  Qt::QueuedConnection);
        return;
    }

    QNetworkRequest networkRequest(m_url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QStringLiteral("ClusterScope/%1").arg(QCoreApplication::applicationVersion()));
    m_reply = m_manager->get(networkRequest);
    connect(m_reply, &QNetworkReply::readyRead, this, &EurostatClient::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &EurostatClient::progress);
    connect(m_reply, &QNetworkReply::finished, this, &EurostatClient::onFinished);
}

void EurostatClient::cancel()
{
    if (m_cachePending) {
        m_cachePending = false;
        ++m_generation;
        emit failed(tr("the download of %1 was cancelled").arg(m_request.dataset));
        return;
    }
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort(); // emits finished(), handled in onFinished()
    }
}

void EurostatClient::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = m_reply->readAll();
    if (status >= 400) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += data.left(kMaxErrorBody - m_errorBody.size());
        return;
    }
    if (m_file)
        m_file->write(data); // the first failure is kept; onFinished() reports it
}

QString EurostatClient::errorMessage(QNetworkReply *reply) const
{
    const QString url = m_url.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString message = tr("HTTP error %1 %2 for %3").arg(status).arg(reason, url);
        if (const QString why = serverExplanation(m_errorBody); !why.isEmpty())
            message += QStringLiteral(": ") + why;
        return message;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("cannot connect to %1 (connection refused); check that you are online and "
                  "the server address is right: %2")
            .arg(hostAndPort(m_url), url);
    case QNetworkReply::HostNotFoundError:
        return tr("host %1 not found; you may be offline: %2").arg(m_url.host(), url);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return tr("no data from %1 for %2 s; the download timed out: %3")
            .arg(hostAndPort(m_url))
            .arg(m_timeoutMs / 1000.0)
            .arg(url);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("the network is not available (%1); you may be offline: %2")
            .arg(reply->errorString(), url);
    default:
        return tr("the download failed: %1: %2").arg(reply->errorString(), url);
    }
}

void EurostatClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString message;
    if (m_cancelled)
        message = tr("the download of %1 was cancelled").arg(m_request.dataset);
    else if (reply->error() != QNetworkReply::NoError || status >= 400)
        message = errorMessage(reply);
    else if (m_file->failed())
        message = m_file->errorString();

    const QString path = m_file->path();
    if (!message.isEmpty()) {
        m_file->cancel();
        m_file.reset(); // discards the temporary file; the cache keeps no partial data
        emit failed(message);
        return;
    }
    if (!m_file->commit()) {
        message = m_file->errorString();
        m_file.reset();
        emit failed(message);
        return;
    }
    m_file.reset();
    deliver(path, false);
}

void EurostatClient::deliver(const QString &path, bool fromCache)
{
    Result result;
    result.cachedFile = path;
    result.format = m_request.format;
    result.url = m_url;
    result.fromCache = fromCache;
    result.table = m_request.format == Format::SdmxCsv
                       ? SdmxCsvReader::read(path, m_request.readOptions)
                       : JsonStatReader::read(path, m_request.readOptions);
    if (!result.table.ok) {
        // Keep no unreadable file (e.g. a "request queued" notice): the next try downloads.
        QFile::remove(path);
        const QString why = result.table.problems.isEmpty()
                                ? QString()
                                : result.table.problems.first().toString();
        emit failed(tr("the data from %1 could not be read: %2").arg(m_url.toDisplayString(), why));
        return;
    }
    emit finished(result);
}

} // namespace cs
