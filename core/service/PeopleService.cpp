#include "service/PeopleService.h"

#include "rules/Validation.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/ServiceSupport.h"
#include "store/AttachmentRepository.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

#include <algorithm>

namespace carnet {

using ServiceSupport::checkNewId;
using ServiceSupport::conflict;
using ServiceSupport::existsIn;

PeopleService::PeopleService(CarnetFile& file)
    : m_file(file)
{}

// ---- Persons -------------------------------------------------------------------------------

Result<qint64> PeopleService::addPerson(const Person& person)
{
    auto valid = Validation::person(person, m_file.today());
    if (!valid)
        return valid.error();
    Person p = valid.value();
    p.id = person.id;
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PersonRepository repo(db.connection());
        if (auto c = checkNewId(p.id, QStringLiteral("person_id"),
                                [&](qint64 i) { return repo.exists(i); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> PeopleService::updatePerson(const Person& person)
{
    auto valid = Validation::person(person, m_file.today());
    if (!valid)
        return valid.error();
    Person p = valid.value();
    p.id = person.id;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PersonRepository repo(db.connection());
        auto exists = repo.exists(p.id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return ServiceSupport::personNotFound(p.id);
        return repo.update(p);
    });
    if (!r)
        return r;
    return {};
}

Result<void> PeopleService::removePerson(qint64 personId)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PersonRepository repo(db.connection());
        auto exists = repo.exists(personId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return ServiceSupport::personNotFound(personId);
        auto used = repo.isReferenced(personId);
        if (!used)
            return used.error();
        if (*used) {
            return conflict(QStringLiteral("person_id"),
                            tr("This person still has sessions, courriers, care sheets or aid "
                               "requests: remove them first."));
        }
        return repo.remove(personId);
    });
    if (!r)
        return r;
    return {};
}

Result<void> PeopleService::setArchived(qint64 personId, bool archived)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PersonRepository repo(db.connection());
        auto exists = repo.exists(personId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return ServiceSupport::personNotFound(personId);
        return repo.setArchived(personId, archived);
    });
    if (!r)
        return r;
    return {};
}

QList<Person> PeopleService::persons() const
{
    auto all = PersonRepository(m_file.database().connection()).all();
    if (!all)
        return {};
    QList<Person> list = std::move(all.value());
    std::stable_sort(list.begin(), list.end(), [](const Person& a, const Person& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Person> PeopleService::person(qint64 personId) const
{
    auto found = PersonRepository(m_file.database().connection()).find(personId);
    return found ? found.value() : std::nullopt;
}

Result<Person> PeopleService::findPerson(qint64 personId) const
{
    auto found = PersonRepository(m_file.database().connection()).find(personId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return ServiceSupport::personNotFound(personId);
    return **found;
}

// ---- Practitioners -------------------------------------------------------------------------

Result<qint64> PeopleService::addPractitioner(const Practitioner& practitioner,
                                              QStringList* warnings)
{
    QStringList notes;
    auto valid = Validation::practitioner(practitioner, &notes);
    if (!valid)
        return valid.error();
    Practitioner p = valid.value();
    p.id = practitioner.id;
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PractitionerRepository repo(db.connection());
        if (auto c = checkNewId(p.id, QStringLiteral("practitioner_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    if (warnings)
        warnings->append(notes);
    return id;
}

Result<void> PeopleService::updatePractitioner(const Practitioner& practitioner,
                                               QStringList* warnings)
{
    QStringList notes;
    auto valid = Validation::practitioner(practitioner, &notes);
    if (!valid)
        return valid.error();
    Practitioner p = valid.value();
    p.id = practitioner.id;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PractitionerRepository repo(db.connection());
        auto old = repo.find(p.id);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Practitioner, p.id,
                                            QStringLiteral("practitioner_id"));
        }
        if ((*old)->role == PractitionerRole::Psychologist &&
            p.role != PractitionerRole::Psychologist) {
            auto used = repo.isReferenced(p.id);
            if (!used)
                return used.error();
            if (*used) {
                return conflict(QStringLiteral("role"),
                                tr("Sessions were recorded with this psychologist: the role "
                                   "cannot change."));
            }
        }
        return repo.update(p);
    });
    if (!r)
        return r;
    if (warnings)
        warnings->append(notes);
    return {};
}

Result<void> PeopleService::removePractitioner(qint64 practitionerId)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        PractitionerRepository repo(db.connection());
        auto found = repo.find(practitionerId);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Practitioner, practitionerId,
                                            QStringLiteral("practitioner_id"));
        }
        auto used = repo.isReferenced(practitionerId);
        if (!used)
            return used.error();
        if (*used) {
            return conflict(QStringLiteral("practitioner_id"),
                            tr("Sessions or aid requests name this practitioner: remove them "
                               "first."));
        }
        return repo.remove(practitionerId);
    });
    if (!r)
        return r;
    return {};
}

