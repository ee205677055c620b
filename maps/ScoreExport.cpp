// SPDX-License-Identifier: MIT
#include "maps/ScoreExport.h"

#include "maps/SaveFile.h"
#include "maps/XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace cs {

namespace {

// CSV text to standard output ("-") or into a file replaced all or nothing (SaveFile):
// a failure anywhere leaves the earlier file as it was. Written in pieces of 1 MiB.
class CsvSink
{
public:
    explicit CsvSink(const QString &path)
    {
        if (path == QLatin1String("-")) {
            if (!m_stdout.open(stdout, QIODevice::WriteOnly))
                m_error = ScoreExport::tr("cannot write to standard output: %1").arg(m_stdout.errorString());
        } else {
            m_file = std::make_unique<SaveFile>(path);
            m_file->open();
        }
    }
    void append(const QString &text)
    {
        m_buffer += text.toUtf8();
        if (m_buffer.size() >= (1 << 20))
            flushBuffer();
    }
    bool finish(QString *error)
    {
        flushBuffer();
        if (m_file) {
            if (!m_file->commit())
                m_error = m_file->errorString();
        } else if (m_error.isEmpty() && !m_stdout.flush()) {
            m_error = ScoreExport::tr("cannot write to standard output: %1").arg(m_stdout.errorString());
        }
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    void flushBuffer()
    {
        if (m_file)
            m_file->write(m_buffer); // the first failure is kept for commit()
        else if (m_error.isEmpty() && m_stdout.write(m_buffer) != m_buffer.size())
            m_error = ScoreExport::tr("cannot write to standard output: %1").arg(m_stdout.errorString());
        m_buffer.clear();
    }

    std::unique_ptr<SaveFile> m_file;
    QFile m_stdout;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace

ScoreExport::Format ScoreExport::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                              : Format::Csv;
}

QString ScoreExport::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ScoreExport::number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 12) : QString();
}

bool ScoreExport::writeScores(const ClusterData &data, const ScoreQuery &query,
                              const QHash<QString, QString> &names, Format format, const QString &path,
                              QString *error)
{
    const Scores scores = data.compute(query);
    QList<int> order(scores.regions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return scores.regions[a] < scores.regions[b]; });
    if (format == Format::Xlsx) {
        if (path == QLatin1String("-")) {
            *error = tr("a workbook needs a file name: -o FILE.xlsx");
            return false;
        }
        XlsxSheet sheet{QStringLiteral("scores"),
                        {QStringLiteral("nuts_id"), QStringLiteral("name")},
                        {QStringLiteral("value")},
                        {},
                        {}};
        for (int i : order) {
            sheet.texts.append({scores.regions[i], names.value(scores.regions[i])});
            sheet.numbers.append(QList<double>{scores.values[i]});
        }
        const XlsxSheet about{QStringLiteral("about"),
                              {QStringLiteral("item"), QStringLiteral("value")},
                              {},
                              {{QStringLiteral("category"), query.category},
                               {QStringLiteral("indicator"), ClusterData::indicatorLabel(query.indicator)},
                               {QStringLiteral("year"), QString::number(query.year)},
                               {QStringLiteral("level"), QStringLiteral("NUTS %1").arg(query.level)},
                               {QStringLiteral("reference"), data.referenceNote(query.level)},
                               {QStringLiteral("source"), data.sourceNote()}},
                              {}};
        return XlsxExport::write({sheet, about}, path, error);
    }
    CsvSink out(path);
    out.append(QStringLiteral("nuts_id,name,value\n"));
    for (int i : order)
        out.append(scores.regions[i] + QLatin1Char(',') + csvField(names.value(scores.regions[i])) +
                   QLatin1Char(',') + number(scores.values[i]) + QLatin1Char('\n'));
    return out.finish(error);
}

