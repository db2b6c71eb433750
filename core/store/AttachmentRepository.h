#pragma once

#include "model/Attachment.h"
#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace carnet {

// The metadata of attached files (table attachments); the bytes live in the attachments
// folder, named by their SHA-256. Tables that refer to an attachment are listed in
// AttachmentRepository.cpp (kReferences): a new one (aid requests) adds its column there.
class AttachmentRepository final
{
public:
    explicit AttachmentRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const Attachment& attachment); // keeps a nonzero id
    Result<void> remove(qint64 attachmentId);
    Result<std::optional<Attachment>> find(qint64 attachmentId) const;
    Result<QList<Attachment>> all() const; // by id
    // How many rows (referrals, ...) refer to the attachment.
    Result<qint64> referenceCount(qint64 attachmentId) const;
    // How many attachments share these bytes (the file is removed with the last).
    Result<qint64> countWithHash(const QString& sha256) const;

private:
    QSqlDatabase m_db;
};

} // namespace carnet
