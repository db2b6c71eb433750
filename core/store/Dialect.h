#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace carnet {

// What the store says to its database beyond portable SQL, for one driver. The repositories,
// the migrations, the import and Database reach it through Dialect::of(connection) and never
// write a statement of their own that only one database understands. SqliteDialect is the one
// implementation so far; a PostgreSQL store (QPSQL) adds a sibling and picks it in of().
// Implementations hold no state: one instance serves every connection, on any thread.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect of the driver `db` was opened with.
    static const Dialect& of(const QSqlDatabase& db);

    // An error of the driver as a Carnet error with a sentence a user can read.
    virtual Error errorFrom(const QSqlError& error) const = 0;
    // True when the error says the file or the database is damaged.
    virtual bool isCorruption(const QSqlError& error) const = 0;

    // Per-connection settings that never write (timeouts; read-only when `readOnly`).
    virtual Result<void> configureConnection(const QSqlDatabase& db, bool readOnly) const = 0;
    // True when configureForWriting() would change nothing.
    virtual Result<bool> isConfiguredForWriting(const QSqlDatabase& db) const = 0;
    // The settings of a database about to be written, applied once its version and soundness
    // are known (they may write).
    virtual Result<void> configureForWriting(const QSqlDatabase& db) const = 0;
    // Refuses (or allows again) every write on this connection.
    virtual Result<void> setReadOnly(const QSqlDatabase& db, bool readOnly) const = 0;

    // True when the database holds no table at all (a new file).
    virtual Result<bool> isEmpty(const QSqlDatabase& db) const = 0;
    // True when the database is marked as Carnet's (markAsCarnets(), run by the first
    // migration).
    virtual Result<bool> isCarnets(const QSqlDatabase& db) const = 0;
    virtual Result<void> markAsCarnets(const QSqlDatabase& db) const = 0;
    // The schema version (0 for a new database); set by the migrations, in their transaction.
    virtual Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    virtual Result<void> setSchemaVersion(const QSqlDatabase& db, int version) const = 0;

    // The problems found, empty when sound. quickCheck() runs on every open and must stay
    // fast as the data grows; integrityCheck() is the full check.
    virtual Result<QStringList> quickCheck(const QSqlDatabase& db) const = 0;
    virtual Result<QStringList> integrityCheck(const QSqlDatabase& db) const = 0;
    // One line per dangling reference, empty when none.
    virtual Result<QStringList> foreignKeyCheck(const QSqlDatabase& db) const = 0;

    // A bulk write (an import of a whole file) in one transaction. beginBulkWrite() runs
    // before the transaction and returns what endBulkWrite() restores after it, whatever its
    // outcome; both only tune speed and fail silently. deferForeignKeys() runs inside the
    // transaction: references are checked at its COMMIT, not at each row.
    virtual QVariant beginBulkWrite(const QSqlDatabase& db) const = 0;
    virtual void endBulkWrite(const QSqlDatabase& db, const QVariant& saved) const = 0;
    virtual Result<void> deferForeignKeys(const QSqlDatabase& db) const = 0;

    // SQL text: the Julian day number (QDate::toJulianDay()) of an ISO 8601 date column, as
    // an integer, NULL when the column is. For the bulk reads: an integer costs far less than
    // text to read through QtSql.
    virtual QString dayNumber(const QString& column) const = 0;
};

} // namespace carnet
