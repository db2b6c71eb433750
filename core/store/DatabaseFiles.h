#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <QFileDevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace carnet {

// Database's files on the disk: its owner-only folders and files, and its dated backups
// (<file>.backups beside it).
namespace DatabaseFiles {

// Numbers the connections Database opens, so that their names are unique.
inline std::atomic<int> s_connections{0};

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates `path` (and its parents) when missing; the folders created are owner-only.
// `forcePrivate` also tightens an existing folder (the folders Carnet owns).
bool ensureDirectory(const QString& path, bool forcePrivate);

// Flushes a file's bytes to the disk (SqliteDialect::vacuumInto() does not).
void syncFile(const QString& path);

QString stemOf(const QString& databasePath);

struct BackupEntry
{
    BackupInfo info;
    bool automatic = false;
};

// The backups in `directory`, newest first.
QList<BackupEntry> listBackups(const QString& directory);

QString backupFolderOf(const QString& databasePath);

// A new, unused backup path in `directory`.
QString newBackupPath(const QString& directory, const QString& stem, const QString& tag);

// Writes a consistent copy of `db` into `directory` (SqliteDialect::vacuumInto() a ".part"
// file, synced, owner-only, then renamed into place).
Result<BackupInfo> writeBackup(const QSqlDatabase& db, const QString& databasePath,
                               const QString& tag);

// Deletes the automatic backups in `directory` beyond the newest kBackupsKept.
void pruneBackups(const QString& directory);

} // namespace DatabaseFiles
} // namespace carnet
