#pragma once

#include "model/Payment.h"
#include "model/Practitioner.h"
#include "model/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace carnet {

// The words the sessions, claims and wizard screens use for the model's values.
class CareLabels final
{
    Q_DECLARE_TR_FUNCTIONS(CareLabels)

public:
    static QString sessionKind(SessionKind kind);
    static QString sessionMode(SessionMode mode);
    static QString payer(Payer payer);
    static QString role(PractitionerRole role);
    // A date as the user's locale writes it briefly.
    static QString date(QDate date);
};

} // namespace carnet
