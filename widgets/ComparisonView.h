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
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTabWidget;
class QStandardItemModel;
class QTableView;

namespace cs {

class MapView;

// Two to ten regions side by side for one level and year (the US Cluster Mapping
// Project compares up to ten): one small map per region, either each framing its
// region's country or each showing its region's top cluster (over the compared
// regions, linked); the LQ and stars of every category, with the shared strengths
// (every region has LQ ≥ a threshold or a specialisation or focus star of the engine)
// in bold on a tinted row under a sentence giving the rule and their count; grouped bars
// of the shared strengths with the LQ = 1 line, and a radar of the top clusters.
// `data` is not owned and must outlive it.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRegions = 10;
    // Radar axis labels are cut at a word to at most this many characters.
    static constexpr int kRadarLabelLength = 22;
    enum Column { CategoryColumn, LabelColumn, FirstRegionColumn };
    // What the small maps show: the main map's category with each map framing its
    // region's country (default), or each region's own top cluster (topCluster()) on
    // one extent around all compared regions.
    enum class MapMode { Country, TopCluster };
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
    // Shared strengths among the rows shown (see setClustersOnly), strongest first (by
    // the smallest LQ among the regions). A category is one when every compared region
    // has LQ ≥ sharedThreshold() or a specialisation or focus star (a size star alone
    // does not count).
    QStringList sharedStrengths() const;
    double sharedThreshold() const;
    void setSharedThreshold(double lq);
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    // "Shared strength: every region has LQ ≥ 2.00 or … 7 shared strengths."
    QLabel *ruleLabel() const { return m_rule; }
    // Table rows show cluster categories only (default), else NACE sections and
    // divisions too.
    void setClustersOnly(bool clustersOnly);
    bool clustersOnly() const;

    MapMode mapMode() const { return m_mapMode; }
    void setMapMode(MapMode mode);
    QComboBox *mapModePicker() const { return m_modePicker; }
    // The region's top cluster in the compared year: the cluster with the most European
    // Cluster Observatory stars (size, specialisation, focus), ties broken by the higher
    // LQ; empty without data.
    QString topCluster(const QString &region) const;
    // The category a visible map shows.
    QString mapCategory(int map) const;

    // The linked maps draw `layer` (null: no maps) coloured by `query`'s category; a
    // map's indicator and year follow `query` and `symbology` until the user picks
    // others on that map. The compared regions are selected on every map.
    void setMapContext(std::shared_ptr<const NutsLayer> layer, const ScoreQuery &query,
                       const Symbology &symbology);
    // One map per compared region (hidden ones beyond regions().size()). Country mode:
    // each frames its region's country (continental part) and outlines its region.
    // Top-cluster mode: each outlines every compared region, and panning or zooming one
    // moves the others to the same extent.
    QList<MapView *> mapViews() const;
    int visibleMapCount() const;
    QComboBox *indicatorPicker(int map) const { return m_maps.value(map).indicator; }
    QComboBox *yearPicker(int map) const { return m_maps.value(map).year; }
    // A map's legend: one colour swatch and range per class, under the map.
    QLabel *legend(int map) const { return m_maps.value(map).legend; }

    QAbstractItemModel *model() const;
    // Wide enough for two maps side by side.
    QSize sizeHint() const override { return QSize(760, 720); }
    QTableView *tableView() const { return m_table; }
    QChart *barChart() const { return m_barChart; }
    QPolarChart *radarChart() const { return m_radarChart; }
    // Under the bars and the radar: each region's colour and code (the charts' own
    // legends would cut ten of them short).
    QLabel *colourKey() const { return m_colourKey; }
    // Beside the radar: what it shows and the full names of its clusters, clockwise.
    QLabel *radarKey() const { return m_radarKey; }

signals:
    void categoryActivated(const QString &category);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    void updateRule();
    void updateMaps(bool resetExtent);
    void updateMapScene(int map);
    void updateSharedLegend();
    void fitSplit();
    void elideCaption(int map);
    void syncExtent(MapView *source, const QRectF &extent);
    QSet<int> comparedIndices() const;
    QSet<int> selectionOf(int map) const;
    QRectF countryExtent(const QString &region) const;
    // `ranked`: the shared cluster strengths, else (shared false) the nearest to one.
    void updateBarChart(const QStringList &ranked, bool shared);
    void updateRadarChart(const QStringList &categories);
    QString regionTitle(const QString &code) const;

    const ClusterData *m_data = nullptr;
    QStringList m_regions;
    int m_level = 2;
    int m_year = 0;
    QHash<QString, QString> m_names;
    struct Shared
    {
        QString code;
        bool cluster = false;
    };
    QList<Shared> m_shared;
    QStringList m_topClusters; // per region
    MapMode m_mapMode = MapMode::Country;
    bool m_thresholdChosen = false; // the user set the threshold
    std::shared_ptr<const NutsLayer> m_layer;
    ScoreQuery m_query;
    Symbology m_symbology;
    QList<LinkedMap> m_maps;
    QWidget *m_mapRow = nullptr;
    QScrollArea *m_mapScroll = nullptr;
    QSplitter *m_split = nullptr;
    bool m_fitSplit = true; // give the maps their height at the next resize
    QGridLayout *m_mapGrid = nullptr;
    QComboBox *m_modePicker = nullptr;
    QLabel *m_sharedLegend = nullptr;
    bool m_syncing = false;

    QLabel *m_summary = nullptr;
    QLabel *m_rule = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QCheckBox *m_clustersOnly = nullptr;
    QLabel *m_radarKey = nullptr;
    QLabel *m_colourKey = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_barChart = nullptr;
    QPolarChart *m_radarChart = nullptr;
    QTabWidget *m_charts = nullptr;
};

} // namespace cs
