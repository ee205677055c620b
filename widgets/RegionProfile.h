// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace cs {

class ClusterData;
class RegionProfileModel;

// One region's cluster portfolio for a level and year: a sortable table of every
// category, a bar chart of its ten strongest clusters by LQ, the numbers behind the
// current category's LQ and stars, and that category's employment over the data's
// years. `data` is not owned and must outlive the widget; NaN is shown as "–".
class RegionProfile : public QWidget
{
    Q_OBJECT
public:
    // Table columns, in order.
    enum Column { CategoryColumn, LabelColumn, EmploymentColumn, LqColumn, FocusColumn,
                  ShareColumn, StarsColumn, ColumnCount };
    // The unformatted value of a cell (double; the star count for StarsColumn).
    static constexpr int ValueRole = Qt::UserRole;

    explicit RegionProfile(const ClusterData *data, QWidget *parent = nullptr);

    void setData(const ClusterData *data);
    // Unknown regions or years give an empty profile with a message.
    void setRegion(const QString &code, int level, int year);
    // Selects `category` in the table and explains it; unknown codes clear the panel.
    void setCategory(const QString &category);
    // NUTS code → name, for the title; codes without a name are shown alone.
    void setRegionNames(const QHash<QString, QString> &names);

    QString region() const { return m_region; }
    int level() const { return m_level; }
    int year() const { return m_year; }
    QString category() const { return m_category; }

    // The sorted view of the portfolio (columns: Column).
    QAbstractItemModel *model() const;
    QTableView *tableView() const { return m_table; }
    QString explanationHtml() const;
    QString explanationText() const;
    QChart *topChart() const { return m_topChart; }
    QChart *trendChart() const { return m_trendChart; }

signals:
    // Double-click on a table row or a bar.
    void categoryActivated(const QString &category);
    // The current category changed through the table or the bar chart.
    void categorySelected(const QString &category);

private:
    void rebuild();
    void updateTitle();
    void updateTopChart();
    void updateExplanation();
    void updateTrend();
    void selectRow(const QString &category);
    void onCurrentChanged(const QModelIndex &current);
    QString categoryAt(const QModelIndex &proxyIndex) const;

    const ClusterData *m_data = nullptr;
    QString m_region;
    int m_level = 2;
    int m_year = 0;
    QString m_category;
    QHash<QString, QString> m_names;

    QLabel *m_title = nullptr;
    RegionProfileModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_topChart = nullptr;
    QChartView *m_topView = nullptr;
    QTextBrowser *m_explain = nullptr;
    QChart *m_trendChart = nullptr;
    QChartView *m_trendView = nullptr;
    QLabel *m_trendNote = nullptr;
    QStringList m_topCategories; // bar order of the top chart, bottom to top
};

} // namespace cs
