// SPDX-License-Identifier: MIT
#include "widgets/ExportDialog.h"

#include "maps/NumberFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>

namespace cs {

namespace {
constexpr int kPreviewWidth = 520;
}

ExportDialog::ExportDialog(const MapScene &scene, QWidget *parent) : QDialog(parent), m_scene(scene)
{
    setWindowTitle(tr("Export figure"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(FigureOptions::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(FigureOptions::Format::Svg));
    m_format->addItem(tr("PDF document"), int(FigureOptions::Format::Pdf));
    m_page = new QComboBox(this);
    m_page->addItem(tr("Custom size in pixels"), -1);
    m_page->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_page->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_page->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_width = new QSpinBox(this);
    m_width->setRange(16, 30000);
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 30000);
    m_height->setSuffix(tr(" px"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(scene.title);
    m_subtitle = new QLineEdit(this);
    m_insets = new QCheckBox(tr("Insets for the outermost regions"), this);
    m_scaleBar = new QCheckBox(tr("Scale bar"), this);
    m_northArrow = new QCheckBox(tr("North arrow"), this);
    m_margins = new QSpinBox(this);
    m_margins->setRange(0, 50);
    m_margins->setSuffix(tr(" mm"));
    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Resolution:"), m_dpi);
    // Rows of two widgets: the label's mnemonic goes to the first.
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, size);
    form->addRow(tr("&Margins:"), m_margins);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(QString(), m_insets);
    form->addRow(QString(), m_scaleBar);
    form->addRow(QString(), m_northArrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(kPreviewWidth, kPreviewWidth * 2 / 3);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAccessibleName(tr("Preview"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    setOptions(FigureOptions{});
    for (QComboBox *box : {m_format, m_page, m_orientation})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QSpinBox *spin : {m_dpi, m_width, m_height, m_margins})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    for (QCheckBox *check : {m_insets, m_scaleBar, m_northArrow})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
}

FigureOptions ExportDialog::options() const
{
    FigureOptions o;
    o.format = FigureOptions::Format(m_format->currentData().toInt());
    const int page = m_page->currentData().toInt();
    o.usePage = page >= 0;
    if (o.usePage)
        o.page = QPageSize(QPageSize::PageSizeId(page));
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.dpi = m_dpi->value();
    o.pixelSize = QSize(m_width->value(), m_height->value());
    o.title = m_title->text();
    o.subtitle = m_subtitle->text();
    o.insets = m_insets->isChecked();
    o.scaleBar = m_scaleBar->isChecked();
    o.northArrow = m_northArrow->isChecked();
    o.marginMm = m_margins->value();
    return o;
}

void ExportDialog::setOptions(const FigureOptions &o)
{
    m_format->setCurrentIndex(m_format->findData(int(o.format)));
    m_page->setCurrentIndex(std::max(0, m_page->findData(o.usePage ? int(o.page.id()) : -1)));
    m_orientation->setCurrentIndex(m_orientation->findData(int(o.orientation)));
    m_dpi->setValue(int(o.dpi));
    m_width->setValue(o.pixelSize.width());
    m_height->setValue(o.pixelSize.height());
    m_title->setText(o.title);
    m_subtitle->setText(o.subtitle);
    m_insets->setChecked(o.insets);
    m_scaleBar->setChecked(o.scaleBar);
    m_northArrow->setChecked(o.northArrow);
    m_margins->setValue(qRound(o.marginMm));
    updatePreview();
}

QString ExportDialog::path() const { return m_path->text(); }
void ExportDialog::setPath(const QString &path) { m_path->setText(path); }

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export figure"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    FigureOptions::Format format;
    if (FigureOptions::parseFormat(QFileInfo(chosen).suffix().toLower(), &format))
        m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::updatePreview()
{
    if (!m_previewLabel)
        return;
    const FigureOptions o = options();
    m_page->setEnabled(true);
    m_orientation->setEnabled(o.usePage);
    m_width->setEnabled(!o.usePage);
    m_height->setEnabled(!o.usePage);
    m_margins->setEnabled(o.usePage);
    // The figure at its real aspect, painted at a preview DPI so text keeps its size
    // relative to the page.
    const QSize full = o.outputPixels();
    const double scale = double(kPreviewWidth) / std::max(1, full.width());
    m_preview = QImage(QSize(kPreviewWidth, std::max(1, int(full.height() * scale))),
                       QImage::Format_ARGB32_Premultiplied);
    const int dpm = qRound(o.dpi * scale / 0.0254);
    m_preview.setDotsPerMeterX(dpm);
    m_preview.setDotsPerMeterY(dpm);
    m_preview.fill(Qt::white);
    {
        QPainter painter(&m_preview);
        FigureOptions previewOptions = o;
        previewOptions.dpi = o.dpi * scale;
        FigureExport::paint(painter, m_scene, QRectF(m_preview.rect()), previewOptions);
    }
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    m_previewLabel->setToolTip(tr("%1 × %2 px").arg(numbers::count(full.width()), numbers::count(full.height())));
}

} // namespace cs
