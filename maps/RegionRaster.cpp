// SPDX-License-Identifier: MIT
#include "maps/RegionRaster.h"

#include "maps/Classification.h"
#include "maps/NutsLayer.h"

#include <QPainter>

#include <algorithm>
#include <mutex>

namespace cs {

namespace {

struct Entry
{
    std::weak_ptr<const NutsLayer> layer;
    const QList<QPainterPath> *paths;
    const QList<QPainterPath> *basemap;
    QTransform toDevice;
    QRect device;
    double outlineWidth;
    std::shared_ptr<const RegionRaster> raster; // null: seen once
};

bool sameFrame(const Entry &e, const RegionRaster::Geometry &g)
{
    return e.paths == g.paths && e.basemap == g.basemap && e.toDevice == g.toDevice && e.device == g.device &&
           e.outlineWidth == g.outlineWidth && e.layer.lock() == g.layer;
}

// x × a / 255 for the four bytes of x at once (Qt's BYTE_MUL).
inline QRgb byteMul(QRgb x, std::uint32_t a)
{
    std::uint32_t t = (x & 0xff00ff) * a;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}

// `over` with coverage `alpha` on `under`, both opaque, rounded as QPainter's solid
// fills round (Qt's INTERPOLATE_PIXEL_255).
inline QRgb blend(QRgb under, QRgb over, std::uint32_t alpha)
{
    const std::uint32_t b = 255 - alpha;
    std::uint32_t t = (over & 0xff00ff) * alpha + (under & 0xff00ff) * b;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    std::uint32_t x = ((over >> 8) & 0xff00ff) * alpha + ((under >> 8) & 0xff00ff) * b;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}

inline QRgb sourceOver(QRgb under, QRgb premultiplied)
{
    return premultiplied + byteMul(under, 255 - qAlpha(premultiplied));
}

} // namespace

std::shared_ptr<const RegionRaster> RegionRaster::forFrame(const Geometry &geometry)
{
    static std::mutex mutex;
    static std::vector<Entry> cache;      // most recent last
    constexpr size_t kCapacity = 12;      // a main frame and its insets, twice
    constexpr qint64 kPixels = 8'300'000; // about 35 MB of rasters
    if (!geometry.layer || geometry.layer->regions().size() >= 32767 ||
        geometry.device.width() > 65535 || geometry.device.height() > 65535)
        return nullptr;
    std::unique_lock lock(mutex);
    const auto it = std::find_if(cache.begin(), cache.end(),
                                 [&](const Entry &e) { return sameFrame(e, geometry); });
    if (it == cache.end()) {
        qint64 pixels = qint64(geometry.device.width()) * geometry.device.height();
        for (const Entry &e : cache)
            pixels += qint64(e.device.width()) * e.device.height();
        while (!cache.empty() && (cache.size() >= kCapacity || pixels > kPixels)) {
            pixels -= qint64(cache.front().device.width()) * cache.front().device.height();
            cache.erase(cache.begin());
        }
        cache.push_back({geometry.layer, geometry.paths, geometry.basemap, geometry.toDevice, geometry.device,
                         geometry.outlineWidth, nullptr});
        return nullptr;
    }
    Entry entry = *it;
    cache.erase(it);
    if (!entry.raster) {
        lock.unlock(); // building takes a frame or two; others may draw meanwhile
        entry.raster = build(geometry);
        lock.lock();
    }
    cache.push_back(entry);
    return entry.raster;
}

std::shared_ptr<const RegionRaster> RegionRaster::build(const Geometry &g)
{
    auto raster = std::make_shared<RegionRaster>();
    const int w = g.device.width(), h = g.device.height();
    raster->m_device = g.device;
    std::vector<std::int16_t> ids(size_t(std::max(w, 0)) * size_t(std::max(h, 0)), -1);
    const auto toRuns = [&] {
        raster->m_rowStart.reserve(size_t(std::max(h, 0)) + 1);
        for (int y = 0; y < h; ++y) {
            raster->m_rowStart.push_back(std::uint32_t(raster->m_runs.size()));
            const std::int16_t *row = ids.data() + size_t(y) * size_t(w);
            for (int x = 0; x < w;) {
                int end = x + 1;
                while (end < w && row[end] == row[x])
                    ++end;
                raster->m_runs.push_back({std::uint16_t(x), std::uint16_t(end - x), row[x]});
                x = end;
            }
        }
        raster->m_rowStart.push_back(std::uint32_t(raster->m_runs.size()));
    };
    if (w <= 0 || h <= 0 || !g.layer || !g.paths) {
        toRuns();
        return raster;
    }
    const QTransform toFrame = g.toDevice * QTransform::fromTranslate(-g.device.x(), -g.device.y());
    const QRect frame(0, 0, w, h);
    const auto &regions = g.layer->regions();

    // Fills: the basemap's land as a whole, then each region alone, into a coverage mask,
    // read back and cleared.
    QImage mask(w, h, QImage::Format_Alpha8);
    mask.fill(0);
    uchar *bits = mask.bits();
    const qsizetype stride = mask.bytesPerLine();
    {
        QPainter painter(&mask);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.setTransform(toFrame);
        const auto readBack = [&](const QRect &box, std::int16_t id) {
            for (int y = box.top(); y <= box.bottom(); ++y) {
                uchar *line = bits + y * stride;
                for (int x = box.left(); x <= box.right(); ++x) {
                    const uchar a = line[x];
                    if (!a)
                        continue;
                    line[x] = 0;
                    if (a == 255)
                        ids[size_t(y) * size_t(w) + size_t(x)] = id;
                    else
                        raster->m_edges.push_back({std::uint16_t(x), std::uint16_t(y), id, a});
                }
            }
        };
        if (g.basemap) {
            bool any = false;
            for (const QPainterPath &land : *g.basemap)
                if (land.controlPointRect().intersects(g.visible)) {
                    painter.drawPath(land);
                    any = true;
                }
            if (any)
                readBack(frame, -2);
        }
        for (int i = 0; i < regions.size(); ++i) {
            if (!regions[i].bounds.intersects(g.visible))
                continue;
            painter.drawPath((*g.paths)[i]);
            const QRect box =
                toFrame.mapRect(regions[i].bounds).toAlignedRect().adjusted(-1, -1, 1, 1) & frame;
            readBack(box, std::int16_t(i));
        }
    }
    // Outlines: all of them over the fills, as one transparent layer.
    QImage outline(w, h, QImage::Format_ARGB32_Premultiplied);
    outline.fill(Qt::transparent);
    {
        QPainter painter(&outline);
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen pen(Qt::white, g.outlineWidth);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.setTransform(toFrame);
        if (g.basemap)
            for (const QPainterPath &land : *g.basemap)
                if (land.controlPointRect().intersects(g.visible))
                    painter.drawPath(land);
        for (int i = 0; i < regions.size(); ++i)
            if (regions[i].bounds.intersects(g.visible))
                painter.drawPath((*g.paths)[i]);
    }
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(outline.constScanLine(y));
        for (int x = 0; x < w; ++x)
            if (line[x])
                raster->m_outline.push_back({std::uint16_t(x), std::uint16_t(y), line[x]});
    }
    // A partial coverage under a later region's whole one is hidden: drop it. The
    // basemap (-2) comes first, so any region covers it.
    std::erase_if(raster->m_edges, [&](const Edge &e) {
        const std::int16_t whole = ids[size_t(e.y) * size_t(w) + e.x];
        return whole != -1 && e.region <= whole;
    });
    toRuns();
    raster->m_runs.shrink_to_fit();
    raster->m_edges.shrink_to_fit();
    raster->m_outline.shrink_to_fit();
    return raster;
}

