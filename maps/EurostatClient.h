// SPDX-License-Identifier: MIT
#pragma once

#include "maps/DataPack.h"
#include "maps/EurostatTable.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace cs {

class SaveFile;

// Downloads one Eurostat dataset at a time from the dissemination API into a disk cache
// and reads it into a StatTable. URL forms (relative to baseUrl()):
//   SDMX-CSV   /sdmx/2.1/data/{dataset}[/{sdmxKey}]?format=SDMX-CSV[&startPeriod=Y][&endPeriod=Y][&query…]
//   JSON-stat  /statistics/1.0/data/{dataset}?format=JSON&lang=EN[&sinceTimePeriod=Y]
//              [&untilTimePeriod=Y][&query…]   (query e.g. geoLevel=nuts2&unit=THS&nace_r2=C)
// The cache file is <cacheDirectory>/<sha256 of the URL>.csv|.json, written atomically; a
// cached URL is served without network unless Request::refresh is set. GUI thread only.
class EurostatClient : public QObject
{
    Q_OBJECT
public:
    enum class Format { SdmxCsv, JsonStat };
    Q_ENUM(Format)

    struct Request
    {
        QString dataset; // e.g. "lfst_r_lfe2en2"
        Format format = Format::SdmxCsv;
        // SDMX only: series key in the dataset's dimension order ("A.THS_PER.T.Y15-64.C+J.");
        // empty = all series.
        QString sdmxKey;
        // Extra query parameters in order; repeated names allowed (nace_r2=C&nace_r2=J).
        QList<std::pair<QString, QString>> query;
        int startYear = 0; // 0 = unbounded
        int endYear = 0;
        bool refresh = false; // download even when the URL is cached
        EurostatTable::Options readOptions; // filters and scale for the reader
    };

    struct Result
    {
        StatTable table;
        QString cachedFile;
        Format format = Format::SdmxCsv;
        QUrl url;
        bool fromCache = false;
    };

    explicit EurostatClient(QObject *parent = nullptr);
    ~EurostatClient() override;

    // https://ec.europa.eu/eurostat/api/dissemination
    static QUrl defaultBaseUrl();
    // Suggested requests for sbs_r_nuts2021 (today's regional SBS: persons employed in
    // local units, indic_sbs=EMP_LOC_NR, sizeclas=TOTAL), sbs_r_nuts06_r2 (persons
    // employed, to 2020), lfst_r_lfe2en2 and
    // nama_10r_3empers (employment, thousand persons → persons); codes follow the
    // Eurostat code lists as documented, not checked against the live service.
    static Request presetRequest(const QString &dataset, Format format);
    // The datasets presetRequest() knows, and a title for each.
    static QStringList presetDatasets();
    static QString presetTitle(const QString &dataset);
    // The NUTS version of a preset's regions as Eurostat publishes them today (2021 for
    // the current tables, 2016 for sbs_r_nuts06_r2).
    static int presetNutsVersion(const QString &dataset);
    // pack.json of a finished download (DataPack, issue 21): dataset, URL, pinned filters
    // and scale, the years read, today's date (the cache file's for a cached answer),
    // Eurostat's licence, `nutsVersion` (detected by the caller, 0: the preset's).
    static DataPack::Manifest packManifest(const Request &request, const Result &result, int nutsVersion = 0);
    // "lfst_r_lfe2en2_2026-12-03" (SDMX-CSV) or "lfst_r_lfe2en2_json_2026-12-03".
    static QString packName(const Request &request, const Result &result);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Default: QStandardPaths::CacheLocation + "/eurostat".
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    // Milliseconds without any byte received before the download is abandoned.
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    QUrl url(const Request &request) const;
    QString cachePath(const Request &request) const;
    bool isCached(const Request &request) const;
    bool isRunning() const;

    // Starts a download (or a cache read, reported asynchronously too); a running one is
    // cancelled first. Ends with exactly one finished() or failed().
    void download(const Request &request);
    // Ends the running download with failed(); nothing is written to the cache.
    void cancel();

signals:
    // bytesTotal is -1 when the server does not say.
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const cs::EurostatClient::Result &result);
    void failed(const QString &message);

private:
    void onReadyRead();
    void onFinished();
    void deliver(const QString &path, bool fromCache);
    QString errorMessage(QNetworkReply *reply) const;

    QNetworkAccessManager *m_manager = nullptr;
    QUrl m_baseUrl;
    QString m_cacheDirectory;
    int m_timeoutMs = 60000;

    Request m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<SaveFile> m_file; // the download; replaces the cache entry when complete
    QByteArray m_errorBody;
    bool m_cancelled = false;
    bool m_cachePending = false;
    quint64 m_generation = 0;
};

} // namespace cs
