// SPDX-License-Identifier: MIT
#include "widgets/RegionProfile.h"

#include "maps/ClusterData.h"
#include "maps/NumberFormat.h"
#include "widgets/TableText.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

using namespace tabletext;

constexpr int kTopCount = 10;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Limits and step of an axis with at most `maxTicks` round ticks (1, 2, 2.5, 5 × 10^k)
// covering [low, high].
struct Ticks
{
    double low = 0.0, high = 1.0, step = 1.0;
};

Ticks niceTicks(double low, double high, int maxTicks)
{
    if (!(high > low))
        high = low + 1.0;
    const double raw = (high - low) / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw - 1e-12 * magnitude) {
            step = m * magnitude;
            break;
        }
    Ticks t;
    t.step = step;
    t.low = std::floor(low / step + 1e-9) * step;
    t.high = std::ceil(high / step - 1e-9) * step;
    return t;
}

// A value axis whose labels come from cs::numbers (the locale's decimal mark and
// grouping), at round ticks from `low` to `high`.
QCategoryAxis *numberAxis(double low, double high, int maxTicks, int decimals)
{
    const Ticks t = niceTicks(low, high, maxTicks);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(t.low);
    axis->setRange(t.low, t.high);
    const int count = int(std::lround((t.high - t.low) / t.step));
    for (int i = 0; i <= count; ++i) {
        const double v = t.low + i * t.step;
        axis->append(numbers::fixed(v, decimals), v);
    }
    return axis;
}

// A cell of the star table or the list of excluded cells: never wrapped, numbers right.
QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return cell;
}

// A read-only table sized to its contents: no word is broken, every row as tall as
// its text.
void setUpFixedTable(QTableWidget *table)
{
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideNone);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

// Height that shows every row of `table` without a vertical scroll bar.
int fullHeight(const QTableWidget *table)
{
    int rows = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        rows += table->verticalHeader()->sectionSizeHint(r);
    return table->horizontalHeader()->sizeHint().height() + rows + 2 * table->frameWidth();
}

} // namespace

QString RegionProfile::excludedKind(Flags flags)
{
    if (flags & kFlagConfidential)
        return tr("confidential");
    if (flags & kFlagLowReliability)
        return tr("too unreliable to publish");
    if (flags & kFlagNotApplicable)
        return tr("not applicable");
    const Flags telling = flags & ~(kFlagMissing | kFlagBreak | kFlagEstimated | kFlagForecast | kFlagProvisional |
                                    kFlagRevised | kFlagEurostatEstimate);
    if (telling != kFlagNone)
        return tr("flagged “%1”").arg(QString::fromStdString(flagLetters(Flags(telling))));
    return tr("not available");
}

namespace {

int excludedKindOrder(const QString &kind)
{
    const QStringList fixed = {RegionProfile::excludedKind(kFlagConfidential),
                               RegionProfile::excludedKind(kFlagLowReliability),
                               RegionProfile::excludedKind(kFlagNotApplicable)};
    if (const int at = int(fixed.indexOf(kind)); at >= 0)
        return at;
    return kind == RegionProfile::excludedKind(kFlagMissing) ? 4 : 3;
}

} // namespace

