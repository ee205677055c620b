// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/ProjectFile.h"
#include "app/ViewController.h"
#include "app/RecentFiles.h"
#include "app/ImportActions.h"
#include "app/MethodDialog.h"
#include "app/ExportActions.h"
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
#include <QAbstractItemView>
#include <QStandardItemModel>
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
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStringListModel>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>

namespace cs {

MainWindow::MainWindow(ClusterData data, const ViewOptions &view, DataSource source, QWidget *parent)
    : QMainWindow(parent), m_data(std::move(data)), m_source(std::move(source))
{
    setWindowTitle(tr("ClusterScope"));
    m_controller = new ViewController(
        &m_data, view, [this](const QString &message, const std::function<void()> &work) { runLong(message, work); },
        this);
    m_imports = new ImportActions(this);
    m_exports = new ExportActions(this);
    m_mapView = new MapView(this);
    setCentralWidget(m_mapView);
    createViewToolBar();
    createStyleToolBar();
    createSearchBar();
    createStatusBar();
    createPanels();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    connectMap();
    connect(m_controller, &ViewController::viewChanged, this, [this] {
        syncPickers();
        refresh();
    });
    resize(1280, 860);
    m_controller->apply(view);
}

const ViewOptions &MainWindow::view() const
{
    return m_controller->view();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_controller->undoStack();
}

QString MainWindow::boundaries() const
{
    return m_controller->boundaries();
}

QStringList MainWindow::inputFiles() const
{
    QStringList files = {m_source.file, m_controller->boundaries(), m_data.categoryMappingFile()};
    files.removeAll(QString());
    return files;
}

// Level, category, indicator and the years with their animation.
void MainWindow::createViewToolBar()
{
    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);

    m_level = new QComboBox(bar);
    m_level->setObjectName(QStringLiteral("levelPicker"));
    m_level->setToolTip(tr("NUTS level"));

    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryPicker"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setMinimumContentsLength(26);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setToolTip(tr("Industry (NACE) or cluster category; type to search"));

    m_indicator = new QComboBox(bar);
    m_indicator->setObjectName(QStringLiteral("indicatorPicker"));
    for (Indicator i : {Indicator::LocationQuotient, Indicator::Stars, Indicator::Employment,
                        Indicator::Share, Indicator::Focus})
        m_indicator->addItem(ClusterData::indicatorLabel(i), int(i));
    // Sized for the usual entries so the toolbar fits a 1024-pixel window.
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(18);

    createYearControls(bar);

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
}

// Years: a slider with a play button that steps through them.
void MainWindow::createYearControls(QWidget *bar)
{
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
            m_playStart = view();
            m_playTimer->start();
            return;
        }
        m_playTimer->stop();
        m_controller->recordFrom(m_playStart);
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        const QList<int> years = m_data.years();
        if (years.isEmpty())
            return;
        ViewOptions view = this->view();
        view.year = years.value((int(years.indexOf(view.year)) + 1) % int(years.size()));
        m_controller->apply(view);
    });
    connect(m_yearSlider, &QSlider::valueChanged, this, [this](int index) {
        ViewOptions view = this->view();
        view.year = m_data.years().value(index);
        requestView(view);
    });
}

// Classes, palette and the reference area.
void MainWindow::createStyleToolBar()
{
    QToolBar *style = addToolBar(tr("Style"));
    m_classification = new QComboBox(style);
    // The first items follow the indicator and name what it uses (syncPickers).
    m_classification->addItem(QString(), QString());
    const QStringList keys = Classification::methodKeys();
    for (const QString &key : keys)
        if (key != QLatin1String("manual"))
            m_classification->addItem(methodName(key), key);
    m_classification->setToolTip(tr("Classification"));

    m_palette = new QComboBox(style);
    m_palette->addItem(QString(), QString());
    for (const QString &name : Palette::names())
        m_palette->addItem(name, name);
    m_palette->setToolTip(tr("Colour palette"));
    // Sized for their usual entries, not their longest ones, so the toolbar fits a
    // 1280-pixel window in every language (the lists open wide enough to read).
    for (QComboBox *box : {m_classification, m_palette}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->view()->setTextElideMode(Qt::ElideRight);
    }
    m_classification->setMinimumContentsLength(19);
    m_palette->setMinimumContentsLength(12);


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
    reference->setObjectName(QStringLiteral("referencePicker"));
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

}

