#include "service/ServiceSupport.h"

#include "store/AttachmentRepository.h"

namespace carnet::ServiceSupport {

Error conflict(const QString& field, const QString& message)
{
    return {Error::Kind::Conflict, field, message};
}

Error personNotFound()
{
    return Error::notFound(
        QStringLiteral("person_id"),
        QCoreApplication::translate("carnet::ServiceSupport", "This person does not exist."));
}

Result<QString> releaseAttachment(const QSqlDatabase& db, qint64 attachmentId)
{
    if (attachmentId == 0)
        return QString();
    AttachmentRepository repo(db);
    auto count = repo.referenceCount(attachmentId);
    if (!count)
        return count.error();
    if (*count > 0)
        return QString();
    auto found = repo.find(attachmentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return QString();
    if (auto r = repo.remove(attachmentId); !r)
        return r.error();
    auto left = repo.countWithHash((*found)->sha256);
    if (!left)
        return left.error();
    return *left == 0 ? (*found)->sha256 : QString();
}

} // namespace carnet::ServiceSupport
