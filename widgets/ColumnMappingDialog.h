// SPDX-License-Identifier: MIT
#pragma once

#include "maps/TableReader.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace cs {

// The column-mapping step of a generic table: the first rows, and one combo box per role
// (region, industry, year, value, optional flag and wages) preset with TableReader's guess. OK is
// enabled once the four needed roles name four different columns.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const QString &path, const TableReader::Preview &preview,
                        QWidget *parent = nullptr);

    // Role → column name; roles without a column are absent.
    QHash<QString, QString> columns() const;
    void setColumns(const QHash<QString, QString> &columns);
    // nullopt: detect the NUTS version from the codes.
    std::optional<int> nutsVersion() const;
    double scale() const;
    // Why OK is disabled; empty when the mapping is complete.
    QString problem() const;

    QComboBox *roleBox(const QString &role) const { return m_boxes.value(role); }
    QTableWidget *previewTable() const { return m_table; }

private:
    void update();

    QStringList m_header;
    QHash<QString, QComboBox *> m_boxes;
    QComboBox *m_version = nullptr;
    QComboBox *m_scale = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cs
