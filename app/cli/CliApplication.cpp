#include "cli/CliApplication.h"

#include "model/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace carnet::cli {

int run(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Carnet"));
    QCoreApplication::setApplicationName(QStringLiteral("carnet"));
    QCoreApplication::setApplicationVersion(version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        out << "carnet-cli " << version() << Qt::endl;
        return 0;
    }
    out << "Usage: carnet-cli [--db FILE] COMMAND ...\n"
           "  --version   print the version\n";
    return args.isEmpty() || args.contains(QStringLiteral("--help")) ? 0 : 1;
}

} // namespace carnet::cli
