// SPDX-License-Identifier: MIT
#include "app/ImportActions.h"

#include "app/Imports.h"
#include "app/MainWindow.h"
#include "maps/EurostatClient.h"
#include "maps/TableImport.h"
#include "widgets/ColumnMappingDialog.h"
#include "widgets/DataPackDialog.h"
#include "widgets/DownloadDialog.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cs {

namespace {

// The reader options as the data source of projects and recipes records them.
DataSource sourceOf(const QString &file, const EurostatTable::Options &read)
{
    DataSource source;
    source.file = file;
    QStringList filters;
    for (auto it = read.filters.begin(); it != read.filters.end(); ++it)
        filters.append(it.key() + QLatin1Char('=') + it.value());
    filters.sort();
    source.filter = filters.join(QLatin1Char(','));
    if (read.scale != 1.0)
        source.scale = read.scale;
    return source;
}

} // namespace

ImportActions::ImportActions(MainWindow *window) : QObject(window), m_window(window) {}

void ImportActions::addTo(QMenu *file)
{
    // The extracts built in: SBS 2015 by NACE division (clusters, stars) and LFS
    // 2008–2015 by NACE section (growth, the year slider).
    QMenu *embedded = file->addMenu(tr("&Embedded data"));
    for (const QString &key : ClusterData::embeddedKeys())
        embedded->addAction(ClusterData::embeddedTitle(key), this, [this, key] { useEmbeddedData(key); });
    file->addAction(tr("Data &packs…"), this, &ImportActions::showDataPacks);
    QAction *import = file->addAction(tr("&Import statistics…"), this, &ImportActions::importInteractively);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("&Download from Eurostat…"), this, &ImportActions::downloadFromEurostat);
    file->addAction(tr("Load category &mapping…"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Load category mapping"), settings.value(QStringLiteral("mapping/last")).toString(),
            tr("Category mapping (*.csv);;All files (*)"));
        if (!path.isEmpty() && loadCategoryMapping(path))
            settings.setValue(QStringLiteral("mapping/last"), path);
    });
    file->addAction(tr("Open &boundaries…"), this, &ImportActions::openBoundariesInteractively);
    QAction *builtin = file->addAction(tr("Built-in N&UTS boundaries"), this, [this] {
        QString error;
        m_window->useBoundaries(QString(), {}, &error);
    });
    connect(file, &QMenu::aboutToShow, builtin, [this, builtin] { builtin->setEnabled(!m_window->boundaries().isEmpty()); });
}

bool ImportActions::importStatistics(const QString &path, const TableReader::Options &options,
                                     std::optional<int> nutsVersion)
{
    Imports::Result imported;
    m_window->runLong(tr("Reading %1…").arg(QFileInfo(path).fileName()),
                      [&] { imported = Imports::table(path, options, nutsVersion); });
    if (imported.ok)
        keepCategoryMapping(imported.data, &imported.problems);
    const QString counts =
        tr("%n value(s) read from %1", nullptr, imported.values).arg(QFileInfo(path).fileName()) +
        (imported.problems.isEmpty()
             ? tr("; no problems.")
             : tr("; %n problem(s) listed below (rows skipped, values treated as missing, codes "
                  "without a region).",
                  nullptr, int(imported.problems.size())));
    if (!imported.ok) {
        showReport(tr("Import statistics"), tr("Nothing usable was loaded: %1").arg(counts), imported.problems);
        return false;
    }
    DataSource source = sourceOf(QFileInfo(path).absoluteFilePath(), options.eurostat);
    source.mapColumns = TableReader::formatColumnMapping(options.columns);
    source.nutsVersion = nutsVersion;
    m_window->setData(std::move(imported.data), source);
    showReport(tr("Import statistics"),
               tr("%1 The map shows NUTS %2 regions (boundaries of NUTS %3).")
                   .arg(counts)
                   .arg(m_window->view().level)
                   .arg(m_window->data().nutsVersion()),
               imported.problems);
    m_window->statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void ImportActions::importInteractively()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import statistics"), settings.value(QStringLiteral("import/last")).toString(),
        tr("Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;"
           "Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/last"), path);
    TableReader::Options options;
    std::optional<int> nutsVersion;
    const TableReader::Preview preview = TableReader::preview(path);
    if (preview.problem) {
        showReport(tr("Import statistics"), tr("The file cannot be read."), {*preview.problem});
        return;
    }
    if (preview.kind == TableReader::Kind::Generic) {
        ColumnMappingDialog dialog(path, preview, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options.columns = dialog.columns();
        options.eurostat.scale = dialog.scale();
        nutsVersion = dialog.nutsVersion();
    }
    importStatistics(path, options, nutsVersion);
}

