// SPDX-License-Identifier: MIT
#include "widgets/ComparisonView.h"

#include "maps/ClusterData.h"
#include "maps/NumberFormat.h"
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
#include <QDoubleSpinBox>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QResizeEvent>
#include <QPolarChart>
#include <QScrollArea>
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

constexpr int kRadarCount = 8;
constexpr int kBarsInChart = 48; // bars (regions × categories) the chart shows at most
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMapMargin = 0.3;     // around the compared regions, of their extent
constexpr double kCountryMargin = 0.05; // around a country, of its extent

const Indicator kMapIndicators[] = {Indicator::LocationQuotient, Indicator::Stars,
                                    Indicator::Employment, Indicator::Share, Indicator::Focus};

// One colour per compared region in the charts (Tableau 10: ten distinguishable hues).
const QColor kRegionColours[ComparisonView::kMaxRegions] = {
    QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
    QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
    QColor(0xba, 0xb0, 0xac)};

struct CategoryRow
{
    int column = -1; // in ClusterData::categories()
    QString code;
    QList<double> lq;
    QList<int> stars;        // European Cluster Observatory stars, 0–3
    QList<std::uint8_t> kinds; // StarRating::Star bits
    bool shared = false;
    double minLq = kNaN;
    double meanLq = kNaN;
};

QString countryOf(const Region &region)
{
    return region.country.isEmpty() ? region.code.left(2) : region.country;
}

} // namespace

