#include "store/SessionFilter.h"

#include "store/SqlSupport.h"

#include <QDate>

namespace carnet {

SessionFilter SessionFilter::all()
{
    SessionFilter filter;
    filter.m_condition = QStringLiteral("1 = 1");
    return filter;
}

SessionFilter SessionFilter::person(qint64 personId)
{
    SessionFilter filter;
    filter.m_condition = QStringLiteral("%1.person_id = ?");
    filter.m_values = {personId};
    return filter;
}

SessionFilter SessionFilter::personYear(qint64 personId, int year)
{
    SessionFilter filter;
    filter.m_condition = QStringLiteral("%1.person_id = ? AND %1.date >= ? AND %1.date <= ?");
    filter.m_values = {personId, SqlSupport::fromDate(QDate(year, 1, 1)),
                       SqlSupport::fromDate(QDate(year, 12, 31))};
    return filter;
}

SessionFilter SessionFilter::ids(const QList<qint64>& sessionIds)
{
    SessionFilter filter;
    if (sessionIds.isEmpty()) {
        filter.m_condition = QStringLiteral("1 = 0");
        return filter;
    }
    filter.m_condition = QStringLiteral("%1.id IN (") +
                         SqlSupport::placeholders(sessionIds.size()) + QLatin1Char(')');
    for (qint64 id : sessionIds)
        filter.m_values.append(id);
    return filter;
}

QString SessionFilter::condition(const QString& alias) const
{
    QString text = m_condition;
    text.replace(QLatin1String("%1"), alias);
    return text;
}

} // namespace carnet
