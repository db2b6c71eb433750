#include "persons/PersonMatchProxyModel.h"

#include "rules/TextMatch.h"

namespace carnet {

PersonMatchProxyModel::PersonMatchProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void PersonMatchProxyModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_words = TextMatch::words(query);
    invalidateFilter();
}

bool PersonMatchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    QString text = index.data(SearchTextRole).toString();
    if (text.isEmpty())
        text = TextMatch::fold(index.data(Qt::DisplayRole).toString());
    return TextMatch::matchesFolded(text, m_words);
}

} // namespace carnet
