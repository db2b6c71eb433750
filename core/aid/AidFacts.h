#pragma once

#include "aid/AidRequest.h"
#include "model/Money.h"
#include "model/Person.h"
#include "model/Session.h"
#include "rules/Departments.h"

#include <QDate>
#include <QList>

#include <optional>

namespace carnet {

// Everything the AFI rules need to judge one request: the request, its département (from
// DepartmentDirectory; nullopt when unknown), whether the person has a mutuelle, the
// Mon soutien psy tariff and AMO rate when some sessions are in the scheme, and the person's
// sessions with the psychologist (to know which invoices are still to send).
struct AidFacts
{
    AidRequest request;
    std::optional<Department> department;
    bool hasMutuelle = false;
    Cents schemeTariffCents = 0;  // 0: no regime in force, no scheme share
    int schemeAmoRatePercent = 0; // the regime's amoRatePercent
    QList<Session> sessions;

    // The facts of `request` for `person` (null when unknown), from the person's sessions
    // (any order, any psychologist): the département from DepartmentDirectory, the regime in
    // force when the care starts (else when the request was prepared, else on `today`).
    static AidFacts of(const AidRequest& request, const Person* person,
                       const QList<Session>& personSessions, QDate today);
};

} // namespace carnet
