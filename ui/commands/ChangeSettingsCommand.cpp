#include "commands/ChangeSettingsCommand.h"

#include "service/CarnetFile.h"
#include "service/SettingsService.h"

namespace carnet {

ChangeSettingsCommand::ChangeSettingsCommand(CarnetFile& file, const StatusSettings& status,
                                             const AidSettings& aid)
    : ServiceCommand(file, tr("change the settings"))
    , m_statusBefore(file.settings().statusSettings())
    , m_statusAfter(status)
    , m_aidBefore(file.settings().aidSettings())
    , m_aidAfter(aid)
{}

bool ChangeSettingsCommand::changesSomething() const
{
    return m_statusBefore != m_statusAfter || m_aidBefore != m_aidAfter;
}

Result<void> ChangeSettingsCommand::apply()
{
    return store(m_statusAfter, m_aidAfter);
}

Result<void> ChangeSettingsCommand::revert()
{
    return store(m_statusBefore, m_aidBefore);
}

Result<void> ChangeSettingsCommand::store(const StatusSettings& status, const AidSettings& aid)
{
    return file().settings().setSettings(status, aid);
}

} // namespace carnet
