// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/ProjectFile.h"
#include "maps/FigureExport.h"
#include "maps/GeoPackageExport.h"
#include "maps/QgisProject.h"
#include "maps/MapRenderer.h"
#include "maps/Palette.h"
#include "maps/SceneBuilder.h"
#include "maps/XlsxExport.h"
#include "maps/EurostatClient.h"
#include "maps/TableImport.h"
#include "widgets/ColumnMappingDialog.h"
#include "widgets/ComparisonView.h"
#include "widgets/DownloadDialog.h"
#include "widgets/ExportDialog.h"
#include "widgets/MapView.h"
#include "widgets/PeerFinder.h"
#include "widgets/RegionProfile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QProgressBar>
#include <QThread>
#include <QGuiApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStringListModel>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>

namespace cs {

// One change of the view (level, category, indicator, year, symbology).
class ViewCommand : public QUndoCommand
{
public:
    ViewCommand(MainWindow *window, ViewOptions before, ViewOptions after)
        : m_window(window), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("cs::MainWindow", "change view"));
    }
    void undo() override { m_window->applyView(m_before); }
    void redo() override { m_window->applyView(m_after); }

private:
    MainWindow *m_window;
    ViewOptions m_before, m_after;
};

MainWindow::MainWindow(ClusterData data, const ViewOptions &view, DataSource source, QWidget *parent)
    : QMainWindow(parent), m_data(std::move(data)), m_source(std::move(source)), m_view(view)
{
    setWindowTitle(tr("ClusterScope"));
    m_undo = new QUndoStack(this);
    m_mapView = new MapView(this);
    setCentralWidget(m_mapView);

    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);

    m_level = new QComboBox(bar);
    m_level->setToolTip(tr("NUTS level"));

    m_category = new QComboBox(bar);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setMinimumContentsLength(32);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setToolTip(tr("Industry (NACE) or cluster category; type to search"));

    m_indicator = new QComboBox(bar);
    m_indicator->setObjectName(QStringLiteral("indicatorPicker"));
    for (Indicator i : {Indicator::LocationQuotient, Indicator::Stars, Indicator::Employment,
                        Indicator::Share, Indicator::Focus})
        m_indicator->addItem(ClusterData::indicatorLabel(i), int(i));

    // Years: a slider with a play button that steps through them.
    m_yearSlider = new QSlider(Qt::Horizontal, bar);
    m_yearSlider->setPageStep(1);
    m_yearSlider->setTickPosition(QSlider::TicksBelow);
    m_yearSlider->setToolTip(tr("Year"));
    m_yearLabel = new QLabel(bar);
    m_play = new QToolButton(bar);
    m_play->setText(tr("Play"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Animate the years"));
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(900);
    // The animation is one undo step: the frames change the view directly, and stopping
    // records the change from the view it started with.
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setText(on ? tr("Pause") : tr("Play"));
        if (on) {
            m_playStart = m_view;
            m_playTimer->start();
            return;
        }
        m_playTimer->stop();
        if (!(m_playStart == m_view))
            m_undo->push(new ViewCommand(this, m_playStart, m_view));
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        const QList<int> years = m_data.years();
        if (years.isEmpty())
            return;
        ViewOptions view = m_view;
        view.year = years.value((int(years.indexOf(m_view.year)) + 1) % int(years.size()));
        applyView(view);
    });
    connect(m_yearSlider, &QSlider::valueChanged, this, [this](int index) {
        ViewOptions view = m_view;
        view.year = m_data.years().value(index);
        requestView(view);
    });

    m_classification = new QComboBox(bar);
    // The first items follow the indicator and name what it uses (syncPickers).
    m_classification->addItem(QString(), QString());
    const QStringList keys = Classification::methodKeys();
    for (const QString &key : keys)
        if (key != QLatin1String("manual"))
            m_classification->addItem(methodName(key), key);
    m_classification->setToolTip(tr("Classification"));

    m_palette = new QComboBox(bar);
    m_palette->addItem(QString(), QString());
    for (const QString &name : Palette::names())
        m_palette->addItem(name, name);
    m_palette->setToolTip(tr("Colour palette"));
    m_palette->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classification->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto addLabelled = [bar](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(widget);
        bar->addWidget(l);
        bar->addWidget(widget);
    };
    addLabelled(tr("&Level "), m_level);
    addLabelled(tr(" &Category "), m_category);
    addLabelled(tr(" &Indicator "), m_indicator);
    addLabelled(tr(" &Year "), m_yearSlider);
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_play);
    addToolBarBreak();
    QToolBar *style = addToolBar(tr("Style"));
    style->setObjectName(QStringLiteral("styleToolBar"));
    style->setMovable(false);
    auto *classesLabel = new QLabel(tr("Cl&asses "), style);
    classesLabel->setBuddy(m_classification);
    style->addWidget(classesLabel);
    style->addWidget(m_classification);
    auto *paletteLabel = new QLabel(tr(" &Palette "), style);
    paletteLabel->setBuddy(m_palette);
    style->addWidget(paletteLabel);
    style->addWidget(m_palette);
    auto *reference = m_reference = new QComboBox(style);
    reference->setToolTip(tr("Reference area of shares, location quotients and stars"));
    reloadPickers(); // levels, categories, years and reference areas of the data
    auto *referenceLabel = new QLabel(tr(" &Reference "), style);
    referenceLabel->setBuddy(reference);
    style->addWidget(referenceLabel);
    style->addWidget(reference);
    connect(reference, &QComboBox::activated, this, [this, reference] {
        m_data.setReference(reference->currentData().toString());
        refresh();
    });

    QToolBar *searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    m_search = new QLineEdit(searchBar);
    m_search->setPlaceholderText(tr("Find region (name or NUTS code)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setCompleter(new QCompleter(new QStringListModel(m_search), m_search));
    m_search->completer()->setFilterMode(Qt::MatchContains);
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    searchBar->addWidget(m_search);
    m_search->setToolTip(tr("Enter selects the region; Ctrl+Enter adds it to the selection"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!findRegion(m_search->text()))
            statusBar()->showMessage(tr("No region matches “%1”").arg(m_search->text()), 5000);
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, m_search, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
                this, [this] {
                    if (!findRegion(m_search->text(), true))
                        statusBar()->showMessage(tr("No region matches “%1”").arg(m_search->text()), 5000);
                });
    connect(m_search->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findRegion(text); });

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the work reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    for (QComboBox *box : {m_level, m_category, m_indicator, m_classification, m_palette})
        connect(box, &QComboBox::activated, this, &MainWindow::readPickers);
    connect(m_mapView, &MapView::regionHovered, this, [this](int region) {
        m_status->setText(region >= 0 ? m_mapView->tooltipText(region).remove(
                                            QRegularExpression(QStringLiteral("<[^>]*>")))
                                      : QString());
    });
    connect(m_mapView, &MapView::extentChanged, this, [this](const QRectF &extent) {
        if (detailFor(extent) != m_scale)
            refresh();
    });
    // Panels: region profile, partner regions, side-by-side comparison.
    m_profile = new RegionProfile(&m_data, this);
    m_profileDock = new QDockWidget(tr("Region profile"), this);
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setWidget(m_profile);
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    m_peers = new PeerFinder(&m_data, this);
    m_peersDock = new QDockWidget(tr("Partner regions"), this);
    m_peersDock->setObjectName(QStringLiteral("peersDock"));
    m_peersDock->setWidget(m_peers);
    addDockWidget(Qt::RightDockWidgetArea, m_peersDock);
    tabifyDockWidget(m_profileDock, m_peersDock);
    m_profileDock->raise();
    m_comparison = new ComparisonView(&m_data, this);
    m_comparisonDock = new QDockWidget(tr("Compare regions"), this);
    m_comparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    m_comparisonDock->setWidget(m_comparison);
    addDockWidget(Qt::RightDockWidgetArea, m_comparisonDock);
    tabifyDockWidget(m_peersDock, m_comparisonDock);
    m_comparisonDock->hide();
    m_profileDock->hide();
    m_peersDock->hide();

    connect(m_mapView, &MapView::regionActivated, this, &MainWindow::showRegion);
    connect(m_mapView, &MapView::selectionChanged, this, [this](const QSet<int> &selection) {
        m_compareAction->setEnabled(selection.size() >= 2 && selection.size() <= 4);
    });
    auto pickCategory = [this](const QString &category) {
        ViewOptions view = m_view;
        view.category = category;
        requestView(view);
    };
    connect(m_profile, &RegionProfile::categoryActivated, this, pickCategory);
    connect(m_comparison, &ComparisonView::categoryActivated, this, pickCategory);
    connect(m_peers, &PeerFinder::peersChanged, this, [this](const QStringList &codes) {
        QSet<int> marked;
        if (const auto &regions = m_mapView->scene().layer)
            for (const QString &code : codes)
                if (const int i = regions->indexOf(code); i >= 0)
                    marked.insert(i);
        m_mapView->setMarked(marked);
    });
    connect(m_peers, &PeerFinder::regionActivated, this, [this](const QString &code) { findRegion(code); });

    createMenus();
    resize(1280, 860);
    applyView(view);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open project…"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open project"), settings.value(QStringLiteral("project/last")).toString(),
            tr("ClusterScope project (*.clusterscope.json *.json)"));
        QString error;
        if (!path.isEmpty() && !openProject(path, &error))
            QMessageBox::critical(this, tr("Open project"), error);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save project…"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save project"), settings.value(QStringLiteral("project/last")).toString(),
            tr("ClusterScope project (*.clusterscope.json)"));
        QString error;
        if (path.isEmpty())
            return;
        if (!saveProject(path, &error)) {
            QMessageBox::critical(this, tr("Save project"), error);
        } else {
            settings.setValue(QStringLiteral("project/last"), path);
            addRecentFile(path);
        }
    });
    save->setShortcut(QKeySequence::Save);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    // Drops files deleted since, so the menu lists only what can be opened.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    // The extracts built in: SBS 2015 by NACE division (clusters, stars) and LFS
    // 2008–2015 by NACE section (growth, the year slider).
    QMenu *embedded = file->addMenu(tr("&Embedded data"));
    for (const QString &key : ClusterData::embeddedKeys())
        embedded->addAction(ClusterData::embeddedTitle(key), this, [this, key] { useEmbeddedData(key); });
    // e_r of focus, LQ and stars: summed over the industries reported, or as published.
    QMenu *totals = file->addMenu(tr("Region &totals"));
    auto *totalGroup = new QActionGroup(this);
    const std::pair<RegionTotal, QString> totalKinds[] = {
        {RegionTotal::Sum, tr("&Sum of the industries reported")},
        {RegionTotal::Published, tr("&Published by the data (where it has them)")}};
    for (const auto &[kind, text] : totalKinds) {
        QAction *action = totals->addAction(text, this, [this, kind = kind] {
            m_data.setRegionTotal(kind);
            refresh();
        });
        action->setCheckable(true);
        action->setChecked(kind == m_data.regionTotal());
        action->setEnabled(kind == RegionTotal::Sum || m_data.hasPublishedTotals());
        totalGroup->addAction(action);
        m_totalActions.append(action);
    }
    QAction *import = file->addAction(tr("&Import statistics…"), this,
                                      &MainWindow::importStatisticsInteractive);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("&Download from Eurostat…"), this, &MainWindow::downloadFromEurostat);
    file->addAction(tr("Load category &mapping…"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load category mapping"), settings.value(QStringLiteral("mapping/last")).toString(),
            tr("Category mapping (*.csv);;All files (*)"));
        if (!path.isEmpty() && loadCategoryMapping(path))
            settings.setValue(QStringLiteral("mapping/last"), path);
    });
    file->addAction(tr("Open &boundaries…"), this, &MainWindow::openBoundariesInteractive);
    m_builtinBoundaries = file->addAction(tr("Built-in N&UTS boundaries"), this, [this] {
        QString error;
        useBoundaries(QString(), {}, &error);
    });
    m_builtinBoundaries->setEnabled(false);
    file->addSeparator();
    QAction *exportFigure = file->addAction(tr("Export &figure…"), this, &MainWindow::exportFigure);
    exportFigure->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export s&cores (CSV, XLSX)…"), this, &MainWindow::exportScores);
    // The regions with every score as a GeoPackage beside a QGIS project styled as the map.
    file->addAction(tr("Export layer for Q&GIS…"), this, [this] {
        const QString project = QFileDialog::getSaveFileName(
            this, tr("Export layer for QGIS"), QDir::home().filePath(QStringLiteral("clusterscope.qgs")),
            tr("QGIS project with GeoPackage (*.qgs)"));
        if (project.isEmpty())
            return;
        const QFileInfo info(project);
        const QString gpkg = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".gpkg"));
        MapScene scene = m_mapView->scene();
        scene.highlighted = -1;
        const NutsLayer::Key key{m_data.nutsVersion(), m_view.level, NutsLayer::Scale::M3};
        QString error;
        if (!GeoPackageExport::write({&m_data, CommandLine::toQuery(m_view), key, QString(), &scene}, gpkg, &error) ||
            !QgisProject::write({gpkg, GeoPackageExport::layerName(m_view.category), &scene}, project, &error)) {
            QMessageBox::critical(this, tr("Export layer for QGIS"), error);
            return;
        }
        statusBar()->showMessage(tr("Wrote %1 and %2").arg(QDir::toNativeSeparators(project),
                                                           QDir::toNativeSeparators(gpkg)), 5000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find region"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &in"), this, [this] {
        m_mapView->zoomAt(QRectF(m_mapView->rect()).center(), 1.5);
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &out"), this, [this] {
        m_mapView->zoomAt(QRectF(m_mapView->rect()).center(), 1 / 1.5);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *europe = viewMenu->addAction(tr("Zoom to &Europe"), m_mapView, &MapView::zoomToEurope);
    europe->setShortcut(QKeySequence(tr("Ctrl+0")));
    QAction *toSelection = viewMenu->addAction(tr("Zoom to &selection"), this, [this] {
        if (!m_mapView->selection().isEmpty())
            m_mapView->zoomToRegion(*m_mapView->selection().begin());
    });
    toSelection->setShortcut(QKeySequence(tr("Ctrl+J")));
    viewMenu->addSeparator();
    m_compareAction = viewMenu->addAction(tr("&Compare selected regions"), this, [this] {
        if (!compareSelection())
            statusBar()->showMessage(tr("Select 2 to 4 regions (Ctrl-click) to compare them."), 5000);
    });
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_compareAction->setEnabled(false);
    viewMenu->addSeparator();
    QMenu *labels = viewMenu->addMenu(tr("Region &labels"));
    auto *labelGroup = new QActionGroup(this);
    const std::pair<MapScene::Labels, QString> labelKinds[] = {{MapScene::Labels::None, tr("&None")},
                                                                {MapScene::Labels::Codes, tr("NUTS &codes")},
                                                                {MapScene::Labels::Names, tr("&Names")}};
    for (const auto &[kind, text] : labelKinds) {
        QAction *action = labels->addAction(text, this, [this, kind = kind] {
            ViewOptions view = m_view;
            view.labels = kind;
            requestView(view);
        });
        action->setCheckable(true);
        labelGroup->addAction(action);
        m_labelActions.append(action);
    }
    // Strong clusters: two stars or more (size, specialisation, focus).
    m_starAction = viewMenu->addAction(tr("Cluster s&tar symbols"), this, [this](bool on) {
        ViewOptions view = m_view;
        view.starSymbols = on ? 2 : 0;
        requestView(view);
    });
    m_starAction->setCheckable(true);
    // Class limits from this year's values only; by default from every year's, so that
    // a colour means the same number in every year of multi-year data.
    m_classesPerYearAction = viewMenu->addAction(tr("Class limits &per year"), this, [this](bool on) {
        ViewOptions view = m_view;
        view.classesPerYear = on;
        requestView(view);
    });
    m_classesPerYearAction->setCheckable(true);
    viewMenu->addSeparator();
    viewMenu->addAction(m_profileDock->toggleViewAction());
    viewMenu->addAction(m_peersDock->toggleViewAction());
    viewMenu->addAction(m_comparisonDock->toggleViewAction());
    m_profileDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_peersDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_comparisonDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+3")));
    // Back to the map from a panel or a picker, without the mouse.
    QAction *focusMap = viewMenu->addAction(tr("&Focus map"), this, [this] { m_mapView->setFocus(); });
    focusMap->setShortcut(QKeySequence(tr("Ctrl+M")));
    QToolBar *actions = addToolBar(tr("Actions"));
    actions->setObjectName(QStringLiteral("actionsToolBar"));
    actions->addAction(m_compareAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClusterScope"), this, [this] {
        QMessageBox::about(
            this, tr("About ClusterScope"),
            tr("<p><b>ClusterScope</b> maps the strength of economic clusters across Europe's "
               "regions.</p><p>%1</p><p>Cluster categories are the US Cluster Mapping Project's "
               "traded clusters carried over to NACE Rev. 2 through official concordances; they "
               "are not the official European Cluster Panorama definitions.</p>")
                .arg(m_data.sourceNote().toHtmlEscaped()));
    });
}

