#include "store/Database.h"

#include "store/DatabaseFiles.h"
#include "store/Dialect.h"
#include "store/IntegrityPrefetch.h"
#include "store/Migrations.h"
#include "store/SqlSupport.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace carnet {

namespace {

constexpr qint64 kBackupIntervalSecs = 24 * 60 * 60;

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::Database)
};

// The sentence that ends every "damaged" message: where the latest backup is.
QString backupAdvice(const QString& databasePath)
{
    const QList<BackupInfo> list = Database::backupsOf(databasePath);
    if (list.isEmpty())
        return DatabaseText::tr("There is no backup of it.");
    return DatabaseText::tr("The latest backup is %1 (%2): restore it to go on.")
        .arg(QDir::toNativeSeparators(list.constFirst().path),
             QLocale().toString(list.constFirst().created, QLocale::ShortFormat));
}

Error damagedError(const QString& databasePath, const QString& problem)
{
    return {Error::Kind::Damaged, QStringLiteral("path"),
            DatabaseText::tr("Carnet cannot open %1: %2. The file was not changed. %3")
                .arg(QDir::toNativeSeparators(databasePath), problem, backupAdvice(databasePath))};
}

Error readOnlyError()
{
    return {Error::Kind::ReadOnly,
            {},
            DatabaseText::tr("This file is open read-only because another Carnet is using it: "
                             "nothing was saved.")};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenOptions options)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("path"), DatabaseText::tr("No file was given."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const bool exists = info.exists();
    if (exists && !info.isFile()) {
        return Error::invalid(
            QStringLiteral("path"),
            DatabaseText::tr("%1 is not a file.").arg(QDir::toNativeSeparators(absolute)));
    }
    if (!exists && !options.create) {
        return Error::notFound(QStringLiteral("path"),
                               DatabaseText::tr("The file %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(absolute)));
    }
    if (!exists && !DatabaseFiles::ensureDirectory(info.absolutePath(), false)) {
        return Error::io(DatabaseText::tr("Carnet cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;

    // One writer at a time: a lock file beside the database. Qt removes a lock left by a
    // process that no longer runs on this computer (a crash) by itself.
    auto lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            if (!options.readOnlyWhenLocked) {
                qint64 pid = 0;
                QString host;
                QString app;
                lock->getLockInfo(&pid, &host, &app);
                return Error{
                    Error::Kind::Locked, QStringLiteral("path"),
                    DatabaseText::tr("The file is already open in %1 (process %2 on %3). Close it "
                                     "there first, or open it read-only.")
                        .arg(app.isEmpty() ? DatabaseText::tr("another program") : app)
                        .arg(pid)
                        .arg(host.isEmpty() ? DatabaseText::tr("an unknown computer") : host)};
            }
        } else if (!options.readOnlyWhenLocked || !exists) {
            return Error::io(
                DatabaseText::tr("Carnet cannot lock the file %1 (is its folder writable?).")
                    .arg(QDir::toNativeSeparators(absolute)));
        }
        db->m_readOnly = true;
        lock.reset();
    }
    if (lock) {
        // Like the database: only its owner reads who holds it.
        QFile::setPermissions(absolute + QStringLiteral(".lock"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    db->m_lock = std::move(lock);
    if (db->m_readOnly && !exists) {
        return Error::notFound(QStringLiteral("path"),
                               DatabaseText::tr("The file %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(absolute)));
    }

    // Look at the bytes before SQLite does: never "repair" a damaged file by writing to it.
    bool isNew = !exists;
    if (exists) {
        if (info.size() == 0) {
            if (!backupsOf(absolute).isEmpty())
                return damagedError(absolute, DatabaseText::tr("it is empty"));
            isNew = true;
        } else if (auto problem = SqliteDialect::fileProblem(absolute)) {
            return damagedError(absolute, *problem);
        }
    } else {
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, DatabaseFiles::kPrivateFile)) {
            return Error::io(DatabaseText::tr("Carnet cannot create the file %1.")
                                 .arg(QDir::toNativeSeparators(absolute)));
        }
    }
    if (!db->m_readOnly)
        QFile::setPermissions(absolute, DatabaseFiles::kPrivateFile);

    db->m_connectionName = QStringLiteral("carnet-%1").arg(++DatabaseFiles::s_connections);
    {
        QSqlDatabase sql = SqliteDialect::addConnection(
            db->m_connectionName, absolute,
            db->m_readOnly ? SqliteDialect::Access::ReadOnly : SqliteDialect::Access::ReadWrite);
        if (!sql.open()) {
            if (Dialect::of(sql).isCorruption(sql.lastError()))
                return damagedError(absolute, DatabaseText::tr("it is not a sound database"));
            return Error::io(
                DatabaseText::tr("Carnet cannot open %1: %2")
                    .arg(QDir::toNativeSeparators(absolute), sql.lastError().databaseText()));
        }
    }
    if (auto r = db->initialise(options, isNew); !r)
        return r.error();
    return db;
}

Result<void> Database::initialise(const OpenOptions& options, bool isNew)
{
    const QSqlDatabase sql = connection();
    const Dialect& dialect = Dialect::of(sql);
    auto asDamaged = [this](const Error& error) {
        return error.kind == Error::Kind::Damaged
                   ? damagedError(m_path, DatabaseText::tr("it is not a sound database"))
                   : error;
    };
    if (auto r = dialect.configureConnection(sql, m_readOnly); !r)
        return asDamaged(r.error());
    auto carnets = dialect.isCarnets(sql);
    if (!carnets)
        return asDamaged(carnets.error());
    auto version = dialect.schemaVersion(sql);
    if (!version)
        return asDamaged(version.error());
    auto empty = dialect.isEmpty(sql);
    if (!empty)
        return asDamaged(empty.error());
    if (!*empty && !*carnets)
        return damagedError(m_path, DatabaseText::tr("it is not a Carnet file"));
    const int latest = Migrations::latestVersion();
    if (*version > latest) {
        return Error{
            Error::Kind::TooNew, QStringLiteral("path"),
            DatabaseText::tr("%1 was written by a newer version of Carnet (file version %2; this "
                             "Carnet reads up to version %3). Update Carnet to open it. The file "
                             "was not changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(*version)
                .arg(latest)};
    }
    if (!*empty) {
        // quick_check (not integrity_check) on every open: it reads every page and checks
        // the b-trees and records, skipping only the index-versus-table comparison, so it
        // stays fast as the file grows. checkIntegrity() and restores run the full check.
        // The application may have begun it on another thread while its window was being
        // built (IntegrityPrefetch): its result stands only if it found this very file sound
        // and the file has not changed since; else the check runs here. With deferCheck, an
        // open that writes nothing goes on without waiting for it (completeCheck()).
        if (options.deferCheck && !m_readOnly && *version == latest &&
            !(options.backupOnOpen && backupDue())) {
            auto configured = dialect.isConfiguredForWriting(sql);
            if (!configured)
                return asDamaged(configured.error());
            // Else configureForWriting() below writes (SQLite: to the WAL journal mode).
            if (*configured) {
                m_deferredCheck = IntegrityPrefetch::take(m_path);
                if (m_deferredCheck)
                    m_soundness = Soundness::Deferred;
            }
        }
        if (m_soundness != Soundness::Deferred && !IntegrityPrefetch::provedSound(m_path)) {
            auto problems = dialect.quickCheck(sql);
            if (!problems)
                return asDamaged(problems.error());
            if (!problems->isEmpty())
                return damagedError(m_path, DatabaseText::tr("it fails the integrity check"));
        }
    }
    if (m_readOnly) {
        if (*empty || *version < latest) {
            return Error{
                Error::Kind::Locked, QStringLiteral("path"),
                DatabaseText::tr("The file is in use by another Carnet and must be upgraded before "
                                 "it can be read. Close the other Carnet first.")};
        }
        return {};
    }
    // The file is in WAL mode already when the check is deferred: nothing is written here.
    if (auto r = dialect.configureForWriting(sql); !r)
        return asDamaged(r.error());
    if (m_soundness == Soundness::Deferred) {
        // Not one write until the check has found the file sound; no upgrade nor backup is
        // due (see above).
        return dialect.setReadOnly(sql, true);
    }
    if (*version < latest) {
        if (!*empty && !isNew) {
            // Never upgrade without a copy of the file as it was.
            auto backup =
                DatabaseFiles::writeBackup(sql, m_path, QStringLiteral("before-v%1").arg(latest));
            if (!backup) {
                return Error::io(
                    DatabaseText::tr("Carnet must back up the file before upgrading it, and the "
                                     "backup failed: %1 The file was not changed.")
                        .arg(backup.error().message));
            }
        }
        const int from = *version;
        if (auto r = transaction([&] { return Migrations::migrate(sql, from); }); !r)
            return r;
    }
    if (options.backupOnOpen && !*empty && !isNew && backupDue()) {
        if (!backupNow())
            qWarning("Carnet: the automatic backup failed");
    }
    return {};
}

bool Database::backupDue() const
{
    const QList<DatabaseFiles::BackupEntry> list = DatabaseFiles::listBackups(backupDirectory());
    const auto newest =
        std::find_if(list.cbegin(), list.cend(),
                     [](const DatabaseFiles::BackupEntry& e) { return e.automatic; });
    return newest == list.cend() ||
           newest->info.created.secsTo(QDateTime::currentDateTime()) > kBackupIntervalSecs;
}

bool Database::isCheckRunning() const
{
    return m_soundness == Soundness::Deferred && m_deferredCheck &&
           !IntegrityPrefetch::finished(*m_deferredCheck);
}

Result<void> Database::completeCheck()
{
    switch (m_soundness) {
    case Soundness::Sound:
        return {};
    case Soundness::Damaged:
        return damagedError(m_path, m_damage);
    case Soundness::Deferred:
    case Soundness::Unchecked:
        break;
    }
    const QSqlDatabase sql = connection();
    const auto deferred = std::exchange(m_deferredCheck, nullptr);
    if (!deferred || !IntegrityPrefetch::provedSound(*deferred)) {
        // Not proved (changed since, or an error): checked here, as open() does.
        m_soundness = Soundness::Unchecked;
        auto problems = Dialect::of(sql).quickCheck(sql);
        if (!problems && problems.error().kind != Error::Kind::Damaged)
            return problems.error(); // checked again on the next write
        if (!problems || !problems->isEmpty()) {
            m_soundness = Soundness::Damaged;
            m_damage = problems ? DatabaseText::tr("it fails the integrity check")
                                : DatabaseText::tr("it is not a sound database");
            return damagedError(m_path, m_damage);
        }
    }
    if (auto r = Dialect::of(sql).setReadOnly(sql, false); !r)
        return r;
    m_soundness = Soundness::Sound;
    return {};
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DatabaseFiles::ensureDirectory(folder, false);
    return QDir(folder).filePath(QStringLiteral("carnet.sqlite"));
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        SqlSupport::forgetConnection(m_connectionName);
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const QSqlDatabase sql = connection();
    auto version = Dialect::of(sql).schemaVersion(sql);
    return version ? *version : -1;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    if (m_readOnly)
        return readOnlyError();
    // Opened while its check was still running: nothing is written before it proves the file.
    if (auto r = completeCheck(); !r)
        return r;
    const QSqlDatabase sql = connection();
    if (m_transactionDepth > 0) {
        // Nested: a savepoint inside the outer transaction.
        const QString name = QStringLiteral("carnet_sp%1").arg(m_transactionDepth);
        if (auto r = SqlSupport::exec(sql, QStringLiteral("SAVEPOINT ") + name); !r)
            return r;
        ++m_transactionDepth;
        Result<void> result = work();
        --m_transactionDepth;
        if (result) {
            result = SqlSupport::exec(sql, QStringLiteral("RELEASE SAVEPOINT ") + name);
            if (result)
                return result;
        }
        (void)SqlSupport::exec(sql, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
        (void)SqlSupport::exec(sql, QStringLiteral("RELEASE SAVEPOINT ") + name);
        return result;
    }
    if (auto r = SqlSupport::exec(sql, QStringLiteral("BEGIN")); !r)
        return r;
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (result) {
        result = SqlSupport::exec(sql, QStringLiteral("COMMIT"));
        if (result)
            return result;
    }
    (void)SqlSupport::exec(sql, QStringLiteral("ROLLBACK"));
    return result;
}

QString Database::attachmentDirectory() const
{
    QString directory = m_path + QStringLiteral(".attachments");
    if (!m_readOnly)
        DatabaseFiles::ensureDirectory(directory, true);
    return directory;
}

Result<QStringList> Database::checkIntegrity() const
{
    const QSqlDatabase sql = connection();
    const Dialect& dialect = Dialect::of(sql);
    auto problems = dialect.integrityCheck(sql);
    if (!problems)
        return problems;
    auto dangling = dialect.foreignKeyCheck(sql);
    if (!dangling)
        return dangling;
    return *problems + *dangling;
}

} // namespace carnet
