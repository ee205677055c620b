// SPDX-License-Identifier: MIT
#pragma once

#include "app/Recipe.h"
#include "app/ViewOptions.h"
#include "maps/ClusterData.h"
#include "maps/NutsLayer.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QComboBox;
class QDockWidget;
class QSlider;
class QTimer;
class QToolButton;
class QLabel;
class QLineEdit;
class QProgressBar;
class QUndoStack;

namespace cs {

class ComparisonView;
class ExportActions;
class ImportActions;
class MapView;
class PeerFinder;
class RecentFiles;
class RegionProfile;
class ViewController;

// The main window: pickers for level, category, indicator, year and symbology above
// the map; panels for a region's profile, partner regions and comparisons; menus for
// data, export and navigation. The view and its undo history live in ViewController,
// imports and exports in ImportActions and ExportActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ClusterData data, const ViewOptions &view, DataSource source = DataSource::embedded(QStringLiteral("sbs")),
               QWidget *parent = nullptr);
    ~MainWindow() override;
    // Project files: the whole view (data source, options, extent, selection) as JSON.
    bool saveProject(const QString &path, QString *error) const;
    bool openProject(const QString &path, QString *error);

    const ClusterData &data() const { return m_data; }
    const DataSource &source() const { return m_source; }
    const ViewOptions &view() const;
    ViewController *controller() const { return m_controller; }
    QUndoStack *undoStack() const;
    ImportActions *imports() const { return m_imports; }
    ExportActions *exports() const { return m_exports; }
    RecentFiles *recentFiles() const { return m_recent; }
    MapView *mapView() const { return m_mapView; }
    RegionProfile *regionProfile() const { return m_profile; }
    PeerFinder *peerFinder() const { return m_peers; }
    ComparisonView *comparisonView() const { return m_comparison; }
    QSlider *yearSlider() const { return m_yearSlider; }
    QToolButton *playButton() const { return m_play; }
    // Shown in the status bar, with a message, while long work runs (boundaries, export).
    QProgressBar *progressBar() const { return m_progress; }
    // Empty when the map shows data; otherwise what went wrong (e.g. no boundaries).
    QString lastError() const { return m_lastError; }

    // Selects and zooms to the region whose code or name matches `text` (or adds it to
    // the selection); false if none.
    bool findRegion(const QString &text, bool addToSelection = false);
    // Opens the side-by-side view with the selected regions (2–10); false otherwise.
    bool compareSelection();
    // Selects regions by NUTS code (the first one's profile is shown); returns the
    // codes that are not regions of the current level.
    QStringList selectRegions(const QStringList &codes);
    // Shows one of the panels: "profile", "peers" or "compare".
    bool showPanel(const QString &name);
    // Replaces the statistics; the view keeps level, category, indicator and year where
    // the new data has them. Clears the undo history (its steps name the old data).
    void setData(ClusterData data, const DataSource &source);
    // Draws the regions from a boundary file of any OGR format instead of the built-in
    // NUTS cache (empty `path`: back to the cache); the view moves to a level the file
    // has. False, with `error`, when no level of the data is in the file.
    bool useBoundaries(const QString &path, const NutsLayer::LoadOptions &options, QString *error);
    QString boundaries() const;
    // The files the map is drawn from (statistics, boundaries, category mapping): never
    // an export's output.
    QStringList inputFiles() const;
    // Runs `work` in a worker thread with the progress bar and `message` in the status
    // bar; returns when it is done. User input waits meanwhile; painting goes on.
    void runLong(const QString &message, const std::function<void()> &work);
    static QString methodName(const QString &key); // the Classes picker's name of a method key

public slots:
    // Applies `view` as one undoable step (no step when nothing changes).
    void requestView(const ViewOptions &view);

private:
    void createViewToolBar();
    void createYearControls(QWidget *bar);
    void createStyleToolBar();
    void createSearchBar();
    void createStatusBar();
    void createPanels();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void connectMap();

    NutsLayer::Scale detailFor(const QRectF &extent) const;
    void refresh();
    void readPickers();
    void syncPickers();
    void reloadPickers();
    void fillCategoryPicker();
    void updateSearchCompleter();
    void showRegion(int region);
    void updatePanels();
    QString codeOf(int region) const;

    ClusterData m_data;
    DataSource m_source;
    ViewController *m_controller = nullptr;
    ImportActions *m_imports = nullptr;
    ExportActions *m_exports = nullptr;
    RecentFiles *m_recent = nullptr;
    NutsLayer::Scale m_scale = NutsLayer::Scale::M10;
    MapView *m_mapView = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_indicator = nullptr;
    QSlider *m_yearSlider = nullptr;
    QLabel *m_yearLabel = nullptr;
    QToolButton *m_play = nullptr;
    QTimer *m_playTimer = nullptr;
    ViewOptions m_playStart; // the view the year animation started from
    RegionProfile *m_profile = nullptr;
    PeerFinder *m_peers = nullptr;
    ComparisonView *m_comparison = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QDockWidget *m_peersDock = nullptr;
    bool m_peersInView = false; // the partner panel is on screen: its partners are marked
    QDockWidget *m_comparisonDock = nullptr;
    QAction *m_compareAction = nullptr;
    QList<QAction *> m_labelActions; // None, Codes, Names
    QList<QAction *> m_totalActions; // region totals: Sum, Published
    QAction *m_starAction = nullptr;
    QAction *m_classesPerYearAction = nullptr;
    QAction *m_circlesAction = nullptr;
    QString m_profileRegion;
    QComboBox *m_classification = nullptr;
    QComboBox *m_palette = nullptr;
    QComboBox *m_reference = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastError;
    QProgressBar *m_progress = nullptr;
    int m_busy = 0;
};

} // namespace cs
