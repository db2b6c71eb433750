#include "store/SqlSupport.h"

#include "store/Dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <atomic>
#include <memory>

namespace carnet::SqlSupport {

struct PreparedQuery
{
    QSqlQuery query;
    bool leased = false; // a Rows is reading it
};

namespace {
std::atomic<qint64> s_statements{0};

using Prepared = QHash<QString, std::shared_ptr<PreparedQuery>>;

// Prepared statements, per connection, by SQL text. An import or the benchmark's generator
// inserts tens of thousands of rows of a few shapes, and a yearly status runs a dozen
// SELECTs: parsing each statement anew took a third of the time. An INSERT returns no rows;
// a SELECT is leased to one Rows at a time (a nested run of the same text, while the outer
// one still reads, gets a statement of its own) and reset when that Rows is done. Database
// forgets its connection's statements before closing it (forgetConnection).
QHash<QString, Prepared>& preparedStatements()
{
    thread_local QHash<QString, Prepared> cache; // a connection lives on one thread
    return cache;
}

QVariant bindable(const QVariant& value)
{
    // Qt binds a null QString as SQL NULL: text is never NULL in the schema, "" is meant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

// The connection's prepared statement for `sql`, prepared now if needed; null when the
// statement is leased (the caller then runs a statement of its own).
Result<std::shared_ptr<PreparedQuery>> prepared(const QSqlDatabase& db, const QString& sql)
{
    Prepared& statements = preparedStatements()[db.connectionName()];
    std::shared_ptr<PreparedQuery> statement = statements.value(sql);
    if (statement)
        return statement->leased ? nullptr : statement;
    statement = std::make_shared<PreparedQuery>(PreparedQuery{QSqlQuery(db), false});
    statement->query.setForwardOnly(true);
    if (!statement->query.prepare(sql))
        return Dialect::of(db).errorFrom(statement->query.lastError());
    statements.insert(sql, statement);
    return statement;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
}

// Runs an INSERT through the connection's prepared statement for `sql`, binding `first`
// (when valid) then `values`; the new row's id.
Result<qint64> runInsert(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                         const QVariant& first = {})
{
    auto statement = prepared(db, sql);
    if (!statement)
        return statement.error();
    QSqlQuery& query = statement.value()->query;
    int position = 0;
    if (first.isValid())
        query.bindValue(position++, first);
    for (const QVariant& value : values)
        query.bindValue(position++, bindable(value));
    ++s_statements;
    if (!query.exec()) {
        const Error error = Dialect::of(db).errorFrom(query.lastError());
        preparedStatements()[db.connectionName()].remove(sql);
        return error;
    }
    return query.lastInsertId().toLongLong();
}

bool isSelect(const QString& sql)
{
    return sql.startsWith(QLatin1String("SELECT ")) || sql.startsWith(QLatin1String("WITH "));
}
} // namespace

Rows::Rows(QSqlQuery query)
    : m_own(std::move(query))
{}

Rows::Rows(std::shared_ptr<PreparedQuery> leased)
    : m_leased(std::move(leased))
{
    m_leased->leased = true;
}

Rows::Rows(Rows&& other) noexcept
    : m_own(std::move(other.m_own))
    , m_leased(std::move(other.m_leased))
{
    other.m_own.reset();
    other.m_leased.reset();
}

Rows& Rows::operator=(Rows&& other) noexcept
{
    if (this != &other) {
        finish();
        m_own = std::move(other.m_own);
        m_leased = std::move(other.m_leased);
        other.m_own.reset();
        other.m_leased.reset();
    }
    return *this;
}

Rows::~Rows()
{
    finish();
}

void Rows::finish()
{
    if (m_leased) {
        m_leased->query.finish();
        m_leased->leased = false;
        m_leased.reset();
    }
    m_own.reset();
}

QSqlQuery* Rows::query()
{
    return m_leased ? &m_leased->query : m_own ? &*m_own : nullptr;
}

const QSqlQuery* Rows::query() const
{
    return m_leased ? &m_leased->query : m_own ? &*m_own : nullptr;
}

Result<Rows> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (isSelect(sql)) {
        auto statement = prepared(db, sql);
        if (!statement)
            return statement.error();
        if (statement.value()) {
            Rows rows(statement.value());
            QSqlQuery& query = *rows.query();
            bindAll(query, values);
            ++s_statements;
            if (!query.exec()) {
                const Error error = Dialect::of(db).errorFrom(query.lastError());
                rows.finish();
                preparedStatements()[db.connectionName()].remove(sql);
                return error;
            }
            return rows;
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Dialect::of(db).errorFrom(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    ++s_statements;
    if (!query.exec())
        return Dialect::of(db).errorFrom(query.lastError());
    return Rows(std::move(query));
}

void forgetConnection(const QString& connectionName)
{
    const Prepared statements = preparedStatements().take(connectionName);
    for (const auto& statement : statements)
        statement->query.finish();
}

Result<void> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (sql.startsWith(QLatin1String("INSERT "))) {
        auto inserted = runInsert(db, sql, values);
        if (!inserted)
            return inserted.error();
        return {};
    }
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    Rows& rows = query.value();
    if (!rows.next()) {
        if (rows.lastError().isValid())
            return Dialect::of(db).errorFrom(rows.lastError());
        return QVariant();
    }
    return rows.value(0); // rows resets the statement when it goes
}

Result<qint64> insertRow(const QSqlDatabase& db, const QString& table, qint64 id,
                         const QStringList& columns, const QVariantList& values)
{
    // Built by hand: an import runs this for every row, and the text is the cache's key.
    QString sql;
    sql.reserve(32 + table.size() + columns.size() * 16);
    sql += QLatin1String("INSERT INTO ");
    sql += table;
    sql += QLatin1String(" (");
    if (id != 0)
        sql += QLatin1String("id, ");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += columns.at(i);
    }
    sql += QLatin1String(") VALUES (");
    const qsizetype count = values.size() + (id != 0 ? 1 : 0);
    for (qsizetype i = 0; i < count; ++i)
        sql += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    sql += QLatin1Char(')');
    auto inserted = runInsert(db, sql, values, id != 0 ? QVariant(id) : QVariant());
    if (!inserted)
        return inserted.error();
    return id != 0 ? id : *inserted;
}

Result<void> execOne(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                     const QString& field)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (query.value().numRowsAffected() == 0) {
        return Error::notFound(
            field, QCoreApplication::translate("carnet::Database", "This entry no longer exists."));
    }
    return {};
}

Error badValue(const QString& table, const QString& column)
{
    return {Error::Kind::Damaged, column,
            QCoreApplication::translate("carnet::Database",
                                        "The file holds a value Carnet cannot read (%1.%2).")
                .arg(table, column)};
}

qint64 statementCount()
{
    return s_statements.load();
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant fromId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

qint64 toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

QString keyPosition(const QString& column, const QStringList& keys)
{
    QString text = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        Q_ASSERT(!keys.at(i).contains(QLatin1Char('\'')));
        text += QStringLiteral(" WHEN '%1' THEN %2").arg(keys.at(i)).arg(i);
    }
    return text + QStringLiteral(" ELSE -1 END");
}

} // namespace carnet::SqlSupport
