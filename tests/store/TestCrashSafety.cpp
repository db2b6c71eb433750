#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using namespace carnet::test;

// A writer killed with SIGKILL at random moments loses nothing it reported committed, and
// leaves a sound file (WAL + synchronous=FULL) and a lock the next opener recovers.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts the writer on `file` and waits until it has the file open.
    bool startWriter(QProcess& process, const QString& file)
    {
        process.setProgram(QStringLiteral(STORE_CRASH_WRITER));
        process.setArguments({file});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return false;
        }
        return process.readLine().trimmed() == "ready";
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(STORE_CRASH_WRITER)).isExecutable());
    }

    void killedWriterLosesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QList<qint64> committed;
        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            QVERIFY2(startWriter(writer, file),
                     qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            QTest::qWait(int(random.bounded(5, 120)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int reported = 0;
            for (const QByteArray& line : lines) {
                bool ok = false;
                const qint64 id = line.trimmed().toLongLong(&ok);
                if (ok) {
                    committed.append(id);
                    ++reported;
                }
            }
            QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported an error");

            // The lock of the dead writer is stale: the file opens at once.
            QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));
            Database::OpenOptions options;
            options.backupOnOpen = false;
            auto db = Database::open(file, options);
            QVERIFY2(db.ok(), why(db).constData());
            const auto problems = db.value()->checkIntegrity();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            PersonRepository persons(db.value()->connection());
            const auto all = persons.all().value();
            QList<qint64> stored;
            for (const Person& p : all) {
                stored.append(p.id);
                QCOMPARE(p.coverage.size(), 2); // never half a transaction
            }
            for (qint64 id : committed)
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("id %1 lost").arg(id)));
            QCOMPARE(ReferralRepository(db.value()->connection()).all().value().size(), all.size());
            qInfo("round %d: %d reported, %lld stored", round, reported, qint64(all.size()));
        }
        QVERIFY(committed.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
