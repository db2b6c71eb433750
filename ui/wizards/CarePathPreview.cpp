#include "wizards/CarePathPreview.h"

#include "rules/Validation.h"

namespace carnet {

CarePathPreview CarePathPreview::compute(const Person& person, const Practitioner& psychologist,
                                         const std::optional<Referral>& referral, QDate date,
                                         const RuleSet& rules)
{
    CarePathPreview preview;
    preview.regime = rules.regimeOn(date);
    if (!preview.regime || !date.isValid())
        return preview;

    // Placeholder ids for what is not stored yet: the rules only match ids with each other.
    PersonYearFacts facts;
    facts.person = person;
    if (facts.person.id == 0)
        facts.person.id = 1;
    Practitioner psy = psychologist;
    if (psy.id == 0)
        psy.id = 1;
    facts.practitioners = {psy};
    if (referral) {
        Referral r = *referral;
        r.personId = facts.person.id;
        facts.referrals = {r};
    }

    Session evaluation;
    evaluation.id = 1;
    evaluation.personId = facts.person.id;
    evaluation.practitionerId = psy.id;
    evaluation.date = date;
    evaluation.kind = SessionKind::Evaluation;
    evaluation.mode = SessionMode::Office;
    evaluation.feeCents = preview.regime->evaluationTariffCents;
    Session followUp = evaluation;
    followUp.id = 2;
    followUp.kind = SessionKind::FollowUp;
    followUp.feeCents = preview.regime->followUpTariffCents;
    facts.sessions = {evaluation, followUp};

    const YearStatus status = CarePathRules::yearStatus(facts, date.year(), date, {}, rules);
    for (const SessionAssessment& a : status.sessions) {
        if (a.sessionId == evaluation.id)
            preview.evaluation = a;
        else if (a.sessionId == followUp.id)
            preview.followUp = a;
    }
    return preview;
}

bool CarePathPreview::consentRequired(const Person& person, QDate date)
{
    if (!person.birthDate.isValid() || !date.isValid())
        return false;
    Referral probe;
    probe.referrerName = QStringLiteral("-");
    probe.referrerRole = PractitionerRole::GeneralPractitioner;
    probe.date = date;
    const auto checked = Validation::referral(probe, person, date);
    return !checked && checked.error().field == QLatin1String("consent_holders");
}

} // namespace carnet
