#include "caresheets/NewCareSheetDialog.h"

#include "caresheets/CareSheetsSnapshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace carnet {

NewCareSheetDialog::NewCareSheetDialog(const CareSheetsSnapshot& snapshot, QWidget* parent)
    : QDialog(parent)
    , m_personId(snapshot.personId)
{
    setObjectName(QStringLiteral("newCareSheetDialog"));
    setWindowTitle(tr("Create a care sheet"));

    // The sessions the core says need a sheet, of the year and the year before, oldest first.
    QList<qint64> ids = snapshot.sessionsWithoutSheet;
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QDate da = snapshot.sessions.value(a).date;
        const QDate db = snapshot.sessions.value(b).date;
        return da != db ? da < db : a < b;
    });

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The psychologist gives you a feuille de soins for the sessions "
                                "you paid. Tick the sessions it lists."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* sessionsLabel = new QLabel(tr("S&essions on this care sheet:"), this);
    layout->addWidget(sessionsLabel);
    m_sessions = new QListWidget(this);
    m_sessions->setObjectName(QStringLiteral("sheetSessionsList"));
    m_sessions->setAccessibleName(tr("Sessions on this care sheet"));
    sessionsLabel->setBuddy(m_sessions);
    QDate latest;
    for (qint64 id : ids) {
        auto* item = new QListWidgetItem(snapshot.sessionLabel(id), m_sessions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, id);
        latest = std::max(latest, snapshot.sessions.value(id).date);
    }
    if (m_sessions->count() > 0)
        m_sessions->setCurrentRow(0);
    layout->addWidget(m_sessions, 1);

    auto* form = new QFormLayout;
    m_issued = new QDateEdit(latest.isValid() ? latest : QDate::currentDate(), this);
    m_issued->setObjectName(QStringLiteral("issuedDateEdit"));
    m_issued->setAccessibleName(tr("Date the care sheet was issued"));
    m_issued->setCalendarPopup(true);
    m_issued->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Issued on:"), m_issued);

    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("sheetFormCombo"));
    m_form->setAccessibleName(tr("Paper or electronic care sheet"));
    m_form->addItem(tr("Paper"), false);
    m_form->addItem(tr("Electronic (sent by the psychologist)"), true);
    form->addRow(tr("&Form:"), m_form);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newSheetMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("createSheetOkButton"));
    ok->setText(tr("&Create"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("createSheetCancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessions, &QListWidget::itemChanged, this, &NewCareSheetDialog::updateState);

    setTabOrder(m_sessions, m_issued);
    setTabOrder(m_issued, m_form);
    m_sessions->setFocus();
    updateState();
}

CareSheet NewCareSheetDialog::sheet() const
{
    CareSheet sheet;
    sheet.personId = m_personId;
    for (int i = 0; i < m_sessions->count(); ++i) {
        const QListWidgetItem* item = m_sessions->item(i);
        if (item->checkState() == Qt::Checked)
            sheet.sessionIds.append(item->data(Qt::UserRole).toLongLong());
    }
    sheet.issued = m_issued->date();
    sheet.electronic = m_form->currentData().toBool();
    return sheet;
}

void NewCareSheetDialog::updateState()
{
    const int ticked = int(sheet().sessionIds.size());
    if (m_sessions->count() == 0)
        m_message->setText(tr("Every session already is on a care sheet."));
    else if (ticked == 0)
        m_message->setText(tr("Tick at least one session."));
    else
        m_message->setText(tr("%n session(s) on this care sheet.", nullptr, ticked));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ticked > 0);
}

} // namespace carnet
