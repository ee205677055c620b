// SPDX-License-Identifier: MIT
#pragma once

#include "maps/MapSink.h"

#include <QByteArray>
#include <QPaintDevice>
#include <QSize>

#include <memory>

namespace cs {

class SvgPaintEngine;

// A paint device that writes SVG for drawing programs (Inkscape, Illustrator): a
// group per layer with its clip path, each region a <path> with its NUTS code as id
// and its name as <title>, texts as <text>, hatching as a <pattern>. What MapRenderer
// paints through QPainter, nothing else; QSvgGenerator cannot write ids or groups.
// Coordinates are device pixels of `size` at `dpi`.
class SvgWriter : public QPaintDevice, public MapSink
{
public:
    SvgWriter(const QSize &size, double dpi);
    ~SvgWriter() override;

    QPaintEngine *paintEngine() const override;
    // The whole document, once painting has ended.
    QByteArray document(const QString &title, const QString &description) const;

    void beginGroup(const QString &id, const QRectF &clip) override;
    void endGroup() override;
    void setRegion(const QString &code, const QString &name) override;
    void setTextHalo(const QColor &colour, double width) override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
    double m_dpi;
    std::unique_ptr<SvgPaintEngine> m_engine;
};

} // namespace cs