// The portfolio rows of ClusterData::profile() as a table, with growth and (where the
// data has wages) the relative wage read from the engine.
class RegionProfileModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(cs::RegionProfile)
public:
    using QAbstractTableModel::QAbstractTableModel;

    struct Row
    {
        ProfileRow p;
        double growth = kNaN;
        double wage = kNaN;
    };

    void setRows(QList<Row> rows, int growthFrom)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_growthFrom = growthFrom;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &category) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].p.category == category)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : RegionProfile::ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &r = m_rows[index.row()];
        const ProfileRow &p = r.p;
        const bool known = !std::isnan(p.lq);
        if (role == RegionProfile::ValueRole) {
            switch (index.column()) {
            case RegionProfile::CategoryColumn: return p.category;
            case RegionProfile::LabelColumn: return p.label;
            case RegionProfile::EmploymentColumn: return p.employment;
            case RegionProfile::LqColumn: return p.lq;
            case RegionProfile::StarsColumn: return known ? double(p.stars) : kNaN;
            case RegionProfile::GrowthColumn: return r.growth;
            case RegionProfile::ShareColumn: return p.share;
            case RegionProfile::FocusColumn: return p.focus;
            case RegionProfile::WageColumn: return r.wage;
            }
            return {};
        }
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case RegionProfile::CategoryColumn: return p.category;
            case RegionProfile::LabelColumn: return p.label;
            case RegionProfile::EmploymentColumn: return numbers::count(p.employment);
            case RegionProfile::LqColumn: return numbers::ratio(p.lq);
            case RegionProfile::StarsColumn: return known ? starText(p.stars) : numbers::dash();
            case RegionProfile::GrowthColumn: return numbers::signedPercent(r.growth);
            case RegionProfile::ShareColumn: return numbers::share(p.share, 2);
            case RegionProfile::FocusColumn: return numbers::share(p.focus, 2);
            case RegionProfile::WageColumn: return numbers::ratio(r.wage);
            }
            return {};
        }
        if (role == Qt::ToolTipRole) {
            switch (index.column()) {
            case RegionProfile::CategoryColumn:
            case RegionProfile::LabelColumn: return tr("%1 — %2").arg(p.category, p.label);
            case RegionProfile::LqColumn: return known ? numbers::fixed(p.lq, 6) : QVariant();
            case RegionProfile::StarsColumn:
                return known ? tr("%n star(s), LQ %1", nullptr, p.stars).arg(numbers::ratio(p.lq)) : QVariant();
            }
            return {};
        }
        if (role == Qt::TextAlignmentRole && index.column() >= RegionProfile::EmploymentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole) {
            switch (section) {
            case RegionProfile::CategoryColumn: return tr("Code");
            case RegionProfile::LabelColumn: return tr("Category");
            case RegionProfile::EmploymentColumn: return tr("Employment");
            case RegionProfile::LqColumn: return tr("LQ");
            case RegionProfile::StarsColumn: return tr("Stars");
            case RegionProfile::GrowthColumn: return tr("Growth");
            case RegionProfile::ShareColumn: return tr("Share");
            case RegionProfile::FocusColumn: return tr("Focus");
            // Two lines: the column stays as narrow as its numbers.
            case RegionProfile::WageColumn: return tr("Relative\nwage");
            }
            return {};
        }
        if (role == Qt::ToolTipRole) {
            switch (section) {
            case RegionProfile::EmploymentColumn: return tr("Persons employed in the category (e_rc)");
            case RegionProfile::LqColumn: return tr("Location quotient: (e_rc / e_r) / (E_c / E)");
            case RegionProfile::StarsColumn:
                return tr("Cluster stars (size, specialisation, focus). The table is sorted by "
                          "strength: stars, then location quotient, strongest first.");
            case RegionProfile::GrowthColumn:
                return m_growthFrom > 0
                           ? tr("Employment growth since %1, % per year").arg(m_growthFrom)
                           : tr("Employment growth, % per year: needs an earlier year in the data");
            case RegionProfile::ShareColumn: return tr("Share of the category's employment in all regions (e_rc / E_c)");
            case RegionProfile::FocusColumn: return tr("Share of the region's employment in the category (e_rc / e_r)");
            case RegionProfile::WageColumn: return tr("Wage in the category relative to the reference area");
            }
            return {};
        }
        if (role == Qt::TextAlignmentRole && section >= RegionProfile::EmploymentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Row> m_rows;
    int m_growthFrom = 0;
};

namespace {

// NumericSortProxy, with the star column sorted by strength: stars, then LQ, regions
// without an LQ last in either order.
class StrengthSortProxy : public NumericSortProxy
{
public:
    using NumericSortProxy::NumericSortProxy;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() != RegionProfile::StarsColumn)
            return NumericSortProxy::lessThan(left, right);
        const double lqL = left.siblingAtColumn(RegionProfile::LqColumn).data(RegionProfile::ValueRole).toDouble();
        const double lqR = right.siblingAtColumn(RegionProfile::LqColumn).data(RegionProfile::ValueRole).toDouble();
        const bool nanL = std::isnan(lqL), nanR = std::isnan(lqR);
        if (nanL || nanR) {
            if (nanL == nanR)
                return false;
            // NaN last: "greatest" when ascending, "least" when descending.
            return sortOrder() == Qt::AscendingOrder ? nanR : nanL;
        }
        const int starsL = int(left.data(RegionProfile::ValueRole).toDouble());
        const int starsR = int(right.data(RegionProfile::ValueRole).toDouble());
        if (starsL != starsR)
            return starsL < starsR;
        return lqL < lqR;
    }
};

} // namespace