ComparisonView::ComparisonView(const ClusterData *data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    // What the small maps show.
    m_modePicker = new QComboBox(this);
    m_modePicker->addItem(tr("Each region in its country"), int(MapMode::Country));
    m_modePicker->addItem(tr("Each region's top cluster"), int(MapMode::TopCluster));
    m_modePicker->setToolTip(tr("Country: the main map's category, each map framing its region's "
                                "country. Top cluster: each map shows the cluster with the most "
                                "stars (then the highest LQ) of its region, all on one extent."));
    auto *modeLabel = new QLabel(tr("&Maps:"), this);
    modeLabel->setBuddy(m_modePicker);
    connect(m_modePicker, &QComboBox::activated, this,
            [this] { setMapMode(MapMode(m_modePicker->currentData().toInt())); });

    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(1.0, 5.0);
    m_threshold->setSingleStep(0.25);
    m_threshold->setDecimals(2);
    m_threshold->setValue(StarParameters{}.specialisationMinLq);
    m_threshold->setToolTip(tr("A category is a shared strength when every compared region has at "
                               "least this location quotient, or a specialisation or focus star. "
                               "The default is the LQ of the specialisation star."));
    m_threshold->setAccessibleName(tr("LQ threshold of shared strengths"));
    auto *thresholdLabel = new QLabel(tr("Shared from &LQ"), this);
    thresholdLabel->setBuddy(m_threshold);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] {
        m_thresholdChosen = true;
        rebuild();
    });
    m_clustersOnly = new QCheckBox(tr("Clusters only"), this);
    m_clustersOnly->setToolTip(tr("Uncheck to show NACE sections and divisions too"));
    m_clustersOnly->setChecked(true);
    connect(m_clustersOnly, &QCheckBox::toggled, this, &ComparisonView::setClustersOnly);

    m_model = new QStandardItemModel(this);
    m_proxy = new NumericSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValueRole);
    m_proxy->setFilterKeyColumn(CategoryColumn);
    m_proxy->setFilterRole(ClusterRole);
    m_proxy->setFilterRegularExpression(QStringLiteral("^1$"));

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
    // Small charts: no frame around the plot beyond a few pixels.
    m_barChart->layout()->setContentsMargins(0, 0, 0, 0);
    m_barChart->setBackgroundRoundness(0);
    m_barChart->setMargins(QMargins(4, 2, 8, 2));
    auto *barView = new QChartView(m_barChart, this);
    barView->setRenderHint(QPainter::Antialiasing);
    barView->setMinimumHeight(160);
    m_radarChart = new QPolarChart;
    // Room for the angular labels, which the polar chart sets outside its circle.
    m_radarChart->setMargins(QMargins(24, 8, 24, 8));
    m_radarChart->layout()->setContentsMargins(0, 0, 0, 0);
    m_radarChart->setBackgroundRoundness(0);
    auto *radarView = new QChartView(m_radarChart, this);
    radarView->setRenderHint(QPainter::Antialiasing);
    radarView->setMinimumHeight(160);
    m_radarKey = new QLabel(this);
    m_radarKey->setWordWrap(true);
    m_radarKey->setTextFormat(Qt::PlainText);
    m_radarKey->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_radarKey->setMinimumWidth(120);
    auto *radarPage = new QWidget(this);
    auto *radarLayout = new QHBoxLayout(radarPage);
    radarLayout->setContentsMargins(0, 0, 4, 0);
    radarLayout->addWidget(radarView, 3);
    radarLayout->addWidget(m_radarKey, 2);

    // The small maps on top, one per region, in up to two rows of five.
    m_mapRow = new QWidget(this);
    auto *mapRowLayout = new QVBoxLayout(m_mapRow);
    mapRowLayout->setContentsMargins(0, 0, 0, 0);
    mapRowLayout->setSpacing(2);
    auto *grid = new QWidget(m_mapRow);
    m_mapGrid = new QGridLayout(grid);
    m_mapGrid->setContentsMargins(0, 0, 0, 0);
    m_mapGrid->setSpacing(6);
    m_mapScroll = new QScrollArea(m_mapRow);
    m_mapScroll->setWidget(grid);
    m_mapScroll->setWidgetResizable(true);
    m_mapScroll->setFrameShape(QFrame::NoFrame);
    m_mapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mapRowLayout->addWidget(m_mapScroll, 1);
    m_sharedLegend = new QLabel(m_mapRow);
    m_sharedLegend->setTextFormat(Qt::RichText);
    m_sharedLegend->setWordWrap(true);
    mapRowLayout->addWidget(m_sharedLegend);
    for (int i = 0; i < kMaxRegions; ++i) {
        LinkedMap map;
        map.panel = new QWidget(grid);
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
        // Five maps to a row: the indicator's name may be cut, the map decides the width.
        map.indicator->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        map.indicator->setMinimumWidth(48);
        map.indicator->setToolTip(tr("Indicator of map %1").arg(i + 1));
        map.indicator->setAccessibleName(map.indicator->toolTip());
        map.year = new QComboBox(map.panel);
        map.year->setToolTip(tr("Year of map %1").arg(i + 1));
        map.year->setAccessibleName(map.year->toolTip());
        map.view = new MapView(map.panel);
        map.view->setMinimumSize(100, 80);
        map.view->setAccessibleName(tr("Map %1").arg(i + 1));
        map.view->setLegendVisible(false);
        map.view->setInsetsVisible(false);
        map.legend = new QLabel(map.panel);
        map.legend->setTextFormat(Qt::RichText);
        map.legend->setWordWrap(true);
        auto *pickers = new QHBoxLayout;
        pickers->setSpacing(2);
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
        connect(view, &MapView::selectionChanged, this, [this, view, i](const QSet<int> &selection) {
            if (const QSet<int> compared = selectionOf(i); selection != compared)
                view->setSelection(compared);
        });
        for (QComboBox *box : {map.indicator, map.year})
            connect(box, &QComboBox::activated, this, [this, i] {
                m_maps[i].own = true;
                updateMapScene(i);
                updateSharedLegend();
            });
        map.panel->installEventFilter(this); // captions cut to the panel's width
        m_maps.append(map);
    }
    m_mapRow->hide();

    // The rule of shared strengths, its threshold and the row filter, over table and bars.
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_rule, 1);
    ruleRow->addWidget(thresholdLabel);
    ruleRow->addWidget(m_threshold);
    ruleRow->addWidget(m_clustersOnly);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(ruleRow);
    // Table and charts share the space below the maps as tabs.
    m_charts = new QTabWidget(this);
    m_charts->addTab(m_table, tr("&Table"));
    m_charts->addTab(barView, tr("&Bars"));
    m_charts->addTab(radarPage, tr("Ra&dar"));
    m_charts->setDocumentMode(true);
    lowerLayout->addWidget(m_charts, 1);
    m_colourKey = new QLabel(this);
    m_colourKey->setTextFormat(Qt::RichText);
    m_colourKey->setWordWrap(true);
    m_colourKey->hide();
    lowerLayout->addWidget(m_colourKey);
    connect(m_charts, &QTabWidget::currentChanged, this,
            [this](int tab) { m_colourKey->setVisible(tab > 0 && m_regions.size() >= 2); });
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_mapRow);
    m_split->addWidget(lower);
    m_split->setChildrenCollapsible(false);

    // The regions, and what their maps show, on one line above the maps.
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(modeLabel);
    header->addWidget(m_modePicker);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_split, 1);
    // Tab: the map mode, each map's pickers and the map, then the rule's threshold, the
    // filter and the table.
    QWidget *previous = m_modePicker;
    for (const LinkedMap &map : std::as_const(m_maps))
        for (QWidget *next : {static_cast<QWidget *>(map.indicator), static_cast<QWidget *>(map.year),
                              static_cast<QWidget *>(map.view)}) {
            setTabOrder(previous, next);
            previous = next;
        }
    setTabOrder(previous, m_threshold);
    setTabOrder(m_threshold, m_clustersOnly);
    setTabOrder(m_clustersOnly, m_table);
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
    const bool fresh = !m_layer || layer != m_layer;
    m_layer = std::move(layer);
    m_query = query;
    m_symbology = symbology;
    updateMaps(fresh);
}

