// SPDX-License-Identifier: MIT
#include "maps/PngWriter.h"

#include "maps/Parallel.h"

#include <QBuffer>
#include <QImage>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace cs {

namespace {

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    char length[4];
    qToBigEndian<quint32>(quint32(data.size()), length);
    out.append(length, 4);
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    char crc[4];
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start),
                                        uInt(out.size() - start))),
                          crc);
    out.append(crc, 4);
}

QByteArray bigEndian(std::initializer_list<quint32> words, std::initializer_list<quint8> bytes = {})
{
    QByteArray data;
    for (quint32 w : words) {
        char b[4];
        qToBigEndian(w, b);
        data.append(b, 4);
    }
    for (quint8 b : bytes)
        data.append(char(b));
    return data;
}

bool isXrgb(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32 ||
           format == QImage::Format_ARGB32_Premultiplied;
}

bool isOpaque(const QImage &image)
{
    if (isXrgb(image.format())) {
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(line[x]) != 255)
                    return false;
        }
        return true;
    }
    const QImage alpha = image.convertToFormat(QImage::Format_Alpha8);
    for (int y = 0; y < alpha.height(); ++y) {
        const uchar *line = alpha.constScanLine(y);
        for (int x = 0; x < alpha.width(); ++x)
            if (line[x] != 255)
                return false;
    }
    return true;
}

// The PNG scanlines of an image: 8-bit RGB or RGBA, each row the Sub filter type byte
// and every byte minus the same channel of the pixel to its left.
class Scanlines
{
public:
    Scanlines(const QImage &image, int channels)
        : m_image(image), m_width(image.width()), m_channels(channels),
          m_xrgb(channels == 3 && isXrgb(image.format()))
    {
    }
    size_t rowBytes() const { return size_t(m_image.width()) * size_t(m_channels) + 1; }
    int height() const { return m_image.height(); }

    void filter(int y, Bytef *out) const
    {
        out[0] = 1;
        ++out;
        const uchar *line = m_image.constScanLine(y);
        if (m_xrgb) { // opaque 32-bit pixels straight, without an 8-bit RGB copy
            const QRgb *pixels = reinterpret_cast<const QRgb *>(line);
            uchar r = 0, g = 0, b = 0;
            for (int x = 0; x < m_width; ++x) {
                const QRgb p = pixels[x];
                const uchar pr = uchar(qRed(p)), pg = uchar(qGreen(p)), pb = uchar(qBlue(p));
                out[0] = Bytef(pr - r);
                out[1] = Bytef(pg - g);
                out[2] = Bytef(pb - b);
                out += 3;
                r = pr;
                g = pg;
                b = pb;
            }
            return;
        }
        const size_t channels = size_t(m_channels), bytes = rowBytes() - 1;
        for (size_t i = 0; i < channels && i < bytes; ++i)
            out[i] = line[i];
        for (size_t i = channels; i < bytes; ++i)
            out[i] = Bytef(line[i] - line[i - channels]);
    }

private:
    const QImage &m_image;
    int m_width;
    int m_channels;
    bool m_xrgb;
};

// Rows [first, end) as raw deflate, ending on a byte boundary (Z_SYNC_FLUSH) unless
// `last` (Z_FINISH), so that the pieces of all row ranges concatenate into one stream,
// as pigz does. The rows just before `first` are the dictionary, as they would be in a
// single stream.
struct Piece
{
    std::unique_ptr<Bytef[]> bytes; // uninitialised: pages are touched only as written
    size_t size = 0;
    uLong adler = 1; // of the uncompressed rows
    uLong crc = 0;   // of `bytes`
    z_off_t length = 0;
};

