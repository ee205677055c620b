// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// One sheet of a workbook: text columns first, then number columns (NaN = empty cell).
struct XlsxSheet
{
    QString name;
    QStringList textColumns;
    QStringList numberColumns;
    QList<QStringList> texts;     // one row per entry, textColumns.size() cells
    QList<QList<double>> numbers; // one row per entry, numberColumns.size() cells
};

// Writes an Excel workbook (Office Open XML) through GDAL's XLSX driver. The workbook
// is built in a temporary directory and saved with SaveFile, so a failed export leaves
// an existing file untouched and no partial file behind.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(cs::XlsxExport)
public:
    static bool write(const QList<XlsxSheet> &sheets, const QString &path, QString *error);
};

} // namespace cs
