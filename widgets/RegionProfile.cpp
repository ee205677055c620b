// SPDX-License-Identifier: MIT
#include "widgets/RegionProfile.h"

#include "maps/ClusterData.h"
#include "widgets/TableText.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

using namespace tabletext;

constexpr int kTopCount = 10;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString formatNumber(double v, int decimals)
{
    return std::isnan(v) ? dash() : QLocale().toString(v, 'f', decimals);
}

QString formatPercent(double v)
{
    return std::isnan(v) ? dash() : QLocale().toString(100.0 * v, 'f', 2) + QStringLiteral(" %");
}

} // namespace

// The portfolio rows of ClusterData::profile() as a table.
class RegionProfileModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(cs::RegionProfile)
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ProfileRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<ProfileRow> &rows() const { return m_rows; }
    int rowOf(const QString &category) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].category == category)
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
        const ProfileRow &p = m_rows[index.row()];
        const bool known = !std::isnan(p.lq);
        if (role == RegionProfile::ValueRole) {
            switch (index.column()) {
            case RegionProfile::CategoryColumn: return p.category;
            case RegionProfile::LabelColumn: return p.label;
            case RegionProfile::EmploymentColumn: return p.employment;
            case RegionProfile::LqColumn: return p.lq;
            case RegionProfile::FocusColumn: return p.focus;
            case RegionProfile::ShareColumn: return p.share;
            case RegionProfile::StarsColumn: return known ? double(p.stars) : kNaN;
            }
            return {};
        }
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case RegionProfile::CategoryColumn: return p.category;
            case RegionProfile::LabelColumn: return p.label;
            case RegionProfile::EmploymentColumn: return formatNumber(p.employment, 0);
            case RegionProfile::LqColumn: return formatNumber(p.lq, 2);
            case RegionProfile::FocusColumn: return formatPercent(p.focus);
            case RegionProfile::ShareColumn: return formatPercent(p.share);
            case RegionProfile::StarsColumn: return known ? starText(p.stars) : dash();
            }
            return {};
        }
        if (role == Qt::ToolTipRole) {
            if (index.column() == RegionProfile::LqColumn && known)
                return QLocale().toString(p.lq, 'f', 6);
            if (index.column() == RegionProfile::StarsColumn && known)
                return tr("%n star(s)", nullptr, p.stars);
            if (index.column() == RegionProfile::LabelColumn)
                return p.label;
            return {};
        }
        if (role == Qt::TextAlignmentRole && index.column() >= RegionProfile::EmploymentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case RegionProfile::CategoryColumn: return tr("Category");
        case RegionProfile::LabelColumn: return tr("Label");
        case RegionProfile::EmploymentColumn: return tr("Employment");
        case RegionProfile::LqColumn: return tr("LQ");
        case RegionProfile::FocusColumn: return tr("Focus");
        case RegionProfile::ShareColumn: return tr("Share");
        case RegionProfile::StarsColumn: return tr("Stars");
        }
        return {};
    }

private:
    QList<ProfileRow> m_rows;
};

RegionProfile::RegionProfile(const ClusterData *data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_model = new RegionProfileModel(this);
    m_proxy = new NumericSortProxy(this);
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
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->sortByColumn(LqColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString category = categoryAt(index);
        if (!category.isEmpty())
            emit categoryActivated(category);
    });

    m_topChart = new QChart;
    m_topChart->legend()->hide();
    m_topView = new QChartView(m_topChart, this);
    m_topView->setRenderHint(QPainter::Antialiasing);
    m_topView->setMinimumHeight(300);

    m_explain = new QTextBrowser(this);
    m_explain->setOpenLinks(false);
    // Wide enough that "employment of the region in the category" wraps between words.
    m_explain->setMinimumWidth(m_explain->fontMetrics().horizontalAdvance(QStringLiteral("employment of the region")) +
                               m_explain->fontMetrics().horizontalAdvance(QStringLiteral("e_rc 1,807,718")) + 40);

    m_trendChart = new QChart;
    m_trendChart->legend()->hide();
    m_trendView = new QChartView(m_trendChart, this);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(180);
    m_trendNote = new QLabel(this);
    m_trendNote->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_explain, 3);
    rightLayout->addWidget(m_trendView, 2);
    rightLayout->addWidget(m_trendNote);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_topView);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    rebuild();
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
    return m_explain->toHtml();
}

QString RegionProfile::explanationText() const
{
    return m_explain->toPlainText();
}

