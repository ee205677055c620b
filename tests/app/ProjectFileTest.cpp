// SPDX-License-Identifier: MIT
#include "app/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

ProjectFile sample()
{
    ViewOptions view;
    view.level = 2;
    view.category = QStringLiteral("C28");
    view.indicator = Indicator::LocationQuotient;
    view.year = 2015;
    view.method = ClassificationMethod::Quantile;
    view.classes = 7;
    view.palette = QStringLiteral("YlGnBu");
    FigureOptions figure;
    figure.usePage = true;
    figure.page = QPageSize(QPageSize::A4);
    figure.orientation = QPageLayout::Portrait;
    figure.dpi = 300;
    figure.title = QStringLiteral("Machinery");
    return ProjectFile::fromView(DataSource::embedded(QStringLiteral("sbs")), view, figure,
                                 QRectF(QPointF(3900000.5, 2200000.0), QPointF(4600000.0, 2900000.25)),
                                 {QStringLiteral("ITC4"), QStringLiteral("DE11")});
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ProjectFileTest : public QObject
{
    Q_OBJECT
private slots:
    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.clusterscope.json"));
        const ProjectFile project = sample();
        QString error;
        QVERIFY2(project.save(path, &error), qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(json.value(QStringLiteral("clusterscope-project")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("extent")).toArray().size(), 4);
        const auto back = ProjectFile::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == project);
        QCOMPARE(back->recipe.page, QStringLiteral("A4"));
        QCOMPARE(back->recipe.orientation, QStringLiteral("portrait"));

        const ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        ViewOptions view;
        QVERIFY2(back->recipe.toView(data, &view, &error), qPrintable(error));
        QCOMPARE(view.classes, 7);
        QCOMPARE(view.category, QStringLiteral("C28"));
        const FigureOptions figure = back->recipe.figureOptions();
        QVERIFY(figure.usePage);
        QCOMPARE(figure.orientation, QPageLayout::Portrait);
        QCOMPARE(figure.dpi, 300.0);
    }

    void truncatedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.json"));
        QString error;
        QVERIFY(sample().save(path, &error));
        QByteArray bytes = readAll(path);
        bytes.truncate(bytes.size() / 2);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        QVERIFY(!ProjectFile::load(path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("offset")), qPrintable(error));
        QCOMPARE(readAll(path), bytes);
    }

    void badContentNamesKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no version") << QByteArray(R"({"level": 2})") << QStringLiteral("not a ClusterScope project");
        QTest::newRow("newer") << QByteArray(R"({"clusterscope-project": 2})") << QStringLiteral("clusterscope-project: made by a newer");
        QTest::newRow("extent") << QByteArray(R"({"clusterscope-project": 1, "extent": [1, 2, 3]})") << QStringLiteral("extent: expected");
        QTest::newRow("selection") << QByteArray(R"({"clusterscope-project": 1, "selection": ["DE1", 5]})") << QStringLiteral("selection[1]: expected");
        QTest::newRow("recipe key") << QByteArray(R"({"clusterscope-project": 1, "classes": 12})") << QStringLiteral("classes: 12 is out of range");
        QTest::newRow("array") << QByteArray(R"([1, 2])") << QStringLiteral("not a ClusterScope project");
    }

    void badContentNamesKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        QString error;
        QVERIFY(!ProjectFile::load(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ") + message), qPrintable(error));
        QCOMPARE(readAll(path), json);
    }

    void saveFailsCleanly()
    {
        QTemporaryDir dir;
        QFile afile(dir.filePath(QStringLiteral("afile")));
        QVERIFY(afile.open(QIODevice::WriteOnly));
        afile.close();
        QString error;
        const QString path = dir.filePath(QStringLiteral("afile/p.json"));
        QVERIFY(!sample().save(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "ProjectFileTest.moc"
