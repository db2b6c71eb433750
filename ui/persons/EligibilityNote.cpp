#include "persons/EligibilityNote.h"

#include "read/CarePathPreview.h"

#include <QLocale>

namespace carnet {

QString EligibilityNote::forPerson(const Person& person, QDate today)
{
    const CarePathPreview preview = CarePathPreview::of(person, std::nullopt, std::nullopt, today);
    if (preview.oldEnough || !preview.regime)
        return {};
    // About the person, not a session: no "session's date" here (that sentence is a session's).
    return tr("Too young for Mon soutien psy, which starts at %n years old: sessions from %1 on "
              "can be covered.",
              nullptr, preview.regime->minimumAgeYears)
        .arg(QLocale().toString(preview.eligibleFrom, QLocale::LongFormat));
}

} // namespace carnet
