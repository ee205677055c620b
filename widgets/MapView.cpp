// SPDX-License-Identifier: MIT
#include "widgets/MapView.h"

#include "maps/MapRenderer.h"

#include <QKeyEvent>
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
    m_scene.insets = m_insetsVisible;
    if (m_scene.extent.isEmpty())
        m_scene.extent = m_home ? homeExtent() : keep;
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
    m_home = false;
    invalidateCache();
    emit extentChanged(e);
}

QRectF MapView::homeExtent() const
{
    if (m_scene.dataExtent.isEmpty())
        return MapScene::europeExtent();
    // Spare width in the west (the Atlantic, where the legend goes) rather than half of
    // it over Russia.
    QRectF e = m_scene.dataExtent;
    const QRectF frame = mainFrame();
    if (!frame.isEmpty() && frame.width() / frame.height() > e.width() / e.height())
        e.setLeft(e.right() - e.height() * frame.width() / frame.height());
    return e;
}

void MapView::zoomToEurope()
{
    setExtent(homeExtent());
    m_home = true;
}

QRectF MapView::mainFrame() const
{
    return MapRenderer::layout(QRectF(rect()), m_scene.insets).main;
}

void MapView::setInsetsVisible(bool visible)
{
    m_insetsVisible = visible;
    m_scene.insets = visible;
    invalidateCache();
}

void MapView::zoomToRegion(int region)
{
    if (!m_scene.layer || region < 0 || region >= m_scene.layer->regions().size())
        return;
    // Framed with its surroundings: the region spans at most half the view's width and
    // height, so the neighbours, legend and source line leave it visible.
    const QRectF b = m_scene.layer->regions()[region].bounds;
    setExtent(b.adjusted(-b.width() * 0.5, -b.height() * 0.5, b.width() * 0.5, b.height() * 0.5));
}

void MapView::zoomAt(const QPointF &anchor, double factor)
{
    if (factor <= 0)
        return;
    const QTransform toDevice = MapRenderer::mapToDevice(extent(), mainFrame());
    const QRectF visible = toDevice.inverted().mapRect(mainFrame());
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
    const QTransform toDevice = MapRenderer::mapToDevice(extent(), mainFrame());
    const double metresPerPixel = 1.0 / toDevice.m11();
    setExtent(extent().translated(-pixels.x() * metresPerPixel, pixels.y() * metresPerPixel));
}

QPointF MapView::toWidget(const QPointF &mapPoint) const
{
    return MapRenderer::mapToDevice(extent(), mainFrame()).map(mapPoint);
}

int MapView::regionAt(const QPointF &position) const
{
    if (!m_scene.layer)
        return -1;
    const MapRenderer::Layout frames = MapRenderer::layout(QRectF(rect()), m_scene.insets);
    for (int k = 0; k < frames.insets.size(); ++k) {
        if (!frames.insets[k].contains(position))
            continue;
        const QRectF area = MapRenderer::insetMapArea(frames.insets[k], logicalDpiY() / 72.0);
        return m_scene.layer->regionAt(
            MapRenderer::mapToDevice(MapRenderer::insets()[k].extent, area)
                .inverted()
                .map(position));
    }
    if (!frames.main.contains(position))
        return -1;
    const QTransform toMap = MapRenderer::mapToDevice(extent(), frames.main).inverted();
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
        MapRenderer::Options cached;
        cached.marks = false;
        cached.legend = false;
        cached.sourceNote = false;
        MapRenderer::render(cachePainter, base, QRectF(rect()), cached);
        m_cacheValid = true;
    }
    QPainter painter(this);
    if (m_dragging)
        painter.fillRect(rect(), QColor(0xe6, 0xf0, 0xf8));
    painter.drawPixmap(m_dragOffset, m_cache);
    // Hover, selection and partner marks move with a drag; the legend stays.
    MapScene live = m_scene;
    live.selection = m_selection;
    live.marked = m_marked;
    MapRenderer::Options marks;
    marks.regions = marks.symbols = marks.labels = marks.legend = marks.sourceNote = false;
    painter.save();
    painter.translate(m_dragOffset);
    MapRenderer::render(painter, live, QRectF(rect()), marks);
    painter.restore();
    MapRenderer::Options legend;
    legend.regions = legend.symbols = legend.labels = legend.marks = false;
    legend.legend = m_legendVisible;
    MapRenderer::render(painter, live, QRectF(rect()), legend);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_cacheValid = false;
    if (m_home && !m_scene.dataExtent.isEmpty()) {
        m_scene.extent = homeExtent();
        emit extentChanged(m_scene.extent);
    }
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
