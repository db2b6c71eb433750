#include "commands/ChangeSettingsCommand.h"

#include "service/CarnetFile.h"
#include "service/SettingsService.h"

namespace carnet {

namespace {

bool same(const StatusSettings& a, const StatusSettings& b)
{
    return a.paperLateDays == b.paperLateDays && a.electronicLateDays == b.electronicLateDays &&
           a.mutuelleLateDays == b.mutuelleLateDays &&
           a.claimDeadlineWarnDays == b.claimDeadlineWarnDays;
}

} // namespace

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
    return !same(m_statusBefore, m_statusAfter) || m_aidBefore != m_aidAfter;
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
    SettingsService& settings = file().settings();
    const StatusSettings statusNow = settings.statusSettings();
    if (!same(statusNow, status)) {
        if (const Result<void> stored = settings.setStatusSettings(status); !stored)
            return stored;
    }
    if (settings.aidSettings() != aid) {
        if (const Result<void> stored = settings.setAidSettings(aid); !stored) {
            // Leave the file as it was: both or neither.
            if (!same(statusNow, status))
                (void)settings.setStatusSettings(statusNow);
            return stored;
        }
    }
    return {};
}

} // namespace carnet