bool MainWindow::saveProject(const QString &path, QString *error) const
{
    QStringList selection;
    for (int i : m_mapView->selection())
        selection.append(codeOf(i));
    selection.sort();
    return ProjectFile::fromView(m_source, m_view, m_lastFigure, m_mapView->scene().extent, selection)
        .save(path, error);
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    const std::optional<ProjectFile> project = ProjectFile::load(path, error);
    if (!project)
        return false;
    if (!(project->recipe.data == m_source)) {
        *error = tr("%1: the project uses other data (%2); start ClusterScope with that data to "
                    "open it")
                     .arg(path, project->recipe.data.arguments().join(QLatin1Char(' ')));
        return false;
    }
    ViewOptions view;
    if (!project->recipe.toView(m_data, &view, error)) {
        *error = path + QStringLiteral(": ") + *error;
        return false;
    }
    m_lastFigure = project->recipe.figureOptions();
    requestView(view);
    if (!project->extent.isEmpty())
        m_mapView->setExtent(project->extent);
    selectRegions(project->selection);
    QSettings().setValue(QStringLiteral("project/last"), path);
    addRecentFile(path);
    return true;
}

QString MainWindow::methodName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("quantile"), QT_TR_NOOP("Quantiles")},
        {QStringLiteral("equal"), QT_TR_NOOP("Equal intervals")},
        {QStringLiteral("jenks"), QT_TR_NOOP("Natural breaks (Jenks)")},
        {QStringLiteral("stddev"), QT_TR_NOOP("Standard deviation")},
        {QStringLiteral("manual"), QT_TR_NOOP("Manual")},
        {QStringLiteral("diverging"), QT_TR_NOOP("Diverging quantiles (around 1; growth: 0)")},
        {QStringLiteral("symmetric"), QT_TR_NOOP("Symmetric (around 1; growth: 0)")},
        {QStringLiteral("logsym"), QT_TR_NOOP("Log-symmetric around 1, up to 2 (LQ)")},
        {QStringLiteral("stars"), QT_TR_NOOP("Stars (0–3)")}};
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

