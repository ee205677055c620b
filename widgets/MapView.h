// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapScene.h"

#include <QWidget>

namespace cs {

// Shows a MapScene (cf. QgsMapCanvas): owns the scene, asks MapRenderer to paint it,
// and reports the region under the mouse with a tooltip and a highlight.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    const MapScene &scene() const { return m_scene; }
    void setScene(MapScene scene);
    // Region index at a widget position, or -1.
    int regionAt(const QPointF &position) const;
    // Widget position of a point in EPSG:3035 metres.
    QPointF toWidget(const QPointF &mapPoint) const;

    // Texts for the tooltip of a region: name, NUTS code and value.
    QString tooltipText(int region) const;

signals:
    void regionHovered(int region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    MapScene m_scene;
};

} // namespace cs
