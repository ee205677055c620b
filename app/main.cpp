// SPDX-License-Identifier: MIT
#include "app/Batch.h"
#include "app/CommandLine.h"
#include "app/MainWindow.h"
#include "widgets/MapView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QFile>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

namespace {

void installTranslators(QCoreApplication &app, int argc, char **argv);

// Export and batch are short-lived processes that allocate and free a few large buffers
// in turn (the table text, the page image, the PNG). By default glibc hands each buffer
// of 128 KiB or more back to the kernel on free, so the next one starts on fresh pages,
// and on virtual machines each fresh 4 KiB page costs microseconds (a 1920×1080 figure
// touched ~900 pages fewer with this). Keep freed memory for reuse instead.
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runGui(int argc, char **argv)
{
    // Headless runs (CI, report scripts) need no X server.
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslators(app, argc, argv);
    QApplication::setApplicationName(QStringLiteral("ClusterScope"));
    QApplication::setOrganizationName(QStringLiteral("ClusterScope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Maps the strength of economic clusters across Europe's regions.\n"
                "Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Paint the main window into FILE.png and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("window-size"),
                      QApplication::translate("main", "Window size in pixels, e.g. 1600x1000."),
                      QStringLiteral("WxH")});
    cs::CommandLine::addViewOptions(parser);
    cs::CommandLine::addDataOptions(parser);
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "Language: en, de, fr, es, it or pl (default: the system's)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("select"),
                      QApplication::translate("main", "Select regions by NUTS code (comma-separated)."),
                      QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("panel"),
                      QApplication::translate("main", "Show a panel: profile, peers or compare."),
                      QStringLiteral("NAME")});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "clusterscope: %s; see clusterscope --help\n",
                     qUtf8Printable(parser.errorText()));
        return cs::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return cs::kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "clusterscope: unknown command '%s'; valid commands: export, batch\n",
                     qUtf8Printable(parser.positionalArguments().first()));
        return cs::kExitUsage;
    }

    cs::ClusterData data;
    QString error;
    if (const int code = cs::CommandLine::loadData(parser, &data, &error); code != cs::kExitOk) {
        std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(error));
        return code;
    }
    cs::ViewOptions view;
    if (!cs::CommandLine::readViewOptions(parser, data, &view, &error)) {
        std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(error));
        return cs::kExitUsage;
    }
    cs::MainWindow window(std::move(data), view, cs::DataSource::fromParser(parser));
    if (parser.isSet(QStringLiteral("window-size"))) {
        const QStringList wh = parser.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 200 || h < 150) {
            std::fprintf(stderr, "clusterscope: --window-size wants WIDTHxHEIGHT, e.g. 1600x1000\n");
            return cs::kExitUsage;
        }
        window.resize(w, h);
    }
    window.show();
    if (parser.isSet(QStringLiteral("select"))) {
        const QStringList unknown = window.selectRegions(
            parser.value(QStringLiteral("select")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!unknown.isEmpty()) {
            std::fprintf(stderr, "clusterscope: unknown region '%s' at NUTS level %d\n",
                         qUtf8Printable(unknown.first()), view.level);
            return cs::kExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("panel")) && !window.showPanel(parser.value(QStringLiteral("panel")))) {
        std::fprintf(stderr, "clusterscope: cannot show panel '%s'; valid panels: profile, peers, "
                             "compare (compare needs 2-4 regions in --select)\n",
                     qUtf8Printable(parser.value(QStringLiteral("panel"))));
        return cs::kExitUsage;
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        int code = cs::kExitOk;
        QTimer::singleShot(0, &window, [&] {
            if (!window.lastError().isEmpty()) {
                std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(window.lastError()));
                code = cs::kExitFailure;
            }
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "clusterscope: cannot write %s\n", qUtf8Printable(file));
                code = cs::kExitFailure;
            }
            QApplication::exit(code);
        });
    }
    return QApplication::exec();
}

// Qt warns on every start when XDG_RUNTIME_DIR is unset (CI, cron, ssh); give it a
// private one so headless runs print only what matters.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/clusterscope-runtime-") +
                        QString::number(::getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

// --lang CODE (or --lang=CODE), else the system locale; read from argv by hand since
// the option texts themselves are translated. English needs its file too (plurals).
void installTranslators(QCoreApplication &app, int argc, char **argv)
{
    QString lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            lang = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith("--lang="))
            lang = QString::fromLocal8Bit(arg.mid(7));
    }
    static const QStringList available = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                          QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pl")};
    if (!available.contains(lang))
        lang = QStringLiteral("en");
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/clusterscope_") + lang))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
}

} // namespace

int main(int argc, char **argv)
{
    ensureRuntimeDir();
    if (argc > 1 && qstrcmp(argv[1], "batch") == 0) {
        keepFreedMemory();
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app, argc, argv);
        return cs::Batch::runCommand(QCoreApplication::arguments().mid(1));
    }
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        keepFreedMemory();
        // Figures need fonts and a paint engine but never a window system.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app, argc, argv);
        return cs::CommandLine::runExport(QCoreApplication::arguments().mid(1));
    }
    return runGui(argc, argv);
}
