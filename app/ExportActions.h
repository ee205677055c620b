// SPDX-License-Identifier: MIT
#pragma once

#include "maps/FigureExport.h"

#include <QObject>

class QMenu;

namespace cs {

class MainWindow;

// The window's exports of the map it shows: File ▸ Export figure, Export scores and
// Export layer for QGIS, each through the implementation the command line uses
// (Exports, ScoreExport), run while the window shows progress.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);
    void addTo(QMenu *file);

    // The map as a figure with its recipe beside it, in a worker thread.
    bool writeFigure(const QString &path, const FigureOptions &options, QString *error);
    // The map's scores, CSV or XLSX by the suffix of `path` (ScoreExport::writeScores).
    bool writeScores(const QString &path, QString *error);
    // The GeoPackage beside `qgsPath` and the QGIS project that opens it.
    bool writeForQgis(const QString &qgsPath, QString *error);
    // The options of the last figure written (saved in project files).
    const FigureOptions &lastFigure() const { return m_lastFigure; }
    void setLastFigure(const FigureOptions &options) { m_lastFigure = options; }

private:
    void exportFigure();
    void exportScores();
    void exportForQgis();

    MainWindow *m_window;
    FigureOptions m_lastFigure;
};

} // namespace cs
