// carnet: the desktop application.
#include "model/Version.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
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
    parser.setApplicationDescription(QStringLiteral("Carnet: Mon soutien psy and CPAM aid, on your computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Language of the interface: fr or en."),
                                            QStringLiteral("LANG"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The Carnet file to open."));
    parser.process(app);

    carnet::installTranslations(app, parser.value(languageOption));

    carnet::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
