// carnet-cli: the scriptable face of Carnet (see app/cli/).
#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return carnet::cli::run(app);
}
