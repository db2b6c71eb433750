#include "store/AidRepository.h"

#include "store/SqlSupport.h"

#include <QHash>

namespace carnet {

using namespace SqlSupport;

namespace {

const QStringList kColumns{QStringLiteral("person_id"),
                           QStringLiteral("department_code"),
                           QStringLiteral("psychologist_id"),
                           QStringLiteral("sessions"),
                           QStringLiteral("session_price_cents"),
                           QStringLiteral("period_from"),
                           QStringLiteral("period_to"),
                           QStringLiteral("scheme_sessions"),
                           QStringLiteral("mutuelle_forfait_cents"),
                           QStringLiteral("prepared"),
                           QStringLiteral("submitted"),
                           QStringLiteral("decision_date"),
                           QStringLiteral("decision"),
                           QStringLiteral("granted_cents"),
                           QStringLiteral("payee"),
                           QStringLiteral("validity_months"),
                           QStringLiteral("reference"),
                           QStringLiteral("appeal_date"),
                           QStringLiteral("appeal_text"),
                           QStringLiteral("applicant_address"),
                           QStringLiteral("cpam_address"),
                           QStringLiteral("notes")};

QVariantList valuesOf(const AidRequest& r)
{
    return {r.personId,
            r.departmentCode,
            fromId(r.psychologistId),
            r.sessions,
            r.sessionPriceCents,
            fromDate(r.periodFrom),
            fromDate(r.periodTo),
            r.schemeSessions,
            r.mutuelleForfaitCents,
            fromDate(r.prepared),
            fromDate(r.submitted),
            fromDate(r.decisionDate),
            aidDecisionKey(r.decision),
            r.grantedCents,
            aidPayeeKey(r.payee),
            r.validityMonths,
            r.reference,
            fromDate(r.appealDate),
            r.appealText,
            r.applicantAddress,
            r.cpamAddress,
            r.notes};
}

} // namespace

Result<qint64> AidRepository::insert(const AidRequest& request)
{
    auto id =
        insertRow(m_db, QStringLiteral("aid_requests"), request.id, kColumns, valuesOf(request));
    if (!id)
        return id;
    AidRequest stored = request;
    stored.id = *id;
    if (auto r = writeChildren(stored); !r)
        return r.error();
    return id;
}

Result<void> AidRepository::update(const AidRequest& request)
{
    QStringList sets;
    for (const auto& column : kColumns)
        sets << column + QStringLiteral(" = ?");
    QVariantList values = valuesOf(request);
    values.append(request.id);
    if (auto r = execOne(m_db,
                         QStringLiteral("UPDATE aid_requests SET ") +
                             sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                         values, QStringLiteral("aid_request_id"));
        !r)
        return r;
    for (const char* table : {"aid_checklist_items", "aid_claims"}) {
        if (auto r = exec(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)),
                {request.id});
            !r)
            return r;
    }
    return writeChildren(request);
}

Result<void> AidRepository::remove(qint64 requestId)
{
    for (const char* table : {"aid_checklist_items", "aid_claims"}) {
        if (auto r = exec(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)),
                {requestId});
            !r)
            return r;
    }
    return execOne(m_db, QStringLiteral("DELETE FROM aid_requests WHERE id = ?"), {requestId},
                   QStringLiteral("aid_request_id"));
}

