// SPDX-License-Identifier: MIT
#pragma once

#include "maps/EurostatClient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cs {

// Downloads one of the datasets EurostatClient knows, with a progress bar, Cancel and the
// client's messages (offline, timeout, HTTP errors). A cached download is served from the
// disk cache unless "Download again" is ticked. Accepted once a table with data is read;
// what was fetched is then kept as a dated data pack (maps/DataPack.h) in packDirectory().
class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` stays owned by the caller and must outlive the dialog.
    explicit DownloadDialog(EurostatClient *client, QWidget *parent = nullptr);

    // Set after a successful download (the dialog is then accepted).
    const std::optional<EurostatClient::Result> &result() const { return m_result; }
    QString statusText() const;
    void setDataset(const QString &dataset);
    void setFormat(EurostatClient::Format format);
    // The request for the chosen dataset and format (its readOptions say how it was read).
    EurostatClient::Request request() const;
    // Where a successful download is kept as a data pack (the window: DataPack::
    // userDirectory()); empty (default): no pack is written.
    void setPackDirectory(const QString &directory) { m_packDirectory = directory; }
    QString packDirectory() const { return m_packDirectory; }
    // The pack folder written for result(), empty when none was (see packError()).
    QString packPath() const { return m_packPath; }
    QString packError() const { return m_packError; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void start();
    void cancel();

private:
    void setRunning(bool running);
    void updateCacheNote();
    void savePack(const EurostatClient::Result &result);

    EurostatClient *m_client;
    QComboBox *m_dataset = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_refresh = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    std::optional<EurostatClient::Result> m_result;
    QString m_packDirectory;
    QString m_packPath;
    QString m_packError;
    bool m_running = false;
};

} // namespace cs