void MainWindow::requestView(const ViewOptions &view)
{
    if (view == m_view)
        return;
    m_undo->push(new ViewCommand(this, m_view, view));
}

void MainWindow::applyView(const ViewOptions &view)
{
    m_view = view;
    syncPickers();
    refresh();
}

void MainWindow::syncPickers()
{
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_indicator), b4(m_yearSlider),
        b5(m_classification), b6(m_palette);
    m_level->setCurrentIndex(m_level->findData(m_view.level));
    m_category->setCurrentIndex(m_category->findData(m_view.category));
    m_category->lineEdit()->setCursorPosition(0);
    m_indicator->setCurrentIndex(m_indicator->findData(int(m_view.indicator)));
    m_yearSlider->setValue(std::max(0, int(m_data.years().indexOf(m_view.year))));
    m_yearLabel->setText(QStringLiteral(" %1 ").arg(m_view.year));
    // The default items say what the indicator's default is.
    const Symbology defaults = Symbology::defaultFor(m_view.indicator);
    m_classification->setItemText(0, tr("Default: %1").arg(methodName(Classification::key(defaults.method))));
    m_classification->setCurrentIndex(std::max(
        0, m_classification->findData(m_view.method ? Classification::key(*m_view.method) : QString())));
    m_palette->setItemText(
        0, tr("Default: %1").arg(Symbology::defaultPalette(m_view.symbology().method, m_view.indicator)));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(m_view.palette)));
    if (QAction *labels = m_labelActions.value(int(m_view.labels)))
        labels->setChecked(true);
    if (m_starAction) {
        const QSignalBlocker b7(m_starAction);
        m_starAction->setChecked(m_view.starSymbols > 0);
    }
    if (m_classesPerYearAction) {
        const QSignalBlocker b8(m_classesPerYearAction);
        m_classesPerYearAction->setChecked(m_view.classesPerYear);
    }
}

