// SPDX-License-Identifier: MIT
#include "app/Batch.h"

#include "maps/SaveFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace cs {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(message));
}

// Defaults overridden by a figure; the "data" object is merged key by key so that a
// figure can change the filter but keep the file.
QJsonObject merged(const QJsonObject &defaults, const QJsonObject &figure)
{
    QJsonObject result = defaults;
    for (auto it = figure.begin(); it != figure.end(); ++it) {
        if (it.key() == QLatin1String("data") && it.value().isObject() &&
            result.value(it.key()).isObject()) {
            QJsonObject data = result.value(it.key()).toObject();
            const QJsonObject over = it.value().toObject();
            // A figure naming another source drops the other kind's options.
            if (over.contains(QStringLiteral("file")) || over.contains(QStringLiteral("dataset")))
                data = QJsonObject();
            for (auto d = over.begin(); d != over.end(); ++d)
                data.insert(d.key(), d.value());
            result.insert(it.key(), data);
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

// A figure's --lang, for the texts drawn into it; main() installs only the one of
// the command line. Undone on destruction.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &lang)
    {
        if (lang.isEmpty())
            return;
        m_locale = QLocale();
        m_active = true;
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(QStringLiteral(":/i18n/clusterscope_") + lang) &&
            QCoreApplication::installTranslator(ours.get()))
            m_ours = std::move(ours);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt.get()))
            m_qt = std::move(qt);
        QLocale::setDefault(QLocale(lang));
    }
    ~ScopedLanguage()
    {
        if (m_ours)
            QCoreApplication::removeTranslator(m_ours.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
        if (m_active)
            QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QLocale m_locale;
    bool m_active = false;
};

QString label(const Batch::Figure &figure)
{
    return figure.where.isEmpty() ? QStringLiteral("recipe") : figure.where;
}

} // namespace

std::optional<QList<Batch::Figure>> Batch::read(const QString &specPath, QString *error)
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(specPath, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("%1: not valid JSON: %2 at offset %3")
                     .arg(specPath, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    auto figures = parse(doc, QFileInfo(specPath).absolutePath(), error);
    if (!figures)
        *error = QStringLiteral("%1: %2").arg(specPath, *error);
    return figures;
}

std::optional<QList<Batch::Figure>> Batch::parse(const QJsonDocument &spec, const QString &baseDir,
                                                 QString *error)
{
    QList<QPair<QString, QJsonObject>> objects; // where, recipe object
    const auto addAll = [&](const QJsonArray &array, const QString &name,
                            const QJsonObject &defaults) -> bool {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!array[i].isObject()) {
                *error = tr("%1: expected a recipe object").arg(where);
                return false;
            }
            objects.append({where, merged(defaults, array[i].toObject())});
        }
        return true;
    };
    if (spec.isArray()) {
        if (!addAll(spec.array(), QString(), {}))
            return std::nullopt;
    } else {
        const QJsonObject root = spec.object();
        if (root.contains(QStringLiteral("figures")) || root.contains(QStringLiteral("defaults"))) {
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (it.key() != QLatin1String("figures") && it.key() != QLatin1String("defaults")) {
                    *error = tr("%1: unknown key; a batch with \"figures\" has only \"defaults\" "
                                "and \"figures\"")
                                 .arg(it.key());
                    return std::nullopt;
                }
            }
            const QJsonValue defaults = root.value(QStringLiteral("defaults"));
            if (!defaults.isUndefined() && !defaults.isObject()) {
                *error = tr("defaults: expected an object of recipe keys");
                return std::nullopt;
            }
            // Checked alone first, so that a mistake there is reported where it is.
            if (!Recipe::fromJson(defaults.toObject(), error, QStringLiteral("defaults")))
                return std::nullopt;
            if (!root.value(QStringLiteral("figures")).isArray()) {
                *error = tr("figures: expected a list of recipe objects");
                return std::nullopt;
            }
            if (!addAll(root.value(QStringLiteral("figures")).toArray(), QStringLiteral("figures"),
                        defaults.toObject()))
                return std::nullopt;
        } else {
            objects.append({QString(), root});
        }
    }
    if (objects.isEmpty()) {
        *error = tr("no figures in the batch");
        return std::nullopt;
    }

    const QDir base(baseDir);
    QList<Figure> figures;
    QHash<QString, QString> outputs; // absolute output → where
    for (const auto &[where, object] : objects) {
        const auto recipe = Recipe::fromJson(object, error, where);
        if (!recipe)
            return std::nullopt;
        const QString key = where.isEmpty() ? QStringLiteral("output") : where + QStringLiteral(".output");
        if (recipe->output.isEmpty()) {
            *error = tr("%1: missing; every figure needs an output file").arg(key);
            return std::nullopt;
        }
        if (recipe->output == QLatin1String("-")) {
            *error = tr("%1: a batch writes files; '-' (standard output) is not allowed").arg(key);
            return std::nullopt;
        }
        Figure figure{where, recipe->output, recipe->resolvedAgainst(base)};
        if (outputs.contains(figure.recipe.output)) {
            *error = tr("%1: '%2' is also the output of %3")
                         .arg(key, figure.shown, outputs.value(figure.recipe.output));
            return std::nullopt;
        }
        outputs.insert(figure.recipe.output, where);
        figures.append(figure);
    }
    return figures;
}