void RegionProfile::rebuild()
{
    m_model->setRows(m_data && !m_region.isEmpty() ? m_data->profile(m_region, m_level, m_year)
                                                   : QList<ProfileRow>{});
    updateTitle();
    updateTopChart();
    selectRow(m_category);
    updateExplanation();
    updateTrend();
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

    QList<ProfileRow> clusters;
    if (m_data)
        for (const ProfileRow &p : m_model->rows())
            if (m_data->isCluster(p.category) && !std::isnan(p.lq))
                clusters.append(p);
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const ProfileRow &a, const ProfileRow &b) { return a.lq > b.lq; });
    if (clusters.size() > kTopCount)
        clusters.resize(kTopCount);
    m_topChart->setTitle(clusters.isEmpty() ? tr("No cluster has a location quotient")
                                            : tr("Top %n cluster(s) by location quotient", nullptr,
                                                 int(clusters.size())));
    if (clusters.isEmpty())
        return;

    // Horizontal bars are drawn bottom-up: append the smallest first so the largest is on top.
    auto *set = new QBarSet(tr("LQ"));
    QStringList labels;
    double maximum = 1.0;
    for (auto it = clusters.crbegin(); it != clusters.crend(); ++it) {
        set->append(it->lq);
        labels.append(elided(it->label, 30));
        m_topCategories.append(it->category);
        maximum = std::max(maximum, it->lq);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    m_topChart->addSeries(series);
    auto *categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0.0, maximum * 1.05);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.1f"));
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
        m_explain->setHtml(m_region.isEmpty() || m_model->rowCount() == 0
                               ? QString()
                               : tr("<p>Select a category to see the numbers behind its location "
                                    "quotient and stars.</p>"));
        return;
    }
    const Explanation x = m_data->explain(m_region, m_category, m_level, m_year);
    const auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto cell = [](const QString &s) { return QStringLiteral("<td>%1</td>").arg(s); };
    const auto num = [](double v) { return formatNumber(v, 0); };

    QString html;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(tr("%1 — %2 in %3, %4")
                             .arg(m_category, m_data->categoryLabel(m_category), m_region)
                             .arg(x.year)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto line = [&](const QString &symbol, const QString &meaning, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td align=\"right\">%3</td></tr>")
                    .arg(esc(symbol), esc(meaning), esc(value));
    };
    line(QStringLiteral("e_rc"), tr("employment of the region in the category"), num(x.erc));
    line(QStringLiteral("e_r"),
         x.publishedTotal ? tr("employment of the region (its published total)")
                          : tr("employment of the region (sum of the industries it reports)"),
         num(x.er));
    line(QStringLiteral("E_c"), tr("employment in the category, all regions of the level"), num(x.ec));
    line(QStringLiteral("E"), tr("employment, all regions of the level"), num(x.e));
    line(tr("LQ"), tr("location quotient"), formatNumber(x.lq, 6));
    line(tr("Focus"), tr("e_rc / e_r"), formatPercent(x.focus));
    if (std::isfinite(x.published)) {
        line(tr("Total"), tr("the region's total as the data publishes it"), num(x.published));
        line(tr("Coverage"), tr("share of that total in the industries reported"), formatPercent(x.coverage));
    }
    html += QStringLiteral("</table>");
    if (x.incomplete)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Suppressed cells hide %1 of this region's published total: its "
                                "focus and location quotients rest on an incomplete total "
                                "(File ▸ Region totals ▸ Published uses the published one).")
                                 .arg(formatPercent(1.0 - x.coverage))));
    html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                .arg(esc(tr("Formula:")), esc(QString::fromStdString(x.formula)));
    if (!x.reason.empty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("No LQ: %1").arg(QString::fromStdString(x.reason))));

    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Stars:")), esc(x.ecoStars > 0 ? starText(x.ecoStars)
                                                           : tr("none")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const QString &h : {tr("Star"), tr("Value"), tr("Cut-off"), tr("Rank"), tr("Awarded"),
                             tr("Robust (±10 %)")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    struct Row
    {
        QString name;
        const Explanation::StarCheck *check;
        int decimals;
        bool percent;
        QString rule;
    };
    const Row rows[] = {
        {tr("Size"), &x.size, 0, false, tr("top 10 % of regions by e_rc")},
        {tr("Specialisation"), &x.specialisation, 2, false, tr("LQ ≥ 2")},
        {tr("Focus"), &x.focusStar, 2, true, tr("top 10 % of regions by e_rc / e_r")},
        {tr("Productivity"), &x.productivity, 2, false, tr("top 10 % by relative wage")},
    };
    for (const Row &r : rows) {
        const Explanation::StarCheck &c = *r.check;
        if (!c.available) {
            if (r.check == &x.productivity)
                continue; // no wages in the data: the star does not apply
            html += QStringLiteral("<tr>") + cell(esc(r.name)) +
                    QStringLiteral("<td colspan=\"5\">%1</td></tr>").arg(esc(tr("not computed")));
            continue;
        }
        const QString value = r.percent ? formatPercent(c.value) : formatNumber(c.value, r.decimals);
        const QString threshold = r.percent ? formatPercent(c.threshold)
                                            : formatNumber(c.threshold, r.decimals);
        const QString rank = c.rank > 0 ? tr("%1 of %2").arg(c.rank).arg(c.rankedCount) : dash();
        html += QStringLiteral("<tr>") + cell(esc(r.name)) + cell(esc(value)) +
                cell(esc(tr("%1 (%2)").arg(threshold, r.rule))) + cell(esc(rank)) +
                cell(esc(yesNo(c.awarded))) + cell(esc(yesNo(c.robust))) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    // The rule in words (StarRating): how "top 10 %" is counted.
    if (x.size.rankedCount > 0) {
        const int n = x.size.rankedCount;
        const int k = std::max(1, int(std::ceil(0.1 * n - 1e-9)));
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(tr("Size and focus stars go to the top 10 % of the %1 reference "
                                "regions with a value in this category: the %2 largest values "
                                "set the cut-off, every region tied with it earns the star too, "
                                "and a value of 0 never does. Specialisation needs LQ ≥ 2. "
                                "Regions outside the reference area are rated against its "
                                "cut-offs; a missing value earns no star.")
                                 .arg(n)
                                 .arg(k)));
    }

    // Cells left out of e_r and E_c.
    const int excluded = int(x.excluded.size());
    if (excluded == 0) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No cell was left out of the sums.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%n cell(s) left out of the sums as missing, %1 of them "
                                "confidential.",
                                nullptr, excluded)
                                 .arg(x.confidentialCount)));
        const auto &regions = m_data->cube().regions();
        const auto &industries = m_data->cube().industries();
        QStringList cells;
        for (const Explanation::ExcludedCell &c : x.excluded) {
            if (cells.size() >= 20)
                break;
            const QString where = QStringLiteral("%1 / %2").arg(
                c.region >= 0 && c.region < int(regions.size())
                    ? QString::fromStdString(regions[std::size_t(c.region)])
                    : dash(),
                c.industry >= 0 && c.industry < int(industries.size())
                    ? QString::fromStdString(industries[std::size_t(c.industry)])
                    : dash());
            cells.append(esc(c.confidential ? tr("%1 (confidential)").arg(where) : where));
        }
        if (excluded > cells.size())
            cells.append(esc(tr("and %n more", nullptr, excluded - int(cells.size()))));
        html += QStringLiteral("<p><small>%1</small></p>").arg(cells.join(QStringLiteral(", ")));
    }
    m_explain->setHtml(html);
}