void MainWindow::readPickers()
{
    ViewOptions view = m_view;
    view.level = m_level->currentData().toInt();
    const int categoryIndex = m_category->findText(m_category->currentText());
    if (categoryIndex >= 0)
        view.category = m_category->itemData(categoryIndex).toString();
    view.indicator = Indicator(m_indicator->currentData().toInt());
    const QString method = m_classification->currentData().toString();
    view.method = method.isEmpty() ? std::nullopt : Classification::parseMethod(method);
    view.palette = m_palette->currentData().toString();
    requestView(view);
}

NutsLayer::Scale MainWindow::detailFor(const QRectF &extent) const
{
    return MapRenderer::detailFor(extent, QSizeF(m_mapView->size()) * m_mapView->devicePixelRatioF());
}

std::shared_ptr<const NutsLayer> MainWindow::layer(int level, NutsLayer::Scale scale)
{
    const NutsLayer::Key key{m_data.nutsVersion(), level, scale};
    // The user's boundaries serve every scale; their level is picked by code length.
    const QString name = m_boundaries.isEmpty()
                             ? NutsLayer::cacheLayerName(key)
                             : QStringLiteral("%1|%2|%3").arg(m_boundaries, m_boundaryOptions.layer).arg(level);
    if (auto it = m_layers.constFind(name); it != m_layers.constEnd())
        return *it;
    auto loaded = std::make_shared<NutsLayer>();
    QString error;
    bool ok = false;
    NutsLayer::LoadOptions options = m_boundaryOptions;
    options.level = level;
    runLong(tr("Loading NUTS %1 boundaries…").arg(level), [&] {
        ok = m_boundaries.isEmpty() ? loaded->loadFromCache(key, &error)
                                    : loaded->load(m_boundaries, options, &error);
    });
    if (!ok) {
        m_lastError = error;
        return nullptr;
    }
    m_layers.insert(name, loaded);
    return loaded;
}