RegionProfile::RegionProfile(const ClusterData *data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_model = new RegionProfileModel(this);
    m_proxy = new StrengthSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValueRole);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    // The code is in the label's tooltip, the explanation's title and the map's picker.
    m_table->setColumnHidden(CategoryColumn, true);
    m_table->setColumnHidden(WageColumn, true);
    m_table->sortByColumn(StarsColumn, Qt::DescendingOrder);
    m_table->setToolTip(tr("Sorted by strength (stars, then location quotient); click a "
                           "column header to sort by it."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString category = categoryAt(index);
        if (!category.isEmpty())
            emit categoryActivated(category);
    });

    // Tab 1: the numbers behind the score.
    m_explain = new QLabel;
    m_explain->setWordWrap(true);
    m_explain->setTextFormat(Qt::RichText);
    m_explain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explain->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_starTitle = new QLabel;
    m_starTable = new QTableWidget(0, 6);
    setUpFixedTable(m_starTable);
    m_starTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_starTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_starRule = new QLabel;
    m_starRule->setWordWrap(true);
    m_excludedSummary = new QLabel;
    m_excludedSummary->setWordWrap(true);
    m_excludedButton = new QToolButton;
    m_excludedButton->setCheckable(true);
    m_excludedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_excludedButton->setArrowType(Qt::RightArrow);
    m_excludedButton->setText(tr("Show the cells"));
    m_excludedButton->setAutoRaise(true);
    m_excludedList = new QTableWidget(0, 3);
    setUpFixedTable(m_excludedList);
    m_excludedList->setHorizontalHeaderLabels({tr("Region"), tr("Industry"), tr("Why left out")});
    m_excludedList->setMinimumHeight(160);
    m_excludedList->horizontalHeader()->setStretchLastSection(true);
    m_excludedList->hide();
    connect(m_excludedButton, &QToolButton::toggled, this, [this](bool shown) {
        m_excludedList->setVisible(shown);
        m_excludedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_excludedButton->setText(shown ? tr("Hide the cells") : tr("Show the cells"));
    });

    auto *scoreBody = new QWidget;
    auto *scoreLayout = new QVBoxLayout(scoreBody);
    scoreLayout->addWidget(m_explain);
    scoreLayout->addWidget(m_starTitle);
    scoreLayout->addWidget(m_starTable, 0, Qt::AlignLeft);
    scoreLayout->addWidget(m_starRule);
    scoreLayout->addWidget(m_excludedSummary);
    scoreLayout->addWidget(m_excludedButton, 0, Qt::AlignLeft);
    scoreLayout->addWidget(m_excludedList);
    scoreLayout->addStretch(1);
    auto *scoreScroll = new QScrollArea;
    scoreScroll->setWidget(scoreBody);
    scoreScroll->setWidgetResizable(true);
    scoreScroll->setFrameShape(QFrame::NoFrame);
    scoreScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    // Tab 2: the strongest clusters.
    m_topChart = new QChart;
    m_topChart->legend()->hide();
    m_topView = new QChartView(m_topChart);
    m_topView->setRenderHint(QPainter::Antialiasing);
    m_topView->setMinimumHeight(220);
    m_topNote = new QLabel;
    m_topNote->setWordWrap(true);
    auto *topPage = new QWidget;
    auto *topLayout = new QVBoxLayout(topPage);
    topLayout->addWidget(m_topView, 1);
    topLayout->addWidget(m_topNote);
    topLayout->addStretch(0);

    // Tab 3: employment over the years.
    m_trendChart = new QChart;
    m_trendChart->legend()->hide();
    m_trendView = new QChartView(m_trendChart);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(200);
    m_trendNote = new QLabel;
    m_trendNote->setWordWrap(true);
    auto *trendPage = new QWidget;
    auto *trendLayout = new QVBoxLayout(trendPage);
    trendLayout->addWidget(m_trendView, 1);
    trendLayout->addWidget(m_trendNote);
    trendLayout->addStretch(0);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scoreScroll, tr("Score in detail"));
    m_tabs->addTab(topPage, tr("Top clusters"));
    m_tabs->addTab(trendPage, tr("Over time"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    rebuild();
}

QSize RegionProfile::sizeHint() const
{
    // Wide enough for every visible number column and a readable category label.
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        if (c != LabelColumn && !m_table->isColumnHidden(c))
            width += std::max(header->sectionSizeHint(c), static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c));
    width += fontMetrics().horizontalAdvance(QStringLiteral("Manufacture of machinery"));
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    width += margins.left() + margins.right();
    return {std::min(width, 760), QWidget::sizeHint().height()};
}

