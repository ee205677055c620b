// SPDX-License-Identifier: MIT
#include "maps/PngWriter.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

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

bool isOpaque(const QImage &image)
{
    const QImage alpha = image.convertToFormat(QImage::Format_Alpha8);
    for (int y = 0; y < alpha.height(); ++y) {
        const uchar *line = alpha.constScanLine(y);
        for (int x = 0; x < alpha.width(); ++x)
            if (line[x] != 255)
                return false;
    }
    return true;
}

} // namespace

QByteArray PngWriter::encode(const QImage &source)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel() && !isOpaque(source);
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int width = image.width(), height = image.height(), channels = alpha ? 4 : 3;
    const size_t rowBytes = size_t(width) * size_t(channels);

    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    appendChunk(out, "IHDR",
                bigEndian({quint32(width), quint32(height)}, {8, quint8(alpha ? 6 : 2), 0, 0, 0}));
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        appendChunk(
            out, "pHYs",
            bigEndian({quint32(image.dotsPerMeterX()), quint32(image.dotsPerMeterY())}, {1}));

    z_stream z{};
    deflateInit2(&z, 1, Z_DEFLATED, 15, 9, Z_RLE);
    QByteArray idat;
    idat.resize(qsizetype(deflateBound(&z, uLong((rowBytes + 1) * size_t(height)))));
    z.next_out = reinterpret_cast<Bytef *>(idat.data());
    z.avail_out = uInt(idat.size());
    std::vector<Bytef> row(rowBytes + 1);
    row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left
    for (int y = 0; y < height; ++y) {
        const uchar *line = image.constScanLine(y);
        for (size_t i = 0; i < size_t(channels) && i < rowBytes; ++i)
            row[i + 1] = line[i];
        for (size_t i = size_t(channels); i < rowBytes; ++i)
            row[i + 1] = Bytef(line[i] - line[i - size_t(channels)]);
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        deflate(&z, y + 1 == height ? Z_FINISH : Z_NO_FLUSH);
    }
    idat.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    appendChunk(out, "IDAT", idat);
    appendChunk(out, "IEND", QByteArray());
    return out;
}

} // namespace cs
