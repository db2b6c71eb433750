#include "wizards/CarePathPreparationPage.h"

#include "model/Money.h"
#include "read/CarePathPreview.h"
#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

namespace carnet {

CarePathPreparationPage::CarePathPreparationPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathPreparationPage"));
    setTitle(tr("Before the first session"));
    setSubTitle(tr("The first session is the evaluation (entretien d'évaluation). What to "
                   "bring, and what it costs."));

    auto* layout = new QVBoxLayout(this);
    auto* bringBox = new QGroupBox(tr("What to bring"), this);
    auto* bringLayout = new QVBoxLayout(bringBox);
    m_bring = CarePathUi::paragraph(QString(), bringBox);
    m_bring->setObjectName(QStringLiteral("carePathBring"));
    m_bring->setTextFormat(Qt::RichText);
    bringLayout->addWidget(m_bring);
    layout->addWidget(bringBox);

    auto* costBox = new QGroupBox(tr("What it costs, what comes back"), this);
    auto* costLayout = new QVBoxLayout(costBox);
    m_costs = CarePathUi::paragraph(QString(), costBox);
    m_costs->setObjectName(QStringLiteral("carePathCosts"));
    m_costs->setTextFormat(Qt::RichText);
    costLayout->addWidget(m_costs);
    layout->addWidget(costBox);
    layout->addStretch(1);
}

void CarePathPreparationPage::initializePage()
{
    const Person person = m_wizard.person();
    const QLocale locale;
    // What to bring and what it costs: the read side's answer on the choices so far.
    const CarePathPreview preview = m_wizard.preview();

    QStringList bring;
    for (const CarePathPreview::ToBring item : preview.toBring) {
        switch (item) {
        case CarePathPreview::ToBring::AttestationDeDroits:
            bring << tr("The paper attestation de droits (print it from your ameli account or "
                        "ask your CPAM), and your carte Vitale.");
            break;
        case CarePathPreview::ToBring::Referral: {
            const Referral referral = m_wizard.referral();
            bring << tr("The courrier d'accompagnement from %1 (%2), dated %3.")
                         .arg(referral.referrerName, CarePathUi::roleName(referral.referrerRole),
                              locale.toString(referral.date, QLocale::LongFormat));
            break;
        }
        case CarePathPreview::ToBring::MutuelleCard:
            bring << tr("Your mutuelle card (%1).").arg(person.mutuelle);
            break;
        case CarePathPreview::ToBring::ParentalAuthority:
            bring << tr("A holder of parental authority comes along: %1 consented.")
                         .arg(m_wizard.consentHolders().join(QStringLiteral(", ")));
            break;
        }
    }
    m_bring->setText(CarePathUi::bullets(bring));

    // What it costs: the core's verdict on an evaluation and a follow-up today.
    QStringList costs;
    if (!preview.regime) {
        costs << tr("Mon soutien psy is not in force on this date.");
    } else if (!preview.evaluation.covered) {
        costs << tr("These sessions would not be covered: %1").arg(preview.evaluation.reasonText);
        costs << tr("You pay the psychologist's fee, and nothing comes back from the CPAM or "
                    "the mutuelle.");
    } else {
        const SessionAssessment& e = preview.evaluation;
        const SessionAssessment& f = preview.followUp;
        if (e.tariffCents == f.tariffCents) {
            costs << tr("Each session costs %1: the psychologist may not charge more within the "
                        "scheme.")
                         .arg(formatCents(e.tariffCents));
        } else {
            costs << tr("The evaluation costs %1 and each follow-up %2: the psychologist may "
                        "not charge more within the scheme.")
                         .arg(formatCents(e.tariffCents), formatCents(f.tariffCents));
        }
        if (e.thirdPartyPayment) {
            const QString cover = preview.thirdPartyCover
                                      ? CarePathUi::coverageName(*preview.thirdPartyCover)
                                      : tr("this cover");
            costs << tr("With %1, the sessions are covered at 100 %, with tiers payant: you "
                        "advance nothing (%2 to pay), and the CPAM pays the psychologist "
                        "directly. Show the attestation de droits.")
                         .arg(cover, formatCents(e.shouldAdvanceCents));
        } else {
            costs << tr("You pay the psychologist (%1), who gives you a feuille de soins: send "
                        "it to your CPAM.")
                         .arg(formatCents(e.shouldAdvanceCents));
            costs << tr("The CPAM pays you back %1 (%2 % of the tariff).")
                         .arg(formatCents(e.expectedAmoCents))
                         .arg(preview.regime->amoRatePercent);
            if (person.hasMutuelle()) {
                costs << tr("Your mutuelle (%1) pays you back the other %2 % (%3).")
                             .arg(person.mutuelle)
                             .arg(preview.otherRatePercent)
                             .arg(formatCents(e.expectedAmcCents));
            } else {
                costs << tr("Without a mutuelle, the other %1 % (%2) stays with you.")
                             .arg(preview.otherRatePercent)
                             .arg(formatCents(e.patientShareCents));
            }
        }
    }
    m_costs->setText(CarePathUi::bullets(costs));
}

} // namespace carnet
