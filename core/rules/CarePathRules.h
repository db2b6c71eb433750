#pragma once

#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Session.h"
#include "rules/RuleSet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace carnet {

// Why a session is not covered by Mon soutien psy. None = covered.
enum class NotCoveredReason
{
    None,
    PrivateSession,       // recorded as outside the scheme
    BeforeScheme,         // before 5 April 2022
    UnderAge,             // under 3 on the session's date
    NotPartner,           // psychologist not conventionné
    FeeDiffersFromTariff, // no dépassement allowed
    RemoteEvaluation,     // the evaluation must be in person
    SecondEvaluation,     // one evaluation per calendar year
    OverYearlyCap,        // the year's covered sessions are used up
    ReferralMissing,      // required before 15 June 2024
};

// The rules' verdict on one session.
//
// Amounts (DOMAIN.md A, "Standard split", "100 %, no advance", "What owed means"):
// - expected* is everything the payer should pay *to the patient* for the session, whatever has
//   been received already; owed = expected − received, never negative (YearStatus::owed*).
// - Covered, standard cover: expectedAmo = AMO rate (60 %) of the tariff minus the
//   participation forfaitaire (0 today); expectedAmc = the remaining 40 % with a mutuelle, else 0
//   and that 40 % is patientShare; shouldAdvance = the tariff.
// - Covered with tiers payant (C2S, AME, ALD, maternity, AT/MP covering the date): the caisse
//   pays the psychologist directly, 100 %. The patient advances nothing and is owed nothing:
//   expectedAmo = expectedAmc = patientShare = shouldAdvance = 0 ("nothing to advance").
// - Not covered: nothing expected, patientShare = shouldAdvance = the fee, thirdPartyPayment
//   false.
// - received* add up the payment shares of the session: payer Cpam → AMO, Mutuelle → AMC
//   (payer Other counts in neither).
struct SessionAssessment
{
    qint64 sessionId = 0;
    QDate date;
    bool covered = false;
    NotCoveredReason reason = NotCoveredReason::None;
    QString reasonText;             // one translated sentence when not covered, else empty
    QStringList warnings;           // translated; do not change coverage
    int coveredIndex = 0;           // 1.. for covered sessions, in date order within the year
    bool thirdPartyPayment = false; // 100 %, no advance of fees (C2S, AME, ALD, ...)
    Cents tariffCents = 0;          // the scheme's tariff for this kind on this date
    Cents expectedAmoCents = 0;     // due to the patient by the CPAM for this session, in all
    Cents expectedAmcCents = 0;     // ... by the mutuelle (0 without a mutuelle)
    Cents patientShareCents = 0;    // what stays with the patient (no mutuelle, or uncovered)
    Cents shouldAdvanceCents = 0;   // what the patient should have paid the psychologist
    qint64 sheetId = 0;             // the care sheet it is on, 0 = none yet
    Cents receivedAmoCents = 0;
    Cents receivedAmcCents = 0;

    // Where the money the session brings back to the patient stands: covered is not paid back
    // until the payments came.
    enum class Repayment
    {
        NotCovered,       // nothing will come back
        NothingToGetBack, // covered with tiers payant: the caisse pays the psychologist
        NotYet,           // covered, nothing received yet
        Partly,           // covered, part of what is expected received
        PaidBack,         // covered, everything expected received
    };
    Repayment repayment() const;
    Cents expectedCents() const { return expectedAmoCents + expectedAmcCents; }
    Cents receivedCents() const { return receivedAmoCents + receivedAmcCents; }
};

// A payment that should have arrived by now.
struct LatePayment
{
    qint64 sheetId = 0;
    Payer payer = Payer::Cpam;
    QDate dueDate;
    int daysLate = 0;
    Cents missingCents = 0;
};

// One thing to do, in plain words, with what the UI needs to offer a button for it.
struct NextStep
{
    enum class Kind
    {
        CreateSheet,     // sessions with no feuille de soins yet
        SendSheet,       // a sheet not sent
        RecordPayment,   // money expected: record it when it comes
        ChasePayment,    // a payment is late
        SendingDeadline, // a session to claim is close to its sending deadline, or past it
        StartEvaluation, // follow-ups with no evaluation this year
        CapReached,      // the year's covered sessions are used
        Information,
    };
    Kind kind = Kind::Information;
    QString text; // translated
    qint64 sheetId = 0;
    qint64 sessionId = 0;
    Payer payer = Payer::Cpam;
    QDate deadline; // SendingDeadline: the sending deadline the text names; else null
};

