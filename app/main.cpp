// SPDX-License-Identifier: MIT
#include "app/Batch.h"
#include "app/CommandLine.h"
#include "app/ImportActions.h"
#include "app/MainWindow.h"
#include "maps/DataPack.h"
#include "widgets/ComparisonView.h"
#include "widgets/MapView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif
#include <unistd.h>

namespace {

void installTranslators(QCoreApplication &app, int argc, char **argv);

// Export and batch are short-lived processes that allocate and free a few large buffers
// in turn (the table text, the analysis matrices, the page image, the PNG). Each fresh
// 4 KiB page costs a fault, and on virtual machines a fault costs microseconds: a
// 1920×1080 figure of NUTS 3 regions touched ~5,900 pages, a third of its run time.
// So: serve buffers up to 32 MiB from the heap and keep freed memory there for reuse,
// grow the heap once by 128 MiB (address space; memory is only used when touched), and
// ask for transparent huge pages on it, which turns 512 faults into one (what glibc's
// glibc.malloc.hugetlb=1 tunable does, which a process cannot set for itself). The
// drawing and compression threads share that heap rather than each starting an arena
// of fresh pages (1,700 faults instead of 2,800; 129 instead of 145 ms).
void prepareShortLivedHeap()
{
#if defined(__GLIBC__) && defined(Q_OS_LINUX)
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 128 << 20);
    const quintptr top = quintptr(sbrk(0));
    void *volatile probe = std::malloc(1 << 20); // more than the heap has spare: it grows
    std::free(probe);
    const quintptr huge = quintptr(2) << 20;
    const quintptr begin = (top + huge - 1) & ~(huge - 1);
    const quintptr end = quintptr(sbrk(0)) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), size_t(end - begin), MADV_HUGEPAGE); // a hint
#endif
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void printError(const QString &message)
{
    std::fprintf(stderr, "clusterscope: %s\n", qUtf8Printable(message));
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
                "Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; "
                "data packs: clusterscope packs"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A project (NAME.clusterscope.json) or a "
                                                                 "statistics file to open."),
                                 QStringLiteral("[FILE]"));
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
        printError(QApplication::translate("main", "%1 See clusterscope --help.").arg(parser.errorText()));
        return cs::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return cs::kExitOk;
    }
    // `clusterscope FILE` (a double-click): a project, or a statistics file to import.
    const QStringList positional = parser.positionalArguments();
    const QString openFile = positional.value(0);
    const bool pack = !openFile.isEmpty() && cs::DataPack::isPack(openFile);
    if (positional.size() > 1 || (!openFile.isEmpty() && !QFileInfo(openFile).isFile() && !pack)) {
        printError(QApplication::translate("main", "unknown command or file '%1'; valid commands: "
                                                   "export, batch, packs, or a project or statistics file to open")
                       .arg(positional.size() > 1 ? positional.join(QLatin1Char(' ')) : openFile));
        return cs::kExitUsage;
    }

    cs::ClusterData data;
    QString error;
    if (const int code = cs::CommandLine::loadData(parser, &data, &error); code != cs::kExitOk) {
        printError(error);
        return code;
    }
    cs::ViewOptions view;
    if (!cs::CommandLine::readViewOptions(parser, data, &view, &error)) {
        printError(error);
        return cs::kExitUsage;
    }
    cs::MainWindow window(std::move(data), view, cs::DataSource::fromParser(parser));
    if (parser.isSet(QStringLiteral("window-size"))) {
        const QStringList wh = parser.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 200 || h < 150) {
            printError(QApplication::translate("main", "--window-size wants WIDTHxHEIGHT, e.g. 1600x1000"));
            return cs::kExitUsage;
        }
        window.resize(w, h);
    }
    window.show();
    if (!openFile.isEmpty()) {
        // Projects by their suffix (JSON-stat files are .json too), everything else as a table.
        const bool project = openFile.endsWith(QLatin1String(".clusterscope.json"), Qt::CaseInsensitive);
        QString why;
        const bool opened = project ? window.openProject(openFile, &why)
                            : pack  ? window.imports()->openPack(openFile)
                                    : window.imports()->importStatistics(openFile, {}, std::nullopt);
        if (!opened) {
            printError(project ? why : QApplication::translate("main", "%1: no usable data").arg(openFile));
            if (parser.isSet(QStringLiteral("screenshot")))
                return cs::kExitNoData;
        }
    }
    if (parser.isSet(QStringLiteral("select"))) {
        const QStringList unknown = window.selectRegions(
            parser.value(QStringLiteral("select")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!unknown.isEmpty()) {
            printError(QApplication::translate("main", "unknown region '%1' at NUTS level %2")
                           .arg(unknown.first())
                           .arg(view.level));
            return cs::kExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("panel")) && !window.showPanel(parser.value(QStringLiteral("panel")))) {
        printError(QApplication::translate("main", "cannot show panel '%1'; valid panels: profile, peers, "
                                                   "compare (compare needs 2-%2 regions in --select)")
                       .arg(parser.value(QStringLiteral("panel")),
                            QString::number(cs::ComparisonView::kMaxRegions)));
        return cs::kExitUsage;
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        int code = cs::kExitOk;
        QTimer::singleShot(0, &window, [&] {
            if (!window.lastError().isEmpty()) {
                printError(window.lastError());
                code = cs::kExitFailure;
            }
            if (!window.grab().save(file, "PNG")) {
                printError(QApplication::translate("main", "cannot write %1").arg(file));
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
        prepareShortLivedHeap();
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app, argc, argv);
        return cs::Batch::runCommand(QCoreApplication::arguments().mid(1));
    }
    if (argc > 1 && qstrcmp(argv[1], "packs") == 0) {
        QCoreApplication app(argc, argv);
        installTranslators(app, argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ClusterScope"));
        QCoreApplication::setOrganizationName(QStringLiteral("ClusterScope"));
        return cs::CommandLine::runPacks(QCoreApplication::arguments().mid(1));
    }
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        prepareShortLivedHeap();
        // Figures need fonts and a paint engine but never a window system.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app, argc, argv);
        return cs::CommandLine::runExport(QCoreApplication::arguments().mid(1));
    }
    return runGui(argc, argv);
}