void MainWindow::createSearchBar()
{
    QToolBar *searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    m_search = new QLineEdit(searchBar);
    m_search->setPlaceholderText(tr("Find region (name or NUTS code)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(130);
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

}

void MainWindow::createStatusBar()
{
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the work reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

}

// Panels: region profile, partner regions, side-by-side comparison.
void MainWindow::createPanels()
{
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
        m_compareAction->setEnabled(selection.size() >= 2 &&
                                    selection.size() <= ComparisonView::kMaxRegions);
    });
    auto pickCategory = [this](const QString &category) {
        ViewOptions view = this->view();
        view.category = category;
        requestView(view);
    };
    connect(m_profile, &RegionProfile::categoryActivated, this, pickCategory);
    connect(m_comparison, &ComparisonView::categoryActivated, this, pickCategory);
    // Partners are marked on the map only while their panel is in view: marks without
    // the list they stand for would tell the reader nothing (and the legend would name them).
    const auto markPartners = [this](const QStringList &codes) {
        QSet<int> marked;
        if (const auto &regions = m_mapView->scene().layer; regions && m_peersInView)
            for (const QString &code : codes) {
                if (const int i = regions->indexOf(code); i >= 0) {
                    marked.insert(i);
                    continue;
                }
                // A partner of another level: the map's regions in it, or the one it lies in.
                for (int i = 0; i < regions->regions().size(); ++i) {
                    const QString &shown = regions->regions()[i].code;
                    if (shown.startsWith(code) || code.startsWith(shown))
                        marked.insert(i);
                }
            }
        m_mapView->setMarked(marked);
    };
    connect(m_peers, &PeerFinder::peersChanged, this, markPartners);
    connect(m_peersDock, &QDockWidget::visibilityChanged, this,
            [this, markPartners](bool visible) {
                m_peersInView = visible;
                markPartners(m_peers->peerCodes());
            });
    connect(m_peers, &PeerFinder::regionActivated, this, [this](const QString &code) { findRegion(code); });

}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the docks after this object's members are gone: the
    // partner dock's visibilityChanged must not reach markPartners then.
    m_peersDock->disconnect(this);
}

void MainWindow::connectMap()
{
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
}

void MainWindow::createFileMenu()
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
            m_recent->add(path);
        }
    });
    save->setShortcut(QKeySequence::Save);
    m_recent = new RecentFiles(file->addMenu(tr("Open &recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        QString error;
        if (!openProject(path, &error))
            QMessageBox::critical(this, tr("Open project"), error);
    });
    file->addSeparator();
    m_imports->addTo(file);
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
    file->addSeparator();
    m_exports->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find region"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

}

void MainWindow::createViewMenu()
{
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
            statusBar()->showMessage(tr("Select 2 to %1 regions (Ctrl-click) to compare them.")
                                         .arg(ComparisonView::kMaxRegions),
                                     5000);
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
            ViewOptions view = this->view();
            view.labels = kind;
            requestView(view);
        });
        action->setCheckable(true);
        labelGroup->addAction(action);
        m_labelActions.append(action);
    }
    // Strong clusters: two stars or more (size, specialisation, focus).
    m_starAction = viewMenu->addAction(tr("Cluster s&tar symbols"), this, [this](bool on) {
        ViewOptions view = this->view();
        view.starSymbols = on ? 2 : 0;
        requestView(view);
    });
    m_starAction->setCheckable(true);
    // Class limits from this year's values only; by default from every year's, so that
    // a colour means the same number in every year of multi-year data.
    m_classesPerYearAction = viewMenu->addAction(tr("Class limits &per year"), this, [this](bool on) {
        ViewOptions view = this->view();
        view.classesPerYear = on;
        requestView(view);
    });
    m_classesPerYearAction->setCheckable(true);
    // Employment as circles whose area is the value (the default) or as a choropleth.
    m_circlesAction = viewMenu->addAction(tr("Proportional &circles"), this, [this](bool on) {
        ViewOptions view = this->view();
        view.symbol = on ? MapScene::Symbol::Circles : MapScene::Symbol::Choropleth;
        requestView(view);
    });
    m_circlesAction->setCheckable(true);
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
    // The toolbar's button short (the menu keeps the whole name), so the style pickers fit.
    m_compareAction->setIconText(tr("Compare"));
    m_compareAction->setToolTip(tr("Compare selected regions (%1)").arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));

}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Method"), this, [this] {
        auto *dialog = new MethodDialog(m_data.sourceNote(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
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
    return ProjectFile::fromView(m_source, view(), m_exports->lastFigure(), m_mapView->scene().extent, selection)
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
    m_exports->setLastFigure(project->recipe.figureOptions());
    requestView(view);
    if (!project->extent.isEmpty())
        m_mapView->setExtent(project->extent);
    selectRegions(project->selection);
    QSettings().setValue(QStringLiteral("project/last"), path);
    m_recent->add(path);
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
    m_controller->request(view);
}

void MainWindow::syncPickers()
{
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_indicator), b4(m_yearSlider),
        b5(m_classification), b6(m_palette);
    m_level->setCurrentIndex(m_level->findData(view().level));
    m_category->setCurrentIndex(m_category->findData(view().category));
    m_category->lineEdit()->setCursorPosition(0);
    m_indicator->setCurrentIndex(m_indicator->findData(int(view().indicator)));
    m_yearSlider->setValue(std::max(0, int(m_data.years().indexOf(view().year))));
    m_yearLabel->setText(QStringLiteral(" %1 ").arg(view().year));
    // The default items say what the indicator's default is.
    const Symbology defaults = Symbology::defaultFor(view().indicator);
    m_classification->setItemText(0, tr("Default: %1").arg(methodName(Classification::key(defaults.method))));
    m_classification->setCurrentIndex(std::max(
        0, m_classification->findData(view().method ? Classification::key(*view().method) : QString())));
    m_palette->setItemText(
        0, tr("Default: %1").arg(Symbology::defaultPalette(view().symbology().method, view().indicator)));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(view().palette)));
    if (QAction *labels = m_labelActions.value(int(view().labels)))
        labels->setChecked(true);
    if (m_starAction) {
        const QSignalBlocker b7(m_starAction);
        m_starAction->setChecked(view().starSymbols > 0);
    }
    if (m_classesPerYearAction) {
        const QSignalBlocker b8(m_classesPerYearAction);
        m_classesPerYearAction->setChecked(view().classesPerYear);
    }
    if (m_circlesAction) {
        const QSignalBlocker b9(m_circlesAction);
        const bool circles = view().symbology().symbol == MapScene::Symbol::Circles;
        m_circlesAction->setChecked(circles);
        // Circles have no classes or palette.
        m_classification->setEnabled(!circles);
        m_palette->setEnabled(!circles);
    }
}

