#pragma once

#include "aid/AidRequest.h"
#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// AFI requests with their checklist and claims (tables aid_requests, aid_checklist_items,
// aid_claims; migration 002_aid.sql).
class AidRepository final
{
public:
    explicit AidRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const AidRequest& request); // keeps a nonzero id
    Result<void> update(const AidRequest& request);   // NotFound when absent
    Result<void> remove(qint64 requestId);            // its checklist and claims go with it
    Result<std::optional<AidRequest>> find(qint64 requestId) const;
    Result<bool> exists(qint64 requestId) const;
    Result<QList<AidRequest>> forPerson(qint64 personId) const; // by id
    Result<QList<AidRequest>> all() const;                      // by id
    // Whether an attachment is used by a checklist item.
    Result<bool> usesAttachment(qint64 attachmentId) const;

private:
    Result<QList<AidRequest>> load(const QString& where, const QVariantList& values) const;
    Result<void> writeChildren(const AidRequest& request);

    QSqlDatabase m_db;
};

} // namespace carnet