void RegionProfile::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Rows selected while hidden could not be scrolled to: the viewport had no size.
    QTimer::singleShot(0, this, [this] {
        if (m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex());
    });
}

void RegionProfile::setData(const ClusterData *data)
{
    m_data = data;
    rebuild();
}

void RegionProfile::setRegion(const QString &code, int level, int year)
{
    m_region = code;
    m_level = level;
    m_year = year;
    rebuild();
}

void RegionProfile::setCategory(const QString &category)
{
    m_category = category;
    selectRow(category);
    updateExplanation();
    updateTrend();
}

void RegionProfile::setRegionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    updateTitle();
}

QAbstractItemModel *RegionProfile::model() const
{
    return m_proxy;
}

QString RegionProfile::explanationHtml() const
{
    return m_explainHtml;
}

QString RegionProfile::explanationText() const
{
    QTextDocument document;
    document.setHtml(m_explainHtml);
    return document.toPlainText();
}

QChartView *RegionProfile::topChartView() const
{
    return m_topView;
}

QChartView *RegionProfile::trendChartView() const
{
    return m_trendView;
}

QString RegionProfile::topNote() const
{
    return m_topNote->text();
}

QString RegionProfile::trendNote() const
{
    return m_trendNote->text();
}

QString RegionProfile::excludedSummary() const
{
    return m_excludedSummary->text();
}

void RegionProfile::rebuild()
{
    QList<RegionProfileModel::Row> rows;
    int growthFrom = 0;
    bool wages = false;
    const LevelAnalysis *a = m_data && !m_region.isEmpty() ? m_data->analysis(m_level, m_year) : nullptr;
    const int row = a ? a->rowOf(m_region) : -1;
    if (row >= 0) {
        growthFrom = a->growthFrom;
        const Eigen::MatrixXd &growth = a->growth();
        const Eigen::MatrixXd &wage = a->stars()->relativeProductivity();
        wages = wage.size() > 0;
        const QList<ProfileRow> profile = m_data->profile(m_region, m_level, m_year);
        for (int c = 0; c < profile.size(); ++c) {
            RegionProfileModel::Row r;
            r.p = profile[c];
            if (row < growth.rows() && c < growth.cols())
                r.growth = growth(row, c);
            if (row < wage.rows() && c < wage.cols())
                r.wage = wage(row, c);
            rows.append(r);
        }
    }
    m_model->setRows(std::move(rows), growthFrom);
    m_table->setColumnHidden(WageColumn, !wages);
    updateTitle();
    updateTopChart();
    selectRow(m_category);
    updateExplanation();
    updateTrend();
    updateGeometry();
}

void RegionProfile::updateTitle()
{
    if (m_region.isEmpty()) {
        m_title->setText(tr("No region selected"));
        return;
    }
    const QString name = m_names.value(m_region);
    const QString region = name.isEmpty() ? m_region : tr("%1 %2").arg(m_region, name);
    if (m_model->rowCount() == 0)
        m_title->setText(tr("%1: no data at NUTS level %2 in %3").arg(region).arg(m_level).arg(m_year));
    else
        m_title->setText(tr("%1 — cluster portfolio, NUTS %2, %3").arg(region).arg(m_level).arg(m_year));
}