void ComparisonView::setMapMode(MapMode mode)
{
    const QSignalBlocker blocker(m_modePicker);
    m_modePicker->setCurrentIndex(std::max(0, m_modePicker->findData(int(mode))));
    if (mode == m_mapMode)
        return;
    m_mapMode = mode;
    updateMaps(true);
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

QSet<int> ComparisonView::selectionOf(int map) const
{
    if (m_mapMode == MapMode::TopCluster)
        return comparedIndices();
    QSet<int> own;
    if (m_layer && map < m_regions.size())
        if (const int i = m_layer->indexOf(m_regions[map]); i >= 0)
            own.insert(i);
    return own;
}

QRectF ComparisonView::countryExtent(const QString &code) const
{
    const int index = m_layer ? m_layer->indexOf(code) : -1;
    if (index < 0)
        return {};
    const QList<Region> &regions = m_layer->regions();
    const Region &own = regions[index];
    const QRectF europe = MapScene::europeExtent();
    if (!europe.contains(own.bounds.center())) { // an outermost region: frame it alone
        const double margin = std::max(own.bounds.width(), own.bounds.height()) * kMapMargin;
        return own.bounds.adjusted(-margin, -margin, margin, margin);
    }
    // The country's continental regions (not its islands beyond the frame, as in the
    // scene's data extent).
    const QString country = countryOf(own);
    QRectF extent = own.bounds;
    for (const Region &region : regions)
        if (countryOf(region) == country && europe.contains(region.bounds.center()))
            extent |= region.bounds.intersected(europe);
    const double margin = std::max(extent.width(), extent.height()) * kCountryMargin;
    return extent.adjusted(-margin, -margin, margin, margin);
}

QString ComparisonView::topCluster(const QString &region) const
{
    const int i = int(m_regions.indexOf(region));
    if (i >= 0 && i < m_topClusters.size())
        return m_topClusters[i];
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const int r = a ? a->rowOf(region) : -1;
    if (r < 0)
        return {};
    const QStringList categories = m_data->categories();
    int best = -1, bestStars = -1;
    double bestLq = -1.0;
    for (int c : m_data->clusterColumns()) {
        const double lq = a->lq(r, c);
        if (std::isnan(lq))
            continue;
        const int stars = a->stars()->ecoStars(r, c);
        if (stars > bestStars || (stars == bestStars && lq > bestLq)) {
            best = c;
            bestStars = stars;
            bestLq = lq;
        }
    }
    return best >= 0 ? categories[best] : QString();
}

QString ComparisonView::mapCategory(int map) const
{
    if (m_mapMode == MapMode::TopCluster && map >= 0 && map < m_topClusters.size() &&
        !m_topClusters[map].isEmpty())
        return m_topClusters[map];
    return m_query.category;
}

void ComparisonView::updateMaps(bool resetExtent)
{
    const int n = visibleMapCount();
    m_mapRow->setVisible(n > 0);
    // Up to five maps in one row (upright frames suit most countries), two rows beyond:
    // 3 + 3 for six, 5 + 5 for ten.
    const int rows = n <= 5 ? 1 : 2;
    const int columns = std::max(1, (n + rows - 1) / rows);
    for (int i = 0; i < kMaxRegions; ++i) {
        m_mapGrid->removeWidget(m_maps[i].panel);
        m_mapGrid->addWidget(m_maps[i].panel, i / columns, i % columns);
    }
    for (int c = 0; c < kMaxRegions; ++c)
        m_mapGrid->setColumnStretch(c, c < columns ? 1 : 0);
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
        // One year (the SBS extract): nothing to pick.
        map.year->setVisible(years.size() > 1);
        if (!map.own) {
            map.indicator->setCurrentIndex(std::max(0, map.indicator->findData(int(m_query.indicator))));
            map.year->setCurrentIndex(std::max(0, map.year->findData(m_query.year)));
        }
        updateMapScene(i);
    }
    updateSharedLegend();
    if (!resetExtent || n == 0)
        return;
    // A new comparison: the maps get the height their row(s) need.
    m_fitSplit = true;
    if (isVisible())
        fitSplit();
    m_syncing = true;
    if (m_mapMode == MapMode::Country) {
        for (int i = 0; i < n; ++i) {
            const QRectF extent = countryExtent(m_regions[i]);
            if (extent.isEmpty())
                m_maps[i].view->zoomToEurope();
            else
                m_maps[i].view->setExtent(extent);
        }
    } else {
        QRectF bounds;
        for (int i : comparedIndices())
            bounds |= m_layer->regions()[i].bounds;
        const double margin = std::max(bounds.width(), bounds.height()) * kMapMargin;
        for (int i = 0; i < n; ++i) {
            if (bounds.isEmpty())
                m_maps[i].view->zoomToEurope();
            else
                m_maps[i].view->setExtent(bounds.adjusted(-margin, -margin, margin, margin));
        }
    }
    m_syncing = false;
}

