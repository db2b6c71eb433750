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
struct SessionAssessment
{
    qint64 sessionId = 0;
    QDate date;
    bool covered = false;
    NotCoveredReason reason = NotCoveredReason::None;
    QString reasonText;   // one translated sentence when not covered, else empty
    QStringList warnings; // translated; do not change coverage
    int coveredIndex = 0; // 1.. for covered sessions, in date order within the year
    bool thirdPartyPayment = false; // 100 %, no advance of fees (C2S, AME, ALD, ...)
    Cents tariffCents = 0;          // the scheme's tariff for this kind on this date
    Cents expectedAmoCents = 0;     // still due to the patient by the CPAM for this session
    Cents expectedAmcCents = 0;     // ... by the mutuelle (0 without a mutuelle)
    Cents patientShareCents = 0;    // what stays with the patient (no mutuelle, or uncovered)
    Cents shouldAdvanceCents = 0;   // what the patient should have paid the psychologist
    qint64 sheetId = 0;             // the care sheet it is on, 0 = none yet
    Cents receivedAmoCents = 0;
    Cents receivedAmcCents = 0;
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
        CreateSheet,    // sessions with no feuille de soins yet
        SendSheet,      // a sheet not sent
        RecordPayment,  // money expected: record it when it comes
        ChasePayment,   // a payment is late
        ClaimDeadline,  // a sheet is close to the 2-year claim deadline
        StartEvaluation, // follow-ups with no evaluation this year
        CapReached,     // the year's covered sessions are used
        Information,
    };
    Kind kind = Kind::Information;
    QString text; // translated
    qint64 sheetId = 0;
    qint64 sessionId = 0;
    Payer payer = Payer::Cpam;
};

// Settings that change derived status (stored per file; defaults from DOMAIN.md).
struct StatusSettings
{
    int paperLateDays = 30;
    int electronicLateDays = 10;
    int mutuelleLateDays = 15;      // after the CPAM paid
    int claimDeadlineWarnDays = 90; // warn this long before the 2-year limit
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
// `status` and the pending report show.
struct YearStatus
{
    int year = 0;
    int coveredCap = 0; // 12 (or 8 before the reform)
    int coveredUsed = 0;
    int coveredLeft = 0;
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
namespace CarePathRules {

// Judges every session of `year` in `facts` and derives the year's status.
YearStatus yearStatus(const PersonYearFacts& facts, int year, QDate today,
                      const StatusSettings& settings = {},
                      const RuleSet& rules = RuleSet::monSoutienPsy());

// Age in whole years on `date`.
int ageOn(QDate birthDate, QDate date);

// True when a coverage situation with tiers payant (100 %) covers `date` for `person`.
bool thirdPartyPaymentOn(const Person& person, QDate date);

// Proposes how a payment of `amountCents` from `payer` splits over the sessions assessed in
// `sessions` (possibly from two calendar years): each gets what it is still owed by that
// payer, oldest first, until the amount runs out. The shares never exceed the amount.
QList<PaymentShare> proposeSplit(const QList<SessionAssessment>& sessions, Payer payer,
                                 Cents amountCents);

// A sentence for a reason, translated.
QString reasonText(NotCoveredReason reason);

} // namespace CarePathRules
} // namespace carnet
