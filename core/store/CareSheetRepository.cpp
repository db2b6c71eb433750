#include "store/CareSheetRepository.h"

#include "store/Dialect.h"
#include "store/SqlSupport.h"

#include <QHash>

namespace carnet {

using namespace SqlSupport;

namespace {
// Runs `sql` (rows of sheet_id, session_id in the sheets' order) and appends each session to
// its sheet in `list`, found through `index` (sheet id -> position).
Result<void> attachSessions(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                            const QHash<qint64, qsizetype>& index, QList<CareSheet>& list)
{
    auto links = run(db, sql, values);
    if (!links)
        return links.error();
    Rows& l = links.value();
    while (l.next()) {
        const auto at = index.constFind(l.value(0).toLongLong());
        if (at != index.cend())
            list[*at].sessionIds.append(l.value(1).toLongLong());
    }
    return {};
}
} // namespace

Result<qint64> CareSheetRepository::insert(const CareSheet& sheet)
{
    auto id = insertRow(
        m_db, QStringLiteral("care_sheets"), sheet.id,
        {QStringLiteral("person_id"), QStringLiteral("issued"), QStringLiteral("sent"),
         QStringLiteral("electronic")},
        {sheet.personId, fromDate(sheet.issued), fromDate(sheet.sent), sheet.electronic ? 1 : 0});
    if (!id)
        return id;
    for (qsizetype i = 0; i < sheet.sessionIds.size(); ++i) {
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO sheet_sessions (sheet_id, position, "
                                         "session_id) VALUES (?, ?, ?)"),
                          {*id, qint64(i), sheet.sessionIds.at(i)});
            !r)
            return r.error();
    }
    return id;
}

Result<void> CareSheetRepository::setSent(qint64 sheetId, QDate sent)
{
    return execOne(m_db, QStringLiteral("UPDATE care_sheets SET sent = ? WHERE id = ?"),
                   {fromDate(sent), sheetId}, QStringLiteral("sheet_id"));
}

Result<void> CareSheetRepository::remove(qint64 sheetId)
{
    if (auto r =
            exec(m_db, QStringLiteral("DELETE FROM sheet_sessions WHERE sheet_id = ?"), {sheetId});
        !r)
        return r;
    return execOne(m_db, QStringLiteral("DELETE FROM care_sheets WHERE id = ?"), {sheetId},
                   QStringLiteral("sheet_id"));
}

Result<std::optional<CareSheet>> CareSheetRepository::find(qint64 sheetId) const
{
    auto list = load(QStringLiteral("%1.id = ?"), {sheetId}, QStringLiteral("cs.id"));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<CareSheet>();
    return std::optional<CareSheet>(list->constFirst());
}

Result<QList<CareSheet>> CareSheetRepository::forPerson(qint64 personId) const
{
    return load(QStringLiteral("%1.person_id = ?"), {personId}, QStringLiteral("cs.issued, cs.id"));
}

Result<QList<CareSheet>> CareSheetRepository::touching(const SessionFilter& filter) const
{
    return load(QStringLiteral("%1.id IN (SELECT ts.sheet_id FROM sheet_sessions ts JOIN sessions "
                               "s ON s.id = ts.session_id WHERE ") +
                    filter.condition(QStringLiteral("s")) + QLatin1Char(')'),
                filter.values(), QStringLiteral("cs.id"));
}

Result<QList<CareSheet>> CareSheetRepository::all() const
{
    return load(QStringLiteral("1 = 1"), {}, QStringLiteral("cs.id"));
}

Result<QList<CareSheet>> CareSheetRepository::allForRules() const
{
    // Dates as Julian day numbers: Qt's reading costs mostly per value, text the most.
    const Dialect& dialect = Dialect::of(m_db);
    auto rows = run(m_db, QStringLiteral("SELECT cs.id, cs.person_id, ") +
                              dialect.dayNumber(QStringLiteral("cs.issued")) +
                              QStringLiteral(", ") + dialect.dayNumber(QStringLiteral("cs.sent")) +
                              QStringLiteral(", cs.electronic FROM care_sheets cs"));
    if (!rows)
        return rows.error();
    QList<CareSheet> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        CareSheet sheet;
        sheet.id = q.value(0).toLongLong();
        sheet.personId = q.value(1).toLongLong();
        if (const QVariant day = q.value(2); !day.isNull())
            sheet.issued = QDate::fromJulianDay(day.toLongLong());
        if (const QVariant day = q.value(3); !day.isNull())
            sheet.sent = QDate::fromJulianDay(day.toLongLong());
        sheet.electronic = q.value(4).toInt() != 0;
        index.insert(sheet.id, list.size());
        list.append(sheet);
    }
    if (list.isEmpty())
        return list;
    if (auto r = attachSessions(m_db,
                                QStringLiteral("SELECT ss.sheet_id, ss.session_id FROM "
                                               "sheet_sessions ss ORDER BY ss.sheet_id, "
                                               "ss.position"),
                                {}, index, list);
        !r)
        return r.error();
    return list;
}

Result<qint64> CareSheetRepository::sheetOfSession(qint64 sessionId) const
{
    auto value =
        scalar(m_db, QStringLiteral("SELECT sheet_id FROM sheet_sessions WHERE session_id = ?"),
               {sessionId});
    if (!value)
        return value.error();
    return toId(*value);
}

Result<bool> CareSheetRepository::hasPaidSessions(qint64 sheetId) const
{
    auto value = scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM payment_shares ps JOIN sheet_sessions "
                                       "ss ON ss.session_id = ps.session_id WHERE ss.sheet_id = ?"),
                        {sheetId});
    if (!value)
        return value.error();
    return value->toLongLong() > 0;
}

Result<QList<CareSheet>> CareSheetRepository::load(const QString& sheetCondition,
                                                   const QVariantList& values,
                                                   const QString& order) const
{
    QString condition = sheetCondition;
    condition.replace(QLatin1String("%1"), QLatin1String("cs"));
    // Both queries select the same sheets: the condition is repeated in the second.
    auto rows = run(m_db,
                    QStringLiteral("SELECT cs.id, cs.person_id, cs.issued, cs.sent, cs.electronic "
                                   "FROM care_sheets cs WHERE ") +
                        condition + QStringLiteral(" ORDER BY ") + order,
                    values);
    if (!rows)
        return rows.error();
    QList<CareSheet> list;
    QHash<qint64, qsizetype> index;
    Rows& q = rows.value();
    while (q.next()) {
        CareSheet sheet;
        sheet.id = q.value(0).toLongLong();
        sheet.personId = q.value(1).toLongLong();
        sheet.issued = toDate(q.value(2));
        sheet.sent = toDate(q.value(3));
        sheet.electronic = q.value(4).toInt() != 0;
        index.insert(sheet.id, list.size());
        list.append(sheet);
    }
    if (list.isEmpty())
        return list;
    if (auto r = attachSessions(
            m_db,
            QStringLiteral("SELECT ss.sheet_id, ss.session_id FROM sheet_sessions ss "
                           "WHERE ss.sheet_id IN (SELECT cs.id FROM care_sheets cs WHERE ") +
                condition + QStringLiteral(") ORDER BY ss.sheet_id, ss.position"),
            values, index, list);
        !r)
        return r.error();
    return list;
}

} // namespace carnet
