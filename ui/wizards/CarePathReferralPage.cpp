#include "wizards/CarePathReferralPage.h"

#include "rules/Validation.h"
#include "shell/FileDialog.h"
#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace carnet {

using namespace CarePathUi;

CarePathReferralPage::CarePathReferralPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathReferralPage"));
    setTitle(tr("The courrier d'accompagnement"));
    setSubTitle(tr("The letter the doctor or the midwife wrote for the psychologist. Bring it "
                   "to the first session."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("carePathReferrerName"));
    m_name->setAccessibleName(tr("Who wrote the letter"));
    m_name->setPlaceholderText(tr("e.g. Dr Paul Petit"));
    form->addRow(tr("&Written by:"), m_name);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("carePathReferrerRole"));
    m_role->setAccessibleName(tr("Their role"));
    for (PractitionerRole role : kReferrerRoles)
        m_role->addItem(roleName(role), int(role));
    form->addRow(tr("&Role:"), m_role);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("carePathReferralDate"));
    m_date->setAccessibleName(tr("Date of the letter"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setMaximumDate(wizard.today());
    m_date->setDate(wizard.today());
    form->addRow(tr("&Date of the letter:"), m_date);

    m_consent = new QLabel(this);
    m_consent->setObjectName(QStringLiteral("carePathReferralConsent"));
    m_consent->setWordWrap(true);
    form->addRow(tr("Parental consent:"), m_consent);

    auto* scanRow = new QHBoxLayout;
    m_scan = new QLabel(tr("none"), this);
    m_scan->setObjectName(QStringLiteral("carePathScanName"));
    m_attach = new QPushButton(tr("&Attach a scan…"), this);
    m_attach->setObjectName(QStringLiteral("carePathAttachScan"));
    m_attach->setAccessibleName(tr("Attach a scan of the letter"));
    m_detach = new QPushButton(tr("Re&move the scan"), this);
    m_detach->setObjectName(QStringLiteral("carePathRemoveScan"));
    m_detach->setAccessibleName(tr("Remove the scan"));
    m_detach->setEnabled(false);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_attach);
    scanRow->addWidget(m_detach);
    auto* scanLabel = new QLabel(tr("Scan (optional):"), this);
    scanLabel->setBuddy(m_attach);
    form->addRow(scanLabel, scanRow);

    m_error = errorLabel(QStringLiteral("carePathReferralError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_date);
    setTabOrder(m_date, m_attach);
    setTabOrder(m_attach, m_detach);

    connect(m_name, &QLineEdit::textChanged, this, &CarePathReferralPage::completeChanged);
    connect(m_attach, &QPushButton::clicked, this, &CarePathReferralPage::chooseScan);
    connect(m_detach, &QPushButton::clicked, this, [this] { setScanPath(QString()); });
}

void CarePathReferralPage::initializePage()
{
    const QStringList holders = m_wizard.consentHolders();
    m_consent->setText(m_wizard.consentRequired() ? holders.join(QStringLiteral(", "))
                                                  : tr("not needed (the person is of age)"));
    m_error->hide();
}

Referral CarePathReferralPage::referral() const
{
    Referral r;
    r.personId = m_wizard.person().id;
    r.referrerName = m_name->text().trimmed();
    r.referrerRole = PractitionerRole(m_role->currentData().toInt());
    r.date = m_date->date();
    r.consentHolders = m_wizard.consentHolders();
    return r;
}

void CarePathReferralPage::setScanPath(const QString& path)
{
    m_scanPath = path;
    m_scan->setText(path.isEmpty() ? tr("none") : QFileInfo(path).fileName());
    m_detach->setEnabled(!path.isEmpty());
}

void CarePathReferralPage::chooseScan()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Attach the scan of the letter"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        setScanPath(path);
}

bool CarePathReferralPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

QWidget* CarePathReferralPage::fieldFor(const QString& field) const
{
    if (field == QLatin1String("date"))
        return m_date;
    if (field == QLatin1String("referrer_role"))
        return m_role;
    return m_name;
}

bool CarePathReferralPage::validatePage()
{
    const auto valid = Validation::referral(referral(), m_wizard.person(), m_wizard.today());
    if (!valid) {
        showText(m_error, valid.error().message);
        if (QWidget* widget = fieldFor(valid.error().field))
            widget->setFocus();
        return false;
    }
    if (!m_scanPath.isEmpty() && !QFileInfo(m_scanPath).isFile()) {
        showText(m_error, tr("The scan cannot be found any more: choose it again."));
        m_attach->setFocus();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace carnet
