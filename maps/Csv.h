// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace cs {

// Appends the cells of one RFC 4180 line ("a","b ""c""",d) to `cells`; quoted fields must
// not span lines, a '\r' outside quotes is dropped. A cell written plainly is a view of
// `line`; one with quotes or an inner '\r' is unquoted into a copy appended to `copies`
// (the views stay valid while `line` and the copies live: a QString's characters do not
// move with it).
inline void splitCsvLine(QStringView line, QChar separator, QList<QStringView> *cells,
                         QStringList *copies)
{
    const auto isSpecial = [separator](QChar ch) {
        return ch == separator || ch == QLatin1Char('"') || ch == QLatin1Char('\r');
    };
    qsizetype start = 0;
    for (;;) {
        qsizetype end = start;
        while (end < line.size() && !isSpecial(line[end]))
            ++end;
        // The line's last cell of a CRLF file is still plain.
        if (end == line.size() || (end + 1 == line.size() && line[end] == QLatin1Char('\r'))) {
            cells->append(line.sliced(start, end - start));
            return;
        }
        if (line[end] == separator) {
            cells->append(line.sliced(start, end - start));
            start = end + 1;
            continue;
        }
        QString cell = line.sliced(start, end - start).toString();
        bool quoted = false;
        qsizetype i = end;
        for (; i < line.size(); ++i) {
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
                break;
            } else if (ch != QLatin1Char('\r')) {
                cell += ch;
            }
        }
        copies->append(cell);
        cells->append(copies->constLast());
        if (i == line.size())
            return;
        start = i + 1;
    }
}

// The cells of one line as strings.
inline QStringList splitCsvLine(QStringView line, QChar separator = QLatin1Char(','))
{
    QList<QStringView> views;
    QStringList copies;
    splitCsvLine(line, separator, &views, &copies);
    QStringList cells;
    cells.reserve(views.size());
    for (QStringView cell : std::as_const(views))
        cells.append(cell.toString());
    return cells;
}

} // namespace cs
