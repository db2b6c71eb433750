#include "io/JsonImportStore.h"

#include "io/ImportDocument.h"
#include "store/AidRepository.h"
#include "store/AttachmentRepository.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct JsonImportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::JsonImport)
};

// The ids `table` already holds, in one statement: the large lists are checked against them
// instead of one lookup per row.
Result<QSet<qint64>> idsIn(const QSqlDatabase& db, const QString& table)
{
    auto rows = SqlSupport::run(db, QStringLiteral("SELECT id FROM %1").arg(table));
    if (!rows)
        return rows.error();
    QSet<qint64> ids;
    while (rows.value().next())
        ids.insert(rows.value().value(0).toLongLong());
    return ids;
}

Error idTaken(const QString& list, qint64 id)
{
    return {Error::Kind::Conflict, list,
            JsonImportText::tr(
                "The file already holds an entry with id %1 (%2): import into a new file, or "
                "import the document as new entries. Nothing was changed.")
                .arg(id)
                .arg(list)};
}

// Writes the document's attached bytes into the attachments folder; remembers the files it
// created so that a failed import removes them.
class AttachmentFiles
{
public:
    explicit AttachmentFiles(QString folder)
        : m_folder(std::move(folder))
    {}

    Result<void> write(const QString& sha256, const QByteArray& bytes)
    {
        const QString path = QDir(m_folder).filePath(sha256);
        if (QFileInfo::exists(path))
            return {};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::io(JsonImportText::tr("Carnet cannot write in its attachments folder."));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Error::io(
                JsonImportText::tr("An attached file could not be written (is the disk full?)."));
        m_created.append(path);
        return {};
    }
    bool exists(const QString& sha256) const
    {
        return QFileInfo::exists(QDir(m_folder).filePath(sha256));
    }
    void rollback()
    {
        for (const QString& path : std::as_const(m_created))
            QFile::remove(path);
    }

private:
    QString m_folder;
    QStringList m_created;
};

} // namespace

