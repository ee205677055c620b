// SPDX-License-Identifier: MIT
#include "widgets/ComparisonView.h"

#include "maps/ClusterData.h"
#include "widgets/MapView.h"
#include "widgets/TableText.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

using namespace tabletext;

constexpr int kBarCount = 8;
constexpr int kRadarCount = 8;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMapMargin = 0.3; // around the compared regions, of their extent

const Indicator kMapIndicators[] = {Indicator::LocationQuotient, Indicator::Stars,
                                    Indicator::Employment, Indicator::Share, Indicator::Focus};

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
    barView->setMinimumHeight(200);
    m_radarChart = new QPolarChart;
    auto *radarView = new QChartView(m_radarChart, this);
    radarView->setRenderHint(QPainter::Antialiasing);
    radarView->setMinimumHeight(200);

    // Linked maps on top, one per region; the table and the charts below them.
    m_mapRow = new QWidget(this);
    m_mapGrid = new QGridLayout(m_mapRow);
    m_mapGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMaxRegions; ++i) {
        LinkedMap map;
        map.panel = new QWidget(m_mapRow);
        map.caption = new QLabel(map.panel);
        map.caption->setTextFormat(Qt::PlainText);
        // Long region names must not widen the dock; the tooltip has the full name.
        map.caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        map.caption->setMinimumWidth(40);
        map.indicator = new QComboBox(map.panel);
        for (Indicator indicator : kMapIndicators)
            map.indicator->addItem(ClusterData::indicatorLabel(indicator), int(indicator));
        map.indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        map.indicator->setMinimumContentsLength(8);
        map.indicator->setToolTip(tr("Indicator of map %1").arg(i + 1));
        map.indicator->setAccessibleName(map.indicator->toolTip());
        map.year = new QComboBox(map.panel);
        map.year->setToolTip(tr("Year of map %1").arg(i + 1));
        map.year->setAccessibleName(map.year->toolTip());
        map.view = new MapView(map.panel);
        map.view->setMinimumSize(160, 140);
        map.view->setAccessibleName(tr("Map %1").arg(i + 1));
        map.view->setLegendVisible(false);
        map.view->setInsetsVisible(false);
        map.legend = new QLabel(map.panel);
        map.legend->setTextFormat(Qt::RichText);
        map.legend->setWordWrap(true);
        auto *pickers = new QHBoxLayout;
        pickers->addWidget(map.indicator, 1);
        pickers->addWidget(map.year);
        auto *panelLayout = new QVBoxLayout(map.panel);
        panelLayout->setContentsMargins(0, 0, 0, 0);
        panelLayout->setSpacing(2);
        panelLayout->addWidget(map.caption);
        panelLayout->addLayout(pickers);
        panelLayout->addWidget(map.view, 1);
        panelLayout->addWidget(map.legend);
        m_mapGrid->addWidget(map.panel, i / 2, i % 2);
        MapView *view = map.view;
        connect(view, &MapView::extentChanged, this,
                [this, view](const QRectF &extent) { syncExtent(view, extent); });
        // The maps show the compared regions; a click there does not change them.
        connect(view, &MapView::selectionChanged, this, [this, view](const QSet<int> &selection) {
            if (const QSet<int> compared = comparedIndices(); selection != compared)
                view->setSelection(compared);
        });
        for (QComboBox *box : {map.indicator, map.year})
            connect(box, &QComboBox::activated, this, [this, i] {
                m_maps[i].own = true;
                updateMapScene(i);
            });
        m_maps.append(map);
    }
    m_mapRow->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_clustersOnly);

    // Table and charts share the space below the maps as tabs.
    m_charts = new QTabWidget(this);
    m_charts->addTab(m_table, tr("&Table"));
    m_charts->addTab(barView, tr("&Bars"));
    m_charts->addTab(radarView, tr("Ra&dar"));
    m_charts->setDocumentMode(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_mapRow);
    split->addWidget(m_charts);
    split->setSizes({1200, 1000});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    // Tab: the check box, each map's pickers and the map, then the table.
    QWidget *previous = m_clustersOnly;
    for (const LinkedMap &map : std::as_const(m_maps))
        for (QWidget *next : {static_cast<QWidget *>(map.indicator), static_cast<QWidget *>(map.year),
                              static_cast<QWidget *>(map.view)}) {
            setTabOrder(previous, next);
            previous = next;
        }
    setTabOrder(previous, m_table);
    rebuild();
}

void ComparisonView::setData(const ClusterData *data)
{
    m_data = data;
    rebuild();
    updateMaps(false);
}

void ComparisonView::setRegions(const QStringList &codes, int level, int year)
{
    QStringList regions;
    for (const QString &code : codes)
        if (!code.isEmpty() && !regions.contains(code) && regions.size() < kMaxRegions)
            regions.append(code);
    // Another comparison starts afresh: maps on the regions, indicator and year defaults.
    const bool changed = regions != m_regions || level != m_level;
    if (changed)
        for (LinkedMap &map : m_maps)
            map.own = false;
    m_regions = regions;
    m_level = level;
    m_year = year;
    rebuild();
    updateMaps(changed);
}

