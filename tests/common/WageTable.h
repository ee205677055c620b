// SPDX-License-Identifier: MIT
#pragma once

// A user file with wages made from the real SBS extract (Eurostat sbs_r_nuts06_r2, persons
// employed, 2015; ../shared/data), for the tests of the long-table, SDMX-CSV and JSON-stat
// paths of the second measure (the real wage file, resources/data, is one Eurostat TSV). The
// wages are derived, in one documented deterministic way, from each row's own persons
// employed:
//
//   rate (thousand euro per person) = 20 + (7 · Σ bytes of geo + 3 · Σ bytes of nace) mod 31
//                                     + (persons mod 97) / 100
//   wages (million euro)            = persons · rate / 1000, written with 12 digits
//
// and every 11th row with a number has no wages (`:`), so sections and clusters mix cells
// with and without wages. The persons employed and their flags are the extract's own.
// The tests compute what they expect from the rows as written (wages parsed back).

#include "maps/EurostatTable.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace cs::testing {

struct WageRow
{
    QString geo;
    QString nace;
    QString cell;  // the extract's cell as is: "7089", "219 d", " d", "", "12:00 AM"
    double persons = std::numeric_limits<double>::quiet_NaN();
    QString flag;  // letters after the number ("d"), or of a cell without a number
    QString wageText; // as written: "12.345", or ":" for none
    double wages = std::numeric_limits<double>::quiet_NaN();
};

