#pragma once

#include "store/Dialect.h"

#include <optional>

namespace carnet {

// Everything the store says to SQLite that is not portable SQL: the PRAGMAs, the schema
// version (PRAGMA user_version), the application id, integrity checks, the bulk-write
// settings, julianday(); and, for the file itself (Database, IntegrityPrefetch), the driver
// and its open options, VACUUM INTO, the file header and the files beside it. No other file
// of core/ names a PRAGMA, VACUUM or sqlite_ table (TestStoreIsPortable).
class SqliteDialect final : public Dialect
{
public:
    // "CRNT": marks a file as Carnet's (PRAGMA application_id).
    static constexpr qint32 applicationIdValue = 0x43524E54;
    // How long a statement waits for another connection's lock before failing.
    static constexpr int busyTimeoutMs = 5000;

    // Qt's name of the SQLite driver.
    static QString driverName();

    enum class Access
    {
        ReadWrite,
        ReadOnly,
        // Read-only, and SQLite reads the file alone: no lock, no -wal or -shm file created
        // beside it. Only for a file whose write-ahead log is empty and that nobody writes.
        Immutable,
    };
    // A new connection named `name` on the file at `path`, not opened yet.
    static QSqlDatabase addConnection(const QString& name, const QString& path, Access access);

    // A compact, consistent copy of the open database at `targetPath` (must not exist).
    static Result<void> vacuumInto(const QSqlDatabase& db, const QString& targetPath);

    // Checks the 100-byte header and the size of an existing, non-empty file without opening
    // it: magic string, page size, truncation. Returns what is wrong, or nullopt when it looks
    // like a whole SQLite file.
    static std::optional<QString> fileProblem(const QString& path);

    // The files SQLite keeps beside a database in WAL mode.
    static QStringList companionFiles(const QString& databasePath);

    Error errorFrom(const QSqlError& error) const override;
    bool isCorruption(const QSqlError& error) const override;

    // busy_timeout; query_only for a read-only file.
    Result<void> configureConnection(const QSqlDatabase& db, bool readOnly) const override;
    // journal_mode is WAL already (the other settings only last as long as the connection).
    Result<bool> isConfiguredForWriting(const QSqlDatabase& db) const override;
    // journal_mode=WAL, synchronous=FULL, foreign_keys=ON.
    Result<void> configureForWriting(const QSqlDatabase& db) const override;
    // query_only.
    Result<void> setReadOnly(const QSqlDatabase& db, bool readOnly) const override;

    // No row in sqlite_master.
    Result<bool> isEmpty(const QSqlDatabase& db) const override;
    // PRAGMA application_id is applicationIdValue.
    Result<bool> isCarnets(const QSqlDatabase& db) const override;
    Result<void> markAsCarnets(const QSqlDatabase& db) const override;
    // PRAGMA user_version.
    Result<int> schemaVersion(const QSqlDatabase& db) const override;
    Result<void> setSchemaVersion(const QSqlDatabase& db, int version) const override;

    // PRAGMA quick_check, integrity_check, foreign_key_check.
    Result<QStringList> quickCheck(const QSqlDatabase& db) const override;
    Result<QStringList> integrityCheck(const QSqlDatabase& db) const override;
    Result<QStringList> foreignKeyCheck(const QSqlDatabase& db) const override;

    // A page cache of 64 MiB (cache_size), large enough for the indexes of a whole file while
    // they are written; the previous size is restored after. defer_foreign_keys.
    QVariant beginBulkWrite(const QSqlDatabase& db) const override;
    void endBulkWrite(const QSqlDatabase& db, const QVariant& saved) const override;
    Result<void> deferForeignKeys(const QSqlDatabase& db) const override;

    // CAST(julianday(column) + 0.5 AS INTEGER).
    QString dayNumber(const QString& column) const override;
};

} // namespace carnet
