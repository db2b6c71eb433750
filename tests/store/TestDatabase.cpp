#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlSupport.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using namespace carnet::test;

namespace {

QVariant pragma(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0) : QVariant();
}

Database::OpenOptions noBackup()
{
    Database::OpenOptions options;
    options.backupOnOpen = false;
    return options;
}

qint64 personCount(const Database& db)
{
    return PersonRepository(db.connection()).all().value().size();
}

} // namespace

// Database: opening, pragmas, permissions, the lock, backups and restore, damaged files.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A closed file holding the sample plus `extraSessions` sessions with long notes.
    void makeFile(const QString& file, int extraSessions = 0)
    {
        auto db = Database::open(file, noBackup());
        QVERIFY2(db.ok(), why(db).constData());
        const auto ids = fillSample(db.value()->connection());
        QVERIFY(addLongSessions(*db.value(), ids, extraSessions).ok());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsPrivateFileWithPragmas()
    {
        const QString folder = path(QStringLiteral("new/folder"));
        const QString file = folder + QStringLiteral("/carnet.sqlite");
        auto db = Database::open(file);
        QVERIFY2(db.ok(), why(db).constData());
        QCOMPARE(db.value()->path(), file);
        QVERIFY(!db.value()->isReadOnly());
        QCOMPARE(modeOf(file), ownerOnlyFile());
        QCOMPARE(modeOf(folder), ownerOnlyDir());
        QCOMPARE(modeOf(path(QStringLiteral("new"))), ownerOnlyDir());
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);

        const QSqlDatabase sql = db.value()->connection();
        QCOMPARE(pragma(sql, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(sql, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(sql, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(sql, QStringLiteral("busy_timeout")).toInt(), SqliteDialect::busyTimeoutMs);
        QCOMPARE(pragma(sql, QStringLiteral("application_id")).toLongLong(),
                 qint64(SqliteDialect::applicationIdValue));

        // Companion files and the folders Carnet owns are private too.
        fillSample(sql);
        QCOMPARE(modeOf(file + QStringLiteral("-wal")), ownerOnlyFile());
        QCOMPARE(modeOf(file + QStringLiteral(".lock")), ownerOnlyFile());
        QCOMPARE(modeOf(db.value()->attachmentDirectory()), ownerOnlyDir());
        auto backup = db.value()->backupNow();
        QVERIFY(backup.ok());
        QCOMPARE(modeOf(db.value()->backupDirectory()), ownerOnlyDir());
        QCOMPARE(modeOf(backup->path), ownerOnlyFile());
        // No backup is made for a brand new file.
        QCOMPARE(db.value()->backups().size(), 1);
    }

    void eachDatabaseHasItsOwnConnection()
    {
        auto a = Database::open(path(QStringLiteral("a.sqlite")));
        auto b = Database::open(path(QStringLiteral("b.sqlite")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value()->connection().connectionName() !=
                b.value()->connection().connectionName());
        fillSample(a.value()->connection());
        QCOMPARE(personCount(*a.value()), 2);
        QCOMPARE(personCount(*b.value()), 0);
    }

    void defaultPathIsInAppData()
    {
        const QString file = Database::defaultPath();
        QCOMPARE(QFileInfo(file).fileName(), QStringLiteral("carnet.sqlite"));
        QCOMPARE(QFileInfo(file).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(QFileInfo(QFileInfo(file).absolutePath()).isDir());
    }

    void refusesMissingFileWithoutCreate()
    {
        Database::OpenOptions options;
        options.create = false;
        const QString file = path(QStringLiteral("missing.sqlite"));
        auto db = Database::open(file, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(file));
    }

    void reopenKeepsData()
    {
        const QString file = path(QStringLiteral("reopen.sqlite"));
        makeFile(file);
        auto db = Database::open(file, noBackup());
        QVERIFY(db.ok());
        QCOMPARE(personCount(*db.value()), 2);
        QVERIFY(db.value()->checkIntegrity().value().isEmpty());
    }

    void refusesNewerFileAndChangesNothing()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        makeFile(file);
        {
            auto db = Database::open(file, noBackup());
            QVERIFY(SqliteDialect().setSchemaVersion(db.value()->connection(), 99).ok());
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::TooNew);
        QVERIFY2(db.error().message.contains(QStringLiteral("99")), qPrintable(db.error().message));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".backups")));
    }

    void refusesDamagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("overwritten header") << QStringLiteral("header");
        QTest::newRow("truncated to whole pages") << QStringLiteral("truncate-pages");
        QTest::newRow("truncated mid-page") << QStringLiteral("truncate-bytes");
        QTest::newRow("random bytes in the middle") << QStringLiteral("random");
        QTest::newRow("not a database") << QStringLiteral("text");
    }
    void refusesDamagedFile()
    {
        QFETCH(QString, damage);
        const QString file = path(QStringLiteral("damaged-%1.sqlite").arg(damage));
        makeFile(file, 400);
        QString backupPath;
        {
            auto db = Database::open(file, noBackup());
            QVERIFY(db.ok());
            backupPath = db.value()->backupNow().value().path;
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        const qint64 size = QFileInfo(file).size();
        const qint64 pageSize = 4096;
        QVERIFY(size > 20 * pageSize);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("header")) {
                f.write(QByteArray(16, 'X'));
            } else if (damage == QLatin1String("truncate-pages")) {
                QVERIFY(f.resize((size / pageSize / 2) * pageSize));
            } else if (damage == QLatin1String("truncate-bytes")) {
                QVERIFY(f.resize(size / 2 + 123));
            } else if (damage == QLatin1String("random")) {
                QRandomGenerator random(20250101);
                QByteArray noise(pageSize, Qt::Uninitialized);
                for (char& c : noise)
                    c = char(random.bounded(256));
                f.seek((size / pageSize / 2) * pageSize);
                f.write(noise);
            } else {
                f.resize(0);
                f.write("name;date\nAlice;2025-01-01\n");
            }
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(backupPath)),
                 qPrintable(db.error().message));
        QCOMPARE(fileHash(file), before);
        // Still refused, still unchanged, on a second try.
        QVERIFY(!Database::open(file).ok());
        QCOMPARE(fileHash(file), before);
    }

    void emptyFile()
    {
        // An empty file with no backup is a new file; with backups, a lost one.
        const QString fresh = path(QStringLiteral("empty.sqlite"));
        QFile(fresh).open(QIODevice::WriteOnly);
        {
            auto db = Database::open(fresh);
            QVERIFY2(db.ok(), why(db).constData());
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
            QVERIFY(db.value()->backupNow().ok());
        }
        QFile(fresh).resize(0);
        QFile::remove(fresh + QStringLiteral("-wal"));
        auto db = Database::open(fresh);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QCOMPARE(QFileInfo(fresh).size(), 0);
    }

    void refusesOtherSqliteFile()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QCOMPARE(fileHash(file), before);
    }

    void secondOpenerIsRefusedOrReadOnly()
    {
        const QString file = path(QStringLiteral("locked.sqlite"));
        auto first = Database::open(file, noBackup());
        QVERIFY(first.ok());
        fillSample(first.value()->connection());
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));

        auto second = Database::open(file, noBackup());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Locked);
        const QString message = second.error().message;
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));

        Database::OpenOptions options = noBackup();
        options.readOnlyWhenLocked = true;
        auto reader = Database::open(file, options);
        QVERIFY2(reader.ok(), why(reader).constData());
        QVERIFY(reader.value()->isReadOnly());
        QCOMPARE(personCount(*reader.value()), 2);
        const QStringList before = dump(first.value()->connection());

        // Writes are refused, through transaction() and even behind its back.
        auto write = reader.value()->transaction([&]() -> Result<void> {
            return PersonRepository(reader.value()->connection()).insert(sampleChild()).error();
        });
        QVERIFY(!write.ok());
        QCOMPARE(write.error().kind, Error::Kind::ReadOnly);
        auto raw = PersonRepository(reader.value()->connection()).insert(sampleChild());
        QVERIFY(!raw.ok());
        QCOMPARE(dump(first.value()->connection()), before);

        // The reader sees what the writer commits.
        PersonRepository(first.value()->connection()).insert(sampleChild()).value();
        QCOMPARE(personCount(*reader.value()), 3);

        // Once the writer is gone, the file opens writable again.
        reader.value().reset();
        first.value().reset();
        auto again = Database::open(file, noBackup());
        QVERIFY(again.ok());
        QVERIFY(!again.value()->isReadOnly());
    }

    void backupOnOpenOncePerDayAndBounded()
    {
        const QString file = path(QStringLiteral("backups.sqlite"));
        makeFile(file);
        QVERIFY(Database::backupsOf(file).isEmpty());
        {
            auto db = Database::open(file); // the first open of existing data backs it up
            QVERIFY(db.ok());
            QCOMPARE(db.value()->backups().size(), 1);
        }
        {
            auto db = Database::open(file); // less than a day later: no new backup
            QVERIFY(db.ok());
            QCOMPARE(db.value()->backups().size(), 1);
        }
        // Pretend the backup is two days old.
        const QString old = Database::backupsOf(file).constFirst().path;
        const QString stamp =
            QDateTime::currentDateTime().addDays(-2).toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        const QString renamed = QFileInfo(old).absolutePath() + QStringLiteral("/backups-") +
                                stamp + QStringLiteral(".sqlite");
        QVERIFY(QFile::rename(old, renamed));
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            const auto list = db.value()->backups();
            QCOMPARE(list.size(), 2);
            QVERIFY(list.at(0).created > list.at(1).created); // newest first
            QCOMPARE(list.at(1).path, renamed);
            QVERIFY(list.at(0).size > 0);
            QCOMPARE(list.at(0).size, QFileInfo(list.at(0).path).size());
            for (int i = 0; i < 12; ++i)
                QVERIFY(db.value()->backupNow().ok());
            QCOMPARE(db.value()->backups().size(), 10);
            QVERIFY(!QFileInfo::exists(renamed)); // the oldest went first
        }
    }

    void backupIsACompleteCopy()
    {
        const QString file = path(QStringLiteral("copy.sqlite"));
        makeFile(file);
        auto db = Database::open(file, noBackup());
        auto backup = db.value()->backupNow();
        QVERIFY(backup.ok());
        const QStringList expected = dump(db.value()->connection());
        auto copy = Database::open(backup->path, noBackup());
        QVERIFY2(copy.ok(), why(copy).constData());
        QCOMPARE(dump(copy.value()->connection()), expected);
    }

    void restoreBackupKeepsReplacedCopy()
    {
        const QString file = path(QStringLiteral("restore.sqlite"));
        makeFile(file);
        QString backupPath;
        QStringList original;
        {
            auto db = Database::open(file, noBackup());
            original = dump(db.value()->connection());
            backupPath = db.value()->backupNow().value().path;
            PersonRepository(db.value()->connection()).insert(sampleChild()).value();
            QCOMPARE(personCount(*db.value()), 3);

            // Refused while the file is open.
            auto refused = Database::restoreBackup(file, backupPath);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Locked);
        }
        QVERIFY(Database::restoreBackup(file, backupPath).ok());
        QCOMPARE(modeOf(file), ownerOnlyFile());
        {
            auto db = Database::open(file, noBackup());
            QVERIFY(db.ok());
            QCOMPARE(dump(db.value()->connection()), original);
        }
        // The replaced file (3 persons) is kept beside the backups.
        QString replaced;
        for (const BackupInfo& info : Database::backupsOf(file)) {
            if (info.path.endsWith(QStringLiteral("-replaced.sqlite")))
                replaced = info.path;
        }
        QVERIFY(!replaced.isEmpty());
        auto kept = Database::open(replaced, noBackup());
        QVERIFY(kept.ok());
        QCOMPARE(personCount(*kept.value()), 3);
    }

    void restoreRefusesDamagedBackup()
    {
        const QString file = path(QStringLiteral("restore-damaged.sqlite"));
        makeFile(file, 200);
        QString backupPath;
        {
            auto db = Database::open(file, noBackup());
            backupPath = db.value()->backupNow().value().path;
        }
        {
            QFile f(backupPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2 / 4096 * 4096);
            f.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = fileHash(file);
        auto r = Database::restoreBackup(file, backupPath);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Damaged);
        QCOMPARE(fileHash(file), before);
        auto missing = Database::restoreBackup(file, path(QStringLiteral("nope.sqlite")));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".restoring")));
    }

    void diskFullLosesNothing()
    {
        const QString file = path(QStringLiteral("full.sqlite"));
        makeFile(file);
        auto db = Database::open(file, noBackup());
        QVERIFY(db.ok());
        const QSqlDatabase sql = db.value()->connection();
        const QStringList before = dump(sql);
        const int pages = pragma(sql, QStringLiteral("page_count")).toInt();
        QSqlQuery(sql).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));

        auto r = db.value()->transaction([&]() -> Result<void> {
            PersonRepository persons(sql);
            for (int i = 0; i < 500; ++i) {
                Person p = sampleAdult();
                p.notes = QString(1000, QLatin1Char('x'));
                if (auto id = persons.insert(p); !id)
                    return id.error();
            }
            return {};
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(r.error().message));
        QCOMPARE(dump(sql), before);

        // Space again: the file works on.
        QSqlQuery(sql).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        auto ok = db.value()->transaction([&]() -> Result<void> {
            return PersonRepository(sql).insert(sampleChild()).ok()
                       ? Result<void>()
                       : Result<void>(Error::io(QStringLiteral("insert")));
        });
        QVERIFY(ok.ok());
        QCOMPARE(personCount(*db.value()), 3);
        QVERIFY(db.value()->checkIntegrity().value().isEmpty());
    }

    void transactionRollsBackAndNests()
    {
        auto db = Database::open(path(QStringLiteral("tx.sqlite")), noBackup());
        QVERIFY(db.ok());
        const QSqlDatabase sql = db.value()->connection();
        auto failed = db.value()->transaction([&]() -> Result<void> {
            PersonRepository(sql).insert(sampleAdult()).value();
            return Error::invalid(QStringLiteral("name"), QStringLiteral("no"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().field, QStringLiteral("name"));
        QCOMPARE(personCount(*db.value()), 0);

        auto outer = db.value()->transaction([&]() -> Result<void> {
            PersonRepository(sql).insert(sampleAdult()).value();
            auto inner = db.value()->transaction([&]() -> Result<void> {
                PersonRepository(sql).insert(sampleChild()).value();
                return Error::invalid(QStringLiteral("x"), QStringLiteral("inner"));
            });
            if (inner.ok())
                return Error::io(QStringLiteral("inner should fail"));
            return db.value()->transaction([&]() -> Result<void> {
                Person p = sampleChild();
                p.name = QStringLiteral("Nested");
                return PersonRepository(sql).insert(p).ok() ? Result<void>()
                                                            : Error::io(QStringLiteral("insert"));
            });
        });
        QVERIFY(outer.ok());
        const auto persons = PersonRepository(sql).all().value();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons.at(0).name, QStringLiteral("Alice Martin"));
        QCOMPARE(persons.at(1).name, QStringLiteral("Nested"));
    }

    void splitsMigrationScripts()
    {
        const QString script =
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', \"we;ird\" INT);\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine', 1);\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  UPDATE a SET x = CASE WHEN x = 'a' THEN 'b' ELSE x END;\n"
                           "  DELETE FROM a WHERE 0;\n"
                           "END;\n"
                           "  \n");
        const QStringList statements = Migrations::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements.at(0).contains(QStringLiteral("'semi;colon'")));
        QVERIFY(statements.at(1).contains(QStringLiteral("'it''s; fine'")));
        QVERIFY(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(2).endsWith(QStringLiteral("END")));
        QVERIFY(Migrations::statements(1).size() > 10);
        QVERIFY(Migrations::statements(Database::latestSchemaVersion() + 1).isEmpty());
    }
    void selectStatementsAreReusedAndReset()
    {
        // A SELECT is prepared once per connection and leased to one reader at a time: a
        // nested run of the same text while the outer one still reads gets its own
        // statement, and a reader that stops early leaves no open statement behind (a
        // TRUNCATE checkpoint needs every read to be over).
        const QString file = path(QStringLiteral("reuse.sqlite"));
        auto db = Database::open(file, noBackup());
        QVERIFY(db.ok());
        const QSqlDatabase sql = db.value()->connection();
        QVERIFY(SqlSupport::exec(sql, QStringLiteral("CREATE TABLE t (n INTEGER)")).ok());
        for (int n = 1; n <= 3; ++n)
            QVERIFY(
                SqlSupport::exec(sql, QStringLiteral("INSERT INTO t (n) VALUES (?)"), {n}).ok());
        const QString select = QStringLiteral("SELECT n FROM t WHERE n >= ? ORDER BY n");
        int pairs = 0;
        {
            auto outer = SqlSupport::run(sql, select, {1});
            QVERIFY(outer.ok());
            while (outer.value().next()) {
                auto inner = SqlSupport::run(sql, select, {2});
                QVERIFY(inner.ok());
                while (inner.value().next())
                    ++pairs;
            }
        }
        QCOMPARE(pairs, 6);
        {
            auto partial = SqlSupport::run(sql, select, {1});
            QVERIFY(partial.ok());
            QVERIFY(partial.value().next());
            QCOMPARE(partial.value().value(0).toInt(), 1);
        }
        auto again = SqlSupport::run(sql, select, {3});
        QVERIFY(again.ok());
        QVERIFY(again.value().next());
        QCOMPARE(again.value().value(0).toInt(), 3);
        QVERIFY(!again.value().next());
        {
            auto abandoned = SqlSupport::run(sql, select, {1});
            QVERIFY(abandoned.ok() && abandoned.value().next());
        }
        auto checkpoint =
            SqlSupport::scalar(sql, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint.ok());
        QCOMPARE(checkpoint.value().toInt(), 0); // 0 = not blocked by an open read
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
