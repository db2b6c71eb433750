#pragma once

#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Result.h"
#include "model/Session.h"
#include "rules/RuleSet.h"

#include <QDate>
#include <QStringList>

namespace carnet {

// Checks a fact before it is stored. A refusal is an Error::Kind::Invalid naming the field,
// with one translated sentence; warnings (stored anyway) are appended to `warnings`.
// Validators may normalise their input (trim names, normalise a NIR), hence the copies.
// Field names: "name", "birth_date", "nir", "coverage", "rpps", "date", "consent_holders",
// "referrer_role", "fee", "paid", "sessions", "sent", "amount", "shares".
//
// A session's warnings say when it will not be covered for a reason known from the session
// alone (before the scheme, under 3, not a partner, fee below the tariff, remote evaluation,
// in that order as in CarePathRules); the yearly counters and the referral, which depend on
// other facts, are judged by CarePathRules::yearStatus().
namespace Validation {

Result<Person> person(Person person, QDate today);
Result<Practitioner> practitioner(Practitioner practitioner, QStringList* warnings = nullptr);
// `today` bounds the referral's date (no date in the future).
Result<Referral> referral(Referral referral, const Person& person,
                          QDate today = QDate::currentDate());
// Refuses, among others, a practitioner who is not a psychologist and a fee above the
// scheme's tariff for an evaluation or a follow-up
// (no dépassement: record such a session as private); warns when it will not be covered.
Result<Session> session(Session session, const Person& person, const Practitioner& psychologist,
                        QStringList* warnings = nullptr,
                        const RuleSet& rules = RuleSet::monSoutienPsy());
Result<CareSheet> careSheet(CareSheet sheet, const QList<Session>& sessions);
Result<Payment> payment(Payment payment);

} // namespace Validation
} // namespace carnet
