// SPDX-License-Identifier: MIT
#include "widgets/DownloadDialog.h"

#include "maps/DataPack.h"
#include "maps/NumberFormat.h"
#include "maps/NutsCodes.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

DownloadDialog::DownloadDialog(EurostatClient *client, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("Download from Eurostat"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_dataset = new QComboBox(this);
    for (const QString &dataset : EurostatClient::presetDatasets())
        m_dataset->addItem(QStringLiteral("%1 — %2").arg(dataset, EurostatClient::presetTitle(dataset)),
                           dataset);
    // Sized for a usual title, not the longest, so the dialog fits a 1024-pixel screen;
    // the list opens wide enough to read and the tooltip names the whole choice.
    m_dataset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dataset->setMinimumContentsLength(48);
    m_dataset->view()->setMinimumWidth(m_dataset->view()->sizeHintForColumn(0));
    m_dataset->setToolTip(m_dataset->currentText());
    connect(m_dataset, &QComboBox::currentTextChanged, m_dataset, &QComboBox::setToolTip);
    form->addRow(tr("&Dataset:"), m_dataset);
    m_format = new QComboBox(this);
    m_format->addItem(tr("SDMX-CSV"), int(EurostatClient::Format::SdmxCsv));
    m_format->addItem(tr("JSON-stat"), int(EurostatClient::Format::JsonStat));
    form->addRow(tr("&Format:"), m_format);
    m_refresh = new QCheckBox(tr("Download &again even when a copy is cached"), this);
    form->addRow(QString(), m_refresh);
    layout->addLayout(form);
    auto *source = new QLabel(tr("From %1").arg(m_client->baseUrl().toDisplayString()), this);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(source);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_download = buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_download, &QPushButton::clicked, this, &DownloadDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_client, &EurostatClient::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(int(received * 100 / total));
        } else {
            m_progress->setRange(0, 0); // busy: the server does not say how much
        }
        m_status->setText(tr("Received %1 kB…").arg(numbers::count(double(received / 1024))));
    });
    connect(m_client, &EurostatClient::finished, this, [this](const EurostatClient::Result &result) {
        setRunning(false);
        m_progress->setRange(0, 100);
        m_progress->setValue(100);
        if (!result.table.ok) {
            m_status->setText(tr("The download contains no usable data: %1")
                                  .arg(result.table.problems.isEmpty()
                                           ? QString()
                                           : result.table.problems.first().toString()));
            return;
        }
        m_result = result;
        m_status->setText(result.fromCache ? tr("Read %Ln value(s) from the cache.", nullptr,
                                                int(result.table.records.size()))
                                           : tr("Downloaded %Ln value(s).", nullptr,
                                                int(result.table.records.size())));
        savePack(result);
        accept();
    });
    connect(m_client, &EurostatClient::failed, this, [this](const QString &message) {
        setRunning(false);
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        m_status->setText(message);
    });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &DownloadDialog::updateCacheNote);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DownloadDialog::updateCacheNote);
    setRunning(false);
    updateCacheNote();
    resize(640, 280);
}

QString DownloadDialog::statusText() const
{
    return m_status->text();
}

void DownloadDialog::setDataset(const QString &dataset)
{
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(dataset)));
}

void DownloadDialog::setFormat(EurostatClient::Format format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

EurostatClient::Request DownloadDialog::request() const
{
    EurostatClient::Request request = EurostatClient::presetRequest(
        m_dataset->currentData().toString(), EurostatClient::Format(m_format->currentData().toInt()));
    request.refresh = m_refresh->isChecked();
    return request;
}

void DownloadDialog::start()
{
    m_result.reset();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setText(tr("Connecting to %1…").arg(m_client->baseUrl().host()));
    setRunning(true);
    m_client->download(request());
}

void DownloadDialog::cancel()
{
    if (!m_running) {
        reject();
        return;
    }
    m_client->cancel();
    setRunning(false);
    m_status->setText(tr("Download cancelled; nothing was loaded or cached."));
}

void DownloadDialog::savePack(const EurostatClient::Result &result)
{
    m_packPath.clear();
    m_packError.clear();
    if (m_packDirectory.isEmpty())
        return;
    const EurostatClient::Request request = this->request();
    // The NUTS version of the codes, by the boundary cache's code lists when there is one.
    int version = 0;
    NutsCodes codes;
    if (QString why; codes.loadFromCache(&why))
        version = codes.detectVersion(result.table).version;
    const QString folder = QDir(m_packDirectory)
                               .absoluteFilePath(EurostatClient::packName(request, result) + QStringLiteral(".cspack"));
    if (DataPack::write(folder, EurostatClient::packManifest(request, result, version), {result.cachedFile},
                        &m_packError)) {
        m_packPath = folder;
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("Kept as data pack %1.").arg(QDir::toNativeSeparators(folder)));
    } else {
        m_status->setText(m_status->text() + QLatin1Char(' ') + m_packError);
    }
}

void DownloadDialog::setRunning(bool running)
{
    m_running = running;
    m_download->setEnabled(!running);
    m_dataset->setEnabled(!running);
    m_format->setEnabled(!running);
    m_refresh->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
}

void DownloadDialog::updateCacheNote()
{
    if (m_running)
        return;
    m_status->setText(m_client->isCached(request())
                          ? tr("A copy is in the cache (%1); it is used unless you tick “Download "
                               "again”.")
                                .arg(m_client->cacheDirectory())
                          : tr("Not in the cache yet; needs a network connection."));
}

} // namespace cs
