// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"
#include "app/Recipe.h"
#include "maps/ClusterData.h"
#include "maps/NutsLayer.h"

#include "maps/FigureExport.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QDockWidget;
class QSlider;
class QTimer;
class QToolButton;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace cs {

class ComparisonView;
class MapView;
class PeerFinder;
class RegionProfile;

// The main window: pickers for level, category, indicator, year and symbology above
// the map; menus for export and navigation; search by region name or code. Every
// change of the view goes through the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ClusterData data, const ViewOptions &view, DataSource source = DataSource::embedded(QStringLiteral("sbs")),
               QWidget *parent = nullptr);
    // Project files: the whole view (data source, options, extent, selection) as JSON.
    bool saveProject(const QString &path, QString *error) const;
    bool openProject(const QString &path, QString *error);

    MapView *mapView() const { return m_mapView; }
    const ViewOptions &view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    // Empty when the map shows data; otherwise what went wrong (e.g. no boundaries).
    QString lastError() const { return m_lastError; }
    // Selects and zooms to the region whose code or name matches `text`; false if none.
    bool findRegion(const QString &text);
    RegionProfile *regionProfile() const { return m_profile; }
    PeerFinder *peerFinder() const { return m_peers; }
    ComparisonView *comparisonView() const { return m_comparison; }
    QSlider *yearSlider() const { return m_yearSlider; }
    // Opens the side-by-side view with the selected regions (2–4); false otherwise.
    bool compareSelection();
    // Selects regions by NUTS code (the first one's profile is shown); returns the
    // codes that are not regions of the current level.
    QStringList selectRegions(const QStringList &codes);
    // Shows one of the panels: "profile", "peers" or "compare".
    bool showPanel(const QString &name);

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
    void showRegion(int region);
    void updatePanels();
    QString codeOf(int region) const;

    ClusterData m_data;
    DataSource m_source;
    FigureOptions m_lastFigure;
    ViewOptions m_view;
    NutsLayer::Scale m_scale = NutsLayer::Scale::M10;
    QHash<QString, std::shared_ptr<const NutsLayer>> m_layers;
    MapView *m_mapView = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_indicator = nullptr;
    QSlider *m_yearSlider = nullptr;
    QLabel *m_yearLabel = nullptr;
    QToolButton *m_play = nullptr;
    QTimer *m_playTimer = nullptr;
    RegionProfile *m_profile = nullptr;
    PeerFinder *m_peers = nullptr;
    ComparisonView *m_comparison = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QDockWidget *m_peersDock = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
    QAction *m_compareAction = nullptr;
    QList<QAction *> m_labelActions; // None, Codes, Names
    QAction *m_starAction = nullptr;
    QString m_profileRegion;
    QComboBox *m_classification = nullptr;
    QComboBox *m_palette = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_lastError;
};

} // namespace cs
