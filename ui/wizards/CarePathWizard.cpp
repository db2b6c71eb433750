#include "wizards/CarePathWizard.h"

#include "commands/AddPersonCommand.h"
#include "commands/AddPractitionerCommand.h"
#include "commands/AddReferralCommand.h"
#include "commands/CommandSequence.h"
#include "commands/EditPersonCommand.h"
#include "read/ReadSide.h"
#include "rules/RuleSet.h"
#include "service/CarnetFile.h"
#include "shell/AppContext.h"
#include "wizards/CarePathAccessPage.h"
#include "wizards/CarePathPersonPage.h"
#include "wizards/CarePathPreparationPage.h"
#include "wizards/CarePathPsychologistPage.h"
#include "wizards/CarePathReferralPage.h"
#include "wizards/CarePathSafetyPage.h"
#include "wizards/CarePathSummaryPage.h"

#include <QAbstractButton>

#include <memory>

namespace carnet {

CarePathWizard::CarePathWizard(AppContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_today(context.file() ? context.file()->today() : QDate::currentDate())
{
    Q_ASSERT(context.file());
    setObjectName(QStringLiteral("carePathWizard"));
    setWindowTitle(tr("Start a year of care (Mon soutien psy)"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    m_personPage = new CarePathPersonPage(*this);
    m_accessPage = new CarePathAccessPage(*this);
    m_referralPage = new CarePathReferralPage(*this);
    m_psychologistPage = new CarePathPsychologistPage(*this);
    setPage(PersonPage, m_personPage);
    setPage(SafetyPage, new CarePathSafetyPage(this));
    setPage(AccessPage, m_accessPage);
    setPage(ReferralPage, m_referralPage);
    setPage(PsychologistPage, m_psychologistPage);
    setPage(PreparationPage, new CarePathPreparationPage(*this));
    setPage(SummaryPage, new CarePathSummaryPage(*this));
    setStartId(PersonPage);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("carePathNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("carePathBack"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("carePathFinish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("carePathCancel"));
    resize(680, 600);
}

CarePathWizard::~CarePathWizard() = default;

CarnetFile& CarePathWizard::file() const
{
    return *m_context.file();
}

std::optional<Regime> CarePathWizard::regime() const
{
    return file().read().carePathPreview(Person{}, std::nullopt, std::nullopt, m_today).regime;
}

CarePathPreview CarePathWizard::preview() const
{
    std::optional<Referral> chosenReferral;
    if (throughReferral())
        chosenReferral = referral();
    return file().read().carePathPreview(person(), psychologist(), chosenReferral, m_today);
}

Person CarePathWizard::person() const
{
    return m_personPage->person();
}

bool CarePathWizard::isNewPerson() const
{
    return m_personPage->isNewPerson();
}

bool CarePathWizard::consentRequired() const
{
    return m_personPage->consentRequired();
}

QStringList CarePathWizard::consentHolders() const
{
    return m_personPage->consentHolders();
}

QString CarePathWizard::yearNote() const
{
    return m_personPage->yearNote();
}

bool CarePathWizard::throughReferral() const
{
    return m_accessPage->throughReferral();
}

Referral CarePathWizard::referral() const
{
    return m_referralPage->referral();
}

QString CarePathWizard::scanPath() const
{
    return throughReferral() ? m_referralPage->scanPath() : QString();
}

Practitioner CarePathWizard::psychologist() const
{
    return m_psychologistPage->psychologist();
}

bool CarePathWizard::isNewPsychologist() const
{
    return m_psychologistPage->isNewPsychologist();
}

void CarePathWizard::accept()
{
    if (save())
        QWizard::accept();
}

bool CarePathWizard::save()
{
    CarnetFile& care = file();
    const Person chosen = person();
    const QStringList consent = consentHolders();
    const bool referralPath = throughReferral();

    auto sequence = std::make_unique<CommandSequence>(
        care, tr("start the care of “%1” in %2").arg(chosen.name).arg(year()));

    // On the direct path nothing else holds a minor's parental consent: the person's notes do.
    Person withConsent = chosen;
    if (!referralPath && !consent.isEmpty()) {
        const QString note = tr("Parental consent to Mon soutien psy care in %1: %2.")
                                 .arg(year())
                                 .arg(consent.join(QStringLiteral(", ")));
        withConsent.notes =
            withConsent.notes.isEmpty() ? note : withConsent.notes + QLatin1Char('\n') + note;
    }

    AddPersonCommand* personStep = nullptr;
    if (isNewPerson())
        personStep = sequence->append(std::make_unique<AddPersonCommand>(care, withConsent));
    else if (withConsent != chosen)
        sequence->append(std::make_unique<EditPersonCommand>(care, chosen, withConsent));

    AddPractitionerCommand* psychologistStep = nullptr;
    if (isNewPsychologist()) {
        psychologistStep =
            sequence->append(std::make_unique<AddPractitionerCommand>(care, psychologist()));
    }

    AddReferralCommand* referralStep = nullptr;
    if (referralPath) {
        AddReferralCommand::PersonId personId;
        if (personStep)
            personId = [personStep] {
                return personStep->personId();
            };
        referralStep = sequence->append(
            std::make_unique<AddReferralCommand>(care, referral(), scanPath(), personId));
    }

    if (!sequence->isEmpty() && !ServiceCommand::push(m_context, std::move(sequence)))
        return false;
    m_savedPersonId = personStep ? personStep->personId() : chosen.id;
    m_savedPsychologistId =
        psychologistStep ? psychologistStep->practitionerId() : psychologist().id;
    m_savedReferralId = referralStep ? referralStep->referralId() : 0;

    m_context.setCurrentPerson(m_savedPersonId);
    m_context.setCurrentYear(year());
    return true;
}

} // namespace carnet
