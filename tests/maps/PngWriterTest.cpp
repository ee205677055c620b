// SPDX-License-Identifier: MIT
#include "maps/PngWriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace cs;

class PngWriterTest : public QObject
{
    Q_OBJECT
private slots:
    // Lossless: every pixel decodes as drawn (opaque → RGB, translucent → RGBA), and
    // the resolution survives.
    void roundTrip_data()
    {
        QTest::addColumn<bool>("opaque");
        QTest::newRow("opaque") << true;
        QTest::newRow("translucent") << false;
    }
    void roundTrip()
    {
        QFETCH(bool, opaque);
        QImage image(301, 173, QImage::Format_ARGB32_Premultiplied);
        image.fill(opaque ? QColor(Qt::white) : QColor(0, 0, 0, 0));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(0x44, 0x01, 0x54));
            painter.setPen(QPen(QColor(250, 200, 10, opaque ? 255 : 128), 3));
            painter.drawEllipse(QRectF(20.5, 10.3, 200, 140));
            painter.fillRect(QRect(250, 0, 51, 173), QColor(0x12, 0x34, 0x56));
        }
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        const QByteArray png = PngWriter::encode(image);
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage decoded = QImage::fromData(png, "PNG");
        QVERIFY(!decoded.isNull());
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded.hasAlphaChannel(), !opaque);
        QCOMPARE(decoded.dotsPerMeterX(), 11811);
        const QImage a = image.convertToFormat(QImage::Format_ARGB32);
        const QImage b = decoded.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                QCOMPARE(b.pixel(x, y), a.pixel(x, y));
    }

    // Flat colours compress: a 1920×1080 image of four colour bands stays tiny.
    void flatColoursCompress()
    {
        QImage image(1920, 1080, QImage::Format_RGB32);
        for (int band = 0; band < 4; ++band)
            QPainter(&image).fillRect(QRect(0, band * 270, 1920, 270),
                                      QColor::fromHsv(band * 80, 200, 200));
        const QByteArray png = PngWriter::encode(image);
        QVERIFY2(png.size() < 40000, qPrintable(QString::number(png.size())));
        QCOMPARE(QImage::fromData(png, "PNG").pixel(5, 300), image.pixel(5, 300));
    }

    // Large images are deflated in pieces (one per core) joined into one zlib stream:
    // every chunk's CRC, the stream's Adler-32 and its end must hold for any decoder, and
    // the pixels come back exactly, for every source format (32-bit straight, 8-bit RGB,
    // translucent RGBA) and for sizes whose rows do not split evenly.
    void largeImagesInPieces_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("RGB32 1920x1080") << QImage::Format_RGB32 << QSize(1920, 1080);
        QTest::newRow("RGB888 1920x1080") << QImage::Format_RGB888 << QSize(1920, 1080);
        QTest::newRow("ARGB32 opaque 1001x777") << QImage::Format_ARGB32_Premultiplied << QSize(1001, 777);
        QTest::newRow("RGB32 4000x333") << QImage::Format_RGB32 << QSize(4000, 333);
        QTest::newRow("RGB32 333x4001") << QImage::Format_RGB32 << QSize(333, 4001);
    }
    void largeImagesInPieces()
    {
        QFETCH(QImage::Format, format);
        QFETCH(QSize, size);
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(0xe6, 0xf0, 0xf8));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            QRandomGenerator rng(42);
            for (int k = 0; k < 300; ++k) {
                painter.setBrush(QColor::fromRgb(rng.generate()));
                painter.setPen(QPen(Qt::white, 0.5));
                painter.drawEllipse(QPointF(rng.bounded(size.width()), rng.bounded(size.height())),
                                    rng.bounded(200), rng.bounded(120));
            }
            for (int y = 0; y < size.height(); y += 97) // noise rows defeat run lengths
                for (int x = 0; x < size.width(); ++x)
                    image.setPixel(x, y, rng.generate() | 0xff000000u);
        }
        image = image.convertToFormat(format);
        const QByteArray png = PngWriter::encode(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));

        // Walk the chunks: lengths, CRCs, IEND last; then inflate IDAT as one stream.
        QByteArray idat;
        qsizetype at = 8;
        QByteArray lastType;
        while (at < png.size()) {
            QVERIFY(at + 12 <= png.size());
            const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
            QVERIFY(at + 12 + qsizetype(length) <= png.size());
            const QByteArray typeAndData = png.mid(at + 4, 4 + qsizetype(length));
            const quint32 crc = qFromBigEndian<quint32>(png.constData() + at + 8 + length);
            QCOMPARE(crc, quint32(crc32(0, reinterpret_cast<const Bytef *>(typeAndData.constData()),
                                        uInt(typeAndData.size()))));
            lastType = typeAndData.left(4);
            if (lastType == "IDAT")
                idat += typeAndData.mid(4);
            at += 12 + qsizetype(length);
        }
        QCOMPARE(lastType, QByteArray("IEND"));
        const uLong rawSize = uLong(size.height()) * (uLong(size.width()) * 3 + 1);
        QByteArray raw(qsizetype(rawSize) + 1, 0);
        z_stream z{};
        QCOMPARE(inflateInit(&z), Z_OK);
        z.next_in = reinterpret_cast<Bytef *>(idat.data());
        z.avail_in = uInt(idat.size());
        z.next_out = reinterpret_cast<Bytef *>(raw.data());
        z.avail_out = uInt(raw.size());
        QCOMPARE(inflate(&z, Z_FINISH), Z_STREAM_END); // Adler-32 checked here
        QCOMPARE(z.total_out, rawSize);
        QCOMPARE(z.avail_in, 0u); // nothing after the stream's end
        inflateEnd(&z);

        const QImage decoded = QImage::fromData(png, "PNG");
        QCOMPARE(decoded.size(), size);
        QVERIFY(!decoded.hasAlphaChannel());
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32));
    }

    // Written to a device, the same bytes as in memory; a device that refuses the
    // bytes makes encode() fail.
    void toDevice()
    {
        QImage image(1280, 900, QImage::Format_RGB32);
        image.fill(QColor(0xe6, 0xf0, 0xf8));
        QPainter(&image).fillRect(QRect(100, 100, 700, 500), QColor(0x44, 0x01, 0x54));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(PngWriter::encode(image, &buffer));
        QCOMPARE(bytes, PngWriter::encode(image));
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!PngWriter::encode(image, &readOnly));
        QVERIFY(!PngWriter::encode(QImage(), &buffer));
    }

    // Noise does not compress: the pieces outgrow their first buffers.
    void incompressible()
    {
        QImage image(1400, 1000, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, rng.generate() | 0xff000000u);
        const QByteArray png = PngWriter::encode(image);
        QVERIFY(png.size() > image.width() * image.height() * 3);
        QCOMPARE(QImage::fromData(png, "PNG").convertToFormat(QImage::Format_RGB32), image);
    }

    // Translucent large images keep their alpha through the pieces.
    void largeTranslucent()
    {
        QImage image(1500, 900, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(10, 200, 30, 100));
            painter.drawEllipse(QRectF(100.5, 50.25, 1200, 700));
        }
        const QImage decoded = QImage::fromData(PngWriter::encode(image), "PNG");
        QVERIFY(decoded.hasAlphaChannel());
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), image);
    }
};

QTEST_MAIN(PngWriterTest)
#include "PngWriterTest.moc"
