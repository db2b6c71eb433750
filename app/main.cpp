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
    parser.addOption(languageOption);
    parser.addOption(databaseOption);
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

    carnet::MainWindow window;
    window.show();
    window.openStartupFile(file);
    return QApplication::exec();
}