void RegionProfile::updateTopChart()
{
    m_topChart->removeAllSeries();
    for (QAbstractAxis *axis : m_topChart->axes())
        m_topChart->removeAxis(axis);
    m_topCategories.clear();
    m_topChart->setTitle(QString());

    // Data built from NACE divisions have clusters; data of NACE sections or aggregates
    // (LFS) have none, so the chart ranks their categories instead.
    const bool hasClusters = m_data && !m_data->clusterColumns().empty();
    QList<ProfileRow> top;
    if (m_data)
        for (const RegionProfileModel::Row &r : m_model->rows())
            if ((!hasClusters || m_data->isCluster(r.p.category)) && !std::isnan(r.p.lq))
                top.append(r.p);
    std::stable_sort(top.begin(), top.end(), [](const ProfileRow &a, const ProfileRow &b) { return a.lq > b.lq; });
    if (top.size() > kTopCount)
        top.resize(kTopCount);
    m_tabs->setTabText(1, hasClusters || !m_data ? tr("Top clusters") : tr("Top categories"));

    if (top.isEmpty()) {
        m_topView->hide();
        m_topNote->show();
        if (m_region.isEmpty() || m_model->rowCount() == 0)
            m_topNote->setText(tr("Select a region with data to see its strongest clusters."));
        else if (hasClusters)
            m_topNote->setText(tr("No cluster of %1 has a location quotient in %2: the cells behind "
                                  "them are missing or confidential.")
                                   .arg(m_region)
                                   .arg(m_year));
        else
            m_topNote->setText(tr("No category of %1 has a location quotient in %2.").arg(m_region).arg(m_year));
        return;
    }
    m_topView->show();
    m_topChart->setTitle(hasClusters ? tr("Top %n cluster(s) by location quotient", nullptr, int(top.size()))
                                     : tr("Top %n categories by location quotient", nullptr, int(top.size())));
    m_topNote->setText(hasClusters ? QString()
                                   : tr("These data have no clusters (clusters are built from NACE "
                                        "divisions, the data hold broader sectors): the chart ranks "
                                        "their sectors."));
    m_topNote->setVisible(!m_topNote->text().isEmpty());

    // Horizontal bars are drawn bottom-up: append the smallest first so the largest is on top.
    auto *set = new QBarSet(tr("LQ"));
    QStringList labels;
    double maximum = 1.0;
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        set->append(it->lq);
        labels.append(elidedAtWord(it->label, 34));
        m_topCategories.append(it->category);
        maximum = std::max(maximum, it->lq);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    m_topChart->addSeries(series);
    auto *categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->append(labels);
    QCategoryAxis *values = numberAxis(0.0, maximum * 1.05, 6, 1);
    values->setTitleText(tr("Location quotient"));
    shrinkLabels(categoriesAxis);
    m_topChart->addAxis(categoriesAxis, Qt::AlignLeft);
    m_topChart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categoriesAxis);
    series->attachAxis(values);

    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_topCategories.size()) {
            setCategory(m_topCategories[index]);
            emit categorySelected(m_category);
        }
    });
    connect(set, &QBarSet::doubleClicked, this, [this](int index) {
        if (index >= 0 && index < m_topCategories.size())
            emit categoryActivated(m_topCategories[index]);
    });
}

void RegionProfile::updateExplanation()
{
    const int row = m_model->rowOf(m_category);
    if (!m_data || row < 0) {
        m_explainHtml = m_region.isEmpty() || m_model->rowCount() == 0
                            ? QString()
                            : tr("<p>Select a category to see the numbers behind its location "
                                 "quotient and stars.</p>");
        m_explain->setText(m_explainHtml);
        updateStarTable(Explanation{});
        updateExcluded(Explanation{});
        return;
    }
    const Explanation x = m_data->explain(m_region, m_category, m_level, m_year);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto num = [](double v) { return numbers::count(v); };

    QString html;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(tr("%1 — %2 in %3, %4")
                             .arg(m_category, m_data->categoryLabel(m_category), m_region)
                             .arg(x.year)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto line = [&](const QString &symbol, const QString &meaning, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td align=\"right\" style=\"white-space:pre\">"
                               "%3</td></tr>")
                    .arg(esc(symbol), esc(meaning), esc(value));
    };
    line(QStringLiteral("e_rc"), tr("employment of the region in the category"), num(x.erc));
    line(QStringLiteral("e_r"),
         x.publishedTotal ? tr("employment of the region (its published total)")
                          : tr("employment of the region (sum of the industries it reports)"),
         num(x.er));
    line(QStringLiteral("E_c"), tr("employment in the category, all regions of the level"), num(x.ec));
    line(QStringLiteral("E"), tr("employment, all regions of the level"), num(x.e));
    line(tr("LQ"), tr("location quotient"), numbers::ratio(x.lq));
    line(tr("Focus"), tr("e_rc / e_r"), numbers::share(x.focus, 2));
    if (std::isfinite(x.published)) {
        line(tr("Total"), tr("the region's total as the data publishes it"), num(x.published));
        line(tr("Coverage"), tr("share of that total in the industries reported"), numbers::share(x.coverage, 2));
    }
    html += QStringLiteral("</table>");
    if (x.incomplete)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Suppressed cells hide %1 of this region's published total: its "
                                "focus and location quotients rest on an incomplete total "
                                "(File ▸ Region totals ▸ Published uses the published one).")
                                 .arg(numbers::share(1.0 - x.coverage, 2))));
    // The engine's formula, with the numbers in the locale's format.
    const QString formula = QStringLiteral("LQ = (e_rc / e_r) / (E_c / E) = (%1 / %2) / (%3 / %4) = %5")
                                .arg(num(x.erc), num(x.er), num(x.ec), num(x.e), numbers::ratio(x.lq));
    html += QStringLiteral("<p>%1<br><code>%2</code></p>").arg(esc(tr("Formula:")), esc(formula));
    if (!x.reason.empty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("No LQ: %1").arg(QString::fromStdString(x.reason))));
    m_explainHtml = html;
    m_explain->setText(html);
    updateStarTable(x);
    updateExcluded(x);
}

