#include "persons/EligibilityNote.h"

#include "rules/CarePathRules.h"
#include "rules/RuleSet.h"

#include <QLocale>

namespace carnet {

QString EligibilityNote::forPerson(const Person& person, QDate today)
{
    if (!person.birthDate.isValid() || !today.isValid())
        return {};
    const Regime* regime = RuleSet::monSoutienPsy().regimeOn(today);
    if (!regime)
        return {};
    if (CarePathRules::ageOn(person.birthDate, today) >= regime->minimumAgeYears)
        return {};
    const QDate from = person.birthDate.addYears(regime->minimumAgeYears);
    return tr("%1 Sessions from %2 on can be covered.")
        .arg(CarePathRules::reasonText(NotCoveredReason::UnderAge),
             QLocale().toString(from, QLocale::LongFormat));
}

} // namespace carnet
