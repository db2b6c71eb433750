#pragma once

#include "model/Practitioner.h"
#include "model/Result.h"
#include "model/Session.h"
#include "rules/CarePathRules.h"
#include "rules/RuleSet.h"

#include <QStringList>

#include <optional>

namespace carnet {

// A session about to be recorded (or a stored one being edited), as a face describes it: the
// quick entry's form, the arguments of `session add`. The read side answers its defaults and
// the rules' verdict (SessionDraftAnswer) before anything is stored.
struct SessionDraft
{
    // Person, psychologist, date, kind, mode, fee, paid, referral, notes. A nonzero id is a
    // stored session being edited: the draft takes its place in its year.
    Session session;
    // The fee is the scheme's tariff for the kind on the date, where it has one (else
    // session.feeCents stays): the fee field nobody typed in.
    bool feeFromTariff = false;
    // What was paid is the default (DOMAIN.md "Session paid by default"), not
    // session.paidCents: no --paid, the paid field nobody typed in.
    bool paidByDefault = false;
    // A psychologist not stored yet, judged in place of session.practitionerId.
    std::optional<Practitioner> newPsychologist;
};

// The read side's answer on a SessionDraft: what a face pre-fills and shows before saving.
//
// Defaults:
// - fee: the scheme's tariff for the kind on the date (tariffCents) when feeFromTariff and the
//   kind has one; a private session, or a date outside the scheme, keeps the fee given.
// - paid (DOMAIN.md "Session paid by default"): what the patient advanced, nothing only when
//   the session is covered AND under tiers payant; a session that is not covered (a 13th
//   session, a non-partner psychologist, under 3, a fee other than the tariff...) is paid in
//   full, even by a C2S, AME or ALD person.
// - kind: an evaluation, unless the person's year already has one recorded (then a follow-up).
// Verdict: the draft is put among the person's stored facts of its year (a new session after
// every stored one of its day) and CarePathRules::yearStatus judges it. It is judged as of no
// particular day: the sending-deadline reminders, which depend on today, belong to the year's
// status and the pending report, not to the draft.
struct SessionDraftAnswer
{
    // The draft with its defaults applied: what would be stored.
    Session session;
    Cents tariffCents = 0;      // the scheme's tariff for the kind on the date; 0: none
    Cents defaultPaidCents = 0; // what the patient advanced by default, for session.feeCents
    SessionKind defaultKind = SessionKind::Evaluation;
    // Why the service would refuse the draft as it stands (it is judged all the same).
    std::optional<Error> refusal;

    // False when there is no verdict: unknown person, or no date.
    bool judged = false;
    bool covered = false;
    NotCoveredReason reason = NotCoveredReason::None;
    QString reasonText;             // one translated sentence when not covered
    int coveredIndex = 0;           // covered: its place among the year's covered sessions
    bool thirdPartyPayment = false; // covered at 100 % with tiers payant: nothing to advance
    Cents expectedAmoCents = 0;     // what the CPAM will owe the patient for it
    Cents expectedAmcCents = 0;     // ... the mutuelle
    Cents patientShareCents = 0;    // what stays with the patient
    Cents shouldAdvanceCents = 0;   // what the patient pays the psychologist
    int yearCap = 0;                // covered sessions a year under the regime in force on the date
    int coveredLeft = 0;            // covered sessions left in the year once this one is recorded
    // Translated, coverage unchanged (what `session add` prints after the verdict): a
    // follow-up with no evaluation before it, money advanced under tiers payant, an RPPS that
    // fails its check.
    QStringList warnings;

    // The defaults alone, with no verdict (the person is unknown).
    static SessionDraftAnswer defaults(const SessionDraft& draft,
                                       const RuleSet& rules = RuleSet::monSoutienPsy());
    // The defaults and the verdict of `draft` among `facts`: the person (stored or not), the
    // practitioners, referrals, sessions, sheets and payments of the draft's year.
    static SessionDraftAnswer judge(const SessionDraft& draft, const PersonYearFacts& facts,
                                    const RuleSet& rules = RuleSet::monSoutienPsy());
};

} // namespace carnet
