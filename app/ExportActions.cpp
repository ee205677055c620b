// SPDX-License-Identifier: MIT
#include "app/ExportActions.h"

#include "app/Exports.h"
#include "app/MainWindow.h"
#include "app/ViewController.h"
#include "maps/SaveFile.h"
#include "maps/ScoreExport.h"
#include "widgets/ExportDialog.h"
#include "widgets/MapView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace cs {

ExportActions::ExportActions(MainWindow *window) : QObject(window), m_window(window) {}

void ExportActions::addTo(QMenu *file)
{
    QAction *figure = file->addAction(tr("Export &figure…"), this, &ExportActions::exportFigure);
    figure->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export s&cores (CSV, XLSX)…"), this, &ExportActions::exportScores);
    // The regions with every score as a GeoPackage beside a QGIS project styled as the map.
    file->addAction(tr("Export layer for Q&GIS…"), this, &ExportActions::exportForQgis);
}

bool ExportActions::writeFigure(const QString &path, const FigureOptions &options, QString *error)
{
    if (!checkOutputPath(path, m_window->inputFiles(), error))
        return false;
    MapScene scene = m_window->mapView()->scene();
    // The window's home view is the data's frame: the figure fits it to the page as the
    // command line does; a view the user zoomed or panned is kept as it is.
    if (m_window->mapView()->isHome())
        scene.extent = QRectF();
    // The recipe beside the figure rebuilds it after a data update (clusterscope batch).
    const Recipe recipe = Recipe::fromView(m_window->source(), m_window->view(), options, path);
    bool ok = false;
    m_window->runLong(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)),
                      [&] { ok = Exports::figure(scene, options, path, &recipe, error); });
    if (ok)
        m_lastFigure = options;
    return ok;
}

bool ExportActions::writeScores(const QString &path, QString *error)
{
    if (!checkOutputPath(path, m_window->inputFiles(), error))
        return false;
    QHash<QString, QString> names;
    if (const auto &layer = m_window->mapView()->scene().layer)
        names = Exports::regionNames(*layer);
    bool ok = false;
    m_window->runLong(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)), [&] {
        ok = ScoreExport::writeScores(m_window->data(), m_window->view().query(), names, ScoreExport::formatOf(path),
                                      path, error);
    });
    return ok;
}

bool ExportActions::writeForQgis(const QString &qgsPath, QString *error)
{
    if (!checkOutputPath(qgsPath, m_window->inputFiles(), error) ||
        !checkOutputPath(Exports::geoPackageBeside(qgsPath), m_window->inputFiles(), error))
        return false;
    const MapScene scene = m_window->mapView()->scene();
    // The regions drawn: the NUTS cache, or the user's boundary file.
    Exports::Boundaries boundaries;
    boundaries.file = m_window->boundaries();
    boundaries.layer = m_window->controller()->boundaryOptions().layer;
    boundaries.keyColumn = m_window->controller()->boundaryOptions().keyColumn;
    bool ok = false;
    m_window->runLong(tr("Exporting %1…").arg(QDir::toNativeSeparators(qgsPath)), [&] {
        ok = Exports::forQgis(m_window->data(), m_window->view(), scene, boundaries,
                              Exports::geoPackageBeside(qgsPath), qgsPath, error);
    });
    return ok;
}

void ExportActions::exportFigure()
{
    ExportDialog dialog(m_window->mapView()->scene(), m_window);
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
    dialog.setPath(settings.value(QStringLiteral("lastFigure"), QDir::home().filePath(QStringLiteral("clusterscope.png")))
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
        QMessageBox::critical(m_window, tr("Export figure"), path.isEmpty() ? tr("Choose a file to write.") : error);
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
    m_window->statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportActions::exportScores()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export scores"), QString(),
                                                      tr("CSV table (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeScores(path, &error))
        QMessageBox::critical(m_window, tr("Export scores"), error);
    else
        m_window->statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportActions::exportForQgis()
{
    const QString project = QFileDialog::getSaveFileName(m_window, tr("Export layer for QGIS"),
                                                         QDir::home().filePath(QStringLiteral("clusterscope.qgs")),
                                                         tr("QGIS project with GeoPackage (*.qgs)"));
    if (project.isEmpty())
        return;
    QString error;
    if (!writeForQgis(project, &error)) {
        QMessageBox::critical(m_window, tr("Export layer for QGIS"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Wrote %1 and %2")
                                           .arg(QDir::toNativeSeparators(project),
                                                QDir::toNativeSeparators(Exports::geoPackageBeside(project))),
                                       5000);
}

} // namespace cs
