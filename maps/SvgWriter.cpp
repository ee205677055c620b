// SPDX-License-Identifier: MIT
#include "maps/SvgWriter.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>
#include <QTextItem>

#include <cmath>

namespace cs {

namespace {

// Shortest fixed form with two decimals: 12.5, 3, -0.25 (device pixels).
void appendNumber(QByteArray &out, double v)
{
    if (!std::isfinite(v))
        v = 0;
    QByteArray n = QByteArray::number(v, 'f', 2);
    while (n.endsWith('0'))
        n.chop(1);
    if (n.endsWith('.'))
        n.chop(1);
    if (n == "-0")
        n = "0";
    out += n;
}

QByteArray number(double v)
{
    QByteArray out;
    appendNumber(out, v);
    return out;
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray colourName(const QColor &c)
{
    return c.name(QColor::HexRgb).toLatin1();
}

QByteArray pathData(const QPainterPath &path)
{
    QByteArray d;
    d.reserve(path.elementCount() * 14);
    for (int k = 0; k < path.elementCount(); ++k) {
        const QPainterPath::Element e = path.elementAt(k);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += 'M';
            break;
        case QPainterPath::LineToElement:
            d += 'L';
            break;
        case QPainterPath::CurveToElement:
            d += 'C';
            break;
        case QPainterPath::CurveToDataElement:
            d += ' ';
            break;
        }
        appendNumber(d, e.x);
        d += ',';
        appendNumber(d, e.y);
    }
    return d;
}

} // namespace

class SvgPaintEngine : public QPaintEngine
{
public:
    explicit SvgPaintEngine(double dpi)
        : QPaintEngine(QPaintEngine::PaintEngineFeatures(
              QPaintEngine::AllFeatures & ~QPaintEngine::PerspectiveTransform &
              ~QPaintEngine::ConicalGradientFill & ~QPaintEngine::PorterDuff)),
          m_dpi(dpi)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyFont)
            m_font = state.font();
        if (flags & DirtyOpacity)
            m_opacity = state.opacity();
        // Clips come as groups with clip paths (MapSink), not per element.
    }

    void drawPath(const QPainterPath &path) override { writePath(path, m_brush, m_pen); }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path;
        path.moveTo(points[0]);
        for (int k = 1; k < count; ++k)
            path.lineTo(points[k]);
        if (mode == PolylineMode) {
            writePath(path, QBrush(), m_pen);
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        writePath(path, m_brush, m_pen);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        drawImage(r, pm.toImage(), sr, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags) override
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.copy(sr.toAlignedRect()).save(&buffer, "PNG");
        m_body += "<image" + transformAttribute() + " x=\"" + number(r.x()) + "\" y=\"" +
                  number(r.y()) + "\" width=\"" + number(r.width()) + "\" height=\"" +
                  number(r.height()) +
                  "\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64," +
                  png.toBase64() + "\"/>\n";
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QFont font = item.font();
        const double px =
            font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * m_dpi / 72.0;
        const QColor c = m_pen.color();
        const QByteArray start =
            "<text" + transformAttribute() + " x=\"" + number(p.x()) + "\" y=\"" + number(p.y()) +
            "\" font-family=\"" + escaped(font.family()) + "\" font-size=\"" + number(px) + "\"" +
            (font.bold() ? QByteArray(" font-weight=\"bold\"") : QByteArray()) +
            (font.italic() ? QByteArray(" font-style=\"italic\"") : QByteArray());
        const QByteArray text = " xml:space=\"preserve\">" + escaped(item.text()) + "</text>\n";
        const QByteArray fill =
            " fill=\"" + colourName(c) + "\"" + opacity("fill-opacity", c.alphaF());
        if (m_haloWidth <= 0) {
            m_body += start + fill + text;
            return;
        }
        // A halo: the same text stroked under it, both in one group so that they move
        // together (paint-order is not read by every drawing program).
        m_body += "<g class=\"label\">" + start + " fill=\"none\" stroke=\"" +
                  colourName(m_haloColour) + "\"" +
                  opacity("stroke-opacity", m_haloColour.alphaF()) + " stroke-width=\"" +
                  number(m_haloWidth) + "\" stroke-linejoin=\"round\"" + text + start + fill +
                  text + "</g>\n";
    }

    // MapSink
    void beginGroup(const QString &id, const QRectF &clip)
    {
        QByteArray g = "<g id=\"" + uniqueId(id) + "\"";
        if (m_depth == 0)
            g += " inkscape:groupmode=\"layer\" inkscape:label=\"" + escaped(id) + "\"";
        if (!clip.isEmpty()) {
            const QByteArray clipId = uniqueId(QStringLiteral("clip-") + id);
            m_defs += "<clipPath id=\"" + clipId + "\"><rect x=\"" + number(clip.x()) + "\" y=\"" +
                      number(clip.y()) + "\" width=\"" + number(clip.width()) + "\" height=\"" +
                      number(clip.height()) + "\"/></clipPath>\n";
            g += " clip-path=\"url(#" + clipId + ")\"";
        }
        m_body += g + ">\n";
        ++m_depth;
    }
    void endGroup()
    {
        if (m_depth == 0)
            return;
        --m_depth;
        m_body += "</g>\n";
    }
    void setTextHalo(const QColor &colour, double width)
    {
        m_haloColour = colour;
        m_haloWidth = width;
    }
    void setRegion(const QString &code, const QString &name)
    {
        m_regionCode = code;
        m_regionName = name;
    }

    QByteArray document(const QSize &size, const QString &title, const QString &description) const
    {
        QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                         "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                         "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
                         "version=\"1.1\" width=\"";
        out += number(size.width() / m_dpi * 25.4) + "mm\" height=\"" +
               number(size.height() / m_dpi * 25.4) + "mm\" viewBox=\"0 0 " +
               QByteArray::number(size.width()) + ' ' + QByteArray::number(size.height()) +
               "\">\n<title>" + escaped(title) + "</title>\n<desc>" + escaped(description) +
               "</desc>\n<defs>\n" + m_defs + "</defs>\n" + m_body;
        for (int k = 0; k < m_depth; ++k)
            out += "</g>\n";
        out += "</svg>\n";
        return out;
    }

