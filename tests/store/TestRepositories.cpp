#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/SessionFilter.h"
#include "store/SqlSupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;

// Every entity written, read back, updated and removed exactly; bulk loads in few queries.
class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase sql() const { return m_db->connection(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        static int n = 0;
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("repo%1.sqlite").arg(++n)), options);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void person()
    {
        PersonRepository repo(sql());
        Person p = sampleAdult();
        const qint64 id = repo.insert(p).value();
        QVERIFY(id > 0);
        p.id = id;
        QCOMPARE(repo.find(id).value().value(), p);
        QVERIFY(repo.exists(id).value());

        p.name = QStringLiteral("Alice Martin-Durand");
        p.birthDate = QDate();
        p.coverage = {{CoverageKind::ALD, QDate(2025, 3, 1), QDate(2025, 9, 30)}};
        QVERIFY(repo.update(p).ok());
        QCOMPARE(repo.find(id).value().value(), p);

        Person other = sampleChild();
        other.id = 77; // a re-insert keeps its id
        QCOMPARE(repo.insert(other).value(), qint64(77));
        const auto all = repo.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), p);
        QCOMPARE(all.at(1), other);
        // Ids are never reused: the next one follows the highest ever given.
        QCOMPARE(repo.insert(sampleChild()).value(), qint64(78));

        QVERIFY(!repo.isReferenced(id).value());
        QVERIFY(repo.remove(id).ok());
        QVERIFY(!repo.find(id).value().has_value());
        QCOMPARE(repo.remove(id).error().kind, Error::Kind::NotFound);
        Person ghost = p;
        QCOMPARE(repo.update(ghost).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.insert(other).error().kind, Error::Kind::Conflict); // id 77 taken
    }

    void practitioner()
    {
        PractitionerRepository repo(sql());
        Practitioner p = samplePsychologist();
        p.id = repo.insert(p).value();
        QCOMPARE(repo.find(p.id).value().value(), p);
        p.partner = false;
        p.role = PractitionerRole::Hospital;
        p.contact.clear();
        QVERIFY(repo.update(p).ok());
        QCOMPARE(repo.find(p.id).value().value(), p);
        QCOMPARE(repo.all().value(), QList<Practitioner>{p});
        QVERIFY(repo.remove(p.id).ok());
        QVERIFY(repo.all().value().isEmpty());
    }

    void referralAndAttachment()
    {
        const auto ids = fillSample(sql());
        ReferralRepository repo(sql());
        Referral r = repo.find(ids.referral).value().value();
        QCOMPARE(r.personId, ids.child);
        QCOMPARE(r.consentHolders,
                 (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Marc Martin")}));
        QCOMPARE(r.attachmentId, ids.attachment);
        QCOMPARE(r.date, QDate(2025, 1, 10));
        QCOMPARE(r.notes, QStringLiteral("Anxiété scolaire"));

        r.consentHolders = {QStringLiteral("Marc Martin")};
        r.attachmentId = 0;
        QVERIFY(repo.update(r).ok());
        QCOMPARE(repo.find(r.id).value().value(), r);
        QCOMPARE(repo.forPerson(ids.child).value(), QList<Referral>{r});
        QVERIFY(repo.forPerson(ids.adult).value().isEmpty());

        AttachmentRepository attachments(sql());
        const Attachment a = attachments.find(ids.attachment).value().value();
        QCOMPARE(a.added, QDateTime(QDate(2025, 1, 2), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(a.originalName, QStringLiteral("courrier pédiatre.pdf"));
        QCOMPARE(a.size, qint64(1234));
        QCOMPARE(attachments.referenceCount(a.id).value(), qint64(0));
        QCOMPARE(attachments.countWithHash(a.sha256).value(), qint64(1));
        r.attachmentId = a.id;
        QVERIFY(repo.update(r).ok());
        QCOMPARE(attachments.referenceCount(a.id).value(), qint64(1));

        // The attachment cannot go while a referral points at it (foreign key).
        QVERIFY(!attachments.remove(a.id).ok());
        QVERIFY(!repo.remove(r.id).ok()); // a session relies on it
        QVERIFY(SessionRepository(sql()).detachReferral(r.id).ok());
        QVERIFY(repo.remove(r.id).ok());
        QVERIFY(attachments.remove(a.id).ok());
        QVERIFY(attachments.all().value().isEmpty());
    }

    void sessions()
    {
        const auto ids = fillSample(sql());
        SessionRepository repo(sql());
        Session s = repo.find(ids.sessions.at(1)).value().value();
        QCOMPARE(s.personId, ids.child);
        QCOMPARE(s.mode, SessionMode::Remote);
        QCOMPARE(s.feeCents, Cents(5000));
        QCOMPARE(s.referralId, qint64(0));
        s.notes = QStringLiteral("Séance écourtée");
        s.paidCents = 2000;
        s.kind = SessionKind::Private;
        QVERIFY(repo.update(s).ok());
        QCOMPARE(repo.find(s.id).value().value(), s);

        const auto child = repo.find(SessionFilter::person(ids.child)).value();
        QCOMPARE(child.size(), 2);
        QCOMPARE(child.at(0).date, QDate(2025, 1, 15)); // date order
        const auto adult2024 = repo.find(SessionFilter::personYear(ids.adult, 2024)).value();
        QCOMPARE(adult2024.size(), 1);
        QCOMPARE(adult2024.at(0).id, ids.sessions.at(2));
        QCOMPARE(repo.find(SessionFilter::all()).value().size(), 4);
        QCOMPARE(repo.find(SessionFilter::ids({ids.sessions.at(3), 999})).value().size(), 1);
        QCOMPARE(repo.latestForPerson(ids.adult).value()->id, ids.sessions.at(2));
        QVERIFY(!repo.latestForPerson(999).value().has_value());

        QVERIFY(repo.isOnSheet(ids.sessions.at(0)).value());
        QVERIFY(!repo.isOnSheet(ids.sessions.at(2)).value());
        QVERIFY(repo.isPaid(ids.sessions.at(0)).value());
        QVERIFY(!repo.isPaid(ids.sessions.at(3)).value());

        QVERIFY(repo.detachReferral(ids.referral).ok());
        QCOMPARE(repo.find(ids.sessions.at(0)).value()->referralId, qint64(0));
        QVERIFY(repo.remove(ids.sessions.at(3)).ok());
        QVERIFY(!repo.find(ids.sessions.at(3)).value().has_value());
        // A session on a sheet cannot be deleted behind the sheet's back (foreign key).
        QVERIFY(!repo.remove(ids.sessions.at(0)).ok());
    }

    void careSheets()
    {
        const auto ids = fillSample(sql());
        CareSheetRepository repo(sql());
        CareSheet sheet = repo.find(ids.sheet).value().value();
        QCOMPARE(sheet.sessionIds, (QList<qint64>{ids.sessions.at(1), ids.sessions.at(0)}));
        QCOMPARE(sheet.issued, QDate(2025, 1, 29));
        QCOMPARE(sheet.sent, QDate(2025, 2, 1));
        QVERIFY(!sheet.electronic);
        QVERIFY(repo.setSent(ids.sheet, QDate()).ok());
        QVERIFY(!repo.find(ids.sheet).value()->isSent());
        QCOMPARE(repo.sheetOfSession(ids.sessions.at(0)).value(), ids.sheet);
        QCOMPARE(repo.sheetOfSession(ids.sessions.at(2)).value(), qint64(0));
        QVERIFY(repo.hasPaidSessions(ids.sheet).value());

        CareSheet other;
        other.personId = ids.adult;
        other.sessionIds = {ids.sessions.at(2)};
        other.issued = QDate(2024, 11, 5);
        other.electronic = true;
        other.id = repo.insert(other).value();
        QCOMPARE(repo.find(other.id).value().value(), other);
        QCOMPARE(repo.forPerson(ids.adult).value(), QList<CareSheet>{other});
        QCOMPARE(repo.touching(SessionFilter::personYear(ids.adult, 2024)).value(),
                 QList<CareSheet>{other});
        QVERIFY(repo.touching(SessionFilter::personYear(ids.adult, 2023)).value().isEmpty());
        QCOMPARE(repo.all().value().size(), 2);
        QVERIFY(!repo.hasPaidSessions(other.id).value());

        // A session is on at most one sheet.
        CareSheet twice = other;
        twice.id = 0;
        QCOMPARE(repo.insert(twice).error().kind, Error::Kind::Conflict);
        QVERIFY(repo.remove(other.id).ok());
        QCOMPARE(repo.sheetOfSession(ids.sessions.at(2)).value(), qint64(0));
    }

    void payments()
    {
        const auto ids = fillSample(sql());
        PaymentRepository repo(sql());
        Payment payment = repo.find(ids.payment).value().value();
        QCOMPARE(payment.payer, Payer::Cpam);
        QCOMPARE(payment.amountCents, Cents(6000));
        QCOMPARE(payment.shares.size(), 2);
        QCOMPARE(payment.shares.at(0), (PaymentShare{ids.sessions.at(0), 3000}));

        Payment mutuelle;
        mutuelle.payer = Payer::Mutuelle;
        mutuelle.date = QDate(2025, 3, 1);
        mutuelle.amountCents = 4000;
        mutuelle.shares = {{ids.sessions.at(1), 2000}, {ids.sessions.at(2), 2000}};
        mutuelle.id = repo.insert(mutuelle).value();
        QCOMPARE(repo.find(mutuelle.id).value().value(), mutuelle);

        Payment unassigned;
        unassigned.payer = Payer::Other;
        unassigned.amountCents = 100;
        unassigned.id = repo.insert(unassigned).value();
        QCOMPARE(repo.all().value().size(), 3);

        // Touching the adult's 2024 session: the mutuelle payment, with all its shares.
        const auto touching = repo.touching(SessionFilter::personYear(ids.adult, 2024)).value();
        QCOMPARE(touching, QList<Payment>{mutuelle});
        QCOMPARE(repo.touching(SessionFilter::person(ids.child)).value().size(), 2);
        QVERIFY(repo.remove(mutuelle.id).ok());
        QVERIFY(!repo.find(mutuelle.id).value().has_value());
        QCOMPARE(repo.touching(SessionFilter::person(ids.adult)).value().size(), 0);
    }

    void settings()
    {
        SettingsRepository repo(sql());
        const StatusSettings defaults = repo.statusSettings().value();
        QCOMPARE(defaults.paperLateDays, 30);
        QCOMPARE(defaults.sendingDeadlineWarnDays, 90);
        StatusSettings s;
        s.paperLateDays = 40;
        s.electronicLateDays = 7;
        s.mutuelleLateDays = 20;
        s.sendingDeadlineWarnDays = 60;
        QVERIFY(repo.setStatusSettings(s).ok());
        const StatusSettings back = repo.statusSettings().value();
        QCOMPARE(back.paperLateDays, 40);
        QCOMPARE(back.electronicLateDays, 7);
        QCOMPARE(back.mutuelleLateDays, 20);
        QCOMPARE(back.sendingDeadlineWarnDays, 60);
        QVERIFY(repo.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark")).ok());
        QCOMPARE(repo.value(QStringLiteral("ui.theme")).value().value(), QStringLiteral("dark"));
        QVERIFY(repo.removeValue(QStringLiteral("ui.theme")).ok());
        QVERIFY(!repo.value(QStringLiteral("ui.theme")).value().has_value());
    }

    void bulkLoadsUseFewStatements()
    {
        const auto ids = fillSample(sql());
        const qint64 before = SqlSupport::statementCount();
        const auto filter = SessionFilter::personYear(ids.child, 2025);
        QCOMPARE(SessionRepository(sql()).find(filter).value().size(), 2);
        QCOMPARE(CareSheetRepository(sql()).touching(filter).value().size(), 1);
        QCOMPARE(PaymentRepository(sql()).touching(filter).value().size(), 1);
        QCOMPARE(PersonRepository(sql()).all().value().size(), 2);
        QCOMPARE(ReferralRepository(sql()).all().value().size(), 1);
        // 1 + 2 + 2 + 2 + 2, whatever the number of rows.
        QCOMPARE(SqlSupport::statementCount() - before, qint64(9));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
