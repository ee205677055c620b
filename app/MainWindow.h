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

namespace cs {

class MapView;

// The main window: pickers for level, category, indicator and year above the map.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ClusterData data, const ViewOptions &view, QWidget *parent = nullptr);

    MapView *mapView() const { return m_mapView; }
    const ViewOptions &view() const { return m_view; }
    // Empty when the map shows data; otherwise what went wrong (e.g. no boundaries).
    QString lastError() const { return m_lastError; }

public slots:
    void setView(const ViewOptions &view);

private:
    std::shared_ptr<const NutsLayer> layer(int level);
    void refresh();
    void readPickers();

    ClusterData m_data;
    ViewOptions m_view;
    QHash<int, std::shared_ptr<const NutsLayer>> m_layers;
    MapView *m_mapView = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastError;
};

} // namespace cs
