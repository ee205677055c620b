// SPDX-License-Identifier: MIT
#include "widgets/PeerFinder.h"

#include "maps/ScoreExport.h"

#include "indicators/Similarity.h"
#include "maps/ClusterData.h"
#include "maps/NumberFormat.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineF>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cs {

namespace {

struct Candidate
{
    int row = -1;
    double score = 0.0;
    QString reasons;
    QString why;
};

} // namespace

PeerFinder::PeerFinder(const ClusterData *data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Similar profile (cosine)"), int(Mode::Cosine));
    m_modeBox->addItem(tr("Similar profile (correlation)"), int(Mode::Correlation));
    m_modeBox->addItem(tr("Complementary (strong where related but weak here)"),
                       int(Mode::Complementary));
    m_scopeBox = new QComboBox(this);
    m_countBox = new QSpinBox(this);
    m_countBox->setRange(1, 500);
    m_countBox->setValue(m_count);
    m_countBox->setToolTip(tr("Number of partners"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_countriesBox = new QComboBox(this);
    m_countriesBox->addItem(tr("All countries"), int(Countries::All));
    m_countriesBox->addItem(tr("Other countries"), int(Countries::Others));
    m_countriesBox->addItem(tr("Same country"), int(Countries::Own));
    m_countriesBox->setToolTip(tr("Where partners may be"));
    m_distanceBox = new QSpinBox(this);
    m_distanceBox->setRange(0, 5000);
    m_distanceBox->setSingleStep(100);
    m_distanceBox->setSuffix(tr(" km"));
    m_distanceBox->setSpecialValueText(tr("Any distance"));
    m_distanceBox->setToolTip(tr("Only partners within this distance (between region centres)"));
    m_levelBox = new QComboBox(this);
    m_levelBox->setObjectName(QStringLiteral("partnerLevel"));
    m_levelBox->setToolTip(tr("The regions partners are sought among: the selected region's "
                              "level or another level of the data"));
    auto *levelLabel = new QLabel(tr("Partners at:"), this);
    levelLabel->setBuddy(m_levelBox);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // the whole list in the tooltip
    // The panel asks for a map's worth less room: long names and reasons elide.
    for (QComboBox *box : {m_modeBox, m_scopeBox, m_countriesBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_peers.size())
            emit regionActivated(m_peers[index.row()].code);
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_modeBox, 1);
    controls->addWidget(m_scopeBox, 1);
    controls->addWidget(m_countBox);
    controls->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    filters->addWidget(levelLabel);
    filters->addWidget(m_levelBox);
    filters->addWidget(m_countriesBox, 1);
    filters->addWidget(m_distanceBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    for (QComboBox *box : {m_modeBox, m_scopeBox, m_countriesBox, m_levelBox})
        connect(box, &QComboBox::activated, this, &PeerFinder::readControls);
    for (QSpinBox *box : {m_countBox, m_distanceBox})
        connect(box, &QSpinBox::valueChanged, this, &PeerFinder::readControls);
    connect(m_export, &QPushButton::clicked, this, &PeerFinder::exportInteractively);
    syncControls();
    recompute();
}

QSize PeerFinder::sizeHint() const
{
    return QSize(520, 480);
}

void PeerFinder::setData(const ClusterData *data)
{
    m_data = data;
    syncControls();
    recompute();
}

void PeerFinder::setRegion(const QString &code, int level, int year)
{
    m_region = code;
    m_level = level;
    m_year = year;
    syncControls();
    recompute();
}

void PeerFinder::setPartnerLevel(int level)
{
    m_partnerLevel = level < 0 ? -1 : level;
    syncControls();
    recompute();
}

void PeerFinder::setCategory(const QString &category)
{
    m_category = category;
    syncControls();
    recompute();
}

void PeerFinder::setScope(Scope scope)
{
    m_scope = scope;
    syncControls();
    recompute();
}

void PeerFinder::setMode(Mode mode)
{
    m_mode = mode;
    syncControls();
    recompute();
}

void PeerFinder::setCount(int count)
{
    m_count = count;
    syncControls();
    recompute();
}

void PeerFinder::setRegionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    for (Peer &p : m_peers)
        p.name = m_names.value(p.code);
    fillTable();
}

void PeerFinder::setCountries(Countries countries)
{
    m_countries = countries;
    syncControls();
    recompute();
}

void PeerFinder::setMaxDistance(int km)
{
    m_maxDistanceKm = std::max(0, km);
    syncControls();
    recompute();
}

void PeerFinder::setRegionCentres(const QHash<QString, QPointF> &centres)
{
    m_centres = centres;
    if (m_maxDistanceKm > 0)
        recompute();
}

QStringList PeerFinder::peerCodes() const
{
    QStringList codes;
    for (const Peer &p : m_peers)
        codes.append(p.code);
    return codes;
}

QAbstractItemModel *PeerFinder::model() const
{
    return m_model;
}

void PeerFinder::syncControls()
{
    const QSignalBlocker b1(m_modeBox), b2(m_scopeBox), b3(m_countBox), b4(m_countriesBox), b5(m_distanceBox),
        b6(m_levelBox);
    // The levels of the data; the region's own first named as the default.
    m_levelBox->clear();
    QList<int> levels = m_data ? m_data->levels() : QList<int>();
    if (!levels.contains(partnerLevel()))
        levels.append(partnerLevel());
    std::sort(levels.begin(), levels.end());
    for (int level : levels)
        m_levelBox->addItem(level == 0 ? tr("Countries") : tr("NUTS %1").arg(level), level);
    m_levelBox->setCurrentIndex(m_levelBox->findData(partnerLevel()));
    m_countriesBox->setCurrentIndex(m_countriesBox->findData(int(m_countries)));
    m_distanceBox->setValue(m_maxDistanceKm);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_mode)));
    m_scopeBox->clear();
    m_scopeBox->addItem(tr("Whole profile"), int(Scope::Profile));
    if (!m_category.isEmpty()) {
        const QString label = m_data ? m_data->categoryLabel(m_category) : m_category;
        m_scopeBox->addItem(tr("Only %1").arg(label), int(Scope::Category));
    }
    const Scope effective = m_category.isEmpty() ? Scope::Profile : m_scope;
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(effective)));
    if (m_count > 0)
        m_countBox->setValue(std::min(m_count, m_countBox->maximum()));
}

