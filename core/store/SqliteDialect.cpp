#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::Database)
};

// SQLite's primary result codes (sqlite3.h), used to classify failures.
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26,
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error sqliteError(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case Full:
        return Error::io(DatabaseText::tr(
            "The disk is full: nothing was saved. Free some space and try again."));
    case ReadOnly:
        return {Error::Kind::ReadOnly,
                {},
                DatabaseText::tr("The file is read-only: nothing was saved.")};
    case Busy:
    case Locked:
        return {
            Error::Kind::Locked,
            {},
            DatabaseText::tr("The file is busy in another program: nothing was saved. Try again.")};
    case Corrupt:
    case NotADb:
        return {Error::Kind::Damaged,
                {},
                DatabaseText::tr("The file is damaged: nothing was saved. Restore a backup.")};
    case Constraint:
        return {Error::Kind::Conflict,
                {},
                DatabaseText::tr(
                    "The change contradicts what the file already holds: nothing was saved.")};
    case IoErr:
    case CantOpen:
        return Error::io(
            DatabaseText::tr("The file cannot be read or written (%1): nothing was saved.")
                .arg(error.databaseText()));
    default:
        return Error::io(
            DatabaseText::tr("The database refused the change (%1): nothing was saved.")
                .arg(error.text()));
    }
}

Result<void> pragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqliteError(query.lastError());
    return {};
}

Result<QVariant> pragmaValue(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqliteError(query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqliteError(query.lastError());
        return QVariant();
    }
    return query.value(0);
}

Result<QStringList> checkRows(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return sqliteError(query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        return sqliteError(query.lastError());
    return problems;
}

} // namespace

QString SqliteDialect::driverName()
{
    return QStringLiteral("QSQLITE");
}

QSqlDatabase SqliteDialect::addConnection(const QString& name, const QString& path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
    switch (access) {
    case Access::ReadWrite:
        db.setDatabaseName(path);
        break;
    case Access::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        break;
    case Access::Immutable:
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?mode=ro&immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
    return db;
}

Result<void> SqliteDialect::vacuumInto(const QSqlDatabase& db, const QString& targetPath)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return sqliteError(query.lastError());
    query.addBindValue(targetPath);
    if (!query.exec())
        return sqliteError(query.lastError());
    return {};
}

std::optional<QString> SqliteDialect::fileProblem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseText::tr("it cannot be read");
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return DatabaseText::tr("it is too short to be a database (truncated?)");
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return DatabaseText::tr("it is not a Carnet database");
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return DatabaseText::tr("its header is damaged");
    if (size % pageSize != 0)
        return DatabaseText::tr("it has been cut short (truncated)");
    // The page count in the header is valid when "version-valid-for" equals the change
    // counter. Without a write-ahead log the file must hold every page it announces.
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool hasWal = wal.exists() && wal.size() > 0;
    if (!hasWal && validFor == changeCounter && pageCount > 0 && size < pageCount * pageSize)
        return DatabaseText::tr("it has been cut short (truncated)");
    return std::nullopt;
}

QStringList SqliteDialect::companionFiles(const QString& databasePath)
{
    return {databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

Error SqliteDialect::errorFrom(const QSqlError& error) const
{
    return sqliteError(error);
}

bool SqliteDialect::isCorruption(const QSqlError& error) const
{
    const int code = primaryCode(error);
    return code == Corrupt || code == NotADb;
}

Result<void> SqliteDialect::configureConnection(const QSqlDatabase& db, bool readOnly) const
{
    if (auto r = pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)); !r)
        return r;
    if (readOnly)
        return setReadOnly(db, true);
    return {};
}

Result<bool> SqliteDialect::isConfiguredForWriting(const QSqlDatabase& db) const
{
    auto mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode"));
    if (!mode)
        return mode.error();
    return mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

Result<void> SqliteDialect::configureForWriting(const QSqlDatabase& db) const
{
    // WAL: a crash never leaves a half-written page in the file, readers do not block the
    // writer. synchronous=FULL: a committed transaction survives a power cut, not only a crash.
    auto mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::io(
            DatabaseText::tr("The file cannot use a write-ahead log (journal mode %1).")
                .arg(mode->toString()));
    if (auto r = pragma(db, QStringLiteral("PRAGMA synchronous = FULL")); !r)
        return r;
    return pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<void> SqliteDialect::setReadOnly(const QSqlDatabase& db, bool readOnly) const
{
    return pragma(db, readOnly ? QStringLiteral("PRAGMA query_only = ON")
                               : QStringLiteral("PRAGMA query_only = OFF"));
}

Result<bool> SqliteDialect::isEmpty(const QSqlDatabase& db) const
{
    auto value = pragmaValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!value)
        return value.error();
    return value->toLongLong() == 0;
}

Result<bool> SqliteDialect::isCarnets(const QSqlDatabase& db) const
{
    auto value = pragmaValue(db, QStringLiteral("PRAGMA application_id"));
    if (!value)
        return value.error();
    return static_cast<qint32>(value->toLongLong()) == applicationIdValue;
}

Result<void> SqliteDialect::markAsCarnets(const QSqlDatabase& db) const
{
    return pragma(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationIdValue));
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    auto value = pragmaValue(db, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value->toInt();
}

Result<void> SqliteDialect::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    return pragma(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<QStringList> SqliteDialect::quickCheck(const QSqlDatabase& db) const
{
    return checkRows(db, QStringLiteral("PRAGMA quick_check"));
}

Result<QStringList> SqliteDialect::integrityCheck(const QSqlDatabase& db) const
{
    return checkRows(db, QStringLiteral("PRAGMA integrity_check"));
}

Result<QStringList> SqliteDialect::foreignKeyCheck(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqliteError(query.lastError());
    QStringList problems;
    while (query.next()) {
        problems.append(QStringLiteral("%1 row %2 -> %3")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

QVariant SqliteDialect::beginBulkWrite(const QSqlDatabase& db) const
{
    // A whole file is 180 000 rows: the page cache (KiB when negative) is made large enough
    // for its indexes while they are written.
    auto saved = pragmaValue(db, QStringLiteral("PRAGMA cache_size"));
    if (!saved)
        return {};
    (void)pragma(db, QStringLiteral("PRAGMA cache_size = -65536"));
    return *saved;
}

void SqliteDialect::endBulkWrite(const QSqlDatabase& db, const QVariant& saved) const
{
    if (!saved.isNull())
        (void)pragma(db, QStringLiteral("PRAGMA cache_size = %1").arg(saved.toLongLong()));
}

Result<void> SqliteDialect::deferForeignKeys(const QSqlDatabase& db) const
{
    // Until the COMMIT, which fails (all or nothing) when a reference is still missing.
    return pragma(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

QString SqliteDialect::dayNumber(const QString& column) const
{
    // julianday() counts from noon: + 0.5 then truncation gives QDate's day number.
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

} // namespace carnet
