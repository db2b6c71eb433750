#include "caresheets/CareSheetsPage.h"

#include "caresheets/NewCareSheetDialog.h"
#include "caresheets/PaymentDialog.h"
#include "commands/AddCareSheetCommand.h"
#include "commands/AddPaymentCommand.h"
#include "commands/MarkSheetSentCommand.h"
#include "commands/RemoveCareSheetCommand.h"
#include "commands/RemovePaymentCommand.h"
#include "dashboard/SendSheetDialog.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "sessions/CareLabels.h"
#include "shell/AppContext.h"
#include "shell/Emphasis.h"
#include "shell/MessageBox.h"
#include "shell/PageHeading.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace carnet {

namespace {

enum SheetColumn
{
    IssuedColumn,
    SentColumn,
    SessionsColumn,
    FormColumn,
    CpamOwesColumn,
    MutuelleOwesColumn,
    StatusColumn,
    SheetColumnCount,
};

enum PaymentColumn
{
    PaymentDateColumn,
    PayerColumn,
    AmountColumn,
    ReferenceColumn,
    PaysColumn,
    PaymentColumnCount,
};

QString payerSubject(Payer payer)
{
    switch (payer) {
    case Payer::Cpam:
        return QCoreApplication::translate("CareSheetsPage", "the CPAM");
    case Payer::Mutuelle:
        return QCoreApplication::translate("CareSheetsPage", "the mutuelle");
    case Payer::Other:
        return QCoreApplication::translate("CareSheetsPage", "another payer");
    }
    return {};
}

QTableWidgetItem* cell(const QString& text, bool rightAligned = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text); // the text of a column cut short
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (rightAligned)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// `stretch`: the column that takes the room the others leave (the one with the longest text,
// cut short rather than pushing the others behind a horizontal scroll bar).
QTableWidget* makeTable(const QString& objectName, const QString& accessibleName,
                        const QStringList& headers, int stretch, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setWordWrap(false);
    // (resizeColumnsToContents() leaves no section stretched: fillSheets() and fillPayments()
    // set it again.)
    return table;
}

void markLate(QTableWidget* table, int row)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem* item = table->item(row, c);
        if (!item)
            continue;
        Emphasis::markLate(item, table->palette());
    }
}

} // namespace

