#include "service/CarnetFile.h"

#include "aid/AidService.h"
#include "read/ReadSide.h"
#include "service/AttachmentStore.h"
#include "service/CareSheetService.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "store/Database.h"

namespace carnet {

CarnetFile::CarnetFile(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_attachments(std::make_unique<AttachmentStore>(*this))
    , m_people(std::make_unique<PeopleService>(*this))
    , m_sessions(std::make_unique<SessionService>(*this))
    , m_careSheets(std::make_unique<CareSheetService>(*this))
    , m_settings(std::make_unique<SettingsService>(*this))
    , m_aid(std::make_unique<AidService>(*this))
    , m_read(std::make_unique<ReadSide>(*this))
{
    Q_ASSERT(m_database);
}

// The services refer to the database: they go first.
CarnetFile::~CarnetFile()
{
    m_read.reset();
    m_aid.reset();
    m_settings.reset();
    m_careSheets.reset();
    m_sessions.reset();
    m_people.reset();
    m_attachments.reset();
    m_database.reset();
}

QDate CarnetFile::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CarnetFile::setToday(QDate today)
{
    m_today = today;
}

Result<void> CarnetFile::change(const std::function<Result<void>()>& work)
{
    Result<void> done = m_database->transaction(work);
    if (done)
        emit changed();
    return done;
}

void CarnetFile::notifyChanged()
{
    emit changed();
}

} // namespace carnet
