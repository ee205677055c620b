// SPDX-License-Identifier: MIT
#pragma once

#include <QPaintDevice>
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs {

// What a structured output (SvgWriter) learns beyond the painting itself: the layers
// (regions, borders, labels, symbols, legend, insets) as named groups clipped to their
// frame, and which region the next drawn path is. MapRenderer paints through QPainter
// on every device and announces these to a device that is also a MapSink; on other
// devices the calls are no-ops, so screen, PNG, PDF and SVG share one code path.
class MapSink
{
public:
    virtual ~MapSink() = default;
    // `clip`: device pixels; empty: no clip of its own.
    virtual void beginGroup(const QString &id, const QRectF &clip) = 0;
    virtual void endGroup() = 0;
    // The next path drawn is region `code` (its element id) named `name` (its title).
    virtual void setRegion(const QString &code, const QString &name) = 0;
    // Texts drawn from now on carry a halo (a stroke under the fill) of `colour` and
    // `width` device pixels, so that labels stay editable text; width 0: none.
    virtual void setTextHalo(const QColor &colour, double width) = 0;

    static MapSink *of(const QPainter &painter)
    {
        return dynamic_cast<MapSink *>(painter.device());
    }
};

// A group for the lifetime of this object (nothing where the device is no MapSink).
class SinkGroup
{
public:
    SinkGroup(const QPainter &painter, const QString &id, const QRectF &clip = QRectF())
        : m_sink(MapSink::of(painter))
    {
        if (m_sink)
            m_sink->beginGroup(id, clip);
    }
    ~SinkGroup()
    {
        if (m_sink)
            m_sink->endGroup();
    }
    SinkGroup(const SinkGroup &) = delete;
    SinkGroup &operator=(const SinkGroup &) = delete;

private:
    MapSink *m_sink;
};

} // namespace cs
