#include "wizards/CarePathSummaryPage.h"

#include "wizards/CarePathUi.h"
#include "wizards/CarePathWizard.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

namespace carnet {

CarePathSummaryPage::CarePathSummaryPage(CarePathWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("carePathSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check, then choose Finish: Carnet records this in one step, which Undo "
                   "takes back."));

    auto* layout = new QVBoxLayout(this);
    m_summary = CarePathUi::paragraph(QString(), this);
    m_summary->setObjectName(QStringLiteral("carePathSummary"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto* planBox = new QGroupBox(tr("The year's plan"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    m_plan = CarePathUi::paragraph(QString(), planBox);
    m_plan->setObjectName(QStringLiteral("carePathPlan"));
    m_plan->setTextFormat(Qt::RichText);
    planLayout->addWidget(m_plan);
    layout->addWidget(planBox);
    layout->addStretch(1);
}

void CarePathSummaryPage::initializePage()
{
    const QLocale locale;
    const Person person = m_wizard.person();
    const Practitioner psy = m_wizard.psychologist();
    const int year = m_wizard.year();

    QStringList lines;
    const int age = m_wizard.preview().ageYears;
    lines << (m_wizard.isNewPerson()
                  ? tr("For: %1, born on %2 (%n year(s) old), added to the file.", nullptr, age)
                  : tr("For: %1, born on %2 (%n year(s) old).", nullptr, age))
                 .arg(person.name, locale.toString(person.birthDate, QLocale::LongFormat));
    if (m_wizard.consentRequired()) {
        lines << tr("Parental consent: %1.")
                     .arg(m_wizard.consentHolders().join(QStringLiteral(", ")));
    }
    if (m_wizard.throughReferral()) {
        const Referral r = m_wizard.referral();
        lines << tr("Access: through a courrier d'accompagnement from %1 (%2), dated %3.")
                     .arg(r.referrerName, CarePathUi::roleName(r.referrerRole),
                          locale.toString(r.date, QLocale::LongFormat));
        lines
            << (m_wizard.scanPath().isEmpty()
                    ? tr("No scan of the letter attached.")
                    : tr("Scan of the letter: %1.").arg(QFileInfo(m_wizard.scanPath()).fileName()));
    } else {
        lines << tr("Access: directly to the psychologist.");
    }
    QString psyLine = psy.partner ? tr("Psychologist: %1, partner of Mon soutien psy.")
                                  : tr("Psychologist: %1, NOT a partner of Mon soutien psy: "
                                       "the sessions will not be covered.");
    psyLine = psyLine.arg(psy.name);
    if (!psy.rpps.isEmpty())
        psyLine += QLatin1Char(' ') + tr("RPPS %1.").arg(psy.rpps);
    if (m_wizard.isNewPsychologist())
        psyLine += QLatin1Char(' ') + tr("Added to the file.");
    lines << psyLine;
    const QString yearNote = m_wizard.yearNote();
    if (!yearNote.isEmpty())
        lines << yearNote;
    m_summary->setText(CarePathUi::bullets(lines));

    QStringList plan;
    if (const std::optional<Regime> regime = m_wizard.regime()) {
        plan << tr("In %1: 1 evaluation, in person, then up to %2 follow-up sessions (by video "
                   "when the psychologist agrees): %3 covered sessions in the calendar year. "
                   "The dashboard counts them for you.")
                    .arg(year)
                    .arg(regime->followUpsPerYear)
                    .arg(regime->coveredSessionsPerYear);
        plan << tr("At the end of the care, the psychologist may write an end report (compte-rendu "
                   "de fin de prise en charge), for you or, with your agreement, for your "
                   "doctor.");
        plan
            << tr("Once the %1 covered sessions of %2 are used, further sessions that year are "
                  "not covered: they can go on as private sessions, at the psychologist's own fee. "
                  "The counter starts again on 1 January: talk it over with your médecin "
                  "traitant (or a psychiatrist), then run this assistant again for the renewal.")
                   .arg(regime->coveredSessionsPerYear)
                   .arg(year);
    } else {
        plan << tr("Mon soutien psy is not in force on this date.");
    }
    m_plan->setText(CarePathUi::bullets(plan));
}

} // namespace carnet