void ImportActions::downloadFromEurostat()
{
    if (!m_eurostat) {
        m_eurostat = new EurostatClient(this);
        // For tests and mirrors: another server with the same API.
        if (const QString base = qEnvironmentVariable("CLUSTERSCOPE_EUROSTAT_URL"); !base.isEmpty())
            m_eurostat->setBaseUrl(QUrl(base));
    }
    DownloadDialog dialog(m_eurostat, m_window);
    dialog.setPackDirectory(DataPack::userDirectory());
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    // What was fetched is a dated data pack now; the map shows it from there.
    if (!dialog.packPath().isEmpty()) {
        openPack(dialog.packPath());
        return;
    }
    const EurostatClient::Result &result = *dialog.result();
    StatTable table = result.table;
    ClusterData data = TableImport::toClusterData(
        table, std::nullopt,
        tr("Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.")
            .arg(result.url.path().section(QLatin1Char('/'), -1)));
    if (!data.isValid()) {
        showReport(tr("Download from Eurostat"), tr("The download contains no usable data."), table.problems);
        return;
    }
    keepCategoryMapping(data, &table.problems);
    // The cached file and the reader options rebuild this data (project files, recipes).
    m_window->setData(std::move(data), sourceOf(result.cachedFile, dialog.request().readOptions));
    // Not kept as a pack (the folder could not be written): the reason leads the list.
    if (!dialog.packError().isEmpty())
        table.problems.prepend({dialog.packDirectory(), 0, 0, dialog.packError()});
    showReport(tr("Download from Eurostat"),
               tr("%n value(s) loaded from %1", nullptr, int(table.records.size())).arg(result.url.toDisplayString()) +
                   tr("; %n problem(s).", nullptr, int(table.problems.size())),
               table.problems);
}

void ImportActions::keepCategoryMapping(ClusterData &data, QList<InputProblem> *problems) const
{
    const QString mapping = m_window->data().categoryMappingFile();
    if (!mapping.isEmpty() && data.isValid())
        Imports::applyMapping(data, mapping, problems);
}

bool ImportActions::loadCategoryMapping(const QString &path)
{
    QList<InputProblem> problems;
    ClusterData data = m_window->data();
    if (!Imports::applyMapping(data, path, &problems)) {
        showReport(tr("Load category mapping"), tr("The mapping was not loaded."), problems);
        return false;
    }
    const QStringList unmapped = data.unmappedIndustries();
    m_window->setData(std::move(data), m_window->source());
    const QStringList categories = m_window->data().categories();
    const int clusters = int(std::count_if(categories.begin(), categories.end(),
                                           [this](const QString &c) { return m_window->data().isCluster(c); }));
    QString summary = tr("Loaded %1: %n cluster category(s).", nullptr, clusters).arg(QFileInfo(path).fileName());
    summary += QLatin1Char(' ') +
               (unmapped.isEmpty() ? tr("Every NACE code of the data is mapped.")
                                   : tr("%n NACE code(s) of the data are not mapped: %1", nullptr, int(unmapped.size()))
                                         .arg(unmapped.join(QStringLiteral(", "))));
    showReport(tr("Load category mapping"), summary, problems);
    return true;
}

void ImportActions::useEmbeddedData(const QString &key)
{
    ClusterData data = ClusterData::embedded(key);
    if (!data.isValid()) { // the built-in pack failed its checks: a broken build
        showReport(tr("Embedded data"), tr("The built-in data pack cannot be used."), data.problems());
        return;
    }
    QList<InputProblem> problems;
    keepCategoryMapping(data, &problems); // the user's mapping is kept, as for imports
    m_window->setData(std::move(data), DataSource::embedded(key));
    QString error;
    const std::optional<DataPack> pack = DataPack::read(DataPack::builtInPath(key), &error);
    m_window->statusBar()->showMessage(
        pack ? tr("%1 — retrieved %2").arg(ClusterData::embeddedTitle(key), pack->manifest().retrieved)
             : ClusterData::embeddedTitle(key),
        5000);
}

