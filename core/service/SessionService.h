#pragma once

#include "model/Result.h"
#include "model/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace carnet {

class CarnetFile;

// The sessions with a psychologist: recorded, corrected, removed, each judged by the rules
// (Validation::session) before it is stored.
class SessionService final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::SessionService)

public:
    explicit SessionService(CarnetFile& file);

    Result<qint64> addSession(const Session& session, QStringList* warnings = nullptr);
    Result<void> updateSession(const Session& session, QStringList* warnings = nullptr);
    // Refuses while the session is on a care sheet or paid by a payment share.
    Result<void> removeSession(qint64 sessionId);
    // A person's sessions in date order; year 0 = every year.
    QList<Session> sessions(qint64 personId, int year = 0) const;
    std::optional<Session> session(qint64 sessionId) const;

    // What addSession() or updateSession() would refuse in the session itself (its person,
    // psychologist, referral, Validation::session), without storing anything: the read side
    // asks it for a draft. Returns the session as it would be stored (normalised).
    Result<Session> check(const Session& session, QStringList* warnings = nullptr) const;

private:
    CarnetFile& m_file;
};

} // namespace carnet
