// carnet-cli: the scriptable face of Carnet (see app/cli/).
#include "cli/CliApplication.h"
#include "cli/aid/AidCli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTranslator>

namespace {

// English always (the output is a contract for scripts), with its plural forms: "1 day",
// "24 days" rather than "24 day(s)".
void installEnglish(QCoreApplication& app, QTranslator& translator)
{
    if (translator.load(QStringLiteral(":/carnet/i18n/carnet_en.qm")))
        app.installTranslator(&translator);
}

} // namespace

int main(int argc, char* argv[])
{
    // `aid pdf` lays out text with fonts: it needs a QGuiApplication, offscreen (no display).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (carnet::cli::AidCli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        carnet::cli::AidCli::quietGuiStartup();
        QGuiApplication app(argc, argv);
        QTranslator english;
        installEnglish(app, english);
        return carnet::cli::run(app);
    }
    QCoreApplication app(argc, argv);
    QTranslator english;
    installEnglish(app, english);
    return carnet::cli::run(app);
}
