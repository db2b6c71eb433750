#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/IntegrityPrefetch.h"

#include <QFileInfo>
#include <QRandomGenerator>
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
            auto r = db.value()->transaction([&]() -> Result<void> {
                SessionRepository sessions(db.value()->connection());
                for (int i = 0; i < 400; ++i) {
                    Session s;
                    s.personId = ids.adult;
                    s.practitionerId = ids.psychologist;
                    s.date = QDate(2020, 1, 1).addDays(i);
                    s.feeCents = 5000;
                    s.notes = QString(200, QLatin1Char('n')) + QString::number(i);
                    if (auto id = sessions.insert(s); !id)
                        return id.error();
                }
                return {};
            });
            QVERIFY(r.ok());
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
