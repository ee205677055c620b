// SPDX-License-Identifier: MIT
#include "maps/JsonStatReader.h"

#include "maps/ValueValidator.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <optional>

namespace cs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Larger flat indices lose precision in a JSON double; no Eurostat table comes close.
constexpr qint64 kMaxCells = qint64(1) << 40;

struct Dimension
{
    QString id;
    qint64 size = 0;
    qint64 stride = 1;
    QStringList codes; // by position
};

QString quoted(const QString &key)
{
    return QLatin1Char('"') + key + QLatin1Char('"');
}

bool asIndex(const QJsonValue &v, qint64 &out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d != std::floor(d) || d >= double(kMaxCells))
        return false;
    out = qint64(d);
    return true;
}

// "12" → 12; rejects signs, blanks and anything else a flat index cannot be.
bool asFlatKey(const QString &key, qint64 &out)
{
    if (key.isEmpty() || key.size() > 15)
        return false;
    for (QChar ch : key)
        if (!ch.isDigit() || ch.unicode() > 0x7f)
            return false;
    out = key.toLongLong();
    return true;
}

} // namespace

StatTable JsonStatReader::read(const QString &path, const Options &options)
{
    return readTableFile(path, options, &JsonStatReader::parse);
}

StatTable JsonStatReader::parse(const QByteArray &bytes, const QString &displayName,
                                const Options &options)
{
    StatTable table;
    if (!startTable(bytes, displayName, options, QStringLiteral("JSON-stat"), &table))
        return table;
    auto fail = [&](int line, int column, const QString &message) {
        table.problems.append({displayName, line, column, message});
        return table;
    };
    auto problem = [&](const QString &path, const QString &message) {
        table.problems.append({displayName, 0, 0, path + QStringLiteral(": ") + message});
    };

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Turn the byte offset into line:column so editors can jump there.
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(line, column, tr("not valid JSON: %1").arg(error.errorString()));
    }
    if (!document.isObject())
        return fail(0, 0, tr("not a JSON-stat dataset: the top level is not an object"));
    const QJsonObject root = document.object();

    if (root.contains(QLatin1String("error"))) {
        // Eurostat API: {"error": [{"status": 400, "id": 100, "label": "…"}]} (or one object).
        const QJsonValue e = root.value(QLatin1String("error"));
        const QJsonArray list = e.toArray();
        const QJsonObject first = e.isArray() ? (list.isEmpty() ? QJsonObject() : list.at(0).toObject())
                                              : e.toObject();
        const QString label = first.value(QLatin1String("label")).toString();
        return fail(0, 0, tr("error: the server returned an error instead of data: %1")
                              .arg(label.isEmpty() ? ValueValidator::quote(QString::fromUtf8(
                                                         QJsonDocument(root).toJson(QJsonDocument::Compact)))
                                                   : label));
    }
    if (const QString cls = root.value(QLatin1String("class")).toString();
        !cls.isEmpty() && cls != QLatin1String("dataset"))
        return fail(0, 0, tr("class: '%1' is not supported; expected a JSON-stat 2.0 'dataset'")
                              .arg(cls));

    const QJsonArray ids = root.value(QLatin1String("id")).toArray();
    const QJsonArray sizes = root.value(QLatin1String("size")).toArray();
    const QJsonObject dimensionObject = root.value(QLatin1String("dimension")).toObject();
    if (ids.isEmpty())
        return fail(0, 0, tr("id: missing or empty; not a JSON-stat 2.0 dataset"));
    if (sizes.size() != ids.size())
        return fail(0, 0, tr("size: %1 entries, but id names %2 dimensions")
                              .arg(sizes.size())
                              .arg(ids.size()));

    QList<Dimension> dims;
    qint64 cellCount = 1;
    for (qsizetype d = 0; d < ids.size(); ++d) {
        Dimension dim;
        dim.id = ids[d].toString();
        const QString where = QStringLiteral("dimension.") + dim.id;
        if (dim.id.isEmpty())
            return fail(0, 0, tr("id[%1]: not a dimension name").arg(d));
        if (!asIndex(sizes[d], dim.size))
            return fail(0, 0, tr("size[%1]: not a count").arg(d));
        if (dim.size > 0 && cellCount > kMaxCells / dim.size)
            return fail(0, 0, tr("size: the dataset is too large"));
        cellCount *= dim.size;
        const QJsonObject category =
            dimensionObject.value(dim.id).toObject().value(QLatin1String("category")).toObject();
        if (category.isEmpty())
            return fail(0, 0, tr("%1.category: missing").arg(where));
        const QJsonValue index = category.value(QLatin1String("index"));
        // Size the code list only once the categories confirm `size` (a corrupt size must
        // not allocate billions of strings).
        if (index.isArray()) {
            const QJsonArray list = index.toArray();
            if (list.size() != dim.size)
                return fail(0, 0, tr("%1.category.index: %2 categories, but size says %3")
                                      .arg(where)
                                      .arg(list.size())
                                      .arg(dim.size));
            dim.codes.resize(dim.size);
            for (qsizetype i = 0; i < list.size(); ++i)
                dim.codes[i] = list[i].toString();
        } else if (index.isObject()) {
            const QJsonObject map = index.toObject();
            if (map.size() != dim.size)
                return fail(0, 0, tr("%1.category.index: %2 categories, but size says %3")
                                      .arg(where)
                                      .arg(map.size())
                                      .arg(dim.size));
            dim.codes.resize(dim.size);
            for (auto it = map.begin(); it != map.end(); ++it) {
                qint64 position = -1;
                if (!asIndex(it.value(), position) || position >= dim.size)
                    return fail(0, 0, tr("%1.category.index[%2]: not a position below %3")
                                          .arg(where, quoted(it.key()))
                                          .arg(dim.size));
                if (!dim.codes[position].isEmpty())
                    return fail(0, 0, tr("%1.category.index[%2]: position %3 is taken by '%4'")
                                          .arg(where, quoted(it.key()))
                                          .arg(position)
                                          .arg(dim.codes[position]));
                dim.codes[position] = it.key();
            }
        } else {
            // JSON-stat allows omitting the index of a one-category dimension.
            const QJsonObject labels = category.value(QLatin1String("label")).toObject();
            if (dim.size != 1 || labels.size() != 1)
                return fail(0, 0, tr("%1.category.index: missing").arg(where));
            dim.codes = {labels.begin().key()};
        }
        dims.append(dim);
    }
    for (qsizetype d = dims.size() - 2; d >= 0; --d)
        dims[d].stride = dims[d + 1].stride * dims[d + 1].size;
    ValueValidator check(displayName, &table.problems, options.scale);
    {
        QStringList names;
        for (const Dimension &dim : std::as_const(dims))
            names.append(dim.id);
        if (!check.checkHeader(names, {0, 0, QStringLiteral("id")}))
            return table;
    }
    // The categories of a cell, for messages: "THS, C, AT11, 2015".
    const auto cellName = [&](qint64 flat) {
        QStringList codes;
        for (const Dimension &dim : std::as_const(dims)) {
            const qint64 position = (flat / dim.stride) % std::max<qint64>(dim.size, 1);
            codes.append(ValueValidator::quote(dim.codes.value(position)));
        }
        return codes.join(QStringLiteral(", "));
    };

    auto dimensionIndex = [&](const QString &id) {
        for (qsizetype d = 0; d < dims.size(); ++d)
            if (dims[d].id == id)
                return int(d);
        return -1;
    };
    QString timeId;
    const QJsonArray timeRole =
        root.value(QLatin1String("role")).toObject().value(QLatin1String("time")).toArray();
    if (!timeRole.isEmpty())
        timeId = timeRole.first().toString();
    else if (dimensionIndex(QStringLiteral("time")) >= 0)
        timeId = QStringLiteral("time");
    else
        timeId = QStringLiteral("TIME_PERIOD");
    const int timeDim = dimensionIndex(timeId);
    const int regionDim = dimensionIndex(options.regionDimension);
    const int industryDim = dimensionIndex(options.industryDimension);
    QStringList idList;
    for (const Dimension &dim : dims)
        idList.append(dim.id);
    if (timeDim < 0)
        return fail(0, 0, tr("id: no time dimension ('time' or role.time); it has: %1")
                              .arg(ValueValidator::quoteList(idList)));
    if (regionDim < 0 || industryDim < 0)
        return fail(0, 0, tr("id: the dataset needs the dimensions '%1' and '%2'; it has: %3")
                              .arg(options.regionDimension, options.industryDimension,
                                   ValueValidator::quoteList(idList)));

    // Pin every other dimension: by filter, or because it has only one category; the SBS
    // indicator dimension at persons employed, its wages read beside (SbsIndicators).
    qint64 base = 0;
    std::optional<qint64> wageOffset; // from a cell's flat index to its wage's (may be < 0)
    for (auto it = options.filters.begin(); it != options.filters.end(); ++it)
        if (dimensionIndex(it.key()) < 0)
            return fail(0, 0, tr("filter on unknown dimension '%1'").arg(it.key()));
    QStringList idNames;
    for (const Dimension &dim : std::as_const(dims))
        idNames.append(dim.id);
    const int indicatorDim = SbsIndicators::dimension(idNames, options.filters);
    for (int d = 0; d < dims.size(); ++d) {
        if (d == timeDim || d == regionDim || d == industryDim)
            continue;
        const Dimension &dim = dims[d];
        qsizetype position = 0;
        qsizetype employment = -1, wages = -1;
        if (d == indicatorDim && dim.size > 1)
            for (qsizetype k = 0; k < dim.codes.size(); ++k) {
                const SbsIndicators::Role role = SbsIndicators::roleOf(dim.codes[k]);
                if (role == SbsIndicators::Role::Employment && employment < 0)
                    employment = k;
                else if (role == SbsIndicators::Role::Wages && wages < 0)
                    wages = k;
            }
        if (employment >= 0) {
            position = employment;
            if (wages >= 0) {
                wageOffset = (wages - employment) * dim.stride;
                table.wageMeasure = SbsIndicators::wageMeasure(dim.codes[wages]);
            }
            for (qsizetype k = 0; k < dim.codes.size(); ++k)
                if (k != employment && k != wages)
                    problem(QStringLiteral("dimension.%1").arg(dim.id),
                            tr("indicator %1 is neither persons employed nor wages and salaries; not read")
                                .arg(ValueValidator::quote(dim.codes[k])));
        } else if (auto f = options.filters.constFind(dim.id); f != options.filters.constEnd()) {
            position = dim.codes.indexOf(*f);
            if (position < 0)
                return fail(0, 0, tr("dimension.%1: no category '%2' to filter on; it has: %3")
                                      .arg(dim.id, *f, ValueValidator::quoteList(dim.codes)));
        } else if (dim.size > 1) {
            return fail(0, 0, tr("dimension '%1' has several values (%2); choose one")
                                  .arg(dim.id, ValueValidator::quoteList(dim.codes)));
        }
        base += position * dim.stride;
    }

    // Every (region, industry, year) cell becomes a record, even without a value: a few
    // thousand categories per dimension in a small sparse file would mean billions.
    if (double(dims[regionDim].size) * double(dims[industryDim].size) * double(dims[timeDim].size) >
        5.0e7)
        return fail(0, 0, tr("size: %1 × %2 × %3 region, industry and year cells are too many")
                              .arg(dims[regionDim].size)
                              .arg(dims[industryDim].size)
                              .arg(dims[timeDim].size));

    // The entries of a sparse object {"flat index": …} (of `name`) handed to take(flat,
    // value, path), keys that are no cell index of the dataset reported.
    auto forEachCell = [&](const QJsonObject &object, const QString &name, const auto &take) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = name + QLatin1Char('[') + quoted(it.key()) + QLatin1Char(']');
            qint64 flat = -1;
            if (!asFlatKey(it.key(), flat))
                problem(path, tr("not a cell index"));
            else if (flat >= cellCount)
                problem(path, tr("index out of range (the dataset has %1 cells)").arg(cellCount));
            else
                take(flat, it.value(), path);
        }
    };

    // Values: a dense array (null = missing) or a sparse object {"flat index": number}.
    QHash<qint64, double> values;
    const QJsonValue valueField = root.value(QLatin1String("value"));
    auto takeValue = [&](qint64 flat, const QJsonValue &v, const QString &path) {
        if (v.isNull())
            return;
        if (!v.isDouble()) {
            if (v.isString() &&
                check.rejectComma(v.toString(), {0, 0, path}, [&] { return cellName(flat); }))
                return;
            problem(path, tr("not a number"));
            return;
        }
        const double value = v.toDouble();
        const QString raw = QString::number(value, 'g', QLocale::FloatingPointShortest);
        values.insert(flat, check.accept(value, raw, {0, 0, path}, [&] { return cellName(flat); }));
    };
    if (valueField.isArray()) {
        const QJsonArray array = valueField.toArray();
        if (array.size() != cellCount)
            return fail(0, 0, tr("value: %1 cells, but size says %2")
                                  .arg(array.size())
                                  .arg(cellCount));
        for (qsizetype i = 0; i < array.size(); ++i)
            takeValue(i, array[i], QStringLiteral("value[%1]").arg(i));
    } else if (valueField.isObject()) {
        forEachCell(valueField.toObject(), QStringLiteral("value"), takeValue);
    } else {
        return fail(0, 0, tr("value: missing; expected an array or an object"));
    }

    // Status: one string for all cells, an array, or a sparse object, as for values.
    QHash<qint64, Flags> status;
    Flags statusForAll = kFlagNone;
    auto takeStatus = [&](qint64 flat, const QJsonValue &v, const QString &path) {
        if (v.isNull())
            return;
        QString letters = v.toString();
        if (!v.isString()) {
            problem(path, tr("not a flag string"));
            return;
        }
        Flags flags = kFlagNone;
        if (letters.contains(QLatin1Char(':'))) {
            letters.remove(QLatin1Char(':'));
            flags |= kFlagMissing;
        }
        letters.remove(QLatin1Char(' '));
        Flags parsed = kFlagNone;
        if (!parseFlags(letters.toStdString(), parsed)) {
            problem(path, tr("'%1' is not a Eurostat flag; ignored").arg(v.toString()));
            return;
        }
        if (flat < 0)
            statusForAll = flags | parsed;
        else
            status.insert(flat, flags | parsed);
    };
    const QJsonValue statusField = root.value(QLatin1String("status"));
    if (statusField.isString()) {
        takeStatus(-1, statusField, QStringLiteral("status"));
    } else if (statusField.isArray()) {
        const QJsonArray array = statusField.toArray();
        if (array.size() != cellCount)
            problem(QStringLiteral("status"),
                    tr("%1 entries, but size says %2; ignored").arg(array.size()).arg(cellCount));
        else
            for (qsizetype i = 0; i < array.size(); ++i)
                takeStatus(i, array[i], QStringLiteral("status[%1]").arg(i));
    } else if (statusField.isObject()) {
        forEachCell(statusField.toObject(), QStringLiteral("status"), takeStatus);
    } else if (!statusField.isUndefined() && !statusField.isNull()) {
        problem(QStringLiteral("status"), tr("expected a string, an array or an object; ignored"));
    }

    const Dimension &time = dims[timeDim];
    QList<int> years(time.size, 0);
    for (qsizetype t = 0; t < time.size; ++t) {
        bool ok = time.codes[t].size() == 4;
        years[t] = ok ? time.codes[t].toInt(&ok) : 0;
        if (!ok) {
            years[t] = 0;
            problem(QStringLiteral("dimension.%1.category.index[%2]")
                        .arg(time.id, quoted(ValueValidator::quote(time.codes[t]))),
                    tr("not a year; only annual data is read; skipped"));
        } else if (!check.checkYear(years[t], {0, 0, QStringLiteral("dimension.%1.category.index[%2]")
                                                          .arg(time.id, quoted(time.codes[t]))})) {
            years[t] = 0;
        }
    }
    const Dimension &regions = dims[regionDim];
    const Dimension &industries = dims[industryDim];
    for (qsizetype r = 0; r < regions.size; ++r) {
        for (qsizetype i = 0; i < industries.size; ++i) {
            for (qsizetype t = 0; t < time.size; ++t) {
                if (years[t] == 0)
                    continue;
                const qint64 flat = base + r * regions.stride + i * industries.stride + t * time.stride;
                Flags flags = status.value(flat, statusForAll);
                double value = kNaN;
                if (auto v = values.constFind(flat); v != values.constEnd())
                    value = *v;
                if (std::isnan(value))
                    flags |= kFlagMissing;
                table.records.append({regions.codes[r], industries.codes[i], years[t], value, flags});
                if (wageOffset)
                    if (auto w = values.constFind(flat + *wageOffset); w != values.constEnd())
                        table.records.last().wages = *w / options.scale; // the scale is of persons
            }
        }
    }
    check.finish(&table, tr("no data cells matched"));
    return table;
}

} // namespace cs
