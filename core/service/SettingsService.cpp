#include "service/SettingsService.h"

#include "aid/AidCatalogue.h"
#include "service/CarnetFile.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <utility>

namespace carnet {

namespace {

constexpr int kMaxSettingDays = 3650;
constexpr int kMaxAidDelay = 120;

QString aidSettingKey(const QString& name)
{
    return QStringLiteral("aid.") + name;
}

} // namespace

SettingsService::SettingsService(CarnetFile& file)
    : m_file(file)
{}

StatusSettings SettingsService::statusSettings() const
{
    auto settings = SettingsRepository(m_file.database().connection()).statusSettings();
    return settings ? settings.value() : StatusSettings{};
}

namespace {

Result<void> checkStatus(const StatusSettings& settings)
{
    const std::pair<int, const char*> checks[] = {
        {settings.paperLateDays, "paper_late_days"},
        {settings.electronicLateDays, "electronic_late_days"},
        {settings.mutuelleLateDays, "mutuelle_late_days"},
        {settings.sendingDeadlineWarnDays, "claim_deadline_warn_days"},
    };
    for (const auto& [days, field] : checks) {
        if (days < 1 || days > kMaxSettingDays) {
            return Error::invalid(QLatin1String(field),
                                  SettingsService::tr("A number of days must be between 1 and %1.")
                                      .arg(kMaxSettingDays));
        }
    }
    return {};
}

Result<void> checkAid(const AidSettings& settings)
{
    for (const auto& name : AidSettings::names()) {
        const int value = settings.value(name).value_or(-1);
        if (value < 1 || value > kMaxAidDelay) {
            return Error::invalid(name,
                                  SettingsService::tr("Each delay must be between 1 and 120."));
        }
    }
    return {};
}

Result<void> writeAid(SettingsRepository& repo, const AidSettings& settings)
{
    for (const auto& name : AidSettings::names()) {
        if (auto r = repo.setValue(aidSettingKey(name),
                                   QString::number(settings.value(name).value_or(0)));
            !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> SettingsService::setStatusSettings(const StatusSettings& settings)
{
    return setSettings(settings, aidSettings());
}

AidSettings SettingsService::aidSettings() const
{
    AidSettings settings = AidCatalogue::instance().defaultSettings();
    // One query for every AFI setting (the agenda reads them with the rest of the file).
    const auto stored =
        SettingsRepository(m_file.database().connection()).withPrefix(aidSettingKey({}));
    if (!stored)
        return settings;
    for (const auto& name : AidSettings::names()) {
        const auto value = stored->constFind(aidSettingKey(name));
        if (value == stored->cend())
            continue;
        bool ok = false;
        const int number = value->toInt(&ok);
        if (ok)
            settings.setValue(name, number);
    }
    return settings;
}

Result<void> SettingsService::setAidSettings(const AidSettings& settings)
{
    return setSettings(statusSettings(), settings);
}

Result<void> SettingsService::setSettings(const StatusSettings& status, const AidSettings& aid)
{
    if (auto valid = checkStatus(status); !valid)
        return valid;
    if (auto valid = checkAid(aid); !valid)
        return valid;
    Database& db = m_file.database();
    auto done = m_file.change([&]() -> Result<void> {
        SettingsRepository repo(db.connection());
        if (auto r = repo.setStatusSettings(status); !r)
            return r;
        return writeAid(repo, aid);
    });
    if (!done)
        return done;
    return {};
}

} // namespace carnet
