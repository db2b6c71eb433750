#include "store/SessionRepository.h"

#include "store/Dialect.h"
#include "store/SqlSupport.h"

#include <iterator>

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
    // No sort, no notes, the date as a Julian day number and the keys as numbers: reading a
    // whole file's sessions through Qt costs mostly per value, text the most.
    static constexpr SessionKind kinds[] = {SessionKind::Evaluation, SessionKind::FollowUp,
                                            SessionKind::Private};
    static constexpr SessionMode modes[] = {SessionMode::Office, SessionMode::Remote};
    QStringList kindKeys;
    for (SessionKind kind : kinds)
        kindKeys << sessionKindKey(kind);
    QStringList modeKeys;
    for (SessionMode mode : modes)
        modeKeys << sessionModeKey(mode);
    auto rows = run(m_db,
                    QStringLiteral("SELECT s.id, s.person_id, s.practitioner_id, ") +
                        Dialect::of(m_db).dayNumber(QStringLiteral("s.date")) +
                        QStringLiteral(", ") + keyPosition(QStringLiteral("s.kind"), kindKeys) +
                        QStringLiteral(", ") + keyPosition(QStringLiteral("s.mode"), modeKeys) +
                        QStringLiteral(", s.fee_cents, s.paid_cents, s.referral_id FROM "
                                       "sessions s WHERE ") +
                        filter.condition(QStringLiteral("s")),
                    filter.values());
    if (!rows)
        return rows.error();
    Rows& q = rows.value();
    QList<Session> list;
    while (q.next()) {
        Session s;
        s.id = q.value(0).toLongLong();
        s.personId = q.value(1).toLongLong();
        s.practitionerId = q.value(2).toLongLong();
        const QVariant day = q.value(3);
        if (!day.isNull())
            s.date = QDate::fromJulianDay(day.toLongLong());
        const int kind = q.value(4).toInt();
        if (kind < 0 || kind >= int(std::size(kinds)))
            return badValue(QStringLiteral("sessions"), QStringLiteral("kind"));
        s.kind = kinds[kind];
        const int mode = q.value(5).toInt();
        if (mode < 0 || mode >= int(std::size(modes)))
            return badValue(QStringLiteral("sessions"), QStringLiteral("mode"));
        s.mode = modes[mode];
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
