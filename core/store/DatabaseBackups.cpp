#include "store/Database.h"
#include "store/DatabaseFiles.h"
#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/SqlSupport.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>

#include <filesystem>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::Database)
};

// Opens a throw-away connection on `path` and checks it the way a restore needs:
// a sound SQLite file, Carnet's, not newer than this Carnet.
Result<void> checkRestorable(const QString& path)
{
    if (auto problem = SqliteDialect::fileProblem(path))
        return Error{Error::Kind::Damaged, QStringLiteral("backup"), *problem};
    const QString name = QStringLiteral("carnet-check-%1").arg(++DatabaseFiles::s_connections);
    Result<void> result;
    {
        QSqlDatabase db =
            SqliteDialect::addConnection(name, path, SqliteDialect::Access::ReadWrite);
        if (!db.open()) {
            result = Error{Error::Kind::Damaged, QStringLiteral("backup"),
                           db.lastError().databaseText()};
        } else {
            const Dialect& dialect = Dialect::of(db);
            auto carnets = dialect.isCarnets(db);
            auto version = dialect.schemaVersion(db);
            auto problems = dialect.integrityCheck(db);
            if (!carnets || !version || !problems) {
                result = Error{Error::Kind::Damaged, QStringLiteral("backup"),
                               DatabaseText::tr("it is not a sound database")};
            } else if (!*carnets) {
                result = Error{Error::Kind::Damaged, QStringLiteral("backup"),
                               DatabaseText::tr("it is not a Carnet file")};
            } else if (*version > Migrations::latestVersion()) {
                result = Error{Error::Kind::TooNew, QStringLiteral("backup"),
                               DatabaseText::tr("it was written by a newer Carnet")};
            } else if (!problems->isEmpty()) {
                result = Error{Error::Kind::Damaged, QStringLiteral("backup"),
                               DatabaseText::tr("it fails the integrity check")};
            }
            SqlSupport::forgetConnection(name);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString Database::backupDirectory() const
{
    return DatabaseFiles::backupFolderOf(m_path);
}

Result<BackupInfo> Database::backupNow()
{
    if (m_transactionDepth > 0)
        return Error::io(DatabaseText::tr("A backup cannot be made in the middle of a change."));
    // No copy of a file not proved sound: it would become "the latest backup" to restore.
    if (auto r = completeCheck(); !r)
        return r.error();
    auto info = DatabaseFiles::writeBackup(connection(), m_path, {});
    if (info)
        DatabaseFiles::pruneBackups(backupDirectory());
    return info;
}

QList<BackupInfo> Database::backups() const
{
    return backupsOf(m_path);
}

QList<BackupInfo> Database::backupsOf(const QString& databasePath)
{
    QList<BackupInfo> list;
    for (const DatabaseFiles::BackupEntry& entry : DatabaseFiles::listBackups(
             DatabaseFiles::backupFolderOf(QFileInfo(databasePath).absoluteFilePath())))
        list.append(entry.info);
    return list;
}

Result<void> Database::restoreBackup(const QString& databasePath, const QString& backupPath)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        return Error::notFound(QStringLiteral("backup"),
                               DatabaseText::tr("The backup %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(source)));
    }
    if (source == target) {
        return Error::invalid(QStringLiteral("backup"),
                              DatabaseText::tr("A file cannot be restored from itself."));
    }
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error{
            Error::Kind::Locked, QStringLiteral("path"),
            DatabaseText::tr("The file is open in Carnet: close it before restoring a backup.")};
    }

    // Check a private copy beside the file, so that the final step is an atomic rename.
    const QString staging = target + QStringLiteral(".restoring");
    for (const QString& stale : QStringList{staging} + SqliteDialect::companionFiles(staging))
        QFile::remove(stale);
    auto cleanup = [&staging] {
        for (const QString& f : QStringList{staging} + SqliteDialect::companionFiles(staging))
            QFile::remove(f);
    };
    if (!QFile::copy(source, staging)) {
        return Error::io(DatabaseText::tr("The backup %1 cannot be read.")
                             .arg(QDir::toNativeSeparators(source)));
    }
    QFile::setPermissions(staging, DatabaseFiles::kPrivateFile);
    if (auto check = checkRestorable(staging); !check) {
        cleanup();
        const Error& e = check.error();
        return Error{e.kind, QStringLiteral("backup"),
                     DatabaseText::tr("The backup %1 cannot be restored: %2. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(source), e.message)};
    }
    DatabaseFiles::syncFile(staging);

    // Keep what is replaced, write-ahead log included, in the backup folder.
    if (QFileInfo::exists(target)) {
        const QString directory = DatabaseFiles::backupFolderOf(target);
        if (!DatabaseFiles::ensureDirectory(directory, true)) {
            cleanup();
            return Error::io(
                DatabaseText::tr("Carnet cannot create the backup folder %1.").arg(directory));
        }
        const QString keep = DatabaseFiles::newBackupPath(directory, DatabaseFiles::stemOf(target),
                                                          QStringLiteral("replaced"));
        bool copied = QFile::copy(target, keep);
        const QString wal = target + QStringLiteral("-wal");
        if (copied && QFileInfo(wal).size() > 0)
            copied = QFile::copy(wal, keep + QStringLiteral("-wal"));
        if (!copied) {
            QFile::remove(keep);
            QFile::remove(keep + QStringLiteral("-wal"));
            cleanup();
            return Error::io(
                DatabaseText::tr("Carnet cannot keep a copy of the file it would replace; "
                                 "nothing was changed."));
        }
        QFile::setPermissions(keep, DatabaseFiles::kPrivateFile);
        QFile::setPermissions(keep + QStringLiteral("-wal"), DatabaseFiles::kPrivateFile);
    }
    for (const QString& companion : SqliteDialect::companionFiles(target))
        QFile::remove(companion);
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(staging.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        cleanup();
        return Error::io(DatabaseText::tr("The backup could not replace %1.")
                             .arg(QDir::toNativeSeparators(target)));
    }
    cleanup();
    return {};
}

} // namespace carnet
