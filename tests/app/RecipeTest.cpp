// SPDX-License-Identifier: MIT
#include "app/Recipe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

Recipe fullRecipe()
{
    Recipe r;
    r.data.dataset = QStringLiteral("sbs");
    r.level = 2;
    r.category = QStringLiteral("C28");
    r.indicator = QStringLiteral("lq");
    r.year = 2015;
    r.classification = QStringLiteral("manual");
    r.classes = 4;
    r.breaks = {0.0, 0.5, 1.0, 2.5, 10.0};
    r.palette = QStringLiteral("YlGnBu");
    r.labels = QStringLiteral("codes");
    r.starSymbols = 2;
    r.format = QStringLiteral("png");
    r.output = QStringLiteral("out/c28.png");
    r.size = QSize(400, 300);
    r.dpi = 150.0;
    r.title = QStringLiteral("Machinery (C28)");
    r.subtitle = QStringLiteral("Lombardy's \"lead\" — LQ 2015");
    r.lang = QStringLiteral("de");
    return r;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class RecipeTest : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip()
    {
        const Recipe r = fullRecipe();
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("clusterscope-recipe")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("data")).toObject().value(QStringLiteral("eurostat")).toString(),
                 QStringLiteral("sbs_r_nuts06_r2"));
        QString error;
        const auto back = Recipe::fromJson(
            QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == r);
    }

    void fileSourceRoundTrip()
    {
        Recipe r;
        r.data.file = QStringLiteral("/data/lfs.tsv");
        r.data.filter = QStringLiteral("unit=THS,age=Y15-64");
        r.data.scale = 1000.0;
        r.data.nutsVersion = 2016;
        r.page = QStringLiteral("A3");
        r.orientation = QStringLiteral("portrait");
        r.output = QStringLiteral("x.pdf");
        QString error;
        const auto back = Recipe::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data, r.data);
        QCOMPARE(back->effectiveFormat(), QStringLiteral("pdf"));
        QCOMPARE(back->toArguments(),
                 (QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("-o"), QStringLiteral("x.pdf"), QStringLiteral("--data"),
                              QStringLiteral("/data/lfs.tsv"), QStringLiteral("--filter"),
                              QStringLiteral("unit=THS,age=Y15-64"), QStringLiteral("--scale"),
                              QStringLiteral("1000"), QStringLiteral("--nuts-version"),
                              QStringLiteral("2016"), QStringLiteral("--page"), QStringLiteral("A3"),
                              QStringLiteral("--portrait")}));
    }

    // A user's category mapping travels with the data, embedded or file, in the JSON and
    // in the rebuild command.
    void categoryMappingRoundTrip()
    {
        Recipe r;
        r.data = DataSource::embedded(QStringLiteral("sbs"));
        r.data.categoryMapping = QStringLiteral("/maps/own_clusters.csv");
        r.output = QStringLiteral("x.png");
        QString error;
        const auto back = Recipe::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data, r.data);
        QCOMPARE(back->data.arguments(),
                 (QStringList{QStringLiteral("--dataset"), QStringLiteral("sbs"), QStringLiteral("--category-mapping"),
                              QStringLiteral("/maps/own_clusters.csv")}));
        r.data = {};
        r.data.file = QStringLiteral("/data/own.csv");
        r.data.categoryMapping = QStringLiteral("/maps/own_clusters.csv");
        QVERIFY(r.data.arguments().endsWith(QStringLiteral("/maps/own_clusters.csv")));
        const auto fileBack = Recipe::fromJson(r.toJson(), &error);
        QVERIFY2(fileBack, qPrintable(error));
        QCOMPARE(fileBack->data.categoryMapping, r.data.categoryMapping);
    }

    void commandLineText()
    {
        QCOMPARE(fullRecipe().commandLine(),
                 QStringLiteral("clusterscope export --format png -o out/c28.png --dataset sbs "
                                "--level 2 --category C28 --indicator lq --year 2015 "
                                "--classification manual --classes 4 --breaks 0,0.5,1,2.5,10 "
                                "--palette YlGnBu --labels codes --star-symbols 2 --size 400x300 --dpi 150 "
                                "--title 'Machinery (C28)' "
                                "--subtitle 'Lombardy'\\''s \"lead\" — LQ 2015' --lang de"));
        QCOMPARE(Recipe::shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(Recipe::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(Recipe::shellQuote(QStringLiteral("$HOME")), QStringLiteral("'$HOME'"));
    }

    void fromJsonErrorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown key") << QByteArray(R"({"categroy": "C28"})") << QString() << QStringLiteral("categroy: unknown key");
        QTest::newRow("level type") << QByteArray(R"({"level": "two"})") << QString() << QStringLiteral("level: expected a whole number");
        QTest::newRow("level range") << QByteArray(R"({"level": 7})") << QString() << QStringLiteral("level: 7 is out of range");
        QTest::newRow("indicator") << QByteArray(R"({"indicator": "gdp"})") << QString() << QStringLiteral("indicator: unknown indicator 'gdp'");
        QTest::newRow("classification") << QByteArray(R"({"classification": "magic"})") << QString() << QStringLiteral("classification: unknown value 'magic'");
        QTest::newRow("breaks order") << QByteArray(R"({"breaks": [2, 1]})") << QString() << QStringLiteral("breaks:");
        QTest::newRow("breaks type") << QByteArray(R"({"breaks": "0,1"})") << QString() << QStringLiteral("breaks: expected a list");
        QTest::newRow("palette") << QByteArray(R"({"palette": "rainbow"})") << QString() << QStringLiteral("palette: unknown palette");
        QTest::newRow("size") << QByteArray(R"({"size": "400"})") << QString() << QStringLiteral("size: invalid size '400'");
        QTest::newRow("dpi") << QByteArray(R"({"dpi": 5})") << QString() << QStringLiteral("dpi: 5 is out of range");
        QTest::newRow("format") << QByteArray(R"({"format": "bmp"})") << QString() << QStringLiteral("format: unknown value 'bmp'");
        QTest::newRow("no format") << QByteArray(R"({"output": "fig.tiff"})") << QString() << QStringLiteral("format: missing");
        QTest::newRow("version") << QByteArray(R"({"clusterscope-recipe": 2})") << QString() << QStringLiteral("clusterscope-recipe: version 2");
        QTest::newRow("dataset") << QByteArray(R"({"data": {"dataset": "gdp"}})") << QString() << QStringLiteral("data.dataset: unknown dataset 'gdp'");
        QTest::newRow("both sources") << QByteArray(R"({"data": {"dataset": "sbs", "file": "a.csv"}})") << QString() << QStringLiteral("data.dataset: give either");
        QTest::newRow("filter on embedded") << QByteArray(R"({"data": {"dataset": "sbs", "filter": "a=b"}})") << QString() << QStringLiteral("data.filter:");
        QTest::newRow("nuts version") << QByteArray(R"({"data": {"file": "a.csv", "nuts-version": 2012}})") << QString() << QStringLiteral("data.nuts-version: unknown NUTS version 2012");
        QTest::newRow("data type") << QByteArray(R"({"data": "sbs"})") << QString() << QStringLiteral("data: expected an object");
        QTest::newRow("prefixed") << QByteArray(R"({"year": 2015.5})") << QStringLiteral("figures[3]") << QStringLiteral("figures[3].year: expected a whole number");
    }

    void fromJsonErrorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, key);
        QString error;
        QVERIFY(!Recipe::fromJson(object(json.constData()), &error, where));
        QVERIFY2(error.startsWith(key), qPrintable(error));
    }

    void nullClearsAValue()
    {
        QString error;
        const auto r = Recipe::fromJson(object(R"({"title": null, "level": null})"), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->title.isEmpty());
        QVERIFY(!r->level);
    }

    void viewRoundTrip()
    {
        const ClusterData data = ClusterData::embedded(QStringLiteral("sbs"));
        ViewOptions view;
        view.level = 1;
        view.category = QStringLiteral("C28");
        view.indicator = Indicator::Focus;
        view.year = 2015;
        view.method = ClassificationMethod::NaturalBreaks;
        view.classes = 6;
        view.palette = QStringLiteral("viridis_r");
        view.labels = MapScene::Labels::Names;
        view.starSymbols = 1;
        FigureOptions figure;
        figure.format = FigureOptions::Format::Svg;
        figure.pixelSize = QSize(800, 600);
        figure.title = QStringLiteral("T");
        const Recipe r = Recipe::fromView(DataSource::embedded(QStringLiteral("sbs")), view, figure, QStringLiteral("a.svg"));
        ViewOptions back;
        QString error;
        QVERIFY2(r.toView(data, &back, &error), qPrintable(error));
        QVERIFY(back == view);
        const FigureOptions f = r.figureOptions();
        QCOMPARE(f.format, FigureOptions::Format::Svg);
        QCOMPARE(f.pixelSize, QSize(800, 600));
        QCOMPARE(f.title, QStringLiteral("T"));
        QVERIFY(!f.usePage);
    }

    void writeBeside()
    {
        QTemporaryDir dir;
        const QString figure = dir.filePath(QStringLiteral("c28.png"));
        Recipe r = fullRecipe();
        r.output = figure;
        QString error;
        QVERIFY2(r.writeBeside(figure, &error), qPrintable(error));
        QFile file(figure + QStringLiteral(".recipe.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto back = Recipe::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->output, QStringLiteral("c28.png"));
        QCOMPARE(back->category, QStringLiteral("C28"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("c28.png.recipe.json")});

        // An unwritable place reports the path.
        QVERIFY(!r.writeBeside(dir.filePath(QStringLiteral("c28.png.recipe.json/x.png")), &error));
        QVERIFY2(error.contains(QStringLiteral("x.png.recipe.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(RecipeTest)
#include "RecipeTest.moc"
