#include "cli/BackupRestoreCommand.h"

#include "cli/CliContext.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace carnet::cli {

BackupRestoreCommand::BackupRestoreCommand()
    : Command(
          QStringLiteral("backup restore"),
          QStringLiteral("Replace the file with one of its backups (the replaced file is kept)."),
          QStringLiteral("backup restore FILE"))
{
    addArgument(QStringLiteral("FILE"),
                QStringLiteral("The backup to restore (see `backup list`)."),
                QStringLiteral("FILE"));
    setDetails(QStringLiteral("Refused (exit 2) when FILE is missing or is not a Carnet file, or "
                              "when another Carnet has the file open.\n"
                              "Example: carnet-cli backup restore \"$(carnet-cli backup list | "
                              "head -n1 | cut -f3)\""));
}

int BackupRestoreCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.refuse(QStringLiteral("FILE"), QStringLiteral("give the backup to restore"));
    const QString& backup = positional.constFirst();
    if (!QFileInfo(backup).isFile()) {
        return context.refuse(
            QStringLiteral("FILE"),
            QStringLiteral("there is no file at %1").arg(QDir::toNativeSeparators(backup)));
    }
    const QString path = context.databasePath();
    const Result<void> restored = Database::restoreBackup(path, backup);
    if (!restored)
        return context.refuse(QStringLiteral("FILE"), restored.error().message);
    context.out() << "Restored " << QDir::toNativeSeparators(path) << " from "
                  << QDir::toNativeSeparators(backup) << Qt::endl;
    return 0;
}

} // namespace carnet::cli
