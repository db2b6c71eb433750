#pragma once

#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace carnet {

class CarnetFile;

// Who the file is about and who they see: persons, practitioners (psychologists and the
// doctors who write courriers) and referrals (courriers d'accompagnement).
class PeopleService final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::PeopleService)

public:
    explicit PeopleService(CarnetFile& file);

    // Persons
    Result<qint64> addPerson(const Person& person);
    Result<void> updatePerson(const Person& person); // keeps the archived flag as stored
    // Refuses while the person still has sessions, referrals or aid requests.
    Result<void> removePerson(qint64 personId);
    QList<Person> persons() const; // by name, the archived ones too
    std::optional<Person> person(qint64 personId) const;
    // The person, or the core's "there is no person with id" refusal (field person_id).
    Result<Person> findPerson(qint64 personId) const;
    // Archives a person (kept in the file, hidden from the switcher, the agenda and the
    // persons list) or brings them back. updatePerson() leaves the flag as it is.
    Result<void> setArchived(qint64 personId, bool archived);

    // Practitioners
    Result<qint64> addPractitioner(const Practitioner& practitioner,
                                   QStringList* warnings = nullptr);
    Result<void> updatePractitioner(const Practitioner& practitioner,
                                    QStringList* warnings = nullptr);
    Result<void> removePractitioner(qint64 practitionerId); // refuses while used
    QList<Practitioner> practitioners() const;              // by name
    std::optional<Practitioner> practitioner(qint64 practitionerId) const;

    // Referrals
    Result<qint64> addReferral(const Referral& referral);
    Result<void> updateReferral(const Referral& referral);
    Result<void> removeReferral(qint64 referralId); // sessions pointing at it lose the link
    QList<Referral> referrals(qint64 personId) const;
    std::optional<Referral> referral(qint64 referralId) const;

private:
    Result<void> checkReferral(Referral& referral) const;

    CarnetFile& m_file;
};

} // namespace carnet
