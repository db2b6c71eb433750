#include "store/PersonRepository.h"

#include "store/SqlSupport.h"

#include <QHash>

namespace carnet {

using namespace SqlSupport;

namespace {
// The columns update() writes; insert() writes `archived` too.
const QStringList kColumns{QStringLiteral("name"),     QStringLiteral("birth_date"),
                           QStringLiteral("relation"), QStringLiteral("nir"),
                           QStringLiteral("mutuelle"), QStringLiteral("notes")};

QVariantList valuesOf(const Person& p)
{
    return {p.name, fromDate(p.birthDate), relationKey(p.relation), p.nir, p.mutuelle, p.notes};
}
} // namespace

Result<qint64> PersonRepository::insert(const Person& person)
{
    QVariantList values = valuesOf(person);
    values.append(person.archived ? 1 : 0);
    auto id = insertRow(m_db, QStringLiteral("persons"), person.id,
                        kColumns + QStringList{QStringLiteral("archived")}, values);
    if (!id)
        return id;
    if (auto r = writeCoverage(*id, person.coverage); !r)
        return r.error();
    return id;
}

Result<void> PersonRepository::update(const Person& person)
{
    QVariantList values = valuesOf(person);
    values.append(person.id);
    if (auto r =
            execOne(m_db,
                    QStringLiteral("UPDATE persons SET name = ?, birth_date = ?, relation = ?, "
                                   "nir = ?, mutuelle = ?, notes = ? WHERE id = ?"),
                    values, QStringLiteral("person_id"));
        !r)
        return r;
    if (auto r = exec(m_db, QStringLiteral("DELETE FROM coverage_periods WHERE person_id = ?"),
                      {person.id});
        !r)
        return r;
    return writeCoverage(person.id, person.coverage);
}

Result<void> PersonRepository::setArchived(qint64 personId, bool archived)
{
    return execOne(m_db, QStringLiteral("UPDATE persons SET archived = ? WHERE id = ?"),
                   {archived ? 1 : 0, personId}, QStringLiteral("person_id"));
}

Result<void> PersonRepository::remove(qint64 personId)
{
    if (auto r = exec(m_db, QStringLiteral("DELETE FROM coverage_periods WHERE person_id = ?"),
                      {personId});
        !r)
        return r;
    return execOne(m_db, QStringLiteral("DELETE FROM persons WHERE id = ?"), {personId},
                   QStringLiteral("person_id"));
}

Result<std::optional<Person>> PersonRepository::find(qint64 personId) const
{
    auto list = load(QStringLiteral("id = ?"), {personId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Person>();
    return std::optional<Person>(list->constFirst());
}

Result<bool> PersonRepository::exists(qint64 personId) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {personId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<Person>> PersonRepository::all() const
{
    return load({}, {});
}

Result<bool> PersonRepository::isReferenced(qint64 personId) const
{
    auto value = scalar(m_db,
                        QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE person_id = ?) "
                                       "+ (SELECT count(*) FROM referrals WHERE person_id = ?) "
                                       "+ (SELECT count(*) FROM care_sheets WHERE person_id = ?) "
                                       "+ (SELECT count(*) FROM aid_requests WHERE person_id = ?)"),
                        {personId, personId, personId, personId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<Person>> PersonRepository::load(const QString& where, const QVariantList& values) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = run(m_db,
                    QStringLiteral("SELECT id, name, birth_date, relation, nir, mutuelle, notes, "
                                   "archived FROM persons") +
                        filter + QStringLiteral(" ORDER BY id"),
                    values);
    if (!rows)
        return rows.error();
    QList<Person> persons;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.birthDate = toDate(q.value(2));
        const auto relation = relationFromKey(q.value(3).toString());
        if (!relation)
            return badValue(QStringLiteral("persons"), QStringLiteral("relation"));
        p.relation = *relation;
        p.nir = q.value(4).toString();
        p.mutuelle = q.value(5).toString();
        p.notes = q.value(6).toString();
        p.archived = q.value(7).toInt() != 0;
        index.insert(p.id, persons.size());
        persons.append(p);
    }
    if (persons.isEmpty())
        return persons;

    const QString coverageFilter =
        where.isEmpty() ? QString()
                        : QStringLiteral(" WHERE person_id IN (SELECT id FROM persons WHERE ") +
                              where + QLatin1Char(')');
    auto cover = run(m_db,
                     QStringLiteral("SELECT person_id, kind, date_from, date_to FROM "
                                    "coverage_periods") +
                         coverageFilter + QStringLiteral(" ORDER BY person_id, position"),
                     values);
    if (!cover)
        return cover.error();
    Rows& c = cover.value();
    while (c.next()) {
        const auto at = index.constFind(c.value(0).toLongLong());
        if (at == index.cend())
            continue;
        CoveragePeriod period;
        const auto kind = coverageFromKey(c.value(1).toString());
        if (!kind)
            return badValue(QStringLiteral("coverage_periods"), QStringLiteral("kind"));
        period.kind = *kind;
        period.from = toDate(c.value(2));
        period.to = toDate(c.value(3));
        persons[*at].coverage.append(period);
    }
    return persons;
}

Result<void> PersonRepository::writeCoverage(qint64 personId, const QList<CoveragePeriod>& coverage)
{
    for (qsizetype i = 0; i < coverage.size(); ++i) {
        const CoveragePeriod& period = coverage.at(i);
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO coverage_periods (person_id, position, kind, "
                                         "date_from, date_to) VALUES (?, ?, ?, ?, ?)"),
                          {personId, qint64(i), coverageKey(period.kind), fromDate(period.from),
                           fromDate(period.to)});
            !r)
            return r;
    }
    return {};
}

} // namespace carnet
