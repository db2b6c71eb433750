#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace carnet {

// Small helpers the services share: refusals worded alike, the check of an id given for a
// re-insert (undo, import), and the release of an attachment nothing refers to any more.
namespace ServiceSupport {

Error conflict(const QString& field, const QString& message);

// "There is no person with id 7." and its siblings: one sentence per kind of record, naming
// the id asked for, on the field the id came from.
enum class Record
{
    Person,
    Practitioner,
    Psychologist,
    Referral,
    Session,
    CareSheet,
    Payment,
};
Error notFound(Record record, qint64 id, const QString& field);
Error personNotFound(qint64 personId);

// The first of `ids` that is not in `found` (0 when every one is).
template <typename T>
qint64 firstMissing(const QList<qint64>& ids, const QList<T>& found)
{
    for (qint64 id : ids) {
        bool present = false;
        for (const T& item : found)
            present = present || item.id == id;
        if (!present)
            return id;
    }
    return 0;
}

// Refuses a negative id, or a nonzero one already taken (a re-insert must not overwrite).
template <typename Exists>
Result<void> checkNewId(qint64 id, const QString& field, Exists exists)
{
    if (id < 0) {
        return Error::invalid(field, QCoreApplication::translate("carnet::ServiceSupport",
                                                                 "An id cannot be negative."));
    }
    if (id == 0)
        return {};
    auto taken = exists(id);
    if (!taken)
        return taken.error();
    if (*taken) {
        return conflict(field, QCoreApplication::translate("carnet::ServiceSupport",
                                                           "An entry with id %1 already exists.")
                                   .arg(id));
    }
    return {};
}

template <typename T>
Result<bool> existsIn(const Result<std::optional<T>>& found)
{
    if (!found)
        return found.error();
    return found->has_value();
}

// After an attachment lost a reference: drops its row when nothing refers to it any more,
// and returns the hash whose file can go once the transaction is committed.
Result<QString> releaseAttachment(const QSqlDatabase& db, qint64 attachmentId);

} // namespace ServiceSupport
} // namespace carnet
