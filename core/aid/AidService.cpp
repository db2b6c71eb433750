#include "aid/AidService.h"

#include "aid/AidCatalogue.h"
#include "aid/AidRules.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "store/AidRepository.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace carnet {

namespace {

Error notFound()
{
    return Error::notFound(
        QStringLiteral("aid_request_id"),
        QCoreApplication::translate("carnet::AidService", "This aid request does not exist."));
}

} // namespace

AidService::AidService(CarnetFile& file)
    : m_file(file)
    , m_db(file.database())
{}

QDate AidService::today() const
{
    return m_file.today();
}

Result<AidRequest> AidService::checked(const AidRequest& request, QStringList* warnings) const
{
    auto valid = AidRules::validate(request, today());
    if (!valid)
        return valid.error();
    const Department* department = DepartmentDirectory::instance().find(valid->departmentCode);
    if (!department) {
        return Error::invalid(
            QStringLiteral("department"),
            tr("\"%1\" is not a French département code.").arg(valid->departmentCode));
    }
    if (!m_file.people().person(valid->personId))
        return Error::notFound(QStringLiteral("person"), tr("This person does not exist."));
    const auto psy = m_file.people().practitioner(valid->psychologistId);
    if (!psy)
        return Error::notFound(QStringLiteral("psychologist"),
                               tr("This psychologist does not exist."));
    if (psy->role != PractitionerRole::Psychologist) {
        return Error::invalid(QStringLiteral("psychologist"),
                              tr("%1 is not recorded as a psychologist.").arg(psy->name));
    }
    for (const auto& item : valid->checklist) {
        if (item.attachmentId != 0 && !m_file.attachments().attachment(item.attachmentId)) {
            return Error::notFound(QStringLiteral("file"),
                                   tr("The attached document no longer exists."));
        }
    }
    if (warnings && department->excludesPsychology) {
        *warnings << tr("The CPAM of %1 writes that psychology sessions cannot be funded by this "
                        "aid. You may still ask, but expect a refusal.")
                         .arg(department->name);
    }
    return valid;
}

Result<qint64> AidService::addRequest(const AidRequest& request, QStringList* warnings)
{
    AidRequest r = request;
    if (!r.prepared.isValid())
        r.prepared = today();
    if (r.checklist.isEmpty())
        r.checklist = AidRules::defaultChecklist(r.departmentCode);
    auto valid = checked(r, warnings);
    if (!valid)
        return valid.error();
    qint64 id = 0;
    auto done = m_file.change([&]() -> Result<void> {
        AidRepository repo(m_db.connection());
        if (valid->id < 0)
            return Error::invalid(QStringLiteral("aid_request_id"),
                                  tr("An id cannot be negative."));
        if (valid->id > 0) {
            auto taken = repo.exists(valid->id);
            if (!taken)
                return taken.error();
            if (*taken) {
                return Error{Error::Kind::Conflict, QStringLiteral("aid_request_id"),
                             tr("An entry with id %1 already exists.").arg(valid->id)};
            }
        }
        auto inserted = repo.insert(*valid);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> AidService::updateRequest(const AidRequest& request)
{
    return modify(request.id, [&](AidRequest& stored) -> Result<void> {
        stored = request;
        return {};
    });
}

Result<void> AidService::modify(qint64 requestId,
                                const std::function<Result<void>(AidRequest&)>& change)
{
    auto done = m_file.change([&]() -> Result<void> {
        AidRepository repo(m_db.connection());
        auto found = repo.find(requestId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound();
        AidRequest r = **found;
        if (auto c = change(r); !c)
            return c;
        r.id = requestId;
        auto valid = checked(r, nullptr);
        if (!valid)
            return valid.error();
        return repo.update(*valid);
    });
    if (!done)
        return done;
    return {};
}

Result<void> AidService::removeRequest(qint64 requestId)
{
    auto done = m_file.change(
        [&]() -> Result<void> { return AidRepository(m_db.connection()).remove(requestId); });
    if (!done)
        return done;
    return {};
}

QList<AidRequest> AidService::requests(qint64 personId) const
{
    AidRepository repo(m_db.connection());
    auto list = personId == 0 ? repo.all() : repo.forPerson(personId);
    return list ? list.value() : QList<AidRequest>();
}

std::optional<AidRequest> AidService::request(qint64 requestId) const
{
    auto found = AidRepository(m_db.connection()).find(requestId);
    return found ? found.value() : std::nullopt;
}

Result<void> AidService::setItem(qint64 requestId, const ChecklistItem& item)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        for (auto& existing : r.checklist) {
            if (existing.key == item.key) {
                existing = item;
                return {};
            }
        }
        r.checklist.append(item);
        return {};
    });
}

Result<ChecklistItem> AidService::attachDocument(qint64 requestId, ChecklistItem item,
                                                 const QString& filePath)
{
    if (!request(requestId))
        return notFound();
    auto attachment = m_file.attachments().addAttachment(filePath);
    if (!attachment)
        return attachment.error();
    item.status = ChecklistStatus::Attached;
    item.attachmentId = *attachment;
    if (auto r = setItem(requestId, item); !r)
        return r.error();
    return item;
}

Result<void> AidService::markSubmitted(qint64 requestId, QDate date)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        if (!date.isValid())
            return Error::invalid(QStringLiteral("date"),
                                  tr("Give the date the dossier was sent."));
        r.submitted = date;
        // A dossier recorded after it was sent: it was prepared by then.
        if (r.prepared.isValid() && r.prepared > date)
            r.prepared = date;
        return {};
    });
}

