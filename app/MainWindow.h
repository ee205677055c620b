// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"
#include "maps/ClusterData.h"
#include "maps/NutsLayer.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace cs {

class MapView;

// The main window: pickers for level, category, indicator, year and symbology above
// the map; menus for export and navigation; search by region name or code. Every
// change of the view goes through the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ClusterData data, const ViewOptions &view, QWidget *parent = nullptr);

    MapView *mapView() const { return m_mapView; }
    const ViewOptions &view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    // Empty when the map shows data; otherwise what went wrong (e.g. no boundaries).
    QString lastError() const { return m_lastError; }
    // Selects and zooms to the region whose code or name matches `text`; false if none.
    bool findRegion(const QString &text);

public slots:
    // Applies `view` as one undoable step (no step when nothing changes).
    void requestView(const ViewOptions &view);

private:
    friend class ViewCommand;
    void applyView(const ViewOptions &view);
    std::shared_ptr<const NutsLayer> layer(int level, NutsLayer::Scale scale);
    NutsLayer::Scale detailFor(const QRectF &extent) const;
    void refresh();
    void readPickers();
    void syncPickers();
    void updateSearchCompleter();
    void createMenus();
    void exportFigure();
    void exportScores();

    ClusterData m_data;
    ViewOptions m_view;
    NutsLayer::Scale m_scale = NutsLayer::Scale::M10;
    QHash<QString, std::shared_ptr<const NutsLayer>> m_layers;
    MapView *m_mapView = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_classification = nullptr;
    QComboBox *m_palette = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_lastError;
};

} // namespace cs