bool MainWindow::useBoundaries(const QString &path, const NutsLayer::LoadOptions &options, QString *error)
{
    if (!path.isEmpty()) {
        // The view's level first, then any level of the data the file has.
        QList<int> levels = {m_view.level};
        for (int level : m_data.levels())
            if (level != m_view.level)
                levels.append(level);
        NutsLayer probe;
        NutsLayer::LoadOptions tried = options;
        QString firstError;
        int found = -1;
        for (int level : levels) {
            tried.level = level;
            QString message;
            if (probe.load(path, tried, &message)) {
                found = level;
                break;
            }
            if (firstError.isEmpty())
                firstError = message;
        }
        if (found < 0) {
            if (error)
                *error = firstError;
            return false;
        }
        m_boundaryOptions = options;
        m_boundaryOptions.keyColumn = probe.keyColumn();
        m_boundaries = path;
        m_layers.clear();
        if (found != m_view.level) {
            ViewOptions view = m_view;
            view.level = found;
            applyView(view);
        }
        statusBar()->showMessage(tr("Boundaries: %1 (key column %2, %n regions)", nullptr,
                                    int(probe.regions().size()))
                                     .arg(QFileInfo(path).fileName(), probe.keyColumn()),
                                 10000);
    } else {
        m_boundaries.clear();
        m_boundaryOptions = {};
        m_layers.clear();
    }
    m_builtinBoundaries->setEnabled(!m_boundaries.isEmpty());
    refresh();
    return m_lastError.isEmpty();
}

void MainWindow::useEmbeddedData(const QString &key)
{
    ClusterData data = ClusterData::embedded(key);
    if (!m_data.categoryMappingFile().isEmpty()) {
        QList<InputProblem> problems;
        data.loadCategoryMapping(m_data.categoryMappingFile(), &problems); // kept, as for imports
    }
    setData(std::move(data), DataSource::embedded(key));
    statusBar()->showMessage(ClusterData::embeddedTitle(key), 5000);
}

void MainWindow::openBoundariesInteractive()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open boundaries"), settings.value(QStringLiteral("boundaries/last")).toString(),
        tr("Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QList<NutsLayer::SourceLayer> layers = NutsLayer::describe(path, &error);
    if (layers.isEmpty()) {
        QMessageBox::warning(this, tr("Open boundaries"), error);
        return;
    }
    NutsLayer::LoadOptions options;
    int chosen = 0;
    if (layers.size() > 1) {
        QStringList names;
        for (const NutsLayer::SourceLayer &layer : layers)
            names.append(layer.name);
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Open boundaries"), tr("Layer:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(names.indexOf(name));
        options.layer = name;
    }
    // The key column is found by its content; when that fails, the user names it.
    NutsLayer probe;
    NutsLayer::LoadOptions detect = options;
    if (!probe.load(path, detect, &error)) {
        bool ok = false;
        const QString column = QInputDialog::getItem(
            this, tr("Open boundaries"), tr("No column of NUTS codes was recognised. Column with the region codes:"),
            layers[chosen].columns, 0, false, &ok);
        if (!ok)
            return;
        options.keyColumn = column;
    }
    if (useBoundaries(path, options, &error))
        settings.setValue(QStringLiteral("boundaries/last"), path);
    else
        QMessageBox::warning(this, tr("Open boundaries"), error);
}

void MainWindow::refresh()
{
    m_lastError.clear();
    m_scale = detailFor(m_mapView->extent());
    auto regions = layer(m_view.level, m_scale);
    MapScene scene = buildScene(m_data, regions, CommandLine::toQuery(m_view), m_view.symbology());
    setWindowTitle(tr("ClusterScope — %1").arg(scene.title));
    // The selection follows the regions by code across layers (detail, level).
    QStringList selected;
    for (int i : m_mapView->selection())
        selected.append(codeOf(i));
    const QSet<int> marked = m_mapView->marked();
    QStringList markedCodes;
    for (int i : marked)
        markedCodes.append(codeOf(i));
    m_mapView->setScene(std::move(scene));
    QSet<int> selection, remarked;
    if (const auto &layer = m_mapView->scene().layer) {
        for (const QString &code : selected)
            if (const int i = layer->indexOf(code); i >= 0)
                selection.insert(i);
        for (const QString &code : markedCodes)
            if (const int i = layer->indexOf(code); i >= 0)
                remarked.insert(i);
    }
    m_mapView->setSelection(selection);
    m_mapView->setMarked(remarked);
    m_status->setText(m_lastError);
    updateSearchCompleter();
    updatePanels();
}

QString MainWindow::codeOf(int region) const
{
    const auto &regions = m_mapView->scene().layer;
    return regions && region >= 0 && region < regions->regions().size() ? regions->regions()[region].code
                                                                       : QString();
}

void MainWindow::showRegion(int region)
{
    m_profileRegion = codeOf(region);
    m_profileDock->show();
    m_profileDock->raise();
    updatePanels();
}

void MainWindow::updatePanels()
{
    QHash<QString, QString> names;
    if (const auto &regions = m_mapView->scene().layer)
        for (const Region &r : regions->regions())
            names.insert(r.code, r.name);
    m_profile->setRegionNames(names);
    m_peers->setRegionNames(names);
    m_comparison->setRegionNames(names);
    m_comparison->setMapContext(m_mapView->scene().layer, CommandLine::toQuery(m_view), m_view.symbology());
    if (!m_comparison->regions().isEmpty())
        m_comparison->setRegions(m_comparison->regions(), m_view.level, m_view.year);
    if (m_profileRegion.isEmpty() || m_profileRegion.size() != m_view.level + 2)
        return;
    m_profile->setRegion(m_profileRegion, m_view.level, m_view.year);
    m_profile->setCategory(m_view.category);
    m_peers->setRegion(m_profileRegion, m_view.level, m_view.year);
    m_peers->setCategory(m_view.category);
}

QStringList MainWindow::selectRegions(const QStringList &codes)
{
    QStringList unknown;
    QSet<int> selection;
    const auto &regions = m_mapView->scene().layer;
    for (const QString &code : codes) {
        const int i = regions ? regions->indexOf(code) : -1;
        if (i < 0)
            unknown.append(code);
        else
            selection.insert(i);
    }
    m_mapView->setSelection(selection);
    if (!codes.isEmpty() && unknown.isEmpty())
        showRegion(regions->indexOf(codes.first()));
    return unknown;
}

