// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QPixmap>
#include <QSet>
#include <QWidget>

namespace cs {

// Shows a MapScene (cf. QgsMapCanvas): owns the scene, asks MapRenderer to paint it,
// and handles navigation (drag, wheel to cursor, pinch, arrows, +/−, Home) and picking
// (hover tooltip and highlight, click to select, Ctrl-click for several). It draws
// nothing itself: the regions, symbols and labels are rendered once into a cached
// pixmap, then MapRenderer paints hover, selection, partner marks and the legend over it.
// The outermost regions show in inset boxes beside the main frame, as in figures.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    const MapScene &scene() const { return m_scene; }
    // Keeps the current extent unless the new scene sets one.
    void setScene(MapScene scene);
    // The visible extent of the main frame in EPSG:3035 metres (empty scene extent = the
    // data's frame, else Europe).
    QRectF extent() const { return m_scene.effectiveExtent(); }
    void setExtent(const QRectF &extent);
    // The frame fitted to the data's scope (MapScene::dataExtent), else Europe; a view
    // wider than the data has the spare width in the west, where the legend goes.
    void zoomToEurope();
    // True until the user pans or zooms away from that frame (it then follows the
    // window's size and the data).
    bool isHome() const { return m_home; }
    void zoomToRegion(int region);
    // Zooms by `factor` (> 1 zooms in) keeping the map point under `anchor` fixed.
    void zoomAt(const QPointF &anchor, double factor);
    void pan(const QPointF &pixels);

    // Region index at a widget position, or -1.
    int regionAt(const QPointF &position) const;
    QPointF toWidget(const QPointF &mapPoint) const;
    QString tooltipText(int region) const;

    const QSet<int> &selection() const { return m_selection; }
    // Regions outlined with a dashed line, e.g. the partner regions of the selection.
    void setMarked(const QSet<int> &marked);
    const QSet<int> &marked() const { return m_marked; }
    void setSelection(const QSet<int> &selection);
    // The legend drawn over the map; small linked maps show theirs beside it instead.
    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legendVisible; }
    // Boxes for the outermost regions (default on); small linked maps turn them off.
    void setInsetsVisible(bool visible);
    bool insetsVisible() const { return m_insetsVisible; }
    // The main map frame inside the widget (the rest holds the insets), widget pixels.
    QRectF mainFrame() const;
    QRectF homeExtent() const;

signals:
    void regionHovered(int region);
    void selectionChanged(const QSet<int> &selection);
    void regionActivated(int region); // click (or Enter) on a region
    void extentChanged(const QRectF &extent);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void invalidateCache();
    void setHovered(int region, const QPoint &globalPosition);

    MapScene m_scene;
    QPixmap m_cache;
    bool m_cacheValid = false;
    QSet<int> m_selection;
    QSet<int> m_marked;
    QPointF m_pressPosition;
    QPointF m_dragOffset;
    bool m_dragging = false;
    bool m_legendVisible = true;
    bool m_insetsVisible = true;
    bool m_home = true;
};

} // namespace cs
