#include "aid/AidService.h"
#include "read/AidFigures.h"
#include "read/ReadSide.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SettingsService.h"
#include "store/Database.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

// AidService over a real file: one transaction per change, refusals leave the file as it was,
// everything read back after reopening.
class TestAidService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CarnetFile> m_care;
    Database* m_db = nullptr;
    AidService* m_aid = nullptr;
    qint64 m_person = 0;
    qint64 m_psy = 0;
    qint64 m_doctor = 0;
    int m_file = 0;

    AidRequest meuse() const
    {
        AidRequest r;
        r.personId = m_person;
        r.departmentCode = QStringLiteral("55");
        r.psychologistId = m_psy;
        r.sessions = 24;
        r.sessionPriceCents = 4500;
        r.periodFrom = d("2026-01-05");
        r.periodTo = d("2026-06-30");
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("file%1.sqlite").arg(++m_file)));
        QVERIFY(db.ok());
        m_care = std::make_unique<CarnetFile>(std::move(db).value());
        m_db = &m_care->database();
        m_care->setToday(d("2026-06-10"));
        m_aid = &m_care->aid();
        Person p;
        p.name = QStringLiteral("Camille Martin");
        p.birthDate = d("1990-04-12");
        p.mutuelle = QStringLiteral("MGEN");
        m_person = m_care->people().addPerson(p).value();
        Practitioner psy;
        psy.name = QStringLiteral("Claire Dupont");
        psy.rpps = QStringLiteral("10005173140");
        m_psy = m_care->people().addPractitioner(psy).value();
        Practitioner doctor;
        doctor.name = QStringLiteral("Paul Petit");
        doctor.role = PractitionerRole::GeneralPractitioner;
        m_doctor = m_care->people().addPractitioner(doctor).value();
    }

    void cleanup()
    {
        m_aid = nullptr;
        m_db = nullptr;
        m_care.reset();
    }

    void schemaHasTheAidTables() { QVERIFY(Database::latestSchemaVersion() >= 2); }

    void addGivesTheDepartmentChecklist()
    {
        QSignalSpy spy(m_care.get(), &CarnetFile::changed);
        QStringList warnings;
        auto id = m_aid->addRequest(meuse(), &warnings);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(spy.count(), 1);
        QVERIFY(warnings.isEmpty());
        const auto stored = m_aid->request(*id);
        QVERIFY(stored);
        QCOMPARE(stored->checklist.size(), 6);
        QCOMPARE(stored->checklist.first().key, QStringLiteral("quote"));
        QCOMPARE(stored->prepared, d("2026-06-10"));
        QCOMPARE(stored->decision, AidDecision::Pending);
        QCOMPARE(m_aid->requests(m_person).size(), 1);
        QCOMPARE(m_aid->requests().size(), 1);
    }

    void rhoneWarnsButStores()
    {
        AidRequest r = meuse();
        r.departmentCode = QStringLiteral("69");
        QStringList warnings;
        auto id = m_aid->addRequest(r, &warnings);
        QVERIFY(id.ok());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("cannot be funded")));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown person") << 0 << QStringLiteral("person");
        QTest::newRow("a doctor, not a psychologist") << 1 << QStringLiteral("psychologist");
        QTest::newRow("no such psychologist") << 2 << QStringLiteral("psychologist");
        QTest::newRow("bad département") << 3 << QStringLiteral("department");
        QTest::newRow("no sessions") << 4 << QStringLiteral("sessions");
    }
    void refusals()
    {
        QFETCH(int, change);
        AidRequest r = meuse();
        switch (change) {
        case 0:
            r.personId = 999;
            break;
        case 1:
            r.psychologistId = m_doctor;
            break;
        case 2:
            r.psychologistId = 999;
            break;
        case 3:
            r.departmentCode = QStringLiteral("20");
            break;
        case 4:
            r.sessions = 0;
            break;
        }
        QSignalSpy spy(m_care.get(), &CarnetFile::changed);
        auto id = m_aid->addRequest(r);
        QVERIFY(!id.ok());
        QTEST(id.error().field, "field");
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_aid->requests().isEmpty());
    }

    void wholeLifeAndReopen()
    {
        const qint64 id = m_aid->addRequest(meuse()).value();

        ChecklistItem income;
        income.key = QStringLiteral("income");
        income.status = ChecklistStatus::Received;
        income.variant = QStringLiteral("c2s");
        income.documentDate = d("2026-05-02");
        QVERIFY(m_aid->setItem(id, income).ok());

        const QString scan = m_dir.filePath(QStringLiteral("rib.png"));
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n fake but bytes");
        file.close();
        ChecklistItem rib;
        rib.key = QStringLiteral("rib");
        rib.documentDate = d("2026-01-01");
        auto attached = m_aid->attachDocument(id, rib, scan);
        QVERIFY2(attached.ok(), qPrintable(attached.ok() ? QString() : attached.error().message));
        QCOMPARE(attached->status, ChecklistStatus::Attached);
        QVERIFY(attached->attachmentId > 0);
        QVERIFY(m_care->attachments().attachment(attached->attachmentId));

        // A decision before sending is refused and changes nothing.
        auto early = m_aid->recordDecision(id, d("2026-05-18"), false, 108000);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, Error::Kind::Conflict);

        QVERIFY(m_aid->markSubmitted(id, d("2026-01-20")).ok());
        QVERIFY(!m_aid->markSubmitted(id, d("2026-06-11")).ok()); // future
        QVERIFY(m_aid->recordDecision(id, d("2026-05-18"), false, 90000, 6).ok());
        auto s = m_aid->status(id);
        QVERIFY(s.ok());
        QCOMPARE(s->decision, AidDecision::Partial);
        QCOMPARE(s->grantedCents, Cents(90000));
        QCOMPARE(s->expires, d("2026-11-18"));
        QCOMPARE(s->daysWaiting, 118);

        QVERIFY(m_aid->addClaim(id, {d("2026-06-01"), 18000, {}, {}, QStringLiteral("mai")}).ok());
        auto tooMuch = m_aid->addClaim(id, {d("2026-06-02"), 72001, {}, {}, {}});
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().field, QStringLiteral("amount"));
        s = m_aid->status(id);
        QCOMPARE(s->claimedCents, Cents(18000));
        QCOMPARE(s->remainingCents, Cents(72000));

        AidSettings settings = m_care->settings().aidSettings();
        QCOMPARE(settings, AidSettings{});
        settings.answerExpectedMonths = 3;
        QVERIFY(m_care->settings().setAidSettings(settings).ok());
        settings.validityMonths = 0;
        QVERIFY(!m_care->settings().setAidSettings(settings).ok());

        const AidRequest before = *m_aid->request(id);
        const QString path = m_db->path();
        cleanup();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        m_care = std::make_unique<CarnetFile>(std::move(db).value());
        m_db = &m_care->database();
        m_care->setToday(d("2026-06-10"));
        m_aid = &m_care->aid();
        QCOMPARE(*m_aid->request(id), before);
        QCOMPARE(before.claims.first().note, QStringLiteral("mai"));
        QCOMPARE(before.item(QStringLiteral("income"))->variant, QStringLiteral("c2s"));
        QCOMPARE(before.validityMonths, 6);
        QCOMPARE(m_care->settings().aidSettings().answerExpectedMonths, 3);

        QVERIFY(m_aid->removeClaim(id, 0).ok());
        QVERIFY(m_aid->request(id)->claims.isEmpty());
        QVERIFY(m_aid->removeRequest(id).ok());
        QVERIFY(!m_aid->request(id));
        QCOMPARE(m_aid->removeRequest(id).error().kind, Error::Kind::NotFound);
    }

    void refusalThenAppeal()
    {
        const qint64 id = m_aid->addRequest(meuse()).value();
        QCOMPARE(m_aid->recordAppeal(id, d("2026-05-01"), {}).error().kind, Error::Kind::Conflict);
        QVERIFY(m_aid->markSubmitted(id, d("2026-01-20")).ok());
        QVERIFY(m_aid->recordDecision(id, d("2026-04-02"), true, 0).ok());
        QCOMPARE(m_aid->status(id)->nextSteps.first().kind, AidNextStep::Kind::Appeal);
        QVERIFY(!m_aid->addClaim(id, {d("2026-05-01"), 100, {}, {}, {}}).ok());
        QVERIFY(m_aid->recordAppeal(id, d("2026-04-15"), QStringLiteral("Mes revenus ont baissé."))
                    .ok());
        QCOMPARE(m_aid->request(id)->appealText, QStringLiteral("Mes revenus ont baissé."));
        QCOMPARE(m_aid->status(id)->nextSteps.first().kind, AidNextStep::Kind::Wait);
    }

    void statusUsesSessionsAndMutuelle()
    {
        AidRequest r = meuse();
        r.schemeSessions = 2;
        r.sessionPriceCents = 5000;
        const qint64 id = m_aid->addRequest(r).value();
        auto facts = m_aid->facts(id);
        QVERIFY(facts.ok());
        QVERIFY(facts->hasMutuelle);
        QVERIFY(facts->department);
        QCOMPARE(facts->department->code, QStringLiteral("55"));
        QCOMPARE(facts->schemeTariffCents, Cents(5000));
        const auto s = m_aid->status(id);
        QCOMPARE(s->shares.totalCents, Cents(120000));
        QCOMPARE(s->shares.cpamCents, Cents(6000));
        QCOMPARE(s->shares.mutuelleCents, Cents(4000));
        QCOMPARE(s->shares.remainingCents, Cents(110000));
        // One answer: the assistant's figures (the read side's) are the status's.
        const AidFigures figures = m_care->read().aidFigures(*m_aid->request(id));
        QCOMPARE(figures.tariffCents, Cents(5000));
        QCOMPARE(figures.amoRatePercent, 60);
        QCOMPARE(figures.mutuelleRatePercent, 40);
        QCOMPARE(figures.shares.cpamCents, s->shares.cpamCents);
        QCOMPARE(figures.shares.mutuelleCents, s->shares.mutuelleCents);
        QCOMPARE(figures.shares.remainingCents, s->shares.remainingCents);
    }
};

QTEST_GUILESS_MAIN(TestAidService)
#include "TestAidService.moc"
