#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace carnet {

// Everything the store says to SQLite that is not portable SQL: the PRAGMAs, the schema
// version (PRAGMA user_version), the application id, integrity checks, VACUUM INTO, the file
// header and SQLite's error codes. The rest of the store speaks portable SQL through
// QSqlDatabase, so that another driver (QPSQL) needs a sibling of this class, not a rewrite.
class SqliteDialect final
{
public:
    SqliteDialect() = delete;

    // "CRNT": marks a file as Carnet's (PRAGMA application_id).
    static constexpr qint32 applicationIdValue = 0x43524E54;
    // How long a statement waits for another connection's lock before failing.
    static constexpr int busyTimeoutMs = 5000;

    // Per-connection settings that never write: busy_timeout; query_only for a read-only file.
    static Result<void> configureConnection(const QSqlDatabase& db, bool readOnly);
    // Settings of a writable file, applied once its version and soundness are known:
    // journal_mode=WAL, foreign_keys=ON, synchronous=FULL.
    static Result<void> configureForWriting(const QSqlDatabase& db);

    static Result<qint32> applicationId(const QSqlDatabase& db);
    static Result<void> setApplicationId(const QSqlDatabase& db);
    static Result<int> userVersion(const QSqlDatabase& db);
    static Result<void> setUserVersion(const QSqlDatabase& db, int version);
    // True when the file holds no table at all (a new file).
    static Result<bool> isEmpty(const QSqlDatabase& db);

    // PRAGMA quick_check / integrity_check: the problems found, empty when sound.
    static Result<QStringList> quickCheck(const QSqlDatabase& db);
    static Result<QStringList> integrityCheck(const QSqlDatabase& db);
    // PRAGMA foreign_key_check: one line per dangling reference, empty when none.
    static Result<QStringList> foreignKeyCheck(const QSqlDatabase& db);

    // A compact, consistent copy of the open database at `targetPath` (must not exist).
    static Result<void> vacuumInto(const QSqlDatabase& db, const QString& targetPath);

    // Checks the 100-byte header and the size of an existing, non-empty file without opening
    // it: magic string, page size, truncation. Returns what is wrong, or nullopt when it looks
    // like a whole SQLite file.
    static std::optional<QString> fileProblem(const QString& path);

    // Maps an SQLite error to a Carnet error with a sentence a user can read.
    static Error errorFrom(const QSqlError& error);
    static bool isCorruption(const QSqlError& error);

    // The files SQLite keeps beside a database in WAL mode.
    static QStringList companionFiles(const QString& databasePath);
};

} // namespace carnet
