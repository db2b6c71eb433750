#include "service/ServiceSupport.h"

#include "store/AttachmentRepository.h"

namespace carnet::ServiceSupport {

Error conflict(const QString& field, const QString& message)
{
    return {Error::Kind::Conflict, field, message};
}

Error notFound(Record record, qint64 id, const QString& field)
{
    const char* text = "";
    switch (record) {
    case Record::Person:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no person with id %1.");
        break;
    case Record::Practitioner:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no practitioner with id %1.");
        break;
    case Record::Psychologist:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no psychologist with id %1.");
        break;
    case Record::Referral:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no courrier with id %1.");
        break;
    case Record::Session:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no session with id %1.");
        break;
    case Record::CareSheet:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no care sheet with id %1.");
        break;
    case Record::Payment:
        text = QT_TRANSLATE_NOOP("carnet::ServiceSupport", "There is no payment with id %1.");
        break;
    }
    return Error::notFound(field,
                           QCoreApplication::translate("carnet::ServiceSupport", text).arg(id));
}

Error personNotFound(qint64 personId)
{
    return notFound(Record::Person, personId, QStringLiteral("person_id"));
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
