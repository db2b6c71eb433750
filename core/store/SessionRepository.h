#pragma once

#include "model/Result.h"
#include "model/Session.h"
#include "store/SessionFilter.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Séances (table sessions).
class SessionRepository final
{
public:
    explicit SessionRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const Session& session); // keeps a nonzero id
    Result<void> update(const Session& session);   // NotFound when absent
    Result<void> remove(qint64 sessionId);
    Result<std::optional<Session>> find(qint64 sessionId) const;
    // The sessions `filter` selects, in date order (then id), in one query.
    Result<QList<Session>> find(const SessionFilter& filter) const;
    // The same sessions in no particular order and without their notes: what the rules read,
    // read fast (the all-persons agenda).
    Result<QList<Session>> findForRules(const SessionFilter& filter) const;
    // The person's latest session (by date, then id), if any.
    Result<std::optional<Session>> latestForPerson(qint64 personId) const;
    // Sessions that relied on the referral lose the link.
    Result<void> detachReferral(qint64 referralId);
    // Whether the session is on a care sheet / paid by a payment share.
    Result<bool> isOnSheet(qint64 sessionId) const;
    Result<bool> isPaid(qint64 sessionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace carnet
