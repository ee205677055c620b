// SPDX-License-Identifier: MIT
#include "maps/ClusterData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cs;

namespace {

QByteArray shippedMapping()
{
    QFile file(QStringLiteral(":/categories/nace_to_cluster.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    QFile f(dir.filePath(QLatin1String(name)));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

} // namespace

class CategoryMappingTest : public QObject
{
    Q_OBJECT
private slots:
    // The shipped mapping names every NACE division of the SBS extract.
    void shippedMappingCoversSbs()
    {
        const ClusterData data = ClusterData::embeddedDefault();
        QVERIFY(data.categoryMappingFile().isEmpty());
        QCOMPARE(data.unmappedIndustries(), QStringList());
    }

    // The shipped file without the rows of C10 and C11 (food, beverages): loaded, the
    // clusters stay, and exactly those two divisions are reported unmapped.
    void missingRowsAreReported()
    {
        QList<QByteArray> kept;
        int dropped = 0;
        for (const QByteArray &line : shippedMapping().split('\n')) {
            if (line.startsWith("division,C10,") || line.startsWith("division,C11,")) {
                ++dropped;
                continue;
            }
            kept.append(line);
        }
        QVERIFY(dropped >= 2);
        QTemporaryDir dir;
        const QString path = write(dir, "no-food.csv", kept.join('\n'));
        ClusterData data = ClusterData::embeddedDefault();
        const QStringList before = data.categories();
        QList<InputProblem> problems;
        QVERIFY(data.loadCategoryMapping(path, &problems));
        QCOMPARE(problems.size(), 0);
        QCOMPARE(data.categoryMappingFile(), path);
        QCOMPARE(data.unmappedIndustries(), (QStringList{QStringLiteral("C10"), QStringLiteral("C11")}));
        // Food processing is fed by C10/C11 in the shipped mapping; now it has less employment.
        const QString food = QStringLiteral("food_processing_manufacturing");
        QVERIFY2(before.contains(food), qPrintable(before.join(QLatin1Char(' '))));
        ClusterData shipped = ClusterData::embeddedDefault();
        const ScoreQuery query{0, food, Indicator::Employment, 2015};
        const double was = shipped.compute(query).valueOf(QStringLiteral("DE"));
        const double now = data.compute(query).valueOf(QStringLiteral("DE"));
        QVERIFY2(now < was * 0.9, qPrintable(QStringLiteral("%1 vs %2").arg(now).arg(was)));
    }

    // A user's own cluster: all of C28 and half of C29; bad rows are reported by line and
    // column and skipped.
    void ownClusterAndBadRows()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "own.csv",
                                   "level,nace,category_code,category,weight,partial,naics_count\n"
                                   "division,C28,machines_plus,Machines and vehicles,1,0,1\n"
                                   "division,C29,machines_plus,Machines and vehicles,0.5,0,1\n"
                                   "division,C29,local,(local / non-traded),0.5,0,1\n"
                                   "division,C30,machines_plus,Machines and vehicles,lots,0,1\n"
                                   "division,28,machines_plus,Machines and vehicles,1,0,1\n"
                                   "class,28.11,machines_plus,Machines and vehicles,1,0,1\n");
        ClusterData data = ClusterData::embeddedDefault();
        QList<InputProblem> problems;
        QVERIFY(data.loadCategoryMapping(path, &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].toString(),
                 path + QStringLiteral(":5:5: weight 'lots' is not a number between 0 and 1; line skipped"));
        QCOMPARE(problems[1].line, 6);
        QCOMPARE(problems[1].column, 2);
        QVERIFY(data.categories().contains(QStringLiteral("machines_plus")));
        QCOMPARE(data.categoryLabel(QStringLiteral("machines_plus")), QStringLiteral("Machines and vehicles"));
        QVERIFY(!data.categories().contains(QStringLiteral("food_processing_manufacturing")));
        const auto value = [&](const QString &category) {
            return data.compute({2, category, Indicator::Employment, 2015}).valueOf(QStringLiteral("ITC4"));
        };
        QCOMPARE(value(QStringLiteral("machines_plus")),
                 value(QStringLiteral("C28")) + 0.5 * value(QStringLiteral("C29")));
        QVERIFY(value(QStringLiteral("C28")) > 100000); // Lombardia: 133,060 (2015)
        QVERIFY(data.unmappedIndustries().contains(QStringLiteral("C30")));
        QVERIFY(!data.unmappedIndustries().contains(QStringLiteral("C29")));
    }

    // Not a mapping at all: refused, the shipped one stays.
    void unusableFileKeepsMapping()
    {
        QTemporaryDir dir;
        ClusterData data = ClusterData::embeddedDefault();
        QList<InputProblem> problems;
        const QString wrong = write(dir, "wrong.csv", "nace,cluster\nC28,machines\n");
        QVERIFY(!data.loadCategoryMapping(wrong, &problems));
        QVERIFY2(problems.first().toString().startsWith(wrong + QStringLiteral(":1:1: no column 'level'")),
                 qPrintable(problems.first().toString()));
        problems.clear();
        QVERIFY(!data.loadCategoryMapping(dir.filePath(QStringLiteral("absent.csv")), &problems));
        QVERIFY(problems.first().message.startsWith(QStringLiteral("cannot open")));
        QVERIFY(data.categoryMappingFile().isEmpty());
        QVERIFY(data.categories().contains(QStringLiteral("food_processing_manufacturing")));
    }

    // Clusters are the mapping's categories, not NACE sections, divisions or the LFS
    // aggregates (B-E, M_N, TOTAL) whose codes look like neither.
    void clustersAreTheMappingsCategories()
    {
        const ClusterData lfs = ClusterData::embedded(QStringLiteral("lfs"));
        QVERIFY(lfs.isValid());
        for (const char *code : {"B-E", "M_N", "O-Q", "TOTAL", "J", "C28"})
            QVERIFY2(!lfs.isCluster(QLatin1String(code)), code);
        const ClusterData sbs = ClusterData::embeddedDefault();
        QVERIFY(sbs.isCluster(QStringLiteral("automotive")));
        QVERIFY(!sbs.isCluster(QStringLiteral("local")));
        int clusters = 0;
        for (const QString &category : sbs.categories())
            clusters += sbs.isCluster(category);
        QVERIFY2(clusters >= 45 && clusters <= 51, qPrintable(QString::number(clusters)));
    }
};

QTEST_GUILESS_MAIN(CategoryMappingTest)
#include "CategoryMappingTest.moc"
