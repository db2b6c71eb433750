#pragma once

#include "caresheets/CareSheetsSnapshot.h"
#include "model/Payment.h"
#include "shell/LazyPage.h"

#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace carnet {

class AppContext;

// "Get paid": for the current person and year, what to send (sessions with no feuille de
// soins yet, sheets not sent), the late payments (said in words), the care sheets with what
// the CPAM and the mutuelle still owe for each, and the payments received with their split
// over sessions. Creating and sending a sheet, recording and removing a payment, removing a
// sheet: each is an undoable command. Every figure comes from the core (CarnetFile).
class CareSheetsPage final : public LazyPage
{
    Q_OBJECT

public:
    explicit CareSheetsPage(AppContext& context, QWidget* parent = nullptr);

    // What is shown (tests read it), loaded first if the page was hidden when it changed.
    const CareSheetsSnapshot& snapshot()
    {
        ensureLoaded();
        return m_snapshot;
    }
    // The dialog opened by the last action, while it is open (tests fill it).
    QDialog* openDialog() const { return m_dialog; }

public slots:
    void refresh();
    // Opens the care sheet dialog for the sessions with no sheet.
    void createSheet();
    // Asks the date the selected sheet to send was sent, then marks it sent.
    void markSelectedSent();
    // Opens the payment dialog, pre-filled for a sheet's sessions and a payer when sheetId
    // is not 0.
    void recordPayment(qint64 sheetId, carnet::Payer payer);
    void recordNewPayment();
    void recordSelectedSheetPayment();
    void recordSelectedLatePayment();
    void removeSelectedSheet();
    void removeSelectedPayment();
    // Selects what an agenda item is about (the caseload opens it here): its sheet in the
    // table, and in "to send" or "late" as the case may be; sessions with no sheet: the button
    // that creates one. The person and year shown must be the item's.
    void showAgendaItem(const carnet::AgendaItem& item);

protected:
    void load() override;
    void updateStaleActions() override;

private:
    void fillToSend();
    void fillLate();
    void fillSheets();
    void fillPayments();
    void updateActions();
    bool canWrite() const;
    qint64 selectedSheet() const;
    qint64 selectedPayment() const;
    void showDialog(QDialog* dialog);

    AppContext& m_context;
    CareSheetsSnapshot m_snapshot;
    QPointer<QDialog> m_dialog;

    QLabel* m_summary = nullptr;
    QLabel* m_unsentSessions = nullptr;
    QPushButton* m_createButton = nullptr;
    QListWidget* m_toSend = nullptr;
    QPushButton* m_markSentButton = nullptr;
    QListWidget* m_late = nullptr;
    QLabel* m_noLate = nullptr;
    QPushButton* m_latePaymentButton = nullptr;
    QTableWidget* m_sheets = nullptr;
    QPushButton* m_sheetPaymentButton = nullptr;
    QPushButton* m_removeSheetButton = nullptr;
    QTableWidget* m_payments = nullptr;
    QPushButton* m_newPaymentButton = nullptr;
    QPushButton* m_removePaymentButton = nullptr;
    QAction* m_removeSheetAction = nullptr;
    QAction* m_removePaymentAction = nullptr;
};

} // namespace carnet
