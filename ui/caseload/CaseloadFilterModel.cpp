#include "caseload/CaseloadFilterModel.h"

#include "caseload/CaseloadModel.h"
#include "rules/TextMatch.h"

namespace carnet {

CaseloadFilterModel::CaseloadFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseloadFilterModel::setKinds(const QList<AgendaItem::Kind>& kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
}

void CaseloadFilterModel::setPersonId(qint64 personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    invalidateRowsFilter();
}

void CaseloadFilterModel::setText(const QString& text)
{
    const QStringList words = TextMatch::words(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool CaseloadFilterModel::isFiltered() const
{
    return !m_kinds.isEmpty() || m_personId != 0 || !m_words.isEmpty();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kinds.isEmpty() &&
        !m_kinds.contains(AgendaItem::Kind(index.data(CaseloadModel::KindRole).toInt())))
        return false;
    if (m_personId != 0 && index.data(CaseloadModel::PersonIdRole).toLongLong() != m_personId)
        return false;
    return m_words.isEmpty() ||
           TextMatch::matchesFolded(index.data(CaseloadModel::SearchRole).toString(), m_words);
}

} // namespace carnet
