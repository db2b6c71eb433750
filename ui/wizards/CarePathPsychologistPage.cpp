#include "wizards/CarePathPsychologistPage.h"

#include "read/ReadSide.h"
#include "rules/CarePathRules.h"
#include "rules/Validation.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace carnet {

using namespace CarePathUi;

QString CarePathPsychologistPage::directoryUrl()
{
    return QStringLiteral("https://monsoutienpsy.ameli.fr/");
}

CarePathPsychologistPage::CarePathPsychologistPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathPsychologistPage"));
    setTitle(tr("Which psychologist?"));
    setSubTitle(tr("Only sessions with a psychologist who is a partner of Mon soutien psy "
                   "(conventionné) are covered."));

    auto* layout = new QVBoxLayout(this);
    m_existing = new QRadioButton(tr("A psychologist already in this &file:"), this);
    m_existing->setObjectName(QStringLiteral("carePathExistingPsychologist"));
    m_existing->setAccessibleName(tr("A psychologist already in this file"));
    m_psychologists = new QComboBox(this);
    m_psychologists->setObjectName(QStringLiteral("carePathPsychologistCombo"));
    m_psychologists->setAccessibleName(tr("Psychologist"));
    layout->addWidget(m_existing);
    layout->addWidget(m_psychologists);

    m_new = new QRadioButton(tr("A &new psychologist:"), this);
    m_new->setObjectName(QStringLiteral("carePathNewPsychologist"));
    m_new->setAccessibleName(tr("A new psychologist"));
    layout->addWidget(m_new);
    auto* group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);

    m_newBox = new QWidget(this);
    m_newBox->setObjectName(QStringLiteral("carePathNewPsychologistBox"));
    auto* form = new QFormLayout(m_newBox);
    form->setContentsMargins(24, 0, 0, 0);
    m_name = new QLineEdit(m_newBox);
    m_name->setObjectName(QStringLiteral("carePathPsychologistName"));
    m_name->setAccessibleName(tr("Psychologist's name"));
    form->addRow(tr("&Name:"), m_name);
    m_rpps = new QLineEdit(m_newBox);
    m_rpps->setObjectName(QStringLiteral("carePathPsychologistRpps"));
    m_rpps->setAccessibleName(tr("RPPS or ADELI number (optional)"));
    m_rpps->setPlaceholderText(tr("optional: 11 digits (RPPS) or 9 (ADELI)"));
    form->addRow(tr("&RPPS number:"), m_rpps);
    m_partner = new QCheckBox(tr("&Partner of Mon soutien psy (conventionné)"), m_newBox);
    m_partner->setObjectName(QStringLiteral("carePathPsychologistPartner"));
    m_partner->setAccessibleName(tr("Partner of Mon soutien psy"));
    m_partner->setChecked(true);
    form->addRow(m_partner);
    layout->addWidget(m_newBox);

    m_directory = new QLabel(
        tr("Not sure? Look the psychologist up in the <a href=\"%1\">official directory of "
           "partner psychologists</a> (monsoutienpsy.ameli.fr).")
            .arg(directoryUrl()),
        this);
    m_directory->setObjectName(QStringLiteral("carePathDirectoryLink"));
    m_directory->setAccessibleName(tr("Official directory of partner psychologists (link)"));
    m_directory->setWordWrap(true);
    m_directory->setTextFormat(Qt::RichText);
    m_directory->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_directory->setOpenExternalLinks(true);
    layout->addWidget(m_directory);

    m_partnerWarning = errorLabel(QStringLiteral("carePathPartnerWarning"), this);
    layout->addWidget(m_partnerWarning);
    m_rppsWarning = noticeLabel(QStringLiteral("carePathRppsWarning"), this);
    layout->addWidget(m_rppsWarning);
    m_error = errorLabel(QStringLiteral("carePathPsychologistError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_existing, m_psychologists);
    setTabOrder(m_psychologists, m_new);
    setTabOrder(m_new, m_name);
    setTabOrder(m_name, m_rpps);
    setTabOrder(m_rpps, m_partner);
    setTabOrder(m_partner, m_directory);

    connect(m_existing, &QRadioButton::toggled, this, &CarePathPsychologistPage::updateState);
    connect(m_psychologists, &QComboBox::currentIndexChanged, this,
            &CarePathPsychologistPage::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CarePathPsychologistPage::updateState);
    connect(m_rpps, &QLineEdit::textChanged, this, &CarePathPsychologistPage::updateState);
    connect(m_partner, &QCheckBox::toggled, this, &CarePathPsychologistPage::updateState);
}

void CarePathPsychologistPage::initializePage()
{
    const qint64 previous = m_psychologists->currentData().toLongLong();
    m_psychologists->clear();
    for (const Practitioner& p : m_wizard.file().people().practitioners()) {
        if (p.role != PractitionerRole::Psychologist)
            continue;
        m_psychologists->addItem(p.partner ? p.name : tr("%1 (not a partner)").arg(p.name), p.id);
    }
    // The person's usual psychologist first, else the one chosen before.
    qint64 preferred = previous;
    if (const qint64 personId = m_wizard.person().id) {
        if (const auto usual = m_wizard.file().read().usualPsychologist(personId))
            preferred = usual->id;
    }
    if (const int index = m_psychologists->findData(preferred); index >= 0)
        m_psychologists->setCurrentIndex(index);
    const bool any = m_psychologists->count() > 0;
    m_existing->setEnabled(any);
    if (!any)
        m_new->setChecked(true);
    else if (!m_new->isChecked())
        m_existing->setChecked(true);
    updateState();
}

bool CarePathPsychologistPage::isNewPsychologist() const
{
    return m_new->isChecked();
}

Practitioner CarePathPsychologistPage::psychologist() const
{
    if (!isNewPsychologist()) {
        const qint64 id = m_psychologists->currentData().toLongLong();
        return m_wizard.file().people().practitioner(id).value_or(Practitioner{});
    }
    Practitioner p;
    p.role = PractitionerRole::Psychologist;
    p.name = m_name->text().trimmed();
    p.rpps = m_rpps->text().trimmed();
    p.partner = m_partner->isChecked();
    return p;
}

void CarePathPsychologistPage::updateState()
{
    const bool isNew = isNewPsychologist();
    m_newBox->setEnabled(isNew);
    m_psychologists->setEnabled(!isNew && m_psychologists->count() > 0);
    const Practitioner p = psychologist();
    const bool named = !p.name.isEmpty();
    showText(m_partnerWarning,
             named && !p.partner
                 ? tr("%1 Sessions with this psychologist are then not covered: neither the "
                      "CPAM nor the mutuelle pays anything back, and they do not count in the "
                      "year's sessions. Check the directory: a partner psychologist may be "
                      "near you.")
                       .arg(CarePathRules::reasonText(NotCoveredReason::NotPartner))
                 : QString());
    QStringList warnings;
    if (isNew && !p.rpps.isEmpty())
        (void)Validation::practitioner(p, &warnings);
    showText(m_rppsWarning, warnings.join(QLatin1Char(' ')));
    m_error->hide();
    emit completeChanged();
}

bool CarePathPsychologistPage::isComplete() const
{
    return !psychologist().name.isEmpty();
}

bool CarePathPsychologistPage::validatePage()
{
    const Practitioner p = psychologist();
    if (!isNewPsychologist()) {
        if (p.id != 0)
            return true;
        showText(m_error, tr("Choose a psychologist."));
        return false;
    }
    const auto valid = Validation::practitioner(p);
    if (!valid) {
        showText(m_error, valid.error().message);
        (valid.error().field == QLatin1String("rpps") ? m_rpps : m_name)->setFocus();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace carnet
