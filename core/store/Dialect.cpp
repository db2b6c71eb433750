#include "store/Dialect.h"

#include "store/SqliteDialect.h"

namespace carnet {

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    static const SqliteDialect sqlite;
    // SQLite is the only dialect so far: a sibling (QPSQL) is chosen here by db.driverName().
    // An invalid connection (closed, removed) has no driver; its errors are read as SQLite's.
    Q_ASSERT(!db.isValid() || db.driverName() == SqliteDialect::driverName());
    return sqlite;
}

} // namespace carnet
