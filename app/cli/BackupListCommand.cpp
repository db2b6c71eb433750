#include "cli/BackupListCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "store/Database.h"

#include <QTextStream>

namespace carnet::cli {

BackupListCommand::BackupListCommand()
    : Command(QStringLiteral("backup list"),
              QStringLiteral("List the backups of the file, newest first."),
              QStringLiteral("backup list [--json]"))
{
    addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print a JSON array of backups (path, created in UTC, size in bytes).")});
    setDetails(QStringLiteral("Carnet makes a backup when it opens a file to change it and the "
                              "latest backup is more than a day old, and before any migration. "
                              "Without --json: one tab-separated line per backup: created (UTC), "
                              "size in bytes, path."));
}

int BackupListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QList<BackupInfo> backups = Database::backupsOf(context.databasePath());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupInfo& backup : backups)
            array.append(JsonView::backup(backup));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const BackupInfo& backup : backups) {
        context.out() << backup.created.toUTC().toString(Qt::ISODate) << '\t' << backup.size << '\t'
                      << backup.path << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
