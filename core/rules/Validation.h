#pragma once

#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Result.h"
#include "model/Session.h"
#include "rules/RuleSet.h"

#include <QStringList>

namespace carnet {

// Checks a fact before it is stored. A refusal is an Error::Kind::Invalid naming the field,
// with one translated sentence; warnings (stored anyway) are appended to `warnings`.
// Validators may normalise their input (trim names, normalise a NIR), hence the copies.
namespace Validation {

Result<Person> person(Person person, QDate today);
Result<Practitioner> practitioner(Practitioner practitioner, QStringList* warnings = nullptr);
Result<Referral> referral(Referral referral, const Person& person);
// Refuses, among others, a fee above the scheme's tariff for an evaluation or a follow-up
// (no dépassement: record such a session as private); warns when it will not be covered.
Result<Session> session(Session session, const Person& person, const Practitioner& psychologist,
                        QStringList* warnings = nullptr,
                        const RuleSet& rules = RuleSet::monSoutienPsy());
Result<CareSheet> careSheet(CareSheet sheet, const QList<Session>& sessions);
Result<Payment> payment(Payment payment);

} // namespace Validation
} // namespace carnet
