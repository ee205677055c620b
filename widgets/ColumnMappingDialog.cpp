// SPDX-License-Identifier: MIT
#include "widgets/ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

ColumnMappingDialog::ColumnMappingDialog(const QString &path, const TableReader::Preview &preview,
                                         QWidget *parent)
    : QDialog(parent), m_header(preview.header)
{
    setWindowTitle(tr("Import statistics — columns"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which column of <b>%1</b> holds what? One row per region, "
                                "industry and year (a long table). The guess is preset; "
                                "check it against the first rows below.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const QHash<QString, QString> guess = TableReader::guessColumns(preview.header, preview.rows);
    for (const QString &role : TableReader::roles()) {
        auto *box = new QComboBox(this);
        box->setObjectName(role);
        const bool optional = role == QLatin1String("flag") || role == QLatin1String("wages");
        box->addItem(optional ? tr("(none)") : tr("(choose a column)"), QString());
        if (role == QLatin1String("wages"))
            box->setToolTip(tr("Wages and salaries of each region, industry and year, in any one unit: "
                               "the relative wage (productivity) divides them by the persons employed."));
        for (const QString &name : preview.header)
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(guess.value(role))));
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::update);
        m_boxes.insert(role, box);
        QString label = TableReader::roleLabel(role);
        label[0] = label[0].toUpper();
        form->addRow(label + QLatin1Char(':'), box);
    }
    m_version = new QComboBox(this);
    m_version->addItem(tr("Detect from the codes"), 0);
    for (int version : {2010, 2013, 2016, 2021})
        m_version->addItem(tr("NUTS %1").arg(version), version);
    form->addRow(tr("NUTS version:"), m_version);
    m_scale = new QComboBox(this);
    m_scale->addItem(tr("Persons"), 1.0);
    m_scale->addItem(tr("Thousand persons (× 1000)"), 1000.0);
    form->addRow(tr("Values are in:"), m_scale);
    layout->addLayout(form);

    m_table = new QTableWidget(int(preview.rows.size()), int(preview.header.size()), this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    for (int r = 0; r < preview.rows.size(); ++r)
        for (int c = 0; c < preview.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(preview.rows[r].value(c)));
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 560);
    update();
}

QHash<QString, QString> ColumnMappingDialog::columns() const
{
    QHash<QString, QString> columns;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (const QString column = it.value()->currentData().toString(); !column.isEmpty())
            columns.insert(it.key(), column);
    return columns;
}

void ColumnMappingDialog::setColumns(const QHash<QString, QString> &columns)
{
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(columns.value(it.key()))));
}

std::optional<int> ColumnMappingDialog::nutsVersion() const
{
    const int version = m_version->currentData().toInt();
    return version > 0 ? std::optional<int>(version) : std::nullopt;
}

double ColumnMappingDialog::scale() const
{
    return m_scale->currentData().toDouble();
}

QString ColumnMappingDialog::problem() const
{
    const QHash<QString, QString> chosen = columns();
    for (const QString &role : TableReader::roles().mid(0, 4))
        if (!chosen.contains(role))
            return tr("Choose the column of the %1.").arg(TableReader::roleLabel(role));
    QHash<QString, QString> byColumn;
    for (const QString &role : TableReader::roles()) {
        const QString column = chosen.value(role);
        if (column.isEmpty())
            continue;
        if (byColumn.contains(column))
            return tr("Column “%1” is chosen for both %2 and %3.")
                .arg(column, TableReader::roleLabel(byColumn.value(column)),
                     TableReader::roleLabel(role));
        byColumn.insert(column, role);
    }
    return {};
}

void ColumnMappingDialog::update()
{
    const QString why = problem();
    m_message->setText(why.isEmpty() ? tr("Rows with problems are skipped and listed after loading.")
                                     : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // The header says which role each column plays.
    const QHash<QString, QString> chosen = columns();
    for (int c = 0; c < m_header.size(); ++c) {
        const QString role = chosen.key(m_header[c]);
        m_table->setHorizontalHeaderItem(
            c, new QTableWidgetItem(role.isEmpty() ? m_header[c]
                                                   : QStringLiteral("%1 → %2").arg(m_header[c], role)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace cs