void ComparisonView::updateMapScene(int map)
{
    LinkedMap &m = m_maps[map];
    if (map < m_regions.size()) {
        QString caption = regionTitle(m_regions[map]);
        if (m_mapMode == MapMode::TopCluster && m_data)
            caption += QLatin1Char('\n') + (m_topClusters.value(map).isEmpty()
                                                 ? tr("no cluster with data")
                                                 : m_data->categoryLabel(m_topClusters[map]));
        m.caption->setToolTip(caption);
        elideCaption(map);
    }
    if (!m_data || !m_layer)
        return;
    ScoreQuery query = m_query;
    query.level = m_level;
    query.category = mapCategory(map);
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
    m.view->setSelection(selectionOf(map));
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

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitSplit)
        fitSplit();
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (int i = 0; i < m_maps.size(); ++i)
            if (m_maps[i].panel == watched)
                elideCaption(i);
    return QWidget::eventFilter(watched, event);
}

// Each line of the caption cut to the map's width with an ellipsis; the tooltip has it all.
void ComparisonView::elideCaption(int map)
{
    QLabel *caption = m_maps[map].caption;
    const int width = m_maps[map].panel->width();
    QStringList lines = caption->toolTip().split(QLatin1Char('\n'));
    if (width > 40)
        for (QString &line : lines)
            line = caption->fontMetrics().elidedText(line, Qt::ElideRight, width);
    caption->setText(lines.join(QLatin1Char('\n')));
}