bool ScoreExport::writeAll(const ClusterData &data, int level, const QString &path, QString *error)
{
    CsvSink out(path);
    out.append(QStringLiteral("nuts_id,category,year,indicator,value\n"));
    const QStringList categories = data.categories();
    const QList<Indicator> indicators = {Indicator::Employment, Indicator::Share, Indicator::Focus,
                                         Indicator::LocationQuotient, Indicator::Stars, Indicator::Growth};
    const std::vector<int> clusters = data.clusterColumns();
    const std::vector<int> structure = data.structureColumns();
    const QList<int> years = data.years();
    const bool wages = data.hasWages();
    data.computeAll(level);
    QString text; // one region's rows at a time
    for (int year : years) {
        const LevelAnalysis *a = data.analysis(level, year);
        if (!a)
            continue;
        const Engine::Year &m = a->measures;
        const Engine::Structure &st = a->structure();
        const Eigen::MatrixXd &density = a->relatedness().density;
        const bool changed = st.change.size() > 0;
        const bool shifted = changed && year == years.last();
        const QString yearText = QString::number(year);
        auto row = [&](const QString &cell, const char *indicator, double value) {
            text += cell;
            text += QLatin1String(indicator);
            text += QLatin1Char(',');
            text += number(value);
            text += QLatin1Char('\n');
        };
        for (int r = 0; r < a->regions.size(); ++r) {
            text.clear();
            const QString prefix = a->regions[r] + QLatin1Char(',');
            for (int c = 0; c < categories.size(); ++c) {
                const QString cell = prefix + csvField(categories[c]) + QLatin1Char(',') + yearText + QLatin1Char(',');
                for (Indicator indicator : indicators) {
                    const double v = a->value(indicator, r, c);
                    if (indicator == Indicator::Growth && !std::isfinite(v))
                        continue; // no earlier year
                    text += cell + ClusterData::indicatorKey(indicator) + QLatin1Char(',') + number(v) +
                            QLatin1Char('\n');
                }
                row(cell, "loglq", st.logLq(r, c));
                row(cell, "symlq", st.symmetricLq(r, c));
                if (changed) {
                    row(cell, "growth_abs", st.change(r, c));
                    row(cell, "growth_pct", st.changePercent(r, c));
                }
                if (wages) {
                    row(cell, "wages", a->stars()->wages()(r, c));
                    const double relative = a->value(Indicator::RelativeWage, r, c);
                    row(cell, "relative_wage", relative);
                    row(cell, "productivity_star",
                        std::isnan(relative) ? relative
                                             : double(a->stars()->has(r, c, StarRating::kProductivity)));
                }
                if (shifted) {
                    row(cell, "reference_growth", st.shift.reference(r, c));
                    row(cell, "industry_mix", st.shift.industryMix(r, c));
                    row(cell, "competitive_effect", st.shift.competitive(r, c));
                }
            }
            for (int k = 0; k < int(clusters.size()); ++k)
                row(prefix + csvField(categories[clusters[k]]) + QLatin1Char(',') + yearText + QLatin1Char(','),
                    "density", density(r, k));
            const QString cell = prefix + QStringLiteral("*,") + yearText + QLatin1Char(',');
            if (!structure.empty()) {
                row(cell, "krugman", st.krugman(r));
                row(cell, "hhi", st.herfindahl(r));
                row(cell, "eci_eigen", st.eigenvector.eci(r));
                row(cell, "eci_reflections", st.reflections.eci(r));
            }
            if (std::isfinite(m.coverage(r)))
                row(cell, "coverage", m.coverage(r));
            out.append(text);
        }
        text.clear();
        for (int c = 0; c < categories.size(); ++c) {
            const QString cell = QLatin1Char(',') + csvField(categories[c]) + QLatin1Char(',') + yearText + QLatin1Char(',');
            row(cell, "hoover", st.hoover(c));
            row(cell, "gini", st.gini(c));
            row(cell, "hhi_category", st.herfindahlCategories(c));
        }
        for (int k = 0; k < int(structure.size()); ++k) {
            const QString cell =
                QLatin1Char(',') + csvField(categories[structure[k]]) + QLatin1Char(',') + yearText + QLatin1Char(',');
            row(cell, "pci_eigen", st.eigenvector.pci(k));
            row(cell, "pci_reflections", st.reflections.pci(k));
        }
        out.append(text);
    }
    return out.finish(error);
}

bool ScoreExport::writePartners(const LevelAnalysis &analysis, const std::vector<Engine::Partner> &partners,
                                const QHash<QString, QString> &names, const QString &path, QString *error)
{
    CsvSink out(path);
    out.append(QStringLiteral("rank,nuts_id,name,cosine,correlation,complementarity\n"));
    int rank = 0;
    for (const Engine::Partner &p : partners) {
        const QString &code = analysis.regions[p.region];
        out.append(QString::number(++rank) + QLatin1Char(',') + code + QLatin1Char(',') +
                   csvField(names.value(code)) + QLatin1Char(',') + number(p.cosine) + QLatin1Char(',') +
                   number(p.correlation) + QLatin1Char(',') + number(p.complementarity) + QLatin1Char('\n'));
    }
    return out.finish(error);
}

} // namespace cs