void RegionProfile::updateStarTable(const Explanation &x)
{
    const bool shown = !m_explainHtml.isEmpty() && m_model->rowOf(m_category) >= 0;
    m_starTitle->setVisible(shown);
    m_starTable->setVisible(shown);
    m_starRule->setVisible(shown);
    m_starTable->clearContents();
    m_starTable->setRowCount(0);
    if (!shown)
        return;
    m_starTitle->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Stars:").toHtmlEscaped(),
                                                            x.ecoStars > 0 ? starText(x.ecoStars) : tr("none")));
    m_starTable->setHorizontalHeaderLabels(
        {tr("Star"), tr("Value"), tr("Cut-off"), tr("Rank"), tr("Awarded"), tr("Robust (±10 %)")});
    for (int c = 1; c <= 3; ++c)
        m_starTable->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    enum Format { Count, Ratio, Share };
    struct Row
    {
        QString name;
        const Explanation::StarCheck *check;
        Format format;
        QString rule;
    };
    const Row rows[] = {
        {tr("Size"), &x.size, Count, tr("top 10 % of regions by e_rc")},
        {tr("Specialisation"), &x.specialisation, Ratio, tr("LQ ≥ 2")},
        {tr("Focus"), &x.focusStar, Share, tr("top 10 % of regions by e_rc / e_r")},
        {tr("Productivity"), &x.productivity, Ratio, tr("top 10 % by relative wage")},
    };
    const auto format = [](double v, Format f) {
        return f == Count ? numbers::count(v) : f == Share ? numbers::share(v, 2) : numbers::ratio(v);
    };
    const auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    QStringList rules;
    for (const Row &r : rows) {
        const Explanation::StarCheck &c = *r.check;
        if (!c.available && r.check == &x.productivity)
            continue; // no wages in the data: the star does not apply
        const int at = m_starTable->rowCount();
        m_starTable->insertRow(at);
        QTableWidgetItem *name = item(r.name);
        name->setToolTip(r.rule);
        m_starTable->setItem(at, 0, name);
        rules.append(tr("%1: %2").arg(r.name, r.rule));
        if (!c.available) {
            m_starTable->setItem(at, 1, item(tr("not computed")));
            for (int col = 2; col < 6; ++col)
                m_starTable->setItem(at, col, item(numbers::dash(), col == 3));
            continue;
        }
        m_starTable->setItem(at, 1, item(format(c.value, r.format), true));
        QTableWidgetItem *cutOff = item(format(c.threshold, r.format), true);
        cutOff->setToolTip(r.rule);
        m_starTable->setItem(at, 2, cutOff);
        m_starTable->setItem(at, 3,
                             item(c.rank > 0 ? tr("%1 of %2").arg(numbers::count(c.rank), numbers::count(c.rankedCount))
                                             : numbers::dash(),
                                  true));
        m_starTable->setItem(at, 4, item(yesNo(c.awarded)));
        m_starTable->setItem(at, 5, item(yesNo(c.robust)));
    }
    m_starTable->resizeColumnsToContents();
    m_starTable->resizeRowsToContents();
    m_starTable->setFixedWidth(m_starTable->horizontalHeader()->length() + 2 * m_starTable->frameWidth());
    m_starTable->setFixedHeight(fullHeight(m_starTable));

    QString rule = rules.join(QStringLiteral("; ")) + QLatin1Char('.');
    // The rule in words (StarRating): how "top 10 %" is counted.
    if (x.size.rankedCount > 0) {
        const int n = x.size.rankedCount;
        const int k = std::max(1, int(std::ceil(0.1 * n - 1e-9)));
        rule += QLatin1Char(' ') +
                tr("Size and focus stars go to the top 10 % of the %1 reference regions with a value "
                   "in this category: the %2 largest values set the cut-off, every region tied with "
                   "it earns the star too, and a value of 0 never does. Regions outside the "
                   "reference area are rated against its cut-offs; a missing value earns no star.")
                    .arg(numbers::count(n), numbers::count(k));
    }
    m_starRule->setText(QStringLiteral("<small>%1</small>").arg(rule.toHtmlEscaped()));
}

