// SPDX-License-Identifier: MIT
#include "widgets/DataPackDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cs {

namespace {

enum Column { Title, Dataset, Nuts, Years, Retrieved, Licence, Location, ColumnCount };

QString sameFolder(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return path;
    const QFileInfo info(path);
    return (info.fileName() == QLatin1String("pack.json") && !info.isDir())
               ? info.absolutePath()
               : info.absoluteFilePath();
}

} // namespace

DataPackDialog::DataPackDialog(const QStringList &extra, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Data packs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Dated offline copies of the statistics: the packs built in, those "
                                "downloaded from Eurostat (kept in %1) and those opened before.")
                                 .arg(QDir::toNativeSeparators(DataPack::userDirectory())),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Dataset"), tr("NUTS"), tr("Years"),
                                        tr("Retrieved"), tr("Licence"), tr("Location")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_showFolder = buttons->addButton(tr("Show &folder"), QDialogButtonBox::ActionRole);
    QPushButton *other = buttons->addButton(tr("Open other &pack…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_open, &QPushButton::clicked, this, &DataPackDialog::openSelected);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_packs[row].path));
    });
    connect(other, &QPushButton::clicked, this, &DataPackDialog::openOther);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DataPackDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DataPackDialog::openSelected);

    fill(extra);
    if (current.isEmpty() || !selectPack(current))
        m_table->selectRow(0);
    updateButtons();
    resize(1180, 360);
}

void DataPackDialog::fill(const QStringList &extra)
{
    m_packs = DataPack::installed(extra);
    m_table->setRowCount(int(m_packs.size()));
    for (int row = 0; row < m_packs.size(); ++row) {
        const ListedPack &listed = m_packs[row];
        QStringList cells(ColumnCount);
        if (listed.pack) {
            const DataPack::Manifest &m = listed.pack->manifest();
            cells[Title] = m.title;
            cells[Dataset] = m.dataset;
            cells[Nuts] = QString::number(m.nutsVersion);
            cells[Years] = listed.pack->yearsText();
            cells[Retrieved] = m.retrieved;
            cells[Licence] = m.licence;
        } else {
            cells[Title] = tr("Not usable: %1").arg(listed.error);
        }
        cells[Location] = listed.path.startsWith(QLatin1Char(':'))
                              ? tr("built in (%1)").arg(listed.path)
                              : QDir::toNativeSeparators(listed.path);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (!listed.pack)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long texts are elided (whole in their tooltips and below the table): the location
    // stays in view.
    m_table->setColumnWidth(Title, std::min(m_table->columnWidth(Title), 430));
    m_table->setColumnWidth(Licence, std::min(m_table->columnWidth(Licence), 130));
}

bool DataPackDialog::selectPack(const QString &path)
{
    const QString wanted = sameFolder(path);
    for (int row = 0; row < m_packs.size(); ++row) {
        if (sameFolder(m_packs[row].path) == wanted) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

int DataPackDialog::currentRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void DataPackDialog::updateButtons()
{
    const int row = currentRow();
    const ListedPack *listed = row >= 0 ? &m_packs[row] : nullptr;
    m_open->setEnabled(listed && listed->pack);
    m_showFolder->setEnabled(listed && !listed->path.startsWith(QLatin1Char(':')));
    if (!listed) {
        m_details->clear();
    } else if (!listed->pack) {
        m_details->setText(listed->error);
    } else {
        const DataPack::Manifest &m = listed->pack->manifest();
        QString details = tr("%1 (%2); %3, retrieved %4. Licence: %5.")
                              .arg(m.measure, m.unit, m.source, m.retrieved, m.licence);
        if (!m.query.isEmpty())
            details += QLatin1Char(' ') + tr("Query: %1").arg(m.query);
        m_details->setText(details);
    }
}

void DataPackDialog::openSelected()
{
    const int row = currentRow();
    if (row < 0 || !m_packs[row].pack)
        return;
    m_chosen = m_packs[row].path;
    accept();
}

void DataPackDialog::openOther()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open data pack"), DataPack::userDirectory());
    if (folder.isEmpty())
        return;
    QString error;
    if (!DataPack::read(folder, &error)) {
        QMessageBox::warning(this, tr("Open data pack"), error);
        return;
    }
    m_chosen = folder;
    accept();
}

} // namespace cs
