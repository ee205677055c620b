// SPDX-License-Identifier: MIT
#include "widgets/MapView.h"

#include "maps/MapRenderer.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace cs {

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapView::setScene(MapScene scene)
{
    m_scene = std::move(scene);
    update();
}

QPointF MapView::toWidget(const QPointF &mapPoint) const
{
    return MapRenderer::mapToDevice(m_scene.effectiveExtent(), QRectF(rect())).map(mapPoint);
}

int MapView::regionAt(const QPointF &position) const
{
    if (!m_scene.layer)
        return -1;
    const QTransform toMap =
        MapRenderer::mapToDevice(m_scene.effectiveExtent(), QRectF(rect())).inverted();
    return m_scene.layer->regionAt(toMap.map(position));
}

QString MapView::tooltipText(int region) const
{
    if (!m_scene.layer || region < 0 || region >= m_scene.layer->regions().size())
        return {};
    const Region &r = m_scene.layer->regions()[region];
    const double value = m_scene.values.value(region, qQNaN());
    const QString valueText = std::isfinite(value)
                                  ? QLocale().toString(value, 'f', m_scene.decimals)
                                  : tr("no data");
    return QStringLiteral("<b>%1</b> (%2)<br>%3: %4")
        .arg(r.name.toHtmlEscaped(), r.code, m_scene.legendTitle.toHtmlEscaped(), valueText);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    MapRenderer::render(painter, m_scene, QRectF(rect()));
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const int region = regionAt(event->position());
    if (region != m_scene.highlighted) {
        m_scene.highlighted = region;
        update();
        emit regionHovered(region);
    }
    if (region >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(region), this);
    else
        QToolTip::hideText();
}

void MapView::leaveEvent(QEvent *)
{
    if (m_scene.highlighted >= 0) {
        m_scene.highlighted = -1;
        update();
        emit regionHovered(-1);
    }
}

} // namespace cs