void MainWindow::readPickers()
{
    ViewOptions view = this->view();
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

bool MainWindow::useBoundaries(const QString &path, const NutsLayer::LoadOptions &options, QString *error)
{
    // The view's level first, then any level of the data the file has.
    QList<int> levels = {view().level};
    for (int level : m_data.levels())
        if (level != view().level)
            levels.append(level);
    int found = view().level;
    if (!m_controller->setBoundaries(path, options, levels, &found, error))
        return false;
    if (found != view().level) {
        ViewOptions view = this->view();
        view.level = found;
        m_controller->apply(view);
    } else {
        refresh();
    }
    if (!path.isEmpty() && m_lastError.isEmpty())
        statusBar()->showMessage(tr("Boundaries: %1 (key column %2, %Ln regions)", nullptr,
                                    int(m_mapView->scene().layer ? m_mapView->scene().layer->regions().size() : 0))
                                     .arg(QFileInfo(path).fileName(), m_controller->boundaryOptions().keyColumn),
                                 10000);
    if (error && !m_lastError.isEmpty())
        *error = m_lastError;
    return m_lastError.isEmpty();
}

void MainWindow::refresh()
{
    m_lastError.clear();
    m_scale = detailFor(m_mapView->extent());
    auto regions = m_controller->layer(view().level, m_scale, &m_lastError);
    MapScene scene = buildScene(m_data, regions, view().query(), view().symbology());
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
    QHash<QString, QPointF> centres; // for the partners' distance filter
    if (const auto &regions = m_mapView->scene().layer)
        for (const Region &r : regions->regions())
            centres.insert(r.code, r.bounds.center());
    // Partners may be of another level of the data: its names and centres too (codes
    // differ in length between levels).
    QHash<QString, QString> allNames = names;
    for (int level : m_data.levels()) {
        QString ignored;
        if (level == view().level)
            continue;
        if (const auto other = m_controller->layer(level, NutsLayer::Scale::M10, &ignored))
            for (const Region &r : other->regions()) {
                allNames.insert(r.code, r.name);
                centres.insert(r.code, r.bounds.center());
            }
    }
    m_peers->setRegionNames(allNames);
    m_peers->setRegionCentres(centres);
    m_comparison->setRegionNames(names);
    m_comparison->setMapContext(m_mapView->scene().layer, view().query(), view().symbology());
    if (!m_comparison->regions().isEmpty())
        m_comparison->setRegions(m_comparison->regions(), view().level, view().year);
    if (m_profileRegion.isEmpty() || m_profileRegion.size() != view().level + 2)
        return;
    m_profile->setRegion(m_profileRegion, view().level, view().year);
    m_profile->setCategory(view().category);
    m_peers->setRegion(m_profileRegion, view().level, view().year);
    m_peers->setCategory(view().category);
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
    if (selection.size() < 2 || selection.size() > ComparisonView::kMaxRegions)
        return false;
    QStringList codes;
    for (int region : selection)
        codes.append(codeOf(region));
    codes.sort();
    m_comparison->setMapContext(m_mapView->scene().layer, view().query(), view().symbology());
    m_comparison->setRegions(codes, view().level, view().year);
    m_comparisonDock->show();
    m_comparisonDock->raise();
    // Five or more maps go up to five to a row: give the panel more than half the width.
    if (codes.size() > 4)
        resizeDocks({m_comparisonDock}, {std::max(m_comparisonDock->width(), width() * 11 / 20)},
                    Qt::Horizontal);
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

// Grouped: the traded clusters by name, then the NACE sections (and their aggregates),
// divisions and finer codes, each as "code — name". Group titles cannot be picked.
void MainWindow::fillCategoryPicker()
{
    m_category->clear();
    QList<QString> groups[4]; // clusters, sections, divisions, finer
    for (const QString &code : m_data.categories()) {
        const int digits = int(std::count_if(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }));
        groups[m_data.isCluster(code) ? 0 : digits == 0 ? 1 : digits == 2 ? 2 : 3].append(code);
    }
    std::sort(groups[0].begin(), groups[0].end(), [this](const QString &a, const QString &b) {
        return QString::localeAwareCompare(m_data.categoryLabel(a), m_data.categoryLabel(b)) < 0;
    });
    QString titles[4] = {tr("Traded clusters (US definitions carried over to NACE)"), tr("NACE sections"),
                         tr("NACE divisions"), tr("NACE groups and other codes")};
    // Eurostat publishes NACE in German and French here; other languages say they show English.
    if (!ClusterData::naceLabelsTranslated() && !QLocale().name().startsWith(QLatin1String("en")) &&
        QLocale().language() != QLocale::C)
        for (int g = 1; g < 4; ++g)
            titles[g] += tr(" (English titles)");
    auto *model = qobject_cast<QStandardItemModel *>(m_category->model());
    int widest = 0;
    for (int g = 0; g < 4; ++g) {
        if (groups[g].isEmpty())
            continue;
        auto *title = new QStandardItem(titles[g]);
        title->setFlags(Qt::NoItemFlags);
        QFont bold = m_category->font();
        bold.setBold(true);
        title->setFont(bold);
        model->appendRow(title);
        for (const QString &code : groups[g]) {
            // Clusters by their name (their keys are not for people); NACE codes with theirs.
            const QString text = g == 0 ? m_data.categoryLabel(code)
                                        : QStringLiteral("%1 — %2").arg(code, m_data.categoryLabel(code));
            m_category->addItem(text, code);
            m_category->setItemData(m_category->count() - 1, text, Qt::ToolTipRole);
            widest = std::max(widest, m_category->fontMetrics().horizontalAdvance(text));
        }
    }
    // The list shows whole names (cut at the end if ever, never in the middle).
    m_category->view()->setTextElideMode(Qt::ElideRight);
    m_category->view()->setMinimumWidth(std::min(widest + 48, 760));
}

void MainWindow::reloadPickers()
{
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_yearSlider), b4(m_reference), b5(m_indicator);
    m_level->clear();
    for (int level : m_data.levels())
        m_level->addItem(tr("NUTS %1").arg(level), level);
    fillCategoryPicker();
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
    // The relative wage needs wages (the embedded data has none).
    const int wage = m_indicator->findData(int(Indicator::RelativeWage));
    if (m_data.offers(Indicator::RelativeWage) && wage < 0)
        m_indicator->addItem(ClusterData::indicatorLabel(Indicator::RelativeWage), int(Indicator::RelativeWage));
    else if (!m_data.offers(Indicator::RelativeWage) && wage >= 0)
        m_indicator->removeItem(wage);
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
    m_controller->clearHistory();
    m_profile->setData(&m_data);
    m_peers->setData(&m_data);
    m_comparison->setData(&m_data);
    reloadPickers();
    ViewOptions view = this->view();
    const QList<int> levels = m_data.levels();
    if (!levels.contains(view.level))
        view.level = levels.contains(2) ? 2 : levels.value(0);
    if (!m_data.categories().contains(view.category))
        view.category = m_data.defaultCategory();
    const QList<int> years = m_data.years();
    if (!years.contains(view.year))
        view.year = m_data.defaultYear();
    if (!m_data.offers(view.indicator))
        view.indicator = Indicator::LocationQuotient;
    m_controller->apply(view);
}

} // namespace cs
