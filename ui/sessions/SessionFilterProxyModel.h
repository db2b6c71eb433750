#pragma once

#include <QSortFilterProxyModel>

namespace carnet {

// Sorts the session table and filters it by free text (any column) and by coverage.
class SessionFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Coverage
    {
        All,
        Covered,
        NotCovered,
    };

    explicit SessionFilterProxyModel(QObject* parent = nullptr);

    Coverage coverage() const { return m_coverage; }
    void setCoverage(Coverage coverage);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Coverage m_coverage = Coverage::All;
};

} // namespace carnet
