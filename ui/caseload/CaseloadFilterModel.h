#pragma once

#include "read/Agenda.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace carnet {

// Sorts the caseload (CaseloadModel) and keeps the rows a volunteer asks for: some kinds, one
// person, and the rows whose person, task or sentence hold every word typed, accents and case
// ignored (TextMatch).
class CaseloadFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseloadFilterModel(QObject* parent = nullptr);

    // Empty: every kind.
    void setKinds(const QList<AgendaItem::Kind>& kinds);
    // 0: every person.
    void setPersonId(qint64 personId);
    void setText(const QString& text);

    const QList<AgendaItem::Kind>& kinds() const { return m_kinds; }
    qint64 personId() const { return m_personId; }
    // Whether a filter hides rows (some kinds, a person, some words).
    bool isFiltered() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QList<AgendaItem::Kind> m_kinds;
    qint64 m_personId = 0;
    QStringList m_words; // folded (TextMatch::words)
};

} // namespace carnet