void RegionProfile::updateExcluded(const Explanation &x)
{
    m_excludedList->clearContents();
    m_excludedList->setRowCount(0);
    const bool shown = !m_explainHtml.isEmpty() && m_model->rowOf(m_category) >= 0;
    const int excluded = shown ? int(x.excluded.size()) : 0;
    m_excludedSummary->setVisible(shown);
    m_excludedButton->setVisible(excluded > 0);
    if (excluded == 0) {
        m_excludedButton->setChecked(false);
        m_excludedList->hide();
        m_excludedSummary->setText(shown ? tr("No cell was left out of the sums behind this location quotient.")
                                         : QString());
        return;
    }
    // Kinds of missing cells, by their Eurostat flag: confidential, unreliable, not
    // applicable, another flag that says why (SBS extracts write "d" in place of some
    // values), or none (":" or a blank: not available). Flags about values (break,
    // estimate, provisional, revised) say nothing about a missing one.
    const QStringList kinds = [&] {
        QStringList out;
        for (const Explanation::ExcludedCell &c : x.excluded)
            if (!out.contains(excludedKind(c.flags)))
                out.append(excludedKind(c.flags));
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
            return excludedKindOrder(a) < excludedKindOrder(b) ||
                   (excludedKindOrder(a) == excludedKindOrder(b) && a < b);
        });
        return out;
    }();
    QList<int> counts(kinds.size(), 0);
    int own = 0;
    const auto &regions = m_data->cube().regions();
    const auto &industries = m_data->cube().industries();
    const int ownRow = m_data->cube().regionIndex(m_region.toStdString());
    m_excludedList->setRowCount(excluded);
    m_excludedList->setSortingEnabled(false);
    for (int i = 0; i < excluded; ++i) {
        const Explanation::ExcludedCell &c = x.excluded[std::size_t(i)];
        const QString kind = excludedKind(c.flags);
        ++counts[kinds.indexOf(kind)];
        own += c.region == ownRow ? 1 : 0;
        const QString region = c.region >= 0 && c.region < int(regions.size())
                                   ? QString::fromStdString(regions[std::size_t(c.region)])
                                   : numbers::dash();
        const QString industry = c.industry >= 0 && c.industry < int(industries.size())
                                     ? QString::fromStdString(industries[std::size_t(c.industry)])
                                     : numbers::dash();
        const QString name = m_names.value(region);
        QTableWidgetItem *regionItem = item(name.isEmpty() ? region : tr("%1 %2").arg(region, elidedAtWord(name, 28)));
        regionItem->setToolTip(name);
        m_excludedList->setItem(i, 0, regionItem);
        const QString label = m_data->categoryLabel(industry);
        QTableWidgetItem *industryItem =
            item(label.isEmpty() || label == industry ? industry : tr("%1 %2").arg(industry, elidedAtWord(label, 40)));
        industryItem->setToolTip(label);
        m_excludedList->setItem(i, 1, industryItem);
        m_excludedList->setItem(i, 2, item(kind));
    }
    m_excludedList->resizeColumnsToContents();
    QStringList parts;
    for (int k = 0; k < kinds.size(); ++k)
        parts.append(tr("%1 %2").arg(numbers::count(counts[k]), kinds[k]));
    // The English source reads right for n > 1; translations pick their plural form by n.
    const QString sentence =
        excluded == 1 ? tr("%1 cell is left out of the sums behind this location quotient (%2 of %3's own "
                           "industries, %4 of %5 in other regions): %6.")
                      : tr("%1 cells are left out of the sums behind this location quotient (%2 of %3's own "
                           "industries, %4 of %5 in other regions): %6.",
                           nullptr, excluded);
    m_excludedSummary->setText(sentence.arg(numbers::count(excluded), numbers::count(own), m_region,
                                            numbers::count(excluded - own), m_category,
                                            parts.join(QStringLiteral(", "))));
}