// Maps a bit taller than wide (most countries are), as many rows as the grid has; the
// table and charts keep at least kLowerHeight. Done once per comparison, so that the
// user's own splitter position stays.
void ComparisonView::fitSplit()
{
    constexpr int kLowerHeight = 280;
    constexpr double kMapAspect = 1.15; // height / width
    const int n = visibleMapCount();
    const int total = m_split->height() - m_split->handleWidth();
    if (n == 0 || total <= 0 || !isVisible())
        return;
    m_fitSplit = false;
    const int rows = n <= 5 ? 1 : 2;
    const int columns = (n + rows - 1) / rows;
    const int spacing = m_mapGrid->spacing();
    const int mapWidth = (m_split->width() - spacing * (columns - 1)) / columns;
    const LinkedMap &first = m_maps.first();
    const int overhead = first.caption->sizeHint().height() + first.indicator->sizeHint().height() + 3 * 2;
    int maps = rows * (overhead + int(mapWidth * kMapAspect)) + spacing * (rows - 1) +
               (m_sharedLegend->isVisibleTo(this) ? m_sharedLegend->heightForWidth(m_split->width()) : 0);
    maps = std::max(std::min(maps, total - kLowerHeight), total / 3);
    m_split->setSizes({maps, total - maps});
}

// Maps with the same legend (same indicator and classes) share one line under them.
void ComparisonView::updateSharedLegend()
{
    const int n = visibleMapCount();
    bool same = n >= 2;
    for (int i = 1; i < n && same; ++i)
        same = m_maps[i].legend->text() == m_maps[0].legend->text() &&
               m_maps[i].legend->toolTip() == m_maps[0].legend->toolTip();
    for (int i = 0; i < n; ++i)
        m_maps[i].legend->setVisible(!same);
    m_sharedLegend->setVisible(same);
    if (same) {
        const QString title = m_maps[0].legend->toolTip().toHtmlEscaped();
        m_sharedLegend->setText(m_maps[0].legend->text().replace(
            QStringLiteral("<small>"), QStringLiteral("<small>%1: ").arg(title)));
        m_sharedLegend->setToolTip(m_maps[0].legend->toolTip());
    }
}

void ComparisonView::syncExtent(MapView *source, const QRectF &extent)
{
    // Country maps each frame their own country; top-cluster maps move together.
    if (m_syncing || m_mapMode != MapMode::TopCluster)
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
        updateMapScene(i);
}

void ComparisonView::setClustersOnly(bool clustersOnly)
{
    if (m_clustersOnly->isChecked() != clustersOnly) {
        m_clustersOnly->setChecked(clustersOnly); // calls back through toggled
        return;
    }
    m_proxy->setFilterRegularExpression(clustersOnly ? QStringLiteral("^1$") : QString());
    // A cluster's key (snake_case) says nothing its name does not: the code column shows
    // only with NACE rows, whose codes readers look for.
    m_table->setColumnHidden(CategoryColumn, clustersOnly);
    updateRule();
}

bool ComparisonView::clustersOnly() const
{
    return m_clustersOnly->isChecked();
}

QStringList ComparisonView::sharedStrengths() const
{
    QStringList codes;
    for (const Shared &shared : m_shared)
        if (shared.cluster || !clustersOnly())
            codes.append(shared.code);
    return codes;
}

double ComparisonView::sharedThreshold() const
{
    return m_threshold->value();
}

