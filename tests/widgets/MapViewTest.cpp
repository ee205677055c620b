// SPDX-License-Identifier: MIT
#include "widgets/MapView.h"
#include "maps/ClusterData.h"
#include "maps/MapRenderer.h"
#include "maps/SceneBuilder.h"

#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace cs;

class MapViewTest : public QObject
{
    Q_OBJECT
private:
    ClusterData m_data;
    std::shared_ptr<NutsLayer> m_layer;

    MapScene scene() const
    {
        return buildScene(m_data, m_layer, {2, QStringLiteral("C28"), Indicator::LocationQuotient, 2015});
    }

private slots:
    void initTestCase()
    {
        m_data = ClusterData::embeddedDefault();
        m_layer = std::make_shared<NutsLayer>();
        QString error;
        QVERIFY2(m_layer->loadFromCache({2013, 2, NutsLayer::Scale::M10}, &error), qPrintable(error));
    }

    // Hovering Munich's position highlights DE21 and its tooltip names it with its value.
    void hoverShowsRegion()
    {
        MapView view;
        view.resize(1000, 800);
        view.setScene(scene());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy hovered(&view, &MapView::regionHovered);
        const QPoint munich = view.toWidget(NutsLayer::fromLonLat({11.5755, 48.1372})).toPoint();
        QTest::mouseMove(&view, munich);
        QTRY_COMPARE(hovered.size(), 1);
        const int de21 = m_layer->indexOf(QStringLiteral("DE21"));
        QCOMPARE(hovered.first().first().toInt(), de21);
        QCOMPARE(view.scene().highlighted, de21);
        const QString tip = view.tooltipText(de21);
        QVERIFY(tip.contains(QStringLiteral("Oberbayern")));
        QVERIFY(tip.contains(QStringLiteral("DE21")));
        QVERIFY(tip.contains(QLocale().toString(view.scene().values[de21], 'f', 2)));
    }

