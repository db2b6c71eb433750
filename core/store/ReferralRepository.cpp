#include "store/ReferralRepository.h"

#include "store/SqlSupport.h"

#include <QHash>

namespace carnet {

using namespace SqlSupport;

namespace {
const QStringList kColumns{QStringLiteral("person_id"),     QStringLiteral("referrer_name"),
                           QStringLiteral("referrer_role"), QStringLiteral("date"),
                           QStringLiteral("attachment_id"), QStringLiteral("notes")};

QVariantList valuesOf(const Referral& r)
{
    return {r.personId,       r.referrerName,         roleKey(r.referrerRole),
            fromDate(r.date), fromId(r.attachmentId), r.notes};
}
} // namespace

Result<qint64> ReferralRepository::insert(const Referral& referral)
{
    auto id =
        insertRow(m_db, QStringLiteral("referrals"), referral.id, kColumns, valuesOf(referral));
    if (!id)
        return id;
    if (auto r = writeHolders(*id, referral.consentHolders); !r)
        return r.error();
    return id;
}

Result<void> ReferralRepository::update(const Referral& referral)
{
    QVariantList values = valuesOf(referral);
    values.append(referral.id);
    if (auto r = execOne(m_db,
                         QStringLiteral("UPDATE referrals SET person_id = ?, referrer_name = ?, "
                                        "referrer_role = ?, date = ?, attachment_id = ?, notes = ? "
                                        "WHERE id = ?"),
                         values, QStringLiteral("referral_id"));
        !r)
        return r;
    if (auto r =
            exec(m_db, QStringLiteral("DELETE FROM referral_consent_holders WHERE referral_id = ?"),
                 {referral.id});
        !r)
        return r;
    return writeHolders(referral.id, referral.consentHolders);
}

Result<void> ReferralRepository::remove(qint64 referralId)
{
    if (auto r =
            exec(m_db, QStringLiteral("DELETE FROM referral_consent_holders WHERE referral_id = ?"),
                 {referralId});
        !r)
        return r;
    return execOne(m_db, QStringLiteral("DELETE FROM referrals WHERE id = ?"), {referralId},
                   QStringLiteral("referral_id"));
}

Result<std::optional<Referral>> ReferralRepository::find(qint64 referralId) const
{
    auto list = load(QStringLiteral("id = ?"), {referralId}, QStringLiteral("id"));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Referral>();
    return std::optional<Referral>(list->constFirst());
}

Result<QList<Referral>> ReferralRepository::forPerson(qint64 personId) const
{
    return load(QStringLiteral("person_id = ?"), {personId}, QStringLiteral("date, id"));
}

Result<QList<Referral>> ReferralRepository::all() const
{
    return load({}, {}, QStringLiteral("id"));
}

Result<QList<Referral>> ReferralRepository::load(const QString& where, const QVariantList& values,
                                                 const QString& order) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = run(m_db,
                    QStringLiteral("SELECT id, person_id, referrer_name, referrer_role, date, "
                                   "attachment_id, notes FROM referrals") +
                        filter + QStringLiteral(" ORDER BY ") + order,
                    values);
    if (!rows)
        return rows.error();
    QList<Referral> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.referrerName = q.value(2).toString();
        const auto role = roleFromKey(q.value(3).toString());
        if (!role)
            return badValue(QStringLiteral("referrals"), QStringLiteral("referrer_role"));
        r.referrerRole = *role;
        r.date = toDate(q.value(4));
        r.attachmentId = toId(q.value(5));
        r.notes = q.value(6).toString();
        index.insert(r.id, list.size());
        list.append(r);
    }
    if (list.isEmpty())
        return list;
    const QString holderFilter =
        where.isEmpty() ? QString()
                        : QStringLiteral(" WHERE referral_id IN (SELECT id FROM referrals WHERE ") +
                              where + QLatin1Char(')');
    auto holders = run(m_db,
                       QStringLiteral("SELECT referral_id, name FROM referral_consent_holders") +
                           holderFilter + QStringLiteral(" ORDER BY referral_id, position"),
                       values);
    if (!holders)
        return holders.error();
    Rows& h = holders.value();
    while (h.next()) {
        const auto at = index.constFind(h.value(0).toLongLong());
        if (at != index.cend())
            list[*at].consentHolders.append(h.value(1).toString());
    }
    return list;
}

Result<void> ReferralRepository::writeHolders(qint64 referralId, const QStringList& holders)
{
    for (qsizetype i = 0; i < holders.size(); ++i) {
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO referral_consent_holders (referral_id, "
                                         "position, name) VALUES (?, ?, ?)"),
                          {referralId, qint64(i), holders.at(i)});
            !r)
            return r;
    }
    return {};
}

} // namespace carnet
