#pragma once

#include "model/Practitioner.h"
#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Psychologists and referring professionals (table practitioners).
class PractitionerRepository final
{
public:
    explicit PractitionerRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const Practitioner& practitioner); // keeps a nonzero id
    Result<void> update(const Practitioner& practitioner);   // NotFound when absent
    Result<void> remove(qint64 practitionerId);
    Result<std::optional<Practitioner>> find(qint64 practitionerId) const;
    Result<QList<Practitioner>> all() const; // by id
    // Whether sessions or aid requests still name this practitioner.
    Result<bool> isReferenced(qint64 practitionerId) const;

private:
    Result<QList<Practitioner>> load(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace carnet
