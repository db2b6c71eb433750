#include "persons/EligibilityNote.h"

#include "read/CarePathPreview.h"
#include "rules/CarePathRules.h"

#include <QLocale>

namespace carnet {

QString EligibilityNote::forPerson(const Person& person, QDate today)
{
    const CarePathPreview preview = CarePathPreview::of(person, std::nullopt, std::nullopt, today);
    if (preview.oldEnough)
        return {};
    return tr("%1 Sessions from %2 on can be covered.")
        .arg(CarePathRules::reasonText(NotCoveredReason::UnderAge),
             QLocale().toString(preview.eligibleFrom, QLocale::LongFormat));
}

} // namespace carnet
