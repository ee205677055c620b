// SPDX-License-Identifier: MIT
#pragma once

#include "maps/SceneBuilder.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QChart;
class QPolarChart;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QStandardItemModel;
class QTableView;

namespace cs {

class MapView;

// Two to four regions side by side for one level and year: linked maps (one per
// region, one extent, each with its own indicator and year), LQ and stars of every
// category, with the shared strengths (every region has LQ ≥ 1 or at least one star)
// in bold on a tinted row, a grouped bar chart of the strongest shared clusters and a
// radar chart of the regions' top clusters. `data` is not owned and must outlive it.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRegions = 4;
    enum Column { CategoryColumn, LabelColumn, FirstRegionColumn };
    // ValueRole: the code (category column), label, or LQ (region columns, double, NaN =
    // no data); StarsRole: 0–3 (region columns); SharedRole: bool, on every cell of a
    // shared strength's row; ClusterRole: "1" for cluster categories, else "0".
    static constexpr int ValueRole = Qt::UserRole;
    static constexpr int StarsRole = Qt::UserRole + 1;
    static constexpr int SharedRole = Qt::UserRole + 2;
    static constexpr int ClusterRole = Qt::UserRole + 3;

    explicit ComparisonView(const ClusterData *data, QWidget *parent = nullptr);

    void setData(const ClusterData *data);
    // Keeps the first kMaxRegions codes, in order, without duplicates; codes not in
    // the data get an empty column.
    void setRegions(const QStringList &codes, int level, int year);
    void setRegionNames(const QHash<QString, QString> &names);

    QStringList regions() const { return m_regions; }
    int level() const { return m_level; }
    int year() const { return m_year; }
    // Shared strengths, strongest first (by the smallest LQ among the regions).
    QStringList sharedStrengths() const { return m_shared; }
    // Table rows show cluster categories only (not NACE sections and divisions).
    void setClustersOnly(bool clustersOnly);

    // The linked maps draw `layer` (null: no maps) coloured by `query`'s category; a
    // map's indicator and year follow `query` and `symbology` until the user picks
    // others on that map. The compared regions are selected on every map.
    void setMapContext(std::shared_ptr<const NutsLayer> layer, const ScoreQuery &query,
                       const Symbology &symbology);
    // One map per compared region (hidden ones beyond regions().size()); panning or
    // zooming one moves the others to the same extent.
    QList<MapView *> mapViews() const;
    int visibleMapCount() const;
    QComboBox *indicatorPicker(int map) const { return m_maps.value(map).indicator; }
    QComboBox *yearPicker(int map) const { return m_maps.value(map).year; }
    // A map's legend: one colour swatch and range per class, under the map.
    QLabel *legend(int map) const { return m_maps.value(map).legend; }

    QAbstractItemModel *model() const;
    // Wide enough for two linked maps side by side.
    QSize sizeHint() const override { return QSize(760, 720); }
    QTableView *tableView() const { return m_table; }
    QChart *barChart() const { return m_barChart; }
    QPolarChart *radarChart() const { return m_radarChart; }

signals:
    void categoryActivated(const QString &category);

private:
    struct LinkedMap
    {
        QWidget *panel = nullptr;
        QLabel *caption = nullptr;
        QComboBox *indicator = nullptr;
        QComboBox *year = nullptr;
        MapView *view = nullptr;
        QLabel *legend = nullptr;
        bool own = false; // the user picked this map's indicator or year
    };

    void rebuild();
    void updateMaps(bool resetExtent);
    void updateMapScene(int map);
    void syncExtent(MapView *source, const QRectF &extent);
    QSet<int> comparedIndices() const;
    void updateBarChart(const QStringList &categories);
    void updateRadarChart(const QStringList &categories);
    QString regionTitle(const QString &code) const;

    const ClusterData *m_data = nullptr;
    QStringList m_regions;
    int m_level = 2;
    int m_year = 0;
    QHash<QString, QString> m_names;
    QStringList m_shared;
    std::shared_ptr<const NutsLayer> m_layer;
    ScoreQuery m_query;
    Symbology m_symbology;
    QList<LinkedMap> m_maps;
    QWidget *m_mapRow = nullptr;
    QGridLayout *m_mapGrid = nullptr;
    bool m_syncing = false;

    QLabel *m_summary = nullptr;
    QCheckBox *m_clustersOnly = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_barChart = nullptr;
    QPolarChart *m_radarChart = nullptr;
    QTabWidget *m_charts = nullptr;
};

} // namespace cs