QList<Practitioner> PeopleService::practitioners() const
{
    auto all = PractitionerRepository(m_file.database().connection()).all();
    if (!all)
        return {};
    QList<Practitioner> list = std::move(all.value());
    std::stable_sort(list.begin(), list.end(), [](const Practitioner& a, const Practitioner& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Practitioner> PeopleService::practitioner(qint64 practitionerId) const
{
    auto found = PractitionerRepository(m_file.database().connection()).find(practitionerId);
    return found ? found.value() : std::nullopt;
}

// ---- Referrals -----------------------------------------------------------------------------

Result<void> PeopleService::checkReferral(Referral& referral) const
{
    const QSqlDatabase sql = m_file.database().connection();
    auto person = PersonRepository(sql).find(referral.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return ServiceSupport::personNotFound(referral.personId);
    auto valid = Validation::referral(referral, **person, m_file.today());
    if (!valid)
        return valid.error();
    const qint64 id = referral.id;
    referral = valid.value();
    referral.id = id;
    if (referral.attachmentId < 0)
        return Error::invalid(QStringLiteral("attachment_id"), tr("An id cannot be negative."));
    if (referral.attachmentId != 0) {
        auto attachment = AttachmentRepository(sql).find(referral.attachmentId);
        if (!attachment)
            return attachment.error();
        if (!attachment->has_value()) {
            return Error::notFound(QStringLiteral("attachment_id"),
                                   tr("The attached file does not exist."));
        }
    }
    return {};
}

Result<qint64> PeopleService::addReferral(const Referral& referral)
{
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        Referral ref = referral;
        if (auto c = checkReferral(ref); !c)
            return c;
        ReferralRepository repo(db.connection());
        if (auto c = checkNewId(ref.id, QStringLiteral("referral_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(ref);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> PeopleService::updateReferral(const Referral& referral)
{
    QString unusedFile;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        ReferralRepository repo(sql);
        auto old = repo.find(referral.id);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Referral, referral.id,
                                            QStringLiteral("referral_id"));
        }
        Referral ref = referral;
        if (auto c = checkReferral(ref); !c)
            return c;
        if ((*old)->personId != ref.personId) {
            auto relying = SessionRepository(sql).find(SessionFilter::person((*old)->personId));
            if (!relying)
                return relying.error();
            for (const Session& s : relying.value()) {
                if (s.referralId == ref.id) {
                    return conflict(QStringLiteral("person_id"),
                                    tr("Sessions rely on this courrier: it cannot move to "
                                       "another person."));
                }
            }
        }
        if (auto u = repo.update(ref); !u)
            return u;
        if ((*old)->attachmentId != ref.attachmentId) {
            auto released = ServiceSupport::releaseAttachment(sql, (*old)->attachmentId);
            if (!released)
                return released.error();
            unusedFile = *released;
        }
        return {};
    });
    if (!r)
        return r;
    m_file.attachments().removeUnusedFile(unusedFile);
    return {};
}

Result<void> PeopleService::removeReferral(qint64 referralId)
{
    QString unusedFile;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        ReferralRepository repo(sql);
        auto old = repo.find(referralId);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Referral, referralId,
                                            QStringLiteral("referral_id"));
        }
        if (auto d = SessionRepository(sql).detachReferral(referralId); !d)
            return d;
        if (auto d = repo.remove(referralId); !d)
            return d;
        auto released = ServiceSupport::releaseAttachment(sql, (*old)->attachmentId);
        if (!released)
            return released.error();
        unusedFile = *released;
        return {};
    });
    if (!r)
        return r;
    m_file.attachments().removeUnusedFile(unusedFile);
    return {};
}

QList<Referral> PeopleService::referrals(qint64 personId) const
{
    auto list = ReferralRepository(m_file.database().connection()).forPerson(personId);
    return list ? list.value() : QList<Referral>();
}

std::optional<Referral> PeopleService::referral(qint64 referralId) const
{
    auto found = ReferralRepository(m_file.database().connection()).find(referralId);
    return found ? found.value() : std::nullopt;
}

} // namespace carnet