void RegionProfile::updateTrend()
{
    m_trendChart->removeAllSeries();
    for (QAbstractAxis *axis : m_trendChart->axes())
        m_trendChart->removeAxis(axis);
    m_trendChart->setTitle(QString());
    if (!m_data || m_model->rowOf(m_category) < 0) {
        m_trendView->hide();
        m_trendNote->setText(m_region.isEmpty() || m_model->rowCount() == 0
                                 ? QString()
                                 : tr("Select a category to see its employment over the years."));
        return;
    }
    const QList<int> years = m_data->years();
    if (years.size() < 2) {
        m_trendView->hide();
        m_trendNote->setText(
            years.isEmpty()
                ? tr("The data hold no year.")
                : tr("The data hold one year (%1), so there is no series to draw. Data with several "
                     "years (File ▸ Embedded data, the LFS extract) show employment over time here.")
                      .arg(years.first()));
        return;
    }
    const QStringList categories = m_data->categories();
    const int column = int(categories.indexOf(m_category));
    auto *line = new QLineSeries;
    line->setName(tr("Employment"));
    line->setPointsVisible(true);
    double high = 0.0;
    for (int year : years) {
        const LevelAnalysis *a = m_data->analysis(m_level, year);
        const int row = a ? a->rowOf(m_region) : -1;
        if (row < 0 || column < 0)
            continue;
        const double v = a->employment(row, column);
        if (std::isnan(v))
            continue;
        line->append(year, v);
        high = std::max(high, v);
    }
    const int count = int(line->count());
    if (count == 0) {
        delete line;
        m_trendView->hide();
        m_trendNote->setText(tr("No employment is published for %1 in %2 in any year of the data.")
                                 .arg(m_category, m_region));
        return;
    }
    m_trendView->show();
    m_trendChart->setTitle(tr("Employment in %1").arg(elided(m_data->categoryLabel(m_category), 40)));
    m_trendChart->addSeries(line);
    // One label per year of the data, as an integer.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(years.first());
    for (int year : years)
        x->append(QStringLiteral("%1").arg(year), year);
    x->setRange(years.first() - 0.3, years.last() + 0.3);
    x->setTitleText(tr("Year"));
    if (years.size() > 10)
        x->setLabelsAngle(-90);
    shrinkLabels(x);
    QCategoryAxis *y = numberAxis(0.0, high > 0 ? high * 1.1 : 1.0, 5, 0);
    y->setTitleText(tr("Persons employed"));
    shrinkLabels(y);
    m_trendChart->addAxis(x, Qt::AlignBottom);
    m_trendChart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    if (count < int(years.size()))
        m_trendNote->setText(tr("%1 of %2 years have a published value; the others are missing or "
                                "confidential.")
                                 .arg(numbers::count(count), numbers::count(years.size())));
    else
        m_trendNote->setText(tr("%1 to %2, every year published.").arg(years.first()).arg(years.last()));
}

void RegionProfile::selectRow(const QString &category)
{
    const int row = m_model->rowOf(category);
    QItemSelectionModel *selection = m_table->selectionModel();
    const QSignalBlocker blocker(selection);
    if (row < 0) {
        selection->clear();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, LabelColumn));
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Again once a dock just shown has laid the table out.
    QTimer::singleShot(0, this, [this] {
        if (m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex());
    });
}

void RegionProfile::onCurrentChanged(const QModelIndex &current)
{
    const QString category = categoryAt(current);
    if (category.isEmpty() || category == m_category)
        return;
    m_category = category;
    updateExplanation();
    updateTrend();
    emit categorySelected(category);
}

QString RegionProfile::categoryAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return {};
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    return source.isValid() && source.row() < m_model->rows().size() ? m_model->rows()[source.row()].p.category
                                                                     : QString();
}

} // namespace cs
