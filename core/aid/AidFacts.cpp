#include "aid/AidFacts.h"

#include "read/AidFigures.h"

namespace carnet {

AidFacts AidFacts::of(const AidRequest& request, const Person* person,
                      const QList<Session>& personSessions, QDate today)
{
    AidFacts facts;
    facts.request = request;
    if (const Department* department = DepartmentDirectory::instance().find(request.departmentCode))
        facts.department = *department;
    if (person)
        facts.hasMutuelle = person->hasMutuelle();
    // Priced as the read side prices an AFI request (one answer for the wizard and the rules).
    const AidFigures figures = AidFigures::of(request, facts.hasMutuelle, today);
    facts.schemeTariffCents = figures.tariffCents;
    facts.schemeAmoRatePercent = figures.amoRatePercent;
    for (const Session& session : personSessions) {
        if (session.practitionerId == request.psychologistId)
            facts.sessions.append(session);
    }
    return facts;
}

} // namespace carnet
