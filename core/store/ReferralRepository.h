#pragma once

#include "model/Referral.h"
#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Courriers d'accompagnement and their consent holders (tables referrals,
// referral_consent_holders).
class ReferralRepository final
{
public:
    explicit ReferralRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const Referral& referral); // keeps a nonzero id
    Result<void> update(const Referral& referral);   // NotFound when absent
    Result<void> remove(qint64 referralId);          // its consent holders go with it
    Result<std::optional<Referral>> find(qint64 referralId) const;
    Result<QList<Referral>> forPerson(qint64 personId) const; // by date, then id
    Result<QList<Referral>> all() const;                      // by id

private:
    Result<QList<Referral>> load(const QString& where, const QVariantList& values,
                                 const QString& order) const;
    Result<void> writeHolders(qint64 referralId, const QStringList& holders);

    QSqlDatabase m_db;
};

} // namespace carnet
