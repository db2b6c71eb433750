#include "read/SessionDraft.h"

#include <algorithm>
#include <limits>

namespace carnet {

namespace {

// A new session comes after every stored session of its day (it will get the next id).
constexpr qint64 kNewSessionId = std::numeric_limits<qint64>::max();
// A psychologist not stored yet, while it is judged.
constexpr qint64 kNewPsychologistId = -1;

// The verdict on `judged` (its paid amount set) among `facts`, and the covered sessions of
// its year with it.
struct Verdict
{
    SessionAssessment assessment;
    int coveredUsed = 0;
    bool tooYoungAllYear = false; // under the minimum age all through the session's year
};

Verdict assess(PersonYearFacts facts, const Session& judged, const RuleSet& rules)
{
    bool replaced = false;
    for (Session& s : facts.sessions) {
        if (s.id == judged.id) {
            s = judged;
            replaced = true;
        }
    }
    if (!replaced)
        facts.sessions.append(judged);
    // No "today": the draft's verdict does not depend on the day it is asked.
    const YearStatus status =
        CarePathRules::yearStatus(facts, judged.date.year(), QDate(), {}, rules);
    Verdict verdict;
    verdict.coveredUsed = status.coveredUsed;
    verdict.tooYoungAllYear =
        status.eligibleFrom.isValid() && status.eligibleFrom.year() > judged.date.year();
    for (const SessionAssessment& a : status.sessions) {
        if (a.sessionId == judged.id)
            verdict.assessment = a;
    }
    return verdict;
}

} // namespace

SessionDraftAnswer SessionDraftAnswer::defaults(const SessionDraft& draft, const RuleSet& rules)
{
    SessionDraftAnswer answer;
    answer.session = draft.session;
    const QDate date = draft.session.date;
    const Regime* regime = date.isValid() ? rules.regimeOn(date) : nullptr;
    answer.tariffCents = (regime ? regime->tariffFor(draft.session.kind) : 0);
    answer.yearCap = regime ? regime->coveredSessionsPerYear : 0;
    if (draft.feeFromTariff && answer.tariffCents > 0)
        answer.session.feeCents = answer.tariffCents;
    // Unjudged, nothing says the session is covered: paid in full.
    answer.defaultPaidCents = answer.session.feeCents;
    if (draft.paidByDefault)
        answer.session.paidCents = answer.defaultPaidCents;
    return answer;
}

SessionDraftAnswer SessionDraftAnswer::judge(const SessionDraft& draft,
                                             const PersonYearFacts& facts, const RuleSet& rules)
{
    SessionDraftAnswer answer = defaults(draft, rules);
    const QDate date = answer.session.date;
    if (!date.isValid())
        return answer;
    for (const Session& s : facts.sessions) {
        if (s.id != draft.session.id && s.date.year() == date.year() &&
            s.kind == SessionKind::Evaluation)
            answer.defaultKind = SessionKind::FollowUp;
    }

    PersonYearFacts year = facts;
    Session judged = answer.session;
    if (judged.id == 0)
        judged.id = kNewSessionId;
    judged.personId = facts.person.id;
    if (draft.newPsychologist) {
        Practitioner psychologist = *draft.newPsychologist;
        psychologist.id = kNewPsychologistId;
        judged.practitionerId = psychologist.id;
        year.practitioners.append(psychologist);
    }

    // What was paid changes no verdict, only the warnings: judge, then again with the
    // default paid amount when it differs from the one first assumed.
    Verdict verdict = assess(year, judged, rules);
    answer.defaultPaidCents = verdict.assessment.covered && verdict.assessment.thirdPartyPayment
                                  ? 0
                                  : answer.session.feeCents;
    if (draft.paidByDefault && answer.session.paidCents != answer.defaultPaidCents) {
        answer.session.paidCents = answer.defaultPaidCents;
        judged.paidCents = answer.defaultPaidCents;
        verdict = assess(year, judged, rules);
    }
    const SessionAssessment& a = verdict.assessment;

    answer.judged = true;
    answer.covered = a.covered;
    answer.reason = a.reason;
    answer.reasonText = a.reasonText;
    answer.coveredIndex = a.coveredIndex;
    answer.thirdPartyPayment = a.thirdPartyPayment;
    answer.expectedAmoCents = a.expectedAmoCents;
    answer.expectedAmcCents = a.expectedAmcCents;
    answer.patientShareCents = a.patientShareCents;
    answer.shouldAdvanceCents = a.shouldAdvanceCents;
    answer.warnings = a.warnings;
    answer.coveredLeft =
        verdict.tooYoungAllYear ? 0 : std::max(0, answer.yearCap - verdict.coveredUsed);
    return answer;
}

} // namespace carnet