Result<void> AidService::recordDecision(qint64 requestId, QDate date, bool refused,
                                        Cents grantedCents, int validityMonths)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        if (!r.submitted.isValid()) {
            return Error{Error::Kind::Conflict, QStringLiteral("submitted"),
                         tr("Mark the dossier as sent before recording the decision.")};
        }
        if (!refused && grantedCents <= 0)
            return Error::invalid(QStringLiteral("granted"), tr("Give the amount granted."));
        r.decisionDate = date;
        r.decision =
            refused ? AidDecision::Refused : AidRules::decisionFor(grantedCents, r.totalCents());
        r.grantedCents = refused ? 0 : grantedCents;
        r.validityMonths = validityMonths;
        if (refused)
            r.claims.clear();
        return {};
    });
}

Result<void> AidService::addClaim(qint64 requestId, const AidClaim& claim)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        auto valid = AidRules::validateClaim(r, claim, today());
        if (!valid)
            return valid.error();
        r.claims.append(*valid);
        return {};
    });
}

Result<void> AidService::removeClaim(qint64 requestId, int index)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        if (index < 0 || index >= r.claims.size())
            return Error::notFound(QStringLiteral("claim"), tr("This claim does not exist."));
        r.claims.removeAt(index);
        return {};
    });
}

Result<void> AidService::recordAppeal(qint64 requestId, QDate date, const QString& text)
{
    return modify(requestId, [&](AidRequest& r) -> Result<void> {
        if (r.decision != AidDecision::Refused) {
            return Error{Error::Kind::Conflict, QStringLiteral("decision"),
                         tr("Only a refusal can be appealed.")};
        }
        if (!date.isValid())
            return Error::invalid(QStringLiteral("date"), tr("Give the date of the letter."));
        r.appealDate = date;
        r.appealText = text;
        return {};
    });
}

Result<AidFacts> AidService::facts(qint64 requestId) const
{
    const auto r = request(requestId);
    if (!r)
        return notFound();
    const auto person = m_file.people().person(r->personId);
    return AidFacts::of(*r, person ? &*person : nullptr, m_file.sessions().sessions(r->personId),
                        today());
}

Result<AidStatus> AidService::status(qint64 requestId) const
{
    auto f = facts(requestId);
    if (!f)
        return f.error();
    return AidRules::status(*f, today(), m_file.settings().aidSettings());
}

} // namespace carnet