bool MainWindow::showPanel(const QString &name)
{
    if (name == QLatin1String("compare"))
        return compareSelection();
    QDockWidget *dock = name == QLatin1String("profile") ? m_profileDock
                        : name == QLatin1String("peers") ? m_peersDock
                                                         : nullptr;
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

bool MainWindow::compareSelection()
{
    const QSet<int> selection = m_mapView->selection();
    if (selection.size() < 2 || selection.size() > 4)
        return false;
    QStringList codes;
    for (int region : selection)
        codes.append(codeOf(region));
    codes.sort();
    m_comparison->setMapContext(m_mapView->scene().layer, CommandLine::toQuery(m_view), m_view.symbology());
    m_comparison->setRegions(codes, m_view.level, m_view.year);
    m_comparisonDock->show();
    m_comparisonDock->raise();
    return true;
}

void MainWindow::updateSearchCompleter()
{
    QStringList entries;
    if (const auto &regions = m_mapView->scene().layer)
        for (const Region &r : regions->regions())
            entries.append(QStringLiteral("%1 — %2").arg(r.code, r.name));
    auto *model = static_cast<QStringListModel *>(m_search->completer()->model());
    if (model->stringList() != entries)
        model->setStringList(entries);
}

bool MainWindow::findRegion(const QString &text, bool addToSelection)
{
    const auto &regions = m_mapView->scene().layer;
    const QString needle = text.section(QStringLiteral(" — "), 0, 0).trimmed();
    if (!regions || needle.isEmpty())
        return false;
    int found = regions->indexOf(needle.toUpper());
    for (int i = 0; found < 0 && i < regions->regions().size(); ++i)
        if (regions->regions()[i].name.compare(needle, Qt::CaseInsensitive) == 0)
            found = i;
    for (int i = 0; found < 0 && i < regions->regions().size(); ++i)
        if (regions->regions()[i].name.contains(needle, Qt::CaseInsensitive))
            found = i;
    if (found < 0)
        return false;
    const QString code = regions->regions()[found].code;
    QSet<int> selection = addToSelection ? m_mapView->selection() : QSet<int>();
    selection.insert(found);
    m_mapView->setSelection(selection);
    m_mapView->zoomToRegion(found); // may switch to the detailed layer
    showRegion(m_mapView->scene().layer->indexOf(code));
    return true;
}

void MainWindow::exportFigure()
{
    MapScene scene = m_mapView->scene();
    scene.highlighted = -1;
    ExportDialog dialog(scene, this);
    // The last settings, remembered between sessions.
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    FigureOptions options;
    options.format = FigureOptions::Format(settings.value(QStringLiteral("format"), int(options.format)).toInt());
    options.usePage = settings.value(QStringLiteral("usePage"), options.usePage).toBool();
    options.page = QPageSize(QPageSize::PageSizeId(settings.value(QStringLiteral("page"), int(QPageSize::A4)).toInt()));
    options.orientation = QPageLayout::Orientation(
        settings.value(QStringLiteral("orientation"), int(options.orientation)).toInt());
    options.dpi = settings.value(QStringLiteral("dpi"), options.dpi).toDouble();
    options.pixelSize = settings.value(QStringLiteral("pixelSize"), options.pixelSize).toSize();
    options.insets = settings.value(QStringLiteral("insets"), options.insets).toBool();
    options.scaleBar = settings.value(QStringLiteral("scaleBar"), options.scaleBar).toBool();
    options.northArrow = settings.value(QStringLiteral("northArrow"), options.northArrow).toBool();
    options.marginMm = settings.value(QStringLiteral("margins"), options.marginMm).toDouble();
    dialog.setOptions(options);
    dialog.setPath(settings.value(QStringLiteral("lastFigure"),
                                  QDir::home().filePath(QStringLiteral("clusterscope.png")))
                       .toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    options = dialog.options();
    const QString path = dialog.path();
    // The file name's suffix wins over the format picker (a.pdf is a PDF).
    FigureOptions::Format bySuffix;
    if (FigureOptions::parseFormat(QFileInfo(path).suffix().toLower(), &bySuffix))
        options.format = bySuffix;
    QString error;
    if (path.isEmpty() || !writeFigure(path, options, &error)) {
        QMessageBox::critical(this, tr("Export figure"),
                              path.isEmpty() ? tr("Choose a file to write.") : error);
        return;
    }
    settings.setValue(QStringLiteral("format"), int(options.format));
    settings.setValue(QStringLiteral("usePage"), options.usePage);
    settings.setValue(QStringLiteral("page"), int(options.page.id()));
    settings.setValue(QStringLiteral("orientation"), int(options.orientation));
    settings.setValue(QStringLiteral("dpi"), options.dpi);
    settings.setValue(QStringLiteral("pixelSize"), options.pixelSize);
    settings.setValue(QStringLiteral("insets"), options.insets);
    settings.setValue(QStringLiteral("scaleBar"), options.scaleBar);
    settings.setValue(QStringLiteral("northArrow"), options.northArrow);
    settings.setValue(QStringLiteral("margins"), options.marginMm);
    settings.setValue(QStringLiteral("lastFigure"), path);
    m_lastFigure = options;
    // The recipe beside the figure rebuilds it after a data update (clusterscope batch).
    if (!Recipe::fromView(m_source, m_view, options, path).writeBeside(path, &error))
        QMessageBox::warning(this, tr("Export figure"), error);
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::writeFigure(const QString &path, const FigureOptions &options, QString *error)
{
    MapScene scene = m_mapView->scene();
    scene.highlighted = -1;
    bool ok = false;
    runLong(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)),
            [&] { ok = FigureExport::write(scene, options, path, error); });
    return ok;
}

void MainWindow::runLong(const QString &message, const std::function<void()> &work)
{
    // Nested long work (boundaries loaded during an export) runs in the outer one's loop.
    if (m_busy > 0) {
        work();
        return;
    }
    ++m_busy;
    // The loop below runs timers: the year animation waits, so the view stays the one
    // the work started from.
    const bool playing = m_playTimer->isActive();
    m_playTimer->stop();
    m_progress->show();
    statusBar()->showMessage(message);
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    // Queued from the worker thread, so a quick finish still ends the loop below.
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    m_progress->hide();
    statusBar()->clearMessage();
    if (playing)
        m_playTimer->start();
    --m_busy;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // &1 … &8: one key each from the keyboard.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))),
            this, [this, path] {
                QString error;
                if (!openProject(path, &error))
                    QMessageBox::critical(this, tr("Open project"), error);
            });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        action->setData(path);
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"), this, &MainWindow::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

QStringList MainWindow::recentFiles() const
{
    QSettings settings;
    const QStringList stored = settings.value(QStringLiteral("recentFiles")).toStringList();
    QStringList files;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !files.contains(path) && files.size() < kMaxRecentFiles)
            files.append(path);
    if (files != stored)
        settings.setValue(QStringLiteral("recentFiles"), files);
    return files;
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::clearRecentFiles()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    updateRecentMenu();
}