int Batch::check(const QList<Figure> &figures, QString *error)
{
    // Output folders first: a read-only or missing folder must not leave half a batch.
    QHash<QString, bool> folders;
    for (const Figure &figure : figures) {
        const QString folder = QFileInfo(figure.recipe.output).absolutePath();
        if (folders.contains(folder))
            continue;
        folders.insert(folder, true);
        const QFileInfo info(folder);
        if (!info.exists() || !info.isDir()) {
            *error = (info.exists() ? tr("%1: cannot write %2: %3 is a file, not a folder")
                                    : tr("%1: cannot write %2: the folder %3 does not exist"))
                         .arg(label(figure), figure.shown, QDir::toNativeSeparators(folder));
            return kExitFailure;
        }
        // Permission bits do not tell (root, ACLs, read-only mounts): try it.
        QTemporaryFile probe(folder + QStringLiteral("/.clusterscope-batch-XXXXXX"));
        if (!probe.open()) {
            *error = tr("%1: cannot write %2: the folder %3 is not writable (%4)")
                         .arg(label(figure), figure.shown, QDir::toNativeSeparators(folder),
                              probe.errorString());
            return kExitFailure;
        }
    }

    // Then the data and view options, as the export command will read them.
    QHash<QString, std::shared_ptr<ClusterData>> loaded;
    for (const Figure &figure : figures) {
        const QStringList dataArgs = figure.recipe.data.arguments();
        QCommandLineParser parser;
        CommandLine::addDataOptions(parser);
        CommandLine::addViewOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("clusterscope")} + figure.recipe.viewArguments())) {
            *error = QStringLiteral("%1: %2").arg(label(figure), parser.errorText());
            return kExitUsage;
        }
        const QString key = dataArgs.join(QChar(0x1f));
        std::shared_ptr<ClusterData> data = loaded.value(key);
        if (!data) {
            data = std::make_shared<ClusterData>();
            QString why;
            if (const int code = CommandLine::loadData(parser, data.get(), &why); code != kExitOk) {
                *error = QStringLiteral("%1: %2").arg(label(figure), why);
                return code;
            }
            loaded.insert(key, data);
        }
        ViewOptions view;
        QString why;
        if (!CommandLine::readViewOptions(parser, *data, &view, &why)) {
            *error = QStringLiteral("%1: %2").arg(label(figure), why);
            return kExitUsage;
        }
    }
    return kExitOk;
}

int Batch::checkOutputs(const QList<Figure> &figures, const QString &specPath, const Options &options,
                        QString *error)
{
    // Any figure's output against every input of the batch: a later figure may read what
    // an earlier one would overwrite.
    QStringList inputs = {specPath};
    for (const Figure &figure : figures)
        inputs << figure.recipe.data.file << figure.recipe.data.categoryMapping;
    const QString folder = QFileInfo(specPath).absolutePath();
    for (const Figure &figure : figures) {
        QString why;
        if (!checkOutputPath(figure.recipe.output, inputs, &why)) {
            *error = QStringLiteral("%1: %2").arg(label(figure), why);
            return kExitUsage;
        }
        if (!options.allowOutside && !checkInsideFolder(figure.recipe.output, folder, &why)) {
            *error = tr("%1: %2 (the output '%3' of the batch file); pass --allow-outside to "
                        "write outside the batch file's folder")
                         .arg(label(figure), why, figure.shown);
            return kExitUsage;
        }
    }
    return kExitOk;
}

int Batch::run(const QString &specPath, const Options &options)
{
    QString error;
    const auto figures = read(specPath, &error);
    if (!figures) {
        printError(error);
        return kExitUsage;
    }
    if (const int code = checkOutputs(*figures, specPath, options, &error); code != kExitOk) {
        printError(QStringLiteral("%1: %2").arg(specPath, error));
        printError(tr("no figure written"));
        return code;
    }
    if (const int code = check(*figures, &error); code != kExitOk) {
        printError(QStringLiteral("%1: %2").arg(specPath, error));
        printError(tr("no figure written"));
        return code;
    }
    const qsizetype total = figures->size();
    QStringList failed;
    for (qsizetype i = 0; i < total; ++i) {
        const Figure &figure = figures->at(i);
        std::fprintf(stdout, "[%lld/%lld] %s\n", qlonglong(i + 1), qlonglong(total),
                     qUtf8Printable(figure.shown));
        std::fflush(stdout);
        const ScopedLanguage language(figure.recipe.lang);
        if (CommandLine::runExport(figure.recipe.toArguments()) != kExitOk)
            failed.append(figure.shown);
    }
    if (!failed.isEmpty()) {
        printError(tr("%n of %1 figures failed: %2", nullptr, int(failed.size()))
                       .arg(total)
                       .arg(failed.join(QStringLiteral(", "))));
        return kExitFailure;
    }
    return kExitOk;
}

int Batch::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes many figures from one JSON file: a recipe, a list of recipes, or "
           "{\"defaults\": {…}, \"figures\": [{…}, …]}. Relative paths are relative to SPEC."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SPEC"), tr("The batch file (JSON)."));
    const QCommandLineOption allowOutside(
        QStringLiteral("allow-outside"),
        tr("Allow outputs outside the batch file's folder (\"../x.png\", absolute paths); "
           "without it such a batch is refused."));
    parser.addOption(allowOutside);
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == QLatin1String("batch"))
        args.removeFirst();
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + args)) {
        printError(parser.errorText() + tr("; see clusterscope batch --help"));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(tr("expected one batch file: clusterscope batch SPEC.json"));
        return kExitUsage;
    }
    Options options;
    options.allowOutside = parser.isSet(allowOutside);
    return run(parser.positionalArguments().first(), options);
}

} // namespace cs