    // Click selects one region, Ctrl-click adds a second, Ctrl-click again removes it.
    void clickAndCtrlClickSelect()
    {
        MapView view;
        view.resize(1000, 800);
        view.setScene(scene());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint paris = view.toWidget(NutsLayer::fromLonLat({2.3522, 48.8566})).toPoint();
        const QPoint milan = view.toWidget(NutsLayer::fromLonLat({9.19, 45.4642})).toPoint();
        const int fr10 = m_layer->indexOf(QStringLiteral("FR10"));
        const int itc4 = m_layer->indexOf(QStringLiteral("ITC4"));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, paris);
        QCOMPARE(view.selection(), QSet<int>{fr10});
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, milan);
        QCOMPARE(view.selection(), (QSet<int>{fr10, itc4}));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, paris);
        QCOMPARE(view.selection(), QSet<int>{itc4});
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, milan);
        QCOMPARE(view.selection(), QSet<int>{itc4});
    }

    // Wheel zoom keeps the point under the cursor in place; keys pan and reset.
    void wheelZoomsToCursor()
    {
        MapView view;
        view.resize(1000, 800);
        view.setScene(scene());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF munichMap = NutsLayer::fromLonLat({11.5755, 48.1372});
        const QPointF before = view.toWidget(munichMap);
        const QPointF paris = NutsLayer::fromLonLat({2.3522, 48.8566});
        const double spanBefore = QLineF(view.toWidget(paris), before).length();
        QWheelEvent wheel(before, view.mapToGlobal(before), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        // Two notches of 1.25 each: Paris–Munich on screen grows by 1.5625.
        const double spanAfter = QLineF(view.toWidget(paris), view.toWidget(munichMap)).length();
        QVERIFY(std::abs(spanAfter / spanBefore - 1.5625) < 1e-6);
        const QPointF after = view.toWidget(munichMap);
        QVERIFY2(QLineF(before, after).length() < 0.5,
                 qPrintable(QStringLiteral("moved by %1 px").arg(QLineF(before, after).length())));
        // After zooming, Munich is still picked under the cursor.
        QCOMPARE(view.regionAt(after), m_layer->indexOf(QStringLiteral("DE21")));

        const QRectF zoomed = view.extent();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.extent().center().x() > zoomed.center().x());
        // Home: back to the frame of the data's regions (not Europe with Russia and Turkey).
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(!view.scene().dataExtent.isEmpty());
        // The data's frame, its spare width (a wide view) in the west, where the legend goes.
        const QRectF data = view.scene().dataExtent;
        QVERIFY(view.isHome());
        QVERIFY(view.extent().contains(data.adjusted(1, 1, -1, -1)));
        QCOMPARE(view.extent().right(), data.right());
        QVERIFY(view.extent().width() < MapScene::europeExtent().width());
    }

    void dragPans()
    {
        MapView view;
        view.resize(1000, 800);
        view.setScene(scene());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF centre = view.extent().center();
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(500, 400));
        QTest::mouseMove(&view, QPoint(520, 400));
        QTest::mouseMove(&view, QPoint(600, 400));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(600, 400));
        // Dragging right by 100 px moves the view west: the centre's x decreases.
        QVERIFY(view.extent().center().x() < centre.x());
        QVERIFY(view.selection().isEmpty()); // a drag is not a click
    }

    // Without its legend the map's top-left corner shows the map, not the legend box.
    void legendCanBeHidden()
    {
        MapView view;
        view.resize(600, 450);
        view.setScene(scene());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.legendVisible());
        const QImage with = view.grab().toImage();
        view.setLegendVisible(false);
        QVERIFY(!view.legendVisible());
        const QImage without = view.grab().toImage();
        const QRect corner(0, 0, 100, 80);
        QVERIFY(with.copy(corner) != without.copy(corner));
        // Away from the legend nothing changes.
        const QRect south(0, 400, 600, 50);
        QCOMPARE(with.copy(south), without.copy(south));
    }

    // Issue 18, item 7: the view draws nothing itself. Its pixels, with a selection and
    // partner marks, are MapRenderer's for the same scene (insets included), and the
    // Canary Islands in their inset box are picked like any region.
    void paintsThroughMapRenderer()
    {
        MapView view;
        view.resize(900, 600);
        view.setScene(scene());
        const int fr10 = m_layer->indexOf(QStringLiteral("FR10"));
        const int itc4 = m_layer->indexOf(QStringLiteral("ITC4"));
        view.setSelection({fr10});
        view.setMarked({itc4});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.clearFocus();
        const QImage shown = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage drawn(shown.size(), QImage::Format_RGB32);
        {
            MapScene expected = view.scene();
            QVERIFY(expected.insets);
            expected.selection = {fr10};
            expected.marked = {itc4};
            expected.highlighted = -1;
            QPainter painter(&drawn);
            MapRenderer::render(painter, expected, QRectF(drawn.rect()));
        }
        int different = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb a = shown.pixel(x, y), b = drawn.pixel(x, y);
                different += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                                 std::abs(qBlue(a) - qBlue(b)) >
                             60;
            }
        QVERIFY2(different < shown.width() * shown.height() / 500,
                 qPrintable(QString::number(different)));
        // The selection's outline is there (dark pixels around Paris).
        const QPointF paris = view.toWidget(NutsLayer::fromLonLat({2.3522, 48.8566}));
        int dark = 0;
        for (int dy = -25; dy <= 25; ++dy)
            for (int dx = -25; dx <= 25; ++dx) {
                const QPoint p = paris.toPoint() + QPoint(dx, dy);
                dark += shown.rect().contains(p) && qGray(shown.pixel(p)) < 60;
            }
        QVERIFY(dark > 10);
        // Gran Canaria, in the first inset box.
        const MapRenderer::Layout layout = MapRenderer::layout(QRectF(view.rect()), true);
        const QRectF area = MapRenderer::insetMapArea(layout.insets[0], view.logicalDpiY() / 72.0);
        const QPointF canaria = MapRenderer::mapToDevice(MapRenderer::insets()[0].extent, area)
                                    .map(NutsLayer::fromLonLat({-15.6, 27.96}));
        QCOMPARE(view.regionAt(canaria), m_layer->indexOf(QStringLiteral("ES70")));
    }
};

QTEST_MAIN(MapViewTest)
#include "MapViewTest.moc"
