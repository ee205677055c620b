// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStringView>

namespace cs {

// Splits one RFC 4180 line ("a","b ""c""",d); quoted fields must not span lines.
inline QStringList splitCsvLine(QStringView line, QChar separator = QLatin1Char(','))
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == separator) {
            cells.append(cell);
            cell.clear();
        } else if (ch != QLatin1Char('\r')) {
            cell += ch;
        }
    }
    cells.append(cell);
    return cells;
}

} // namespace cs
