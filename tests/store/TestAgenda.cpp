// The agenda (ReadSide::agenda): every action due, across persons and years, ranked by
// urgency: a debt from two years back comes first, with its year and days late; the filters
// by person, kind and year; each AFI kind from the AFI rules' own status; the money per payer
// and its totals; the same agenda read on another thread (AgendaReader).

#include "StoreTestSupport.h"
#include "aid/AidService.h"
#include "read/AgendaReader.h"
#include "read/AgendaTotals.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace carnet;
using namespace carnet::test;

namespace {

const QDate kToday(2026, 3, 15);

QList<AgendaItem::Kind> kindsOf(const QList<AgendaItem>& items)
{
    QList<AgendaItem::Kind> kinds;
    for (const AgendaItem& item : items)
        kinds << item.kind;
    return kinds;
}

const AgendaItem* find(const QList<AgendaItem>& items, AgendaItem::Kind kind, qint64 personId = 0)
{
    for (const AgendaItem& item : items) {
        if (item.kind == kind && (personId == 0 || item.personId == personId))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<CarnetFile> m_file;
    qint64 m_psy = 0;
    qint64 m_bob = 0;   // a CPAM debt from 2024, a 2024 session near its sending deadline, 2026
    qint64 m_carla = 0; // a 2025 debt, a 2026 sheet to send, two AFI grants
    qint64 m_dan = 0;   // two AFI requests: one to complete, one waiting too long
    qint64 m_oldSheet = 0;
    qint64 m_toSend = 0;
    qint64 m_draft = 0;    // AFI, not sent, documents missing
    qint64 m_waiting = 0;  // AFI, sent on 1 September 2025, no answer
    qint64 m_expiring = 0; // AFI, granted on 1 April 2025 for 12 months
    qint64 m_expired = 0;  // AFI, granted on 1 December 2024, expired with money left

    CarnetFile& file() const { return *m_file; }

    qint64 addPerson(const QString& name, const QString& mutuelle)
    {
        Person person;
        person.name = name;
        person.birthDate = QDate(1985, 5, 20);
        person.mutuelle = mutuelle;
        return CARNET_TAKE(file().people().addPerson(person));
    }

    qint64 addSession(qint64 person, QDate date, SessionKind kind, Cents fee, qint64 referral = 0)
    {
        Session s;
        s.personId = person;
        s.practitionerId = m_psy;
        s.date = date;
        s.kind = kind;
        s.mode = SessionMode::Office;
        s.feeCents = fee;
        s.paidCents = fee;
        s.referralId = referral;
        return CARNET_TAKE(file().sessions().addSession(s));
    }

    qint64 addSheet(qint64 person, const QList<qint64>& sessions, QDate issued, QDate sent = {})
    {
        CareSheet sheet;
        sheet.personId = person;
        sheet.sessionIds = sessions;
        sheet.issued = issued;
        sheet.sent = sent;
        return CARNET_TAKE(file().careSheets().addCareSheet(sheet));
    }

    qint64 addRequest(qint64 person, int sessions, Cents price, QDate from)
    {
        AidRequest r;
        r.personId = person;
        r.departmentCode = QStringLiteral("55");
        r.psychologistId = m_psy;
        r.sessions = sessions;
        r.sessionPriceCents = price;
        r.periodFrom = from;
        r.periodTo = from.addMonths(12).addDays(-1);
        r.prepared = from.addMonths(-2);
        return CARNET_TAKE(file().aid().addRequest(r));
    }

    QList<AgendaItem> agenda(const AgendaFilter& filter = {}) const
    {
        return CARNET_TAKE(file().read().agenda(filter));
    }

    // The sessions of `person` the agenda says are close to their claim deadline.
    QList<qint64> deadlineSessions(qint64 person) const
    {
        QList<qint64> ids;
        for (const AgendaItem& item : agenda(AgendaFilter::person(person))) {
            if (item.kind == AgendaItem::Kind::SendingDeadline)
                ids += item.sessionIds;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("agenda%1.sqlite").arg(++m_files)),
                                 options);
        QVERIFY(db.ok());
        m_file = std::make_unique<CarnetFile>(std::move(db).value());
        file().setToday(kToday);
        m_psy = CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        m_bob = addPerson(QStringLiteral("Bob Bernard"), QStringLiteral("MGEN"));
        m_carla = addPerson(QStringLiteral("Carla Colin"), {});
        m_dan = addPerson(QStringLiteral("Dan Durand"), QStringLiteral("MGEN"));

        // Bob, 2024: a courrier, the evaluation of 8 April 2024 on no sheet (its claim
        // deadline, 8 April 2026, is 24 days away), and a follow-up on a paper sheet sent on
        // 3 September 2024 that the CPAM never paid (due 3 October 2024).
        Referral referral;
        referral.personId = m_bob;
        referral.referrerName = QStringLiteral("Paul Petit");
        referral.date = QDate(2024, 3, 1);
        const qint64 courrier = CARNET_TAKE(file().people().addReferral(referral));
        addSession(m_bob, QDate(2024, 4, 8), SessionKind::Evaluation, 4000, courrier);
        const qint64 september =
            addSession(m_bob, QDate(2024, 9, 2), SessionKind::FollowUp, 5000, courrier);
        m_oldSheet = addSheet(m_bob, {september}, QDate(2024, 9, 2), QDate(2024, 9, 3));
        // Bob, 2026: an evaluation on no sheet yet.
        addSession(m_bob, QDate(2026, 3, 2), SessionKind::Evaluation, 5000);

        // Carla, 2025: a paper sheet sent on 4 November 2025, unpaid (due 4 December 2025);
        // 2026: a sheet not sent.
        const qint64 november =
            addSession(m_carla, QDate(2025, 11, 3), SessionKind::Evaluation, 5000);
        addSheet(m_carla, {november}, QDate(2025, 11, 3), QDate(2025, 11, 4));
        const qint64 march = addSession(m_carla, QDate(2026, 3, 10), SessionKind::FollowUp, 5000);
        m_toSend = addSheet(m_carla, {march}, QDate(2026, 3, 10));

        // Dan: a dossier started on 1 February 2026 (nothing in hand), and one sent on
        // 1 September 2025 with no answer (expected after 4 months: 1 January 2026).
        m_draft = addRequest(m_dan, 10, 6000, QDate(2026, 4, 1));
        m_waiting = addRequest(m_dan, 12, 5000, QDate(2025, 10, 1));
        QVERIFY(file().aid().markSubmitted(m_waiting, QDate(2025, 9, 1)).ok());

        // Carla: 500 € granted on 1 April 2025 (expires 1 April 2026, in 17 days), and 400 €
        // granted on 1 December 2024 (expired on 1 December 2025), 100 € of it claimed.
        m_expiring = addRequest(m_carla, 24, 4500, QDate(2025, 4, 1));
        QVERIFY(file().aid().markSubmitted(m_expiring, QDate(2025, 2, 1)).ok());
        QVERIFY(file().aid().recordDecision(m_expiring, QDate(2025, 4, 1), false, 50000).ok());
        m_expired = addRequest(m_carla, 10, 5000, QDate(2024, 12, 1));
        QVERIFY(file().aid().markSubmitted(m_expired, QDate(2024, 10, 1)).ok());
        QVERIFY(file().aid().recordDecision(m_expired, QDate(2024, 12, 1), false, 40000).ok());
        AidClaim claim;
        claim.date = QDate(2025, 3, 1);
        claim.amountCents = 10000;
        QVERIFY(file().aid().addClaim(m_expired, claim).ok());
    }

    void cleanup() { m_file.reset(); }

    void aDebtFromTwoYearsBackComesFirst()
    {
        const QList<AgendaItem> items = agenda();
        // Overdue, the most days late first; then by due date.
        QCOMPARE(kindsOf(items), (QList<AgendaItem::Kind>{
                                     AgendaItem::Kind::LatePayment,         // Bob, 528 days
                                     AgendaItem::Kind::AidGrantExpired,     // Carla, 104 days
                                     AgendaItem::Kind::LatePayment,         // Carla, 101 days
                                     AgendaItem::Kind::AidAnswerOverdue,    // Dan, 73 days
                                     AgendaItem::Kind::AidDocumentsMissing, // 1 February 2026
                                     AgendaItem::Kind::CreateSheet,         // 2 March 2026
                                     AgendaItem::Kind::SendSheet,           // 10 March 2026
                                     AgendaItem::Kind::AidGrantExpiring,    // 1 April 2026
                                     AgendaItem::Kind::SendingDeadline,     // 8 April 2026
                                 }));
        QList<int> daysLate;
        for (const AgendaItem& item : items)
            daysLate << item.daysLate;
        QCOMPARE(daysLate, (QList<int>{528, 104, 101, 73, 0, 0, 0, 0, 0}));

        // The 2024 debt, on a 2026 "today": what the 2026 dashboard status alone cannot see.
        const AgendaItem& debt = items.at(0);
        QCOMPARE(debt.personId, m_bob);
        QCOMPARE(debt.personName, QStringLiteral("Bob Bernard"));
        QCOMPARE(debt.year, 2024);
        QCOMPARE(debt.urgency, AgendaItem::Urgency::Overdue);
        QCOMPARE(debt.sheetId, m_oldSheet);
        QCOMPARE(debt.payer, std::optional<Payer>(Payer::Cpam));
        QCOMPARE(debt.dueDate, QDate(2024, 10, 3)); // sent on paper + 30 days
        QCOMPARE(debt.date, QDate(2024, 10, 3));
        QCOMPARE(debt.amountCents, Cents(3000)); // the CPAM's 60 % of 50 €
        QVERIFY(debt.text.contains(QStringLiteral("CPAM")));
        QVERIFY(CARNET_TAKE(file().read().yearStatus(m_bob, 2026)).latePayments.isEmpty());

        const AgendaItem& carla = items.at(2);
        QCOMPARE(carla.personId, m_carla);
        QCOMPARE(carla.year, 2025);
        QCOMPARE(carla.dueDate, QDate(2025, 12, 4));

        const AgendaItem* create = find(items, AgendaItem::Kind::CreateSheet);
        QCOMPARE(create->personId, m_bob);
        QCOMPARE(create->year, 2026);
        QCOMPARE(create->dueDate, QDate(2026, 3, 2));
        QCOMPARE(create->amountCents, Cents(5000)); // 30 € CPAM + 20 € mutuelle
        QCOMPARE(create->urgency, AgendaItem::Urgency::ToDo);
        QVERIFY(!create->payer);

        const AgendaItem* send = find(items, AgendaItem::Kind::SendSheet);
        QCOMPARE(send->sheetId, m_toSend);
        QCOMPARE(send->year, 2026);
        QCOMPARE(send->amountCents, Cents(3000)); // no mutuelle: the CPAM's part alone

        const AgendaItem* deadline = find(items, AgendaItem::Kind::SendingDeadline);
        QCOMPARE(deadline->personId, m_bob);
        QCOMPARE(deadline->year, 2024);
        QCOMPARE(deadline->dueDate, QDate(2026, 4, 8));
        QCOMPARE(deadline->urgency, AgendaItem::Urgency::Soon);
        QCOMPARE(deadline->daysLate, 0);
        QCOMPARE(deadline->sessionIds.size(), 1);
        QCOMPARE(deadline->amountCents, Cents(4000)); // 24 € CPAM + 16 € mutuelle
    }

    void aPassedSendingDeadlineIsOverdue()
    {
        // Two months later the 8 April 2026 deadline has passed: 53 days late, ranked so.
        file().setToday(QDate(2026, 5, 31));
        const QList<AgendaItem> items = agenda(AgendaFilter::person(m_bob));
        const AgendaItem* deadline = find(items, AgendaItem::Kind::SendingDeadline);
        QVERIFY(deadline);
        QCOMPARE(deadline->daysLate, 53);
        QCOMPARE(deadline->urgency, AgendaItem::Urgency::Overdue);
        QCOMPARE(kindsOf(items), (QList<AgendaItem::Kind>{AgendaItem::Kind::LatePayment,
                                                          AgendaItem::Kind::SendingDeadline,
                                                          AgendaItem::Kind::CreateSheet}));
    }

    void filtersByPersonKindAndYear()
    {
        // One person: all their years, in the same order.
        QCOMPARE(
            kindsOf(agenda(AgendaFilter::person(m_bob))),
            (QList<AgendaItem::Kind>{AgendaItem::Kind::LatePayment, AgendaItem::Kind::CreateSheet,
                                     AgendaItem::Kind::SendingDeadline}));
        for (const AgendaItem& item : agenda(AgendaFilter::person(m_dan)))
            QCOMPARE(item.personId, m_dan);
        QCOMPARE(agenda(AgendaFilter::person(m_dan)).size(), 2);

        // Some kinds: late payments of every person and year.
        AgendaFilter late;
        late.kinds = {AgendaItem::Kind::LatePayment};
        const QList<AgendaItem> debts = agenda(late);
        QCOMPARE(debts.size(), 2);
        QCOMPARE(debts.at(0).personId, m_bob);
        QCOMPARE(debts.at(1).personId, m_carla);

        // A person and a kind.
        late.personId = m_carla;
        QCOMPARE(agenda(late).size(), 1);
        QCOMPARE(agenda(late).at(0).year, 2025);

        // One year: Bob's 2024 debt and deadline, Carla's grant of 2024.
        AgendaFilter year2024;
        year2024.year = 2024;
        QCOMPARE(kindsOf(agenda(year2024)),
                 (QList<AgendaItem::Kind>{AgendaItem::Kind::LatePayment,
                                          AgendaItem::Kind::AidGrantExpired,
                                          AgendaItem::Kind::SendingDeadline}));

        // The AFI kinds only.
        AgendaFilter aid;
        aid.kinds = {AgendaItem::Kind::AidDocumentsMissing, AgendaItem::Kind::AidAnswerOverdue,
                     AgendaItem::Kind::AidGrantExpiring, AgendaItem::Kind::AidGrantExpired};
        const QList<AgendaItem> aidItems = agenda(aid);
        QCOMPARE(aidItems.size(), 4);
        for (const AgendaItem& item : aidItems) {
            QVERIFY(item.isAid());
            QVERIFY(item.aidRequestId != 0);
        }

        // An unknown person is refused, not an empty agenda.
        const auto unknown = file().read().agenda(AgendaFilter::person(999));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    void aidDocumentsMissing()
    {
        const QList<AgendaItem> items = agenda(); // alive while `item` points into it
        const AgendaItem* item = find(items, AgendaItem::Kind::AidDocumentsMissing);
        QVERIFY(item);
        QCOMPARE(item->aidRequestId, m_draft);
        QCOMPARE(item->personId, m_dan);
        QCOMPARE(item->year, 2026); // the care asked for starts on 1 April 2026
        QCOMPARE(item->date, QDate(2026, 2, 1));
        QCOMPARE(item->dueDate, QDate(2026, 2, 1));
        QCOMPARE(item->daysLate, 0);
        QCOMPARE(item->urgency, AgendaItem::Urgency::ToDo);
        QCOMPARE(item->amountCents, Cents(10 * 6000)); // asked of the aid
        // The documents the rules list, named.
        const AidStatus status = CARNET_TAKE(file().aid().status(m_draft));
        QVERIFY(status.itemsMissing > 0);
        for (const AidChecklistLine& line : status.checklist) {
            if (line.required)
                QVERIFY2(item->text.contains(line.label), qPrintable(item->text));
        }

        // Every document in hand: nothing more to get (the dossier is to be sent).
        for (const AidChecklistLine& line : status.checklist) {
            ChecklistItem done = line.item;
            done.status = ChecklistStatus::Received;
            done.documentDate = QDate(2026, 3, 1);
            QVERIFY(file().aid().setItem(m_draft, done).ok());
        }
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidDocumentsMissing));
    }

