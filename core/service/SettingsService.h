#pragma once

#include "aid/AidSettings.h"
#include "model/Result.h"
#include "rules/CarePathRules.h"

#include <QCoreApplication>

namespace carnet {

class CarnetFile;

// The file's own settings, which change derived answers: the delays after which a payment
// is late, the warning before the sending deadline, and the AFI's delays.
class SettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::SettingsService)

public:
    explicit SettingsService(CarnetFile& file);

    StatusSettings statusSettings() const;
    // Each number of days between 1 and 3650.
    Result<void> setStatusSettings(const StatusSettings& settings);

    AidSettings aidSettings() const;
    // Each delay between 1 and 120.
    Result<void> setAidSettings(const AidSettings& settings);

    // Both at once, in one transaction: both are stored or neither.
    Result<void> setSettings(const StatusSettings& status, const AidSettings& aid);

private:
    CarnetFile& m_file;
};

} // namespace carnet
