#pragma once

#include "model/Money.h"
#include "model/Payment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace carnet {

// The sessions a payment may pay, one row each: whether it pays that session (a check box),
// what the payer still owes for it (from the core) and the share of the payment given to it
// (editable, in euros). The dialog fills owed amounts and proposed shares; the user ticks rows
// and edits shares.
class SplitTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SessionColumn,
        SheetColumn,
        OwedColumn,
        ShareColumn,
        ColumnCount,
    };

    enum Role
    {
        SessionIdRole = Qt::UserRole + 1, // qint64
        CentsRole,                        // the owed or share amount, in cents
    };

    struct Row
    {
        qint64 sessionId = 0;
        QDate date;
        QString label; // date and kind, as shown
        QString sheet; // the care sheet it is on, as shown
        Cents owedCents = 0;
        bool included = false;
        Cents shareCents = 0;
    };

    explicit SplitTableModel(QObject* parent = nullptr);

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    int rowOf(qint64 sessionId) const;

    // What the payer owes each session (sessions absent owe nothing).
    void setOwed(const QHash<qint64, Cents>& owed);
    // Ticks exactly these sessions (shares of the others go to zero).
    void setIncluded(const QList<qint64>& sessionIds);
    // Sets the shares of the ticked rows: those listed get their amount, the others zero.
    void setShares(const QList<PaymentShare>& shares);

    QList<qint64> includedSessions() const;
    // The nonzero shares of the ticked rows, in row order.
    QList<PaymentShare> shares() const;
    Cents total() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The user ticked or unticked a session.
    void includedEdited();
    // The user typed a share.
    void shareEdited();

private:
    void emitRowChanged(int row);

    QList<Row> m_rows;
};

} // namespace carnet