namespace JsonImportStore {

Result<JsonImport::Summary> store(Database& db, const ImportDocument& d, JsonImport::Ids mode)
{
    const QSqlDatabase sql = db.connection();
    const bool keep = mode == JsonImport::Ids::Keep;
    JsonImport::Summary summary;
    AttachmentFiles files(db.attachmentDirectory());
    // A whole file is 180 000 rows: SQLite's page cache is made large enough for its indexes
    // while they are written (restored afterwards).
    const QVariant bulkWrite = Dialect::of(sql).beginBulkWrite(sql);
    auto r = db.transaction([&]() -> Result<void> {
        // The references are checked above (checkReferences) and the ids mapped here: SQLite
        // only counts a missing parent and refuses the COMMIT (all or nothing still).
        if (auto deferred = Dialect::of(sql).deferForeignKeys(sql); !deferred)
            return deferred;
        PersonRepository persons(sql);
        PractitionerRepository practitioners(sql);
        AttachmentRepository attachments(sql);
        ReferralRepository referrals(sql);
        SessionRepository sessions(sql);
        CareSheetRepository sheets(sql);
        PaymentRepository payments(sql);

        QHash<qint64, qint64> personIds, practitionerIds, attachmentIds, referralIds, sessionIds;
        auto mapped = [](const QHash<qint64, qint64>& map, qint64 id) {
            return id == 0 ? 0 : map.value(id);
        };

        for (const Person& p : d.persons) {
            if (keep) {
                auto taken = persons.exists(p.id);
                if (!taken)
                    return taken.error();
                if (*taken)
                    return idTaken(QStringLiteral("persons"), p.id);
            }
            Person row = p;
            row.id = keep ? p.id : 0;
            auto id = persons.insert(row);
            if (!id)
                return id.error();
            personIds.insert(p.id, *id);
            ++summary.persons;
        }
        QList<Practitioner> existing;
        if (!keep) {
            auto all = practitioners.all();
            if (!all)
                return all.error();
            existing = all.value();
        }
        for (const Practitioner& p : d.practitioners) {
            if (keep) {
                auto taken = practitioners.find(p.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("practitioners"), p.id);
            } else {
                // The same practitioner already in the file: reuse it.
                const auto same =
                    std::find_if(existing.cbegin(), existing.cend(), [&p](const Practitioner& e) {
                        Practitioner a = e;
                        a.id = p.id;
                        return a == p;
                    });
                if (same != existing.cend()) {
                    practitionerIds.insert(p.id, same->id);
                    continue;
                }
            }
            Practitioner row = p;
            row.id = keep ? p.id : 0;
            auto id = practitioners.insert(row);
            if (!id)
                return id.error();
            practitionerIds.insert(p.id, *id);
            ++summary.practitioners;
        }
        for (const Attachment& a : d.attachments) {
            if (keep) {
                auto taken = attachments.find(a.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("attachments"), a.id);
            }
            if (d.contents.contains(a.id)) {
                if (auto w = files.write(a.sha256, d.contents.value(a.id)); !w)
                    return w;
            } else if (!files.exists(a.sha256)) {
                ++summary.missingAttachmentFiles;
            }
            Attachment row = a;
            row.id = keep ? a.id : 0;
            auto id = attachments.insert(row);
            if (!id)
                return id.error();
            attachmentIds.insert(a.id, *id);
            ++summary.attachments;
        }
        for (const Referral& ref : d.referrals) {
            if (keep) {
                auto taken = referrals.find(ref.id);
                if (!taken)
                    return taken.error();
                if (taken->has_value())
                    return idTaken(QStringLiteral("referrals"), ref.id);
            }
            Referral row = ref;
            row.id = keep ? ref.id : 0;
            row.personId = personIds.value(ref.personId);
            row.attachmentId = mapped(attachmentIds, ref.attachmentId);
            auto id = referrals.insert(row);
            if (!id)
                return id.error();
            referralIds.insert(ref.id, *id);
            ++summary.referrals;
        }
        QSet<qint64> takenSessions, takenSheets, takenPayments;
        if (keep) {
            auto s = idsIn(sql, QStringLiteral("sessions"));
            auto c = idsIn(sql, QStringLiteral("care_sheets"));
            auto p = idsIn(sql, QStringLiteral("payments"));
            for (const auto* ids : {&s, &c, &p}) {
                if (!*ids)
                    return ids->error();
            }
            takenSessions = std::move(s.value());
            takenSheets = std::move(c.value());
            takenPayments = std::move(p.value());
        }
        for (const Session& s : d.sessions) {
            if (keep && takenSessions.contains(s.id))
                return idTaken(QStringLiteral("sessions"), s.id);
            Session row = s;
            row.id = keep ? s.id : 0;
            row.personId = personIds.value(s.personId);
            row.practitionerId = practitionerIds.value(s.practitionerId);
            row.referralId = mapped(referralIds, s.referralId);
            auto id = sessions.insert(row);
            if (!id)
                return id.error();
            sessionIds.insert(s.id, *id);
            ++summary.sessions;
        }
        for (const CareSheet& c : d.sheets) {
            if (keep && takenSheets.contains(c.id))
                return idTaken(QStringLiteral("care_sheets"), c.id);
            CareSheet row = c;
            row.id = keep ? c.id : 0;
            row.personId = personIds.value(c.personId);
            for (qint64& id : row.sessionIds)
                id = sessionIds.value(id);
            if (auto id = sheets.insert(row); !id)
                return id.error();
            ++summary.careSheets;
        }
        for (const Payment& p : d.payments) {
            if (keep && takenPayments.contains(p.id))
                return idTaken(QStringLiteral("payments"), p.id);
            Payment row = p;
            row.id = keep ? p.id : 0;
            for (PaymentShare& share : row.shares)
                share.sessionId = sessionIds.value(share.sessionId);
            if (auto id = payments.insert(row); !id)
                return id.error();
            ++summary.payments;
        }
        AidRepository aid(sql);
        for (const AidRequest& a : d.aidRequests) {
            if (keep) {
                auto taken = aid.exists(a.id);
                if (!taken)
                    return taken.error();
                if (*taken)
                    return idTaken(QStringLiteral("aid_requests"), a.id);
            }
            AidRequest row = a;
            row.id = keep ? a.id : 0;
            row.personId = personIds.value(a.personId);
            row.psychologistId = mapped(practitionerIds, a.psychologistId);
            for (ChecklistItem& item : row.checklist)
                item.attachmentId = mapped(attachmentIds, item.attachmentId);
            if (auto id = aid.insert(row); !id)
                return id.error();
            ++summary.aidRequests;
        }
        // A whole file's settings come with it; merging entries keeps the file's own.
        if (keep && d.hasSettings) {
            SettingsRepository settings(sql);
            for (auto it = d.settings.cbegin(); it != d.settings.cend(); ++it) {
                if (auto s = settings.setValue(it.key(), it.value()); !s)
                    return s;
            }
        }
        summary.personIds = personIds;
        return {};
    });
    Dialect::of(sql).endBulkWrite(sql, bulkWrite);
    if (!r) {
        files.rollback();
        return r.error();
    }
    return summary;
}

} // namespace JsonImportStore
} // namespace carnet
