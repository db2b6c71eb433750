#include "store/PractitionerRepository.h"

#include "store/SqlSupport.h"

namespace carnet {

using namespace SqlSupport;

namespace {
const QStringList kColumns{QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("rpps"),
                           QStringLiteral("partner"), QStringLiteral("contact")};

QVariantList valuesOf(const Practitioner& p)
{
    return {p.name, roleKey(p.role), p.rpps, p.partner ? 1 : 0, p.contact};
}
} // namespace

Result<qint64> PractitionerRepository::insert(const Practitioner& practitioner)
{
    return insertRow(m_db, QStringLiteral("practitioners"), practitioner.id, kColumns,
                     valuesOf(practitioner));
}

Result<void> PractitionerRepository::update(const Practitioner& practitioner)
{
    QVariantList values = valuesOf(practitioner);
    values.append(practitioner.id);
    return execOne(m_db,
                   QStringLiteral("UPDATE practitioners SET name = ?, role = ?, rpps = ?, "
                                  "partner = ?, contact = ? WHERE id = ?"),
                   values, QStringLiteral("practitioner_id"));
}

Result<void> PractitionerRepository::remove(qint64 practitionerId)
{
    return execOne(m_db, QStringLiteral("DELETE FROM practitioners WHERE id = ?"), {practitionerId},
                   QStringLiteral("practitioner_id"));
}

Result<std::optional<Practitioner>> PractitionerRepository::find(qint64 practitionerId) const
{
    auto list = load(QStringLiteral(" WHERE id = ?"), {practitionerId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Practitioner>();
    return std::optional<Practitioner>(list->constFirst());
}

Result<QList<Practitioner>> PractitionerRepository::all() const
{
    return load({}, {});
}

Result<bool> PractitionerRepository::isReferenced(qint64 practitionerId) const
{
    auto value =
        scalar(m_db,
               QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE practitioner_id "
                              "= ?) + (SELECT count(*) FROM aid_requests WHERE "
                              "psychologist_id = ?)"),
               {practitionerId, practitionerId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<Practitioner>> PractitionerRepository::load(const QString& where,
                                                         const QVariantList& values) const
{
    auto rows =
        run(m_db,
            QStringLiteral("SELECT id, name, role, rpps, partner, contact FROM practitioners") +
                where + QStringLiteral(" ORDER BY id"),
            values);
    if (!rows)
        return rows.error();
    QList<Practitioner> list;
    Rows& q = rows.value();
    while (q.next()) {
        Practitioner p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        const auto role = roleFromKey(q.value(2).toString());
        if (!role)
            return badValue(QStringLiteral("practitioners"), QStringLiteral("role"));
        p.role = *role;
        p.rpps = q.value(3).toString();
        p.partner = q.value(4).toInt() != 0;
        p.contact = q.value(5).toString();
        list.append(p);
    }
    return list;
}

} // namespace carnet
