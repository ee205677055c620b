// SPDX-License-Identifier: MIT
// libFuzzer target: TableReader on arbitrary bytes, both ways users reach it: read() of
// a .csv file (format detection, then JSON-stat, SDMX-CSV, the wide `;` table or a long
// table with guessed columns) and parseLong() with the mapping of the options. XLSX/ODS
// go through OGR, which is GDAL's to fuzz, not ours. Must return; a failure says why.
#include "maps/TableReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir; // one per process, removed at exit
    static const QString path = dir.filePath(QStringLiteral("input.csv"));
    const cs::fuzz::Input in = cs::fuzz::split(data, size);

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(in.bytes) != in.bytes.size())
        std::abort(); // the fuzzer's own temporary folder failed
    file.close();
    const cs::StatTable read = cs::TableReader::read(path, in.table);
    if (!read.ok && read.problems.isEmpty())
        std::abort();

    const cs::StatTable parsed = cs::TableReader::parseLong(in.bytes, QStringLiteral("fuzz"), in.table);
    if (!parsed.ok && parsed.problems.isEmpty())
        std::abort();
    return 0;
}
