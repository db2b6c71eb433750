#include "wizards/CarePathAccessPage.h"

#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QVBoxLayout>

namespace carnet {

CarePathAccessPage::CarePathAccessPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathAccessPage"));
    setTitle(tr("How do you start?"));
    setSubTitle(tr("You can go straight to a psychologist who is a partner of the scheme, or "
                   "first see a doctor or a midwife who writes a letter for the psychologist."));

    auto* layout = new QVBoxLayout(this);
    m_direct = new QRadioButton(tr("&Directly to a partner psychologist"), this);
    m_direct->setObjectName(QStringLiteral("carePathDirect"));
    m_direct->setAccessibleName(tr("Directly to a partner psychologist"));
    layout->addWidget(m_direct);
    layout->addWidget(CarePathUi::paragraph(
        tr("No letter is needed: book the first session (the evaluation) yourself."), this));

    m_referral = new QRadioButton(tr("&Through a doctor or a midwife"), this);
    m_referral->setObjectName(QStringLiteral("carePathThroughReferral"));
    m_referral->setAccessibleName(tr("Through a doctor or a midwife"));
    layout->addWidget(m_referral);
    layout->addWidget(CarePathUi::paragraph(
        tr("The médecin traitant, a pediatrician, a midwife, a school doctor, a PMI or "
           "university health service doctor, or a hospital doctor writes a courrier "
           "d'accompagnement for the psychologist. Carnet keeps who wrote it, when, and a scan."),
        this));

    auto* group = new QButtonGroup(this);
    group->addButton(m_direct);
    group->addButton(m_referral);
    m_direct->setChecked(true);

    m_note = CarePathUi::noticeLabel(QStringLiteral("carePathAccessNote"), this);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setTabOrder(m_direct, m_referral);
}

void CarePathAccessPage::initializePage()
{
    const std::optional<Regime> regime = m_wizard.regime();
    const bool required = regime && regime->referralRequired;
    m_direct->setEnabled(!required);
    if (required)
        m_referral->setChecked(true);
    CarePathUi::showText(m_note, required ? tr("On this date the scheme still requires a "
                                               "doctor's letter (courrier d'adressage).")
                                          : QString());
}

bool CarePathAccessPage::throughReferral() const
{
    return m_referral->isChecked();
}

int CarePathAccessPage::nextId() const
{
    return throughReferral() ? CarePathWizard::ReferralPage : CarePathWizard::PsychologistPage;
}

} // namespace carnet
