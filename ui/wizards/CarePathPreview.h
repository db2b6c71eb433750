#pragma once

#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "rules/CarePathRules.h"
#include "rules/RuleSet.h"

#include <QDate>

#include <optional>

namespace carnet {

// What the core's rules say of a year of care about to start, for the care-path wizard:
// the regime in force, and how CarePathRules would judge an evaluation and a follow-up for
// this person with this psychologist on `date` (covered or why not, tiers payant, who pays
// back what). Nothing here is a rule: the figures are the core's verdicts on two sessions
// that are not stored.
struct CarePathPreview
{
    const Regime* regime = nullptr; // nullptr: no regime in force on the date
    SessionAssessment evaluation;
    SessionAssessment followUp;

    static CarePathPreview compute(const Person& person, const Practitioner& psychologist,
                                   const std::optional<Referral>& referral, QDate date,
                                   const RuleSet& rules = RuleSet::monSoutienPsy());

    // True when the core requires, for `person` on `date`, the names of those with parental
    // authority who consented (a minor): asked of Validation, which owns the rule.
    static bool consentRequired(const Person& person, QDate date);
};

} // namespace carnet