// Settings that change derived status (stored per file; defaults from DOMAIN.md).
struct StatusSettings
{
    int paperLateDays = 30;
    int electronicLateDays = 10;
    int mutuelleLateDays = 15;        // after the CPAM paid
    int sendingDeadlineWarnDays = 90; // warn this long before the sending deadline

    bool operator==(const StatusSettings&) const = default;
};

// Everything the rules need to judge one person's calendar year. `sessions` are that
// person's sessions of the year (any order); sheets and payments those touching them.
struct PersonYearFacts
{
    Person person;
    QList<Practitioner> practitioners;
    QList<Referral> referrals;
    QList<Session> sessions;
    QList<CareSheet> sheets;
    QList<Payment> payments;
};

// Where a person stands for a calendar year: every figure the dashboard, the CLI's
// `status` and the agenda show.
struct YearStatus
{
    int year = 0;
    int coveredCap = 0; // 12 (or 8 before the reform)
    int coveredUsed = 0;
    int coveredLeft = 0; // 0 too for a year the person is under the minimum age all through
    // A child under the scheme's minimum age (3) on the year's first day: the day they reach
    // it (in the year, or later); null when old enough all year or without a birth date.
    QDate eligibleFrom;
    bool evaluationDone = false;
    Cents paidCents = 0; // advanced by the patient
    Cents expectedAmoCents = 0;
    Cents expectedAmcCents = 0;
    Cents receivedAmoCents = 0;
    Cents receivedAmcCents = 0;
    Cents owedAmoCents = 0;
    Cents owedAmcCents = 0;
    QList<qint64> sheetsToSend;
    QList<qint64> sessionsWithoutSheet;
    QList<LatePayment> latePayments;
    QList<SessionAssessment> sessions; // in date order
    QList<NextStep> nextSteps;
};

