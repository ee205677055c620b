// SPDX-License-Identifier: MIT
#pragma once

#include "maps/InputProblem.h"
#include "maps/TableReader.h"

#include <QObject>

#include <optional>

class QMenu;

namespace cs {

class ClusterData;
class EurostatClient;
class MainWindow;

// The window's ways to bring in data: File ▸ Embedded data, Data packs, Import statistics,
// Download from Eurostat (kept as a data pack), Load category mapping and Open boundaries. Each shows what it read and
// the problems found in a report dialog.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    explicit ImportActions(MainWindow *window);
    void addTo(QMenu *file);

    // Reads a table (Imports::table; columns empty: by content), shows "n values read" and
    // the problems and switches the map to it; false when nothing was usable.
    bool importStatistics(const QString &path, const TableReader::Options &options,
                          std::optional<int> nutsVersion);
    // Loads a user NACE → cluster mapping and reports the NACE codes of the data it leaves
    // unmapped; false (with the problems shown) when the file is not usable.
    bool loadCategoryMapping(const QString &path);
    // Switches to one of ClusterData::embeddedKeys() (the user's mapping is kept).
    void useEmbeddedData(const QString &key);
    // Opens a data pack (its folder or pack.json; a built-in ":/packs/KEY.cspack" switches
    // to that embedded data): verified, read through Imports::table, remembered for
    // File ▸ Data packs. False (with the reason in a report) when it is refused.
    bool openPack(const QString &path);
    // File ▸ Data packs…: the list of packs; the chosen one is opened.
    void showDataPacks();
    // Pack folders opened before (QSettings "packs/opened"), newest first.
    static QStringList openedPacks();
    // The text of the last report (as in its dialog).
    QString lastReport() const { return m_lastReport; }

private:
    void importInteractively();
    void downloadFromEurostat();
    void openBoundariesInteractively();
    // The user's category mapping (if any) applied to newly loaded data.
    void keepCategoryMapping(ClusterData &data, QList<InputProblem> *problems) const;
    void showReport(const QString &title, const QString &summary, const QList<InputProblem> &problems);

    MainWindow *m_window;
    EurostatClient *m_eurostat = nullptr;
    QString m_lastReport;
};

} // namespace cs
