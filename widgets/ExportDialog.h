// SPDX-License-Identifier: MIT
#pragma once

#include "maps/FigureExport.h"
#include "maps/MapScene.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cs {

// Figure export settings with a live preview painted by the same FigureExport code
// that writes the file, so what is shown is what is written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const MapScene &scene, QWidget *parent = nullptr);

    FigureOptions options() const;
    void setOptions(const FigureOptions &options);
    QString path() const;
    void setPath(const QString &path);
    // The preview as last painted (for tests).
    QImage preview() const { return m_preview; }

private:
    void updatePreview();
    void browse();

    MapScene m_scene;
    QImage m_preview;
    QComboBox *m_format = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_orientation = nullptr;
    QSpinBox *m_dpi = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_insets = nullptr;
    QCheckBox *m_scaleBar = nullptr;
    QCheckBox *m_northArrow = nullptr;
    QSpinBox *m_margins = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_previewLabel = nullptr;
};

} // namespace cs