// The Mon soutien psy rules as pure functions over stored facts.
//
// How yearStatus() decides (DOMAIN.md part A):
// - Sessions of the calendar year are judged in date order (then by id). Each one is judged
//   by the regime in force on its own date; the yearly counters count every covered session of
//   the calendar year, whichever regime covered it. So a year straddling 15 June 2024 allows
//   8 covered sessions (1 evaluation + 7 follow-ups) up to 14 June, and 12 in all (1 + 11) from
//   15 June on, the earlier ones included.
// - Reasons are checked in this order; the first that applies is the one reported:
//   PrivateSession, BeforeScheme, UnderAge, NotPartner, FeeDiffersFromTariff, RemoteEvaluation,
//   ReferralMissing, SecondEvaluation, OverYearlyCap. The facts of the session itself come
//   first (what it is, when, for whom, with whom, at what fee, how, on what paperwork), the
//   yearly counters last: only covered sessions take a place in the counters, so a session
//   refused for another reason never uses up the cap.
//   * UnderAge: skipped when the birth date is unknown (validation requires one).
//   * NotPartner: a practitioner missing from `facts.practitioners` is not judged.
//   * ReferralMissing (regime with referralRequired, i.e. before 15 June 2024): needs a
//     referral of that person dated on or before the session (any earlier year counts).
//   * SecondEvaluation: an evaluation after an evaluation already *covered* that year.
//   * OverYearlyCap: the evaluation counts in the cap; follow-ups also have their own cap
//     (7, then 11), so 12 follow-ups without an evaluation leave the 12th uncovered.
// - Warnings (coverage unchanged): a covered follow-up with no covered evaluation earlier that
//   year; a session still to be claimed (covered, not on a sent sheet, and either on a sheet or
//   not under tiers payant) within `sendingDeadlineWarnDays` of, or past, its sending deadline
//   (RuleSet::sendingDeadline: the session's date + the sendingDeadlineYears of its regime, 2
//   years); the psychologist's 11-digit RPPS failing its Luhn check; money advanced for a
//   session under tiers payant.
// - sheetsToSend: every unsent sheet holding a session of the year (by issue date).
//   sessionsWithoutSheet: every covered session not under tiers payant that is on no sheet,
//   whether or not the patient recorded paying yet (the sheet is what gets the money back).
// - latePayments: a sent sheet whose sessions of the year are still owed AMO after
//   sent + electronicLateDays (electronic) or paperLateDays (paper); the mutuelle is late when
//   AMC is still owed `mutuelleLateDays` after the last CPAM payment for those sessions (no
//   CPAM payment yet: the mutuelle is not yet due). daysLate = today − due date, > 0.
// - coveredCap: the cap of the regime in force on `today` when today falls in `year`,
//   otherwise on the year's last day (or its first day for a year yet to come); when no regime
//   is in force on that day (early 2022), the one in force on the year's last day. coveredLeft
//   never goes below 0.
// - A child under the regime's minimum age (3): eligibleFrom is the third birthday when it
//   comes after the year's first day. When it comes after the year, no session of the year can
//   be covered: coveredLeft is 0 (coveredCap stays the regime's, so "0 of 12"). When it comes
//   within the year, the cap is not prorated: the calendar year's covered sessions can all be
//   used from the birthday on (DOMAIN.md A: the counters are per calendar year, and a session
//   is judged on its own date), so coveredLeft is the usual cap − used.
// - nextSteps, most urgent first: late payments, sending deadlines, sheets to send, sheets to
//   ask for, payments to record, a missing evaluation, the cap reached. A SendingDeadline step
//   for a sheet names (and carries as `deadline`) the earliest sending deadline of the sheet's
//   sessions of the year; for a session on no sheet, that session's.
namespace CarePathRules {

// Judges every session of `year` in `facts` and derives the year's status.
YearStatus yearStatus(const PersonYearFacts& facts, int year, QDate today,
                      const StatusSettings& settings = {},
                      const RuleSet& rules = RuleSet::monSoutienPsy());

// Age in whole years on `date` (a 29 February birthday comes on 1 March in other years);
// -1 when either date is invalid.
int ageOn(QDate birthDate, QDate date);
// The first day ageOn() says `years` (1 March for a 29 February birthday in a common year);
// null without a birth date.
QDate birthdayOf(QDate birthDate, int years);

// True when a coverage situation with tiers payant (100 %) covers `date` for `person`.
bool thirdPartyPaymentOn(const Person& person, QDate date);
// The coverage situation with tiers payant covering `date` for `person` (the first listed),
// nullopt under standard cover.
std::optional<CoverageKind> thirdPartyCoverOn(const Person& person, QDate date);

// The age of majority: below it, care needs the consent of those with parental authority
// (DOMAIN.md B §1.2 "Minors").
inline constexpr int kAdultAge = 18;
// True when `person` is a minor on `date`: the names of those with parental authority who
// consented must be recorded. False when the birth date (or the date) is unknown.
bool parentalConsentRequired(const Person& person, QDate date);

// Proposes how a payment of `amountCents` from `payer` splits over the sessions assessed in
// `sessions` (possibly from two calendar years): each gets what it is still owed by that
// payer, oldest first, until the amount runs out. The shares never exceed the amount.
// Sessions owed nothing get no share; payer Other is owed nothing, so gets an empty list.
QList<PaymentShare> proposeSplit(const QList<SessionAssessment>& sessions, Payer payer,
                                 Cents amountCents);

// The most the CPAM (first) and the mutuelle (second) can expect to pay for `session` of
// `person`, whatever the rest of its year: what yearStatus() expects for it if it is covered
// without tiers payant; 0 and 0 when no regime could cover it (private, before the scheme, a
// fee other than the tariff). A session that received that much from each is owed nothing.
std::pair<Cents, Cents> mostExpected(const Session& session, const Person& person,
                                     const RuleSet& rules = RuleSet::monSoutienPsy());

// Why `session` of `person` is not covered from the session alone, whatever the rest of its
// year: PrivateSession, BeforeScheme, UnderAge, NotPartner (a psychologist not given is not
// judged), FeeDiffersFromTariff, RemoteEvaluation, in that order; None when nothing in the
// session itself stands in the way (the year's counters and the referral are judged by
// yearStatus()). `regime` is the one in force on the session's day (null before the scheme).
NotCoveredReason sessionReason(const Session& session, const Person& person,
                               const Practitioner* psychologist, const Regime* regime);

// A sentence for a reason, translated.
QString reasonText(NotCoveredReason reason);

} // namespace CarePathRules
} // namespace carnet
