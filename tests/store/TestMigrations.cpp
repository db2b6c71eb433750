#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/SessionFilter.h"
#include "store/SqliteDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using namespace carnet::test;

namespace {

QString fixtureDir()
{
    return qEnvironmentVariable("CARNET_SOURCE_DIR") + QStringLiteral("/tests/fixtures/store");
}

// The facts of tests/fixtures/store/v1-data.sql, as every schema version must read them.
void checkFixtureContent(const Database& db)
{
    const QSqlDatabase sql = db.connection();
    const auto persons = PersonRepository(sql).all().value();
    QCOMPARE(persons.size(), 2);
    Person alice = sampleAdult();
    alice.id = 1;
    alice.notes = QStringLiteral("Préfère le matin");
    QCOMPARE(persons.at(0), alice);
    Person leo = sampleChild();
    leo.id = 2;
    QCOMPARE(persons.at(1), leo);

    const auto practitioners = PractitionerRepository(sql).all().value();
    QCOMPARE(practitioners.size(), 2);
    Practitioner claire = samplePsychologist();
    claire.id = 1;
    QCOMPARE(practitioners.at(0), claire);
    Practitioner paul = sampleDoctor();
    paul.id = 2;
    QCOMPARE(practitioners.at(1), paul);

    const auto attachment = AttachmentRepository(sql).find(1).value().value();
    QCOMPARE(attachment.originalName, QStringLiteral("courrier.pdf"));
    QCOMPARE(attachment.added, QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0, 123), Qt::UTC));

    const auto referral = ReferralRepository(sql).find(1).value().value();
    QCOMPARE(referral.personId, qint64(2));
    QCOMPARE(referral.consentHolders,
             (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Marc Martin")}));
    QCOMPARE(referral.attachmentId, qint64(1));

    const auto sessions = SessionRepository(sql).find(SessionFilter::all()).value();
    QCOMPARE(sessions.size(), 4);
    QCOMPARE(sessions.at(0).id, qint64(4)); // date order: 2023, 2024, 2025, 2025
    QCOMPARE(sessions.at(0).kind, SessionKind::Private);
    QCOMPARE(sessions.at(0).feeCents, Cents(7000));
    QCOMPARE(sessions.at(2).referralId, qint64(1));
    QCOMPARE(sessions.at(3).mode, SessionMode::Remote);

    const auto sheet = CareSheetRepository(sql).find(1).value().value();
    QCOMPARE(sheet.sessionIds, (QList<qint64>{2, 1}));
    QCOMPARE(sheet.sent, QDate(2025, 2, 1));

    const auto payment = PaymentRepository(sql).find(1).value().value();
    QCOMPARE(payment.amountCents, Cents(6000));
    QCOMPARE(payment.shares, (QList<PaymentShare>{{1, 3000}, {2, 3000}}));
    QCOMPARE(SettingsRepository(sql).statusSettings().value().paperLateDays, 45);
}

} // namespace

// Every past schema version opens, is backed up, migrated, and reads the same facts.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyFixture(int version, const QString& name)
    {
        const QString source = fixtureDir() + QStringLiteral("/v%1.sqlite").arg(version);
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile::setPermissions(target, ownerOnlyFile());
        return target;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyVersionHasAFixture()
    {
        // A new migration N must come with vN-1.sqlite... and v1 is always there.
        for (int v = 1; v < std::max(2, Database::latestSchemaVersion()); ++v) {
            QVERIFY2(QFileInfo::exists(fixtureDir() + QStringLiteral("/v%1.sqlite").arg(v)),
                     qPrintable(QStringLiteral("missing fixture v%1.sqlite").arg(v)));
        }
    }

    void opensEveryPastVersion_data()
    {
        QTest::addColumn<int>("version");
        const QDir dir(fixtureDir());
        static const QRegularExpression pattern(QStringLiteral("^v(\\d+)\\.sqlite$"));
        for (const QString& name : dir.entryList({QStringLiteral("v*.sqlite")}, QDir::Files)) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                QTest::newRow(qPrintable(name)) << match.captured(1).toInt();
        }
    }
    void opensEveryPastVersion()
    {
        QFETCH(int, version);
        const QString file = copyFixture(version, QStringLiteral("from-v%1.sqlite").arg(version));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file);
        QVERIFY2(db.ok(), why(db).constData());
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        bool upgradeBackup = false;
        for (const BackupInfo& info : db.value()->backups()) {
            if (info.path.contains(QStringLiteral("-before-v")))
                upgradeBackup = true;
        }
        QCOMPARE(upgradeBackup, version < Database::latestSchemaVersion());
        checkFixtureContent(*db.value());
        const auto problems = db.value()->checkIntegrity();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        // The migrated file takes new facts.
        QVERIFY(PersonRepository(db.value()->connection()).insert(sampleChild()).ok());
    }

    void personsOfAnOlderFileAreNotArchived_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
    }
    void personsOfAnOlderFileAreNotArchived()
    {
        // Version 3 added persons.archived: every person of an older file is shown, and can
        // be archived once the file is upgraded.
        QFETCH(int, version);
        const QString file =
            copyFixture(version, QStringLiteral("archive-from-v%1.sqlite").arg(version));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file);
        QVERIFY2(db.ok(), why(db).constData());
        PersonRepository persons(db.value()->connection());
        const QList<Person> stored = persons.all().value();
        QCOMPARE(stored.size(), 2);
        for (const Person& p : stored)
            QVERIFY2(!p.archived, qPrintable(p.name));
        QVERIFY(persons.setArchived(2, true).ok());
        QVERIFY(persons.find(2).value()->archived);
        QVERIFY(!persons.find(1).value()->archived);
        QCOMPARE(persons.setArchived(99, true).error().kind, Error::Kind::NotFound);
    }

    void failedUpgradeChangesNothing()
    {
        // A Carnet file claiming version 0: running migration 001 again fails half-way
        // (its tables exist). The upgrade must roll back whole, after a backup.
        const QString file = copyFixture(1, QStringLiteral("failing.sqlite"));
        QStringList before;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QVERIFY(SqliteDialect().setSchemaVersion(raw, 0).ok());
            before = dump(raw);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(Database::backupsOf(file).size(), 1);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QCOMPARE(dump(raw), before);
            QCOMPARE(SqliteDialect().schemaVersion(raw).value(), 0);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
