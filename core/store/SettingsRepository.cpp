#include "store/SettingsRepository.h"

#include "store/SqlSupport.h"

#include <array>

namespace carnet {

using namespace SqlSupport;

namespace {
struct IntSetting
{
    const char* key;
    int StatusSettings::*member;
};
constexpr std::array<IntSetting, 4> kStatusSettings{{
    {"status.paper_late_days", &StatusSettings::paperLateDays},
    {"status.electronic_late_days", &StatusSettings::electronicLateDays},
    {"status.mutuelle_late_days", &StatusSettings::mutuelleLateDays},
    {"status.claim_deadline_warn_days", &StatusSettings::sendingDeadlineWarnDays},
}};
} // namespace

Result<std::optional<QString>> SettingsRepository::value(const QString& key) const
{
    auto rows = run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<QString>();
    return std::optional<QString>(rows.value().value(0).toString());
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    // DELETE then INSERT: portable (no UPSERT dialects), inside the caller's transaction.
    if (auto r = removeValue(key); !r)
        return r;
    return exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                {key, value});
}

Result<void> SettingsRepository::removeValue(const QString& key)
{
    return exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    auto rows = run(m_db, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!rows)
        return rows.error();
    QMap<QString, QString> map;
    while (rows.value().next())
        map.insert(rows.value().value(0).toString(), rows.value().value(1).toString());
    return map;
}

Result<QMap<QString, QString>> SettingsRepository::withPrefix(const QString& prefix) const
{
    auto rows = run(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ?"),
                    {prefix + QLatin1Char('%')});
    if (!rows)
        return rows.error();
    QMap<QString, QString> map;
    while (rows.value().next()) {
        const QString key = rows.value().value(0).toString();
        if (key.startsWith(prefix)) // LIKE also takes '_' as any character
            map.insert(key, rows.value().value(1).toString());
    }
    return map;
}

Result<StatusSettings> SettingsRepository::statusSettings() const
{
    auto rows = run(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ?"),
                    {QStringLiteral("status.%")});
    if (!rows)
        return rows.error();
    StatusSettings settings;
    Rows& q = rows.value();
    while (q.next()) {
        const QString key = q.value(0).toString();
        for (const IntSetting& setting : kStatusSettings) {
            if (key != QLatin1String(setting.key))
                continue;
            bool ok = false;
            const int number = q.value(1).toString().toInt(&ok);
            if (!ok)
                return badValue(QStringLiteral("settings"), key);
            settings.*setting.member = number;
        }
    }
    return settings;
}

Result<void> SettingsRepository::setStatusSettings(const StatusSettings& settings)
{
    for (const IntSetting& setting : kStatusSettings) {
        if (auto r =
                setValue(QLatin1String(setting.key), QString::number(settings.*setting.member));
            !r)
            return r;
    }
    return {};
}

} // namespace carnet
