#include "service/SessionService.h"

#include "rules/Validation.h"
#include "service/CarnetFile.h"
#include "service/ServiceSupport.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

namespace carnet {

using ServiceSupport::checkNewId;
using ServiceSupport::conflict;
using ServiceSupport::existsIn;

SessionService::SessionService(CarnetFile& file)
    : m_file(file)
{}

Result<Session> SessionService::check(const Session& session, QStringList* warnings) const
{
    const QSqlDatabase sql = m_file.database().connection();
    auto person = PersonRepository(sql).find(session.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return ServiceSupport::personNotFound(session.personId);
    auto psychologist = PractitionerRepository(sql).find(session.practitionerId);
    if (!psychologist)
        return psychologist.error();
    if (!psychologist->has_value()) {
        return ServiceSupport::notFound(ServiceSupport::Record::Psychologist,
                                        session.practitionerId, QStringLiteral("practitioner_id"));
    }
    if (session.referralId < 0)
        return Error::invalid(QStringLiteral("referral_id"), tr("An id cannot be negative."));
    if (session.referralId != 0) {
        auto referral = ReferralRepository(sql).find(session.referralId);
        if (!referral)
            return referral.error();
        if (!referral->has_value())
            return ServiceSupport::notFound(ServiceSupport::Record::Referral, session.referralId,
                                            QStringLiteral("referral_id"));
        if ((*referral)->personId != session.personId) {
            return Error::invalid(QStringLiteral("referral_id"),
                                  tr("This courrier was written for another person."));
        }
    }
    auto valid = Validation::session(session, **person, **psychologist, warnings);
    if (!valid)
        return valid.error();
    Session s = valid.value();
    s.id = session.id;
    return s;
}

Result<qint64> SessionService::addSession(const Session& session, QStringList* warnings)
{
    QStringList notes;
    qint64 id = 0;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        auto s = check(session, &notes);
        if (!s)
            return s.error();
        SessionRepository repo(db.connection());
        if (auto c = checkNewId(s->id, QStringLiteral("session_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(s.value());
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

Result<void> SessionService::updateSession(const Session& session, QStringList* warnings)
{
    QStringList notes;
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        const QSqlDatabase sql = db.connection();
        SessionRepository repo(sql);
        auto old = repo.find(session.id);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Session, session.id,
                                            QStringLiteral("session_id"));
        }
        auto s = check(session, &notes);
        if (!s)
            return s.error();
        auto sheetId = CareSheetRepository(sql).sheetOfSession(session.id);
        if (!sheetId)
            return sheetId.error();
        auto paid = repo.isPaid(session.id);
        if (!paid)
            return paid.error();
        if ((*old)->personId != s->personId && (*sheetId != 0 || *paid)) {
            return conflict(QStringLiteral("person_id"),
                            tr("This session is on a care sheet or already paid: it cannot move "
                               "to another person."));
        }
        if (*sheetId != 0) {
            // The sheet must stay valid with the session as changed.
            auto sheet = CareSheetRepository(sql).find(*sheetId);
            if (!sheet)
                return sheet.error();
            auto onSheet = repo.find(SessionFilter::ids((*sheet)->sessionIds));
            if (!onSheet)
                return onSheet.error();
            QList<Session> ordered;
            for (qint64 sid : (*sheet)->sessionIds) {
                if (sid == s->id) {
                    ordered.append(s.value());
                    continue;
                }
                for (const Session& other : onSheet.value()) {
                    if (other.id == sid)
                        ordered.append(other);
                }
            }
            if (auto valid = Validation::careSheet(**sheet, ordered); !valid)
                return valid.error();
        }
        return repo.update(s.value());
    });
    if (!r)
        return r;
    if (warnings)
        warnings->append(notes);
    return {};
}

Result<void> SessionService::removeSession(qint64 sessionId)
{
    Database& db = m_file.database();
    auto r = m_file.change([&]() -> Result<void> {
        SessionRepository repo(db.connection());
        auto old = repo.find(sessionId);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return ServiceSupport::notFound(ServiceSupport::Record::Session, sessionId,
                                            QStringLiteral("session_id"));
        }
        auto onSheet = repo.isOnSheet(sessionId);
        if (!onSheet)
            return onSheet.error();
        if (*onSheet) {
            return conflict(QStringLiteral("session_id"),
                            tr("This session is on a care sheet: remove the care sheet first."));
        }
        auto paid = repo.isPaid(sessionId);
        if (!paid)
            return paid.error();
        if (*paid) {
            return conflict(QStringLiteral("session_id"),
                            tr("A payment was recorded for this session: remove the payment "
                               "first."));
        }
        return repo.remove(sessionId);
    });
    if (!r)
        return r;
    return {};
}

QList<Session> SessionService::sessions(qint64 personId, int year) const
{
    const SessionFilter filter =
        year == 0 ? SessionFilter::person(personId) : SessionFilter::personYear(personId, year);
    auto list = SessionRepository(m_file.database().connection()).find(filter);
    return list ? list.value() : QList<Session>();
}

std::optional<Session> SessionService::session(qint64 sessionId) const
{
    auto found = SessionRepository(m_file.database().connection()).find(sessionId);
    return found ? found.value() : std::nullopt;
}

} // namespace carnet