void MainWindow::exportScores()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scores"), QString(),
                                                      tr("CSV table (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Scores scores = m_data.compute(CommandLine::toQuery(m_view));
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxSheet sheet{QStringLiteral("scores"), {QStringLiteral("nuts_id")},
                        {ClusterData::indicatorKey(m_view.indicator)}, {}, {}};
        for (int i = 0; i < scores.regions.size(); ++i) {
            sheet.texts.append({scores.regions[i]});
            sheet.numbers.append(QList<double>{scores.values[i]});
        }
        const XlsxSheet about{QStringLiteral("about"), {QStringLiteral("source")}, {}, {{m_data.sourceNote()}}, {}};
        QString error;
        if (!XlsxExport::write({sheet, about}, path, &error))
            QMessageBox::critical(this, tr("Export scores"), error);
        return;
    }
    QString text = QStringLiteral("nuts_id,value\n");
    for (int i = 0; i < scores.regions.size(); ++i)
        text += scores.regions[i] + QLatin1Char(',') +
                (std::isfinite(scores.values[i]) ? QString::number(scores.values[i], 'g', 12)
                                                 : QString()) +
                QLatin1Char('\n');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        QMessageBox::critical(this, tr("Export scores"),
                              tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void MainWindow::reloadPickers()
{
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_yearSlider), b4(m_reference), b5(m_indicator);
    m_level->clear();
    for (int level : m_data.levels())
        m_level->addItem(tr("NUTS %1").arg(level), level);
    m_category->clear();
    for (const QString &code : m_data.categories())
        m_category->addItem(QStringLiteral("%1 — %2").arg(code, m_data.categoryLabel(code)), code);
    const QList<int> years = m_data.years();
    m_yearSlider->setRange(0, std::max(0, int(years.size()) - 1));
    m_yearSlider->setFixedWidth(std::max(60, int(years.size()) * 18));
    m_yearSlider->setEnabled(years.size() > 1);
    {
        // New data: the animation stops without an undo step (the history is the old data's).
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(false);
        m_play->setText(tr("Play"));
        m_playTimer->stop();
    }
    m_play->setEnabled(years.size() > 1);
    // Growth needs two years.
    const int growth = m_indicator->findData(int(Indicator::Growth));
    if (years.size() > 1 && growth < 0)
        m_indicator->addItem(ClusterData::indicatorLabel(Indicator::Growth), int(Indicator::Growth));
    else if (years.size() <= 1 && growth >= 0)
        m_indicator->removeItem(growth);
    m_reference->clear();
    for (const QString &area : m_data.references())
        m_reference->addItem(area == QLatin1String("all") ? tr("All regions of the data")
                             : area == QLatin1String("EU27_2020") ? tr("EU-27 (2020)")
                                                                   : tr("Country: %1").arg(area),
                             area);
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(m_data.reference())));
    if (m_totalActions.size() == 2) {
        m_totalActions[0]->setChecked(m_data.regionTotal() == RegionTotal::Sum);
        m_totalActions[1]->setChecked(m_data.regionTotal() == RegionTotal::Published);
        m_totalActions[1]->setEnabled(m_data.hasPublishedTotals());
    }
}

void MainWindow::setData(ClusterData data, const DataSource &source)
{
    m_data = std::move(data);
    m_source = source;
    m_source.categoryMapping = m_data.categoryMappingFile().isEmpty()
                                   ? QString()
                                   : QFileInfo(m_data.categoryMappingFile()).absoluteFilePath();
    m_undo->clear();
    m_profile->setData(&m_data);
    m_peers->setData(&m_data);
    m_comparison->setData(&m_data);
    reloadPickers();
    ViewOptions view = m_view;
    const QList<int> levels = m_data.levels();
    if (!levels.contains(view.level))
        view.level = levels.contains(2) ? 2 : levels.value(0);
    if (!m_data.categories().contains(view.category))
        view.category = m_data.defaultCategory();
    const QList<int> years = m_data.years();
    if (!years.contains(view.year))
        view.year = years.isEmpty() ? 0 : years.last();
    if (view.indicator == Indicator::Growth && years.size() < 2)
        view.indicator = Indicator::LocationQuotient;
    applyView(view);
}

