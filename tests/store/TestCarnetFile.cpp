#include "StoreTestSupport.h"
#include "read/ReadSide.h"
#include "service/AttachmentStore.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "store/Database.h"
#include "store/SqlSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace carnet;
using namespace carnet::test;

// The service: validation, one transaction per change, `changed` once per change, refusals
// that leave the file as it was.
class TestCarnetFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CarnetFile> m_file;
    Database* m_db = nullptr;
    std::unique_ptr<QSignalSpy> m_spy;

    CarnetFile& file() { return *m_file; }
    QStringList content() const { return dump(m_db->connection()); }

    struct Ids
    {
        qint64 adult = 0;
        qint64 child = 0;
        qint64 psychologist = 0;
        qint64 doctor = 0;
        qint64 referral = 0;
    };

    // Persons, practitioners and the child's courrier, through the service.
    Ids addBasics()
    {
        Ids ids;
        ids.adult = CARNET_TAKE(file().people().addPerson(sampleAdult()));
        ids.child = CARNET_TAKE(file().people().addPerson(sampleChild()));
        ids.psychologist = CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        ids.doctor = CARNET_TAKE(file().people().addPractitioner(sampleDoctor()));
        Referral r;
        r.personId = ids.child;
        r.referrerName = QStringLiteral("Paul Petit");
        r.date = QDate(2025, 1, 10);
        r.consentHolders = {QStringLiteral("Alice Martin")};
        ids.referral = CARNET_TAKE(file().people().addReferral(r));
        return ids;
    }

    Session followUp(qint64 person, qint64 psychologist, QDate date)
    {
        Session s;
        s.personId = person;
        s.practitionerId = psychologist;
        s.date = date;
        s.kind = SessionKind::FollowUp;
        // The tariff: 30 € before the reform of 15 June 2024, 50 € after.
        s.feeCents = date >= QDate(2024, 6, 15) ? 5000 : 3000;
        s.paidCents = s.feeCents;
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("service%1.sqlite").arg(++n)), options);
        QVERIFY(db.ok());
        m_file = std::make_unique<CarnetFile>(std::move(db.value()));
        m_db = &m_file->database();
        m_file->setToday(QDate(2025, 6, 30));
        m_spy = std::make_unique<QSignalSpy>(m_file.get(), &CarnetFile::changed);
    }

    void cleanup()
    {
        m_spy.reset();
        m_db = nullptr;
        m_file.reset();
    }

    void todayDefaultsToTheClock()
    {
        m_file->setToday(QDate());
        QCOMPARE(m_file->today(), QDate::currentDate());
        m_file->setToday(QDate(2024, 2, 29));
        QCOMPARE(m_file->today(), QDate(2024, 2, 29));
    }

    void persons()
    {
        Person alice = sampleAdult();
        alice.name = QStringLiteral("  Alice Martin  ");
        const qint64 id = CARNET_TAKE(file().people().addPerson(alice));
        QCOMPARE(m_spy->count(), 1);
        const Person stored = CARNET_TAKE(file().people().person(id));
        QCOMPARE(stored.name, QStringLiteral("Alice Martin")); // normalised
        QCOMPARE(stored.coverage, sampleAdult().coverage);

        Person child = sampleChild();
        child.id = 40; // undo: a re-insert keeps its id
        QCOMPARE(CARNET_TAKE(file().people().addPerson(child)), qint64(40));
        QCOMPARE(m_spy->count(), 2);
        QCOMPARE(file().people().addPerson(child).error().kind, Error::Kind::Conflict);
        QCOMPARE(m_spy->count(), 2);

        // Sorted by name: Alice before Léo.
        const auto all = file().people().persons();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, id);
        QCOMPARE(all.at(1).id, qint64(40));

        Person changed = stored;
        changed.mutuelle.clear();
        QVERIFY(file().people().updatePerson(changed).ok());
        QCOMPARE(m_spy->count(), 3);
        QVERIFY(!file().people().person(id)->hasMutuelle());

        QVERIFY(file().people().removePerson(40).ok());
        QCOMPARE(m_spy->count(), 4);
        QVERIFY(!file().people().person(40).has_value());
    }

    void practitionersAndUsualPsychologist()
    {
        const Ids ids = addBasics();
        QStringList warnings;
        Practitioner typo = samplePsychologist();
        typo.name = QStringLiteral("Autre Psy");
        typo.rpps = QStringLiteral("10005173141"); // fails the Luhn check: a warning only
        const auto added = file().people().addPractitioner(typo, &warnings);
        QVERIFY(added.ok());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(file().people().practitioners().size(), 3);

        QVERIFY(!file().read().usualPsychologist(ids.adult).has_value());
        QVERIFY(file()
                    .sessions()
                    .addSession(followUp(ids.adult, ids.psychologist, QDate(2025, 2, 1)))
                    .ok());
        QVERIFY(file().sessions().addSession(followUp(ids.adult, *added, QDate(2025, 3, 1))).ok());
        QCOMPARE(file().read().usualPsychologist(ids.adult)->id, *added);

        Practitioner p = *file().people().practitioner(*added);
        p.role = PractitionerRole::Hospital;
        QCOMPARE(file().people().updatePractitioner(p).error().kind, Error::Kind::Conflict);
        p = *file().people().practitioner(ids.doctor);
        p.contact = QStringLiteral("Cabinet médical");
        QVERIFY(file().people().updatePractitioner(p).ok());
        QCOMPARE(file().people().practitioner(ids.doctor)->contact,
                 QStringLiteral("Cabinet médical"));
        QVERIFY(file().people().removePractitioner(ids.doctor).ok());
    }

    void sessionsAndSheets()
    {
        const Ids ids = addBasics();
        Session evaluation = followUp(ids.child, ids.psychologist, QDate(2025, 1, 15));
        evaluation.kind = SessionKind::Evaluation;
        evaluation.referralId = ids.referral;
        const qint64 s1 = CARNET_TAKE(file().sessions().addSession(evaluation));
        const qint64 s2 = CARNET_TAKE(file().sessions().addSession(
            followUp(ids.child, ids.psychologist, QDate(2025, 1, 29))));
        const qint64 s3 = CARNET_TAKE(file().sessions().addSession(
            followUp(ids.child, ids.psychologist, QDate(2024, 12, 2))));
        QCOMPARE(file().sessions().sessions(ids.child).size(), 3);
        QCOMPARE(file().sessions().sessions(ids.child, 2025).size(), 2);
        QCOMPARE(file().sessions().sessions(ids.child).at(0).id, s3); // date order

        CareSheet sheet;
        sheet.personId = ids.child;
        sheet.sessionIds = {s1, s2};
        sheet.issued = QDate(2025, 1, 29);
        const int before = m_spy->count();
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));
        QCOMPARE(m_spy->count(), before + 1);
        QCOMPARE(file().careSheets().careSheet(sheetId)->sessionIds, (QList<qint64>{s1, s2}));
        QVERIFY(!file().careSheets().careSheet(sheetId)->isSent());
        QVERIFY(file().careSheets().markSheetSent(sheetId, QDate(2025, 2, 1)).ok());
        QCOMPARE(file().careSheets().careSheet(sheetId)->sent, QDate(2025, 2, 1));
        QVERIFY(file().careSheets().markSheetSent(sheetId, QDate()).ok()); // undo
        QVERIFY(!file().careSheets().careSheet(sheetId)->isSent());
        QCOMPARE(file().careSheets().careSheets(ids.child).size(), 1);

        // Editing a session on a sheet keeps the sheet valid.
        Session edited = *file().sessions().session(s2);
        edited.notes = QStringLiteral("Rendez-vous déplacé");
        QVERIFY(file().sessions().updateSession(edited).ok());
        QCOMPARE(file().sessions().session(s2)->notes, QStringLiteral("Rendez-vous déplacé"));

        // Removing the referral keeps the session, without the link.
        QVERIFY(file().people().removeReferral(ids.referral).ok());
        QCOMPARE(file().sessions().session(s1)->referralId, qint64(0));
        QVERIFY(file().people().referrals(ids.child).isEmpty());

        QVERIFY(file().careSheets().removeCareSheet(sheetId).ok());
        QVERIFY(file().sessions().removeSession(s1).ok());
        QVERIFY(!file().sessions().session(s1).has_value());
    }

    void payments()
    {
        const Ids ids = addBasics();
        const qint64 a = CARNET_TAKE(
            file().sessions().addSession(followUp(ids.adult, ids.psychologist, QDate(2024, 9, 2))));
        const qint64 b = CARNET_TAKE(file().sessions().addSession(
            followUp(ids.adult, ids.psychologist, QDate(2024, 9, 16))));
        // 2024 standard cover with a mutuelle: the CPAM owes 60 % of 50 € = 30 € a session.
        const auto split = file().read().proposeSplit(Payer::Cpam, 4500, {b, a});
        QVERIFY2(split.ok(), why(split).constData());
        QCOMPARE(split.value(), (QList<PaymentShare>{{a, 3000}, {b, 1500}}));

        Payment p;
        p.payer = Payer::Cpam;
        p.date = QDate(2024, 10, 2);
        p.amountCents = 4500;
        p.shares = split.value();
        const qint64 paymentId = CARNET_TAKE(file().careSheets().addPayment(p));
        p.id = paymentId;
        QCOMPARE(CARNET_TAKE(file().careSheets().payment(paymentId)), p);
        QCOMPARE(file().careSheets().payments(ids.adult), QList<Payment>{p});
        QVERIFY(file().careSheets().payments(ids.child).isEmpty());
        const auto rest = file().read().proposeSplit(Payer::Cpam, 10000, {a, b});
        QCOMPARE(rest.value(), (QList<PaymentShare>{{b, 1500}}));

        const auto status = CARNET_TAKE(file().read().yearStatus(ids.adult, 2024));
        QCOMPARE(status.receivedAmoCents, Cents(4500));
        QCOMPARE(status.expectedAmoCents, Cents(6000));
        QCOMPARE(status.owedAmoCents, Cents(1500));
        QCOMPARE(status.expectedAmcCents, Cents(4000));

        QVERIFY(file().careSheets().removePayment(paymentId).ok());
        QVERIFY(!file().careSheets().payment(paymentId).has_value());
    }

    void refusalsChangeNothing()
    {
        const Ids ids = addBasics();
        const qint64 onSheet = CARNET_TAKE(file().sessions().addSession(
            followUp(ids.child, ids.psychologist, QDate(2025, 1, 29))));
        const qint64 free = CARNET_TAKE(
            file().sessions().addSession(followUp(ids.adult, ids.psychologist, QDate(2025, 2, 3))));
        const qint64 paid = CARNET_TAKE(file().sessions().addSession(
            followUp(ids.adult, ids.psychologist, QDate(2025, 2, 10))));
        CareSheet sheet;
        sheet.personId = ids.child;
        sheet.sessionIds = {onSheet};
        sheet.issued = QDate(2025, 1, 29);
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));
        Payment payment;
        payment.payer = Payer::Cpam;
        payment.date = QDate(2025, 3, 1);
        payment.amountCents = 3000;
        payment.shares = {{paid, 3000}};
        QVERIFY(file().careSheets().addPayment(payment).ok());
        CareSheet paidSheet;
        paidSheet.personId = ids.adult;
        paidSheet.sessionIds = {paid};
        paidSheet.issued = QDate(2025, 2, 10);
        const qint64 paidSheetId = CARNET_TAKE(file().careSheets().addCareSheet(paidSheet));

        struct Refusal
        {
            const char* what;
            Error::Kind kind;
            QString field;
            std::function<Error()> call;
        };
        auto err = [](const auto& result) {
            return result.error();
        };
        Person unnamed = sampleAdult();
        unnamed.name = QStringLiteral("   ");
        Person ghost = sampleAdult();
        ghost.id = 999;
        Session tooExpensive = followUp(ids.adult, ids.psychologist, QDate(2025, 2, 3));
        tooExpensive.feeCents = 6000;
        Session noPsychologist = followUp(ids.adult, 999, QDate(2025, 2, 3));
        Session byDoctor = followUp(ids.adult, ids.doctor, QDate(2025, 2, 3));
        Session wrongReferral = followUp(ids.adult, ids.psychologist, QDate(2025, 2, 3));
        wrongReferral.referralId = ids.referral; // the child's courrier
        Session moved = *file().sessions().session(onSheet);
        moved.personId = ids.adult;
        Referral noPerson;
        noPerson.personId = 999;
        noPerson.referrerName = QStringLiteral("X");
        noPerson.date = QDate(2025, 1, 1);
        Referral noFile = *file().people().referral(ids.referral);
        noFile.attachmentId = 4242;
        CareSheet twice = sheet;
        CareSheet mixed;
        mixed.personId = ids.adult;
        mixed.sessionIds = {free, onSheet};
        CareSheet unknownSession;
        unknownSession.personId = ids.adult;
        unknownSession.sessionIds = {free, 999};
        Payment tooMuch = payment;
        tooMuch.shares = {{free, 9000}};
        Payment ghostShare = payment;
        ghostShare.shares = {{999, 100}};
        StatusSettings badSettings;
        badSettings.electronicLateDays = 0;

        const QList<Refusal> refusals{
            {"unnamed person", Error::Kind::Invalid, QStringLiteral("name"),
             [&] {
                 return err(file().people().addPerson(unnamed));
             }},
            {"update unknown person", Error::Kind::NotFound, QStringLiteral("person_id"),
             [&] {
                 return err(file().people().updatePerson(ghost));
             }},
            {"remove person with sessions", Error::Kind::Conflict, QStringLiteral("person_id"),
             [&] {
                 return err(file().people().removePerson(ids.adult));
             }},
            {"remove unknown person", Error::Kind::NotFound, QStringLiteral("person_id"),
             [&] {
                 return err(file().people().removePerson(999));
             }},
            {"remove used practitioner", Error::Kind::Conflict, QStringLiteral("practitioner_id"),
             [&] {
                 return err(file().people().removePractitioner(ids.psychologist));
             }},
            {"remove unknown practitioner", Error::Kind::NotFound,
             QStringLiteral("practitioner_id"),
             [&] {
                 return err(file().people().removePractitioner(999));
             }},
            {"fee above tariff", Error::Kind::Invalid, QStringLiteral("fee"),
             [&] {
                 return err(file().sessions().addSession(tooExpensive));
             }},
            {"unknown psychologist", Error::Kind::NotFound, QStringLiteral("practitioner_id"),
             [&] {
                 return err(file().sessions().addSession(noPsychologist));
             }},
            {"session with a doctor", Error::Kind::Invalid, QStringLiteral("practitioner_id"),
             [&] {
                 return err(file().sessions().addSession(byDoctor));
             }},
            {"another person's courrier", Error::Kind::Invalid, QStringLiteral("referral_id"),
             [&] {
                 return err(file().sessions().addSession(wrongReferral));
             }},
            {"move a session on a sheet", Error::Kind::Conflict, QStringLiteral("person_id"),
             [&] {
                 return err(file().sessions().updateSession(moved));
             }},
            {"remove a session on a sheet", Error::Kind::Conflict, QStringLiteral("session_id"),
             [&] {
                 return err(file().sessions().removeSession(onSheet));
             }},
            {"remove a paid session", Error::Kind::Conflict, QStringLiteral("session_id"),
             [&] {
                 return err(file().sessions().removeSession(paid));
             }},
            {"remove unknown session", Error::Kind::NotFound, QStringLiteral("session_id"),
             [&] {
                 return err(file().sessions().removeSession(999));
             }},
            {"courrier of unknown person", Error::Kind::NotFound, QStringLiteral("person_id"),
             [&] {
                 return err(file().people().addReferral(noPerson));
             }},
            {"courrier with unknown file", Error::Kind::NotFound, QStringLiteral("attachment_id"),
             [&] {
                 return err(file().people().updateReferral(noFile));
             }},
            {"remove unknown courrier", Error::Kind::NotFound, QStringLiteral("referral_id"),
             [&] {
                 return err(file().people().removeReferral(999));
             }},
            {"session on two sheets", Error::Kind::Conflict, QStringLiteral("sessions"),
             [&] {
                 return err(file().careSheets().addCareSheet(twice));
             }},
            {"sheet for two persons", Error::Kind::Invalid, QStringLiteral("sessions"),
             [&] {
                 return err(file().careSheets().addCareSheet(mixed));
             }},
            {"sheet with unknown session", Error::Kind::NotFound, QStringLiteral("sessions"),
             [&] {
                 return err(file().careSheets().addCareSheet(unknownSession));
             }},
            {"sent in the future", Error::Kind::Invalid, QStringLiteral("sent"),
             [&] {
                 return err(file().careSheets().markSheetSent(sheetId, QDate(2025, 7, 1)));
             }},
            {"sent before issued", Error::Kind::Invalid, QStringLiteral("sent"),
             [&] {
                 return err(file().careSheets().markSheetSent(sheetId, QDate(2025, 1, 2)));
             }},
            {"send unknown sheet", Error::Kind::NotFound, QStringLiteral("sheet_id"),
             [&] {
                 return err(file().careSheets().markSheetSent(999, QDate(2025, 2, 1)));
             }},
            {"remove a paid sheet", Error::Kind::Conflict, QStringLiteral("sheet_id"),
             [&] {
                 return err(file().careSheets().removeCareSheet(paidSheetId));
             }},
            {"shares above the amount", Error::Kind::Invalid, QStringLiteral("shares"),
             [&] {
                 return err(file().careSheets().addPayment(tooMuch));
             }},
            {"share of unknown session", Error::Kind::NotFound, QStringLiteral("shares"),
             [&] {
                 return err(file().careSheets().addPayment(ghostShare));
             }},
            {"remove unknown payment", Error::Kind::NotFound, QStringLiteral("payment_id"),
             [&] {
                 return err(file().careSheets().removePayment(999));
             }},
            {"attach a missing file", Error::Kind::NotFound, QStringLiteral("path"),
             [&] {
                 return err(
                     file().attachments().addAttachment(m_dir.filePath(QStringLiteral("none"))));
             }},
            {"zero late days", Error::Kind::Invalid, QStringLiteral("electronic_late_days"),
             [&] {
                 return err(file().settings().setStatusSettings(badSettings));
             }},
        };
        for (const Refusal& refusal : refusals) {
            const QStringList before = content();
            const int emitted = m_spy->count();
            const Error error = refusal.call();
            QVERIFY2(error.kind == refusal.kind, qPrintable(QStringLiteral("%1: kind %2, %3")
                                                                .arg(QLatin1String(refusal.what))
                                                                .arg(int(error.kind))
                                                                .arg(error.message)));
            QVERIFY2(
                error.field == refusal.field,
                qPrintable(
                    QStringLiteral("%1: field %2").arg(QLatin1String(refusal.what), error.field)));
            QVERIFY2(!error.message.isEmpty(), refusal.what);
            QVERIFY2(content() == before, refusal.what);
            QVERIFY2(m_spy->count() == emitted, refusal.what);
        }
    }

    void attachments()
    {
        const Ids ids = addBasics();
        const QString source = m_dir.filePath(QStringLiteral("courrier médecin.pdf"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n% Carnet test\n");
        }
        const int before = m_spy->count();
        const qint64 first = CARNET_TAKE(file().attachments().addAttachment(source));
        QCOMPARE(m_spy->count(), before + 1);
        const Attachment a = *file().attachments().attachment(first);
        QCOMPARE(a.originalName, QStringLiteral("courrier médecin.pdf"));
        QCOMPARE(a.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(a.size, qint64(23));
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash("%PDF-1.4\n% Carnet test\n",
                                                                        QCryptographicHash::Sha256)
                                                   .toHex()));
        const QString stored = file().attachments().attachmentPath(a);
        QCOMPARE(QFileInfo(stored).fileName(), a.sha256);
        QCOMPARE(modeOf(stored), ownerOnlyFile());
        QCOMPARE(modeOf(m_db->attachmentDirectory()), ownerOnlyDir());
        QCOMPARE(fileHash(stored), fileHash(source));
        // Only the stored copy is left in the folder (no temporary file).
        QCOMPARE(QDir(m_db->attachmentDirectory()).entryList(QDir::Files).size(), 1);

        // The same bytes twice: one file, two rows.
        const qint64 second = CARNET_TAKE(file().attachments().addAttachment(source));
        QVERIFY(second != first);
        QCOMPARE(file().attachments().attachmentPath(*file().attachments().attachment(second)),
                 stored);

        Referral r = *file().people().referral(ids.referral);
        r.attachmentId = first;
        QVERIFY(file().people().updateReferral(r).ok());
        r.attachmentId = second; // the first loses its last reference: its row goes
        QVERIFY(file().people().updateReferral(r).ok());
        QVERIFY(!file().attachments().attachment(first).has_value());
        QVERIFY(QFileInfo::exists(stored)); // still used by the second
        QVERIFY(file().people().removeReferral(r.id).ok());
        QVERIFY(!file().attachments().attachment(second).has_value());
        QVERIFY(!QFileInfo::exists(stored)); // the last reference took the file with it
    }

    void settings()
    {
        StatusSettings s;
        s.paperLateDays = 21;
        s.mutuelleLateDays = 12;
        QVERIFY(file().settings().setStatusSettings(s).ok());
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(file().settings().statusSettings().paperLateDays, 21);
        QCOMPARE(file().settings().statusSettings().mutuelleLateDays, 12);
        QCOMPARE(file().settings().statusSettings().electronicLateDays, 10);
    }

    void yearStatusLoadsInConstantQueries()
    {
        const Ids ids = addBasics();
        auto addYear = [&](qint64 person, int count) {
            QList<qint64> sessions;
            for (int i = 0; i < count; ++i) {
                sessions.append(file()
                                    .sessions()
                                    .addSession(followUp(person, ids.psychologist,
                                                         QDate(2024, 1, 8).addDays(7 * i)))
                                    .value());
            }
            CareSheet sheet;
            sheet.personId = person;
            sheet.sessionIds = sessions;
            sheet.issued = QDate(2024, 12, 20);
            CARNET_TAKE(file().careSheets().addCareSheet(sheet));
            Payment p;
            p.payer = Payer::Cpam;
            p.date = QDate(2025, 1, 15);
            p.amountCents = 3000;
            p.shares = {{sessions.constFirst(), 3000}};
            CARNET_TAKE(file().careSheets().addPayment(p));
        };
        addYear(ids.adult, 2);
        addYear(ids.child, 24);
        Referral r; // both persons have a courrier: the same shape of facts
        r.personId = ids.adult;
        r.referrerName = QStringLiteral("Paul Petit");
        r.date = QDate(2023, 12, 1);
        r.consentHolders = {QStringLiteral("Alice Martin")};
        QVERIFY(file().people().addReferral(r).ok());

        qint64 start = SqlSupport::statementCount();
        const auto small = file().read().yearStatus(ids.adult, 2024);
        const qint64 smallCount = SqlSupport::statementCount() - start;
        start = SqlSupport::statementCount();
        const auto big = file().read().yearStatus(ids.child, 2024);
        const qint64 bigCount = SqlSupport::statementCount() - start;
        QVERIFY(small.ok() && big.ok());
        QCOMPARE(small->sessions.size(), 2);
        QCOMPARE(big->sessions.size(), 24);
        QCOMPARE(bigCount, smallCount);
        QCOMPARE(bigCount, qint64(11)); // see CarnetFile::yearFacts()

        QCOMPARE(file().read().yearStatus(999, 2024).error().kind, Error::Kind::NotFound);
        QCOMPARE(file().read().yearStatus(ids.adult, 0).error().field, QStringLiteral("year"));
    }

    void agendaReportsEveryPersonAndYear()
    {
        const Ids ids = addBasics();
        // Adult: two 2024 sessions with no sheet.
        const qint64 a1 = CARNET_TAKE(
            file().sessions().addSession(followUp(ids.adult, ids.psychologist, QDate(2024, 9, 2))));
        const qint64 a2 = CARNET_TAKE(
            file().sessions().addSession(followUp(ids.adult, ids.psychologist, QDate(2024, 9, 9))));
        // Child: a 2025 sheet not sent.
        Session evaluation = followUp(ids.child, ids.psychologist, QDate(2025, 1, 15));
        evaluation.kind = SessionKind::Evaluation;
        const qint64 c1 = CARNET_TAKE(file().sessions().addSession(evaluation));
        CareSheet sheet;
        sheet.personId = ids.child;
        sheet.sessionIds = {c1};
        sheet.issued = QDate(2025, 1, 15);
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));

        const qint64 start = SqlSupport::statementCount();
        const QList<AgendaItem> items = CARNET_TAKE(file().read().agenda());
        QVERIFY(SqlSupport::statementCount() - start <= 14);

        const AgendaItem* create = nullptr;
        const AgendaItem* send = nullptr;
        for (const AgendaItem& item : items) {
            if (item.kind == AgendaItem::Kind::CreateSheet)
                create = &item;
            if (item.kind == AgendaItem::Kind::SendSheet)
                send = &item;
            QVERIFY(!item.text.isEmpty());
        }
        QVERIFY(create && send);
        QCOMPARE(create->personId, ids.adult);
        QCOMPARE(create->personName, QStringLiteral("Alice Martin"));
        QCOMPARE(create->sessionIds, (QList<qint64>{a1, a2}));
        QCOMPARE(create->date, QDate(2024, 9, 2));
        QCOMPARE(create->year, 2024);
        QCOMPARE(create->daysLate, 0);
        QCOMPARE(create->urgency, AgendaItem::Urgency::ToDo);
        QCOMPARE(create->amountCents, Cents(2 * (3000 + 2000))); // AMO + mutuelle, 2 sessions
        QCOMPARE(send->personId, ids.child);
        QCOMPARE(send->sheetId, sheetId);
        QCOMPARE(send->sessionIds, QList<qint64>{c1});
        QCOMPARE(send->date, QDate(2025, 1, 15));
        QCOMPARE(send->year, 2025);
        // Nothing overdue: due date order.
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).dueDate <= items.at(i).dueDate);

        // Sent on paper on 2 February, nothing paid by 30 June: the CPAM is late.
        QVERIFY(file().careSheets().markSheetSent(sheetId, QDate(2025, 2, 3)).ok());
        bool late = false;
        for (const AgendaItem& item : CARNET_TAKE(file().read().agenda())) {
            QVERIFY(item.kind != AgendaItem::Kind::SendSheet);
            if (item.kind == AgendaItem::Kind::LatePayment && item.payer == Payer::Cpam) {
                late = true;
                QCOMPARE(item.sheetId, sheetId);
                QCOMPARE(item.date, QDate(2025, 2, 3).addDays(30));
                QCOMPARE(item.daysLate, int(item.date.daysTo(QDate(2025, 6, 30))));
                QCOMPARE(item.amountCents, Cents(3000));
                QCOMPARE(item.urgency, AgendaItem::Urgency::Overdue);
            }
        }
        QVERIFY(late);
    }

    void agendaScalesToAHouseholdOfFiles()
    {
        // 500 persons × 10 years, written straight through the store.
        const qint64 psychologist =
            CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        auto r = m_db->transaction([&]() -> Result<void> {
            PersonRepository persons(m_db->connection());
            ReferralRepository referrals(m_db->connection());
            SessionRepository sessions(m_db->connection());
            for (int p = 0; p < 500; ++p) {
                Person person = sampleAdult();
                person.name = QStringLiteral("Personne %1").arg(p);
                const qint64 id = CARNET_TAKE(persons.insert(person));
                Referral referral; // needed before June 2024
                referral.personId = id;
                referral.referrerName = QStringLiteral("Paul Petit");
                referral.date = QDate(2016, 1, 1);
                if (!referrals.insert(referral))
                    return Error::io(QStringLiteral("insert"));
                for (int year = 2016; year < 2026; ++year) {
                    Session s = followUp(id, psychologist, QDate(year, 10, 1 + p % 28));
                    if (!sessions.insert(s))
                        return Error::io(QStringLiteral("insert"));
                }
            }
            return {};
        });
        QVERIFY(r.ok());
        const qint64 start = SqlSupport::statementCount();
        QElapsedTimer timer;
        timer.start();
        const QList<AgendaItem> items = CARNET_TAKE(file().read().agenda());
        qInfo("agenda over 5000 person-years: %lld ms, %lld statements", timer.elapsed(),
              SqlSupport::statementCount() - start);
        QVERIFY(SqlSupport::statementCount() - start <= 14);
        int created = 0;
        int deadline = 0;
        for (const AgendaItem& item : items) {
            if (item.kind == AgendaItem::Kind::CreateSheet)
                ++created;
            if (item.kind == AgendaItem::Kind::SendingDeadline)
                ++deadline;
        }
        // Covered sessions wait for a sheet from 5 April 2022 on; 2025 is C2S (tiers payant,
        // no sheet to send); October 2022 is past the 2-year deadline on 30 June 2025.
        QCOMPARE(created, 500 * 2); // 2023, 2024
        QCOMPARE(deadline, 500);    // 2022
        QCOMPARE(items.size(), 500 * 3);
    }

    void readOnlyServiceRefusesChanges()
    {
        addBasics();
        Database::OpenOptions options;
        options.readOnlyWhenLocked = true;
        options.backupOnOpen = false;
        auto reader = Database::open(m_db->path(), options);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->isReadOnly());
        CarnetFile readOnly(std::move(reader).value());
        QSignalSpy spy(&readOnly, &CarnetFile::changed);
        QCOMPARE(readOnly.people().persons().size(), 2);
        QCOMPARE(readOnly.people().addPerson(sampleChild()).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(readOnly.attachments().addAttachment(m_db->path()).error().kind,
                 Error::Kind::ReadOnly);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCarnetFile)
#include "TestCarnetFile.moc"
