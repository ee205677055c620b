// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

#include <cstdint>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace cs {

class ClusterData;
class RegionProfileModel;
struct Explanation;

// One region's cluster portfolio for a level and year: a sortable table of every
// category (by strength: stars, then LQ), and in tabs below it the numbers behind the
// current category's LQ and stars (with the cells left out of the sums), a bar chart of
// the ten strongest clusters by LQ (the strongest categories in data without clusters),
// and the category's employment over the data's years. `data` is not owned and must
// outlive the widget; NaN is shown as "–", every number through cs::numbers.
class RegionProfile : public QWidget
{
    Q_OBJECT
public:
    // Table columns, in order.
    // Table columns, in order. GrowthColumn: CAGR in % per year since the data's first
    // year; WageColumn: the engine's relative wage (StarRating::relativeProductivity),
    // shown only when the data has wages.
    enum Column { CategoryColumn, LabelColumn, EmploymentColumn, LqColumn, StarsColumn,
                  GrowthColumn, ShareColumn, FocusColumn, WageColumn, ColumnCount };
    // The unformatted value of a cell (double; the star count for StarsColumn, which
    // sorts by strength: stars, then LQ).
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
    QChartView *topChartView() const;
    QChartView *trendChartView() const;
    // Why the top chart or the series is not drawn (empty while it is).
    QString topNote() const;
    QString trendNote() const;
    // The star decisions of the current category: Star, Value, Cut-off, Rank, Awarded,
    // Robust.
    QTableWidget *starTable() const { return m_starTable; }
    // One sentence counting the cells left out of the sums, by kind; the button shows
    // or hides the list of those cells (Region, Industry, Reason), hidden at first.
    QString excludedSummary() const;
    QToolButton *excludedButton() const { return m_excludedButton; }
    QTableWidget *excludedList() const { return m_excludedList; }
    QTabWidget *tabs() const { return m_tabs; }
    // Why a cell with these Eurostat flags has no value, as the summary and the list
    // name it: "confidential", "too unreliable to publish", "not applicable",
    // "flagged “d”" (another flag that is not about a value), or "not available".
    static QString excludedKind(std::uint16_t flags);
    QSize sizeHint() const override;

signals:
    // Double-click on a table row or a bar.
    void categoryActivated(const QString &category);
    // The current category changed through the table or the bar chart.
    void categorySelected(const QString &category);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void updateTitle();
    void updateTopChart();
    void updateExplanation();
    void updateTrend();
    void updateStarTable(const Explanation &x);
    void updateExcluded(const Explanation &x);
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
    QTabWidget *m_tabs = nullptr;
    QChart *m_topChart = nullptr;
    QChartView *m_topView = nullptr;
    QLabel *m_topNote = nullptr;
    QLabel *m_explain = nullptr;
    QString m_explainHtml;
    QLabel *m_starTitle = nullptr;
    QTableWidget *m_starTable = nullptr;
    QLabel *m_starRule = nullptr;
    QLabel *m_excludedSummary = nullptr;
    QToolButton *m_excludedButton = nullptr;
    QTableWidget *m_excludedList = nullptr;
    QChart *m_trendChart = nullptr;
    QChartView *m_trendView = nullptr;
    QLabel *m_trendNote = nullptr;
    QStringList m_topCategories; // bar order of the top chart, bottom to top
};

} // namespace cs