void ComparisonView::setMapContext(std::shared_ptr<const NutsLayer> layer, const ScoreQuery &query,
                                   const Symbology &symbology)
{
    const bool fresh = !m_layer;
    m_layer = std::move(layer);
    m_query = query;
    m_symbology = symbology;
    updateMaps(fresh);
}

QList<MapView *> ComparisonView::mapViews() const
{
    QList<MapView *> views;
    for (const LinkedMap &map : m_maps)
        views.append(map.view);
    return views;
}

int ComparisonView::visibleMapCount() const
{
    return m_layer ? int(m_regions.size()) : 0;
}

QSet<int> ComparisonView::comparedIndices() const
{
    QSet<int> indices;
    if (m_layer)
        for (const QString &code : m_regions)
            if (const int i = m_layer->indexOf(code); i >= 0)
                indices.insert(i);
    return indices;
}

void ComparisonView::updateMaps(bool resetExtent)
{
    const int n = visibleMapCount();
    m_mapRow->setVisible(n > 0);
    // Two maps side by side, three or four in two rows.
    const int columns = n <= 2 ? std::max(n, 1) : 2;
    for (int i = 0; i < kMaxRegions; ++i) {
        m_mapGrid->removeWidget(m_maps[i].panel);
        m_mapGrid->addWidget(m_maps[i].panel, i / columns, i % columns);
    }
    const QList<int> years = m_data ? m_data->years() : QList<int>();
    for (int i = 0; i < kMaxRegions; ++i) {
        LinkedMap &map = m_maps[i];
        map.panel->setVisible(i < n);
        if (i >= n)
            continue;
        const QSignalBlocker b1(map.indicator), b2(map.year);
        if (map.year->count() != years.size()) {
            map.year->clear();
            for (int year : years)
                map.year->addItem(QString::number(year), year);
        }
        if (!map.own) {
            map.indicator->setCurrentIndex(std::max(0, map.indicator->findData(int(m_query.indicator))));
            map.year->setCurrentIndex(std::max(0, map.year->findData(m_query.year)));
        }
        map.caption->setText(regionTitle(m_regions[i]));
        map.caption->setToolTip(map.caption->text());
        updateMapScene(i);
    }
    if (!resetExtent || n == 0)
        return;
    QRectF bounds;
    for (int i : comparedIndices())
        bounds |= m_layer->regions()[i].bounds;
    if (bounds.isEmpty()) {
        m_maps.first().view->zoomToEurope();
        return;
    }
    const double margin = std::max(bounds.width(), bounds.height()) * kMapMargin;
    m_maps.first().view->setExtent(bounds.adjusted(-margin, -margin, margin, margin));
}

void ComparisonView::updateMapScene(int map)
{
    LinkedMap &m = m_maps[map];
    if (!m_data || !m_layer)
        return;
    ScoreQuery query = m_query;
    query.level = m_level;
    query.indicator = Indicator(m.indicator->currentData().toInt());
    query.year = m.year->currentData().toInt();
    // The main map's classes and palette where the indicator is the same; small maps
    // leave out labels, star symbols and the source note.
    Symbology symbology =
        query.indicator == m_query.indicator ? m_symbology : Symbology::defaultFor(query.indicator);
    symbology.labels = MapScene::Labels::None;
    symbology.starSymbols = 0;
    MapScene scene = buildScene(*m_data, m_layer, query, symbology);
    scene.sourceNote.clear();
    m.view->setScene(std::move(scene));
    m.view->setSelection(comparedIndices());
    m.view->setToolTip(m.view->scene().title);
    const MapScene &shown = m.view->scene();
    QStringList entries;
    for (int c = 0; c < shown.classification.classCount(); ++c)
        entries.append(QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">"
                                      "\u25A0</span>&nbsp;%2</span>")
                           .arg(shown.colours.value(c).name(),
                                shown.classLabel(c)
                                    .toHtmlEscaped()
                                    .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
                                    // No line break after the range's dash either.
                                    .replace(QChar(0x2013), QStringLiteral("\u2013\u2060"))));
    if (std::any_of(shown.values.cbegin(), shown.values.cend(), [](double v) { return std::isnan(v); }))
        entries.append(QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">"
                                      "\u25A0</span>&nbsp;%2</span>")
                           .arg(noDataColour().name(), tr("no data")));
    m.legend->setText(QStringLiteral("<small>%1</small>").arg(entries.join(QStringLiteral(" &nbsp; "))));
    m.legend->setToolTip(shown.legendTitle);
}

void ComparisonView::syncExtent(MapView *source, const QRectF &extent)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (const LinkedMap &map : m_maps)
        if (map.view != source && map.view->extent() != extent)
            map.view->setExtent(extent);
    m_syncing = false;
}

void ComparisonView::setRegionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    rebuild();
    for (int i = 0; i < visibleMapCount(); ++i)
        m_maps[i].caption->setText(regionTitle(m_regions[i]));
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
                const int stars = r >= 0 && !std::isnan(lq) ? a->stars()->ecoStars(r, c) : 0;
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
