// SPDX-License-Identifier: MIT
#include "widgets/ComparisonView.h"

#include "maps/ClusterData.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

constexpr int kBarCount = 8;
constexpr int kRadarCount = 8;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString dash()
{
    return QString(QChar(0x2013));
}

QString starText(int stars)
{
    return QString(stars, QChar(0x2605)) + QString(std::max(0, 3 - stars), QChar(0x2606));
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

void shrinkLabels(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
}

// Numbers numerically with NaN last in either order; text locale-aware.
class NumericSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(sortRole()), r = right.data(sortRole());
        if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
            const double nanKey = sortOrder() == Qt::AscendingOrder
                                      ? std::numeric_limits<double>::infinity()
                                      : -std::numeric_limits<double>::infinity();
            const double a = std::isnan(l.toDouble()) ? nanKey : l.toDouble();
            const double b = std::isnan(r.toDouble()) ? nanKey : r.toDouble();
            return a < b;
        }
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
};

struct CategoryRow
{
    int column = -1; // in ClusterData::categories()
    QString code;
    QList<double> lq;
    QList<int> stars;
    bool shared = false;
    double minLq = kNaN;
    double meanLq = kNaN;
};

} // namespace

ComparisonView::ComparisonView(const ClusterData *data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_clustersOnly = new QCheckBox(tr("Clusters only"), this);
    m_clustersOnly->setToolTip(tr("Hide NACE sections and divisions"));
    connect(m_clustersOnly, &QCheckBox::toggled, this, &ComparisonView::setClustersOnly);

    m_model = new QStandardItemModel(this);
    m_proxy = new NumericSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValueRole);
    m_proxy->setFilterKeyColumn(CategoryColumn);
    m_proxy->setFilterRole(ClusterRole);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Unsorted until the user clicks a header: the rows come shared strengths first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString code = index.siblingAtColumn(CategoryColumn).data(ValueRole).toString();
        if (!code.isEmpty())
            emit categoryActivated(code);
    });

    m_barChart = new QChart;
    auto *barView = new QChartView(m_barChart, this);
    barView->setRenderHint(QPainter::Antialiasing);
    barView->setMinimumHeight(300);
    m_radarChart = new QPolarChart;
    auto *radarView = new QChartView(m_radarChart, this);
    radarView->setRenderHint(QPainter::Antialiasing);
    radarView->setMinimumHeight(300);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_clustersOnly);
    topLayout->addLayout(header);
    topLayout->addWidget(m_table, 1);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(barView);
    charts->addWidget(radarView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    rebuild();
}

void ComparisonView::setData(const ClusterData *data)
{
    m_data = data;
    rebuild();
}

void ComparisonView::setRegions(const QStringList &codes, int level, int year)
{
    m_regions.clear();
    for (const QString &code : codes)
        if (!code.isEmpty() && !m_regions.contains(code) && m_regions.size() < kMaxRegions)
            m_regions.append(code);
    m_level = level;
    m_year = year;
    rebuild();
}

void ComparisonView::setRegionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    rebuild();
}

void ComparisonView::setClustersOnly(bool clustersOnly)
{
    if (m_clustersOnly->isChecked() != clustersOnly) {
        m_clustersOnly->setChecked(clustersOnly); // calls back through toggled
        return;
    }
    m_proxy->setFilterRegularExpression(clustersOnly ? QStringLiteral("^1$") : QString());
}

QAbstractItemModel *ComparisonView::model() const
{
    return m_proxy;
}

QString ComparisonView::regionTitle(const QString &code) const
{
    const QString name = m_names.value(code);
    return name.isEmpty() ? code : tr("%1 %2").arg(code, name);
}

