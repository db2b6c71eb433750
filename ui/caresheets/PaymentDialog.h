#pragma once

#include "caresheets/CareSheetsSnapshot.h"
#include "model/Payment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace carnet {

class CarnetFile;
class SplitTableModel;

// "Record a payment": who paid (CPAM, mutuelle, other), when, how much, its reference, and
// how it splits over the sessions it pays. The split is proposed by the core
// (CarnetFile::proposeSplit: what each ticked session is still owed, oldest first) and
// proposed again when the amount, the payer or the ticked sessions change; each share can be
// edited. OK stays disabled until the shares add up to the amount, and a sentence says by
// how much they differ. The page records the payment through an undoable command.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(const CarnetFile& service, const CareSheetsSnapshot& snapshot,
                  QWidget* parent = nullptr);
    ~PaymentDialog() override;

    // Pre-fills the dialog for one sheet: its sessions ticked, the payer, and as amount what
    // that payer still owes for them.
    void preset(qint64 sheetId, Payer payer);

    // The payment the form describes (no id); zero amount when unreadable.
    Payment payment() const;
    SplitTableModel* splitModel() const { return m_model; }

private:
    Payer payer() const;
    void setSessions(QList<qint64> sessionIds);
    void payerChanged();
    void propose();
    void validate();

    const CarnetFile& m_file;
    CareSheetsSnapshot m_snapshot;
    bool m_ticksTouched = false;

    QComboBox* m_payer = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reference = nullptr;
    QTableView* m_table = nullptr;
    SplitTableModel* m_model = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace carnet
