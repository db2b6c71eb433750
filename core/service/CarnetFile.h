#pragma once

#include "model/Result.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>

namespace carnet {

class AidService;
class AttachmentStore;
class CareSheetService;
class Database;
class PeopleService;
class ReadSide;
class SessionService;
class SettingsService;

// One open Carnet file (glossary: "CarnetFile"): it owns the database, the attachment store,
// the services that change the file, split by what they change, and the read side that
// answers every question the faces ask. The app and the CLI hold one per open file.
//
// Every service call that changes data validates through the rules, writes in one
// transaction, then the file emits `changed`. Ids: an `add*` call given a nonzero id
// re-inserts with that id (undo, import); otherwise the store assigns one.
class CarnetFile final : public QObject
{
    Q_OBJECT

public:
    explicit CarnetFile(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~CarnetFile() override;

    Database& database() const { return *m_database; }

    // "Today" for validation and derived answers; a test or `--today` may fix it.
    QDate today() const;
    void setToday(QDate today);

    PeopleService& people() const { return *m_people; }
    SessionService& sessions() const { return *m_sessions; }
    CareSheetService& careSheets() const { return *m_careSheets; }
    AidService& aid() const { return *m_aid; }
    SettingsService& settings() const { return *m_settings; }
    AttachmentStore& attachments() const { return *m_attachments; }
    const ReadSide& read() const { return *m_read; }

    // For the services: runs `work` in one transaction (Database::transaction) and, once it
    // is committed, emits `changed`; a refusal or a failure changes nothing and emits nothing.
    Result<void> change(const std::function<Result<void>()>& work);

    // For the io layer, once data written straight through the store (an import) was committed.
    void notifyChanged();

signals:
    // Emitted after every committed change.
    void changed();

private:
    std::unique_ptr<Database> m_database;
    QDate m_today;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<CareSheetService> m_careSheets;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<AidService> m_aid;
    std::unique_ptr<ReadSide> m_read;
};

} // namespace carnet