void deflateRows(const Scanlines &rows, int first, int end, bool last, Piece *piece)
{
    const size_t rowBytes = rows.rowBytes();
    z_stream z{};
    deflateInit2(&z, 1, Z_DEFLATED, -15, 9, Z_RLE);
    std::vector<Bytef> row(rowBytes);
    if (first > 0) {
        const size_t window = 32768;
        const int count = int(std::min<size_t>(size_t(first), (window + rowBytes - 1) / rowBytes));
        std::vector<Bytef> dictionary(rowBytes * size_t(count));
        for (int k = 0; k < count; ++k)
            rows.filter(first - count + k, dictionary.data() + rowBytes * size_t(k));
        const size_t n = std::min(window, dictionary.size());
        deflateSetDictionary(&z, dictionary.data() + dictionary.size() - n, uInt(n));
    }
    piece->length = z_off_t(rowBytes * size_t(end - first));
    // Maps compress to a few per cent; the buffer grows when that is not enough.
    size_t capacity = std::max<size_t>(size_t(piece->length) / 8, 65536);
    piece->bytes.reset(new Bytef[capacity]);
    z.next_out = piece->bytes.get();
    z.avail_out = uInt(capacity);
    for (int y = first; y < end; ++y) {
        rows.filter(y, row.data());
        piece->adler = adler32(piece->adler, row.data(), uInt(rowBytes));
        z.next_in = row.data();
        z.avail_in = uInt(rowBytes);
        const int flush = y + 1 < end ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        for (;;) {
            const int status = deflate(&z, flush);
            const bool done = flush == Z_FINISH ? status == Z_STREAM_END : z.avail_in == 0 && z.avail_out > 0;
            if (done || status == Z_STREAM_ERROR)
                break;
            const size_t used = size_t(z.next_out - piece->bytes.get());
            const size_t grown = capacity * 2;
            std::unique_ptr<Bytef[]> bigger(new Bytef[grown]);
            std::copy(piece->bytes.get(), piece->bytes.get() + used, bigger.get());
            piece->bytes = std::move(bigger);
            capacity = grown;
            z.next_out = piece->bytes.get() + used;
            z.avail_out = uInt(capacity - used);
        }
    }
    piece->size = size_t(z.next_out - piece->bytes.get());
    deflateEnd(&z);
    piece->crc = crc32(0, piece->bytes.get(), uInt(piece->size));
}

// The IDAT chunk of `rows`: one zlib stream made of pieces deflated in parallel (one per
// core for images of a megabyte or more).
bool writeImageData(QIODevice *device, const Scanlines &rows)
{
    const int height = rows.height();
    const size_t total = rows.rowBytes() * size_t(height);
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
    const int count = total < (size_t(1) << 20) ? 1 : std::clamp(height / 64, 1, threads);
    std::vector<Piece> pieces(static_cast<size_t>(count));
    const auto rangeStart = [&](int k) { return int(qint64(height) * k / count); };
    parallelFor(count, [&](int k) {
        deflateRows(rows, rangeStart(k), rangeStart(k + 1), k + 1 == count, &pieces[size_t(k)]);
    });
    // zlib header (deflate, 32 KiB window, fastest level), the pieces, Adler-32.
    const char header[2] = {0x78, 0x01};
    uLong adler = pieces[0].adler;
    size_t length = 2 + 4;
    for (size_t k = 0; k < pieces.size(); ++k) {
        if (k > 0)
            adler = adler32_combine(adler, pieces[k].adler, pieces[k].length);
        length += pieces[k].size;
    }
    char trailer[4];
    qToBigEndian<quint32>(quint32(adler), trailer);

    char start[10]; // length, type, zlib header
    qToBigEndian<quint32>(quint32(length), start);
    std::copy_n("IDAT", 4, start + 4);
    std::copy_n(header, 2, start + 8);
    bool ok = device->write(start, 10) == 10;
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(start + 4), 6);
    for (const Piece &piece : pieces) {
        ok = ok && device->write(reinterpret_cast<const char *>(piece.bytes.get()), qint64(piece.size)) ==
                       qint64(piece.size);
        crc = crc32_combine(crc, piece.crc, z_off_t(piece.size));
    }
    crc = crc32(crc, reinterpret_cast<const Bytef *>(trailer), 4);
    char end[8];
    std::copy_n(trailer, 4, end);
    qToBigEndian<quint32>(quint32(crc), end + 4);
    return ok && device->write(end, 8) == 8;
}

} // namespace

bool PngWriter::encode(const QImage &source, QIODevice *device)
{
    if (source.isNull())
        return false;
    const bool alpha = source.hasAlphaChannel() && !isOpaque(source);
    const QImage image = alpha                          ? source.convertToFormat(QImage::Format_RGBA8888)
                         : isXrgb(source.format())      ? source
                                                        : source.convertToFormat(QImage::Format_RGB888);
    const int width = image.width(), height = image.height();

    QByteArray head("\x89PNG\r\n\x1a\n", 8);
    appendChunk(head, "IHDR",
                bigEndian({quint32(width), quint32(height)}, {8, quint8(alpha ? 6 : 2), 0, 0, 0}));
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        appendChunk(
            head, "pHYs",
            bigEndian({quint32(image.dotsPerMeterX()), quint32(image.dotsPerMeterY())}, {1}));
    if (device->write(head) != head.size() || !writeImageData(device, Scanlines(image, alpha ? 4 : 3)))
        return false;
    QByteArray tail;
    appendChunk(tail, "IEND", QByteArray());
    return device->write(tail) == tail.size();
}

QByteArray PngWriter::encode(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!encode(image, &buffer))
        return {};
    return out;
}

} // namespace cs