void MainWindow::showReport(const QString &title, const QString &summary,
                            const QList<InputProblem> &problems)
{
    QStringList lines;
    for (const InputProblem &problem : problems)
        lines.append(problem.toString());
    m_lastReport = summary + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    // Not modal: the user can keep the list open beside the map while fixing the file.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary, dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!lines.isEmpty()) {
        auto *list = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
        list->setReadOnly(true);
        list->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(list, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    copy->setEnabled(!lines.isEmpty());
    connect(copy, &QPushButton::clicked, dialog,
            [lines] { QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(lines.isEmpty() ? QSize(480, 140) : QSize(820, 420));
    dialog->show();
}

bool MainWindow::importStatistics(const QString &path, const TableReader::Options &options,
                                  std::optional<int> nutsVersion)
{
    StatTable table;
    runLong(tr("Reading %1…").arg(QFileInfo(path).fileName()), [&] { table = TableReader::read(path, options); });
    ClusterData data = TableImport::toClusterData(table, nutsVersion, TableImport::sourceNoteFor(path));
    keepCategoryMapping(data, &table.problems);
    const QString counts =
        tr("%n value(s) read from %1", nullptr, int(table.records.size())).arg(QFileInfo(path).fileName()) +
        (table.problems.isEmpty()
             ? tr("; no problems.")
             : tr("; %n problem(s) listed below (rows skipped, values treated as missing, codes "
                  "without a region).",
                  nullptr, int(table.problems.size())));
    if (!table.ok || !data.isValid()) {
        showReport(tr("Import statistics"), tr("Nothing usable was loaded: %1").arg(counts), table.problems);
        return false;
    }
    DataSource source;
    source.file = QFileInfo(path).absoluteFilePath();
    source.mapColumns = TableReader::formatColumnMapping(options.columns);
    QStringList filters;
    for (auto it = options.eurostat.filters.begin(); it != options.eurostat.filters.end(); ++it)
        filters.append(it.key() + QLatin1Char('=') + it.value());
    filters.sort();
    source.filter = filters.join(QLatin1Char(','));
    if (options.eurostat.scale != 1.0)
        source.scale = options.eurostat.scale;
    source.nutsVersion = nutsVersion;
    setData(std::move(data), source);
    showReport(tr("Import statistics"),
               tr("%1 The map shows NUTS %2 regions (boundaries of NUTS %3).")
                   .arg(counts)
                   .arg(m_view.level)
                   .arg(m_data.nutsVersion()),
               table.problems);
    statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::importStatisticsInteractive()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import statistics"), settings.value(QStringLiteral("import/last")).toString(),
        tr("Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;"
           "Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/last"), path);
    TableReader::Options options;
    std::optional<int> nutsVersion;
    const TableReader::Preview preview = TableReader::preview(path);
    if (preview.problem) {
        showReport(tr("Import statistics"), tr("The file cannot be read."), {*preview.problem});
        return;
    }
    if (preview.kind == TableReader::Kind::Generic) {
        ColumnMappingDialog dialog(path, preview, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.columns = dialog.columns();
        options.eurostat.scale = dialog.scale();
        nutsVersion = dialog.nutsVersion();
    }
    importStatistics(path, options, nutsVersion);
}

void MainWindow::downloadFromEurostat()
{
    if (!m_eurostat) {
        m_eurostat = new EurostatClient(this);
        // For tests and mirrors: another server with the same API.
        if (const QString base = qEnvironmentVariable("CLUSTERSCOPE_EUROSTAT_URL"); !base.isEmpty())
            m_eurostat->setBaseUrl(QUrl(base));
    }
    DownloadDialog dialog(m_eurostat, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    const EurostatClient::Result &result = *dialog.result();
    StatTable table = result.table;
    ClusterData data = TableImport::toClusterData(
        table, std::nullopt,
        tr("Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.")
            .arg(result.url.path().section(QLatin1Char('/'), -1)));
    if (!data.isValid()) {
        showReport(tr("Download from Eurostat"), tr("The download contains no usable data."), table.problems);
        return;
    }
    keepCategoryMapping(data, &table.problems);
    // The cached file and the reader options rebuild this data (project files, recipes).
    const EurostatTable::Options &read = dialog.request().readOptions;
    DataSource source;
    source.file = result.cachedFile;
    QStringList filters;
    for (auto it = read.filters.begin(); it != read.filters.end(); ++it)
        filters.append(it.key() + QLatin1Char('=') + it.value());
    filters.sort();
    source.filter = filters.join(QLatin1Char(','));
    if (read.scale != 1.0)
        source.scale = read.scale;
    setData(std::move(data), source);
    showReport(tr("Download from Eurostat"),
               tr("%n value(s) loaded from %1", nullptr, int(table.records.size()))
                       .arg(result.url.toDisplayString()) +
                   tr("; %n problem(s).", nullptr, int(table.problems.size())),
               table.problems);
}

void MainWindow::keepCategoryMapping(ClusterData &data, QList<InputProblem> *problems) const
{
    const QString mapping = m_data.categoryMappingFile();
    if (mapping.isEmpty() || !data.isValid())
        return;
    if (!data.loadCategoryMapping(mapping, problems))
        return;
    if (const QStringList unmapped = data.unmappedIndustries(); !unmapped.isEmpty())
        problems->append({mapping, 0, 0,
                          tr("%n NACE code(s) of the data are not mapped: %1", nullptr, int(unmapped.size()))
                              .arg(unmapped.join(QStringLiteral(", ")))});
}

bool MainWindow::loadCategoryMapping(const QString &path)
{
    QList<InputProblem> problems;
    ClusterData data = m_data;
    if (!data.loadCategoryMapping(path, &problems)) {
        showReport(tr("Load category mapping"), tr("The mapping was not loaded."), problems);
        return false;
    }
    const QStringList unmapped = data.unmappedIndustries();
    setData(std::move(data), m_source);
    const QStringList categories = m_data.categories();
    const int clusters = int(std::count_if(categories.begin(), categories.end(),
                                           [this](const QString &c) { return m_data.isCluster(c); }));
    QString summary = tr("Loaded %1: %n cluster category(s).", nullptr, clusters)
                          .arg(QFileInfo(path).fileName());
    summary += QLatin1Char(' ') +
               (unmapped.isEmpty()
                    ? tr("Every NACE code of the data is mapped.")
                    : tr("%n NACE code(s) of the data are not mapped: %1", nullptr, int(unmapped.size()))
                          .arg(unmapped.join(QStringLiteral(", "))));
    showReport(tr("Load category mapping"), summary, problems);
    return true;
}

} // namespace cs