CareSheetsPage::CareSheetsPage(AppContext& context, QWidget* parent)
    : LazyPage(context, parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("claimsPage"));
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(makePageHeading(tr("Care sheets and payments"), this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("claimsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* top = new QHBoxLayout;
    layout->addLayout(top);

    // To send
    auto* toSendBox = new QGroupBox(tr("To send"), this);
    toSendBox->setObjectName(QStringLiteral("toSendBox"));
    auto* toSendLayout = new QVBoxLayout(toSendBox);
    m_unsentSessions = new QLabel(toSendBox);
    m_unsentSessions->setObjectName(QStringLiteral("unsentSessionsLabel"));
    m_unsentSessions->setWordWrap(true);
    toSendLayout->addWidget(m_unsentSessions);
    m_createButton = new QPushButton(tr("&Create a care sheet…"), toSendBox);
    m_createButton->setObjectName(QStringLiteral("createSheetButton"));
    m_createButton->setAccessibleName(tr("Create a care sheet"));
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_createButton);
    createRow->addStretch(1);
    toSendLayout->addLayout(createRow);
    auto* toSendLabel = new QLabel(tr("Care sheets not sent yet:"), toSendBox);
    toSendLayout->addWidget(toSendLabel);
    m_toSend = new QListWidget(toSendBox);
    m_toSend->setObjectName(QStringLiteral("sheetsToSendList"));
    m_toSend->setAccessibleName(tr("Care sheets not sent yet"));
    m_toSend->setMaximumHeight(100);
    toSendLabel->setBuddy(m_toSend);
    toSendLayout->addWidget(m_toSend);
    m_markSentButton = new QPushButton(tr("&Mark as sent…"), toSendBox);
    m_markSentButton->setObjectName(QStringLiteral("markSentButton"));
    m_markSentButton->setAccessibleName(tr("Mark the selected care sheet as sent"));
    auto* sentRow = new QHBoxLayout;
    sentRow->addWidget(m_markSentButton);
    sentRow->addStretch(1);
    toSendLayout->addLayout(sentRow);
    top->addWidget(toSendBox, 1);

    // Late
    auto* lateBox = new QGroupBox(tr("Late payments"), this);
    lateBox->setObjectName(QStringLiteral("claimsLateBox"));
    auto* lateLayout = new QVBoxLayout(lateBox);
    m_late = new QListWidget(lateBox);
    m_late->setObjectName(QStringLiteral("claimsLateList"));
    m_late->setAccessibleName(tr("Late payments"));
    m_late->setWordWrap(true);
    m_late->setMaximumHeight(140);
    lateLayout->addWidget(m_late);
    m_noLate = new QLabel(tr("No late payment."), lateBox);
    m_noLate->setObjectName(QStringLiteral("claimsNoLateLabel"));
    lateLayout->addWidget(m_noLate);
    m_latePaymentButton = new QPushButton(tr("Record the &late payment…"), lateBox);
    m_latePaymentButton->setObjectName(QStringLiteral("recordLatePaymentButton"));
    m_latePaymentButton->setAccessibleName(tr("Record the selected late payment"));
    auto* lateRow = new QHBoxLayout;
    lateRow->addWidget(m_latePaymentButton);
    lateRow->addStretch(1);
    lateLayout->addLayout(lateRow);
    lateLayout->addStretch(1);
    top->addWidget(lateBox, 1);

    // Care sheets
    auto* sheetsLabel = new QLabel(tr("Care &sheets:"), this);
    sheetsLabel->setFont([&] {
        QFont f = sheetsLabel->font();
        f.setBold(true);
        return f;
    }());
    layout->addWidget(sheetsLabel);
    m_sheets = makeTable(QStringLiteral("sheetsTable"), tr("Care sheets"),
                         {tr("Issued"), tr("Sent"), tr("Sessions"), tr("Form"),
                          tr("CPAM still owes"), tr("Mutuelle still owes"), tr("Status")},
                         SessionsColumn, this);
    sheetsLabel->setBuddy(m_sheets);
    layout->addWidget(m_sheets, 1);
    auto* sheetButtons = new QHBoxLayout;
    m_sheetPaymentButton = new QPushButton(tr("Record a payment for this s&heet…"), this);
    m_sheetPaymentButton->setObjectName(QStringLiteral("recordSheetPaymentButton"));
    m_sheetPaymentButton->setAccessibleName(tr("Record a payment for the selected care sheet"));
    m_removeSheetButton = new QPushButton(tr("Remo&ve the sheet…"), this);
    m_removeSheetButton->setObjectName(QStringLiteral("removeSheetButton"));
    m_removeSheetButton->setAccessibleName(tr("Remove the selected care sheet"));
    sheetButtons->addWidget(m_sheetPaymentButton);
    sheetButtons->addWidget(m_removeSheetButton);
    sheetButtons->addStretch(1);
    layout->addLayout(sheetButtons);

    // Payments
    auto* paymentsLabel = new QLabel(tr("Pa&yments received:"), this);
    paymentsLabel->setFont(sheetsLabel->font());
    layout->addWidget(paymentsLabel);
    m_payments = makeTable(
        QStringLiteral("paymentsTable"), tr("Payments received"),
        {tr("Received on"), tr("From"), tr("Amount"), tr("Reference"), tr("Sessions paid")},
        PaysColumn, this);
    paymentsLabel->setBuddy(m_payments);
    layout->addWidget(m_payments, 1);
    auto* paymentButtons = new QHBoxLayout;
    m_newPaymentButton = new QPushButton(tr("&Record a payment…"), this);
    m_newPaymentButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_newPaymentButton->setAccessibleName(tr("Record a payment"));
    m_removePaymentButton = new QPushButton(tr("Remove the &payment…"), this);
    m_removePaymentButton->setObjectName(QStringLiteral("removePaymentButton"));
    m_removePaymentButton->setAccessibleName(tr("Remove the selected payment"));
    paymentButtons->addWidget(m_newPaymentButton);
    paymentButtons->addWidget(m_removePaymentButton);
    paymentButtons->addStretch(1);
    layout->addLayout(paymentButtons);

    m_removeSheetAction = new QAction(tr("Remove care sheet"), this);
    m_removeSheetAction->setShortcut(QKeySequence::Delete);
    m_removeSheetAction->setShortcutContext(Qt::WidgetShortcut);
    m_sheets->addAction(m_removeSheetAction);
    m_removePaymentAction = new QAction(tr("Remove payment"), this);
    m_removePaymentAction->setShortcut(QKeySequence::Delete);
    m_removePaymentAction->setShortcutContext(Qt::WidgetShortcut);
    m_payments->addAction(m_removePaymentAction);

    connect(m_createButton, &QPushButton::clicked, this, &CareSheetsPage::createSheet);
    connect(m_markSentButton, &QPushButton::clicked, this, &CareSheetsPage::markSelectedSent);
    connect(m_toSend, &QListWidget::itemActivated, this, &CareSheetsPage::markSelectedSent);
    connect(m_latePaymentButton, &QPushButton::clicked, this,
            &CareSheetsPage::recordSelectedLatePayment);
    connect(m_late, &QListWidget::itemActivated, this, &CareSheetsPage::recordSelectedLatePayment);
    connect(m_sheetPaymentButton, &QPushButton::clicked, this,
            &CareSheetsPage::recordSelectedSheetPayment);
    connect(m_removeSheetButton, &QPushButton::clicked, this, &CareSheetsPage::removeSelectedSheet);
    connect(m_removeSheetAction, &QAction::triggered, this, &CareSheetsPage::removeSelectedSheet);
    connect(m_newPaymentButton, &QPushButton::clicked, this, &CareSheetsPage::recordNewPayment);
    connect(m_removePaymentButton, &QPushButton::clicked, this,
            &CareSheetsPage::removeSelectedPayment);
    connect(m_removePaymentAction, &QAction::triggered, this,
            &CareSheetsPage::removeSelectedPayment);
    connect(m_toSend, &QListWidget::currentRowChanged, this, &CareSheetsPage::updateActions);
    connect(m_late, &QListWidget::currentRowChanged, this, &CareSheetsPage::updateActions);
    connect(m_sheets, &QTableWidget::itemSelectionChanged, this, &CareSheetsPage::updateActions);
    connect(m_payments, &QTableWidget::itemSelectionChanged, this, &CareSheetsPage::updateActions);

    connect(&m_context, &AppContext::fileChanged, this, [this] {
        // A dialog still open refers to the file that was closed.
        if (m_dialog)
            m_dialog->reject();
        invalidate();
    });
    connect(&m_context, &AppContext::currentPersonChanged, this, &CareSheetsPage::invalidate);
    connect(&m_context, &AppContext::currentYearChanged, this, &CareSheetsPage::invalidate);
    connect(&m_context, &AppContext::dataChanged, this, &CareSheetsPage::invalidate);

    invalidate();
}

void CareSheetsPage::load()
{
    refresh();
}

void CareSheetsPage::updateStaleActions()
{
    updateActions();
}

void CareSheetsPage::refresh()
{
    markLoaded();
    CarnetFile* service = m_context.file();
    const qint64 person = m_context.currentPerson();
    const int year = m_context.currentYear();
    m_snapshot = service && person != 0 ? CareSheetsSnapshot::load(*service, person, year)
                                        : CareSheetsSnapshot{};

    if (!service) {
        m_summary->setText(tr("Open or create a Carnet file to follow care sheets and "
                              "payments."));
    } else if (person == 0 || !service->people().person(person)) {
        m_summary->setText(tr("Choose or add a person first."));
    } else if (!m_snapshot.error.isEmpty()) {
        m_summary->setText(m_snapshot.error);
    } else {
        const YearStatus& s = m_snapshot.status;
        m_summary->setText(
            tr("%1 in %2. CPAM: %3 received, %4 still owed. Mutuelle: %5 received, %6 still "
               "owed.")
                .arg(service->people().person(person)->name)
                .arg(year)
                .arg(formatCents(s.receivedAmoCents), formatCents(s.owedAmoCents),
                     formatCents(s.receivedAmcCents), formatCents(s.owedAmcCents)));
    }
    fillToSend();
    fillLate();
    fillSheets();
    fillPayments();
    updateActions();
}

void CareSheetsPage::fillToSend()
{
    const int unsent = int(m_snapshot.sessionsWithoutSheet.size());
    if (!m_snapshot.isValid())
        m_unsentSessions->clear();
    else if (unsent == 0)
        m_unsentSessions->setText(tr("Every session that needs one is on a care sheet."));
    else
        m_unsentSessions->setText(
            tr("%n session(s) with no care sheet yet: %1.", nullptr, unsent)
                .arg(m_snapshot.sessionDates(m_snapshot.sessionsWithoutSheet)));

    const qint64 current =
        m_toSend->currentItem() ? m_toSend->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_toSend->clear();
    for (const CareSheet& sheet : m_snapshot.sheets) {
        if (sheet.isSent())
            continue;
        auto* item = new QListWidgetItem(
            tr("Issued on %1, %n session(s): %2", nullptr, int(sheet.sessionIds.size()))
                .arg(CareLabels::date(sheet.issued), m_snapshot.sessionDates(sheet.sessionIds)),
            m_toSend);
        item->setData(Qt::UserRole, sheet.id);
        if (sheet.id == current)
            m_toSend->setCurrentItem(item);
    }
    if (!m_toSend->currentItem() && m_toSend->count() > 0)
        m_toSend->setCurrentRow(0);
}

void CareSheetsPage::fillLate()
{
    m_late->clear();
    for (const AgendaItem& late : m_snapshot.latePayments) {
        QString sheetText = tr("a care sheet");
        if (const auto sheet = m_snapshot.sheet(late.sheetId); sheet && sheet->isSent())
            sheetText = tr("the care sheet sent on %1").arg(CareLabels::date(sheet->sent));
        const QString text =
            tr("Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).", nullptr,
               late.daysLate)
                .arg(payerSubject(late.payer.value_or(Payer::Other)), formatCents(late.amountCents),
                     sheetText, CareLabels::date(late.dueDate));
        auto* item = new QListWidgetItem(text, m_late);
        Emphasis::markLate(item, palette());
        item->setData(Qt::UserRole, late.sheetId);
        item->setData(Qt::UserRole + 1, int(late.payer.value_or(Payer::Other)));
    }
    if (m_late->count() > 0)
        m_late->setCurrentRow(0);
    m_late->setVisible(m_late->count() > 0);
    m_noLate->setVisible(m_late->count() == 0);
}

void CareSheetsPage::fillSheets()
{
    const qint64 current = selectedSheet();
    m_sheets->setRowCount(0);
    m_sheets->setRowCount(int(m_snapshot.sheets.size()));
    for (int row = 0; row < m_snapshot.sheets.size(); ++row) {
        const CareSheet& sheet = m_snapshot.sheets.at(row);
        const Cents cpam = m_snapshot.owed(Payer::Cpam, sheet.sessionIds);
        const Cents mutuelle = m_snapshot.owed(Payer::Mutuelle, sheet.sessionIds);
        const QList<AgendaItem> late = m_snapshot.lateFor(sheet.id);
        QString status;
        if (!sheet.isSent()) {
            status = tr("To send");
        } else if (!late.isEmpty()) {
            QStringList parts;
            for (const AgendaItem& l : late)
                parts.append(tr("%1 %n day(s)", nullptr, l.daysLate)
                                 .arg(CareLabels::payer(l.payer.value_or(Payer::Other))));
            status = tr("Late: %1").arg(parts.join(QStringLiteral(", ")));
        } else if (cpam == 0 && mutuelle == 0) {
            status = tr("Nothing left to receive");
        } else {
            status = tr("Waiting for payment");
        }
        auto* issued = cell(CareLabels::date(sheet.issued));
        issued->setData(Qt::UserRole, sheet.id);
        m_sheets->setItem(row, IssuedColumn, issued);
        m_sheets->setItem(row, SentColumn,
                          cell(sheet.isSent() ? CareLabels::date(sheet.sent) : tr("Not sent")));
        m_sheets->setItem(row, SessionsColumn, cell(m_snapshot.sessionDates(sheet.sessionIds)));
        m_sheets->setItem(row, FormColumn, cell(sheet.electronic ? tr("Electronic") : tr("Paper")));
        m_sheets->setItem(row, CpamOwesColumn, cell(formatCents(cpam), true));
        m_sheets->setItem(row, MutuelleOwesColumn, cell(formatCents(mutuelle), true));
        m_sheets->setItem(row, StatusColumn, cell(status));
        if (!late.isEmpty())
            markLate(m_sheets, row);
        if (sheet.id == current)
            m_sheets->selectRow(row);
    }
    m_sheets->resizeColumnsToContents();
    m_sheets->horizontalHeader()->setSectionResizeMode(SessionsColumn, QHeaderView::Stretch);
}

void CareSheetsPage::fillPayments()
{
    const qint64 current = selectedPayment();
    m_payments->setRowCount(0);
    m_payments->setRowCount(int(m_snapshot.payments.size()));
    for (int row = 0; row < m_snapshot.payments.size(); ++row) {
        const Payment& payment = m_snapshot.payments.at(row);
        QStringList pays;
        for (const PaymentShare& share : payment.shares) {
            if (!m_snapshot.sessions.contains(share.sessionId))
                continue; // another person's session
            pays.append(
                tr("%1: %2").arg(CareLabels::date(m_snapshot.sessions.value(share.sessionId).date),
                                 formatCents(share.amountCents)));
        }
        auto* date = cell(CareLabels::date(payment.date));
        date->setData(Qt::UserRole, payment.id);
        m_payments->setItem(row, PaymentDateColumn, date);
        m_payments->setItem(row, PayerColumn, cell(CareLabels::payer(payment.payer)));
        m_payments->setItem(row, AmountColumn, cell(formatCents(payment.amountCents), true));
        m_payments->setItem(row, ReferenceColumn, cell(payment.reference));
        m_payments->setItem(row, PaysColumn, cell(pays.join(QStringLiteral("; "))));
        if (payment.id == current)
            m_payments->selectRow(row);
    }
    m_payments->resizeColumnsToContents();
    m_payments->horizontalHeader()->setSectionResizeMode(PaysColumn, QHeaderView::Stretch);
}

bool CareSheetsPage::canWrite() const
{
    return m_context.file() && !m_context.isReadOnly() && m_snapshot.isValid();
}

void CareSheetsPage::updateActions()
{
    const bool write = canWrite();
    m_createButton->setEnabled(write && !m_snapshot.sessionsWithoutSheet.isEmpty());
    m_markSentButton->setEnabled(write && m_toSend->currentItem() != nullptr);
    m_latePaymentButton->setEnabled(write && m_late->currentItem() != nullptr);
    m_latePaymentButton->setVisible(m_late->count() > 0);
    const bool sheet = write && selectedSheet() != 0;
    m_sheetPaymentButton->setEnabled(sheet);
    m_removeSheetButton->setEnabled(sheet);
    m_removeSheetAction->setEnabled(sheet);
    m_newPaymentButton->setEnabled(write);
    const bool payment = write && selectedPayment() != 0;
    m_removePaymentButton->setEnabled(payment);
    m_removePaymentAction->setEnabled(payment);
}

qint64 CareSheetsPage::selectedSheet() const
{
    const QList<QTableWidgetItem*> items = m_sheets->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem* first = m_sheets->item(items.constFirst()->row(), IssuedColumn);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void CareSheetsPage::showAgendaItem(const AgendaItem& item)
{
    ensureLoaded();
    QWidget* focus = m_createButton;
    for (int row = 0; item.sheetId != 0 && row < m_sheets->rowCount(); ++row) {
        if (m_sheets->item(row, IssuedColumn)->data(Qt::UserRole).toLongLong() == item.sheetId) {
            m_sheets->selectRow(row);
            m_sheets->scrollToItem(m_sheets->item(row, IssuedColumn));
            focus = m_sheets;
        }
    }
    const auto select = [&](QListWidget* list, auto matches) {
        for (int row = 0; row < list->count(); ++row) {
            if (matches(list->item(row))) {
                list->setCurrentRow(row);
                focus = list;
            }
        }
    };
    const auto sheetOf = [](const QListWidgetItem* i) {
        return i->data(Qt::UserRole).toLongLong();
    };
    if (item.kind == AgendaItem::Kind::LatePayment) {
        const int payer = int(item.payer.value_or(Payer::Other));
        select(m_late, [&](const QListWidgetItem* i) {
            return sheetOf(i) == item.sheetId && i->data(Qt::UserRole + 1).toInt() == payer;
        });
    } else if (item.sheetId != 0) {
        select(m_toSend, [&](const QListWidgetItem* i) { return sheetOf(i) == item.sheetId; });
    }
    updateActions();
    focus->setFocus(Qt::OtherFocusReason);
}

qint64 CareSheetsPage::selectedPayment() const
{
    const QList<QTableWidgetItem*> items = m_payments->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem* first = m_payments->item(items.constFirst()->row(), PaymentDateColumn);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void CareSheetsPage::showDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->reject();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void CareSheetsPage::createSheet()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    if (!service || !canWrite())
        return;
    auto* dialog = new NewCareSheetDialog(m_snapshot, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CarnetFile* s = m_context.file();
        if (!s)
            return;
        ServiceCommand::push(m_context, std::make_unique<AddCareSheetCommand>(*s, dialog->sheet()));
    });
    showDialog(dialog);
}

void CareSheetsPage::markSelectedSent()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    const QListWidgetItem* item = m_toSend->currentItem();
    if (!service || !canWrite() || !item)
        return;
    const qint64 sheetId = item->data(Qt::UserRole).toLongLong();
    auto* dialog = new SendSheetDialog(*service, sheetId, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sheetId] {
        CarnetFile* s = m_context.file();
        if (!s)
            return;
        ServiceCommand::push(
            m_context, std::make_unique<MarkSheetSentCommand>(*s, sheetId, dialog->sentDate()));
    });
    showDialog(dialog);
}

