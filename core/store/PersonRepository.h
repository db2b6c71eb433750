#pragma once

#include "model/Person.h"
#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Persons and their coverage periods (tables persons, coverage_periods).
class PersonRepository final
{
public:
    explicit PersonRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    // Stores `person` (keeping person.id when nonzero) with its coverage and its archived
    // flag; returns the id.
    Result<qint64> insert(const Person& person);
    // Writes the person's details and coverage; NotFound when absent. The archived flag is
    // left as stored: only setArchived() changes it.
    Result<void> update(const Person& person);
    Result<void> setArchived(qint64 personId, bool archived); // NotFound when absent
    Result<void> remove(qint64 personId);                     // the coverage goes with it
    Result<std::optional<Person>> find(qint64 personId) const;
    Result<bool> exists(qint64 personId) const;
    // Every person, by id, in two queries.
    Result<QList<Person>> all() const;
    // Whether anything still refers to the person (sessions, referrals, care sheets, aid
    // requests).
    Result<bool> isReferenced(qint64 personId) const;

private:
    Result<QList<Person>> load(const QString& where, const QVariantList& values) const;
    Result<void> writeCoverage(qint64 personId, const QList<CoveragePeriod>& coverage);

    QSqlDatabase m_db;
};

} // namespace carnet