void ComparisonView::rebuild()
{
    m_model->clear();
    m_shared.clear();
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const int n = int(m_regions.size());

    QStringList headers{tr("Category"), tr("Label")};
    for (const QString &code : m_regions)
        headers.append(code);
    m_model->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < n; ++i)
        m_model->horizontalHeaderItem(FirstRegionColumn + i)->setToolTip(regionTitle(m_regions[i]));

    QList<CategoryRow> rows;
    if (a) {
        QList<int> regionRows;
        for (const QString &code : m_regions)
            regionRows.append(a->rowOf(code));
        const QStringList categories = m_data->categories();
        for (int c = 0; c < categories.size(); ++c) {
            CategoryRow row;
            row.column = c;
            row.code = categories[c];
            bool any = false, all = n >= 2;
            double sum = 0.0, minimum = std::numeric_limits<double>::infinity();
            for (int r : regionRows) {
                const double lq = r >= 0 ? a->lq(r, c) : kNaN;
                const int stars = r >= 0 && !std::isnan(lq) ? a->stars->ecoStars(r, c) : 0;
                row.lq.append(lq);
                row.stars.append(stars);
                any |= !std::isnan(lq);
                all &= (lq >= 1.0 || stars >= 1);
                if (!std::isnan(lq)) {
                    sum += lq;
                    minimum = std::min(minimum, lq);
                }
            }
            if (!any)
                continue;
            row.shared = all;
            row.minLq = std::isinf(minimum) ? kNaN : minimum;
            int known = 0;
            for (double v : row.lq)
                known += std::isnan(v) ? 0 : 1;
            row.meanLq = known > 0 ? sum / known : kNaN;
            rows.append(row);
        }
    }
    // Shared strengths first, strongest (largest smallest LQ) first; then by mean LQ.
    std::stable_sort(rows.begin(), rows.end(), [](const CategoryRow &x, const CategoryRow &y) {
        if (x.shared != y.shared)
            return x.shared;
        const double kx = x.shared ? x.minLq : x.meanLq, ky = y.shared ? y.minLq : y.meanLq;
        const double ax = std::isnan(kx) ? -1.0 : kx, ay = std::isnan(ky) ? -1.0 : ky;
        return ax > ay;
    });

    const QColor tint = QColor(255, 214, 102, 110); // amber, readable on light and dark themes
    for (const CategoryRow &row : rows) {
        if (row.shared)
            m_shared.append(row.code);
        QList<QStandardItem *> items;
        auto *code = new QStandardItem(row.code);
        code->setData(row.code, ValueRole);
        auto *label = new QStandardItem(m_data->categoryLabel(row.code));
        label->setData(m_data->categoryLabel(row.code), ValueRole);
        label->setToolTip(m_data->categoryLabel(row.code));
        items << code << label;
        for (int i = 0; i < n; ++i) {
            const double lq = row.lq[i];
            auto *item = new QStandardItem(
                std::isnan(lq) ? dash()
                               : tr("%1 %2").arg(QLocale().toString(lq, 'f', 2),
                                                 starText(row.stars[i])));
            item->setData(lq, ValueRole);
            item->setData(std::isnan(lq) ? QVariant() : QVariant(row.stars[i]), StarsRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!std::isnan(lq))
                item->setToolTip(tr("%1: LQ %2, %n star(s)", nullptr, row.stars[i])
                                     .arg(regionTitle(m_regions[i]), QLocale().toString(lq, 'f', 6)));
            items << item;
        }
        for (QStandardItem *item : items) {
            item->setData(row.shared, SharedRole);
            item->setData(m_data->isCluster(row.code) ? QStringLiteral("1") : QStringLiteral("0"),
                          ClusterRole);
            if (row.shared) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(tint);
            }
        }
        m_model->appendRow(items);
    }
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);

    QStringList titles;
    for (const QString &code : m_regions)
        titles.append(regionTitle(code));
    if (n < 2)
        m_summary->setText(tr("Choose two to four regions to compare."));
    else if (!a)
        m_summary->setText(tr("No data for NUTS level %1 in %2.").arg(m_level).arg(m_year));
    else
        m_summary->setText(tr("%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one "
                              "star), in bold.",
                              nullptr, int(m_shared.size()))
                               .arg(titles.join(QStringLiteral(" · "))));

    // Charts: cluster categories only, since sections and divisions overlap with them.
    QStringList sharedClusters;
    for (const CategoryRow &row : rows)
        if (row.shared && m_data->isCluster(row.code) && sharedClusters.size() < kBarCount)
            sharedClusters.append(row.code);
    QList<CategoryRow> clusters;
    for (const CategoryRow &row : rows)
        if (m_data->isCluster(row.code) && !std::isnan(row.meanLq))
            clusters.append(row);
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const CategoryRow &x, const CategoryRow &y) { return x.meanLq > y.meanLq; });
    QStringList radar;
    for (const CategoryRow &row : clusters)
        if (radar.size() < kRadarCount)
            radar.append(row.code);
    updateBarChart(sharedClusters);
    updateRadarChart(radar);
}