void CareSheetsPage::recordPayment(qint64 sheetId, Payer payer)
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    if (!service || !canWrite())
        return;
    auto* dialog = new PaymentDialog(*service, m_snapshot, this);
    if (sheetId != 0)
        dialog->preset(sheetId, payer);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CarnetFile* s = m_context.file();
        if (!s)
            return;
        ServiceCommand::push(m_context, std::make_unique<AddPaymentCommand>(*s, dialog->payment()));
    });
    showDialog(dialog);
}

void CareSheetsPage::recordNewPayment()
{
    recordPayment(0, Payer::Cpam);
}

void CareSheetsPage::recordSelectedSheetPayment()
{
    ensureLoaded();
    const qint64 sheetId = selectedSheet();
    const auto sheet = m_snapshot.sheet(sheetId);
    if (!sheet)
        return;
    // The payer still owing something for it, the CPAM first.
    const Payer payer = m_snapshot.owed(Payer::Cpam, sheet->sessionIds) == 0 &&
                                m_snapshot.owed(Payer::Mutuelle, sheet->sessionIds) > 0
                            ? Payer::Mutuelle
                            : Payer::Cpam;
    recordPayment(sheetId, payer);
}

void CareSheetsPage::recordSelectedLatePayment()
{
    ensureLoaded();
    const QListWidgetItem* item = m_late->currentItem();
    if (!item)
        return;
    recordPayment(item->data(Qt::UserRole).toLongLong(),
                  Payer(item->data(Qt::UserRole + 1).toInt()));
}

