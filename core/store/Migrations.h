#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace carnet {

// The schema's history: numbered SQL files shipped as resources under :/carnet/migrations
// ("001_initial.sql", "002_aid_requests.sql"...). Version N is the schema after file N.
// A new schema version is a new file, listed in core/store/CMakeLists.txt; old files never change.
class Migrations final
{
public:
    Migrations() = delete;

    // The number of the last migration file (the version a new file gets).
    static int latestVersion();
    // The statements of migration `version`, in order; empty when there is no such file.
    static QStringList statements(int version);
    // Runs migrations from+1 .. latestVersion() on `db`, setting the version after each.
    // The caller wraps the call in one transaction.
    static Result<void> migrate(const QSqlDatabase& db, int from);

    // Splits an SQL script into statements at top-level semicolons, skipping comments and
    // keeping quoted text and trigger bodies (BEGIN ... END) whole.
    static QStringList splitStatements(const QString& script);
};

} // namespace carnet