inline QList<WageRow> wageRows()
{
    QList<WageRow> rows;
    QFile file(QStringLiteral(CS_SHARED_DATA_DIR "/sbs_r_nuts06_r2_2015_persons_employed.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // nace_r2;geo;n2015
    int withNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        const QStringList cells = line.split(QLatin1Char(';'));
        if (cells.size() != 3)
            continue;
        WageRow row;
        row.nace = cells[0];
        row.geo = cells[1];
        row.cell = cells[2];
        const QString trimmed = row.cell.trimmed();
        const QString number = trimmed.section(QLatin1Char(' '), 0, 0);
        bool ok = false;
        const double persons = number.toDouble(&ok);
        row.wageText = QStringLiteral(":");
        if (ok) {
            row.persons = persons;
            row.flag = trimmed.section(QLatin1Char(' '), 1).trimmed();
            if (++withNumber % 11 != 0) {
                int geoSum = 0, naceSum = 0;
                for (QChar c : row.geo)
                    geoSum += c.unicode();
                for (QChar c : row.nace)
                    naceSum += c.unicode();
                const double rate = 20 + (7 * geoSum + 3 * naceSum) % 31 + double(qint64(persons) % 97) / 100.0;
                row.wageText = QString::number(persons * rate / 1000.0, 'g', 12);
                row.wages = row.wageText.toDouble();
            }
        } else if (trimmed == QLatin1String("d")) {
            row.flag = trimmed;
        }
        rows.append(row);
    }
    return rows;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A long CSV: geo,nace_r2,year,persons,flag,wages (wages empty where none).
inline QByteArray longCsv(const QList<WageRow> &rows)
{
    QByteArray out = "geo,nace_r2,year,persons,flag,wages\n";
    for (const WageRow &r : rows)
        out += (r.geo + QLatin1Char(',') + r.nace + QStringLiteral(",2015,") +
                (std::isnan(r.persons) ? QString() : QString::number(r.persons, 'g', 12)) + QLatin1Char(',') +
                r.flag + QLatin1Char(',') + (std::isnan(r.wages) ? QString() : r.wageText) + QLatin1Char('\n'))
                   .toUtf8();
    return out;
}

// Eurostat's bulk TSV form of sbs_r_nuts06_r2: indic_sb V16110 (the extract's cells),
// V13320 (the wages) and V11210 (local units, all `:`), as the full table has them.
inline QByteArray sbsTsv(const QList<WageRow> &rows)
{
    QByteArray out = "indic_sb,nace_r2,geo\\time\t2015 \n";
    for (const WageRow &r : rows) {
        const QString cell = r.cell.trimmed().isEmpty() ? QStringLiteral(":") : r.cell.trimmed();
        out += (QStringLiteral("V16110,%1,%2\t%3 \n").arg(r.nace, r.geo, cell)).toUtf8();
        out += (QStringLiteral("V13320,%1,%2\t%3 \n").arg(r.nace, r.geo, r.wageText)).toUtf8();
        out += (QStringLiteral("V11210,%1,%2\t: \n").arg(r.nace, r.geo)).toUtf8();
    }
    return out;
}

// SDMX-CSV 1.0 of the same, indicators V16110 and V13320.
inline QByteArray sbsSdmxCsv(const QList<WageRow> &rows)
{
    QByteArray out = "DATAFLOW,LAST UPDATE,freq,indic_sb,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
    for (const WageRow &r : rows) {
        const QString value = std::isnan(r.persons) ? QString() : QString::number(r.persons, 'g', 12);
        out += QStringLiteral("ESTAT:SBS_R_NUTS06_R2(1.0),01/01/20 23:00:00,A,V16110,%1,%2,2015,%3,%4\n")
                   .arg(r.nace, r.geo, value, r.flag)
                   .toUtf8();
        out += QStringLiteral("ESTAT:SBS_R_NUTS06_R2(1.0),01/01/20 23:00:00,A,V13320,%1,%2,2015,%3,\n")
                   .arg(r.nace, r.geo, std::isnan(r.wages) ? QString() : r.wageText)
                   .toUtf8();
    }
    return out;
}

// JSON-stat 2.0 of the same, indic_sb [V13320, V16110] (wages first), nace_r2, geo, time.
inline QByteArray sbsJsonStat(const QList<WageRow> &rows)
{
    QStringList naces, geos;
    QSet<QString> seenNace, seenGeo;
    for (const WageRow &r : rows) {
        if (!seenNace.contains(r.nace)) {
            seenNace.insert(r.nace);
            naces.append(r.nace);
        }
        if (!seenGeo.contains(r.geo)) {
            seenGeo.insert(r.geo);
            geos.append(r.geo);
        }
    }
    QHash<QString, int> naceAt, geoAt;
    for (int i = 0; i < naces.size(); ++i)
        naceAt.insert(naces[i], i);
    for (int i = 0; i < geos.size(); ++i)
        geoAt.insert(geos[i], i);
    auto list = [](const QStringList &codes) {
        QStringList quoted;
        for (const QString &c : codes)
            quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
        return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    const qint64 geoStride = 1, naceStride = geos.size(), indicStride = qint64(naces.size()) * geos.size();
    QStringList values;
    for (const WageRow &r : rows) {
        const qint64 at = naceAt.value(r.nace) * naceStride + geoAt.value(r.geo) * geoStride;
        if (!std::isnan(r.persons))
            values.append(QStringLiteral("\"%1\":%2").arg(at + indicStride).arg(QString::number(r.persons, 'g', 12)));
        if (!std::isnan(r.wages))
            values.append(QStringLiteral("\"%1\":%2").arg(at).arg(r.wageText));
    }
    return QStringLiteral("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indic_sb\",\"nace_r2\",\"geo\",\"time\"],"
                          "\"size\":[2,%1,%2,1],\"dimension\":{"
                          "\"indic_sb\":{\"category\":{\"index\":[\"V13320\",\"V16110\"]}},"
                          "\"nace_r2\":{\"category\":{\"index\":%3}},"
                          "\"geo\":{\"category\":{\"index\":%4}},"
                          "\"time\":{\"category\":{\"index\":[\"2015\"]}}},"
                          "\"value\":{%5}}")
        .arg(naces.size())
        .arg(geos.size())
        .arg(list(naces), list(geos), values.join(QLatin1Char(',')))
        .toUtf8();
}

// What the relative wage of `region` in the category of the industries `industries` must be:
// its wage per person over the average of `regions` (the reference), both over the
// cells that have persons and wages; NaN where the region has no such cell.
struct ExpectedWages
{
    QHash<QString, double> wages, persons; // "geo" → sums over the category's paired cells
    double average = std::numeric_limits<double>::quiet_NaN();
    double relative(const QString &region) const
    {
        const double e = persons.value(region, 0.0);
        return e > 0.0 ? wages.value(region) / e / average : std::numeric_limits<double>::quiet_NaN();
    }
};

inline ExpectedWages expectedWages(const QList<WageRow> &rows, const QStringList &regions,
                                   const QSet<QString> &industries)
{
    ExpectedWages x;
    const QSet<QString> reference(regions.begin(), regions.end());
    for (const WageRow &r : rows) {
        if (!industries.contains(r.nace) || !reference.contains(r.geo) || std::isnan(r.persons) ||
            std::isnan(r.wages))
            continue;
        x.wages[r.geo] += r.wages;
        x.persons[r.geo] += r.persons;
    }
    double w = 0.0, e = 0.0;
    for (auto it = x.persons.begin(); it != x.persons.end(); ++it) {
        if (it.value() > 0.0) {
            w += x.wages.value(it.key());
            e += it.value();
        }
    }
    x.average = e > 0.0 ? w / e : std::numeric_limits<double>::quiet_NaN();
    return x;
}

} // namespace cs::testing

namespace cs::testing {

// How many rows of `rows` the table read back with the same persons employed and wages
// (NaN for NaN); `mismatch` names the first that differs.
inline int matchingWageRecords(const QList<WageRow> &rows, const QList<StatRecord> &records, QString *mismatch)
{
    QHash<QString, const StatRecord *> byKey;
    for (const StatRecord &r : records)
        if (r.year == 2015)
            byKey.insert(r.region + QLatin1Char('|') + r.industry, &r);
    const auto same = [](double a, double b) { return std::isnan(a) ? std::isnan(b) : a == b; };
    int matching = 0;
    for (const WageRow &row : rows) {
        const StatRecord *r = byKey.value(row.geo + QLatin1Char('|') + row.nace);
        if (r && same(r->value, row.persons) && same(r->wages, row.wages)) {
            ++matching;
        } else if (mismatch && mismatch->isEmpty()) {
            *mismatch = QStringLiteral("%1 %2: read %3 / %4, written %5 / %6")
                            .arg(row.geo, row.nace)
                            .arg(r ? r->value : -1.0)
                            .arg(r ? r->wages : -1.0)
                            .arg(row.persons)
                            .arg(row.wages);
        }
    }
    return matching;
}

} // namespace cs::testing