void RegionProfile::updateTrend()
{
    m_trendChart->removeAllSeries();
    for (QAbstractAxis *axis : m_trendChart->axes())
        m_trendChart->removeAxis(axis);
    if (!m_data || m_model->rowOf(m_category) < 0) {
        m_trendChart->setTitle(QString());
        m_trendNote->clear();
        return;
    }
    const QStringList categories = m_data->categories();
    const int column = int(categories.indexOf(m_category));
    auto *line = new QLineSeries;
    line->setName(tr("Employment"));
    line->setPointsVisible(true);
    double high = 0.0;
    const QList<int> years = m_data->years();
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
    m_trendChart->setTitle(tr("Employment in %1").arg(elided(m_data->categoryLabel(m_category), 40)));
    m_trendChart->addSeries(line);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Year"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Persons employed"));
    const int count = int(line->count());
    if (count > 0) {
        const double first = line->at(0).x(), last = line->at(count - 1).x();
        x->setRange(first - (count == 1 ? 1 : 0), last + (count == 1 ? 1 : 0));
        x->setTickCount(count == 1 ? 3 : std::min(count, 8));
        y->setRange(0.0, high > 0 ? high * 1.1 : 1.0);
        y->applyNiceNumbers();
    }
    m_trendChart->addAxis(x, Qt::AlignBottom);
    m_trendChart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    if (count == 0)
        m_trendNote->setText(tr("No employment is published for this category and region."));
    else if (count == 1)
        m_trendNote->setText(tr("The data hold one year (%1): the series is a single point.")
                                 .arg(int(line->at(0).x())));
    else
        m_trendNote->setText(tr("%n year(s) with data.", nullptr, count));
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
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
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
    return source.isValid() && source.row() < m_model->rows().size()
               ? m_model->rows()[source.row()].category
               : QString();
}

} // namespace cs
