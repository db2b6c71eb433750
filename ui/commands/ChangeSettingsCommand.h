#pragma once

#include "aid/AidSettings.h"
#include "commands/ServiceCommand.h"
#include "rules/CarePathRules.h"

#include <QCoreApplication>

namespace carnet {

// Changes the file's own settings: the delays after which a payment is late (StatusSettings)
// and the AFI's delays (AidSettings). Undo puts back what they were when the command was
// made. Only what differs is written.
class ChangeSettingsCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSettingsCommand)

public:
    ChangeSettingsCommand(CarnetFile& file, const StatusSettings& status, const AidSettings& aid);

    // False when the new settings are those stored: nothing to do, nothing to undo.
    bool changesSomething() const;

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> store(const StatusSettings& status, const AidSettings& aid);

    StatusSettings m_statusBefore;
    StatusSettings m_statusAfter;
    AidSettings m_aidBefore;
    AidSettings m_aidAfter;
};

} // namespace carnet
