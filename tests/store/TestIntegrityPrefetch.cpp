#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/IntegrityPrefetch.h"
#include "store/SqlSupport.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <filesystem>

using namespace carnet;
using namespace carnet::test;

namespace {

Database::OpenOptions noBackup()
{
    Database::OpenOptions options;
    options.backupOnOpen = false;
    return options;
}

// An open that lets the prefetch's check end after it returns.
Database::OpenOptions deferred()
{
    Database::OpenOptions options = noBackup();
    options.deferCheck = true;
    return options;
}

// A change through transaction(): the last session removed.
Result<void> removeLastSession(Database& db)
{
    return db.transaction([&db] {
        return SqlSupport::exec(db.connection(), QStringLiteral("DELETE FROM sessions WHERE id = "
                                                                "(SELECT max(id) FROM sessions)"));
    });
}

qint64 sessionCount(const Database& db)
{
    return SqlSupport::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sessions"))
        .value()
        .toLongLong();
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Dates the file (and its log) an hour back, as a file last written long before it is opened.
void age(const QString& file)
{
    const auto past = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
    for (const QString& path : {file, file + QStringLiteral("-wal")}) {
        if (QFileInfo::exists(path))
            std::filesystem::last_write_time(fsPath(path), past);
    }
}

// Random bytes over a page in the middle of the file: only a check that reads every page
// finds it (the header and the schema stay sound).
void damageMiddle(const QString& file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QRandomGenerator random(20250101);
    QByteArray noise(pageSize, Qt::Uninitialized);
    for (char& c : noise)
        c = char(random.bounded(256));
    QVERIFY(f.seek((f.size() / pageSize / 2) * pageSize));
    QCOMPARE(f.write(noise), pageSize);
}

} // namespace

// The quick check begun while the window is built (IntegrityPrefetch) stands for the check of
// Database::open only for the same, unchanged, sound file, once; a damaged file is refused
// before anything is written, whether it was damaged before or after the prefetch began.
class TestIntegrityPrefetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A closed file with the sample and enough sessions to span many pages, aged.
    void makeFile(const QString& file)
    {
        {
            auto db = Database::open(file, noBackup());
            QVERIFY2(db.ok(), why(db).constData());
            const auto ids = fillSample(db.value()->connection());
            QVERIFY(addLongSessions(*db.value(), ids, 400).ok());
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(file).size() > 20 * 4096);
        age(file);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void soundUnchangedFileIsProvedOnce()
    {
        const QString file = path(QStringLiteral("sound.sqlite"));
        makeFile(file);
        const QString absolute = QFileInfo(file).absoluteFilePath();
        {
            IntegrityPrefetch prefetch(file);
            QVERIFY(!IntegrityPrefetch::provedSound(path(QStringLiteral("other.sqlite"))));
            QVERIFY(IntegrityPrefetch::provedSound(absolute));
            QVERIFY(!IntegrityPrefetch::provedSound(absolute)); // one open only
        }
        {
            IntegrityPrefetch prefetch(file);
            auto db = Database::open(file, noBackup());
            QVERIFY2(db.ok(), why(db).constData());
            QVERIFY(!IntegrityPrefetch::provedSound(absolute)); // the open used it
        }
        // Gone with its object.
        QVERIFY(!IntegrityPrefetch::provedSound(absolute));
    }

    void takenCheckStandsWhileTheFileIsReadOpen()
    {
        // A deferred open reads the file (its log and shared memory created beside it) while
        // the check runs: that does not spoil the proof.
        const QString file = path(QStringLiteral("taken.sqlite"));
        makeFile(file);
        const QString absolute = QFileInfo(file).absoluteFilePath();
        IntegrityPrefetch prefetch(file);
        const auto taken = IntegrityPrefetch::take(absolute);
        QVERIFY(taken);
        QVERIFY(!IntegrityPrefetch::take(absolute)); // one open only
        auto opened = Database::open(file, noBackup());
        QVERIFY2(opened.ok(), why(opened).constData());
        QVERIFY(sessionCount(*opened.value()) >= 400);
        QVERIFY(IntegrityPrefetch::provedSound(*taken));
        QVERIFY(IntegrityPrefetch::finished(*taken));
    }

    void damagedFileIsRefused()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        makeFile(file);
        damageMiddle(file);
        age(file);
        const QByteArray before = fileHash(file);
        {
            IntegrityPrefetch prefetch(file);
            QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(file).absoluteFilePath()));
        }
        IntegrityPrefetch prefetch(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QCOMPARE(fileHash(file), before);
    }

    void fileDamagedAfterThePrefetchBeganIsRefused()
    {
        // The prefetch may have read a sound file: the change (a new modification time) makes
        // open() check again, and it finds the damage.
        const QString file = path(QStringLiteral("later.sqlite"));
        makeFile(file);
        IntegrityPrefetch prefetch(file);
        damageMiddle(file);
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QCOMPARE(fileHash(file), before);
    }

    void changedFileIsNotProved()
    {
        const QString file = path(QStringLiteral("changed.sqlite"));
        makeFile(file);
        IntegrityPrefetch prefetch(file);
        std::filesystem::last_write_time(fsPath(file),
                                         std::filesystem::file_time_type::clock::now());
        QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(file).absoluteFilePath()));
    }

    void recentlyWrittenFileIsLeftToOpen()
    {
        // Written a moment ago: a write within the same clock tick would not show, so open()
        // checks it itself.
        const QString file = path(QStringLiteral("recent.sqlite"));
        makeFile(file);
        std::filesystem::last_write_time(fsPath(file),
                                         std::filesystem::file_time_type::clock::now());
        IntegrityPrefetch prefetch(file);
        QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(file).absoluteFilePath()));
        auto db = Database::open(file, noBackup());
        QVERIFY2(db.ok(), why(db).constData());
    }

    void fileWrittenAMomentAgoIsProvedWhereTimesAreFine()
    {
        // Linux dates writes within a few milliseconds on file systems with sub-second times:
        // a file written half a second ago is proved; one whose time has no sub-second part
        // (a file system that keeps whole seconds) must be two seconds old.
        const QString file = path(QStringLiteral("moment.sqlite"));
        makeFile(file);
        const QString absolute = QFileInfo(file).absoluteFilePath();
        const auto now = std::filesystem::file_time_type::clock::now();
        const auto halfSecondAgo = now - std::chrono::milliseconds(500);
        const auto wholeSecond =
            std::chrono::floor<std::chrono::seconds>(now - std::chrono::milliseconds(500));
        std::filesystem::last_write_time(fsPath(file), wholeSecond);
        {
            IntegrityPrefetch prefetch(file);
            QVERIFY(!IntegrityPrefetch::provedSound(absolute));
        }
        std::filesystem::last_write_time(fsPath(file), halfSecondAgo);
        if (std::filesystem::last_write_time(fsPath(file)) != halfSecondAgo)
            QSKIP("this file system keeps coarser times");
        IntegrityPrefetch prefetch(file);
#ifdef Q_OS_LINUX
        QVERIFY(IntegrityPrefetch::provedSound(absolute));
#else
        QVERIFY(!IntegrityPrefetch::provedSound(absolute));
#endif
    }

    void fileWithALogLeftToOpen()
    {
        // Changes still in the write-ahead log (another Carnet has it open): open() checks.
        const QString file = path(QStringLiteral("logged.sqlite"));
        makeFile(file);
        auto writer = Database::open(file, noBackup());
        QVERIFY2(writer.ok(), why(writer).constData());
        fillSample(writer.value()->connection());
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
        age(file);
        IntegrityPrefetch prefetch(file);
        QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(file).absoluteFilePath()));
    }

    void nothingIsCreatedBesideTheFile()
    {
        const QString file = path(QStringLiteral("alone.sqlite"));
        makeFile(file);
        const QByteArray before = fileHash(file);
        {
            IntegrityPrefetch prefetch(file);
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
        QCOMPARE(fileHash(file), before);
    }

    void deferredOpenWritesOnlyOnceTheFileIsProved()
    {
        const QString file = path(QStringLiteral("deferred.sqlite"));
        makeFile(file);
        const QByteArray before = fileHash(file);
        IntegrityPrefetch prefetch(file);
        auto opened = Database::open(file, deferred());
        QVERIFY2(opened.ok(), why(opened).constData());
        Database& db = *opened.value();
        // Open and read while the check may still run; the prefetch is this open's.
        QVERIFY(!db.isProvedSound());
        QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(file).absoluteFilePath()));
        const qint64 sessions = sessionCount(db);
        QVERIFY(sessions >= 400);
        // Not one write meanwhile, even one that does not go through transaction().
        QSqlQuery raw(db.connection());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM sessions")));
        QCOMPARE(sessionCount(db), sessions);
        QCOMPARE(fileHash(file), before);
        // A change waits for the check, which proves the file: it goes through.
        QVERIFY(removeLastSession(db).ok());
        QVERIFY(db.isProvedSound());
        QVERIFY(!db.isCheckRunning());
        QCOMPARE(sessionCount(db), sessions - 1);
        QVERIFY(db.completeCheck().ok());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM sessions WHERE id = "
                                        "(SELECT max(id) FROM sessions)")));
        QCOMPARE(sessionCount(db), sessions - 2);
    }

    void deferredOpenOfADamagedFileWritesNothing()
    {
        const QString file = path(QStringLiteral("deferred-damaged.sqlite"));
        makeFile(file);
        damageMiddle(file);
        age(file);
        const QByteArray before = fileHash(file);
        {
            IntegrityPrefetch prefetch(file);
            auto opened = Database::open(file, deferred());
            QVERIFY2(opened.ok(), why(opened).constData()); // its header is sound
            Database& db = *opened.value();
            QVERIFY(!db.isProvedSound());
            const auto changed = removeLastSession(db);
            QVERIFY(!changed.ok());
            QCOMPARE(changed.error().kind, Error::Kind::Damaged);
            QVERIFY(!db.isProvedSound());
            QVERIFY(!db.isCheckRunning());
            // No backup of it either: it would become the latest one to restore.
            const auto backup = db.backupNow();
            QVERIFY(!backup.ok());
            QCOMPARE(backup.error().kind, Error::Kind::Damaged);
            QVERIFY(db.backups().isEmpty());
            // Damaged for good.
            QCOMPARE(db.completeCheck().error().kind, Error::Kind::Damaged);
            QSqlQuery raw(db.connection());
            QVERIFY(!raw.exec(QStringLiteral("DELETE FROM persons")));
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    void deferredOpenChecksAFileChangedSinceThePrefetchBegan()
    {
        // The prefetch may have read it sound before the damage: its result does not stand,
        // and the file is checked on the open's connection before the first write.
        const QString file = path(QStringLiteral("deferred-later.sqlite"));
        makeFile(file);
        IntegrityPrefetch prefetch(file);
        damageMiddle(file);
        const QByteArray before = fileHash(file);
        auto opened = Database::open(file, deferred());
        QVERIFY2(opened.ok(), why(opened).constData());
        const auto changed = removeLastSession(*opened.value());
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().kind, Error::Kind::Damaged);
        opened.value().reset();
        QCOMPARE(fileHash(file), before);
    }

    void openThatWritesWaitsForTheCheck()
    {
        // No backup yet: the open makes the daily one, so it waits for the check first, and
        // refuses a damaged file before backing it up.
        const QString sound = path(QStringLiteral("due.sqlite"));
        makeFile(sound);
        Database::OpenOptions options;
        options.deferCheck = true;
        {
            IntegrityPrefetch prefetch(sound);
            auto opened = Database::open(sound, options);
            QVERIFY2(opened.ok(), why(opened).constData());
            QVERIFY(opened.value()->isProvedSound());
            QCOMPARE(opened.value()->backups().size(), 1);
        }
        const QString damaged = path(QStringLiteral("due-damaged.sqlite"));
        makeFile(damaged);
        damageMiddle(damaged);
        age(damaged);
        const QByteArray before = fileHash(damaged);
        IntegrityPrefetch prefetch(damaged);
        auto opened = Database::open(damaged, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Damaged);
        QVERIFY(Database::backupsOf(damaged).isEmpty());
        QCOMPARE(fileHash(damaged), before);
    }

    void missingOrEmptyFileStartsNothing()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        {
            IntegrityPrefetch prefetch(missing);
            QVERIFY(!IntegrityPrefetch::provedSound(QFileInfo(missing).absoluteFilePath()));
        }
        QVERIFY(!QFileInfo::exists(missing));
        IntegrityPrefetch none{QString()};
    }
};

QTEST_GUILESS_MAIN(TestIntegrityPrefetch)
#include "TestIntegrityPrefetch.moc"