    void aidAnswerOverdue()
    {
        const QList<AgendaItem> items = agenda(); // alive while `item` points into it
        const AgendaItem* item = find(items, AgendaItem::Kind::AidAnswerOverdue);
        QVERIFY(item);
        QCOMPARE(item->aidRequestId, m_waiting);
        QCOMPARE(item->personId, m_dan);
        QCOMPARE(item->year, 2025);
        QCOMPARE(item->date, QDate(2025, 9, 1));    // sent
        QCOMPARE(item->dueDate, QDate(2026, 1, 1)); // + 4 months (AidSettings)
        QCOMPARE(item->daysLate, 73);
        QCOMPARE(item->urgency, AgendaItem::Urgency::Overdue);
        QCOMPARE(item->amountCents, Cents(12 * 5000));
        QVERIFY(!item->payer);

        // Before the expected answer: waiting is not overdue.
        file().setToday(QDate(2025, 12, 31));
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidAnswerOverdue));
        // Answered: nothing to chase.
        file().setToday(kToday);
        QVERIFY(file().aid().recordDecision(m_waiting, QDate(2026, 3, 1), true, 0).ok());
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidAnswerOverdue));
    }

    void aidGrantExpiring()
    {
        const QList<AgendaItem> items = agenda(); // alive while `item` points into it
        const AgendaItem* item = find(items, AgendaItem::Kind::AidGrantExpiring);
        QVERIFY(item);
        QCOMPARE(item->aidRequestId, m_expiring);
        QCOMPARE(item->personId, m_carla);
        QCOMPARE(item->year, 2025);
        QCOMPARE(item->dueDate, QDate(2026, 4, 1));
        QCOMPARE(item->daysLate, 0);
        QCOMPARE(item->urgency, AgendaItem::Urgency::Soon);
        QCOMPARE(item->amountCents, Cents(50000)); // nothing claimed yet

        // More than the warning (30 days, AidSettings) before the expiry: not yet.
        file().setToday(QDate(2026, 2, 28));
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidGrantExpiring));
        // Used up: nothing left to lose.
        file().setToday(kToday);
        AidClaim claim;
        claim.date = QDate(2026, 3, 14);
        claim.amountCents = 50000;
        QVERIFY(file().aid().addClaim(m_expiring, claim).ok());
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidGrantExpiring));
    }

    void aidGrantExpiredWithMoneyLeft()
    {
        const QList<AgendaItem> items = agenda(); // alive while `item` points into it
        const AgendaItem* item = find(items, AgendaItem::Kind::AidGrantExpired);
        QVERIFY(item);
        QCOMPARE(item->aidRequestId, m_expired);
        QCOMPARE(item->personId, m_carla);
        QCOMPARE(item->year, 2024);
        QCOMPARE(item->dueDate, QDate(2025, 12, 1));
        QCOMPARE(item->daysLate, 104);
        QCOMPARE(item->urgency, AgendaItem::Urgency::Overdue);
        QCOMPARE(item->amountCents, Cents(40000 - 10000)); // left unused

        // The rest claimed (before it expired): nothing was lost, nothing to say.
        AidClaim claim;
        claim.date = QDate(2025, 11, 20);
        claim.amountCents = 30000;
        QVERIFY(file().aid().addClaim(m_expired, claim).ok());
        QVERIFY(!find(agenda(), AgendaItem::Kind::AidGrantExpired));
    }

    void splitsTheMoneyByPayerAndTotalsEachSheetOnce()
    {
        const QList<AgendaItem> items = agenda();
        const AgendaItem* create = find(items, AgendaItem::Kind::CreateSheet);
        QCOMPARE(create->amoCents, Cents(3000));
        QCOMPARE(create->amcCents, Cents(2000));
        const AgendaItem* debt = find(items, AgendaItem::Kind::LatePayment, m_bob);
        QCOMPARE(debt->amoCents, Cents(3000));
        QCOMPARE(debt->amcCents, Cents(0));
        const AgendaItem* grant = find(items, AgendaItem::Kind::AidGrantExpiring);
        QCOMPARE(grant->amoCents + grant->amcCents, Cents(0));

        AgendaTotals totals;
        for (const AgendaItem& item : items)
            totals.add(item);
        // CPAM: Bob's debt 30 €, Carla's debt 30 €, Bob's 2026 session 30 €, Carla's sheet to
        // send 30 €, Bob's session near its deadline 24 €; the mutuelle: Bob's two sessions.
        QCOMPARE(totals.cpamCents(), Cents(3000 + 3000 + 3000 + 3000 + 2400));
        QCOMPARE(totals.mutuelleCents(), Cents(2000 + 1600));
        // AFI: asked for (600 € and 600 €), left on the grants (500 € and 300 €).
        QCOMPARE(totals.aidCents(), Cents(60000 + 60000 + 50000 + 30000));
        QCOMPARE(totals.items(), 9);
        QCOMPARE(totals.persons(), 3);

        // Bob's 2024 evaluation on a sheet not sent: a sheet to send and its deadline, one
        // sheet, counted once.
        const QList<qint64> evaluation = deadlineSessions(m_bob);
        QCOMPARE(evaluation.size(), 1);
        addSheet(m_bob, evaluation, QDate(2024, 4, 8));
        const QList<AgendaItem> bob = agenda(AgendaFilter::person(m_bob));
        QCOMPARE(kindsOf(bob), (QList<AgendaItem::Kind>{AgendaItem::Kind::LatePayment,
                                                        AgendaItem::Kind::SendSheet,
                                                        AgendaItem::Kind::CreateSheet,
                                                        AgendaItem::Kind::SendingDeadline}));
        AgendaTotals bobs;
        for (const AgendaItem& item : bob)
            bobs.add(item);
        QCOMPARE(bobs.cpamCents(), Cents(3000 + 2400 + 3000));
        QCOMPARE(bobs.mutuelleCents(), Cents(1600 + 2000));
        QCOMPARE(bobs.persons(), 1);
    }

    void readsOnAnotherThread()
    {
        // Taken here (the settings), run on a thread with a connection of its own: the same
        // agenda, item for item.
        const AgendaReader reader = file().read().agendaReader();
        Result<QList<AgendaItem>> read = Error::io(QStringLiteral("not run"));
        std::thread thread([&] { read = reader.run(); });
        thread.join();
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const QList<AgendaItem> here = agenda();
        QCOMPARE(read->size(), here.size());
        for (qsizetype i = 0; i < here.size(); ++i) {
            QCOMPARE(read->at(i).kind, here.at(i).kind);
            QCOMPARE(read->at(i).personId, here.at(i).personId);
            QCOMPARE(read->at(i).dueDate, here.at(i).dueDate);
            QCOMPARE(read->at(i).amountCents, here.at(i).amountCents);
            QCOMPARE(read->at(i).text, here.at(i).text);
        }

        // Run again after a change: what was committed before it began reading.
        QVERIFY(file().careSheets().markSheetSent(m_toSend, QDate(2026, 3, 12)).ok());
        std::thread again([&] { read = reader.run(); });
        again.join();
        QVERIFY(read.ok());
        QCOMPARE(read->size(), here.size() - 1);
        QVERIFY(!find(read.value(), AgendaItem::Kind::SendSheet));

        // One person's, the filter kept.
        const AgendaReader dans = file().read().agendaReader(AgendaFilter::person(m_dan));
        QCOMPARE(dans.filter().personId, m_dan);
        QCOMPARE(dans.today(), kToday);
        std::thread dan([&] { read = dans.run(); });
        dan.join();
        QVERIFY(read.ok());
        QCOMPARE(kindsOf(read.value()),
                 (QList<AgendaItem::Kind>{AgendaItem::Kind::AidAnswerOverdue,
                                          AgendaItem::Kind::AidDocumentsMissing}));
    }

    void theYearsOtherStepsAreNotOnTheAgenda()
    {
        QVERIFY(Agenda::carries(NextStep::Kind::CreateSheet));
        QVERIFY(Agenda::carries(NextStep::Kind::SendSheet));
        QVERIFY(Agenda::carries(NextStep::Kind::ChasePayment));
        QVERIFY(Agenda::carries(NextStep::Kind::SendingDeadline));
        QVERIFY(!Agenda::carries(NextStep::Kind::RecordPayment));
        QVERIFY(!Agenda::carries(NextStep::Kind::StartEvaluation));
        QVERIFY(!Agenda::carries(NextStep::Kind::CapReached));
        QVERIFY(!Agenda::carries(NextStep::Kind::Information));
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "TestAgenda.moc"
