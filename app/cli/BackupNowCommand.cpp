#include "cli/BackupNowCommand.h"

#include "cli/CliContext.h"
#include "store/Database.h"

#include <QTextStream>

namespace carnet::cli {

BackupNowCommand::BackupNowCommand()
    : Command(QStringLiteral("backup now"),
              QStringLiteral("Make a backup of the file now; prints the backup's path."),
              QStringLiteral("backup now"))
{
    setDetails(QStringLiteral("The backup is a consistent copy (SQLite VACUUM INTO) in the "
                              "backups folder beside the file."));
}

int BackupNowCommand::run(const QCommandLineParser&, CliContext& context) const
{
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    const Result<BackupInfo> backup = context.database().backupNow();
    if (!backup)
        return fail(context, backup.error());
    context.out() << backup->path << Qt::endl;
    return 0;
}

} // namespace carnet::cli
