#include "sessions/SessionFilterProxyModel.h"

#include "sessions/SessionTableModel.h"

namespace carnet {

SessionFilterProxyModel::SessionFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SessionTableModel::SortRole);
}

void SessionFilterProxyModel::setCoverage(Coverage coverage)
{
    if (coverage == m_coverage)
        return;
    m_coverage = coverage;
    invalidateFilter();
}

void SessionFilterProxyModel::setText(const QString& text)
{
    setFilterFixedString(text.trimmed());
}

bool SessionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_coverage != Coverage::All) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const bool covered = index.data(SessionTableModel::CoveredRole).toBool();
        if (covered != (m_coverage == Coverage::Covered))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace carnet