void PeerFinder::readControls()
{
    m_mode = Mode(m_modeBox->currentData().toInt());
    m_scope = Scope(m_scopeBox->currentData().toInt());
    m_count = m_countBox->value();
    m_countries = Countries(m_countriesBox->currentData().toInt());
    m_maxDistanceKm = m_distanceBox->value();
    const int level = m_levelBox->currentData().toInt();
    m_partnerLevel = level == m_level ? -1 : level;
    recompute();
}

void PeerFinder::recompute()
{
    m_peers.clear();
    m_partners.clear();
    const int level = partnerLevel();
    const bool across = level != m_level;
    // The region's own numbers come from its level, the partners' from theirs.
    const LevelAnalysis *own = m_data ? m_data->analysis(m_level, m_year) : nullptr;
    const LevelAnalysis *a = m_data ? m_data->analysis(level, m_year) : nullptr;
    const int self = own ? own->rowOf(m_region) : -1;
    const bool byCategory = m_scope == Scope::Category && !m_category.isEmpty();
    const QString levelName = level == 0 ? tr("countries") : tr("NUTS %1 regions").arg(level);
    QString note;

    if (!own || self < 0) {
        note = m_region.isEmpty() ? tr("No region selected.")
                                  : tr("%1 has no data at NUTS level %2 in %3.")
                                        .arg(m_region)
                                        .arg(m_level)
                                        .arg(m_year);
    } else if (!a) {
        note = tr("The data has no %1 in %2.").arg(levelName).arg(m_year);
    } else {
        const QStringList categories = m_data->categories();
        // The engine's partner columns: the clusters (the NACE structure without any).
        const Engine::Relatedness &related = a->relatedness();
        const std::vector<int> &clusters = related.columns;
        const Eigen::MatrixXd &lq = related.lq; // the partners' LQ
        // The region's LQ and relatedness density, from its own level's engine.
        const Engine::Profile profile = own->engine.profile(own->yearIndex, self);
        int focus = -1; // index into `clusters` of m_category
        for (std::size_t j = 0; j < clusters.size(); ++j)
            if (categories[clusters[j]] == m_category)
                focus = int(j);
        const int k = int(clusters.size());
        const auto label = [&](int j) {
            return m_data->categoryLabel(categories[clusters[std::size_t(j)]]);
        };
        const auto lqText = [](double v) { return numbers::ratio(v); };

        // Where partners may be: the country filter and the distance between centres; at
        // another level not the regions that contain the region or lie in it.
        const QString country = m_region.left(2);
        const QPointF centre = m_centres.value(m_region, QPointF(qQNaN(), qQNaN()));
        const auto allowed = [&](int row) {
            const QString code = a->regions[row];
            if (across && (code.startsWith(m_region) || m_region.startsWith(code)))
                return false;
            if ((m_countries == Countries::Others && code.startsWith(country)) ||
                (m_countries == Countries::Own && !code.startsWith(country)))
                return false;
            if (m_maxDistanceKm > 0) {
                const auto it = m_centres.constFind(code);
                if (it == m_centres.constEnd() || std::isnan(centre.x()) ||
                    QLineF(centre, *it).length() > m_maxDistanceKm * 1000.0)
                    return false;
            }
            return true;
        };
        std::vector<Candidate> candidates;
        if (byCategory && focus < 0) {
            note = tr("%1 is not a cluster category; pick a cluster or use the whole profile.")
                       .arg(m_category);
        } else if (m_mode != Mode::Complementary) {
            const auto method = m_mode == Mode::Cosine ? Engine::Similarity::Cosine
                                                       : Engine::Similarity::Correlation;
            const int only = byCategory ? focus : -1;
            const std::vector<Engine::Partner> found =
                across ? a->engine.similarPartners(a->yearIndex, profile, method, 0, only)
                       : a->engine.similarPartners(a->yearIndex, self, method, 0, only);
            for (const Engine::Partner &p : found) {
                if (!allowed(p.region))
                    continue;
                // The clusters where both are specialised, strongest first, explain the score.
                QStringList parts;
                for (std::size_t i = 0; i < p.reasons.size() && i < 3; ++i)
                    parts.append(label(p.reasons[i].column));
                m_partners.push_back(p);
                const QString reasons = parts.isEmpty() ? tr("No cluster where both have LQ ≥ 1")
                                                        : parts.join(QStringLiteral("; "));
                candidates.push_back({p.region, p.score, reasons,
                                      parts.isEmpty() ? reasons : tr("Both specialised in: %1").arg(reasons)});
            }
            note = m_mode == Mode::Cosine
                       ? tr("Score 0–1: how alike the two mixes of cluster specialisations are "
                            "(cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.",
                            nullptr, k)
                       : tr("Score −1 to 1: correlation of the LQ profiles over %n cluster(s); "
                            "1 = the same mix, 0 = unrelated.",
                            nullptr, k);
            if (byCategory)
                note += QLatin1Char(' ') +
                        tr("Only regions with LQ ≥ 1 in %1.").arg(label(focus));
        } else {
            // Weak here (LQ < 1), strong there, related: the engine's terms, largest first.
            const int only = byCategory ? focus : -1;
            const std::vector<Engine::Partner> found =
                across ? a->engine.complementaryPartners(a->yearIndex, profile, only)
                       : a->engine.complementaryPartners(a->yearIndex, self, only);
            for (const Engine::Partner &p : found) {
                if (!allowed(p.region))
                    continue;
                QStringList names, parts;
                for (std::size_t i = 0; i < p.reasons.size() && i < 3; ++i) {
                    const int j = p.reasons[i].column;
                    names.append(label(j));
                    parts.append(tr("%1 (LQ %2 × ω %3)")
                                     .arg(label(j), lqText(std::min(lq(p.region, j), kLqCap)),
                                          numbers::score(profile.density(j))));
                }
                m_partners.push_back(p);
                candidates.push_back({p.region, p.share, names.join(QStringLiteral("; ")),
                                      parts.join(QStringLiteral(" + "))});
            }
            note = byCategory
                       ? tr("Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), "
                            "weighted by how related %3 is to it.")
                             .arg(label(focus), lqText(kLqCap), m_region)
                       : tr("Score 0–1: the share of what %1 could gain that the partner has — its "
                            "strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; "
                            "1 = strong in all of them.")
                             .arg(m_region, lqText(kLqCap));
            if (byCategory && profile.lq(focus) >= 1.0)
                note += QLatin1Char(' ') + tr("%1 is already specialised in it (LQ %2).")
                                               .arg(m_region, lqText(profile.lq(focus)));
        }
        if (across)
            note += QLatin1Char(' ') + tr("Partners among the %1 (%2's own numbers from NUTS %3); "
                                          "regions that contain %2 or lie in it are left out.")
                                           .arg(levelName, m_region)
                                           .arg(m_level);
        if (m_countries != Countries::All || m_maxDistanceKm > 0)
            note += QLatin1Char(' ') + tr("Filtered: %1%2.")
                                           .arg(m_countries == Countries::Others ? tr("other countries than %1").arg(country)
                                                : m_countries == Countries::Own  ? tr("%1 only").arg(country)
                                                                                 : tr("all countries"),
                                                m_maxDistanceKm > 0 ? tr(", within %1 km").arg(numbers::count(m_maxDistanceKm))
                                                                    : QString());
        if (m_count > 0 && int(candidates.size()) > m_count) {
            candidates.resize(std::size_t(m_count));
            m_partners.resize(std::size_t(m_count));
        }
        for (const Candidate &c : candidates) {
            const QString code = a->regions[c.row];
            m_peers.append({code, m_names.value(code), c.score, c.reasons, c.why});
        }
        if (m_peers.isEmpty())
            note += QLatin1Char(' ') + tr("No partner found.");
    }
    m_note->setText(note);
    m_export->setEnabled(!m_peers.isEmpty());
    fillTable();
    emit peersChanged(peerCodes());
}

