#include "dashboard/SendSheetDialog.h"

#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace carnet {

SendSheetDialog::SendSheetDialog(const CarnetFile& service, qint64 sheetId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sendSheetDialog"));
    setWindowTitle(tr("Care sheet sent"));

    const QLocale locale;
    QStringList dates;
    if (const auto sheet = service.careSheets().careSheet(sheetId)) {
        for (qint64 sessionId : sheet->sessionIds) {
            if (const auto session = service.sessions().session(sessionId))
                dates.append(locale.toString(session->date, QLocale::ShortFormat));
        }
    }

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The feuille de soins for the sessions of %1. On which day did you send it to the "
           "CPAM? Carnet then knows when the reimbursement is due.")
            .arg(locale.createSeparatedList(dates)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_date = new QDateEdit(service.today(), this);
    m_date->setObjectName(QStringLiteral("sentDate"));
    m_date->setAccessibleName(tr("Date sent"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Sent on:"), m_date);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

QDate SendSheetDialog::sentDate() const
{
    return m_date->date();
}

} // namespace carnet
