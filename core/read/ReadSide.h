#pragma once

#include "model/Payment.h"
#include "model/Practitioner.h"
#include "model/Result.h"
#include "read/Agenda.h"
#include "read/PersonChoices.h"
#include "rules/CarePathRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

class AgendaReader;
class CarnetFile;
struct AidFigures;
struct AidRequest;
struct CarePathPreview;
struct SessionDraft;
struct SessionDraftAnswer;

// The core's read side: every question the faces (the app and the CLI) ask of an open file,
// answered from its stored facts by the rules. A face that computes a rule, a default or a
// check itself is a defect (DESIGN.md principle 7): it asks here.
class ReadSide final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::ReadSide)

public:
    explicit ReadSide(const CarnetFile& file);

    // Where a person stands for a calendar year.
    Result<YearStatus> yearStatus(qint64 personId, int year) const;
    // The facts yearStatus() judges, loaded in a constant number of queries.
    Result<PersonYearFacts> yearFacts(qint64 personId, int year) const;

    // The agenda: every action due, across persons and years, by urgency (read/Agenda.h),
    // as `filter` narrows it. The facts (of the file, or of the filter's person) are loaded
    // in a constant number of queries; an unknown person is Error::Kind::NotFound.
    Result<QList<AgendaItem>> agenda(const AgendaFilter& filter = {}) const;
    // The same agenda, to compute on another thread (read/AgendaReader.h): takes the settings
    // now; its run() opens a read-only connection of its own wherever it is called.
    AgendaReader agendaReader(const AgendaFilter& filter = {}) const;

    // What each of `sessionIds` is still owed by `payer`, filled oldest first up to the amount.
    Result<QList<PaymentShare>> proposeSplit(Payer payer, Cents amountCents,
                                             const QList<qint64>& sessionIds) const;

    // The psychologist of the person's latest session, if any (quick entry's default).
    std::optional<Practitioner> usualPsychologist(qint64 personId) const;

    // A session about to be recorded or edited (read/SessionDraft.h): its defaults (the fee is
    // the tariff, what was paid, the kind), the rules' verdict in its year (covered or why
    // not, who owes what, the year's cap and what is left, warnings) and what the service
    // would refuse. An unknown person gets the defaults and the refusal, no verdict. An
    // error only when the file cannot be read.
    Result<SessionDraftAnswer> sessionDraft(const SessionDraft& draft) const;
    // The year of care about to start for `person` (stored or not) on `date` (null: today),
    // with a psychologist and a courrier that may not be stored yet (read/CarePathPreview.h).
    CarePathPreview carePathPreview(const Person& person,
                                    const std::optional<Practitioner>& psychologist = std::nullopt,
                                    const std::optional<Referral>& referral = std::nullopt,
                                    QDate date = {}) const;
    // The money figures of an AFI request, stored or not (read/AidFigures.h).
    AidFigures aidFigures(const AidRequest& request) const;

    // Finding a person: the persons as a picker lists them (read/PersonChoices.h), matched
    // by TextMatch (rules/TextMatch.h) on their labels, which tell apart persons of the same
    // name; the persons with something due first; the archived ones only when the filter
    // asks. One all-persons agenda, not one per person.
    Result<QList<PersonChoice>> personChoices(const PersonChoiceFilter& filter = {}) const;

private:
    const CarnetFile& m_file;
};

} // namespace carnet
