#include "rules/Validation.h"

#include "rules/CarePathRules.h"
#include "rules/Identifiers.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace carnet {
namespace Validation {

namespace {

// The oldest birth date Carnet accepts: anything earlier is a typing mistake.
const QDate kEarliestBirth(1900, 1, 1);

Error invalid(const char* field, const QString& message)
{
    return Error::invalid(QString::fromLatin1(field), message);
}

void warn(QStringList* warnings, const QString& text)
{
    if (warnings)
        warnings->append(text);
}

// Why a session will not be covered, from the session alone (see the header).
NotCoveredReason intrinsicReason(const Session& s, const Person& person,
                                 const Practitioner& psychologist, const Regime* regime)
{
    const NotCoveredReason reason = CarePathRules::sessionReason(s, person, &psychologist, regime);
    // Recorded as private on purpose: nothing to warn of.
    return reason == NotCoveredReason::PrivateSession ? NotCoveredReason::None : reason;
}

} // namespace

Result<Person> person(Person person, QDate today)
{
    person.name = person.name.trimmed();
    if (person.name.isEmpty())
        return invalid("name", QCoreApplication::translate("Validation", "Enter a name."));
    if (!person.birthDate.isValid()) {
        return invalid("birth_date",
                       QCoreApplication::translate("Validation", "Enter the birth date."));
    }
    if (person.birthDate < kEarliestBirth) {
        return invalid("birth_date", QCoreApplication::translate(
                                         "Validation", "The birth date is too far in the past: "
                                                       "check the year."));
    }
    if (today.isValid() && person.birthDate > today) {
        return invalid("birth_date", QCoreApplication::translate(
                                         "Validation", "The birth date is in the future."));
    }
    person.nir = person.nir.trimmed();
    if (!person.nir.isEmpty()) {
        auto nir = Identifiers::normalizeNir(person.nir);
        if (!nir)
            return nir.error();
        person.nir = nir.value();
    }
    person.mutuelle = person.mutuelle.trimmed();
    for (const CoveragePeriod& period : std::as_const(person.coverage)) {
        if (period.from.isValid() && period.to.isValid() && period.to < period.from) {
            return invalid("coverage", QCoreApplication::translate(
                                           "Validation", "A coverage period ends before it "
                                                         "starts: check its dates."));
        }
    }
    return person;
}

Result<Practitioner> practitioner(Practitioner practitioner, QStringList* warnings)
{
    practitioner.name = practitioner.name.trimmed();
    if (practitioner.name.isEmpty())
        return invalid("name", QCoreApplication::translate("Validation", "Enter a name."));
    practitioner.rpps = practitioner.rpps.trimmed();
    if (!practitioner.rpps.isEmpty()) {
        auto rpps = Identifiers::normalizeRpps(practitioner.rpps);
        if (!rpps)
            return rpps.error();
        practitioner.rpps = rpps.value();
        if (practitioner.rpps.size() == 11 && !Identifiers::rppsChecksumOk(practitioner.rpps)) {
            warn(warnings, QCoreApplication::translate(
                               "Validation", "This RPPS number fails its check: compare it with "
                                             "the one on a feuille de soins. It is kept as "
                                             "typed."));
        }
    }
    practitioner.contact = practitioner.contact.trimmed();
    return practitioner;
}

Result<Referral> referral(Referral referral, const Person& person, QDate today)
{
    if (!referral.date.isValid()) {
        return invalid("date", QCoreApplication::translate(
                                   "Validation", "Enter the date of the referral letter."));
    }
    if (today.isValid() && referral.date > today) {
        return invalid("date", QCoreApplication::translate(
                                   "Validation", "The referral letter's date is in the future."));
    }
    if (referral.referrerRole == PractitionerRole::Psychologist) {
        return invalid("referrer_role",
                       QCoreApplication::translate("Validation",
                                                   "A referral letter is written by a doctor or a "
                                                   "midwife, not by a psychologist."));
    }
    referral.referrerName = referral.referrerName.trimmed();
    QStringList holders;
    for (const QString& holder : std::as_const(referral.consentHolders)) {
        if (!holder.trimmed().isEmpty())
            holders.append(holder.trimmed());
    }
    referral.consentHolders = holders;
    if (CarePathRules::parentalConsentRequired(person, referral.date) && holders.isEmpty()) {
        return invalid("consent_holders",
                       QCoreApplication::translate("Validation",
                                                   "For a minor, record who holds parental "
                                                   "authority and consented to the care."));
    }
    return referral;
}

Result<Session> session(Session session, const Person& person, const Practitioner& psychologist,
                        QStringList* warnings, const RuleSet& rules)
{
    if (psychologist.role != PractitionerRole::Psychologist) {
        return invalid("practitioner_id",
                       QCoreApplication::translate(
                           "Validation", "Sessions are given by a psychologist: choose one."));
    }
    if (!session.date.isValid()) {
        return invalid("date",
                       QCoreApplication::translate("Validation", "Enter the session's date."));
    }
    if (session.feeCents < 0) {
        return invalid("fee",
                       QCoreApplication::translate("Validation", "The fee cannot be negative."));
    }
    if (session.paidCents < 0) {
        return invalid("paid", QCoreApplication::translate("Validation",
                                                           "The amount paid cannot be negative."));
    }
    if (session.paidCents > session.feeCents) {
        return invalid(
            "paid", QCoreApplication::translate("Validation",
                                                "The amount paid (%1) is more than the fee (%2).")
                        .arg(formatCents(session.paidCents), formatCents(session.feeCents)));
    }
    const Regime* regime = rules.regimeOn(session.date);
    if (regime && session.kind != SessionKind::Private) {
        const Cents tariff = regime->tariffFor(session.kind);
        if (session.feeCents > tariff) {
            return invalid("fee",
                           QCoreApplication::translate(
                               "Validation",
                               "The fee (%1) is above the Mon soutien psy tariff for this session "
                               "(%2): no extra fee is allowed within the scheme. If you paid "
                               "more, record it as a private session.")
                               .arg(formatCents(session.feeCents), formatCents(tariff)));
        }
    }
    session.notes = session.notes.trimmed();

    const NotCoveredReason reason = intrinsicReason(session, person, psychologist, regime);
    if (reason != NotCoveredReason::None) {
        warn(warnings,
             QCoreApplication::translate("Validation", "This session will not be covered: %1")
                 .arg(CarePathRules::reasonText(reason)));
    }
    if (reason == NotCoveredReason::None && session.kind != SessionKind::Private &&
        session.paidCents > 0 && CarePathRules::thirdPartyPaymentOn(person, session.date)) {
        warn(warnings, QCoreApplication::translate(
                           "Validation", "With this person's 100 % cover (tiers payant) the CPAM "
                                         "pays the psychologist directly: there should be "
                                         "nothing to pay."));
    }
    return session;
}

Result<CareSheet> careSheet(CareSheet sheet, const QList<Session>& sessions)
{
    if (sheet.sessionIds.isEmpty()) {
        return invalid("sessions", QCoreApplication::translate(
                                       "Validation", "A feuille de soins covers at least one "
                                                     "session: choose its sessions."));
    }
    QSet<qint64> seen;
    qint64 personId = sheet.personId;
    for (qint64 id : std::as_const(sheet.sessionIds)) {
        if (seen.contains(id)) {
            return invalid("sessions", QCoreApplication::translate(
                                           "Validation", "The same session is listed twice."));
        }
        seen.insert(id);
        const auto it = std::find_if(sessions.cbegin(), sessions.cend(),
                                     [id](const Session& s) { return s.id == id; });
        if (it == sessions.cend()) {
            return Error::notFound(
                QStringLiteral("sessions"),
                QCoreApplication::translate("Validation", "A session of this feuille de soins no "
                                                          "longer exists."));
        }
        if (personId == 0)
            personId = it->personId;
        if (it->personId != personId) {
            return invalid("sessions", QCoreApplication::translate(
                                           "Validation", "A feuille de soins is for one person: "
                                                         "its sessions belong to several."));
        }
    }
    sheet.personId = personId;
    if (sheet.issued.isValid() && sheet.sent.isValid() && sheet.sent < sheet.issued) {
        return invalid("sent", QCoreApplication::translate(
                                   "Validation", "The feuille de soins cannot be sent before "
                                                 "the date it was issued."));
    }
    return sheet;
}

Result<Payment> payment(Payment payment)
{
    if (payment.amountCents <= 0) {
        return invalid("amount", QCoreApplication::translate("Validation",
                                                             "The amount must be more than zero."));
    }
    if (!payment.date.isValid()) {
        return invalid("date", QCoreApplication::translate(
                                   "Validation", "Enter the date the payment was received."));
    }
    payment.reference = payment.reference.trimmed();
    QSet<qint64> seen;
    Cents total = 0;
    QList<PaymentShare> shares;
    for (const PaymentShare& share : std::as_const(payment.shares)) {
        if (share.amountCents < 0) {
            return invalid("shares", QCoreApplication::translate(
                                         "Validation", "A session's share cannot be negative."));
        }
        if (share.sessionId <= 0) {
            return invalid("shares", QCoreApplication::translate(
                                         "Validation", "Each share must name a session."));
        }
        if (seen.contains(share.sessionId)) {
            return invalid("shares", QCoreApplication::translate(
                                         "Validation", "The same session appears twice in the "
                                                       "payment's split."));
        }
        seen.insert(share.sessionId);
        total += share.amountCents;
        if (share.amountCents > 0) // a zero share says nothing: dropped
            shares.append(share);
    }
    if (total > payment.amountCents) {
        return invalid("shares", QCoreApplication::translate(
                                     "Validation", "The shares add up to %1, more than the "
                                                   "payment's %2.")
                                     .arg(formatCents(total), formatCents(payment.amountCents)));
    }
    payment.shares = shares;
    return payment;
}

} // namespace Validation
} // namespace carnet
