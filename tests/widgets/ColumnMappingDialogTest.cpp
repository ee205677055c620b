// SPDX-License-Identifier: MIT
#include "widgets/ColumnMappingDialog.h"

#include "maps/TableImport.h"
#include "tests/common/WageTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cs;

namespace {

// The first rows of the shared SBS extract (`nace_r2;geo;n2015`, `219 d`) rewritten as a
// long table with German column names the guess does not know, so only the cells tell.
QString writeLongTable(const QTemporaryDir &dir, int rows)
{
    QFile in(QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    in.readLine();
    QByteArray out = "Beschäftigte;Kreis;Wirtschaftszweig;Stand;Anmerkung\n";
    for (int i = 0; i < rows && !in.atEnd(); ++i) {
        const QList<QByteArray> cells = in.readLine().trimmed().split(';');
        const QList<QByteArray> value = cells.value(2).split(' '); // "219 d", " d", "7089"
        out += value.first() + ';' + cells.value(1) + ';' + cells.value(0) + ";2015;" +
               value.value(1) + '\n';
    }
    QFile file(dir.filePath(QStringLiteral("beschaeftigte.csv")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(out);
    return file.fileName();
}

} // namespace

class ColumnMappingDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void guessEditLoad()
    {
        QTemporaryDir dir;
        const QString path = writeLongTable(dir, 400);
        QVERIFY(!path.isEmpty());
        const TableReader::Preview preview = TableReader::preview(path);
        QVERIFY(!preview.problem);
        QCOMPARE(preview.kind, TableReader::Kind::Generic);
        QCOMPARE(preview.rows.size(), 20);

        ColumnMappingDialog dialog(path, preview);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // The guess, from the cells: NUTS codes, NACE codes, years, numbers, flags.
        QCOMPARE(dialog.roleBox(QStringLiteral("region"))->currentText(), QStringLiteral("Kreis"));
        QCOMPARE(dialog.roleBox(QStringLiteral("industry"))->currentText(), QStringLiteral("Wirtschaftszweig"));
        QCOMPARE(dialog.roleBox(QStringLiteral("year"))->currentText(), QStringLiteral("Stand"));
        QCOMPARE(dialog.roleBox(QStringLiteral("value"))->currentText(), QStringLiteral("Beschäftigte"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.previewTable()->rowCount(), 20);
        QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("AT"));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Kreis → region"));

        // The same column twice: refused with a reason, until fixed.
        QComboBox *year = dialog.roleBox(QStringLiteral("year"));
        year->setCurrentIndex(year->findText(QStringLiteral("Kreis")));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("Column “Kreis” is chosen for both region (NUTS code) and year."));
        year->setCurrentIndex(0);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("Choose the column of the year."));
        year->setCurrentIndex(year->findText(QStringLiteral("Stand")));
        QVERIFY(ok->isEnabled());
        // The flag column is optional; the first 20 rows have no flag, so the user picks it.
        QComboBox *flag = dialog.roleBox(QStringLiteral("flag"));
        QCOMPARE(flag->currentText(), QStringLiteral("(none)"));
        QVERIFY(ok->isEnabled());
        flag->setCurrentIndex(flag->findText(QStringLiteral("Anmerkung")));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(4)->text(), QStringLiteral("Anmerkung → flag"));
        QVERIFY(!dialog.nutsVersion());
        QCOMPARE(dialog.scale(), 1.0);

        // What the dialog chose reads the table: the shared file's first 400 rows.
        TableReader::Options options;
        options.columns = dialog.columns();
        QCOMPARE(TableReader::formatColumnMapping(options.columns),
                 QStringLiteral("region=Kreis,industry=Wirtschaftszweig,year=Stand,value=Beschäftigte,"
                                "flag=Anmerkung"));
        const StatTable table = TableReader::read(path, options);
        QVERIFY(table.ok);
        QCOMPARE(table.records.size(), 400);
        QVERIFY2(table.problems.isEmpty(), qPrintable(table.problems.value(0).toString()));
        QCOMPARE(table.records.first().region, QStringLiteral("AT"));
        QCOMPARE(table.records.first().value, 7089.0);
        int missing = 0;
        for (const StatRecord &r : table.records)
            missing += std::isnan(r.value);
        QCOMPARE(missing, 85); // empty cells of the shared file, " d" ones included
        QCOMPARE(table.records[338].region, QStringLiteral("PL11")); // line 340 of the shared file
        QCOMPARE(table.records[338].flags, Flags(kFlagMissing | kFlagDefinition));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Issue 21: an optional "Wages" column picker (none by default; guessed by name); what
    // it chooses is read as the second measure and gives the relative wage. The file: the
    // real SBS extract with derived wages (tests/common/WageTable.h).
    void wagesColumn()
    {
        QTemporaryDir dir;
        const QList<testing::WageRow> rows = testing::wageRows();
        QVERIFY(rows.size() > 40000);
        const QString path = dir.filePath(QStringLiteral("sbs_wages.csv"));
        QByteArray csv = testing::longCsv(rows);
        csv.replace("geo,nace_r2,year,persons,flag,wages", "geo,nace_r2,year,persons,flag,Lohnsumme");
        QVERIFY(testing::writeFile(path, csv));
        const TableReader::Preview preview = TableReader::preview(path);
        ColumnMappingDialog dialog(path, preview);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *wages = dialog.roleBox(QStringLiteral("wages"));
        QVERIFY(wages);
        auto *form = dialog.findChild<QFormLayout *>();
        auto *label = qobject_cast<QLabel *>(form->labelForField(wages));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Wages (optional):"));
        // A name the guess does not know: none, and OK needs none.
        QCOMPARE(wages->currentText(), QStringLiteral("(none)"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.columns().contains(QStringLiteral("wages")));
        // The same column as the persons employed is refused.
        wages->setCurrentIndex(wages->findText(QStringLiteral("persons")));
        QVERIFY(!ok->isEnabled());
        wages->setCurrentIndex(wages->findText(QStringLiteral("Lohnsumme")));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(5)->text(), QStringLiteral("Lohnsumme → wages"));

        TableReader::Options options;
        options.columns = dialog.columns();
        QCOMPARE(TableReader::formatColumnMapping(options.columns),
                 QStringLiteral("region=geo,industry=nace_r2,year=year,value=persons,flag=flag,wages=Lohnsumme"));
        StatTable table = TableReader::read(path, options);
        QVERIFY(table.ok);
        QString mismatch;
        QCOMPARE(testing::matchingWageRecords(rows, table.records, &mismatch), int(rows.size()));
        const ClusterData data = TableImport::toClusterData(table, 2013, path);
        QVERIFY(data.hasWages());
        const LevelAnalysis *a = data.analysis(2, 2015);
        QVERIFY(a);
        const testing::ExpectedWages expected =
            testing::expectedWages(rows, a->regions, {QStringLiteral("C10")});
        const double want = expected.relative(QStringLiteral("DE21"));
        QVERIFY(std::isfinite(want));
        QVERIFY(std::abs(data.compute({2, QStringLiteral("C10"), Indicator::RelativeWage, 2015})
                             .valueOf(QStringLiteral("DE21")) -
                         want) <= 1e-12 * want);
    }
};

QTEST_MAIN(ColumnMappingDialogTest)
#include "ColumnMappingDialogTest.moc"
