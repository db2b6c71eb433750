#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace carnet {

// Keeps the rows of a list of persons that match what the user typed, by the core's rule
// (rules/TextMatch.h: every word found in the label, case and accents ignored). The source
// rows give their label folded in SearchTextRole (PersonChoice::searchText); a row without it
// is matched on its display text. The order is the source's (the read side's).
class PersonMatchProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The roles of a person's row, in the switcher and the persons dialog.
    enum Role
    {
        PersonIdRole = Qt::UserRole, // QComboBox::findData's default role
        SearchTextRole = Qt::UserRole + 1,
        DueCountRole, // int: the person's agenda items
        ArchivedRole, // bool
    };

    explicit PersonMatchProxyModel(QObject* parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString& query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_query;
    QStringList m_words;
};

} // namespace carnet
