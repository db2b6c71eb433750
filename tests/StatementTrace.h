#pragma once

// Counts the SQL statements a connection runs, at the SQLite level (sqlite3_trace_v2 on the
// handle behind QSqlDatabase): every statement counts, also one that bypasses
// SqlSupport::run. For the tests that keep N+1 queries out (TestQueryCount, TestDashboardQueries).

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

namespace carnet::test {

class StatementTrace final
{
public:
    explicit StatementTrace(const QSqlDatabase& db)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(handle.constData());
        if (m_handle)
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementTrace::traced, this);
    }
    ~StatementTrace()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    bool isValid() const { return m_handle != nullptr; }
    int count() const { return int(m_statements.size()); }
    const QStringList& statements() const { return m_statements; }
    void reset() { m_statements.clear(); }

private:
    static int traced(unsigned type, void* context, void* statement, void* /*sql*/)
    {
        if (type == SQLITE_TRACE_STMT) {
            auto* self = static_cast<StatementTrace*>(context);
            const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
            self->m_statements.append(QString::fromUtf8(sql ? sql : ""));
        }
        return 0;
    }

    sqlite3* m_handle = nullptr;
    QStringList m_statements;
};

} // namespace carnet::test
