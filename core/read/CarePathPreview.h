#pragma once

#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "rules/CarePathRules.h"
#include "rules/RuleSet.h"

#include <QDate>
#include <QList>

#include <optional>

namespace carnet {

// What the rules say of a year of care about to start (the care-path assistant, a person's
// eligibility note), for a person stored or not, with a psychologist and a courrier that may
// not be stored yet either:
// - the regime in force on the date (its caps, tariffs, AMO rate, whether a referral is
//   required), and the share of the tariff that is not the CPAM's (the mutuelle's, or the
//   patient's without one);
// - the person's age, whether parental consent must be recorded (a minor), whether the
//   person is old enough for the scheme and, for a younger child, from which day;
// - the situation with tiers payant (C2S, AME...) covering the date, if any;
// - what to bring to the first visit (DOMAIN.md B §1.2 "First visit");
// - how CarePathRules would judge an evaluation and a follow-up at the tariff, in person, on
//   the date: covered or why not, and what each payer pays back.
struct CarePathPreview
{
    // What to bring to the first session.
    enum class ToBring
    {
        AttestationDeDroits, // the paper attestation de droits, and the carte Vitale
        Referral,            // the courrier d'accompagnement (on that path)
        MutuelleCard,        // with a mutuelle
        ParentalAuthority,   // a minor: a holder of parental authority comes along
    };

    QDate date;
    std::optional<Regime> regime; // nullopt: the scheme is not in force on the date
    int otherRatePercent = 0;     // 100 − the AMO rate: the mutuelle's (or the patient's) share

    int ageYears = -1; // on the date; -1 without a birth date
    bool consentRequired = false;
    bool oldEnough = true; // false: under the scheme's minimum age on the date
    QDate eligibleFrom;    // a child too young: the day they reach the minimum age; else null
    std::optional<CoverageKind> thirdPartyCover; // the 100 % situation covering the date

    QList<ToBring> toBring;
    SessionAssessment evaluation;
    SessionAssessment followUp;

    // The preview for `person` on `date`; `psychologist` and `referral` may be unknown yet
    // (then the partner and the referral are not judged: an unknown psychologist is assumed a
    // partner, an unknown referral missing).
    static CarePathPreview of(const Person& person, const std::optional<Practitioner>& psychologist,
                              const std::optional<Referral>& referral, QDate date,
                              const RuleSet& rules = RuleSet::monSoutienPsy());
};

} // namespace carnet
