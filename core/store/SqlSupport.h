#pragma once

#include "model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <optional>

namespace carnet {

// Small helpers every repository uses: prepared statements with bound values, and the
// column formats of the schema (ISO dates, NULL for "none", 0/1 booleans).
namespace SqlSupport {

struct PreparedQuery;

// The rows of a statement `run` executed, read forward only. A SELECT runs through the
// connection's statement prepared once for its SQL text (see forgetConnection): Rows leases
// it and resets it when destroyed (or by finish()), so that a statement never stays open
// holding a read snapshot (WAL checkpoints, closing). Move-only.
class Rows
{
public:
    explicit Rows(QSqlQuery query);
    explicit Rows(std::shared_ptr<PreparedQuery> leased);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&& other) noexcept;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    ~Rows();

    bool next() { return query() && query()->next(); }
    QVariant value(int column) const { return query() ? query()->value(column) : QVariant(); }
    QSqlError lastError() const { return query() ? query()->lastError() : QSqlError(); }
    int numRowsAffected() const { return query() ? query()->numRowsAffected() : -1; }
    // Resets the statement now (no more rows are read); the destructor does it anyway.
    void finish();

    // The statement, or null after finish().
    QSqlQuery* query();
    const QSqlQuery* query() const;

private:
    std::optional<QSqlQuery> m_own;
    std::shared_ptr<PreparedQuery> m_leased;
};

// Prepares `sql` (a SELECT: once per connection), binds `values` in order and runs it,
// forward-only.
Result<Rows> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// Same, for a statement whose rows are not read. An INSERT is prepared once per connection
// and reused (see forgetConnection).
Result<void> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// The first column of the first row, or a null QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql,
                        const QVariantList& values = {});
// INSERT INTO `table` (columns) VALUES (values), with `id` first when nonzero (a re-insert
// keeps its id); returns the row's id.
Result<qint64> insertRow(const QSqlDatabase& db, const QString& table, qint64 id,
                         const QStringList& columns, const QVariantList& values);
// Runs an UPDATE or DELETE and fails with NotFound (naming `field`) when it touched no row.
Result<void> execOne(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                     const QString& field);
// An error for a stored value that cannot be read back (an unknown key, a bad date).
Error badValue(const QString& table, const QString& column);

// How many statements `run` has executed in this process (to check bulk loading).
qint64 statementCount();

// Drops the prepared statements kept for a connection (INSERTs and SELECTs); call before
// closing it.
void forgetConnection(const QString& connectionName);

QVariant fromDate(QDate date);                    // NULL when invalid
QDate toDate(const QVariant& value);              // invalid when NULL
QVariant fromDateTime(const QDateTime& dateTime); // UTC, ISO 8601 with milliseconds
QDateTime toDateTime(const QVariant& value);
QVariant fromId(qint64 id);         // NULL for 0 ("none")
qint64 toId(const QVariant& value); // 0 for NULL

// "?, ?, ?" with `count` placeholders.
QString placeholders(qsizetype count);
// "CASE column WHEN 'key0' THEN 0 WHEN 'key1' THEN 1 ... ELSE -1 END": a key column read as
// its position in `keys` (the schema's own ASCII keys). For the bulk reads of the rules: an
// integer costs far less than text to read through QtSql.
QString keyPosition(const QString& column, const QStringList& keys);

} // namespace SqlSupport
} // namespace carnet