QStringList ImportActions::openedPacks()
{
    QStringList packs = QSettings().value(QStringLiteral("packs/opened")).toStringList();
    packs.erase(std::remove_if(packs.begin(), packs.end(), [](const QString &p) { return !DataPack::isPack(p); }),
                packs.end());
    return packs;
}

bool ImportActions::openPack(const QString &path)
{
    QString key;
    for (const QString &k : ClusterData::embeddedKeys())
        if (path == DataPack::builtInPath(k) || path == DataPack::builtInPath(k) + QStringLiteral("/pack.json"))
            key = k;
    if (!key.isEmpty()) {
        useEmbeddedData(key);
        return true;
    }
    Imports::Result imported;
    m_window->runLong(tr("Reading %1…").arg(QFileInfo(path).fileName()),
                      [&] { imported = Imports::table(path, {}, std::nullopt); });
    if (!imported.pack || !imported.ok) {
        showReport(tr("Open data pack"),
                   imported.pack ? tr("Nothing usable was loaded from the pack's values.")
                                 : tr("The data pack was refused."),
                   imported.problems);
        return false;
    }
    keepCategoryMapping(imported.data, &imported.problems);
    const QString folder = QFileInfo(imported.pack->folder()).absoluteFilePath();
    DataSource source;
    source.file = folder; // --data accepts the pack folder: projects and recipes reopen it
    m_window->setData(std::move(imported.data), source);
    QSettings settings;
    QStringList opened = settings.value(QStringLiteral("packs/opened")).toStringList();
    opened.removeAll(folder);
    opened.prepend(folder);
    settings.setValue(QStringLiteral("packs/opened"), opened.mid(0, 20));
    const DataPack::Manifest &manifest = imported.pack->manifest();
    m_lastReport = tr("Opened data pack %1 — retrieved %2: %Ln value(s).", nullptr, imported.values)
                       .arg(manifest.title, manifest.retrieved);
    m_window->statusBar()->showMessage(m_lastReport, 10000);
    return true;
}

void ImportActions::showDataPacks()
{
    const QString current = m_window->source().isFile()
                                ? m_window->source().file
                                : DataPack::builtInPath(m_window->source().dataset.isEmpty()
                                                            ? QStringLiteral("sbs")
                                                            : m_window->source().dataset);
    DataPackDialog dialog(openedPacks(), current, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        openPack(dialog.chosenPath());
}

void ImportActions::openBoundariesInteractively()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open boundaries"), settings.value(QStringLiteral("boundaries/last")).toString(),
        tr("Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QList<NutsLayer::SourceLayer> layers = NutsLayer::describe(path, &error);
    if (layers.isEmpty()) {
        QMessageBox::warning(m_window, tr("Open boundaries"), error);
        return;
    }
    NutsLayer::LoadOptions options;
    int chosen = 0;
    if (layers.size() > 1) {
        QStringList names;
        for (const NutsLayer::SourceLayer &layer : layers)
            names.append(layer.name);
        bool ok = false;
        const QString name =
            QInputDialog::getItem(m_window, tr("Open boundaries"), tr("Layer:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(names.indexOf(name));
        options.layer = name;
    }
    // The key column is found by its content; when that fails, the user names it.
    NutsLayer probe;
    if (!probe.load(path, options, &error)) {
        bool ok = false;
        const QString column = QInputDialog::getItem(
            m_window, tr("Open boundaries"), tr("No column of NUTS codes was recognised. Column with the region codes:"),
            layers[chosen].columns, 0, false, &ok);
        if (!ok)
            return;
        options.keyColumn = column;
    }
    if (m_window->useBoundaries(path, options, &error))
        settings.setValue(QStringLiteral("boundaries/last"), path);
    else
        QMessageBox::warning(m_window, tr("Open boundaries"), error);
}

void ImportActions::showReport(const QString &title, const QString &summary, const QList<InputProblem> &problems)
{
    QStringList lines;
    for (const InputProblem &problem : problems)
        lines.append(problem.toString());
    m_lastReport = summary + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    // Not modal: the user can keep the list open beside the map while fixing the file.
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("reportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary, dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!lines.isEmpty()) {
        auto *list = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
        list->setReadOnly(true);
        list->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(list, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    copy->setEnabled(!lines.isEmpty());
    connect(copy, &QPushButton::clicked, dialog,
            [lines] { QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(lines.isEmpty() ? QSize(480, 140) : QSize(820, 420));
    dialog->show();
}

} // namespace cs
