// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QPolarChart;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace cs {

class ClusterData;

// Two to four regions side by side for one level and year: LQ and stars of every
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

    QAbstractItemModel *model() const;
    QTableView *tableView() const { return m_table; }
    QChart *barChart() const { return m_barChart; }
    QPolarChart *radarChart() const { return m_radarChart; }

signals:
    void categoryActivated(const QString &category);

private:
    void rebuild();
    void updateBarChart(const QStringList &categories);
    void updateRadarChart(const QStringList &categories);
    QString regionTitle(const QString &code) const;

    const ClusterData *m_data = nullptr;
    QStringList m_regions;
    int m_level = 2;
    int m_year = 0;
    QHash<QString, QString> m_names;
    QStringList m_shared;

    QLabel *m_summary = nullptr;
    QCheckBox *m_clustersOnly = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_barChart = nullptr;
    QPolarChart *m_radarChart = nullptr;
};

} // namespace cs
