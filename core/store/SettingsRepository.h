#pragma once

#include "model/Result.h"
#include "rules/CarePathRules.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace carnet {

// Per-file settings as key/value text (table settings); StatusSettings is stored under the
// keys "status.paper_late_days", "status.electronic_late_days", "status.mutuelle_late_days"
// and "status.claim_deadline_warn_days". A missing key takes the default.
class SettingsRepository final
{
public:
    explicit SettingsRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<std::optional<QString>> value(const QString& key) const;
    Result<void> setValue(const QString& key, const QString& value);
    Result<void> removeValue(const QString& key);
    // Every stored key and value (what an export carries).
    Result<QMap<QString, QString>> all() const;
    // The keys starting with `prefix` ("aid."), with their values, in one query.
    Result<QMap<QString, QString>> withPrefix(const QString& prefix) const;

    Result<StatusSettings> statusSettings() const;
    Result<void> setStatusSettings(const StatusSettings& settings);

private:
    QSqlDatabase m_db;
};

} // namespace carnet
