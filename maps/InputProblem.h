// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cs {

// One problem found in an input file; line and column are 1-based, 0 when unknown.
struct InputProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "FILE:LINE:COLUMN: message", the form compilers use, so editors can jump there.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where + QStringLiteral(": ") + message;
    }
};

} // namespace cs
