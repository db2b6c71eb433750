#include "aid/AidFacts.h"

#include "rules/RuleSet.h"

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
    const QDate on = request.periodFrom.isValid() ? request.periodFrom : request.prepared;
    if (const Regime* regime = RuleSet::monSoutienPsy().regimeOn(on.isValid() ? on : today)) {
        facts.schemeTariffCents = regime->followUpTariffCents;
        facts.schemeAmoRatePercent = regime->amoRatePercent;
    }
    for (const Session& session : personSessions) {
        if (session.practitionerId == request.psychologistId)
            facts.sessions.append(session);
    }
    return facts;
}

} // namespace carnet
