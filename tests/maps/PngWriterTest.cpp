// SPDX-License-Identifier: MIT
#include "maps/PngWriter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

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
};

QTEST_MAIN(PngWriterTest)
#include "PngWriterTest.moc"
