#include "files/FileOpener.h"

#include "shell/AppContext.h"
#include "shell/MessageBox.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QLocale>

namespace carnet {

std::unique_ptr<Database> FileOpener::open(QWidget* parent, AppContext& context,
                                           const QString& path, bool create)
{
    Database::OpenOptions options;
    options.create = create;
    options.deferCheck = true; // the window follows the check (MainWindow::followFileCheck)
    auto opened = Database::open(path, options);
    options.deferCheck = false;
    if (opened)
        return std::move(opened).value();

    const Error error = opened.error();
    const QString name = QFileInfo(path).fileName();
    switch (error.kind) {
    case Error::Kind::Locked: {
        const auto answer = MessageBox::ask(
            parent, QMessageBox::Warning, tr("File already open"),
            tr("“%1” is open in another Carnet.\n\n%2\n\nYou can open it read-only: you will "
               "see everything but change nothing. To change it, close the other Carnet first.")
                .arg(name, error.message),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open,
            {{QMessageBox::Open, tr("Open read-only")}});
        if (answer != QMessageBox::Open)
            return nullptr;
        options.readOnlyWhenLocked = true;
        auto readOnly = Database::open(path, options);
        if (readOnly)
            return std::move(readOnly).value();
        context.reportError(tr("Cannot open the file"), readOnly.error().message);
        return nullptr;
    }
    case Error::Kind::Damaged: {
        const QList<BackupInfo> backups = Database::backupsOf(path);
        if (backups.isEmpty()) {
            context.reportError(
                tr("Damaged file"),
                tr("“%1” is damaged and there is no backup of it.\n\n%2").arg(name, error.message));
            return nullptr;
        }
        const BackupInfo& latest = backups.constFirst();
        const auto answer = MessageBox::ask(
            parent, QMessageBox::Critical, tr("Damaged file"),
            tr("“%1” is damaged.\n\n%2\n\nThe latest backup dates from %3. Restore it? A copy "
               "of the damaged file is kept; what was recorded after the backup is lost.")
                .arg(name, error.message, QLocale().toString(latest.created, QLocale::LongFormat)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
            {{QMessageBox::Yes, tr("Restore the latest backup")}});
        if (answer != QMessageBox::Yes)
            return nullptr;
        const auto restored = Database::restoreBackup(path, latest.path);
        if (!restored) {
            context.reportError(tr("Restore failed"), restored.error().message);
            return nullptr;
        }
        options.create = false;
        auto reopened = Database::open(path, options);
        if (reopened)
            return std::move(reopened).value();
        context.reportError(tr("Cannot open the file"), reopened.error().message);
        return nullptr;
    }
    case Error::Kind::TooNew:
        context.reportError(tr("File from a newer Carnet"),
                            tr("“%1” was written by a newer version of Carnet. Install the "
                               "latest Carnet to open it; this version will not touch it.\n\n%2")
                                .arg(name, error.message));
        return nullptr;
    default:
        context.reportError(tr("Cannot open the file"),
                            tr("“%1” cannot be opened.\n\n%2").arg(name, error.message));
        return nullptr;
    }
}

} // namespace carnet
