#include "read/AgendaReader.h"

#include "read/FileFacts.h"
#include "service/CarnetFile.h"
#include "service/SettingsService.h"
#include "store/AidRepository.h"
#include "store/Database.h"
#include "store/ReaderConnection.h"

namespace carnet {

AgendaReader::AgendaReader(const CarnetFile& file, const AgendaFilter& filter)
    : m_path(file.database().path())
    , m_filter(filter)
    , m_today(file.today())
{
    if (filter.wantsCare())
        m_statusSettings = file.settings().statusSettings();
    if (filter.wantsAid())
        m_aidSettings = file.settings().aidSettings();
}

Result<QList<AgendaItem>> AgendaReader::run() const
{
    const ReaderConnection reader(m_path);
    if (!reader.ok())
        return reader.error();
    return read(
        reader.connection(), m_filter, m_today, [this] { return m_statusSettings; },
        [this] { return m_aidSettings; });
}

Result<QList<AgendaItem>> AgendaReader::read(const QSqlDatabase& db, const AgendaFilter& filter,
                                             QDate today,
                                             const std::function<StatusSettings()>& statusSettings,
                                             const std::function<AidSettings()>& aidSettings)
{
    auto facts = FileFacts::load(db, filter.personId);
    if (!facts)
        return facts.error();
    QList<AidRequest> requests;
    AidSettings aid;
    if (filter.wantsAid()) {
        AidRepository repo(db);
        auto found = filter.personId == 0 ? repo.all() : repo.forPerson(filter.personId);
        if (!found)
            return found.error();
        requests = std::move(found.value());
        if (!requests.isEmpty())
            aid = aidSettings();
    }
    const StatusSettings status = filter.wantsCare() ? statusSettings() : StatusSettings{};
    return Agenda::build(facts.value(), requests, today, status, aid, filter);
}

} // namespace carnet
