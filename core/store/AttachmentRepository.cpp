#include "store/AttachmentRepository.h"

#include "store/SqlSupport.h"

#include <array>

namespace carnet {

using namespace SqlSupport;

namespace {
// Every column that refers to attachments(id): an attachment is unused when none does.
struct Reference
{
    const char* table;
    const char* column;
};
constexpr std::array<Reference, 2> kReferences{{
    {"referrals", "attachment_id"}, {"aid_checklist_items", "attachment_id"}, // migration 002
}};

Result<QList<Attachment>> read(Rows& q)
{
    QList<Attachment> list;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.sha256 = q.value(1).toString();
        a.originalName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.added = toDateTime(q.value(5));
        list.append(a);
    }
    return list;
}

const QString kSelect =
    QStringLiteral("SELECT id, sha256, original_name, mime_type, size, added FROM attachments");
} // namespace

Result<qint64> AttachmentRepository::insert(const Attachment& attachment)
{
    return insertRow(m_db, QStringLiteral("attachments"), attachment.id,
                     {QStringLiteral("sha256"), QStringLiteral("original_name"),
                      QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("added")},
                     {attachment.sha256, attachment.originalName, attachment.mimeType,
                      attachment.size, fromDateTime(attachment.added)});
}

Result<void> AttachmentRepository::remove(qint64 attachmentId)
{
    return execOne(m_db, QStringLiteral("DELETE FROM attachments WHERE id = ?"), {attachmentId},
                   QStringLiteral("attachment_id"));
}

Result<std::optional<Attachment>> AttachmentRepository::find(qint64 attachmentId) const
{
    auto rows = run(m_db, kSelect + QStringLiteral(" WHERE id = ?"), {attachmentId});
    if (!rows)
        return rows.error();
    auto list = read(rows.value());
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Attachment>();
    return std::optional<Attachment>(list->constFirst());
}

Result<QList<Attachment>> AttachmentRepository::all() const
{
    auto rows = run(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (!rows)
        return rows.error();
    return read(rows.value());
}

Result<qint64> AttachmentRepository::referenceCount(qint64 attachmentId) const
{
    QStringList parts;
    QVariantList values;
    for (const Reference& ref : kReferences) {
        parts.append(QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 = ?)")
                         .arg(QLatin1String(ref.table), QLatin1String(ref.column)));
        values.append(attachmentId);
    }
    auto value =
        scalar(m_db, QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")), values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> AttachmentRepository::countWithHash(const QString& sha256) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 = ?"), {sha256});
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace carnet
