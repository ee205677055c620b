// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "maps/FigureExport.h"
#include "maps/Palette.h"
#include "maps/SceneBuilder.h"
#include "widgets/MapView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
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

namespace {
// Zoomed in closer than this width, the 1:3 million boundaries are drawn.
constexpr double kDetailExtentMetres = 2500000.0;
} // namespace

MainWindow::MainWindow(ClusterData data, const ViewOptions &view, QWidget *parent)
    : QMainWindow(parent), m_data(std::move(data)), m_view(view)
{
    setWindowTitle(tr("ClusterScope"));
    m_undo = new QUndoStack(this);
    m_mapView = new MapView(this);
    setCentralWidget(m_mapView);

    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);

    m_level = new QComboBox(bar);
    for (int level : m_data.levels())
        m_level->addItem(tr("NUTS %1").arg(level), level);
    m_level->setToolTip(tr("NUTS level"));

    m_category = new QComboBox(bar);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : m_data.categories())
        m_category->addItem(QStringLiteral("%1 — %2").arg(code, m_data.categoryLabel(code)), code);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setMinimumContentsLength(32);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setToolTip(tr("Industry (NACE) or cluster category; type to search"));

    m_indicator = new QComboBox(bar);
    for (Indicator i : {Indicator::LocationQuotient, Indicator::Stars, Indicator::Employment,
                        Indicator::Share, Indicator::Focus})
        m_indicator->addItem(ClusterData::indicatorLabel(i), int(i));

    m_year = new QComboBox(bar);
    for (int year : m_data.years())
        m_year->addItem(QString::number(year), year);

    m_classification = new QComboBox(bar);
    m_classification->addItem(tr("Automatic"), QString());
    const QStringList methodNames = {tr("Quantiles"), tr("Equal intervals"), tr("Natural breaks (Jenks)"),
                                     tr("Standard deviation"), tr("Manual"), tr("Diverging around 1"),
                                     tr("Stars (0–3)")};
    const QStringList keys = Classification::methodKeys();
    for (int k = 0; k < keys.size(); ++k)
        if (keys[k] != QLatin1String("manual"))
            m_classification->addItem(methodNames.value(k, keys[k]), keys[k]);
    m_classification->setToolTip(tr("Classification"));

    m_palette = new QComboBox(bar);
    m_palette->addItem(tr("Default palette"), QString());
    for (const QString &name : Palette::names())
        m_palette->addItem(name, name);
    m_palette->setToolTip(tr("Colour palette"));

    auto addLabelled = [bar](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(widget);
        bar->addWidget(l);
        bar->addWidget(widget);
    };
    addLabelled(tr("&Level "), m_level);
    addLabelled(tr(" &Category "), m_category);
    addLabelled(tr(" &Indicator "), m_indicator);
    addLabelled(tr(" &Year "), m_year);
    addToolBarBreak();
    QToolBar *style = addToolBar(tr("Style"));
    style->setObjectName(QStringLiteral("styleToolBar"));
    style->setMovable(false);
    auto *classesLabel = new QLabel(tr("Cl&asses "), style);
    classesLabel->setBuddy(m_classification);
    style->addWidget(classesLabel);
    style->addWidget(m_classification);
    style->addWidget(m_palette);

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
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!findRegion(m_search->text()))
            statusBar()->showMessage(tr("No region matches “%1”").arg(m_search->text()), 5000);
    });
    connect(m_search->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findRegion(text); });

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    for (QComboBox *box : {m_level, m_category, m_indicator, m_year, m_classification, m_palette})
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
    createMenus();
    resize(1280, 860);
    applyView(view);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportFigure = file->addAction(tr("Export &figure…"), this, &MainWindow::exportFigure);
    exportFigure->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export &scores (CSV)…"), this, &MainWindow::exportScores);
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
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_indicator), b4(m_year),
        b5(m_classification), b6(m_palette);
    m_level->setCurrentIndex(m_level->findData(m_view.level));
    m_category->setCurrentIndex(m_category->findData(m_view.category));
    m_category->lineEdit()->setCursorPosition(0);
    m_indicator->setCurrentIndex(m_indicator->findData(int(m_view.indicator)));
    m_year->setCurrentIndex(m_year->findData(m_view.year));
    m_classification->setCurrentIndex(std::max(
        0, m_classification->findData(m_view.method ? Classification::key(*m_view.method) : QString())));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(m_view.palette)));
}

void MainWindow::readPickers()
{
    ViewOptions view = m_view;
    view.level = m_level->currentData().toInt();
    const int categoryIndex = m_category->findText(m_category->currentText());
    if (categoryIndex >= 0)
        view.category = m_category->itemData(categoryIndex).toString();
    view.indicator = Indicator(m_indicator->currentData().toInt());
    view.year = m_year->currentData().toInt();
    const QString method = m_classification->currentData().toString();
    view.method = method.isEmpty() ? std::nullopt : Classification::parseMethod(method);
    view.palette = m_palette->currentData().toString();
    requestView(view);
}

NutsLayer::Scale MainWindow::detailFor(const QRectF &extent) const
{
    return extent.width() < kDetailExtentMetres ? NutsLayer::Scale::M3 : NutsLayer::Scale::M10;
}

std::shared_ptr<const NutsLayer> MainWindow::layer(int level, NutsLayer::Scale scale)
{
    const NutsLayer::Key key{m_data.nutsVersion(), level, scale};
    const QString name = NutsLayer::cacheLayerName(key);
    if (auto it = m_layers.constFind(name); it != m_layers.constEnd())
        return *it;
    auto loaded = std::make_shared<NutsLayer>();
    QString error;
    if (!loaded->loadFromCache(key, &error)) {
        m_lastError = error;
        return nullptr;
    }
    m_layers.insert(name, loaded);
    return loaded;
}

void MainWindow::refresh()
{
    m_lastError.clear();
    m_scale = detailFor(m_mapView->extent());
    auto regions = layer(m_view.level, m_scale);
    MapScene scene = buildScene(m_data, regions, CommandLine::toQuery(m_view), m_view.symbology());
    setWindowTitle(tr("ClusterScope — %1").arg(scene.title));
    m_mapView->setScene(std::move(scene));
    m_status->setText(m_lastError);
    updateSearchCompleter();
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

bool MainWindow::findRegion(const QString &text)
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
    m_mapView->zoomToRegion(found);
    m_mapView->setSelection({found});
    return true;
}

void MainWindow::exportFigure()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("export/lastFigure")).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), last,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    FigureOptions options;
    if (!FigureOptions::parseFormat(QFileInfo(path).suffix().toLower(), &options.format)) {
        QMessageBox::warning(this, tr("Export figure"),
                             tr("Choose a file name ending in .png, .svg or .pdf."));
        return;
    }
    if (options.format == FigureOptions::Format::Pdf) {
        options.usePage = true;
        options.dpi = 300;
    }
    MapScene scene = m_mapView->scene();
    scene.highlighted = -1;
    QString error;
    if (!FigureExport::write(scene, options, path, &error)) {
        QMessageBox::critical(this, tr("Export figure"), error);
        return;
    }
    settings.setValue(QStringLiteral("export/lastFigure"), path);
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportScores()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scores"), QString(),
                                                      tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    const Scores scores = m_data.compute(CommandLine::toQuery(m_view));
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

} // namespace cs
