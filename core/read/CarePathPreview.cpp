#include "read/CarePathPreview.h"

namespace carnet {

CarePathPreview CarePathPreview::of(const Person& person,
                                    const std::optional<Practitioner>& psychologist,
                                    const std::optional<Referral>& referral, QDate date,
                                    const RuleSet& rules)
{
    CarePathPreview preview;
    preview.date = date;
    preview.ageYears = CarePathRules::ageOn(person.birthDate, date);
    preview.consentRequired = CarePathRules::parentalConsentRequired(person, date);
    preview.thirdPartyCover = CarePathRules::thirdPartyCoverOn(person, date);

    preview.toBring << ToBring::AttestationDeDroits;
    if (referral)
        preview.toBring << ToBring::Referral;
    if (person.hasMutuelle())
        preview.toBring << ToBring::MutuelleCard;
    if (preview.consentRequired)
        preview.toBring << ToBring::ParentalAuthority;

    const Regime* regime = date.isValid() ? rules.regimeOn(date) : nullptr;
    if (!regime)
        return preview;
    preview.regime = *regime;
    preview.otherRatePercent = 100 - regime->amoRatePercent;
    if (preview.ageYears >= 0 && preview.ageYears < regime->minimumAgeYears) {
        preview.oldEnough = false;
        preview.eligibleFrom = CarePathRules::birthdayOf(person.birthDate, regime->minimumAgeYears);
    }

    // Placeholder ids for what is not stored yet: the rules only match ids with each other.
    PersonYearFacts facts;
    facts.person = person;
    if (facts.person.id == 0)
        facts.person.id = 1;
    Session evaluation;
    evaluation.id = 1;
    evaluation.personId = facts.person.id;
    evaluation.date = date;
    evaluation.kind = SessionKind::Evaluation;
    evaluation.mode = SessionMode::Office;
    evaluation.feeCents = regime->evaluationTariffCents;
    if (psychologist) {
        Practitioner psy = *psychologist;
        if (psy.id == 0)
            psy.id = 1;
        facts.practitioners = {psy};
        evaluation.practitionerId = psy.id;
    }
    if (referral) {
        Referral r = *referral;
        r.personId = facts.person.id;
        facts.referrals = {r};
    }
    Session followUp = evaluation;
    followUp.id = 2;
    followUp.kind = SessionKind::FollowUp;
    followUp.feeCents = regime->followUpTariffCents;
    facts.sessions = {evaluation, followUp};

    // Judged as of no particular day: the year about to start has nothing to claim yet.
    const YearStatus status = CarePathRules::yearStatus(facts, date.year(), QDate(), {}, rules);
    for (const SessionAssessment& a : status.sessions) {
        if (a.sessionId == evaluation.id)
            preview.evaluation = a;
        else if (a.sessionId == followUp.id)
            preview.followUp = a;
    }
    return preview;
}

} // namespace carnet
