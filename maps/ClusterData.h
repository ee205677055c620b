// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/CategoryWeights.h"
#include "indicators/EmploymentCube.h"
#include "maps/EurostatTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

enum class Indicator { Employment, Share, Focus, LocationQuotient };

struct ScoreQuery
{
    int level = 2;
    QString category;
    Indicator indicator = Indicator::LocationQuotient;
    int year = 0;
};

// One value per region of the requested level present in the data; NaN = no data.
struct Scores
{
    QStringList regions;
    QList<double> values;
    double valueOf(const QString &region) const;
};

// Statistics ready for mapping: the employment cube (NACE divisions), the categories
// built from it (divisions, sections, US-definition traded clusters), their labels and
// the source note to print under every figure.
class ClusterData
{
    Q_DECLARE_TR_FUNCTIONS(cs::ClusterData)
public:
    // The extract shipped in resources/ (Eurostat sbs_r_nuts06_r2, 2015, NUTS 2013).
    static ClusterData embeddedDefault();
    // Keeps the NACE division rows of `table`; problems of the table are kept.
    static ClusterData fromTable(const StatTable &table, int nutsVersion, const QString &sourceNote);

    static QString indicatorKey(Indicator indicator);
    static bool parseIndicator(const QString &key, Indicator *indicator);
    static QString indicatorLabel(Indicator indicator);

    bool isValid() const { return m_cube.regionCount() > 0; }
    const QList<InputProblem> &problems() const { return m_problems; }
    int nutsVersion() const { return m_nutsVersion; }
    QString sourceNote() const { return m_sourceNote; }
    const EmploymentCube &cube() const { return m_cube; }

    QStringList categories() const;
    QString categoryLabel(const QString &code) const;
    QList<int> years() const;
    QList<int> levels() const; // NUTS levels that have regions in the data
    QString defaultCategory() const;

    Scores compute(const ScoreQuery &query) const;

private:
    void buildCategories();

    EmploymentCube m_cube;
    CategoryWeights m_weights;
    QHash<QString, QString> m_labels;
    QList<InputProblem> m_problems;
    QString m_sourceNote;
    int m_nutsVersion = 2013;
};

} // namespace cs
