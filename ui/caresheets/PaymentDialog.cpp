#include "caresheets/PaymentDialog.h"

#include "caresheets/SplitTableModel.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"
#include "sessions/CareLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace carnet {

namespace {

QString editText(Cents cents)
{
    const QString point = QLocale().decimalPoint();
    return formatCentsPlain(cents, point.isEmpty() ? QLatin1Char('.') : point.at(0));
}

} // namespace

PaymentDialog::PaymentDialog(const CarnetFile& service, const CareSheetsSnapshot& snapshot,
                             QWidget* parent)
    : QDialog(parent)
    , m_file(service)
    , m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a payment"));
    resize(640, 460);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_payer = new QComboBox(this);
    m_payer->setObjectName(QStringLiteral("payerCombo"));
    m_payer->setAccessibleName(tr("Who paid"));
    for (Payer p : {Payer::Cpam, Payer::Mutuelle, Payer::Other})
        m_payer->addItem(CareLabels::payer(p), int(p));
    form->addRow(tr("&From:"), m_payer);

    m_date = new QDateEdit(service.today(), this);
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_date->setAccessibleName(tr("Date the payment was received"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("Received &on:"), m_date);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount received, in euros"));
    m_amount->setPlaceholderText(tr("for example %1").arg(editText(4500)));
    form->addRow(tr("&Amount (€):"), m_amount);

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setAccessibleName(tr("Reference of the payment"));
    m_reference->setToolTip(tr("As written on your bank statement or the CPAM's "
                               "décompte (optional)."));
    form->addRow(tr("&Reference:"), m_reference);

    auto* tableLabel = new QLabel(tr("&Sessions this payment pays (tick them; the shares are "
                                     "proposed from what each is still owed, and you can change "
                                     "them):"),
                                  this);
    tableLabel->setWordWrap(true);
    layout->addWidget(tableLabel);

    m_model = new SplitTableModel(this);
    setSessions(m_snapshot.payableSessions());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("splitTable"));
    m_table->setAccessibleName(tr("Sessions this payment pays, with the share of each"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    tableLabel->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("splitMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Does the split add up"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("paymentOkButton"));
    ok->setText(tr("&Record"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("paymentCancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_payer, m_date);
    setTabOrder(m_date, m_amount);
    setTabOrder(m_amount, m_reference);
    setTabOrder(m_reference, m_table);

    connect(m_payer, &QComboBox::currentIndexChanged, this, &PaymentDialog::payerChanged);
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        propose();
        validate();
    });
    connect(m_model, &SplitTableModel::includedEdited, this, [this] {
        m_ticksTouched = true;
        propose();
        validate();
    });
    connect(m_model, &SplitTableModel::shareEdited, this, &PaymentDialog::validate);

    payerChanged();
    m_amount->setFocus();
}

PaymentDialog::~PaymentDialog()
{
    // Hiding the dialog (in ~QDialog) commits an open share editor: no validation then.
    m_model->disconnect(this);
}

void PaymentDialog::setSessions(QList<qint64> sessionIds)
{
    std::sort(sessionIds.begin(), sessionIds.end(), [this](qint64 a, qint64 b) {
        const QDate da = m_snapshot.sessions.value(a).date;
        const QDate db = m_snapshot.sessions.value(b).date;
        return da != db ? da < db : a < b;
    });
    QList<SplitTableModel::Row> rows;
    for (qint64 id : std::as_const(sessionIds)) {
        SplitTableModel::Row row;
        row.sessionId = id;
        row.date = m_snapshot.sessions.value(id).date;
        row.label = m_snapshot.sessionLabel(id);
        row.sheet = m_snapshot.sheetText(id);
        rows.append(row);
    }
    m_model->setRows(rows);
}

void PaymentDialog::preset(qint64 sheetId, Payer payer)
{
    const auto sheet = m_snapshot.sheet(sheetId);
    if (!sheet)
        return;
    // A sheet may hold a session outside the years listed: list it too.
    QList<qint64> ids;
    for (const SplitTableModel::Row& row : m_model->rows())
        ids.append(row.sessionId);
    bool missing = false;
    for (qint64 id : sheet->sessionIds) {
        if (!ids.contains(id) && m_snapshot.sessions.contains(id)) {
            ids.append(id);
            missing = true;
        }
    }
    if (missing)
        setSessions(ids);
    m_ticksTouched = true;
    const int payerIndex = m_payer->findData(int(payer));
    if (payerIndex >= 0) {
        const QSignalBlocker blocker(m_payer);
        m_payer->setCurrentIndex(payerIndex);
    }
    payerChanged(); // what that payer owes each session
    m_model->setIncluded(sheet->sessionIds);
    const Cents owed = m_snapshot.owed(payer, sheet->sessionIds);
    if (owed > 0)
        m_amount->setText(editText(owed)); // proposes the split
    propose();
    validate();
}

Payment PaymentDialog::payment() const
{
    Payment p;
    p.payer = payer();
    p.date = m_date->date();
    p.amountCents = parseEuros(m_amount->text()).value_or(0);
    p.reference = m_reference->text().trimmed();
    p.shares = m_model->shares();
    return p;
}

Payer PaymentDialog::payer() const
{
    return Payer(m_payer->currentData().toInt());
}

void PaymentDialog::payerChanged()
{
    QList<qint64> all;
    for (const SplitTableModel::Row& row : m_model->rows())
        all.append(row.sessionId);
    const QHash<qint64, Cents> owed = m_snapshot.owedPerSession(payer(), all);
    m_model->setOwed(owed);
    if (!m_ticksTouched) {
        QList<qint64> owedIds;
        for (qint64 id : all) {
            if (owed.value(id) > 0)
                owedIds.append(id);
        }
        m_model->setIncluded(owedIds);
    }
    propose();
    validate();
}

void PaymentDialog::propose()
{
    const Payer p = payer();
    if (p == Payer::Other)
        return; // nothing is owed by another payer: the user types the shares
    const auto amount = parseEuros(m_amount->text());
    const QList<qint64> ids = m_model->includedSessions();
    if (!amount || *amount <= 0 || ids.isEmpty()) {
        m_model->setShares({});
        return;
    }
    const auto split = m_file.read().proposeSplit(p, *amount, ids);
    m_model->setShares(split ? split.value() : QList<PaymentShare>());
}

void PaymentDialog::validate()
{
    bool ok = false;
    const auto amount = parseEuros(m_amount->text());
    const Cents total = m_model->total();
    if (!amount || *amount <= 0) {
        m_message->setText(
            tr("Type the amount received, in euros (for example %1).").arg(editText(4500)));
    } else if (m_model->includedSessions().isEmpty()) {
        m_message->setText(tr("Tick the sessions this payment is for."));
    } else if (total < *amount) {
        m_message->setText(
            tr("The shares add up to %1: %2 less than the amount received (%3). "
               "Change the shares so that they add up to the amount.")
                .arg(formatCents(total), formatCents(*amount - total), formatCents(*amount)));
    } else if (total > *amount) {
        m_message->setText(
            tr("The shares add up to %1: %2 more than the amount received (%3). "
               "Change the shares so that they add up to the amount.")
                .arg(formatCents(total), formatCents(total - *amount), formatCents(*amount)));
    } else {
        m_message->setText(tr("The shares add up to the amount received."));
        ok = true;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace carnet
