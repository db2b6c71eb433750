// A session draft's defaults and verdict (read/SessionDraft, ReadSide::sessionDraft), over a
// real file: the fee from the tariff, what was paid by default (DOMAIN.md "Session paid by
// default"), covered or why not, who owes what, the year's cap, the service's refusal.

#include "StoreTestSupport.h"
#include "read/ReadSide.h"
#include "read/SessionDraft.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestSessionDraft : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CarnetFile> m_file;
    qint64 m_alice = 0;  // standard cover, a mutuelle
    qint64 m_dora = 0;   // C2S from 2025, no mutuelle
    qint64 m_nina = 0;   // born in 2023: under 3 in 2025
    qint64 m_psy = 0;    // a partner
    qint64 m_notPsy = 0; // not a partner
    qint64 m_doctor = 0;

    CarnetFile& file() { return *m_file; }

    // A follow-up of `person` with the partner psychologist on `date`, its fee from the
    // tariff and its paid amount by default: the quick entry's untouched form.
    SessionDraft draft(qint64 person, QDate date, SessionKind kind = SessionKind::FollowUp)
    {
        SessionDraft draft;
        draft.session.personId = person;
        draft.session.practitionerId = m_psy;
        draft.session.date = date;
        draft.session.kind = kind;
        draft.feeFromTariff = true;
        draft.paidByDefault = true;
        return draft;
    }

    SessionDraftAnswer ask(const SessionDraft& draft)
    {
        return CARNET_TAKE(file().read().sessionDraft(draft));
    }

    // `count` covered sessions of `person` from 6 January 2025, the first an evaluation.
    void addCovered(qint64 person, int count, Cents paid)
    {
        QDate date = d(2025, 1, 6);
        for (int n = 1; n <= count; ++n, date = date.addDays(7)) {
            Session s;
            s.personId = person;
            s.practitionerId = m_psy;
            s.date = date;
            s.kind = n == 1 ? SessionKind::Evaluation : SessionKind::FollowUp;
            s.feeCents = 5000;
            s.paidCents = paid;
            CARNET_TAKE(file().sessions().addSession(s));
        }
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
            Database::open(m_dir.filePath(QStringLiteral("draft%1.sqlite").arg(++n)), options);
        QVERIFY(db.ok());
        m_file = std::make_unique<CarnetFile>(std::move(db.value()));
        m_file->setToday(d(2025, 6, 30));
        Person alice = sampleAdult();
        alice.coverage.clear();
        m_alice = CARNET_TAKE(file().people().addPerson(alice));
        Person dora = sampleAdult();
        dora.name = QStringLiteral("Dora");
        dora.mutuelle.clear();
        dora.coverage = {{CoverageKind::C2S, d(2025, 1, 1), QDate()}};
        m_dora = CARNET_TAKE(file().people().addPerson(dora));
        Person nina = sampleChild();
        nina.birthDate = d(2023, 1, 15);
        m_nina = CARNET_TAKE(file().people().addPerson(nina));
        m_psy = CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        Practitioner other = samplePsychologist();
        other.name = QStringLiteral("Bruno Aubert");
        other.rpps.clear();
        other.partner = false;
        m_notPsy = CARNET_TAKE(file().people().addPractitioner(other));
        m_doctor = CARNET_TAKE(file().people().addPractitioner(sampleDoctor()));
    }

    void cleanup() { m_file.reset(); }

    void aFirstSessionTakesTheTariff()
    {
        const SessionDraftAnswer a = ask(draft(m_alice, d(2025, 3, 10), SessionKind::Evaluation));
        QVERIFY(!a.refusal);
        QVERIFY(a.judged);
        QCOMPARE(a.defaultKind, SessionKind::Evaluation);
        QCOMPARE(a.tariffCents, Cents(5000));
        QCOMPARE(a.session.feeCents, Cents(5000));
        QCOMPARE(a.session.paidCents, Cents(5000)); // standard cover: advanced in full
        QCOMPARE(a.defaultPaidCents, Cents(5000));
        QVERIFY(a.covered);
        QCOMPARE(a.coveredIndex, 1);
        QVERIFY(!a.thirdPartyPayment);
        QCOMPARE(a.expectedAmoCents, Cents(3000));
        QCOMPARE(a.expectedAmcCents, Cents(2000));
        QCOMPARE(a.patientShareCents, Cents(0));
        QCOMPARE(a.shouldAdvanceCents, Cents(5000));
        QCOMPARE(a.yearCap, 12);
        QCOMPARE(a.coveredLeft, 11);
        QCOMPARE(a.warnings, QStringList());
    }

    void theTariffOfTheDateAndKind()
    {
        // Before 15 June 2024: 40 € an evaluation, 30 € a follow-up, 8 a year, a courrier
        // required (none here: not covered, so paid in full).
        const SessionDraftAnswer evaluation =
            ask(draft(m_alice, d(2024, 3, 4), SessionKind::Evaluation));
        QCOMPARE(evaluation.session.feeCents, Cents(4000));
        QCOMPARE(evaluation.yearCap, 8);
        QCOMPARE(evaluation.reason, NotCoveredReason::ReferralMissing);
        QCOMPARE(evaluation.session.paidCents, Cents(4000));
        QCOMPARE(ask(draft(m_alice, d(2024, 3, 4))).session.feeCents, Cents(3000));
        // A private session has no tariff: the fee given stays.
        SessionDraft privateDraft = draft(m_alice, d(2025, 3, 10), SessionKind::Private);
        privateDraft.session.feeCents = 7000;
        const SessionDraftAnswer p = ask(privateDraft);
        QCOMPARE(p.tariffCents, Cents(0));
        QCOMPARE(p.session.feeCents, Cents(7000));
        QCOMPARE(p.session.paidCents, Cents(7000));
        QCOMPARE(p.reason, NotCoveredReason::PrivateSession);
        QVERIFY(!p.refusal);
    }

    void aFollowUpOnceTheYearHasAnEvaluation()
    {
        addCovered(m_alice, 1, 5000);
        const SessionDraftAnswer a = ask(draft(m_alice, d(2025, 3, 10)));
        QCOMPARE(a.defaultKind, SessionKind::FollowUp);
        QCOMPARE(a.coveredIndex, 2);
        QCOMPARE(a.coveredLeft, 10);
        // Another year has none.
        QCOMPARE(ask(draft(m_alice, d(2024, 12, 16))).defaultKind, SessionKind::Evaluation);
    }

    void aC2SCoveredSessionIsPaidNothing()
    {
        addCovered(m_dora, 1, 0);
        const SessionDraftAnswer a = ask(draft(m_dora, d(2025, 3, 10)));
        QVERIFY(a.covered);
        QVERIFY(a.thirdPartyPayment);
        QCOMPARE(a.defaultPaidCents, Cents(0));
        QCOMPARE(a.session.paidCents, Cents(0));
        QCOMPARE(a.expectedAmoCents, Cents(0));
        QCOMPARE(a.shouldAdvanceCents, Cents(0));
        QCOMPARE(a.warnings, QStringList());

        // Paid all the same (typed in): kept, with the rules' warning.
        SessionDraft typed = draft(m_dora, d(2025, 3, 10));
        typed.paidByDefault = false;
        typed.session.paidCents = 5000;
        const SessionDraftAnswer t = ask(typed);
        QCOMPARE(t.session.paidCents, Cents(5000));
        QCOMPARE(t.defaultPaidCents, Cents(0));
        QCOMPARE(t.warnings.size(), 1);
        QVERIFY2(t.warnings.constFirst().contains(QStringLiteral("tiers payant")),
                 qPrintable(t.warnings.constFirst()));
    }

    void aC2SThirteenthSessionIsPaidInFull()
    {
        addCovered(m_dora, 12, 0);
        const SessionDraftAnswer a = ask(draft(m_dora, d(2025, 6, 2)));
        QVERIFY(a.judged);
        QVERIFY(!a.covered);
        QCOMPARE(a.reason, NotCoveredReason::OverYearlyCap);
        QCOMPARE(a.reasonText, CarePathRules::reasonText(NotCoveredReason::OverYearlyCap));
        QVERIFY(!a.thirdPartyPayment);
        QCOMPARE(a.defaultPaidCents, Cents(5000));
        QCOMPARE(a.session.paidCents, Cents(5000));
        QCOMPARE(a.patientShareCents, Cents(5000));
        QCOMPARE(a.coveredLeft, 0);
        QCOMPARE(a.warnings, QStringList());
        // On the same day as the 12th, it still comes after it.
        const SessionDraftAnswer sameDay = ask(draft(m_dora, d(2025, 3, 24)));
        QCOMPARE(sameDay.reason, NotCoveredReason::OverYearlyCap);
        QCOMPARE(sameDay.session.paidCents, Cents(5000));
    }

    void aNonPartnerIsPaidInFullEvenWithC2S()
    {
        SessionDraft stored = draft(m_dora, d(2025, 3, 10), SessionKind::Evaluation);
        stored.session.practitionerId = m_notPsy;
        const SessionDraftAnswer a = ask(stored);
        QCOMPARE(a.reason, NotCoveredReason::NotPartner);
        QCOMPARE(a.session.paidCents, Cents(5000));
        QVERIFY(!a.refusal);

        // One not stored yet (the quick entry's or the wizard's new one): judged the same.
        SessionDraft fresh = draft(m_dora, d(2025, 3, 10), SessionKind::Evaluation);
        fresh.session.practitionerId = 0;
        Practitioner newcomer = samplePsychologist();
        newcomer.partner = false;
        fresh.newPsychologist = newcomer;
        const SessionDraftAnswer f = ask(fresh);
        QVERIFY(!f.refusal);
        QCOMPARE(f.reason, NotCoveredReason::NotPartner);
        QCOMPARE(f.session.paidCents, Cents(5000));
        newcomer.partner = true;
        fresh.newPsychologist = newcomer;
        QCOMPARE(ask(fresh).session.paidCents, Cents(0));
    }

    void aFeeAboveTheTariffIsRefused()
    {
        SessionDraft above = draft(m_alice, d(2025, 3, 10));
        above.feeFromTariff = false;
        above.session.feeCents = 6000;
        const SessionDraftAnswer a = ask(above);
        QVERIFY(a.refusal);
        QCOMPARE(a.refusal->field, QStringLiteral("fee"));
        QVERIFY(a.judged);
        QCOMPARE(a.reason, NotCoveredReason::FeeDiffersFromTariff);
        QCOMPARE(a.session.feeCents, Cents(6000));
        QCOMPARE(a.session.paidCents, Cents(6000));

        // Below the tariff: stored, not covered, paid in full.
        above.session.feeCents = 4000;
        const SessionDraftAnswer below = ask(above);
        QVERIFY(!below.refusal);
        QCOMPARE(below.reason, NotCoveredReason::FeeDiffersFromTariff);
        QCOMPARE(below.session.paidCents, Cents(4000));
    }

    void underThreeIsNotCovered()
    {
        const SessionDraftAnswer a = ask(draft(m_nina, d(2025, 3, 10), SessionKind::Evaluation));
        QCOMPARE(a.reason, NotCoveredReason::UnderAge);
        QCOMPARE(a.session.paidCents, Cents(5000));
        QCOMPARE(a.coveredLeft, 0); // 3 only in January 2026: none of 2025's can be covered
        // In 2026, from the third birthday on: the year's cap.
        const SessionDraftAnswer later = ask(draft(m_nina, d(2026, 2, 2), SessionKind::Evaluation));
        QVERIFY(later.covered);
        QCOMPARE(later.coveredLeft, 11);
    }

    void whatTheServiceWouldRefuse()
    {
        SessionDraft nobody = draft(99, d(2025, 3, 10));
        const SessionDraftAnswer a = ask(nobody);
        QVERIFY(!a.judged);
        QCOMPARE(a.refusal->field, QStringLiteral("person_id"));
        QCOMPARE(a.session.feeCents, Cents(5000));
        QCOMPARE(a.session.paidCents, Cents(5000));

        SessionDraft doctor = draft(m_alice, d(2025, 3, 10));
        doctor.session.practitionerId = m_doctor;
        QCOMPARE(ask(doctor).refusal->field, QStringLiteral("practitioner_id"));
        SessionDraft unknownPsy = draft(m_alice, d(2025, 3, 10));
        unknownPsy.session.practitionerId = 77;
        QCOMPARE(ask(unknownPsy).refusal->field, QStringLiteral("practitioner_id"));
        SessionDraft unknownReferral = draft(m_alice, d(2025, 3, 10));
        unknownReferral.session.referralId = 5;
        QCOMPARE(ask(unknownReferral).refusal->field, QStringLiteral("referral_id"));
        SessionDraft overpaid = draft(m_alice, d(2025, 3, 10));
        overpaid.paidByDefault = false;
        overpaid.session.paidCents = 9000;
        QCOMPARE(ask(overpaid).refusal->field, QStringLiteral("paid"));
    }

    void anEditedSessionTakesItsOwnPlace()
    {
        addCovered(m_alice, 3, 5000);
        Session second = file().sessions().sessions(m_alice, 2025).at(1);
        SessionDraft edit;
        edit.session = second;
        edit.session.mode = SessionMode::Remote;
        const SessionDraftAnswer a = ask(edit);
        QVERIFY(a.covered);
        QCOMPARE(a.coveredIndex, 2);
        QCOMPARE(a.coveredLeft, 9); // not counted twice
        QCOMPARE(a.session.paidCents, second.paidCents);
        QCOMPARE(a.defaultKind, SessionKind::FollowUp);
    }

    void theVerdictIsTheStoredSessions()
    {
        // What the draft says is what the year's status says once it is stored.
        addCovered(m_dora, 12, 0);
        const SessionDraftAnswer a = ask(draft(m_dora, d(2025, 6, 2)));
        const qint64 id = CARNET_TAKE(file().sessions().addSession(a.session));
        const YearStatus year = CARNET_TAKE(file().read().yearStatus(m_dora, 2025));
        const SessionAssessment& stored = year.sessions.constLast();
        QCOMPARE(stored.sessionId, id);
        QCOMPARE(stored.covered, a.covered);
        QCOMPARE(stored.reason, a.reason);
        QCOMPARE(stored.shouldAdvanceCents, a.shouldAdvanceCents);
        QCOMPARE(file().sessions().session(id)->paidCents, Cents(5000));
    }
};

QTEST_GUILESS_MAIN(TestSessionDraft)
#include "TestSessionDraft.moc"
