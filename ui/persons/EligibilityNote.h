#pragma once

#include "model/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace carnet {

// The plain-words note shown beside a person who cannot start Mon soutien psy yet (a child
// under the scheme's minimum age). Whether they are old enough and from which day they are
// is the core's answer (CarePathPreview), with the scheme's minimum age; empty when there is
// nothing to say.
class EligibilityNote final
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityNote)

public:
    static QString forPerson(const Person& person, QDate today);
};

} // namespace carnet
