#pragma once

#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "read/CarePathPreview.h"
#include "rules/RuleSet.h"

#include <QDate>
#include <QStringList>
#include <QWizard>

namespace carnet {

class AppContext;
class CarnetFile;
class CarePathAccessPage;
class CarePathPersonPage;
class CarePathPsychologistPage;
class CarePathReferralPage;

// "Start a year of care (Mon soutien psy)": for whom (age check, parental consent for a
// minor), the crisis numbers first, direct access or a doctor's courrier d'accompagnement,
// the psychologist (partner of the scheme or not), what to bring and what it costs, then a
// summary. Finish saves the new person, psychologist and courrier as one undoable command
// (CommandSequence) and selects the person and the year, so that the dashboard shows the
// plan. Run again in a new calendar year, it is the renewal. Nothing is stored before Finish.
class CarePathWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        PersonPage,
        SafetyPage,
        AccessPage,
        ReferralPage, // only on the "through a doctor or a midwife" path
        PsychologistPage,
        PreparationPage,
        SummaryPage,
    };

    explicit CarePathWizard(AppContext& context, QWidget* parent = nullptr);
    ~CarePathWizard() override;

    AppContext& context() const { return m_context; }
    CarnetFile& file() const;
    QDate today() const { return m_today; }
    // The calendar year the care starts in (today's).
    int year() const { return m_today.year(); }
    // The regime in force today (nullopt before the scheme), as the read side answers.
    std::optional<Regime> regime() const;
    // The read side's preview of the year of care with the choices so far: the person, the
    // psychologist and, on that path, the courrier (what to bring, what it costs).
    CarePathPreview preview() const;

    // The choices so far (what Finish stores).
    Person person() const; // id 0 for someone new
    bool isNewPerson() const;
    bool consentRequired() const;
    QStringList consentHolders() const;
    QString yearNote() const; // a renewal, or a year under way
    bool throughReferral() const;
    Referral referral() const;         // personId 0 for someone new
    QString scanPath() const;          // empty: no scan
    Practitioner psychologist() const; // id 0 for a new one
    bool isNewPsychologist() const;

    // After Finish: the stored ids (0 when nothing of that kind was chosen).
    qint64 savedPersonId() const { return m_savedPersonId; }
    qint64 savedPsychologistId() const { return m_savedPsychologistId; }
    qint64 savedReferralId() const { return m_savedReferralId; }

public slots:
    // Saves, and closes only when the core accepted everything.
    void accept() override;

private:
    bool save();

    AppContext& m_context;
    QDate m_today;
    CarePathPersonPage* m_personPage = nullptr;
    CarePathAccessPage* m_accessPage = nullptr;
    CarePathReferralPage* m_referralPage = nullptr;
    CarePathPsychologistPage* m_psychologistPage = nullptr;
    qint64 m_savedPersonId = 0;
    qint64 m_savedPsychologistId = 0;
    qint64 m_savedReferralId = 0;
};

} // namespace carnet