Result<std::optional<AidRequest>> AidRepository::find(qint64 requestId) const
{
    auto list = load(QStringLiteral("id = ?"), {requestId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<AidRequest>();
    return std::optional<AidRequest>(list->constFirst());
}

Result<bool> AidRepository::exists(qint64 requestId) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM aid_requests WHERE id = ?"), {requestId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<AidRequest>> AidRepository::forPerson(qint64 personId) const
{
    return load(QStringLiteral("person_id = ?"), {personId});
}

Result<QList<AidRequest>> AidRepository::all() const
{
    return load({}, {});
}

Result<bool> AidRepository::usesAttachment(qint64 attachmentId) const
{
    auto value = scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM aid_checklist_items "
                                       "WHERE attachment_id = ?"),
                        {attachmentId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<AidRequest>> AidRepository::load(const QString& where,
                                              const QVariantList& values) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows =
        run(m_db,
            QStringLiteral("SELECT id, ") + kColumns.join(QStringLiteral(", ")) +
                QStringLiteral(" FROM aid_requests") + filter + QStringLiteral(" ORDER BY id"),
            values);
    if (!rows)
        return rows.error();
    QList<AidRequest> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        AidRequest r;
        int c = 0;
        r.id = q.value(c++).toLongLong();
        r.personId = q.value(c++).toLongLong();
        r.departmentCode = q.value(c++).toString();
        r.psychologistId = toId(q.value(c++));
        r.sessions = q.value(c++).toInt();
        r.sessionPriceCents = q.value(c++).toLongLong();
        r.periodFrom = toDate(q.value(c++));
        r.periodTo = toDate(q.value(c++));
        r.schemeSessions = q.value(c++).toInt();
        r.mutuelleForfaitCents = q.value(c++).toLongLong();
        r.prepared = toDate(q.value(c++));
        r.submitted = toDate(q.value(c++));
        r.decisionDate = toDate(q.value(c++));
        const auto decision = aidDecisionFromKey(q.value(c++).toString());
        if (!decision)
            return badValue(QStringLiteral("aid_requests"), QStringLiteral("decision"));
        r.decision = *decision;
        r.grantedCents = q.value(c++).toLongLong();
        const auto payee = aidPayeeFromKey(q.value(c++).toString());
        if (!payee)
            return badValue(QStringLiteral("aid_requests"), QStringLiteral("payee"));
        r.payee = *payee;
        r.validityMonths = q.value(c++).toInt();
        r.reference = q.value(c++).toString();
        r.appealDate = toDate(q.value(c++));
        r.appealText = q.value(c++).toString();
        r.applicantAddress = q.value(c++).toString();
        r.cpamAddress = q.value(c++).toString();
        r.notes = q.value(c++).toString();
        index.insert(r.id, list.size());
        list.append(r);
    }
    if (list.isEmpty())
        return list;

    const QString childFilter =
        where.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE request_id IN (SELECT id FROM aid_requests WHERE ") + where +
                  QLatin1Char(')');
    auto items = run(m_db,
                     QStringLiteral("SELECT request_id, item_key, status, document_date, "
                                    "attachment_id, variant, note FROM aid_checklist_items") +
                         childFilter + QStringLiteral(" ORDER BY request_id, position"),
                     values);
    if (!items)
        return items.error();
    Rows& i = items.value();
    while (i.next()) {
        const auto at = index.constFind(i.value(0).toLongLong());
        if (at == index.cend())
            continue;
        ChecklistItem item;
        item.key = i.value(1).toString();
        const auto status = checklistStatusFromKey(i.value(2).toString());
        if (!status)
            return badValue(QStringLiteral("aid_checklist_items"), QStringLiteral("status"));
        item.status = *status;
        item.documentDate = toDate(i.value(3));
        item.attachmentId = toId(i.value(4));
        item.variant = i.value(5).toString();
        item.note = i.value(6).toString();
        list[*at].checklist.append(item);
    }

    auto claims = run(m_db,
                      QStringLiteral("SELECT request_id, date, amount_cents, covered_from, "
                                     "covered_to, note FROM aid_claims") +
                          childFilter + QStringLiteral(" ORDER BY request_id, position"),
                      values);
    if (!claims)
        return claims.error();
    Rows& k = claims.value();
    while (k.next()) {
        const auto at = index.constFind(k.value(0).toLongLong());
        if (at == index.cend())
            continue;
        AidClaim claim;
        claim.date = toDate(k.value(1));
        claim.amountCents = k.value(2).toLongLong();
        claim.coveredFrom = toDate(k.value(3));
        claim.coveredTo = toDate(k.value(4));
        claim.note = k.value(5).toString();
        list[*at].claims.append(claim);
    }
    return list;
}

Result<void> AidRepository::writeChildren(const AidRequest& request)
{
    for (qsizetype n = 0; n < request.checklist.size(); ++n) {
        const ChecklistItem& item = request.checklist.at(n);
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO aid_checklist_items (request_id, position, "
                                         "item_key, status, document_date, attachment_id, "
                                         "variant, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {request.id, qint64(n), item.key, checklistStatusKey(item.status),
                           fromDate(item.documentDate), fromId(item.attachmentId), item.variant,
                           item.note});
            !r)
            return r;
    }
    for (qsizetype n = 0; n < request.claims.size(); ++n) {
        const AidClaim& claim = request.claims.at(n);
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO aid_claims (request_id, position, date, "
                                         "amount_cents, covered_from, covered_to, note) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {request.id, qint64(n), fromDate(claim.date), claim.amountCents,
                           fromDate(claim.coveredFrom), fromDate(claim.coveredTo), claim.note});
            !r)
            return r;
    }
    return {};
}

} // namespace carnet