void CareSheetsPage::removeSelectedSheet()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    const qint64 sheetId = selectedSheet();
    const auto sheet = m_snapshot.sheet(sheetId);
    if (!service || !canWrite() || !sheet)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove the care sheet"),
        tr("Remove the care sheet issued on %1 for %2? Its sessions will be listed as having "
           "no care sheet. You can undo this (Ctrl+Z).")
            .arg(CareLabels::date(sheet->issued), m_snapshot.sessionDates(sheet->sessionIds)));
    if (answer != QMessageBox::Yes)
        return;
    ServiceCommand::push(m_context, std::make_unique<RemoveCareSheetCommand>(*service, sheetId));
}

void CareSheetsPage::removeSelectedPayment()
{
    ensureLoaded();
    CarnetFile* service = m_context.file();
    const qint64 paymentId = selectedPayment();
    if (!service || !canWrite() || paymentId == 0)
        return;
    const auto payment = service->careSheets().payment(paymentId);
    if (!payment)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove the payment"),
        tr("Remove the payment of %1 received from %2 on %3? You can undo this (Ctrl+Z).")
            .arg(formatCents(payment->amountCents), payerSubject(payment->payer),
                 CareLabels::date(payment->date)));
    if (answer != QMessageBox::Yes)
        return;
    ServiceCommand::push(m_context, std::make_unique<RemovePaymentCommand>(*service, paymentId));
}

} // namespace carnet
