// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "maps/SceneBuilder.h"
#include "widgets/MapView.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>

namespace cs {

MainWindow::MainWindow(ClusterData data, const ViewOptions &view, QWidget *parent)
    : QMainWindow(parent), m_data(std::move(data)), m_view(view)
{
    setWindowTitle(tr("ClusterScope"));
    m_mapView = new MapView(this);
    setCentralWidget(m_mapView);

    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);

    m_level = new QComboBox(bar);
    for (int level : m_data.levels())
        m_level->addItem(tr("NUTS %1").arg(level), level);
    m_level->setToolTip(tr("NUTS level"));

    m_category = new QComboBox(bar);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : m_data.categories())
        m_category->addItem(QStringLiteral("%1 — %2").arg(code, m_data.categoryLabel(code)), code);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setMinimumContentsLength(40);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setToolTip(tr("Industry or cluster category"));

    m_indicator = new QComboBox(bar);
    for (Indicator i : {Indicator::LocationQuotient, Indicator::Employment, Indicator::Share,
                        Indicator::Focus})
        m_indicator->addItem(ClusterData::indicatorLabel(i), int(i));

    m_year = new QComboBox(bar);
    for (int year : m_data.years())
        m_year->addItem(QString::number(year), year);

    bar->addWidget(new QLabel(tr("Level "), bar));
    bar->addWidget(m_level);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Category "), bar));
    bar->addWidget(m_category);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Indicator "), bar));
    bar->addWidget(m_indicator);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Year "), bar));
    bar->addWidget(m_year);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    for (QComboBox *box : {m_level, m_category, m_indicator, m_year})
        connect(box, &QComboBox::activated, this, &MainWindow::readPickers);
    connect(m_mapView, &MapView::regionHovered, this, [this](int region) {
        m_status->setText(region >= 0 ? m_mapView->tooltipText(region).remove(
                                            QRegularExpression(QStringLiteral("<[^>]*>")))
                                      : QString());
    });
    resize(1280, 860);
    setView(view);
}

void MainWindow::setView(const ViewOptions &view)
{
    m_view = view;
    const QSignalBlocker b1(m_level), b2(m_category), b3(m_indicator), b4(m_year);
    m_level->setCurrentIndex(m_level->findData(view.level));
    m_category->setCurrentIndex(m_category->findData(view.category));
    m_indicator->setCurrentIndex(m_indicator->findData(int(view.indicator)));
    m_year->setCurrentIndex(m_year->findData(view.year));
    refresh();
}

void MainWindow::readPickers()
{
    ViewOptions view;
    view.level = m_level->currentData().toInt();
    const int categoryIndex = m_category->findText(m_category->currentText());
    view.category = categoryIndex >= 0 ? m_category->itemData(categoryIndex).toString()
                                       : m_view.category;
    view.indicator = Indicator(m_indicator->currentData().toInt());
    view.year = m_year->currentData().toInt();
    setView(view);
}

std::shared_ptr<const NutsLayer> MainWindow::layer(int level)
{
    if (auto it = m_layers.constFind(level); it != m_layers.constEnd())
        return *it;
    auto loaded = std::make_shared<NutsLayer>();
    QString error;
    if (!loaded->loadFromCache({m_data.nutsVersion(), level, NutsLayer::Scale::M3}, &error)) {
        m_lastError = error;
        return nullptr;
    }
    m_layers.insert(level, loaded);
    return loaded;
}

void MainWindow::refresh()
{
    m_lastError.clear();
    auto regions = layer(m_view.level);
    MapScene scene = buildScene(m_data, regions, CommandLine::toQuery(m_view));
    setWindowTitle(tr("ClusterScope — %1").arg(scene.title));
    m_mapView->setScene(std::move(scene));
    m_status->setText(m_lastError);
}

} // namespace cs