void PeerFinder::fillTable()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Rank"), tr("Code"), tr("Name"), tr("Score"),
                                        m_mode == Mode::Complementary ? tr("Strengths it brings")
                                                                      : tr("Shared strengths")});
    for (int i = 0; i < m_peers.size(); ++i) {
        const Peer &p = m_peers[i];
        auto *rank = new QStandardItem(numbers::count(i + 1));
        rank->setData(i + 1, Qt::UserRole);
        auto *code = new QStandardItem(p.code);
        auto *name = new QStandardItem(p.name);
        auto *score = new QStandardItem(numbers::score(p.score));
        score->setData(p.score, Qt::UserRole);
        auto *reasons = new QStandardItem(p.reasons);
        for (QStandardItem *item : {rank, score})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *item : {rank, code, name, score, reasons})
            item->setToolTip(p.why);
        m_model->appendRow({rank, code, name, score, reasons});
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonsColumn, QHeaderView::Stretch);
    // Long names elide (whole in the tooltip) so the reasons keep their room.
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->resizeColumnToContents(NameColumn);
    header->resizeSection(NameColumn, std::min(header->sectionSize(NameColumn), 160));
}

bool PeerFinder::exportCsv(const QString &path, QString *error) const
{
    // The same table as `clusterscope export --peers`.
    // The partners' level: their rows index its regions.
    const LevelAnalysis *a = m_data ? m_data->analysis(partnerLevel(), m_year) : nullptr;
    if (!a) {
        if (error)
            *error = tr("Cannot write %1: no partners").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString message;
    const bool ok = ScoreExport::writePartners(*a, m_partners, m_names, path, &message);
    if (!ok && error)
        *error = message;
    return ok;
}

void PeerFinder::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export partners"),
        QDir::home().filePath(QStringLiteral("partners-%1.csv").arg(m_region)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export partners"), error);
}

} // namespace cs
