// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

class QImage;
class QIODevice;

namespace cs {

// PNG encoding tuned for maps (large areas of flat colour): the Sub filter on every
// row and zlib's run-length strategy. About four times faster than QImageWriter's
// adaptive filtering at a similar size; lossless. Opaque images are written as 8-bit
// RGB, others as RGBA; the image's dots per metre go into pHYs. Images of a megabyte or
// more are deflated in one piece per core, joined into one zlib stream (as pigz does).
// Thread-safe.
class PngWriter
{
public:
    static QByteArray encode(const QImage &image);
    // The same written to `device` piece by piece, without the whole file in memory.
    // False when the image is null or a write fails.
    static bool encode(const QImage &image, QIODevice *device);
};

} // namespace cs
