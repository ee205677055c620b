// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRect>
#include <QTransform>

#include <cstdint>
#include <memory>
#include <vector>

namespace cs {

class NutsLayer;

// The regions of one map frame rasterised once, with antialiasing: for every pixel the
// region that covers it whole, the partial coverages along the edges, and the outline
// layer. A new frame with other colours is then a table look-up per pixel instead of
// a rasterisation per region, which is what the window needs after every change of
// classification, palette, year or category. The result equals drawing every fill,
// then every outline, with QPainter. Device pixels; the frame's own origin.
class RegionRaster
{
public:
    struct Geometry
    {
        std::shared_ptr<const NutsLayer> layer;
        const QList<QPainterPath> *paths = nullptr; // indexed like layer->regions()
        const QList<QPainterPath> *basemap = nullptr; // land under the regions, or null
        QTransform toDevice;                        // map metres → device pixels
        QRect device;                               // the pixels of the frame
        QRectF visible;                             // map extent seen through `device`, metres
        double outlineWidth;                        // device pixels, white
    };

    // The raster for `geometry`, from a small cache when the same frame was asked for
    // before: null on the first request of a frame (draw it directly then), built on
    // the second, kept afterwards (a few frames, up to about four full-HD screens).
    // Null too for layers of more than 32,766 regions or frames wider or taller than
    // 65,535 pixels. Thread-safe.
    static std::shared_ptr<const RegionRaster> forFrame(const Geometry &geometry);
    static std::shared_ptr<const RegionRaster> build(const Geometry &geometry);

    // Pixels of the frame: `colours[i]` for region i, the no-data hatching (noDataColour
    // with device-aligned diagonal lines of `hatch`) where `hatched[i]`, `land` on the
    // basemap, `sea` elsewhere; outlines on top.
    QImage compose(const QList<QColor> &colours, const std::vector<bool> &hatched, QColor sea,
                   QColor hatch, QColor land = QColor()) const;
    QRect device() const { return m_device; }

private:
    struct Edge
    {
        std::uint16_t x, y;
        std::int16_t region;
        std::uint8_t alpha;
    };
    QRect m_device;
    // Per row, runs of pixels covered whole by one region (-1: none, -2: basemap land),
    // left to right.
    struct Run
    {
        std::uint16_t x, length;
        std::int16_t region;
    };
    std::vector<Run> m_runs;
    std::vector<std::uint32_t> m_rowStart; // first run of each row; one more at the end
    std::vector<Edge> m_edges;             // partial coverages in drawing order, on top of the runs
    struct Stroke
    {
        std::uint16_t x, y;
        QRgb colour; // premultiplied
    };
    std::vector<Stroke> m_outline;
};

} // namespace cs
