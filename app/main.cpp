// carnet: the desktop application.
#include "model/Version.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "store/IntegrityPrefetch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// A line of /proc/self/status ("VmRSS", "VmHWM") in kB; 0 when unknown.
qint64 procStatusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// For --startup-benchmark and --empty-window-benchmark: once `target` has been painted (after
// `armed`), prints the milliseconds since main() began and the memory in use, then quits.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget* target, const QElapsedTimer& clock, const char* what)
        : m_target(target)
        , m_clock(clock)
        , m_what(what)
    {
        // The target's children (a scroll area's viewport...) may cover it whole: watch the
        // paint events of the whole application and keep those of the target and its children.
        qApp->installEventFilter(this);
        // Nothing painted within a minute: give up with an error.
        QTimer::singleShot(60000, this, [] {
            std::fprintf(stderr, "carnet: nothing was painted within 60 s\n");
            QCoreApplication::exit(1);
        });
    }

    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (m_armed && !m_seen && event->type() == QEvent::Paint && widget &&
            (widget == m_target || m_target->isAncestorOf(widget))) {
            m_seen = true;
            // Report once this paint is done and the frame flushed.
            QTimer::singleShot(0, this, [this] {
                std::printf("%s: %lld ms, rss %lld kB, peak %lld kB\n", m_what, m_clock.elapsed(),
                            procStatusKb("VmRSS"), procStatusKb("VmHWM"));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_target;
    const QElapsedTimer& m_clock;
    const char* m_what;
    bool m_armed = false;
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart; // --startup-benchmark counts from here
    sinceStart.start();

    // --version must answer without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("carnet %s\n", CARNET_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Carnet"));
    QApplication::setApplicationName(QStringLiteral("carnet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carnet"));
    QApplication::setApplicationVersion(carnet::version());
    QApplication::setDesktopFileName(QStringLiteral("fr.carnet.Carnet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/carnet/icons/carnet.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Carnet: Mon soutien psy and CPAM aid, on your computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Language of the interface: fr or en."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QStringLiteral("The Carnet file to open (created when missing). Default: the last file "
                       "used, else the default file."),
        QStringLiteral("FILE"));
    const QCommandLineOption startupBenchmarkOption(
        QStringLiteral("startup-benchmark"),
        QStringLiteral("Open the file, paint the first page, print the milliseconds it "
                       "took and the memory in use, and quit (for tests/bench)."));
    const QCommandLineOption emptyWindowBenchmarkOption(
        QStringLiteral("empty-window-benchmark"),
        QStringLiteral("Show an empty window, print the milliseconds to its first paint and "
                       "quit (the floor of --startup-benchmark)."));
    parser.addOption(languageOption);
    parser.addOption(databaseOption);
    parser.addOption(startupBenchmarkOption);
    parser.addOption(emptyWindowBenchmarkOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The Carnet file to open (same as --db)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QString language = parser.value(languageOption);
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        std::fprintf(stderr, "carnet: --lang takes fr or en\n");
        return 2;
    }
    if (parser.isSet(databaseOption) && !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "carnet: give the file either with --db or as an argument\n");
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "carnet: one file at a time\n");
        return 2;
    }
    carnet::installTranslations(app, language);

    QString file = parser.value(databaseOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();

    if (parser.isSet(emptyWindowBenchmarkOption)) {
        QMainWindow empty;
        auto* central = new QWidget(&empty);
        empty.setCentralWidget(central);
        empty.resize(1100, 760);
        FirstPaintProbe probe(central, sinceStart, "empty-window-benchmark");
        probe.arm();
        empty.show();
        return QApplication::exec();
    }

    // The quick check of the file to open (given, last used or default) runs on another
    // thread while the window is built and its first page painted; nothing is written to
    // the file before it has proved the file sound, and a damaged file is closed with the
    // usual dialog (Database::OpenOptions::deferCheck). Kept until exit.
    const carnet::MainWindow::StartupFile startup = carnet::MainWindow::startupFile(file);
    const carnet::IntegrityPrefetch prefetch(startup.path);

    carnet::MainWindow window;
    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(startupBenchmarkOption)) {
        window.resize(1100, 760);
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        if (!pages)
            return 1;
        probe = std::make_unique<FirstPaintProbe>(pages, sinceStart, "startup-benchmark");
    }
    window.show();
    if (!window.openStartupFile(startup) && probe)
        return 1;
    if (probe) {
        // The first paint of the page the file opens on (the dashboard, or the caseload for a
        // file of several persons), with the file open (show() may have painted it empty).
        probe->arm();
        window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->update();
    }
    return QApplication::exec();
}
