#include "store/SqlSupport.h"

#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <atomic>
#include <memory>

namespace carnet::SqlSupport {

namespace {
std::atomic<qint64> s_statements{0};

// Prepared INSERT statements, per connection, by SQL text. An import or the benchmark's
// generator inserts tens of thousands of rows of a few shapes: parsing each statement anew
// took a third of the time. Only INSERTs are kept: they return no rows, so a caller never
// holds a result set that the next run would reset. Database forgets its connection's
// statements before closing it (forgetConnection).
QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>& preparedInserts()
{
    static QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> cache;
    return cache;
}

QVariant bindable(const QVariant& value)
{
    // Qt binds a null QString as SQL NULL: text is never NULL in the schema, "" is meant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

// Runs an INSERT through the connection's prepared statement for `sql`; the new row's id.
Result<qint64> runInsert(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QHash<QString, std::shared_ptr<QSqlQuery>>& prepared = preparedInserts()[db.connectionName()];
    std::shared_ptr<QSqlQuery> query = prepared.value(sql);
    if (!query) {
        query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return SqliteDialect::errorFrom(query->lastError());
        prepared.insert(sql, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), bindable(values.at(i)));
    ++s_statements;
    if (!query->exec()) {
        const Error error = SqliteDialect::errorFrom(query->lastError());
        prepared.remove(sql);
        return error;
    }
    return query->lastInsertId().toLongLong();
}
} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return SqliteDialect::errorFrom(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    ++s_statements;
    if (!query.exec())
        return SqliteDialect::errorFrom(query.lastError());
    return query;
}

void forgetConnection(const QString& connectionName)
{
    preparedInserts().remove(connectionName);
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
    if (!query.value().next()) {
        if (query.value().lastError().isValid())
            return SqliteDialect::errorFrom(query.value().lastError());
        return QVariant();
    }
    return query.value().value(0);
}

qint64 lastInsertId(const QSqlQuery& query)
{
    return query.lastInsertId().toLongLong();
}

Result<qint64> insertRow(const QSqlDatabase& db, const QString& table, qint64 id,
                         const QStringList& columns, const QVariantList& values)
{
    QStringList names = columns;
    QVariantList bound = values;
    if (id != 0) {
        names.prepend(QStringLiteral("id"));
        bound.prepend(id);
    }
    auto inserted =
        runInsert(db,
                  QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(QStringLiteral(", ")), placeholders(bound.size())),
                  bound);
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

} // namespace carnet::SqlSupport
