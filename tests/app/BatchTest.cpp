// SPDX-License-Identifier: MIT
#include "app/Batch.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

#include <unistd.h>

using namespace cs;

namespace {

// Standard output of the process while it lives (the batch prints with stdio).
class StdoutCapture
{
public:
    StdoutCapture()
    {
        m_file.open();
        std::fflush(stdout);
        m_saved = ::dup(1);
        ::dup2(m_file.handle(), 1);
    }
    ~StdoutCapture() { finish(); }
    QString finish()
    {
        if (m_saved >= 0) {
            std::fflush(stdout);
            ::dup2(m_saved, 1);
            ::close(m_saved);
            m_saved = -1;
            m_file.seek(0);
            m_text = QString::fromUtf8(m_file.readAll());
        }
        return m_text;
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
    QString m_text;
};

void writeJson(const QString &path, const QJsonDocument &doc)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(doc.toJson());
}

QJsonObject sbsDefaults()
{
    return {{QStringLiteral("data"), QJsonObject{{QStringLiteral("dataset"), QStringLiteral("sbs")}}},
            {QStringLiteral("level"), 2},
            {QStringLiteral("year"), 2015},
            {QStringLiteral("format"), QStringLiteral("png")},
            {QStringLiteral("size"), QStringLiteral("400x300")}};
}

QStringList filesUnder(const QString &path)
{
    QStringList files;
    const QDir dir(path);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir())
            files += filesUnder(info.filePath());
        else
            files.append(info.filePath());
    }
    return files;
}

} // namespace

