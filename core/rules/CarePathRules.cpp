#include "rules/CarePathRules.h"

#include "rules/DateText.h"
#include "rules/Identifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace carnet {
namespace CarePathRules {

namespace {

// What the payments say about one session.
struct Received
{
    Cents amo = 0;
    Cents amc = 0;
    QDate lastCpam; // the latest CPAM payment with a share for the session
};

const Practitioner* findPractitioner(const QList<Practitioner>& practitioners, qint64 id)
{
    for (const Practitioner& p : practitioners) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool referralOnFile(const PersonYearFacts& facts, QDate date)
{
    for (const Referral& r : facts.referrals) {
        if (r.personId == facts.person.id && r.date.isValid() && r.date <= date)
            return true;
    }
    return false;
}

Cents tariffFor(const Regime* regime, SessionKind kind)
{
    return regime ? regime->tariffFor(kind) : 0;
}

Cents owed(Cents expected, Cents received)
{
    return std::max<Cents>(0, expected - received);
}

// Counters of the covered sessions so far in the year.
struct Counters
{
    int covered = 0;
    int coveredFollowUps = 0;
    bool evaluationCovered = false;
};

NotCoveredReason judge(const Session& s, const Regime* regime, const PersonYearFacts& facts,
                       const Counters& counters)
{
    const NotCoveredReason alone = CarePathRules::sessionReason(
        s, facts.person, findPractitioner(facts.practitioners, s.practitionerId), regime);
    if (alone != NotCoveredReason::None)
        return alone;
    if (regime->referralRequired && !referralOnFile(facts, s.date))
        return NotCoveredReason::ReferralMissing;
    if (s.kind == SessionKind::Evaluation && counters.evaluationCovered)
        return NotCoveredReason::SecondEvaluation;
    if (counters.covered >= regime->coveredSessionsPerYear)
        return NotCoveredReason::OverYearlyCap;
    if (s.kind == SessionKind::FollowUp && counters.coveredFollowUps >= regime->followUpsPerYear)
        return NotCoveredReason::OverYearlyCap;
    return NotCoveredReason::None;
}

// Fills the amounts of a covered session (see SessionAssessment in the header).
void fillCoveredAmounts(SessionAssessment& a, const Regime& regime, const Person& person)
{
    if (a.thirdPartyPayment)
        return; // all zero: the caisse pays the psychologist, nothing to advance, nothing owed
    const Cents amoGross = applyRate(a.tariffCents, regime.amoRatePercent, 100);
    const Cents forfait = std::min(regime.participationForfaitaireCents, amoGross);
    const Cents rest = a.tariffCents - amoGross;
    a.expectedAmoCents = amoGross - forfait;
    a.expectedAmcCents = person.hasMutuelle() ? rest : 0;
    a.patientShareCents = forfait + (person.hasMutuelle() ? 0 : rest);
    a.shouldAdvanceCents = a.tariffCents;
}

// The regime of the year's cap: the one that judges the next session (see the header).
const Regime* yearRegime(const RuleSet& rules, int year, QDate today)
{
    QDate day(year, 12, 31);
    if (today.isValid() && today.year() == year)
        day = today;
    else if (today.isValid() && today.year() < year)
        day = QDate(year, 1, 1);
    const Regime* regime = rules.regimeOn(day);
    if (!regime) // e.g. early 2022: the regime that starts later in the year
        regime = rules.regimeOn(QDate(year, 12, 31));
    return regime;
}

bool lessByDateThenId(const SessionAssessment& a, const SessionAssessment& b)
{
    return a.date != b.date ? a.date < b.date : a.sessionId < b.sessionId;
}

QString dateText(QDate date)
{
    return DateText::longDate(date);
}

// A session's sending deadline and the number of years it is counted in (for the texts).
struct Deadline
{
    QDate date; // null: no regime in force on the session's date
    int years = 0;
};

Deadline deadlineOf(const RuleSet& rules, QDate sessionDate)
{
    const Regime* regime = rules.regimeOn(sessionDate);
    return regime ? Deadline{rules.sendingDeadline(sessionDate), regime->sendingDeadlineYears}
                  : Deadline{};
}

// The earliest sending deadline among the sheet's sessions judged this year.
Deadline earliestDeadline(const RuleSet& rules, const CareSheet& sheet,
                          const QHash<qint64, const SessionAssessment*>& assessed)
{
    Deadline earliest;
    for (qint64 id : sheet.sessionIds) {
        const SessionAssessment* a = assessed.value(id, nullptr);
        if (!a)
            continue;
        const Deadline d = deadlineOf(rules, a->date);
        if (d.date.isValid() && (!earliest.date.isValid() || d.date < earliest.date))
            earliest = d;
    }
    return earliest;
}

} // namespace

NotCoveredReason sessionReason(const Session& s, const Person& person,
                               const Practitioner* psychologist, const Regime* regime)
{
    if (s.kind == SessionKind::Private)
        return NotCoveredReason::PrivateSession;
    if (!regime)
        return NotCoveredReason::BeforeScheme;
    if (person.birthDate.isValid() && ageOn(person.birthDate, s.date) < regime->minimumAgeYears)
        return NotCoveredReason::UnderAge;
    if (psychologist && !psychologist->partner)
        return NotCoveredReason::NotPartner;
    if (s.feeCents != regime->tariffFor(s.kind))
        return NotCoveredReason::FeeDiffersFromTariff;
    if (s.kind == SessionKind::Evaluation && s.mode == SessionMode::Remote)
        return NotCoveredReason::RemoteEvaluation;
    return NotCoveredReason::None;
}

QDate birthdayOf(QDate birthDate, int years)
{
    if (!birthDate.isValid())
        return {};
    QDate day = birthDate.addYears(years);
    if (ageOn(birthDate, day) < years) // 29 February → 28 February in a common year
        day = day.addDays(1);
    return day;
}

int ageOn(QDate birthDate, QDate date)
{
    if (!birthDate.isValid() || !date.isValid())
        return -1;
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() ||
        (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

std::pair<Cents, Cents> mostExpected(const Session& session, const Person& person,
                                     const RuleSet& rules)
{
    if (session.kind == SessionKind::Private || !session.date.isValid())
        return {0, 0};
    const Regime* regime = rules.regimeOn(session.date);
    if (!regime)
        return {0, 0};
    SessionAssessment a;
    a.tariffCents = tariffFor(regime, session.kind);
    if (session.feeCents != a.tariffCents) // FeeDiffersFromTariff: never covered
        return {0, 0};
    fillCoveredAmounts(a, *regime, person);
    return {a.expectedAmoCents, a.expectedAmcCents};
}

bool thirdPartyPaymentOn(const Person& person, QDate date)
{
    return thirdPartyCoverOn(person, date).has_value();
}

std::optional<CoverageKind> thirdPartyCoverOn(const Person& person, QDate date)
{
    for (const CoveragePeriod& period : person.coverage) {
        if (period.kind != CoverageKind::Standard && period.covers(date))
            return period.kind;
    }
    return std::nullopt;
}

bool parentalConsentRequired(const Person& person, QDate date)
{
    const int age = ageOn(person.birthDate, date);
    return age >= 0 && age < kAdultAge;
}

QList<PaymentShare> proposeSplit(const QList<SessionAssessment>& sessions, Payer payer,
                                 Cents amountCents)
{
    QList<PaymentShare> shares;
    if (payer == Payer::Other || amountCents <= 0)
        return shares;
    QList<SessionAssessment> ordered = sessions;
    std::stable_sort(ordered.begin(), ordered.end(), lessByDateThenId);
    Cents left = amountCents;
    for (const SessionAssessment& a : std::as_const(ordered)) {
        if (left <= 0)
            break;
        const Cents due = payer == Payer::Cpam ? owed(a.expectedAmoCents, a.receivedAmoCents)
                                               : owed(a.expectedAmcCents, a.receivedAmcCents);
        if (due <= 0)
            continue;
        const Cents share = std::min(due, left);
        shares.append({a.sessionId, share});
        left -= share;
    }
    return shares;
}

QString reasonText(NotCoveredReason reason)
{
    switch (reason) {
    case NotCoveredReason::None:
        return {};
    case NotCoveredReason::PrivateSession:
        return QCoreApplication::translate(
            "CarePathRules", "Recorded as a private session, outside Mon soutien psy.");
    case NotCoveredReason::BeforeScheme:
        return QCoreApplication::translate("CarePathRules",
                                           "The session took place before Mon soutien psy "
                                           "started.");
    case NotCoveredReason::UnderAge:
        return QCoreApplication::translate("CarePathRules",
                                           "The child was younger than 3 on the session's date: "
                                           "Mon soutien psy starts at 3 years old.");
    case NotCoveredReason::NotPartner:
        return QCoreApplication::translate("CarePathRules",
                                           "The psychologist is not a partner of Mon soutien psy "
                                           "(not conventionné).");
    case NotCoveredReason::FeeDiffersFromTariff:
        return QCoreApplication::translate("CarePathRules",
                                           "The fee is not the scheme's tariff for this session: "
                                           "within Mon soutien psy no extra fee is allowed.");
    case NotCoveredReason::RemoteEvaluation:
        return QCoreApplication::translate("CarePathRules",
                                           "The evaluation took place remotely: it must be held "
                                           "in person to be covered.");
    case NotCoveredReason::SecondEvaluation:
        return QCoreApplication::translate("CarePathRules",
                                           "An evaluation was already covered this calendar "
                                           "year: only one is covered per year.");
    case NotCoveredReason::OverYearlyCap:
        return QCoreApplication::translate("CarePathRules",
                                           "The covered sessions of this calendar year are used "
                                           "up: this one is beyond the yearly limit.");
    case NotCoveredReason::ReferralMissing:
        return QCoreApplication::translate("CarePathRules",
                                           "Before 15 June 2024 a doctor's referral letter dated "
                                           "on or before the session was required.");
    }
    return {};
}

YearStatus yearStatus(const PersonYearFacts& facts, int year, QDate today,
                      const StatusSettings& settings, const RuleSet& rules)
{
    YearStatus status;
    status.year = year;
    const Regime* capRegime = yearRegime(rules, year, today);
    status.coveredCap = capRegime ? capRegime->coveredSessionsPerYear : 0;
    if (capRegime && facts.person.birthDate.isValid()) {
        const QDate from = birthdayOf(facts.person.birthDate, capRegime->minimumAgeYears);
        if (from > QDate(year, 1, 1))
            status.eligibleFrom = from;
    }

    // The year's sessions, in date order then by id.
    QList<const Session*> ordered;
    for (const Session& s : facts.sessions) {
        if (s.date.isValid() && s.date.year() == year)
            ordered.append(&s);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Session* a, const Session* b) {
        return a->date != b->date ? a->date < b->date : a->id < b->id;
    });

    QHash<qint64, const CareSheet*> sheetOf;
    for (const CareSheet& sheet : facts.sheets) {
        for (qint64 id : sheet.sessionIds) {
            if (!sheetOf.contains(id))
                sheetOf.insert(id, &sheet);
        }
    }
    QHash<qint64, Received> received;
    for (const Payment& payment : facts.payments) {
        for (const PaymentShare& share : payment.shares) {
            Received& r = received[share.sessionId];
            if (payment.payer == Payer::Cpam) {
                r.amo += share.amountCents;
                if (!r.lastCpam.isValid() || payment.date > r.lastCpam)
                    r.lastCpam = payment.date;
            } else if (payment.payer == Payer::Mutuelle) {
                r.amc += share.amountCents;
            }
        }
    }

    // Judge each session.
    Counters counters;
    bool followUpWithoutEvaluation = false;
    QList<qint64> deadlineSessions; // sessions to claim, close to or past their deadline
    for (const Session* s : std::as_const(ordered)) {
        SessionAssessment a;
        a.sessionId = s->id;
        a.date = s->date;
        const Regime* regime = rules.regimeOn(s->date);
        a.tariffCents = tariffFor(regime, s->kind);
        a.reason = judge(*s, regime, facts, counters);
        a.covered = a.reason == NotCoveredReason::None;
        a.reasonText = reasonText(a.reason);
        const CareSheet* sheet = sheetOf.value(s->id, nullptr);
        a.sheetId = sheet ? sheet->id : 0;
        const Received r = received.value(s->id);
        a.receivedAmoCents = r.amo;
        a.receivedAmcCents = r.amc;

        if (a.covered) {
            a.coveredIndex = ++counters.covered;
            if (s->kind == SessionKind::Evaluation) {
                counters.evaluationCovered = true;
            } else {
                ++counters.coveredFollowUps;
                if (!counters.evaluationCovered) {
                    followUpWithoutEvaluation = true;
                    a.warnings << QCoreApplication::translate(
                        "CarePathRules",
                        "No evaluation was covered earlier this year: a yearly course usually "
                        "starts with an evaluation (entretien d'évaluation).");
                }
            }
            a.thirdPartyPayment = thirdPartyPaymentOn(facts.person, s->date);
            fillCoveredAmounts(a, *regime, facts.person);
            if (a.thirdPartyPayment && s->paidCents > 0) {
                a.warnings << QCoreApplication::translate(
                    "CarePathRules",
                    "This session is covered at 100 % with tiers payant: you should not have "
                    "had to pay anything; ask the psychologist about it.");
            }
            // The sending deadline, while the session is still to be claimed.
            const bool toClaim = (sheet && !sheet->isSent()) || (!sheet && !a.thirdPartyPayment);
            const QDate deadline = rules.sendingDeadline(s->date);
            const int years = regime->sendingDeadlineYears;
            if (toClaim && today.isValid()) {
                if (today > deadline) {
                    a.warnings << QCoreApplication::translate(
                                      "CarePathRules",
                                      "The %n-year deadline to claim this session passed on %1: "
                                      "the CPAM may refuse the feuille de soins.",
                                      nullptr, years)
                                      .arg(dateText(deadline));
                    deadlineSessions.append(s->id);
                } else if (today >= deadline.addDays(-settings.sendingDeadlineWarnDays)) {
                    a.warnings << QCoreApplication::translate(
                                      "CarePathRules",
                                      "Send the feuille de soins for this session before %1: "
                                      "after %n year(s) the CPAM no longer reimburses it.",
                                      nullptr, years)
                                      .arg(dateText(deadline));
                    deadlineSessions.append(s->id);
                }
            }
        } else {
            a.patientShareCents = s->feeCents;
            a.shouldAdvanceCents = s->feeCents;
        }

        const Practitioner* psy = findPractitioner(facts.practitioners, s->practitionerId);
        if (psy && psy->rpps.size() == 11 && !Identifiers::rppsChecksumOk(psy->rpps)) {
            a.warnings << QCoreApplication::translate(
                "CarePathRules",
                "The psychologist's RPPS number fails its check: compare it with the one on the "
                "feuille de soins.");
        }

        status.paidCents += s->paidCents;
        status.expectedAmoCents += a.expectedAmoCents;
        status.expectedAmcCents += a.expectedAmcCents;
        status.receivedAmoCents += a.receivedAmoCents;
        status.receivedAmcCents += a.receivedAmcCents;
        status.owedAmoCents += owed(a.expectedAmoCents, a.receivedAmoCents);
        status.owedAmcCents += owed(a.expectedAmcCents, a.receivedAmcCents);
        if (a.covered && !sheet && !a.thirdPartyPayment)
            status.sessionsWithoutSheet.append(a.sessionId);
        status.evaluationDone = status.evaluationDone || counters.evaluationCovered;
        status.sessions.append(a);
    }
    status.coveredUsed = counters.covered;
    // Too young all year: none of the cap can be used (see the header).
    const bool tooYoungAllYear = status.eligibleFrom.isValid() && status.eligibleFrom.year() > year;
    status.coveredLeft = tooYoungAllYear ? 0 : std::max(0, status.coveredCap - status.coveredUsed);

    // The sheets holding sessions of the year, by issue date (then id).
    QHash<qint64, const SessionAssessment*> assessed;
    for (const SessionAssessment& a : std::as_const(status.sessions))
        assessed.insert(a.sessionId, &a);
    QList<const CareSheet*> sheets;
    for (const CareSheet& sheet : facts.sheets) {
        const bool touches = std::any_of(sheet.sessionIds.cbegin(), sheet.sessionIds.cend(),
                                         [&](qint64 id) { return assessed.contains(id); });
        if (touches)
            sheets.append(&sheet);
    }
    const auto firstSessionDate = [&](const CareSheet& sheet) {
        QDate first;
        for (qint64 id : sheet.sessionIds) {
            if (const SessionAssessment* a = assessed.value(id, nullptr);
                a && (!first.isValid() || a->date < first))
                first = a->date;
        }
        return first;
    };
    // A sheet is known by its issue date, else by its first session's.
    const auto sheetDate = [&](const CareSheet& sheet) {
        return sheet.issued.isValid() ? sheet.issued : firstSessionDate(sheet);
    };
    std::stable_sort(sheets.begin(), sheets.end(), [&](const CareSheet* a, const CareSheet* b) {
        const QDate da = sheetDate(*a);
        const QDate db = sheetDate(*b);
        return da != db ? da < db : a->id < b->id;
    });

    QList<NextStep> lateSteps, deadlineSteps, sendSteps, createSteps, recordSteps;
    for (const CareSheet* sheet : std::as_const(sheets)) {
        if (!sheet->isSent()) {
            status.sheetsToSend.append(sheet->id);
            const bool nearDeadline =
                std::any_of(sheet->sessionIds.cbegin(), sheet->sessionIds.cend(),
                            [&](qint64 id) { return deadlineSessions.contains(id); });
            if (nearDeadline) {
                const Deadline deadline = earliestDeadline(rules, *sheet, assessed);
                NextStep step;
                step.kind = NextStep::Kind::SendingDeadline;
                step.sheetId = sheet->id;
                step.deadline = deadline.date;
                step.text =
                    today > deadline.date
                        ? QCoreApplication::translate(
                              "CarePathRules",
                              "The %n-year deadline to send the feuille de soins of %1 "
                              "passed on %2: send it anyway and ask the CPAM.",
                              nullptr, deadline.years)
                              .arg(dateText(sheetDate(*sheet)), dateText(deadline.date))
                        : QCoreApplication::translate(
                              "CarePathRules",
                              "Send the feuille de soins of %1 before %2: after %n year(s) the "
                              "CPAM no longer reimburses it.",
                              nullptr, deadline.years)
                              .arg(dateText(sheetDate(*sheet)), dateText(deadline.date));
                deadlineSteps.append(step);
            } else {
                NextStep step;
                step.kind = NextStep::Kind::SendSheet;
                step.sheetId = sheet->id;
                step.text =
                    QCoreApplication::translate("CarePathRules", "Send the feuille de soins of %1.")
                        .arg(dateText(sheetDate(*sheet)));
                sendSteps.append(step);
            }
            continue;
        }

        // A sent sheet: is the CPAM, then the mutuelle, late?
        Cents owedAmo = 0;
        Cents owedAmc = 0;
        QDate lastCpam;
        for (qint64 id : sheet->sessionIds) {
            const SessionAssessment* a = assessed.value(id, nullptr);
            if (!a)
                continue;
            owedAmo += owed(a->expectedAmoCents, a->receivedAmoCents);
            const Cents amc = owed(a->expectedAmcCents, a->receivedAmcCents);
            const QDate cpamDate = received.value(id).lastCpam;
            if (amc > 0 && cpamDate.isValid()) {
                owedAmc += amc;
                if (!lastCpam.isValid() || cpamDate > lastCpam)
                    lastCpam = cpamDate;
            }
        }
        // A payer still owing money after its due date is late; before, the payment is to be
        // recorded when it comes. The CPAM is due after the sheet's delay, the mutuelle after
        // the last CPAM payment.
        auto judgePayer = [&](Payer payer, Cents owedCents, QDate due) {
            if (owedCents <= 0)
                return;
            NextStep step;
            step.sheetId = sheet->id;
            step.payer = payer;
            const bool cpam = payer == Payer::Cpam;
            if (today.isValid() && today > due) {
                const int daysLate = int(due.daysTo(today));
                status.latePayments.append({sheet->id, payer, due, daysLate, owedCents});
                step.kind = NextStep::Kind::ChasePayment;
                step.text =
                    (cpam ? QCoreApplication::translate(
                                "CarePathRules",
                                "The CPAM payment for the feuille de soins sent on %1 is %n "
                                "day(s) late.",
                                nullptr, daysLate)
                          : QCoreApplication::translate(
                                "CarePathRules",
                                "The mutuelle payment for the feuille de soins sent on %1 is %n "
                                "day(s) late.",
                                nullptr, daysLate))
                        .arg(dateText(sheet->sent));
                lateSteps.append(step);
            } else {
                step.kind = NextStep::Kind::RecordPayment;
                step.text =
                    (cpam ? QCoreApplication::translate(
                                "CarePathRules",
                                "The CPAM should pay you %1 for the feuille de soins sent on %2: "
                                "record the payment when it arrives.")
                          : QCoreApplication::translate(
                                "CarePathRules",
                                "Your mutuelle should pay you %1 for the feuille de soins sent "
                                "on %2: record the payment when it arrives."))
                        .arg(formatCents(owedCents), dateText(sheet->sent));
                recordSteps.append(step);
            }
        };
        judgePayer(Payer::Cpam, owedAmo,
                   sheet->sent.addDays(sheet->electronic ? settings.electronicLateDays
                                                         : settings.paperLateDays));
        judgePayer(Payer::Mutuelle, owedAmc, lastCpam.addDays(settings.mutuelleLateDays));
    }

    for (qint64 id : std::as_const(status.sessionsWithoutSheet)) {
        const SessionAssessment* a = assessed.value(id);
        NextStep step;
        step.sessionId = id;
        if (deadlineSessions.contains(id)) {
            const Deadline deadline = deadlineOf(rules, a->date);
            step.kind = NextStep::Kind::SendingDeadline;
            step.deadline = deadline.date;
            step.text = today > deadline.date
                            ? QCoreApplication::translate(
                                  "CarePathRules",
                                  "The %n-year deadline to claim the session of %1 passed on %2: "
                                  "ask for its feuille de soins, send it anyway and ask the CPAM.",
                                  nullptr, deadline.years)
                                  .arg(dateText(a->date), dateText(deadline.date))
                            : QCoreApplication::translate(
                                  "CarePathRules",
                                  "Ask for the feuille de soins of the session of %1 and send it "
                                  "before %2: after %n year(s) the CPAM no longer reimburses it.",
                                  nullptr, deadline.years)
                                  .arg(dateText(a->date), dateText(deadline.date));
            deadlineSteps.append(step);
        } else {
            step.kind = NextStep::Kind::CreateSheet;
            step.text = QCoreApplication::translate(
                            "CarePathRules",
                            "Ask your psychologist for the feuille de soins of the session of %1.")
                            .arg(dateText(a->date));
            createSteps.append(step);
        }
    }

    status.nextSteps << lateSteps << deadlineSteps << sendSteps << createSteps << recordSteps;
    if (followUpWithoutEvaluation && !status.evaluationDone) {
        NextStep step;
        step.kind = NextStep::Kind::StartEvaluation;
        step.text = QCoreApplication::translate(
                        "CarePathRules",
                        "No evaluation is recorded for %1: a yearly course usually starts with an "
                        "evaluation (entretien d'évaluation); ask your psychologist.")
                        .arg(year);
        status.nextSteps.append(step);
    }
    if (status.coveredCap > 0 && status.coveredUsed >= status.coveredCap) {
        NextStep step;
        step.kind = NextStep::Kind::CapReached;
        step.text = QCoreApplication::translate(
                        "CarePathRules",
                        "Your %1 covered sessions for %2 are used: further sessions are not "
                        "reimbursed; talk to your doctor about renewal.")
                        .arg(status.coveredCap)
                        .arg(year);
        status.nextSteps.append(step);
    }
    return status;
}

} // namespace CarePathRules

SessionAssessment::Repayment SessionAssessment::repayment() const
{
    if (!covered)
        return Repayment::NotCovered;
    if (expectedCents() <= 0)
        return Repayment::NothingToGetBack;
    if (receivedCents() <= 0)
        return Repayment::NotYet;
    return receivedCents() >= expectedCents() ? Repayment::PaidBack : Repayment::Partly;
}

} // namespace carnet
