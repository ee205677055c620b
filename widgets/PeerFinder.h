// SPDX-License-Identifier: MIT
#pragma once

#include "indicators/Engine.h"
#include "indicators/Similarity.h"

#include <Eigen/Core>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <map>
#include <utility>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace cs {

class ClusterData;

// Ranks the other regions of a level and year (the region's own level, or another level
// of the data: partners among NUTS 1 regions or countries for a NUTS 2 region) as partners
// of one region, over the cluster categories (not NACE sections and divisions); the
// engine computes every score (Engine::similarPartners, complementaryPartners):
// - Similar: cosine or Pearson correlation of the regions' LQ profiles
//   (indicators/Similarity). With a category, only regions with LQ ≥ 1 in it qualify.
// - Complementary: Σ over categories c where the region is weak (LQ_r,c < 1) and the
//   partner strong (LQ_o,c ≥ 1) of min(LQ_o,c, 3) × ω_r,c, where ω_r,c is the region's
//   relatedness density in c (indicators/Relatedness, in [0, 1]): partners strong in
//   what the region lacks but could build on. With a category, that one term. The cap
//   keeps one tiny, extreme specialisation from dominating. Shown in 0–1: divided by its
//   largest possible value, 3 × Σ ω_r,c over the categories where the region is weak.
// `data` is not owned and must outlive the widget.
class PeerFinder : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Cosine, Correlation, Complementary };
    enum class Scope { Profile, Category };
    enum class Countries { All, Others, Own }; // partners in any, other or the same country
    enum Column { RankColumn, CodeColumn, NameColumn, ScoreColumn, ReasonsColumn, ColumnCount };
    // The complementarity score's cap on a partner's LQ, as in the engine (similarity::complementarity).
    static constexpr double kLqCap = similarity::kComplementarityLqCap;

    struct Peer
    {
        QString code;
        QString name;
        double score = 0.0; // 0–1: cosine similarity, or the complementary share (below)
        QString reasons;    // the clusters behind the score, strongest first
        QString why;        // the same with their numbers, for the tooltip
    };

    explicit PeerFinder(const ClusterData *data, QWidget *parent = nullptr);
    QSize sizeHint() const override;

    void setData(const ClusterData *data);
    void setRegion(const QString &code, int level, int year);
    // The category for Scope::Category; with none, the whole profile is used.
    void setCategory(const QString &category);
    void setScope(Scope scope);
    void setMode(Mode mode);
    // At most `count` partners; ≤ 0 lists all.
    void setCount(int count);
    void setRegionNames(const QHash<QString, QString> &names);
    // Partners in any country, in other countries than the region's, or in its own.
    void setCountries(Countries countries);
    // Only partners whose centre lies within `km` of the region's (0: any distance);
    // centres in EPSG:3035 metres (equal-area, so distances hold across Europe).
    void setMaxDistance(int km);
    void setRegionCentres(const QHash<QString, QPointF> &centres);
    // The NUTS level the partners are sought among (0 = countries); -1 (default): the
    // region's own level. At another level the region's own LQ and relatedness come from
    // its level's engine (Engine::profile), and regions that contain it or lie in it are
    // left out. The picker offers the levels of the data.
    void setPartnerLevel(int level);
    // The level the partners shown are of.
    int partnerLevel() const { return m_partnerLevel >= 0 ? m_partnerLevel : m_level; }

    QString region() const { return m_region; }
    QString category() const { return m_category; }
    Scope scope() const { return m_scope; }
    Mode mode() const { return m_mode; }
    const QList<Peer> &peers() const { return m_peers; }
    QStringList peerCodes() const;

    // Writes the partners shown as `clusterscope export --peers` does (ScoreExport::
    // writePartners: rank,nuts_id,name,cosine,correlation,complementarity); false with
    // a message naming the path on failure.
    bool exportCsv(const QString &path, QString *error) const;

    QAbstractItemModel *model() const;
    QTableView *tableView() const { return m_table; }

signals:
    void peersChanged(const QStringList &codes);
    void regionActivated(const QString &code); // double-click on a partner

private:
    void recompute();
    void fillTable();
    void exportInteractively();
    void readControls();
    void syncControls();

    const ClusterData *m_data = nullptr;
    QString m_region;
    int m_level = 2;
    int m_year = 0;
    QString m_category;
    Mode m_mode = Mode::Cosine;
    Scope m_scope = Scope::Profile;
    int m_count = 20;
    QHash<QString, QString> m_names;
    QHash<QString, QPointF> m_centres;
    Countries m_countries = Countries::All;
    int m_maxDistanceKm = 0;
    int m_partnerLevel = -1; // -1: the region's level
    QList<Peer> m_peers;
    std::vector<Engine::Partner> m_partners; // the rows of m_peers, as the engine ranked them

    QComboBox *m_modeBox = nullptr;
    QComboBox *m_scopeBox = nullptr;
    QSpinBox *m_countBox = nullptr;
    QComboBox *m_countriesBox = nullptr;
    QComboBox *m_levelBox = nullptr;
    QSpinBox *m_distanceBox = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_note = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cs
