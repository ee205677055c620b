// SPDX-License-Identifier: MIT
#include "widgets/MapView.h"

#include "maps/MapRenderer.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace cs {

namespace {
constexpr double kMinExtentMetres = 20000.0;    // 20 km across
constexpr double kMaxExtentMetres = 12000000.0; // beyond the outermost regions
constexpr int kDragThreshold = 4;               // pixels before a press becomes a drag
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map"));
}

void MapView::setScene(MapScene scene)
{
    const QRectF keep = m_scene.extent;
    const bool sameRegions = scene.layer == m_scene.layer;
    const int hovered = m_scene.highlighted;
    m_scene = std::move(scene);
    if (m_scene.extent.isEmpty())
        m_scene.extent = keep;
    // Indices refer to the layer: another layer (level, detail) starts a new selection.
    m_scene.highlighted = sameRegions ? hovered : -1;
    if (!sameRegions) {
        m_marked.clear();
        if (!m_selection.isEmpty()) {
            m_selection.clear();
            emit selectionChanged(m_selection);
        }
    }
    invalidateCache();
}

void MapView::setExtent(const QRectF &extent)
{
    QRectF e = extent.normalized();
    const double size = std::max(e.width(), e.height());
    if (size < kMinExtentMetres)
        e = QRectF(e.center() - QPointF(kMinExtentMetres, kMinExtentMetres) / 2,
                   QSizeF(kMinExtentMetres, kMinExtentMetres));
    if (size > kMaxExtentMetres)
        e = QRectF(e.center() - QPointF(e.width(), e.height()) * (kMaxExtentMetres / size) / 2,
                   QSizeF(e.width(), e.height()) * (kMaxExtentMetres / size));
    m_scene.extent = e;
    invalidateCache();
    emit extentChanged(e);
}

void MapView::zoomToRegion(int region)
{
    if (!m_scene.layer || region < 0 || region >= m_scene.layer->regions().size())
        return;
    const QRectF b = m_scene.layer->regions()[region].bounds;
    setExtent(b.adjusted(-b.width() * 0.3, -b.height() * 0.3, b.width() * 0.3, b.height() * 0.3));
}

void MapView::zoomAt(const QPointF &anchor, double factor)
{
    if (factor <= 0)
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent(), QRectF(rect()));
    const QRectF visible = toDevice.inverted().mapRect(QRectF(rect()));
    const QPointF fixed = toDevice.inverted().map(anchor);
    const QSizeF size = visible.size() / factor;
    // Keep `fixed` at the same relative position inside the new visible rectangle.
    const double fx = (fixed.x() - visible.left()) / visible.width();
    const double fy = (fixed.y() - visible.top()) / visible.height();
    setExtent(QRectF(fixed.x() - fx * size.width(), fixed.y() - fy * size.height(), size.width(),
                     size.height()));
}

void MapView::pan(const QPointF &pixels)
{
    const QTransform toDevice = MapRenderer::mapToDevice(extent(), QRectF(rect()));
    const double metresPerPixel = 1.0 / toDevice.m11();
    setExtent(extent().translated(-pixels.x() * metresPerPixel, pixels.y() * metresPerPixel));
}

QPointF MapView::toWidget(const QPointF &mapPoint) const
{
    return MapRenderer::mapToDevice(extent(), QRectF(rect())).map(mapPoint);
}

int MapView::regionAt(const QPointF &position) const
{
    if (!m_scene.layer)
        return -1;
    const QTransform toMap = MapRenderer::mapToDevice(extent(), QRectF(rect())).inverted();
    return m_scene.layer->regionAt(toMap.map(position));
}

QString MapView::tooltipText(int region) const
{
    if (!m_scene.layer || region < 0 || region >= m_scene.layer->regions().size())
        return {};
    const Region &r = m_scene.layer->regions()[region];
    const double value = m_scene.values.value(region, qQNaN());
    const QString valueText = std::isfinite(value) ? m_scene.format.format(value) : tr("no data");
    return QStringLiteral("<b>%1</b> (%2)<br>%3: %4")
        .arg(r.name.toHtmlEscaped(), r.code, m_scene.legendTitle.toHtmlEscaped(), valueText);
}

void MapView::setSelection(const QSet<int> &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
    emit selectionChanged(m_selection);
}

void MapView::setMarked(const QSet<int> &marked)
{
    m_marked = marked;
    update();
}

void MapView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void MapView::invalidateCache()
{
    m_cacheValid = false;
    update();
}

void MapView::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size() * dpr) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cachePainter(&m_cache);
        MapScene base = m_scene;
        base.highlighted = -1;
        MapRenderer::render(cachePainter, base, QRectF(rect()), {true, false, false});
        m_cacheValid = true;
    }
    QPainter painter(this);
    if (m_dragging)
        painter.fillRect(rect(), QColor(0xe6, 0xf0, 0xf8));
    painter.drawPixmap(m_dragOffset, m_cache);
    if (m_scene.layer) {
        QTransform toDevice = MapRenderer::mapToDevice(extent(), QRectF(rect()));
        toDevice *= QTransform::fromTranslate(m_dragOffset.x(), m_dragOffset.y());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        const auto &regions = m_scene.layer->regions();
        painter.setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 1.5, Qt::DashLine));
        for (int i : m_marked)
            if (i < regions.size())
                painter.drawPath(toDevice.map(regions[i].path));
        painter.setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 2.0));
        for (int i : m_selection)
            painter.drawPath(toDevice.map(regions[i].path));
        if (m_scene.highlighted >= 0) {
            painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0));
            painter.drawPath(toDevice.map(regions[m_scene.highlighted].path));
        }
    }
    MapRenderer::render(painter, m_scene, QRectF(rect()), {false, m_legendVisible, true});
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_cacheValid = false;
}

void MapView::setHovered(int region, const QPoint &globalPosition)
{
    if (region != m_scene.highlighted) {
        m_scene.highlighted = region;
        update();
        emit regionHovered(region);
    }
    if (region >= 0)
        QToolTip::showText(globalPosition, tooltipText(region), this);
    else
        QToolTip::hideText();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = event->position();
        m_dragOffset = QPointF();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPointF delta = event->position() - m_pressPosition;
        if (m_dragging || delta.manhattanLength() > kDragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            m_dragOffset = delta;
            QToolTip::hideText();
            update();
            return;
        }
    }
    setHovered(regionAt(event->position()), event->globalPosition().toPoint());
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        const QPointF offset = m_dragOffset;
        m_dragOffset = QPointF();
        pan(offset);
        return;
    }
    const int region = regionAt(event->position());
    QSet<int> selection = event->modifiers() & Qt::ControlModifier ? m_selection : QSet<int>();
    if (region >= 0) {
        if (event->modifiers() & Qt::ControlModifier && selection.contains(region))
            selection.remove(region);
        else
            selection.insert(region);
    }
    setSelection(selection);
    if (region >= 0)
        emit regionActivated(region);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(gesture->position(), 1.0 + gesture->value());
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) * 0.2;
    const QPointF centre = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_Left: pan({step, 0}); break;
    case Qt::Key_Right: pan({-step, 0}); break;
    case Qt::Key_Up: pan({0, step}); break;
    case Qt::Key_Down: pan({0, -step}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAt(centre, 1.5); break;
    case Qt::Key_Minus: zoomAt(centre, 1 / 1.5); break;
    case Qt::Key_Home: zoomToEurope(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
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
