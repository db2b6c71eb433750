#include "store/SessionRepository.h"

#include "store/SqlSupport.h"

namespace carnet {

using namespace SqlSupport;

namespace {
const QStringList kColumns{QStringLiteral("person_id"),  QStringLiteral("practitioner_id"),
                           QStringLiteral("date"),       QStringLiteral("kind"),
                           QStringLiteral("mode"),       QStringLiteral("fee_cents"),
                           QStringLiteral("paid_cents"), QStringLiteral("referral_id"),
                           QStringLiteral("notes")};

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.person_id, s.practitioner_id, s.date, s.kind, s.mode, s.fee_cents, "
    "s.paid_cents, s.referral_id, s.notes FROM sessions s");

QVariantList valuesOf(const Session& s)
{
    return {s.personId,
            s.practitionerId,
            fromDate(s.date),
            sessionKindKey(s.kind),
            sessionModeKey(s.mode),
            s.feeCents,
            s.paidCents,
            fromId(s.referralId),
            s.notes};
}

Result<QList<Session>> read(Rows& q)
{
    QList<Session> list;
    while (q.next()) {
        Session s;
        s.id = q.value(0).toLongLong();
        s.personId = q.value(1).toLongLong();
        s.practitionerId = q.value(2).toLongLong();
        s.date = toDate(q.value(3));
        const auto kind = sessionKindFromKey(q.value(4).toString());
        const auto mode = sessionModeFromKey(q.value(5).toString());
        if (!kind)
            return badValue(QStringLiteral("sessions"), QStringLiteral("kind"));
        if (!mode)
            return badValue(QStringLiteral("sessions"), QStringLiteral("mode"));
        s.kind = *kind;
        s.mode = *mode;
        s.feeCents = q.value(6).toLongLong();
        s.paidCents = q.value(7).toLongLong();
        s.referralId = toId(q.value(8));
        s.notes = q.value(9).toString();
        list.append(s);
    }
    return list;
}
} // namespace

Result<qint64> SessionRepository::insert(const Session& session)
{
    return insertRow(m_db, QStringLiteral("sessions"), session.id, kColumns, valuesOf(session));
}

Result<void> SessionRepository::update(const Session& session)
{
    QVariantList values = valuesOf(session);
    values.append(session.id);
    return execOne(
        m_db,
        QStringLiteral("UPDATE sessions SET person_id = ?, practitioner_id = ?, date = ?, "
                       "kind = ?, mode = ?, fee_cents = ?, paid_cents = ?, "
                       "referral_id = ?, notes = ? WHERE id = ?"),
        values, QStringLiteral("session_id"));
}

Result<void> SessionRepository::remove(qint64 sessionId)
{
    return execOne(m_db, QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId},
                   QStringLiteral("session_id"));
}

Result<std::optional<Session>> SessionRepository::find(qint64 sessionId) const
{
    auto list = find(SessionFilter::ids({sessionId}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Session>();
    return std::optional<Session>(list->constFirst());
}

Result<QList<Session>> SessionRepository::find(const SessionFilter& filter) const
{
    auto rows = run(m_db,
                    kSelect + QStringLiteral(" WHERE ") + filter.condition(QStringLiteral("s")) +
                        QStringLiteral(" ORDER BY s.date, s.id"),
                    filter.values());
    if (!rows)
        return rows.error();
    return read(rows.value());
}

Result<QList<Session>> SessionRepository::findForRules(const SessionFilter& filter) const
{
    // No sort, no notes, and the date as a Julian day number: reading a whole file's
    // sessions through Qt costs mostly per value, text the most.
    auto rows = run(m_db,
                    QStringLiteral("SELECT s.id, s.person_id, s.practitioner_id, "
                                   "CAST(julianday(s.date) + 0.5 AS INTEGER), s.kind, s.mode, "
                                   "s.fee_cents, s.paid_cents, s.referral_id FROM sessions s "
                                   "WHERE ") +
                        filter.condition(QStringLiteral("s")),
                    filter.values());
    if (!rows)
        return rows.error();
    Rows& q = rows.value();
    const QString evaluation = sessionKindKey(SessionKind::Evaluation);
    const QString followUp = sessionKindKey(SessionKind::FollowUp);
    const QString office = sessionModeKey(SessionMode::Office);
    QList<Session> list;
    while (q.next()) {
        Session s;
        s.id = q.value(0).toLongLong();
        s.personId = q.value(1).toLongLong();
        s.practitionerId = q.value(2).toLongLong();
        const QVariant day = q.value(3);
        if (!day.isNull())
            s.date = QDate::fromJulianDay(day.toLongLong());
        const QString kindKey = q.value(4).toString();
        const QString modeKey = q.value(5).toString();
        if (kindKey == evaluation) {
            s.kind = SessionKind::Evaluation;
        } else if (kindKey == followUp) {
            s.kind = SessionKind::FollowUp;
        } else {
            const auto kind = sessionKindFromKey(kindKey);
            if (!kind)
                return badValue(QStringLiteral("sessions"), QStringLiteral("kind"));
            s.kind = *kind;
        }
        if (modeKey == office) {
            s.mode = SessionMode::Office;
        } else {
            const auto mode = sessionModeFromKey(modeKey);
            if (!mode)
                return badValue(QStringLiteral("sessions"), QStringLiteral("mode"));
            s.mode = *mode;
        }
        s.feeCents = q.value(6).toLongLong();
        s.paidCents = q.value(7).toLongLong();
        s.referralId = toId(q.value(8));
        list.append(s);
    }
    return list;
}

Result<std::optional<Session>> SessionRepository::latestForPerson(qint64 personId) const
{
    auto rows = run(m_db,
                    kSelect + QStringLiteral(" WHERE s.person_id = ? ORDER BY s.date DESC, s.id "
                                             "DESC LIMIT 1"),
                    {personId});
    if (!rows)
        return rows.error();
    auto list = read(rows.value());
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Session>();
    return std::optional<Session>(list->constFirst());
}

Result<void> SessionRepository::detachReferral(qint64 referralId)
{
    return exec(m_db,
                QStringLiteral("UPDATE sessions SET referral_id = NULL WHERE referral_id = ?"),
                {referralId});
}

Result<bool> SessionRepository::isOnSheet(qint64 sessionId) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM sheet_sessions WHERE session_id = ?"),
               {sessionId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<bool> SessionRepository::isPaid(qint64 sessionId) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM payment_shares WHERE session_id = ?"),
               {sessionId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

} // namespace carnet