class BatchTest : public QObject
{
    Q_OBJECT
private slots:
    void specForms()
    {
        QString error;
        const auto single = Batch::parse(
            QJsonDocument::fromJson(R"({"output": "a.png", "category": "C28"})"), QStringLiteral("/tmp/s"),
            &error);
        QVERIFY2(single, qPrintable(error));
        QCOMPARE(single->size(), 1);
        QCOMPARE(single->first().recipe.output, QStringLiteral("/tmp/s/a.png"));
        QCOMPARE(single->first().shown, QStringLiteral("a.png"));

        const auto list = Batch::parse(
            QJsonDocument::fromJson(R"([{"output": "a.svg"}, {"output": "/abs/b.csv",
                                       "data": {"file": "in/x.tsv"}}])"),
            QStringLiteral("/tmp/s"), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).recipe.output, QStringLiteral("/abs/b.csv"));
        QCOMPARE(list->at(1).recipe.data.file, QStringLiteral("/tmp/s/in/x.tsv"));
        QCOMPARE(list->at(1).recipe.effectiveFormat(), QStringLiteral("csv"));

        const auto merged = Batch::parse(
            QJsonDocument::fromJson(R"({"defaults": {"data": {"file": "x.tsv", "scale": 1000},
                                                     "title": "T", "format": "svg"},
                                        "figures": [{"output": "1.svg"},
                                                    {"output": "2.svg", "title": null,
                                                     "data": {"scale": 1}}]})"),
            QStringLiteral("/s"), &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->at(0).recipe.title, QStringLiteral("T"));
        QCOMPARE(merged->at(0).recipe.data.scale, 1000.0);
        QVERIFY(merged->at(1).recipe.title.isEmpty());
        QCOMPARE(merged->at(1).recipe.data.file, QStringLiteral("/s/x.tsv"));
        QCOMPARE(merged->at(1).recipe.data.scale, 1.0);
    }

    void specErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QByteArray(R"({"figures": [{"category": "C28"}]})") << QStringLiteral("figures[0].output: missing");
        QTest::newRow("stdout") << QByteArray(R"([{"output": "-", "format": "csv"}])") << QStringLiteral("[0].output:");
        QTest::newRow("same output") << QByteArray(R"({"figures": [{"output": "a.png"}, {"output": "./a.png"}]})") << QStringLiteral("figures[1].output: './a.png' is also the output of figures[0]");
        QTest::newRow("bad figure") << QByteArray(R"({"figures": [{"output": "a.png"}, {"output": "b.png", "level": 9}]})") << QStringLiteral("figures[1].level:");
        QTest::newRow("bad default") << QByteArray(R"({"defaults": {"palete": "x"}, "figures": []})") << QStringLiteral("defaults.palete: unknown key");
        QTest::newRow("stray key") << QByteArray(R"({"defaults": {}, "figure": []})") << QStringLiteral("figure: unknown key");
        QTest::newRow("empty") << QByteArray(R"({"figures": []})") << QStringLiteral("no figures");
        QTest::newRow("not object") << QByteArray(R"({"figures": [3]})") << QStringLiteral("figures[0]: expected a recipe");
    }

    void specErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Batch::parse(QJsonDocument::fromJson(json), QStringLiteral("/s"), &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void twentyFigures()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out")));
        const QStringList categories = ClusterData::embedded(QStringLiteral("sbs")).categories().mid(0, 20);
        QCOMPARE(categories.size(), 20);
        QJsonArray figures;
        for (const QString &c : categories)
            figures.append(QJsonObject{{QStringLiteral("category"), c},
                                       {QStringLiteral("output"), QStringLiteral("out/%1.png").arg(c)}});
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        writeJson(spec, QJsonDocument(QJsonObject{{QStringLiteral("defaults"), sbsDefaults()},
                                                  {QStringLiteral("figures"), figures}}));

        StdoutCapture capture;
        const int code = Batch::run(spec);
        const QStringList lines = capture.finish().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(code, 0);
        QCOMPARE(lines.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(lines[i], QStringLiteral("[%1/20] out/%2.png").arg(i + 1).arg(categories[i]));
            const QImage image(dir.filePath(QStringLiteral("out/%1.png").arg(categories[i])));
            QCOMPARE(image.size(), QSize(400, 300));
        }
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).size(), 20);
    }

    // Tests run as root, where permission bits do not stop writes: a folder "under" a
    // regular file can never be written.
    void unwritableFolderWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ok")));
        QFile afile(dir.filePath(QStringLiteral("afile")));
        QVERIFY(afile.open(QIODevice::WriteOnly));
        afile.close();
        QJsonObject defaults = sbsDefaults();
        defaults.insert(QStringLiteral("category"), QStringLiteral("C28"));
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        writeJson(spec, QJsonDocument(QJsonObject{
                            {QStringLiteral("defaults"), defaults},
                            {QStringLiteral("figures"),
                             QJsonArray{QJsonObject{{QStringLiteral("output"), QStringLiteral("ok/1.png")}},
                                        QJsonObject{{QStringLiteral("output"), QStringLiteral("afile/out.png")}}}}}));
        StdoutCapture capture;
        const int code = Batch::run(spec);
        QVERIFY(capture.finish().isEmpty());
        QString why;
        QCOMPARE(Batch::check(*Batch::read(spec, &why), &why), int(kExitFailure));
        QVERIFY2(why.contains(QStringLiteral("afile/out.png")) && why.contains(QStringLiteral("not a folder")),
                 qPrintable(why));
        QCOMPARE(code, int(kExitFailure));
        QCOMPARE(filesUnder(dir.path()).size(), 2); // spec.json and afile

        // Missing folder: the same.
        QString error;
        const auto figures = Batch::parse(
            QJsonDocument::fromJson(R"([{"output": "ok/1.png"}, {"output": "missing/2.png"}])"), dir.path(),
            &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(Batch::check(*figures, &error), int(kExitFailure));
        QVERIFY2(error.contains(QStringLiteral("missing/2.png")) && error.contains(QStringLiteral("does not exist")),
                 qPrintable(error));
        QCOMPARE(filesUnder(dir.path()).size(), 2);
    }

    // An unknown category in the last figure stops the batch before the first is drawn.
    void badViewWritesNothing()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        writeJson(spec, QJsonDocument(QJsonObject{
                            {QStringLiteral("defaults"), sbsDefaults()},
                            {QStringLiteral("figures"),
                             QJsonArray{QJsonObject{{QStringLiteral("output"), QStringLiteral("1.png")},
                                                    {QStringLiteral("category"), QStringLiteral("C28")}},
                                        QJsonObject{{QStringLiteral("output"), QStringLiteral("2.png")},
                                                    {QStringLiteral("category"), QStringLiteral("Z99")}}}}}));
        QString error;
        const auto figures = Batch::read(spec, &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(Batch::check(*figures, &error), int(kExitUsage));
        QVERIFY2(error.startsWith(QStringLiteral("figures[1]: unknown category 'Z99'")), qPrintable(error));
        QCOMPARE(Batch::run(spec), int(kExitUsage));
        QCOMPARE(filesUnder(dir.path()), QStringList{spec});
    }

    // Issue 17: an output that is an input (the data, the spec itself) or that climbs out
    // of the spec's folder is refused (exit 2) before anything is read or drawn.
    void refusedOutputsWriteNothing_data()
    {
        QTest::addColumn<QJsonObject>("figure");
        QTest::addColumn<QString>("message");
        QTest::addRow("the data file")
            << QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("file"), QStringLiteral("data.csv")}}},
                           {QStringLiteral("output"), QStringLiteral("data.csv")},
                           {QStringLiteral("format"), QStringLiteral("csv")}}
            << QStringLiteral("figures[1]: cannot write %1/data.csv: it is the input %1/data.csv");
        QTest::addRow("the spec") << QJsonObject{{QStringLiteral("output"), QStringLiteral("spec.json")}}
                                  << QStringLiteral("figures[1]: cannot write %1/spec.json: it is the input");
        QTest::addRow("through a symlink") << QJsonObject{{QStringLiteral("output"), QStringLiteral("link.png")}}
                                           << QStringLiteral("figures[1]: cannot write %1/link.png: it is the input");
        QTest::addRow("../") << QJsonObject{{QStringLiteral("output"), QStringLiteral("../escaped.png")}}
                             << QStringLiteral("figures[1]: cannot write %2/escaped.png: it is outside the folder %1");
        QTest::addRow("absolute") << QJsonObject{{QStringLiteral("output"), QStringLiteral("%2/abs.png")}}
                                  << QStringLiteral("figures[1]: cannot write %2/abs.png: it is outside the folder %1");
    }

    void refusedOutputsWriteNothing()
    {
        QFETCH(QJsonObject, figure);
        QFETCH(QString, message);
        QTemporaryDir outer;
        const QString root = QFileInfo(outer.path()).canonicalFilePath();
        const QString dir = root + QStringLiteral("/spec");
        QVERIFY(QDir().mkpath(dir));
        const QString spec = dir + QStringLiteral("/spec.json");
        if (figure.value(QStringLiteral("output")).toString().contains(QStringLiteral("%2")))
            figure.insert(QStringLiteral("output"), figure.value(QStringLiteral("output")).toString().replace(QStringLiteral("%2"), root));
        QFile data(dir + QStringLiteral("/data.csv"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("geo,nace_r2,TIME_PERIOD,OBS_VALUE\nITC4,C28,2015,1\n");
        data.close();
        QVERIFY(QFile::link(spec, dir + QStringLiteral("/link.png")));
        QJsonObject first{{QStringLiteral("output"), QStringLiteral("first.png")}, {QStringLiteral("category"), QStringLiteral("C28")}};
        writeJson(spec, QJsonDocument(QJsonObject{{QStringLiteral("defaults"), sbsDefaults()},
                                                  {QStringLiteral("figures"), QJsonArray{first, figure}}}));
        QFile specFile(spec);
        QVERIFY(specFile.open(QIODevice::ReadOnly));
        const QByteArray specBytes = specFile.readAll();
        const QStringList before = filesUnder(root);

        QString error;
        const auto figures = Batch::read(spec, &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(Batch::checkOutputs(*figures, spec, {}, &error), int(kExitUsage));
        message.replace(QStringLiteral("%2"), root).replace(QStringLiteral("%1"), dir);
        QVERIFY2(error.startsWith(message), qPrintable(error));
        StdoutCapture capture;
        QCOMPARE(Batch::run(spec), int(kExitUsage));
        QVERIFY(capture.finish().isEmpty());
        QCOMPARE(filesUnder(root), before);
        QVERIFY(specFile.seek(0));
        QCOMPARE(specFile.readAll(), specBytes);

        // Outside the folder is the user's call, an input never is.
        Batch::Options allow;
        allow.allowOutside = true;
        const bool outside = message.contains(QStringLiteral("outside"));
        QCOMPARE(Batch::checkOutputs(*figures, spec, allow, &error), outside ? int(kExitOk) : int(kExitUsage));
    }

    void brokenSpecNamesOffset()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        QFile file(spec);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"figures": [{"output": "a.png"})");
        file.close();
        QString error;
        QVERIFY(!Batch::read(spec, &error));
        QVERIFY2(error.startsWith(spec) && error.contains(QStringLiteral("offset")), qPrintable(error));
        QCOMPARE(Batch::run(spec), int(kExitUsage));
        QCOMPARE(Batch::runCommand({QStringLiteral("batch")}), int(kExitUsage));
    }
};

QTEST_MAIN(BatchTest)
#include "BatchTest.moc"
