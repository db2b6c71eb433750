#pragma once

#include "model/CareSheet.h"
#include "model/Result.h"
#include "store/SessionFilter.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace carnet {

// Feuilles de soins and the sessions on them (tables care_sheets, sheet_sessions; a session
// is on at most one sheet).
class CareSheetRepository final
{
public:
    explicit CareSheetRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> insert(const CareSheet& sheet);    // keeps a nonzero id
    Result<void> setSent(qint64 sheetId, QDate sent); // a null date = not sent
    Result<void> remove(qint64 sheetId);
    Result<std::optional<CareSheet>> find(qint64 sheetId) const;
    Result<QList<CareSheet>> forPerson(qint64 personId) const; // by issue date, then id
    // The sheets holding at least one session of `filter`, with all their sessions (by id).
    Result<QList<CareSheet>> touching(const SessionFilter& filter) const;
    Result<QList<CareSheet>> all() const; // by id
    // The same, read fast for the rules (the all-persons agenda).
    Result<QList<CareSheet>> allForRules() const;
    // The sheet a session is on, 0 when none.
    Result<qint64> sheetOfSession(qint64 sessionId) const;
    // Whether a payment share pays one of the sheet's sessions.
    Result<bool> hasPaidSessions(qint64 sheetId) const;

private:
    Result<QList<CareSheet>> load(const QString& sheetCondition, const QVariantList& values,
                                  const QString& order) const;

    QSqlDatabase m_db;
};

} // namespace carnet
