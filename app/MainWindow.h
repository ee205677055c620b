// SPDX-License-Identifier: MIT
#pragma once

#include "app/CommandLine.h"
#include "app/Recipe.h"
#include "maps/ClusterData.h"
#include "maps/NutsLayer.h"
#include "maps/TableReader.h"

#include "maps/FigureExport.h"

#include <QHash>
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
class QMenu;
class QProgressBar;
class QUndoStack;

namespace cs {

class ComparisonView;
class EurostatClient;
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
    // Selects and zooms to the region whose code or name matches `text` (or adds it to
    // the selection); false if none.
    bool findRegion(const QString &text, bool addToSelection = false);
    RegionProfile *regionProfile() const { return m_profile; }
    PeerFinder *peerFinder() const { return m_peers; }
    ComparisonView *comparisonView() const { return m_comparison; }
    QSlider *yearSlider() const { return m_yearSlider; }
    QToolButton *playButton() const { return m_play; }
    // Opens the side-by-side view with the selected regions (2–4); false otherwise.
    bool compareSelection();
    // Selects regions by NUTS code (the first one's profile is shown); returns the
    // codes that are not regions of the current level.
    QStringList selectRegions(const QStringList &codes);
    // Shows one of the panels: "profile", "peers" or "compare".
    bool showPanel(const QString &name);
    // Replaces the statistics; the view keeps level, category, indicator and year where
    // the new data has them. Clears the undo history (its steps name the old data).
    void setData(ClusterData data, const DataSource &source);
    // Reads a table (TableReader; columns empty: by content), shows "n values loaded" and
    // the problems in a dialog and switches the map to it; false when nothing was usable.
    bool importStatistics(const QString &path, const TableReader::Options &options,
                          std::optional<int> nutsVersion);
    // Loads a user NACE → cluster mapping and reports the NACE codes of the data it leaves
    // unmapped in a dialog; false (with the problems shown) when the file is not usable.
    bool loadCategoryMapping(const QString &path);
    // Draws the regions from a boundary file of any OGR format instead of the built-in
    // NUTS cache (empty `path`: back to the cache); the view moves to a level the file
    // has. False, with `error`, when no level of the data is in the file.
    bool useBoundaries(const QString &path, const NutsLayer::LoadOptions &options, QString *error);
    QString boundaries() const { return m_boundaries; }
    // Switches to one of ClusterData::embeddedKeys() (File ▸ Embedded data).
    void useEmbeddedData(const QString &key);
    // The text of the last import or mapping report (as in its dialog).
    QString lastReport() const { return m_lastReport; }
    // File ▸ Open recent: the last project files opened or saved, newest first, at most
    // kMaxRecentFiles, in QSettings; files that no longer exist are dropped.
    static constexpr int kMaxRecentFiles = 8;
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    QMenu *recentMenu() const { return m_recentMenu; }
    // Shown in the status bar, with a message, while long work runs (boundaries, export).
    QProgressBar *progressBar() const { return m_progress; }
    // Writes the map as a figure in a worker thread; the window stays responsive.
    bool writeFigure(const QString &path, const FigureOptions &options, QString *error);
    static QString methodName(const QString &key); // the Classes picker's name of a method key

public slots:
    // Applies `view` as one undoable step (no step when nothing changes).
    void requestView(const ViewOptions &view);

private:
    friend class ViewCommand;
    void applyView(const ViewOptions &view);
    std::shared_ptr<const NutsLayer> layer(int level, NutsLayer::Scale scale);
    NutsLayer::Scale detailFor(const QRectF &extent) const;
    void refresh();
    void openBoundariesInteractive();
    void readPickers();
    void syncPickers();
    void updateSearchCompleter();
    void createMenus();
    void exportFigure();
    void exportScores();
    void importStatisticsInteractive();
    void downloadFromEurostat();
    void reloadPickers();
    void showReport(const QString &title, const QString &summary, const QList<InputProblem> &problems);
    // Applies the user's category mapping (if any) to newly loaded data; its unmapped
    // codes are added to `problems`.
    void keepCategoryMapping(ClusterData &data, QList<InputProblem> *problems) const;
    void showRegion(int region);
    void updatePanels();
    QString codeOf(int region) const;
    void updateRecentMenu();
    // Runs `work` in a worker thread with the progress bar and `message` in the status
    // bar; returns when it is done. User input waits meanwhile; painting goes on.
    void runLong(const QString &message, const std::function<void()> &work);

    ClusterData m_data;
    DataSource m_source;
    FigureOptions m_lastFigure;
    ViewOptions m_view;
    NutsLayer::Scale m_scale = NutsLayer::Scale::M10;
    QHash<QString, std::shared_ptr<const NutsLayer>> m_layers;
    QString m_boundaries; // a user's boundary file; empty: the NUTS cache
    NutsLayer::LoadOptions m_boundaryOptions;
    QAction *m_builtinBoundaries = nullptr;
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
    QDockWidget *m_comparisonDock = nullptr;
    QAction *m_compareAction = nullptr;
    QList<QAction *> m_labelActions; // None, Codes, Names
    QList<QAction *> m_totalActions; // region totals: Sum, Published
    QAction *m_starAction = nullptr;
    QAction *m_classesPerYearAction = nullptr;
    QString m_profileRegion;
    QComboBox *m_classification = nullptr;
    QComboBox *m_palette = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_lastError;
    QString m_lastReport;
    QMenu *m_recentMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    int m_busy = 0;
    QComboBox *m_reference = nullptr;
    EurostatClient *m_eurostat = nullptr;
};

} // namespace cs