void ComparisonView::updateBarChart(const QStringList &categories)
{
    m_barChart->removeAllSeries();
    for (QAbstractAxis *axis : m_barChart->axes())
        m_barChart->removeAxis(axis);
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    if (!a || categories.isEmpty()) {
        m_barChart->setTitle(m_regions.size() < 2 ? QString() : tr("No shared cluster strengths"));
        return;
    }
    m_barChart->setTitle(tr("Shared cluster strengths (LQ)"));
    const QStringList all = m_data->categories();
    // Horizontal bars leave room for the labels; drawn bottom-up, so strongest last.
    QStringList ordered(categories.crbegin(), categories.crend());
    auto *series = new QHorizontalBarSeries;
    double maximum = 1.0;
    for (const QString &code : m_regions) {
        auto *set = new QBarSet(code);
        const int r = a->rowOf(code);
        for (const QString &category : ordered) {
            const double lq = r >= 0 ? a->lq(r, int(all.indexOf(category))) : kNaN;
            set->append(std::isnan(lq) ? 0.0 : lq);
            if (!std::isnan(lq))
                maximum = std::max(maximum, lq);
        }
        series->append(set);
    }
    m_barChart->addSeries(series);
    QStringList labels;
    for (const QString &category : ordered)
        labels.append(elided(m_data->categoryLabel(category), 26));
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    shrinkLabels(names);
    auto *values = new QValueAxis;
    values->setRange(0.0, maximum * 1.05);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.1f"));
    values->setTitleText(tr("Location quotient"));
    m_barChart->addAxis(names, Qt::AlignLeft);
    m_barChart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    m_barChart->legend()->setAlignment(Qt::AlignBottom);
}

void ComparisonView::updateRadarChart(const QStringList &categories)
{
    m_radarChart->removeAllSeries();
    for (QAbstractAxis *axis : m_radarChart->axes())
        m_radarChart->removeAxis(axis);
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const int k = int(categories.size());
    if (!a || k < 3 || m_regions.isEmpty()) {
        m_radarChart->setTitle(m_regions.isEmpty() ? QString()
                                                   : tr("Too few clusters with data for a radar"));
        return;
    }
    m_radarChart->setTitle(tr("Top %n cluster(s) by mean LQ", nullptr, k));
    const QStringList all = m_data->categories();
    auto *angular = new QCategoryAxis;
    angular->setRange(0.0, k);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < k; ++i)
        angular->append(elided(m_data->categoryLabel(categories[i]), 14), i);
    shrinkLabels(angular);
    auto *radial = new QValueAxis;
    radial->setLabelFormat(QStringLiteral("%.1f"));
    shrinkLabels(radial);
    m_radarChart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_radarChart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    double maximum = 1.0;
    for (const QString &code : m_regions) {
        auto *line = new QLineSeries;
        line->setName(code);
        line->setPointsVisible(true);
        const int r = a->rowOf(code);
        for (int i = 0; i <= k; ++i) { // back to the first point to close the polygon
            const int c = int(all.indexOf(categories[i % k]));
            const double lq = r >= 0 ? a->lq(r, c) : kNaN;
            line->append(i, std::isnan(lq) ? 0.0 : lq);
            if (!std::isnan(lq))
                maximum = std::max(maximum, lq);
        }
        m_radarChart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
    radial->setRange(0.0, maximum);
    radial->applyNiceNumbers();
    m_radarChart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace cs