private:
    QByteArray uniqueId(const QString &wanted)
    {
        // ASCII names (Açores → Acores) for every drawing program.
        QString id;
        for (const QChar c : wanted.normalized(QString::NormalizationForm_D))
            if (c.unicode() < 128)
                id += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                          ? c
                          : QLatin1Char('-');
        if (id.isEmpty() || !id.at(0).isLetter())
            id.prepend(QLatin1Char('g'));
        QString unique = id;
        for (int n = 2; m_ids.contains(unique); ++n)
            unique = id + QLatin1Char('-') + QString::number(n);
        m_ids.insert(unique);
        return escaped(unique);
    }

    QByteArray transformAttribute() const
    {
        if (m_transform.isIdentity())
            return {};
        const QTransform &t = m_transform;
        return " transform=\"matrix(" + number(t.m11()) + ' ' + number(t.m12()) + ' ' +
               number(t.m21()) + ' ' + number(t.m22()) + ' ' + number(t.dx()) + ' ' +
               number(t.dy()) + ")\"";
    }

    QByteArray opacity(const char *attribute, double alpha) const
    {
        const double a = alpha * m_opacity;
        if (a >= 0.999)
            return {};
        return QByteArray(" ") + attribute + "=\"" + number(a) + "\"";
    }

    // A fill for `brush`: a colour, a hatch pattern (defined once per colour), or none.
    QByteArray fill(const QBrush &brush)
    {
        switch (brush.style()) {
        case Qt::NoBrush:
            return " fill=\"none\"";
        case Qt::SolidPattern:
            return " fill=\"" + colourName(brush.color()) + "\"" +
                   opacity("fill-opacity", brush.color().alphaF());
        default: {
            // Every other pattern is drawn as the no-data hatching: diagonal lines "/".
            const QByteArray id = "hatch-" + colourName(brush.color()).mid(1);
            if (!m_patterns.contains(id)) {
                m_patterns.insert(id);
                m_defs += "<pattern id=\"" + id +
                          "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><path "
                          "d=\"M-2,2 L2,-2 M0,8 "
                          "L8,0 M6,10 L10,6\" stroke=\"" +
                          colourName(brush.color()) + "\" stroke-width=\"1\"/></pattern>\n";
            }
            return " fill=\"url(#" + id + ")\"";
        }
        }
    }

    QByteArray stroke(const QPen &pen) const
    {
        if (pen.style() == Qt::NoPen || pen.brush().style() == Qt::NoBrush)
            return {};
        const double scale =
            pen.isCosmetic() ? 1.0 : std::sqrt(std::abs(m_transform.determinant()));
        const double width = pen.widthF() > 0 ? pen.widthF() * scale : 1.0;
        QByteArray s = " stroke=\"" + colourName(pen.color()) + "\"" +
                       opacity("stroke-opacity", pen.color().alphaF()) + " stroke-width=\"" +
                       number(width) + "\"";
        if (pen.style() != Qt::SolidLine) {
            QByteArray dashes;
            for (const qreal d : pen.dashPattern()) {
                if (!dashes.isEmpty())
                    dashes += ',';
                dashes += number(d * width);
            }
            if (!dashes.isEmpty())
                s += " stroke-dasharray=\"" + dashes + "\"";
        }
        s += pen.capStyle() == Qt::RoundCap    ? " stroke-linecap=\"round\""
             : pen.capStyle() == Qt::SquareCap ? " stroke-linecap=\"square\""
                                               : "";
        s += pen.joinStyle() == Qt::RoundJoin   ? " stroke-linejoin=\"round\""
             : pen.joinStyle() == Qt::BevelJoin ? " stroke-linejoin=\"bevel\""
                                                : "";
        return s;
    }

    void writePath(const QPainterPath &path, const QBrush &brush, const QPen &pen)
    {
        if (path.isEmpty())
            return;
        const QPainterPath device = m_transform.isIdentity() ? path : m_transform.map(path);
        QByteArray element = "<path";
        const bool region = !m_regionCode.isEmpty();
        if (region)
            element += " id=\"" + uniqueId(m_regionCode) + "\"";
        element += " d=\"" + pathData(device) + "\"" + fill(brush) +
                   (path.fillRule() == Qt::OddEvenFill ? QByteArray(" fill-rule=\"evenodd\"")
                                                       : QByteArray()) +
                   stroke(pen);
        if (region) {
            element += "><title>" + escaped(m_regionName) + "</title></path>\n";
            m_regionCode.clear();
            m_regionName.clear();
        } else {
            element += "/>\n";
        }
        m_body += element;
    }

    double m_dpi;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    QFont m_font;
    double m_opacity = 1.0;
    QByteArray m_body, m_defs;
    QSet<QString> m_ids;
    QSet<QByteArray> m_patterns;
    int m_depth = 0;
    QString m_regionCode, m_regionName;
    QColor m_haloColour;
    double m_haloWidth = 0;
};

SvgWriter::SvgWriter(const QSize &size, double dpi)
    : m_size(size), m_dpi(dpi > 0 ? dpi : 96.0), m_engine(std::make_unique<SvgPaintEngine>(m_dpi))
{
}

SvgWriter::~SvgWriter() = default;

QPaintEngine *SvgWriter::paintEngine() const
{
    return m_engine.get();
}

QByteArray SvgWriter::document(const QString &title, const QString &description) const
{
    return m_engine->document(m_size, title, description);
}

void SvgWriter::beginGroup(const QString &id, const QRectF &clip)
{
    m_engine->beginGroup(id, clip);
}

void SvgWriter::setTextHalo(const QColor &colour, double width)
{
    m_engine->setTextHalo(colour, width);
}

void SvgWriter::endGroup()
{
    m_engine->endGroup();
}

void SvgWriter::setRegion(const QString &code, const QString &name)
{
    m_engine->setRegion(code, name);
}

int SvgWriter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() / m_dpi * 25.4);
    case PdmHeightMM:
        return qRound(m_size.height() / m_dpi * 25.4);
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return qRound(m_dpi);
    case PdmNumColors:
        return 0xffffff;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

} // namespace cs