void ComparisonView::setSharedThreshold(double lq)
{
    m_thresholdChosen = true;
    m_threshold->setValue(lq); // rebuilds through valueChanged when it changes
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

void ComparisonView::updateRule()
{
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    m_rule->setVisible(m_regions.size() >= 2 && a);
    const int count = int(sharedStrengths().size());
    const QString rule = tr("Shared strength: every region has LQ ≥ %1 or a specialisation or focus "
                            "star.")
                             .arg(numbers::ratio(sharedThreshold()));
    m_rule->setToolTip(tr("A size star alone (a large region, not a specialised one) does not make "
                          "a shared strength."));
    m_rule->setText(rule + QLatin1Char(' ') +
                    (clustersOnly() ? tr("%n shared cluster strength(s), in bold.", nullptr, count)
                                    : tr("%n shared strength(s), in bold.", nullptr, count)));
}

void ComparisonView::rebuild()
{
    m_model->clear();
    m_shared.clear();
    m_topClusters.clear();
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const int n = int(m_regions.size());
    // The threshold follows the engine's specialisation star until the user sets one.
    if (a && !m_thresholdChosen) {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(a->stars()->parameters().specialisationMinLq);
    }
    const double threshold = sharedThreshold();

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
        const StarRating *stars = a->stars();
        const QStringList categories = m_data->categories();
        for (int c = 0; c < categories.size(); ++c) {
            CategoryRow row;
            row.column = c;
            row.code = categories[c];
            bool any = false, all = n >= 2;
            double sum = 0.0, minimum = std::numeric_limits<double>::infinity();
            for (int r : regionRows) {
                const double lq = r >= 0 ? a->lq(r, c) : kNaN;
                const bool rated = r >= 0 && !std::isnan(lq);
                row.lq.append(lq);
                row.stars.append(rated ? stars->ecoStars(r, c) : 0);
                row.kinds.append(rated ? stars->stars(r, c) : std::uint8_t(0));
                any |= !std::isnan(lq);
                // Specialised, or focused: a size star alone (a big region) is no strength.
                all &= rated && (lq >= threshold || stars->has(r, c, StarRating::kSpecialisation) ||
                                 stars->has(r, c, StarRating::kFocus));
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
        for (const QString &code : m_regions)
            m_topClusters.append(topCluster(code));
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
        const bool cluster = m_data->isCluster(row.code);
        if (row.shared)
            m_shared.append({row.code, cluster});
        QList<QStandardItem *> items;
        auto *code = new QStandardItem(row.code);
        code->setData(row.code, ValueRole);
        auto *label = new QStandardItem(m_data->categoryLabel(row.code));
        label->setData(m_data->categoryLabel(row.code), ValueRole);
        label->setToolTip(tr("%1 (%2)").arg(m_data->categoryLabel(row.code), row.code));
        items << code << label;
        for (int i = 0; i < n; ++i) {
            const double lq = row.lq[i];
            auto *item = new QStandardItem(
                std::isnan(lq) ? numbers::dash()
                               : tr("%1 %2").arg(numbers::ratio(lq), starText(row.stars[i])));
            item->setData(lq, ValueRole);
            item->setData(std::isnan(lq) ? QVariant() : QVariant(row.stars[i]), StarsRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!std::isnan(lq)) {
                QStringList kinds;
                if (row.kinds[i] & StarRating::kSize)
                    kinds.append(tr("size"));
                if (row.kinds[i] & StarRating::kSpecialisation)
                    kinds.append(tr("specialisation"));
                if (row.kinds[i] & StarRating::kFocus)
                    kinds.append(tr("focus"));
                item->setToolTip(tr("%1: LQ %2; stars: %3")
                                     .arg(regionTitle(m_regions[i]), numbers::ratio(lq),
                                          kinds.isEmpty() ? tr("none") : kinds.join(QStringLiteral(", "))));
            }
            items << item;
        }
        for (QStandardItem *item : items) {
            item->setData(row.shared, SharedRole);
            item->setData(cluster ? QStringLiteral("1") : QStringLiteral("0"), ClusterRole);
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
    m_table->setColumnHidden(CategoryColumn, clustersOnly());

    QStringList titles;
    for (const QString &code : m_regions)
        titles.append(regionTitle(code));
    if (n < 2)
        m_summary->setText(tr("Choose 2 to %1 regions (Ctrl-click on the map) to compare them.")
                               .arg(kMaxRegions));
    else if (!a)
        m_summary->setText(tr("No data for NUTS level %1 in %2.").arg(m_level).arg(m_year));
    else
        // Beyond four regions the names are under the maps only: codes here, one line.
        m_summary->setText(tr("%1 — NUTS %2, %3")
                               .arg(n > 4 ? m_regions.join(QStringLiteral(" · "))
                                          : titles.join(QStringLiteral(" · ")))
                               .arg(m_level)
                               .arg(m_year));
    updateRule();

    // Charts: cluster categories only, since sections and divisions overlap with them.
    QStringList sharedClusters;
    for (const CategoryRow &row : rows)
        if (row.shared && m_data->isCluster(row.code))
            sharedClusters.append(row.code);
    // Without any, the bars show the clusters nearest to one: the highest smallest LQ.
    QStringList nearest;
    if (sharedClusters.isEmpty()) {
        QList<CategoryRow> candidates;
        for (const CategoryRow &row : rows)
            if (m_data->isCluster(row.code) &&
                std::none_of(row.lq.cbegin(), row.lq.cend(), [](double v) { return std::isnan(v); }))
                candidates.append(row);
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const CategoryRow &x, const CategoryRow &y) { return x.minLq > y.minLq; });
        for (const CategoryRow &row : candidates)
            nearest.append(row.code);
    }
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
    updateBarChart(sharedClusters.isEmpty() ? nearest : sharedClusters, !sharedClusters.isEmpty());
    QStringList swatches;
    for (int i = 0; i < n; ++i)
        swatches.append(QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">"
                                       "\u25A0</span>&nbsp;%2</span>")
                            .arg(kRegionColours[i % kMaxRegions].name(),
                                 (n > 4 ? m_regions[i] : regionTitle(m_regions[i])).toHtmlEscaped()));
    m_colourKey->setText(swatches.join(QStringLiteral(" &nbsp; ")));
    m_colourKey->setToolTip(titles.join(QLatin1Char('\n')));
    m_colourKey->setVisible(m_charts->currentIndex() > 0 && n >= 2);
    updateRadarChart(radar);
}

void ComparisonView::updateBarChart(const QStringList &ranked, bool shared)
{
    m_barChart->removeAllSeries();
    for (QAbstractAxis *axis : m_barChart->axes())
        m_barChart->removeAxis(axis);
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    if (!a || ranked.isEmpty() || m_regions.size() < 2) {
        m_barChart->setTitle(m_regions.size() < 2 ? QString() : tr("No shared cluster strengths"));
        return;
    }
    // Fewer categories the more regions, so that every bar stays a few pixels thick.
    const int n = int(m_regions.size());
    const int shown = std::min(int(ranked.size()), std::clamp(kBarsInChart / n, 3, 8));
    const QStringList categories = ranked.mid(0, shown);
    if (!shared)
        m_barChart->setTitle(tr("No shared strength at LQ ≥ %1; nearest: %n cluster(s) with the "
                                "highest lowest LQ",
                                nullptr, shown)
                                 .arg(numbers::ratio(sharedThreshold())));
    else if (shown < ranked.size())
        m_barChart->setTitle(tr("LQ of the %1 strongest of %n shared cluster strengths", nullptr,
                                int(ranked.size()))
                                 .arg(shown));
    else
        m_barChart->setTitle(tr("LQ of the %n shared cluster strength(s)", nullptr, shown));
    const QStringList all = m_data->categories();
    // Horizontal bars leave room for the labels; drawn bottom-up, so strongest last.
    QStringList ordered(categories.crbegin(), categories.crend());
    auto *series = new QHorizontalBarSeries;
    double maximum = 1.0;
    for (int i = 0; i < n; ++i) {
        auto *set = new QBarSet(m_regions[i]);
        set->setColor(kRegionColours[i % kMaxRegions]);
        set->setBorderColor(kRegionColours[i % kMaxRegions]);
        const int r = a->rowOf(m_regions[i]);
        for (const QString &category : ordered) {
            const double lq = r >= 0 ? a->lq(r, int(all.indexOf(category))) : kNaN;
            set->append(std::isnan(lq) ? 0.0 : lq);
            if (!std::isnan(lq))
                maximum = std::max(maximum, lq);
        }
        series->append(set);
    }
    m_barChart->addSeries(series);
    // The reference: LQ = 1 is the category's share of employment in the reference area.
    auto *reference = new QLineSeries;
    reference->setName(tr("LQ = 1 (reference average)"));
    QPen pen(QColor(0x33, 0x33, 0x33));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    reference->setPen(pen);
    reference->append(1.0, -0.5);
    reference->append(1.0, ordered.size() - 0.5);
    m_barChart->addSeries(reference);
    QStringList labels;
    for (const QString &category : ordered)
        labels.append(elidedAtWord(m_data->categoryLabel(category), 26));
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    shrinkLabels(names);
    auto *values = new QValueAxis;
    values->setRange(0.0, maximum * 1.05);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.1f"));

    m_barChart->addAxis(names, Qt::AlignLeft);
    m_barChart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    reference->attachAxis(values);
    reference->attachAxis(names);
    // The regions' colours are in the key under the chart; the legend has the line.
    m_barChart->legend()->setAlignment(Qt::AlignBottom);
    for (QLegendMarker *marker : m_barChart->legend()->markers(series))
        marker->setVisible(false);
}

void ComparisonView::updateRadarChart(const QStringList &categories)
{
    m_radarChart->removeAllSeries();
    for (QAbstractAxis *axis : m_radarChart->axes())
        m_radarChart->removeAxis(axis);
    m_radarKey->clear();
    const LevelAnalysis *a = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const int k = int(categories.size());
    if (!a || k < 3 || m_regions.isEmpty()) {
        m_radarKey->setText(m_regions.isEmpty() ? QString() : tr("Too few clusters with data for a radar"));
        return;
    }
    const QStringList all = m_data->categories();
    auto *angular = new QCategoryAxis;
    angular->setRange(0.0, k);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Short labels, cut at a word; beside the chart, the full names clockwise from the top.
    QStringList key{tr("Top %n cluster(s) by mean LQ, clockwise from the top:", nullptr, k)};
    for (int i = 0; i < k; ++i) {
        const QString full = m_data->categoryLabel(categories[i]);
        angular->append(elidedAtWord(full, kRadarLabelLength), i);
        key.append(QStringLiteral("\u2022 ") + full);
    }
    m_radarKey->setText(key.join(QLatin1Char('\n')));
    m_radarChart->setToolTip(key.join(QLatin1Char('\n')));
    shrinkLabels(angular);
    auto *radial = new QValueAxis;
    radial->setLabelFormat(QStringLiteral("%.1f"));
    shrinkLabels(radial);
    m_radarChart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_radarChart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    double maximum = 1.0;
    for (int j = 0; j < m_regions.size(); ++j) {
        auto *line = new QLineSeries;
        line->setName(m_regions[j]);
        line->setPointsVisible(true);
        line->setColor(kRegionColours[j % kMaxRegions]);
        const int r = a->rowOf(m_regions[j]);
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
    // The regions' colours are in the key under the chart.
    m_radarChart->legend()->hide();
}

} // namespace cs
