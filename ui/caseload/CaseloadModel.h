#pragma once

#include "read/Agenda.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace carnet {

// The caseload's rows: every action due across persons and years (ReadSide::agenda), one row
// each, in the agenda's order (by urgency). setItems() brings in a newer agenda in place: the
// rows that stayed keep their place and selection, those done go, new ones come in.
class CaseloadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        TaskColumn,    // the kind, in plain words
        WhenColumn,    // how late, or how soon (sorts in the agenda's order)
        DueColumn,     // the due date
        AmountColumn,  // the money at stake
        DetailsColumn, // last: the agenda's sentence, takes the room left
        ColumnCount,
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally
        KindRole,                    // int (AgendaItem::Kind)
        PersonIdRole,                // qint64
        SearchRole,                  // the row's words, folded (TextMatch::fold)
        OverdueRole,                 // bool
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    // The agenda as of `today` (its order kept).
    void setItems(const QList<AgendaItem>& items, QDate today);
    void clear();

    const QList<AgendaItem>& items() const { return m_items; }
    const AgendaItem& item(int row) const { return m_items.at(row); }
    // The row of the item `key` (itemKey()) names, or -1.
    int rowOf(const QString& key) const;
    // What names an item across recomputations: its kind, person, year and subject.
    static QString itemKey(const AgendaItem& item);

    // The words of the rows and filters.
    static QString kindName(AgendaItem::Kind kind);               // "Late payments"
    static QString taskText(const AgendaItem& item);              // "Late payment (CPAM)"
    static QString whenText(const AgendaItem& item, QDate today); // "12 days late"

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString searchText(const AgendaItem& item) const;

    QList<AgendaItem> m_items;
    QList<QString> m_keys;   // itemKey() of each row
    QList<QString> m_search; // SearchRole of each row
    QDate m_today;
};

} // namespace carnet