QImage RegionRaster::compose(const QList<QColor> &colours, const std::vector<bool> &hatched,
                             QColor sea, QColor hatch, QColor land) const
{
    const int w = m_device.width(), h = m_device.height();
    // One buffer per thread, reused while the caller lets go of the last frame: a fresh
    // 8 MB image would cost its page faults on every frame.
    static thread_local QImage buffer;
    if (buffer.size() != QSize(w, h))
        buffer = QImage(w, h, QImage::Format_RGB32);
    QImage &image = buffer;
    if (w <= 0 || h <= 0)
        return image;
    // The hatching tile as QPainter draws a Qt::BDiagPattern brush, aligned to the device.
    QImage tile(8, 8, QImage::Format_RGB32);
    tile.fill(noDataColour());
    {
        QPainter painter(&tile);
        painter.setBrushOrigin(-m_device.x(), -m_device.y());
        painter.fillRect(tile.rect(), QBrush(hatch, Qt::BDiagPattern));
    }
    QRgb pattern[8][8];
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            pattern[y][x] = tile.pixel(x, y);
    // Opaque colours by region + 2 (land, sea, the regions); 0 marks a hatched region.
    std::vector<QRgb> lut(size_t(colours.size()) + 2);
    lut[0] = (land.isValid() ? land : sea).rgb();
    lut[1] = sea.rgb();
    for (qsizetype i = 0; i < colours.size(); ++i)
        lut[size_t(i) + 2] = hatched[size_t(i)] ? 0u : colours[i].rgb();
    auto *out = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    for (int y = 0; y < h; ++y) {
        QRgb *line = out + y * stride;
        const QRgb *hatchRow = pattern[y & 7];
        for (std::uint32_t k = m_rowStart[size_t(y)]; k < m_rowStart[size_t(y) + 1]; ++k) {
            const Run &run = m_runs[k];
            const QRgb c = lut[size_t(run.region + 2)];
            if (c) {
                std::fill_n(line + run.x, run.length, c);
            } else {
                for (int x = run.x; x < run.x + run.length; ++x)
                    line[x] = hatchRow[x & 7];
            }
        }
    }
    for (const Edge &e : m_edges) {
        const QRgb c = lut[size_t(e.region + 2)];
        QRgb &p = out[e.y * stride + e.x];
        p = blend(p, c ? c : pattern[e.y & 7][e.x & 7], e.alpha);
    }
    for (const Stroke &s : m_outline) {
        QRgb &p = out[s.y * stride + s.x];
        p = sourceOver(p, s.colour);
    }
    return image;
}

} // namespace cs
