#include "store/PaymentRepository.h"

#include "store/Dialect.h"
#include "store/SqlSupport.h"

#include <QHash>

#include <iterator>

namespace carnet {

using namespace SqlSupport;

namespace {
// Runs `sql` (rows of payment_id, session_id, amount_cents) and appends each share to its
// payment in `list`, found through `index` (payment id -> position).
Result<void> attachShares(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                          const QHash<qint64, qsizetype>& index, QList<Payment>& list)
{
    auto shares = run(db, sql, values);
    if (!shares)
        return shares.error();
    Rows& s = shares.value();
    while (s.next()) {
        const auto at = index.constFind(s.value(0).toLongLong());
        if (at != index.cend())
            list[*at].shares.append({s.value(1).toLongLong(), s.value(2).toLongLong()});
    }
    return {};
}
} // namespace

Result<qint64> PaymentRepository::insert(const Payment& payment)
{
    auto id = insertRow(
        m_db, QStringLiteral("payments"), payment.id,
        {QStringLiteral("payer"), QStringLiteral("date"), QStringLiteral("amount_cents"),
         QStringLiteral("reference")},
        {payerKey(payment.payer), fromDate(payment.date), payment.amountCents, payment.reference});
    if (!id)
        return id;
    for (qsizetype i = 0; i < payment.shares.size(); ++i) {
        const PaymentShare& share = payment.shares.at(i);
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO payment_shares (payment_id, position, "
                                         "session_id, amount_cents) VALUES (?, ?, ?, ?)"),
                          {*id, qint64(i), share.sessionId, share.amountCents});
            !r)
            return r.error();
    }
    return id;
}

Result<void> PaymentRepository::remove(qint64 paymentId)
{
    if (auto r = exec(m_db, QStringLiteral("DELETE FROM payment_shares WHERE payment_id = ?"),
                      {paymentId});
        !r)
        return r;
    return execOne(m_db, QStringLiteral("DELETE FROM payments WHERE id = ?"), {paymentId},
                   QStringLiteral("payment_id"));
}

Result<std::optional<Payment>> PaymentRepository::find(qint64 paymentId) const
{
    auto list = load(QStringLiteral("p.id = ?"), {paymentId}, QStringLiteral("p.id"));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Payment>();
    return std::optional<Payment>(list->constFirst());
}

Result<QList<Payment>> PaymentRepository::touching(const SessionFilter& filter) const
{
    return load(QStringLiteral("p.id IN (SELECT ts.payment_id FROM payment_shares ts JOIN "
                               "sessions s ON s.id = ts.session_id WHERE ") +
                    filter.condition(QStringLiteral("s")) + QLatin1Char(')'),
                filter.values(), QStringLiteral("p.date, p.id"));
}

Result<QList<Payment>> PaymentRepository::all() const
{
    return load(QStringLiteral("1 = 1"), {}, QStringLiteral("p.id"));
}

Result<QList<Payment>> PaymentRepository::allForRules() const
{
    // Dates as Julian day numbers, the payer as a number, no sort: Qt's reading costs mostly
    // per value, text the most.
    static constexpr Payer payers[] = {Payer::Cpam, Payer::Mutuelle, Payer::Other};
    QStringList payerKeys;
    for (Payer payer : payers)
        payerKeys << payerKey(payer);
    auto rows = run(
        m_db, QStringLiteral("SELECT p.id, ") + keyPosition(QStringLiteral("p.payer"), payerKeys) +
                  QStringLiteral(", ") + Dialect::of(m_db).dayNumber(QStringLiteral("p.date")) +
                  QStringLiteral(", p.amount_cents FROM payments p"));
    if (!rows)
        return rows.error();
    QList<Payment> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        Payment payment;
        payment.id = q.value(0).toLongLong();
        const int payer = q.value(1).toInt();
        if (payer < 0 || payer >= int(std::size(payers)))
            return badValue(QStringLiteral("payments"), QStringLiteral("payer"));
        payment.payer = payers[payer];
        if (const QVariant day = q.value(2); !day.isNull())
            payment.date = QDate::fromJulianDay(day.toLongLong());
        payment.amountCents = q.value(3).toLongLong();
        index.insert(payment.id, list.size());
        list.append(payment);
    }
    if (list.isEmpty())
        return list;
    // In no particular order: the rules only sum them.
    if (auto r = attachShares(m_db,
                              QStringLiteral("SELECT ps.payment_id, ps.session_id, "
                                             "ps.amount_cents FROM payment_shares ps"),
                              {}, index, list);
        !r)
        return r.error();
    return list;
}

Result<QList<Payment>> PaymentRepository::load(const QString& condition, const QVariantList& values,
                                               const QString& order) const
{
    // Both queries select the same payments: the condition is repeated in the second.
    auto rows = run(m_db,
                    QStringLiteral("SELECT p.id, p.payer, p.date, p.amount_cents, p.reference "
                                   "FROM payments p WHERE ") +
                        condition + QStringLiteral(" ORDER BY ") + order,
                    values);
    if (!rows)
        return rows.error();
    QList<Payment> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        Payment payment;
        payment.id = q.value(0).toLongLong();
        const auto payer = payerFromKey(q.value(1).toString());
        if (!payer)
            return badValue(QStringLiteral("payments"), QStringLiteral("payer"));
        payment.payer = *payer;
        payment.date = toDate(q.value(2));
        payment.amountCents = q.value(3).toLongLong();
        payment.reference = q.value(4).toString();
        index.insert(payment.id, list.size());
        list.append(payment);
    }
    if (list.isEmpty())
        return list;
    if (auto r = attachShares(
            m_db,
            QStringLiteral("SELECT ps.payment_id, ps.session_id, ps.amount_cents FROM "
                           "payment_shares ps WHERE ps.payment_id IN (SELECT p.id FROM "
                           "payments p WHERE ") +
                condition + QStringLiteral(") ORDER BY ps.payment_id, ps.position"),
            values, index, list);
        !r)
        return r.error();
    return list;
}

} // namespace carnet
