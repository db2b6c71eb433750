#pragma once

#include "model/Payment.h"
#include "model/Result.h"
#include "store/SessionFilter.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Payments received and their split over sessions (tables payments, payment_shares).
class PaymentRepository final
{
public:
    explicit PaymentRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const Payment& payment); // keeps a nonzero id
    Result<void> remove(qint64 paymentId);         // its shares go with it
    Result<std::optional<Payment>> find(qint64 paymentId) const;
    // The payments with a share on at least one session of `filter`, with all their shares,
    // by date then id.
    Result<QList<Payment>> touching(const SessionFilter& filter) const;
    Result<QList<Payment>> all() const; // by id, shares included
    // Every payment without its reference, shares in no particular order: what the rules
    // read, read fast (the all-persons agenda).
    Result<QList<Payment>> allForRules() const;

private:
    Result<QList<Payment>> load(const QString& condition, const QVariantList& values,
                                const QString& order) const;

    QSqlDatabase m_db;
};

} // namespace carnet
