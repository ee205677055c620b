// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"
#include "maps/SceneBuilder.h"
#include "widgets/ExportDialog.h"

#include <QTest>

using namespace cs;

class ExportDialogTest : public QObject
{
    Q_OBJECT
private slots:
    // The preview follows the page: A4 landscape is wider than tall, portrait taller,
    // and it shows the map's class colours.
    void previewFollowsOptions()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        auto layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
        const MapScene scene = buildScene(data, layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
        ExportDialog dialog(scene);
        FigureOptions options;
        options.usePage = true;
        options.page = QPageSize(QPageSize::A4);
        options.orientation = QPageLayout::Landscape;
        options.dpi = 300;
        options.title = QStringLiteral("Preview test");
        dialog.setOptions(options);
        QImage preview = dialog.preview();
        QVERIFY(preview.width() > preview.height());
        QVERIFY(std::abs(double(preview.width()) / preview.height() - 297.0 / 210.0) < 0.01);
        int coloured = 0;
        const QColor top = scene.colours.last();
        for (int y = 0; y < preview.height(); ++y)
            for (int x = 0; x < preview.width(); ++x)
                coloured += QColor(preview.pixel(x, y)) == top;
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

        options.orientation = QPageLayout::Portrait;
        dialog.setOptions(options);
        QVERIFY(dialog.preview().height() > dialog.preview().width());
        const FigureOptions back = dialog.options();
        QCOMPARE(back.orientation, QPageLayout::Portrait);
        QCOMPARE(back.dpi, 300.0);
        QCOMPARE(back.title, QStringLiteral("Preview test"));
        QVERIFY(back.usePage);
        QCOMPARE(back.page.id(), QPageSize::A4);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
