#pragma once

#include "model/Result.h"
#include "store/IntegrityPrefetch.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

namespace carnet {

// A backup copy of a Carnet file, made with SqliteDialect::vacuumInto().
struct BackupInfo
{
    QString path;
    QDateTime created;
    qint64 size = 0;
};

// One Carnet file: an SQLite database (WAL, foreign keys, synchronous=FULL), its lock,
// its private attachments folder and its backups. Every write goes through transaction().
class Database final
{
public:
    struct OpenOptions
    {
        bool create = true;              // create the file when it does not exist
        bool readOnlyWhenLocked = false; // open read-only instead of refusing when locked
        bool backupOnOpen = true;        // a dated backup when the last is older than a day
        // When an IntegrityPrefetch is checking this very file (the one the application was
        // started with), open() returns without waiting for that check, unless the open must
        // write (an upgrade, the daily backup, a change of journal mode). Until the check has
        // found the file sound nothing is written to it: the connection is query-only, and
        // transaction() and backupNow() wait for the check and refuse a damaged file. The
        // caller learns the outcome with isCheckRunning() and completeCheck().
        bool deferCheck = false;
    };

    // Opens (creating, migrating after a backup, as needed). Refuses a damaged file
    // (Kind::Damaged, offering the latest backup in the message), a file from a newer
    // Carnet (Kind::TooNew) and a file locked by another process (Kind::Locked, saying which).
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenOptions options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, OpenOptions{});
    }

    // The default file: <AppDataLocation>/carnet.sqlite.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }

    // After open() with deferCheck: false until the file has been proved sound (every other
    // open proves it, or refuses the file, before it returns).
    bool isProvedSound() const { return m_soundness == Soundness::Sound; }
    // True while the deferred check still runs on its thread (never waits).
    bool isCheckRunning() const;
    // Waits for the deferred check (or checks here when it could not prove the file) and lets
    // writes through when the file is sound; Kind::Damaged when it is not (and nothing will be
    // written to it). Ok at once when the file is already proved sound.
    Result<void> completeCheck();
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `work` inside one transaction; commits when it returns ok, rolls back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // Backups: the folder beside the file, newest first.
    QString backupDirectory() const;
    Result<BackupInfo> backupNow();
    QList<BackupInfo> backups() const;
    static QList<BackupInfo> backupsOf(const QString& databasePath);
    // Replaces the (closed) file at `databasePath` with `backupPath`, keeping a copy of the
    // replaced file. Used by the UI's and the CLI's "restore from backup".
    static Result<void> restoreBackup(const QString& databasePath, const QString& backupPath);

    // The private folder (0700) that holds attachment files.
    QString attachmentDirectory() const;

    // The dialect's full integrity check and foreign key check: the problems found, empty when
    // sound. Slower than the quick check made on open; for the "check my file" action and tests.
    Result<QStringList> checkIntegrity() const;

private:
    Database() = default;
    Result<void> initialise(const OpenOptions& options, bool isNew);
    bool backupDue() const;

    enum class Soundness
    {
        Sound,     // checked (or new): writes go through
        Deferred,  // the prefetch's check may still run: query-only until completeCheck()
        Unchecked, // the deferred check could not conclude (an I/O error): query-only
        Damaged,   // the deferred check found damage: query-only for good
    };

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    int m_transactionDepth = 0; // nested transaction() calls use savepoints
    Soundness m_soundness = Soundness::Sound;
    std::shared_ptr<IntegrityPrefetch::State> m_deferredCheck; // while Deferred
    QString m_damage;                                          // what the check found
};

} // namespace carnet
