#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace carnet {

// Which sessions a bulk load is about: every session, one person's, one person's calendar
// year, or a list of ids. Repositories turn it into one SQL condition, so that loading the
// sessions, the sheets and the payments touching them takes one query each.
class SessionFilter final
{
public:
    static SessionFilter all();
    static SessionFilter person(qint64 personId);
    static SessionFilter personYear(qint64 personId, int year);
    static SessionFilter ids(const QList<qint64>& sessionIds);

    // A condition on the sessions table known as `alias` in the query, and its values.
    QString condition(const QString& alias) const;
    const QVariantList& values() const { return m_values; }

private:
    SessionFilter() = default;

    QString m_condition; // with %1 for the alias
    QVariantList m_values;
};

} // namespace carnet
