#include "sessions/SessionPreview.h"

#include "service/CarnetFile.h"
#include "service/CareSheetService.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"

namespace carnet {

std::optional<SessionAssessment>
SessionPreview::assess(const CarnetFile& service, Session draft,
                       const std::optional<Practitioner>& extraPractitioner)
{
    const auto person = service.people().person(draft.personId);
    if (!person || !draft.date.isValid())
        return std::nullopt;
    if (draft.id == 0)
        draft.id = kDraftId;
    const int year = draft.date.year();

    PersonYearFacts facts;
    facts.person = *person;
    facts.practitioners = service.people().practitioners();
    if (extraPractitioner)
        facts.practitioners.append(*extraPractitioner);
    facts.referrals = service.people().referrals(draft.personId);
    bool replaced = false;
    for (const Session& session : service.sessions().sessions(draft.personId, year)) {
        if (session.id == draft.id) {
            facts.sessions.append(draft);
            replaced = true;
        } else {
            facts.sessions.append(session);
        }
    }
    if (!replaced)
        facts.sessions.append(draft);
    facts.sheets = service.careSheets().careSheets(draft.personId);
    facts.payments = service.careSheets().payments(draft.personId);

    const YearStatus status =
        CarePathRules::yearStatus(facts, year, service.today(), service.settings().statusSettings());
    for (const SessionAssessment& assessment : status.sessions) {
        if (assessment.sessionId == draft.id)
            return assessment;
    }
    return std::nullopt;
}

} // namespace carnet
